/** Indonesian sentences of the rubric authors' toolkit: `merit rubric test | show --format md|html | diff | init`. */
import { s } from '../helpers/rubric.js';
import type { Sentence } from '../types.js';

const DIFF_KIND_ID: Record<string, string> = {
  'node-added': 'node baru', 'node-removed': 'node dihapus', 'node-renamed': 'nama diganti', 'node-moved': 'node dipindah',
  weight: 'bobot', coefficient: 'koefisien', 'level-points': 'poin level', levels: 'level', scoring: 'aturan penilaian', aggregate: 'agregasi',
  condition: 'syarat berlaku', 'node-rule': 'aturan node', 'band-added': 'pita baru', 'band-removed': 'pita dihapus', 'band-edges': 'batas pita',
  'band-label': 'label pita', 'band-requires': 'syarat pita', rounding: 'pembulatan', missing: 'bukti kosong', nominal: 'angka nominal',
  'out-of-range': 'di luar rentang', profile: 'pertanyaan profil', text: 'teks', provenance: 'asal-usul', status: 'status',
};
const BUMP_ID: Record<string, string> = { major: 'langkah mayor', minor: 'langkah minor', patch: 'langkah patch', none: 'tidak naik', downgrade: 'turun' };

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
  // rubric diff
  diffHead: (a) => `merit rubric diff ${s(a.old)} → ${s(a.new)}`,
  diffChanges: (a) => `Perubahan: ${s(a.count)} (${s(a.scoring)} dapat menggeser skor atau kategori)`,
  diffNone: () => 'Tidak ada perubahan.',
  diffKind: (a) => DIFF_KIND_ID[s(a.kind)] ?? s(a.kind),
  diffVersion: (a) => `Versi: ${s(a.from)} → ${s(a.to)} (${BUMP_ID[s(a.bump)] ?? s(a.bump)})`,
  diffNeedsMajor: (a) => (a.needs ? 'perlu versi mayor: ya (ada perubahan yang dapat menggeser skor)' : 'perlu versi mayor: tidak (tidak ada perubahan yang menggeser skor)'),
  diffVerdictOk: () => '✓ nomor versi sesuai dengan perubahannya',
  diffVerdictBad: (a) => (a.needs ? '✗ nomor versi tidak sesuai: perubahan ini perlu langkah versi mayor' : '✗ nomor versi tidak sesuai: ada perubahan tetapi versinya tidak naik'),
  diffImpact: (a) => `Dampak pada ${s(a.count)} berkas bukti`,
  diffFile: () => 'BERKAS',
  diffOld: (a) => `LAMA ${s(a.version)}`,
  diffNew: (a) => `BARU ${s(a.version)}`,
  diffDelta: () => 'Δ',
  diffCategoryChanged: (a) => `Kategori berubah: ${s(a.count)} berkas`,
  diffDistribution: () => 'Sebaran kategori',
  diffBefore: () => 'sebelum',
  diffAfter: () => 'sesudah',
  diffUnreadable: () => 'tidak terbaca',
  diffScoringMark: () => '* = dapat menggeser skor atau kategori',
} satisfies Record<string, Sentence>;
