/** Indonesian words of the diagnostics of src/scoring. Codes are stable: never rename one. */
import { arg } from '../../format.js';
import { column, criterion, allowed, v, policyWord, records } from '../../helpers/scoring.js';
import type { Catalog } from '../../types.js';

export const scoring = {
  SCORE_REQUIRED_EMPTY: {
    text: (a) => `kolom wajib ${JSON.stringify(arg(a.header))} kosong; baris ini tidak dinilai`,
    hint: () => 'isi sel ini, lalu nilai ulang',
  },
  SCORE_NO_CONDITION_MATCH: {
    text: (a) =>
      `${JSON.stringify(arg(a.value))} di kolom ${JSON.stringify(arg(a.header))} tidak cocok dengan jalur penilaian mana pun dari ${arg(a.code)}; baris ini tidak dinilai`,
    hint: (a) => `nilai yang dikenal: ${arg(a.expected)}`,
  },
  SCORE_DUPLICATE_RECORD_ID: {
    text: (a) => `${arg(a.header)} ${JSON.stringify(arg(a.value))} sudah muncul di baris ${arg(a.first)}; kedua baris tetap dihitung`,
    hint: () => 'hapus baris ganda agar setiap pegawai dihitung sekali',
  },
  SCORE_MISSING_VALUES: { text: (a) => `kolom ${JSON.stringify(arg(a.header))} (${arg(a.code)}) kosong di ${records(a.count, 'id')} (pertama di baris ${arg(a.firstRow)}): ${policyWord(a, 'id')}` },
  SCORE_ROWS_SKIPPED: {
    text: (a) =>
      `${records(a.skipped, 'id')} dari ${arg(a.rows)} tidak dinilai dan tidak masuk rata-rata populasi (${arg(a.errors)} galat` +
      (Number(a.errors) > Number(a.listed) ? `; ${arg(a.listed)} pertama ditampilkan` : '') +
      ')',
    hint: () => 'perbaiki sel yang ditunjuk, atau lihat setiap baris di berkas --records',
  },
  SCORE_WARNINGS_CAPPED: { text: (a) => `${arg(a.total)} peringatan per baris; ${arg(a.listed)} pertama ditampilkan` },
  SCORE_NO_RECORDS: { text: (a) => (Number(a.rows) === 0 ? 'berkas tidak berisi satu pun baris data di bawah judul kolom' : 'tidak ada satu pun baris yang dapat dinilai') },
  SCORE_RECORD_RUBRIC: {
    text: (a) => `rubrik ${arg(a.rubric)} menilai per rekaman (pegawai), bukan per instansi; berkas bukti instansi tidak dinilai dengannya`,
    hint: () => 'pilih rubrik instansi (misalnya --rubric kasn-2019)',
  },
  SCORE_UNKNOWN_CODE: {
    text: (a) =>
      a.group
    ? `kode ${v(a)} adalah kode aspek/kelompok, bukan kriteria; level diisi per kriteria, baris ini diabaikan`
    : `kode ${v(a)} tidak ada di rubrik; baris ini diabaikan`,
    hint: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
  },
  SCORE_DUPLICATE_CODE: {
    text: (a) =>
      `kode ${v(a)} muncul lagi (pertama di ${arg(a.first)}); baris pertama yang dipakai` +
      (a.same ? ', isinya sama' : ', dan isinya berbeda'),
    hint: () => 'hapus baris ganda agar jelas level mana yang dinilai',
  },
  SCORE_ROW_WITHOUT_CODE: { text: () => 'baris ini berisi level tetapi tanpa kode kriteria; diabaikan', hint: () => 'isi kolom Kode' },
  SCORE_DIAGNOSTICS_FOLDED: {
    text: (a) =>
      `dan ${arg(a.count)} ${FOLDED_ID[String(a.of)] ?? `lagi seperti ini [${arg(a.of)}]`}${a.last !== undefined ? `, sampai ${arg(a.last)}` : ''}; tidak dicantumkan satu per satu`,
    hint: (a) => `${arg(a.listed)} yang pertama tercantum satu per satu`,
  },
  SCORE_NO_ROWS: { text: () => 'berkas bukti tidak berisi satu pun baris kriteria', hint: () => 'buat berkas isian dengan `merit template`' },
  SCORE_MISSING_EVIDENCE: { text: (a) => `kriteria ${arg(a.code)} ${a.hasRow ? 'tidak diisi levelnya' : 'tidak ada di berkas bukti'}: ${policyWord(a, 'id')}` },
  SCORE_LEVEL_NOT_A_NUMBER: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan angka level`,
    hint: (a) => `level yang boleh: ${allowed(a)}`,
  },
  SCORE_LEVEL_NOT_INTEGER: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan bilangan bulat`,
    hint: (a) => `level yang boleh: ${allowed(a)}`,
  },
  SCORE_LEVEL_OUT_OF_RANGE: { text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} di luar rentang; level yang boleh: ${allowed(a)}` },
  SCORE_NUMBER_AMBIGUOUS: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} mungkin memakai pemisah ribuan; merit tidak menebak`,
    hint: () => 'tulis angka tanpa pemisah ribuan (1000, 1,5 atau 1.5)',
  },
  SCORE_NOT_A_NUMBER: { text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan angka`, hint: () => 'tulis angka saja, misalnya 85 atau 3,5' },
  SCORE_LOOKUP_NO_MATCH: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} tidak cocok dengan pilihan rubrik`,
    hint: (a) => `pilihan: ${allowed(a)}`,
  },
  SCORE_NUMBER_OUT_OF_RANGE: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} di luar rentang ${arg(a.min)}–${arg(a.max)}`,
    hint: (a) => (a.percent ? `tulis angka ${arg(a.min)}–${arg(a.max)} atau persen 0–100` : `tulis angka ${arg(a.min)}–${arg(a.max)}`),
  },
  SCORE_RATIO_INVALID: { text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan rasio`, hint: () => 'tulis dua angka, misalnya 12/20 (penyebut lebih dari 0)' },
  SCORE_PROFILE_MISSING: {
    text: (a) => `pertanyaan profil ${arg(a.code)} (${arg(a.label)}) belum dijawab`,
    hint: (a) => `isi baris ${arg(a.code)} dengan salah satu jawaban: ${arg(a.allowed)}, atau pakai --profile ${arg(a.code)}=NILAI`,
  },
  SCORE_PROFILE_UNKNOWN: {
    text: (a) => `jawaban ${JSON.stringify(arg(a.value))} untuk pertanyaan profil ${arg(a.code)} tidak dikenal`,
    hint: (a) => `${a.suggestion ? `maksudnya ${arg(a.suggestion)}? ` : ''}jawaban yang boleh: ${arg(a.allowed)}`,
  },
  SCORE_PROFILE_UNKNOWN_QUESTION: {
    text: (a) => `--profile ${arg(a.value)}: rubrik tidak punya pertanyaan profil itu`,
    hint: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : `pertanyaan profil: ${arg(a.questions) || '(tidak ada)'}`),
  },
  SCORE_NO_MATCHING_CODES: {
    text: (a) => `tidak satu pun dari ${arg(a.rows)} kode di berkas ini adalah kriteria rubrik ${arg(a.rubric)}: berkas ini dibuat untuk rubrik lain`,
    hint: (a) => (a.matches ? `kode berkas ini cocok dengan: ${arg(a.matches)}; pakai --rubric` : 'periksa --rubric, atau buat berkas baru dengan `merit template`'),
  },
  SCORE_PROFILE_IGNORED: {
    text: (a) => `--profile diabaikan: rubrik ${arg(a.rubric)} (merit-rubric/1) tidak punya pertanyaan profil`,
    hint: () => 'pertanyaan profil ada di rubrik merit-rubric/2, misalnya panrb-19-2025',
  },
  SCORE_PROFILE_OVERRIDDEN: { text: (a) => `pertanyaan profil ${arg(a.code)}: jawaban ${JSON.stringify(arg(a.value))} dari baris perintah menggantikan ${JSON.stringify(arg(a.file))} di berkas` },
  SCORE_NOT_APPLICABLE_REFUSED: {
    text: (a) => `kriteria ${arg(a.code)}: ${JSON.stringify(arg(a.value))} (tidak berlaku) tidak diizinkan untuk kriteria ini`,
    hint: () => 'rubrik tidak menyatakan kriteria ini boleh tidak berlaku; isi levelnya',
  },
  SCORE_BOOLEAN_INVALID: {
    text: (a) => `${column(a, 'id')} ${v(a)}${criterion(a)} bukan ya/tidak`,
    hint: () => 'tulis ya atau tidak (juga: y/n, 1/0, ✓/-)',
  },
  SCORE_VERIFIED_DIFFERS: { text: (a) => `kriteria ${arg(a.code)}: level verifikasi ${arg(a.verified)} berbeda dari level mandiri ${arg(a.self)}; level verifikasi yang dipakai` },
  SCORE_STAMP_MISMATCH: {
    text: (a) =>
      `berkas bukti dibuat untuk rubrik ${arg(a.stampId)}@${arg(a.stampVersion)}, tetapi dinilai dengan ${arg(a.rubricId)}@${arg(a.rubricVersion)}`,
    hint: (a) => `pakai --rubric ${arg(a.stampId)} atau buat ulang berkas dengan \`merit template\``,
  },
  SCORE_STAMP_HASH_MISMATCH: { text: (a) => `berkas rubrik ${arg(a.rubricId)}@${arg(a.rubricVersion)} berubah sejak berkas bukti dibuat (versi sama, isi berbeda)` },
  SCORE_CONDITION_IGNORED: {
    text: (a) => `simpul ${arg(a.code)} punya syarat \`when\` (kolom ${arg(a.column)}); rubrik instansi tidak punya kolom, jadi syarat diabaikan dan simpul selalu dinilai`,
    hint: () => 'syarat `when` hanya berlaku untuk rubrik rekaman (subject: record)',
  },
  SCORE_ASSUME_UNKNOWN_CODE: {
    text: (a) => (a.group ? `--assume ${v(a)}: kode aspek/kelompok; asumsi diberikan per kriteria` : `--assume ${v(a)}: kode tidak ada di rubrik`),
    hint: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
  },
  SCORE_ASSUME_DUPLICATE: { text: (a) => `--assume untuk ${arg(a.code)} diberikan lebih dari sekali; yang terakhir (${JSON.stringify(arg(a.value))}) yang dipakai` },
  SCORE_GATE_UNKNOWN_BAND: {
    text: (a) => `--min-predicate ${v(a)}: kode predikat tidak ada di rubrik`,
    hint: (a) => `kode yang ada: ${arg(a.known)}`,
  },
  SCORE_GATE_UNKNOWN_NODE: {
    text: (a) => `--min-aspect ${v(a)}: kode aspek tidak ada di rubrik`,
    hint: (a) => (a.suggestion ? `maksudnya ${arg(a.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
  },
  SCORE_GATE_NODE_NO_BANDS: {
    text: (a) => `--min-aspect ${arg(a.code)}=${arg(a.value)}: simpul ${arg(a.code)} tidak punya kategori sendiri`,
    hint: (a) => `berikan skor minimum, mis. --min-aspect ${arg(a.code)}=10`,
  },
  SCORE_GATE_ASPECT_UNKNOWN_BAND: {
    text: (a) => `--min-aspect ${arg(a.code)}=${arg(a.value)}: kategori tidak ada pada simpul ${arg(a.code)}`,
    hint: (a) => `${a.suggestion ? `maksudnya ${arg(a.suggestion)}? ` : ''}kategori yang ada: ${arg(a.known)}`,
  },
} satisfies Record<string, Catalog[string]>;

/** What a folded diagnostic was about, as "dan N …" goes on. */
const FOLDED_ID: Readonly<Record<string, string>> = {
  SCORE_UNKNOWN_CODE: 'baris lain dengan kode yang tidak ada di rubrik (diabaikan)',
  SCORE_DUPLICATE_CODE: 'baris lain dengan kode yang sudah dipakai (diabaikan)',
  SCORE_ROW_WITHOUT_CODE: 'baris lain berisi level tanpa kode (diabaikan)',
};
