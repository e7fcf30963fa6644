/** Diagnostic words for src/scoring (id first, en second). Codes are stable: never rename one. */
import { arg, quoteValue, type Args, type Lang, type MessageCatalog } from '../diagnostics.js';
import type { LocalText } from '../rubric/types.js';

/** Labels scoring puts into an Assessment (data, shown by renderers). */
export const scoringLabels = {
  /** The predicate when the score falls in no band and no out-of-range label applies. */
  noPredicate: { id: 'tanpa predikat', en: 'no predicate' } satisfies LocalText,
  /** Record mode: the group of records whose group-by cell is empty. */
  emptyGroup: { id: '(kosong)', en: '(empty)' } satisfies LocalText,
  /** Record mode: the group that collects a column's values past the group cap. */
  otherGroup: { id: '(lainnya)', en: '(other)' } satisfies LocalText,
} as const;

/** Which cell a value came from, in words. */
function column(a: Args, lang: Lang): string {
  const c = a.column;
  // Record mode: the cell of a record's column, named by its header as the file writes it.
  if (c === 'record') return lang === 'id' ? `kolom ${JSON.stringify(arg(a.header))}:` : `column ${JSON.stringify(arg(a.header))}:`;
  if (c === 'verified') return lang === 'id' ? 'level verifikasi' : 'verified level';
  if (c === 'assume') return '--assume';
  return lang === 'id' ? 'level mandiri' : 'self-assessed level';
}

const criterion = (a: Args): string => (a.code !== undefined ? ` (${arg(a.code)})` : '');
const allowed = (a: Args): string => arg(a.allowed);
const v = (a: Args): string => quoteValue(arg(a.value));

function policyWord(a: Args, lang: Lang): string {
  switch (a.policy) {
    case 'exclude':
      return lang === 'id' ? 'dikeluarkan dari skor dan nilai maksimum' : 'left out of the score and of the maximum';
    case 'error':
      return lang === 'id' ? 'rubrik mewajibkan bukti untuk kriteria ini' : 'the rubric requires evidence for this criterion';
    default:
      return lang === 'id' ? 'dihitung 0' : 'counted as 0';
  }
}

const records = (n: Args[string], lang: Lang): string => {
  const k = Number(n);
  return lang === 'id' ? `${arg(n)} baris` : `${arg(n)} row${k === 1 ? '' : 's'}`;
};

export const scoringMessages: MessageCatalog = {
  SCORE_REQUIRED_EMPTY: {
    id: (a) => `kolom wajib ${JSON.stringify(arg(a.header))} kosong; baris ini tidak dinilai`,
    en: (a) => `the required column ${JSON.stringify(arg(a.header))} is empty; this row is not scored`,
    hint: { id: () => 'isi sel ini, lalu nilai ulang', en: () => 'fill in this cell and score again' },
  },
  SCORE_NO_CONDITION_MATCH: {
    id: (a) =>
      `${JSON.stringify(arg(a.value))} di kolom ${JSON.stringify(arg(a.header))} tidak cocok dengan jalur penilaian mana pun dari ${arg(a.code)}; baris ini tidak dinilai`,
    en: (a) => `${JSON.stringify(arg(a.value))} in column ${JSON.stringify(arg(a.header))} matches no scoring path of ${arg(a.code)}; this row is not scored`,
    hint: { id: (a) => `nilai yang dikenal: ${arg(a.expected)}`, en: (a) => `known values: ${arg(a.expected)}` },
  },
  SCORE_DUPLICATE_RECORD_ID: {
    id: (a) => `${arg(a.header)} ${JSON.stringify(arg(a.value))} sudah muncul di baris ${arg(a.first)}; kedua baris tetap dihitung`,
    en: (a) => `${arg(a.header)} ${JSON.stringify(arg(a.value))} already appears on row ${arg(a.first)}; both rows are counted`,
    hint: { id: () => 'hapus baris ganda agar setiap pegawai dihitung sekali', en: () => 'remove the duplicate row so every employee counts once' },
  },
  SCORE_MISSING_VALUES: {
    id: (a) => `kolom ${JSON.stringify(arg(a.header))} (${arg(a.code)}) kosong di ${records(a.count, 'id')} (pertama di baris ${arg(a.firstRow)}): ${policyWord(a, 'id')}`,
    en: (a) => `column ${JSON.stringify(arg(a.header))} (${arg(a.code)}) is empty in ${records(a.count, 'en')} (first on row ${arg(a.firstRow)}): ${policyWord(a, 'en')}`,
  },
  SCORE_ROWS_SKIPPED: {
    id: (a) =>
      `${records(a.skipped, 'id')} dari ${arg(a.rows)} tidak dinilai dan tidak masuk rata-rata populasi (${arg(a.errors)} galat` +
      (Number(a.errors) > Number(a.listed) ? `; ${arg(a.listed)} pertama ditampilkan` : '') +
      ')',
    en: (a) =>
      `${records(a.skipped, 'en')} of ${arg(a.rows)} were not scored and are left out of the population mean (${arg(a.errors)} error${Number(a.errors) === 1 ? '' : 's'}` +
      (Number(a.errors) > Number(a.listed) ? `; the first ${arg(a.listed)} are listed` : '') +
      ')',
    hint: {
      id: () => 'perbaiki sel yang ditunjuk, atau lihat setiap baris di berkas --records',
      en: () => 'fix the cells named, or see every row in the --records file',
    },
  },
  SCORE_WARNINGS_CAPPED: {
    id: (a) => `${arg(a.total)} peringatan per baris; ${arg(a.listed)} pertama ditampilkan`,
    en: (a) => `${arg(a.total)} row warnings; the first ${arg(a.listed)} are listed`,
  },
  SCORE_NO_RECORDS: {
    id: (a) => (Number(a.rows) === 0 ? 'berkas tidak berisi satu pun baris data di bawah judul kolom' : 'tidak ada satu pun baris yang dapat dinilai'),
    en: (a) => (Number(a.rows) === 0 ? 'the file holds no data rows below the header' : 'not one row could be scored'),
  },
  SCORE_RECORD_RUBRIC: {
    id: (a) => `rubrik ${arg(a.rubric)} menilai per rekaman (pegawai), bukan per instansi; berkas bukti instansi tidak dinilai dengannya`,
    en: (a) => `rubric ${arg(a.rubric)} scores records (employees), not agencies; an agency evidence sheet is not scored with it`,
    hint: {
      id: () => 'pilih rubrik instansi (misalnya --rubric kasn-2019)',
      en: () => 'choose an agency rubric (for example --rubric kasn-2019)',
    },
  },
  SCORE_UNKNOWN_CODE: {
    id: (a) =>
      a.group
        ? `kode ${v(a)} adalah kode aspek/kelompok, bukan kriteria; level diisi per kriteria, baris ini diabaikan`
        : `kode ${v(a)} tidak ada di rubrik; baris ini diabaikan`,
    en: (a) =>
      a.group
        ? `code ${v(a)} is an aspect/group code, not a criterion; levels are given per criterion, so this row is ignored`
        : `code ${v(a)} is not in the rubric; this row is ignored`,
    hint: {
      id: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
      en: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : 'list the codes with `merit rubric show`'),
    },
  },
  SCORE_DUPLICATE_CODE: {
    id: (a) =>
      `kode ${v(a)} muncul lagi (pertama di ${arg(a.first)}); baris pertama yang dipakai` +
      (a.same ? ', isinya sama' : ', dan isinya berbeda'),
    en: (a) =>
      `code ${v(a)} appears again (first at ${arg(a.first)}); the first row is used` + (a.same ? ', and both rows hold the same values' : ', and the values differ'),
    hint: {
      id: () => 'hapus baris ganda agar jelas level mana yang dinilai',
      en: () => 'remove the duplicate row so it is clear which level counts',
    },
  },
  SCORE_ROW_WITHOUT_CODE: {
    id: () => 'baris ini berisi level tetapi tanpa kode kriteria; diabaikan',
    en: () => 'this row has a level but no criterion code; it is ignored',
    hint: { id: () => 'isi kolom Kode', en: () => 'fill in the Code column' },
  },
  SCORE_NO_ROWS: {
    id: () => 'berkas bukti tidak berisi satu pun baris kriteria',
    en: () => 'the evidence file holds no criterion rows',
    hint: { id: () => 'buat berkas isian dengan `merit template`', en: () => 'make a fill-in workbook with `merit template`' },
  },
  SCORE_MISSING_EVIDENCE: {
    id: (a) => `kriteria ${arg(a.code)} ${a.hasRow ? 'tidak diisi levelnya' : 'tidak ada di berkas bukti'}: ${policyWord(a, 'id')}`,
    en: (a) => `criterion ${arg(a.code)} ${a.hasRow ? 'has no level' : 'has no row in the evidence file'}: ${policyWord(a, 'en')}`,
  },
  SCORE_LEVEL_NOT_A_NUMBER: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan angka level`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a level number`,
    hint: { id: (a) => `level yang boleh: ${allowed(a)}`, en: (a) => `allowed levels: ${allowed(a)}` },
  },
  SCORE_LEVEL_NOT_INTEGER: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan bilangan bulat`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a whole number`,
    hint: { id: (a) => `level yang boleh: ${allowed(a)}`, en: (a) => `allowed levels: ${allowed(a)}` },
  },
  SCORE_LEVEL_OUT_OF_RANGE: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} di luar rentang; level yang boleh: ${allowed(a)}`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is out of range; allowed levels: ${allowed(a)}`,
  },
  SCORE_NUMBER_AMBIGUOUS: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} mungkin memakai pemisah ribuan; merit tidak menebak`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} may use a thousands separator; merit does not guess`,
    hint: {
      id: () => 'tulis angka tanpa pemisah ribuan (1000, 1,5 atau 1.5)',
      en: () => 'write the number without thousands separators (1000, 1.5 or 1,5)',
    },
  },
  SCORE_NOT_A_NUMBER: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan angka`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a number`,
    hint: { id: () => 'tulis angka saja, misalnya 85 atau 3,5', en: () => 'write a plain number, for example 85 or 3.5' },
  },
  SCORE_LOOKUP_NO_MATCH: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} tidak cocok dengan pilihan rubrik`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} matches none of the rubric's choices`,
    hint: { id: (a) => `pilihan: ${allowed(a)}`, en: (a) => `choices: ${allowed(a)}` },
  },
  SCORE_BOOLEAN_INVALID: {
    id: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan ya/tidak`,
    en: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not yes/no`,
    hint: { id: () => 'tulis ya atau tidak (juga: y/n, 1/0, ✓/-)', en: () => 'write yes or no (also: ya/tidak, y/n, 1/0, ✓/-)' },
  },
  SCORE_VERIFIED_DIFFERS: {
    id: (a) => `kriteria ${arg(a.code)}: level verifikasi ${arg(a.verified)} berbeda dari level mandiri ${arg(a.self)}; level verifikasi yang dipakai`,
    en: (a) => `criterion ${arg(a.code)}: verified level ${arg(a.verified)} differs from the self-assessed ${arg(a.self)}; the verified level counts`,
  },
  SCORE_STAMP_MISMATCH: {
    id: (a) =>
      `berkas bukti dibuat untuk rubrik ${arg(a.stampId)}@${arg(a.stampVersion)}, tetapi dinilai dengan ${arg(a.rubricId)}@${arg(a.rubricVersion)}`,
    en: (a) =>
      `the evidence workbook was made for rubric ${arg(a.stampId)}@${arg(a.stampVersion)}, but is scored with ${arg(a.rubricId)}@${arg(a.rubricVersion)}`,
    hint: {
      id: (a) => `pakai --rubric ${arg(a.stampId)} atau buat ulang berkas dengan \`merit template\``,
      en: (a) => `use --rubric ${arg(a.stampId)} or make a new workbook with \`merit template\``,
    },
  },
  SCORE_STAMP_HASH_MISMATCH: {
    id: (a) => `berkas rubrik ${arg(a.rubricId)}@${arg(a.rubricVersion)} berubah sejak berkas bukti dibuat (versi sama, isi berbeda)`,
    en: (a) => `rubric file ${arg(a.rubricId)}@${arg(a.rubricVersion)} changed since the workbook was made (same version, different content)`,
  },
  SCORE_CONDITION_IGNORED: {
    id: (a) => `simpul ${arg(a.code)} punya syarat \`when\` (kolom ${arg(a.column)}); rubrik instansi tidak punya kolom, jadi syarat diabaikan dan simpul selalu dinilai`,
    en: (a) => `node ${arg(a.code)} has a \`when\` condition (column ${arg(a.column)}); agency rubrics have no columns, so it is ignored and the node always counts`,
    hint: {
      id: () => 'syarat `when` hanya berlaku untuk rubrik rekaman (subject: record)',
      en: () => '`when` conditions apply to record rubrics (subject: record) only',
    },
  },
  SCORE_ASSUME_UNKNOWN_CODE: {
    id: (a) => (a.group ? `--assume ${v(a)}: kode aspek/kelompok; asumsi diberikan per kriteria` : `--assume ${v(a)}: kode tidak ada di rubrik`),
    en: (a) => (a.group ? `--assume ${v(a)}: an aspect/group code; assume a level per criterion` : `--assume ${v(a)}: code not in the rubric`),
    hint: {
      id: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
      en: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : 'list the codes with `merit rubric show`'),
    },
  },
  SCORE_ASSUME_DUPLICATE: {
    id: (a) => `--assume untuk ${arg(a.code)} diberikan lebih dari sekali; yang terakhir (${JSON.stringify(arg(a.value))}) yang dipakai`,
    en: (a) => `--assume for ${arg(a.code)} was given more than once; the last one (${JSON.stringify(arg(a.value))}) is used`,
  },
  SCORE_GATE_UNKNOWN_BAND: {
    id: (a) => `--min-predicate ${v(a)}: kode predikat tidak ada di rubrik`,
    en: (a) => `--min-predicate ${v(a)}: no such predicate code in the rubric`,
    hint: { id: (a) => `kode yang ada: ${arg(a.known)}`, en: (a) => `known codes: ${arg(a.known)}` },
  },
};
