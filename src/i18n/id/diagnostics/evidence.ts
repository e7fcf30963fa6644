/** Indonesian words of the diagnostics of src/evidence (reading evidence files). Codes are stable: never rename one. */
import { s, list, orList, mb, field, FORMAT, DETECTED, SAVE_AS_XLSX } from '../../helpers/evidence.js';
import type { Catalog } from '../../types.js';

export const evidence = {
  EVIDENCE_RECORD_HEADER_NOT_FOUND: {
    text: (a) =>
      `Baris judul kolom data pegawai tidak ditemukan${a.rows ? ` di baris ${s(a.rows)}` : ''}: kolom wajib ${list(a.required, 'id')} harus ada.` +
      (a.bestRow !== undefined ? ` Baris ${s(a.bestRow)} paling mendekati, tetapi tanpa ${list(a.bestMissing, 'id')}.` : ''),
    hint: () => 'Beri judul kolom seperti di rubrik (lihat `merit rubric show`), atau tambahkan ejaannya di rubrik (columns[].aliases); pilih lembar lain dengan --sheet.',
  },
  EVIDENCE_RECORD_DUPLICATE_HEADER: {
    text: (a) => `Kolom ${s(a.cell)} ('${s(a.header)}') berjudul sama dengan ${s(a.first)} untuk kolom rubrik ${s(a.column)}; yang pertama yang dipakai.`,
    hint: () => 'Hapus atau ganti judul kolom yang ganda.',
  },
  EVIDENCE_RECORD_COLUMN_MISSING: {
    text: (a) => `Kolom '${s(a.header)}' (${s(a.column)}) tidak ada di berkas${a.used ? '; setiap baris dinilai seperti kolom itu kosong' : ''}.`,
    hint: () => 'Tambahkan kolom itu, atau periksa ejaan judulnya.',
  },
  EVIDENCE_RECORD_ENCODING: {
    text: (a) => `Sebagian berkas (setelah baris ${s(a.afterRow)}) bukan UTF-8 yang sah; karakter yang rusak dibaca sebagai '\ufffd'.`,
    hint: () => 'Berkas mungkin gabungan dua ekspor dengan encoding berbeda; simpan ulang seluruhnya sebagai "CSV UTF-8".',
  },
  EVIDENCE_NOT_FOUND: { text: () => 'Berkas bukti tidak ditemukan.', hint: () => 'Periksa nama dan folder berkas.' },
  EVIDENCE_UNREADABLE: {
    text: (a) => (a.reason === 'directory' ? 'Ini sebuah folder, bukan berkas.' : `Berkas tidak dapat dibaca (${s(a.reason)}).`),
    hint: () => 'Periksa izin akses berkas.',
  },
  EVIDENCE_EMPTY_FILE: { text: () => 'Berkas kosong.', hint: () => 'Isi lembar penilaian lalu simpan sebagai .xlsx atau .csv.' },
  EVIDENCE_FILE_TOO_LARGE: {
    text: (a) => `Berkas berukuran ${mb(a.size, 'id')}, melebihi batas ${mb(a.limit, 'id')}.`,
    hint: (a) => `Bila berkas ini memang sebesar itu, naikkan batasnya dengan ${s(a.flag)}.`,
  },
  EVIDENCE_INFLATED_TOO_LARGE: {
    text: (a) => `Isi workbook setelah diekstrak melebihi batas ${mb(a.limit, 'id')} (sedikitnya ${mb(a.size, 'id')}); bisa jadi "zip bomb".`,
    hint: (a) => `Bila workbook ini memang sebesar itu, naikkan batasnya dengan ${s(a.flag)}.`,
  },
  EVIDENCE_UNSUPPORTED_FORMAT: {
    text: (a) =>
      a.records
        ? `Berkas rekaman per pegawai hanya dibaca dari .xlsx dan .csv; ${FORMAT[String(a.format)]?.id ?? s(a.format)} hanya dibaca sebagai bukti instansi.`
        : `Format ${FORMAT[String(a.format)]?.id ?? s(a.format)} tidak didukung; merit membaca .xlsx, .xlsm, .xls, .xlsb, .ods dan .csv.`,
    hint: SAVE_AS_XLSX.id,
  },
  EVIDENCE_NOT_A_WORKBOOK: {
    text: (a) => `Berkas ${a.extension ? `bernama ${s(a.extension)} ` : ''}ini berisi ${DETECTED[String(a.detected)]?.id ?? s(a.detected)}, bukan workbook Excel.`,
    hint: (a) =>
        a.detected === 'text'
    ? 'Bila isinya CSV, ubah nama berkas menjadi .csv; bila tidak, simpan ulang dari Excel sebagai .xlsx.'
    : 'Kirim workbook penilaian yang benar, disimpan sebagai .xlsx atau .csv.',
  },
  EVIDENCE_CORRUPT: {
    text: (a) =>
      a.detail !== undefined
        ? `Workbook rusak atau terpotong: ${s(a.detail)}.`
        : a.part
          ? `Workbook rusak: merit tidak dapat membaca bagian ${s(a.part)} (isinya tidak seperti yang ditulis Excel di sana).`
          : 'Workbook rusak: merit tidak dapat menyatukan bagian-bagiannya (lembar, relasinya, dan teks bersama tidak saling cocok).',
    hint: () => 'Buka di Excel (Excel akan menawarkan perbaikan) lalu simpan ulang, atau minta berkas dikirim ulang.',
  },
  EVIDENCE_FORMAT_UNREADABLE: {
    text: (a) => `Workbook ${FORMAT[String(a.format)]?.id ?? s(a.format)} ini tidak dapat dibaca: rusak, atau memakai fitur yang tidak dikenal pembacanya.`,
    hint: SAVE_AS_XLSX.id,
  },
  EVIDENCE_ENCRYPTED: {
    text: () => 'Workbook dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca.',
    hint: () => 'Buka di Excel, hapus kata sandi (File → Info → Protect Workbook → Encrypt with Password, kosongkan), simpan, lalu jalankan lagi.',
  },
  EVIDENCE_NO_SHEETS: { text: () => 'Workbook tidak memiliki lembar kerja.' },
  EVIDENCE_SHEET_NOT_FOUND: {
    text: (a) => `Lembar '${s(a.sheet)}' tidak ada. Lembar yang tersedia: ${list(a.sheets, 'id')}.`,
    hint: () => 'Gunakan --sheet dengan nama lembar atau nomor urutnya (mulai dari 1).',
  },
  EVIDENCE_HEADER_NOT_FOUND: {
    text: (a) =>
      `Baris judul kolom tidak ditemukan: dicari kolom kode (${orList(a.code, 'id')}) dan kolom level (${orList(a.level, 'id')}, atau ${orList(a.verified, 'id')})` +
      `${a.rows ? ` di baris ${s(a.rows)}` : ''}` +
      `${a.sheet !== undefined && !a.sheets ? ` lembar '${s(a.sheet)}'` : ''}` +
      `${a.sheets ? ` pada lembar ${list(a.sheets, 'id')}` : ''}.` +
      `${a.bestRow !== undefined ? ` Paling mendekati: baris ${s(a.bestRow)}${a.sheet !== undefined && a.sheets ? ` lembar '${s(a.sheet)}'` : ''}, yang hanya berisi ${list(a.bestHeaders, 'id')}.` : ''}`,
    hint: () =>
        'Beri judul kolom di atas data, sedikitnya Kode dan Level (lihat docs/evidence-format.md); pilih lembar lain dengan --sheet; ejaan lain dapat ditambahkan di rubrik (evidence.aliases).',
  },
  EVIDENCE_DUPLICATE_HEADER: {
    text: (a) => `Kolom '${s(a.header)}' juga berarti ${field(a.field, 'id')}; yang dipakai adalah kolom di ${s(a.first)}.`,
    hint: () => 'Ganti nama atau hapus salah satu kolom.',
  },
  EVIDENCE_HIDDEN_SHEET: {
    text: (a) => `Bukti dibaca dari lembar tersembunyi '${s(a.sheet)}'.`,
    hint: () => 'Pastikan ini lembar yang benar (tampilkan dengan Unhide), atau pilih lembar dengan --sheet.',
  },
  EVIDENCE_HIDDEN_ROW: {
    text: (a) => `Baris ${s(a.row)}${a.code ? ` (${s(a.code)})` : ''} tersembunyi tetapi berisi bukti; baris ini tetap dinilai.`,
    hint: () => 'Tampilkan baris (Unhide) untuk memeriksanya, dan hapus bila tidak dipakai.',
  },
  EVIDENCE_HIDDEN_COLUMN: { text: (a) => `Kolom ${s(a.column)} ('${s(a.header)}') tersembunyi tetapi tetap dibaca sebagai ${field(a.field, 'id')}.` },
  EVIDENCE_MULTIPLE_SHEETS: {
    text: (a) => `Bukti dibaca dari lembar '${s(a.sheet)}'; lembar ${list(a.others, 'id')} juga tampak berisi bukti.`,
    hint: () => 'Pilih lembar lain dengan --sheet bila perlu.',
  },
  EVIDENCE_FORMULA_ERROR: {
    text: (a) => `Sel ${field(a.field, 'id')} berisi galat ${s(a.error)}${a.formula ? ` dari rumus ${s(a.formula)}` : ''}; nilainya dianggap kosong.`,
    hint: () => 'Perbaiki rumusnya, atau ketik nilainya langsung.',
  },
  EVIDENCE_FORMULA_NO_CACHED_VALUE: {
    text: (a) => `Rumus ${s(a.formula)} di sel ${field(a.field, 'id')} tidak menyimpan hasil hitungannya; nilainya tidak diketahui.`,
    hint: () => 'Buka dan simpan ulang berkas di Excel atau LibreOffice agar hasil rumus tersimpan (berkas buatan program lain sering tidak menyimpannya), atau ketik nilainya langsung.',
  },
  EVIDENCE_TOO_MANY_ROWS: {
    text: (a) => `Lembar berisi lebih dari ${s(a.limit)} baris data; pembacaan berhenti${a.row !== undefined ? ` di baris ${s(a.row)}` : ''}.`,
    hint: (a) => `Hapus baris kosong atau berlebih, atau naikkan batas dengan ${s(a.flag)}.`,
  },
  EVIDENCE_TOO_MANY_CELLS: {
    text: (a) =>
      a.csv
    ? `Berkas CSV berisi lebih dari ${s(a.limit)} isian (kolom × baris); berkas tidak dibaca.`
    : `Workbook berisi lebih dari ${s(a.limit)} sel (sel gabungan dan nama rentang dihitung setiap selnya; hyperlink, pemisah halaman, teks bersama dan gaya dihitung satu); berkas tidak dibaca.`,
    hint: (a) => `Hapus lembar, kolom atau baris yang tidak perlu dan lepas gabungan sel yang sangat besar, atau naikkan batas dengan ${s(a.flag)}.`,
  },
  EVIDENCE_CELL_TOO_LONG: {
    text: (a) => `Sel ${field(a.field, 'id')} berisi ${s(a.length)} karakter, melebihi batas ${s(a.limit)}; isinya dipotong.`,
    hint: (a) => `Persingkat isinya, atau naikkan batas dengan ${s(a.flag)}.`,
  },
  EVIDENCE_RECORD_TOO_LONG: {
    text: (a) => `Satu baris berkas CSV lebih panjang dari ${s(a.limit)} karakter; berkas tidak dibaca (tidak ada sel bukti yang perlu sepanjang itu).`,
    hint: (a) => `Periksa apakah berkas ini memang CSV bukti (satu tanda kutip yang terlepas bisa menelan sisa berkas), atau naikkan ${s(a.flag)}.`,
  },
  EVIDENCE_ENCODING: {
    text: () => 'Berkas CSV bukan UTF-8 yang sah; dibaca sebagai Windows-1252 mulai dari sini.',
    hint: () => 'Periksa huruf beraksen pada hasilnya. Agar pasti, simpan dari Excel sebagai "CSV UTF-8 (Comma delimited)".',
  },
  EVIDENCE_MOJIBAKE: {
    text: (a) => `Teks tampak rusak oleh salah encoding ('${s(a.sample)}'; misalnya 'Ã©' seharusnya 'é').`,
    hint: () => 'Berkas pernah dibuka dengan encoding yang salah lalu disimpan; perbaiki teksnya atau ekspor ulang sebagai CSV UTF-8.',
  },
  EVIDENCE_NUL_BYTE: {
    text: () => 'Berkas berisi byte NUL, jadi bukan berkas teks CSV.',
    hint: () => 'Mungkin berkas biner atau rusak. Ekspor ulang dari Excel sebagai CSV UTF-8 atau .xlsx.',
  },
  EVIDENCE_CSV_MALFORMED: {
    text: (a) => (a.reason === 'CSV_QUOTE_NOT_CLOSED' ? 'Tanda kutip (") dibuka tetapi tidak pernah ditutup.' : `CSV tidak dapat diurai: ${s(a.detail)}.`),
    hint: () => 'Periksa tanda kutip pada baris itu dan sebelumnya, atau ekspor ulang dari Excel.',
  },
  EVIDENCE_RAGGED_ROWS: {
    text: (a) => `${s(a.count)} baris memiliki jumlah kolom berbeda dari baris judul (${s(a.expected)}); yang pertama di baris ${s(a.firstLine)} (${s(a.fields)} kolom).`,
    hint: () => 'Periksa pemisah kolom dan tanda kutip pada baris tersebut; nilai bisa bergeser ke kolom lain.',
  },
  EVIDENCE_STAMP_INVALID: { text: (a) => `Lembar '${s(a.sheet)}' ada tetapi tidak berisi rubric_id dan rubric_version; diabaikan.` },
  EVIDENCE_PART_TOO_LARGE: {
    text: (a) => `Bagian ${s(a.part)} setelah diekstrak berukuran ${mb(a.size, 'id')}; merit membaca paling banyak ${mb(a.cap, 'id')} per bagian, berapa pun yang diizinkan ${s(a.flag)} (di sini ${mb(a.limit, 'id')}); bisa jadi "zip bomb".`,
    hint: (a) => `${s(a.flag)} tidak menaikkan batas ini: bagian workbook yang asli jauh lebih kecil. Simpan lembarnya sebagai CSV bila memang sebesar itu.`,
  },
} satisfies Record<string, Catalog[string]>;
