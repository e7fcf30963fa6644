/** Diagnostic words for src/evidence (id first, en second). Codes are stable: never rename one. */
import { arg, type Args, type MessageCatalog } from '../diagnostics.js';

const s = (v: Args[string]): string => arg(v);
const items = (v: Args[string]): readonly string[] => (Array.isArray(v) ? (v as readonly string[]) : v === undefined ? [] : [String(v)]);
const list = (v: Args[string], _lang: 'id' | 'en'): string => items(v).map((x) => `'${x}'`).join(', ');
const orList = (v: Args[string], lang: 'id' | 'en'): string => {
  const quoted = items(v).map((x) => `'${x}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${lang === 'id' ? 'atau' : 'or'} ${quoted[quoted.length - 1]}`;
};

/** Bytes as B, KB or MB with one decimal, in the language's decimal separator. */
function mb(v: Args[string], lang: 'id' | 'en'): string {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return s(v);
  const [value, unit] = n < 1024 ? [String(n), 'B'] : n < 1024 * 1024 ? [(n / 1024).toFixed(1), 'KB'] : [(n / (1024 * 1024)).toFixed(1), 'MB'];
  return `${lang === 'id' ? value.replace('.', ',') : value} ${unit}`;
}

const FIELD: Record<string, { id: string; en: string }> = {
  code: { id: 'kode', en: 'code' },
  level: { id: 'level mandiri', en: 'self-assessed level' },
  verified: { id: 'level verifikasi', en: 'verified level' },
  evidence: { id: 'bukti dukung', en: 'evidence' },
  notes: { id: 'catatan', en: 'notes' },
  name: { id: 'nama kriteria', en: 'criterion name' },
  verifierNotes: { id: 'catatan verifikator', en: 'verifier notes' },
};
const field = (v: Args[string], lang: 'id' | 'en'): string => FIELD[String(v)]?.[lang] ?? s(v);

const FORMAT: Record<string, { id: string; en: string }> = {
  xls: { id: 'Excel 97–2003 (.xls)', en: 'Excel 97–2003 (.xls)' },
  xlsb: { id: 'Excel Binary (.xlsb)', en: 'Excel Binary (.xlsb)' },
  ods: { id: 'OpenDocument Spreadsheet (.ods)', en: 'OpenDocument Spreadsheet (.ods)' },
  fods: { id: 'Flat OpenDocument Spreadsheet (.fods)', en: 'Flat OpenDocument Spreadsheet (.fods)' },
  html: { id: 'halaman HTML (sering hasil ekspor aplikasi web yang diberi nama .xls)', en: 'an HTML page (often a web application export named .xls)' },
  xml2003: { id: 'XML Spreadsheet 2003', en: 'XML Spreadsheet 2003' },
  numbers: { id: 'Apple Numbers', en: 'Apple Numbers' },
};

const DETECTED: Record<string, { id: string; en: string }> = {
  text: { id: 'teks biasa', en: 'plain text' },
  pdf: { id: 'dokumen PDF', en: 'a PDF document' },
  zip: { id: 'arsip zip biasa', en: 'a plain zip archive' },
  docx: { id: 'dokumen Word', en: 'a Word document' },
  pptx: { id: 'presentasi PowerPoint', en: 'a PowerPoint presentation' },
  odf: { id: 'dokumen OpenDocument non-spreadsheet', en: 'an OpenDocument file that is not a spreadsheet' },
  ole2: { id: 'dokumen Office lama (bukan workbook)', en: 'a legacy Office document (not a workbook)' },
  binary: { id: 'data biner', en: 'binary data' },
  image: { id: 'gambar', en: 'an image' },
};

const SAVE_AS_XLSX = {
  id: () => 'Buka berkas di Excel atau LibreOffice, lalu Simpan Sebagai (Save As) → Excel Workbook (.xlsx) dan jalankan lagi.',
  en: () => 'Open the file in Excel or LibreOffice, Save As → Excel Workbook (.xlsx), and run again.',
};

export const evidenceMessages: MessageCatalog = {
  EVIDENCE_RECORD_HEADER_NOT_FOUND: {
    id: (a) =>
      `Baris judul kolom data pegawai tidak ditemukan${a.rows ? ` di baris ${s(a.rows)}` : ''}: kolom wajib ${list(a.required, 'id')} harus ada.` +
      (a.bestRow !== undefined ? ` Baris ${s(a.bestRow)} paling mendekati, tetapi tanpa ${list(a.bestMissing, 'id')}.` : ''),
    en: (a) =>
      `No header row of employee data found${a.rows ? ` in rows ${s(a.rows)}` : ''}: the required columns ${list(a.required, 'en')} must be there.` +
      (a.bestRow !== undefined ? ` Row ${s(a.bestRow)} comes closest but lacks ${list(a.bestMissing, 'en')}.` : ''),
    hint: {
      id: () => 'Beri judul kolom seperti di rubrik (lihat `merit rubric show`), atau tambahkan ejaannya di rubrik (columns[].aliases); pilih lembar lain dengan --sheet.',
      en: () => 'Give the columns the headers the rubric declares (see `merit rubric show`), or add your spelling to the rubric (columns[].aliases); choose another sheet with --sheet.',
    },
  },
  EVIDENCE_RECORD_DUPLICATE_HEADER: {
    id: (a) => `Kolom ${s(a.cell)} ('${s(a.header)}') berjudul sama dengan ${s(a.first)} untuk kolom rubrik ${s(a.column)}; yang pertama yang dipakai.`,
    en: (a) => `Column ${s(a.cell)} ('${s(a.header)}') names the same rubric column ${s(a.column)} as ${s(a.first)}; the first one is used.`,
    hint: { id: () => 'Hapus atau ganti judul kolom yang ganda.', en: () => 'Remove or rename the duplicate column.' },
  },
  EVIDENCE_RECORD_COLUMN_MISSING: {
    id: (a) => `Kolom '${s(a.header)}' (${s(a.column)}) tidak ada di berkas${a.used ? '; setiap baris dinilai seperti kolom itu kosong' : ''}.`,
    en: (a) => `Column '${s(a.header)}' (${s(a.column)}) is not in the file${a.used ? '; every row is scored as if it were empty' : ''}.`,
    hint: { id: () => 'Tambahkan kolom itu, atau periksa ejaan judulnya.', en: () => 'Add the column, or check the spelling of its header.' },
  },
  EVIDENCE_RECORD_ENCODING: {
    id: (a) => `Sebagian berkas (setelah baris ${s(a.afterRow)}) bukan UTF-8 yang sah; karakter yang rusak dibaca sebagai '\ufffd'.`,
    en: (a) => `Part of the file (after row ${s(a.afterRow)}) is not valid UTF-8; the broken characters read as '\ufffd'.`,
    hint: {
      id: () => 'Berkas mungkin gabungan dua ekspor dengan encoding berbeda; simpan ulang seluruhnya sebagai "CSV UTF-8".',
      en: () => 'The file may join two exports in different encodings; save it again as a whole as "CSV UTF-8".',
    },
  },
  EVIDENCE_NOT_FOUND: {
    id: () => 'Berkas bukti tidak ditemukan.',
    en: () => 'Evidence file not found.',
    hint: { id: () => 'Periksa nama dan folder berkas.', en: () => 'Check the file name and folder.' },
  },
  EVIDENCE_UNREADABLE: {
    id: (a) => (a.reason === 'directory' ? 'Ini sebuah folder, bukan berkas.' : `Berkas tidak dapat dibaca (${s(a.reason)}).`),
    en: (a) => (a.reason === 'directory' ? 'This is a folder, not a file.' : `The file cannot be read (${s(a.reason)}).`),
    hint: { id: () => 'Periksa izin akses berkas.', en: () => 'Check the file permissions.' },
  },
  EVIDENCE_EMPTY_FILE: {
    id: () => 'Berkas kosong.',
    en: () => 'The file is empty.',
    hint: { id: () => 'Isi lembar penilaian lalu simpan sebagai .xlsx atau .csv.', en: () => 'Fill in the assessment sheet and save it as .xlsx or .csv.' },
  },
  EVIDENCE_FILE_TOO_LARGE: {
    id: (a) => `Berkas berukuran ${mb(a.size, 'id')}, melebihi batas ${mb(a.limit, 'id')}.`,
    en: (a) => `The file is ${mb(a.size, 'en')}, over the ${mb(a.limit, 'en')} limit.`,
    hint: {
      id: (a) => `Bila berkas ini memang sebesar itu, naikkan batasnya dengan ${s(a.flag)}.`,
      en: (a) => `If the file really is that large, raise the limit with ${s(a.flag)}.`,
    },
  },
  EVIDENCE_INFLATED_TOO_LARGE: {
    id: (a) => `Isi workbook setelah diekstrak melebihi batas ${mb(a.limit, 'id')} (sedikitnya ${mb(a.size, 'id')}); bisa jadi "zip bomb".`,
    en: (a) => `The workbook inflates past the ${mb(a.limit, 'en')} limit (at least ${mb(a.size, 'en')}); it may be a zip bomb.`,
    hint: {
      id: (a) => `Bila workbook ini memang sebesar itu, naikkan batasnya dengan ${s(a.flag)}.`,
      en: (a) => `If the workbook really is that large, raise the limit with ${s(a.flag)}.`,
    },
  },
  EVIDENCE_UNSUPPORTED_FORMAT: {
    id: (a) => `Format ${FORMAT[String(a.format)]?.id ?? s(a.format)} tidak didukung; merit membaca .xlsx dan .csv.`,
    en: (a) => `${FORMAT[String(a.format)]?.en ?? s(a.format)} is not supported; merit reads .xlsx and .csv.`,
    hint: SAVE_AS_XLSX,
  },
  EVIDENCE_NOT_A_WORKBOOK: {
    id: (a) => `Berkas ${a.extension ? `bernama ${s(a.extension)} ` : ''}ini berisi ${DETECTED[String(a.detected)]?.id ?? s(a.detected)}, bukan workbook Excel.`,
    en: (a) => `This ${a.extension ? `${s(a.extension)} ` : ''}file holds ${DETECTED[String(a.detected)]?.en ?? s(a.detected)}, not an Excel workbook.`,
    hint: {
      id: (a) =>
        a.detected === 'text'
          ? 'Bila isinya CSV, ubah nama berkas menjadi .csv; bila tidak, simpan ulang dari Excel sebagai .xlsx.'
          : 'Kirim workbook penilaian yang benar, disimpan sebagai .xlsx atau .csv.',
      en: (a) =>
        a.detected === 'text'
          ? 'If it is CSV, rename the file to .csv; otherwise save it again from Excel as .xlsx.'
          : 'Send the right assessment workbook, saved as .xlsx or .csv.',
    },
  },
  EVIDENCE_CORRUPT: {
    id: (a) => `Workbook rusak atau terpotong: ${s(a.detail)}.`,
    en: (a) => `The workbook is damaged or truncated: ${s(a.detail)}.`,
    hint: {
      id: () => 'Buka di Excel (Excel akan menawarkan perbaikan) lalu simpan ulang, atau minta berkas dikirim ulang.',
      en: () => 'Open it in Excel (it offers to repair it) and save again, or ask for the file to be sent again.',
    },
  },
  EVIDENCE_ENCRYPTED: {
    id: () => 'Workbook dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca.',
    en: () => 'The workbook is password-protected (encrypted), so its content cannot be read.',
    hint: {
      id: () => 'Buka di Excel, hapus kata sandi (File → Info → Protect Workbook → Encrypt with Password, kosongkan), simpan, lalu jalankan lagi.',
      en: () => 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run again.',
    },
  },
  EVIDENCE_NO_SHEETS: {
    id: () => 'Workbook tidak memiliki lembar kerja.',
    en: () => 'The workbook has no worksheets.',
  },
  EVIDENCE_SHEET_NOT_FOUND: {
    id: (a) => `Lembar '${s(a.sheet)}' tidak ada. Lembar yang tersedia: ${list(a.sheets, 'id')}.`,
    en: (a) => `There is no sheet '${s(a.sheet)}'. Sheets: ${list(a.sheets, 'en')}.`,
    hint: {
      id: () => 'Gunakan --sheet dengan nama lembar atau nomor urutnya (mulai dari 1).',
      en: () => 'Use --sheet with the sheet name or its number (from 1).',
    },
  },
  EVIDENCE_HEADER_NOT_FOUND: {
    id: (a) =>
      `Baris judul kolom tidak ditemukan: dicari kolom kode (${orList(a.code, 'id')}) dan kolom level (${orList(a.level, 'id')}, atau ${orList(a.verified, 'id')})` +
      `${a.rows ? ` di baris ${s(a.rows)}` : ''}` +
      `${a.sheet !== undefined && !a.sheets ? ` lembar '${s(a.sheet)}'` : ''}` +
      `${a.sheets ? ` pada lembar ${list(a.sheets, 'id')}` : ''}.` +
      `${a.bestRow !== undefined ? ` Paling mendekati: baris ${s(a.bestRow)}${a.sheet !== undefined && a.sheets ? ` lembar '${s(a.sheet)}'` : ''}, yang hanya berisi ${list(a.bestHeaders, 'id')}.` : ''}`,
    en: (a) =>
      `No header row found: looked for a code column (${orList(a.code, 'en')}) and a level column (${orList(a.level, 'en')}, or ${orList(a.verified, 'en')})` +
      `${a.rows ? ` in rows ${s(a.rows)}` : ''}` +
      `${a.sheet !== undefined && !a.sheets ? ` of sheet '${s(a.sheet)}'` : ''}` +
      `${a.sheets ? ` of sheets ${list(a.sheets, 'en')}` : ''}.` +
      `${a.bestRow !== undefined ? ` Closest: row ${s(a.bestRow)}${a.sheet !== undefined && a.sheets ? ` of sheet '${s(a.sheet)}'` : ''}, which only has ${list(a.bestHeaders, 'en')}.` : ''}`,
    hint: {
      id: () =>
        'Beri judul kolom di atas data, sedikitnya Kode dan Level (lihat docs/evidence-format.md); pilih lembar lain dengan --sheet; ejaan lain dapat ditambahkan di rubrik (evidence.aliases).',
      en: () =>
        'Put column headers above the data, at least Code and Level (see docs/evidence-format.md); pick another sheet with --sheet; a rubric can add other spellings (evidence.aliases).',
    },
  },
  EVIDENCE_DUPLICATE_HEADER: {
    id: (a) => `Kolom '${s(a.header)}' juga berarti ${field(a.field, 'id')}; yang dipakai adalah kolom di ${s(a.first)}.`,
    en: (a) => `Column '${s(a.header)}' also means ${field(a.field, 'en')}; the column at ${s(a.first)} is used.`,
    hint: { id: () => 'Ganti nama atau hapus salah satu kolom.', en: () => 'Rename or remove one of the columns.' },
  },
  EVIDENCE_HIDDEN_SHEET: {
    id: (a) => `Bukti dibaca dari lembar tersembunyi '${s(a.sheet)}'.`,
    en: (a) => `Evidence was read from the hidden sheet '${s(a.sheet)}'.`,
    hint: {
      id: () => 'Pastikan ini lembar yang benar (tampilkan dengan Unhide), atau pilih lembar dengan --sheet.',
      en: () => 'Make sure this is the right sheet (Unhide it to check), or choose one with --sheet.',
    },
  },
  EVIDENCE_HIDDEN_ROW: {
    id: (a) => `Baris ${s(a.row)}${a.code ? ` (${s(a.code)})` : ''} tersembunyi tetapi berisi bukti; baris ini tetap dinilai.`,
    en: (a) => `Row ${s(a.row)}${a.code ? ` (${s(a.code)})` : ''} is hidden but holds evidence; it is scored anyway.`,
    hint: {
      id: () => 'Tampilkan baris (Unhide) untuk memeriksanya, dan hapus bila tidak dipakai.',
      en: () => 'Unhide the row to check it, and delete it if it is not meant to count.',
    },
  },
  EVIDENCE_HIDDEN_COLUMN: {
    id: (a) => `Kolom ${s(a.column)} ('${s(a.header)}') tersembunyi tetapi tetap dibaca sebagai ${field(a.field, 'id')}.`,
    en: (a) => `Column ${s(a.column)} ('${s(a.header)}') is hidden but is read as ${field(a.field, 'en')}.`,
  },
  EVIDENCE_MULTIPLE_SHEETS: {
    id: (a) => `Bukti dibaca dari lembar '${s(a.sheet)}'; lembar ${list(a.others, 'id')} juga tampak berisi bukti.`,
    en: (a) => `Evidence was read from sheet '${s(a.sheet)}'; ${list(a.others, 'en')} also look like evidence sheets.`,
    hint: { id: () => 'Pilih lembar lain dengan --sheet bila perlu.', en: () => 'Choose another sheet with --sheet if needed.' },
  },
  EVIDENCE_FORMULA_ERROR: {
    id: (a) => `Sel ${field(a.field, 'id')} berisi galat ${s(a.error)}${a.formula ? ` dari rumus ${s(a.formula)}` : ''}; nilainya dianggap kosong.`,
    en: (a) => `The ${field(a.field, 'en')} cell holds the error ${s(a.error)}${a.formula ? ` from the formula ${s(a.formula)}` : ''}; it is read as empty.`,
    hint: { id: () => 'Perbaiki rumusnya, atau ketik nilainya langsung.', en: () => 'Fix the formula, or type the value in.' },
  },
  EVIDENCE_FORMULA_NO_CACHED_VALUE: {
    id: (a) => `Rumus ${s(a.formula)} di sel ${field(a.field, 'id')} tidak menyimpan hasil hitungannya; nilainya tidak diketahui.`,
    en: (a) => `The formula ${s(a.formula)} in the ${field(a.field, 'en')} cell has no saved result; its value is unknown.`,
    hint: {
      id: () => 'Buka dan simpan ulang berkas di Excel atau LibreOffice agar hasil rumus tersimpan (berkas buatan program lain sering tidak menyimpannya), atau ketik nilainya langsung.',
      en: () => 'Open and save the file in Excel or LibreOffice so formula results are stored (files written by other programs often lack them), or type the value in.',
    },
  },
  EVIDENCE_TOO_MANY_ROWS: {
    id: (a) => `Lembar berisi lebih dari ${s(a.limit)} baris data; pembacaan berhenti${a.row !== undefined ? ` di baris ${s(a.row)}` : ''}.`,
    en: (a) => `The sheet has more than ${s(a.limit)} data rows; reading stopped${a.row !== undefined ? ` at row ${s(a.row)}` : ''}.`,
    hint: {
      id: (a) => `Hapus baris kosong atau berlebih, atau naikkan batas dengan ${s(a.flag)}.`,
      en: (a) => `Delete empty or surplus rows, or raise the limit with ${s(a.flag)}.`,
    },
  },
  EVIDENCE_TOO_MANY_CELLS: {
    id: (a) =>
      a.csv
        ? `Berkas CSV berisi lebih dari ${s(a.limit)} isian (kolom × baris); berkas tidak dibaca.`
        : `Workbook berisi lebih dari ${s(a.limit)} sel (sel gabungan dan nama rentang dihitung setiap selnya); berkas tidak dibaca.`,
    en: (a) =>
      a.csv
        ? `The CSV file holds more than ${s(a.limit)} fields (columns × rows); it was not read.`
        : `The workbook holds more than ${s(a.limit)} cells (a merged range or a named range counts every cell it covers); it was not read.`,
    hint: {
      id: (a) => `Hapus lembar, kolom atau baris yang tidak perlu dan lepas gabungan sel yang sangat besar, atau naikkan batas dengan ${s(a.flag)}.`,
      en: (a) => `Delete sheets, columns or rows that are not needed and unmerge very large merged ranges, or raise the limit with ${s(a.flag)}.`,
    },
  },
  EVIDENCE_CELL_TOO_LONG: {
    id: (a) => `Sel ${field(a.field, 'id')} berisi ${s(a.length)} karakter, melebihi batas ${s(a.limit)}; isinya dipotong.`,
    en: (a) => `The ${field(a.field, 'en')} cell holds ${s(a.length)} characters, over the ${s(a.limit)} limit; it was cut.`,
    hint: {
      id: (a) => `Persingkat isinya, atau naikkan batas dengan ${s(a.flag)}.`,
      en: (a) => `Shorten it, or raise the limit with ${s(a.flag)}.`,
    },
  },
  EVIDENCE_ENCODING: {
    id: () => 'Berkas CSV bukan UTF-8 yang sah; dibaca sebagai Windows-1252 mulai dari sini.',
    en: () => 'The CSV file is not valid UTF-8; it was read as Windows-1252 (first non-UTF-8 byte here).',
    hint: {
      id: () => 'Periksa huruf beraksen pada hasilnya. Agar pasti, simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)".',
      en: () => 'Check accented letters in the result. To be sure, save from Excel as "CSV UTF-8 (Comma delimited)".',
    },
  },
  EVIDENCE_MOJIBAKE: {
    id: (a) => `Teks tampak rusak oleh salah encoding ('${s(a.sample)}'; misalnya 'Ã©' seharusnya 'é').`,
    en: (a) => `The text looks garbled by a wrong encoding ('${s(a.sample)}'; e.g. 'Ã©' should be 'é').`,
    hint: {
      id: () => 'Berkas pernah dibuka dengan encoding yang salah lalu disimpan; perbaiki teksnya atau ekspor ulang sebagai CSV UTF-8.',
      en: () => 'The file was once opened with the wrong encoding and saved; fix the text or export it again as CSV UTF-8.',
    },
  },
  EVIDENCE_NUL_BYTE: {
    id: () => 'Berkas berisi byte NUL, jadi bukan berkas teks CSV.',
    en: () => 'The file contains NUL bytes, so it is not a CSV text file.',
    hint: {
      id: () => 'Mungkin berkas biner atau rusak. Ekspor ulang dari Excel sebagai CSV UTF-8 atau .xlsx.',
      en: () => 'It may be a binary or damaged file. Export it again from Excel as CSV UTF-8 or .xlsx.',
    },
  },
  EVIDENCE_CSV_MALFORMED: {
    id: (a) => (a.reason === 'CSV_QUOTE_NOT_CLOSED' ? 'Tanda kutip (") dibuka tetapi tidak pernah ditutup.' : `CSV tidak dapat diurai: ${s(a.detail)}.`),
    en: (a) => (a.reason === 'CSV_QUOTE_NOT_CLOSED' ? 'A quote (") is opened but never closed.' : `The CSV cannot be parsed: ${s(a.detail)}.`),
    hint: {
      id: () => 'Periksa tanda kutip pada baris itu dan sebelumnya, atau ekspor ulang dari Excel.',
      en: () => 'Check the quotes on that line and the ones before it, or export again from Excel.',
    },
  },
  EVIDENCE_RAGGED_ROWS: {
    id: (a) => `${s(a.count)} baris memiliki jumlah kolom berbeda dari baris judul (${s(a.expected)}); yang pertama di baris ${s(a.firstLine)} (${s(a.fields)} kolom).`,
    en: (a) => `${s(a.count)} row(s) have a different number of fields than the header (${s(a.expected)}); the first is line ${s(a.firstLine)} (${s(a.fields)} fields).`,
    hint: {
      id: () => 'Periksa pemisah kolom dan tanda kutip pada baris tersebut; nilai bisa bergeser ke kolom lain.',
      en: () => 'Check the delimiters and quotes on those lines; values may have moved to another column.',
    },
  },
  EVIDENCE_STAMP_INVALID: {
    id: (a) => `Lembar '${s(a.sheet)}' ada tetapi tidak berisi rubric_id dan rubric_version; diabaikan.`,
    en: (a) => `Sheet '${s(a.sheet)}' exists but lacks rubric_id and rubric_version; it is ignored.`,
  },
};
