/** Indonesian sentences of the rubric authors' toolkit: `merit rubric test | show --format md|html | diff | init`. */
import { s } from '../helpers/rubric.js';
import type { Sentence } from '../types.js';

export const toolkit = {
  // rubric test
  testHead: (a) => `merit rubric test ${s(a.rubric)} ${s(a.version)}: ${s(a.count)} fixture`,
  testPass: () => 'lulus',
  testFail: () => 'gagal',
  testBroken: () => 'rusak',
  testWritten: () => 'harapan ditulis',
  testMismatch: (a) => `${s(a.path)} ${s(a.field)}: diharapkan ${s(a.expected)}, ditemukan ${s(a.found)}`,
  testSummary: (a) => `${s(a.pass)} lulus, ${s(a.fail)} gagal, ${s(a.broken)} rusak${Number(a.written) ? `, ${s(a.written)} harapan ditulis` : ''} (dari ${s(a.total)} fixture)`,
  testSuite: (a) => `fixture rubrik ${s(a.rubric)}`,
  testMismatchCount: (a) => `${s(a.count)} ketidakcocokan`,
  testBrokenMessage: () => 'fixture rusak',
  // rubric show --format md|html (the booklet)
  bookletKicker: () => 'Buku panduan penilaian',
  bookletWeight: (a) => `maks ${s(a.max)} poin · ${s(a.percent)}% dari total`,
  bookletRawWeight: (a) => `bobot ${s(a.weight)}`,
  bookletContents: () => 'Isi',
  bookletAbout: () => 'Tentang instrumen ini',
  bookletVersion: () => 'Versi',
  bookletMax: () => 'Skor maksimum',
  bookletBase: () => 'Dibangun di atas',
  bookletAnswers: () => 'Jawaban',
  bookletCode: () => 'Kode',
  bookletCategory: () => 'Kategori',
  bookletRange: () => 'Rentang',
  bookletLevel: () => 'Level',
  bookletPoints: () => 'Poin',
  bookletRequirement: () => 'Yang harus ditunjukkan',
  bookletEvidence: () => 'Bukti dukung',
  bookletRule: () => 'Cara menilai',
  bookletOutOfRange: () => 'Di luar rentang',
  bookletAspectBands: () => 'Kategori aspek',
  bookletFooter: (a) => `Dibuat oleh merit ${s(a.tool)} dari rubrik ${s(a.id)} ${s(a.version)} (sha256 ${s(a.sha)}…). Skor dihitung dengan perintah merit score.`,
} satisfies Record<string, Sentence>;
