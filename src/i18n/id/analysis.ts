/** Indonesian words of the analysis commands (`merit gap`, `merit diff`, `merit explain`). */
import type { RoundingMode } from '../../vocabulary.js';
import { bandRange } from '../format.js';
import type { AnalysisWords } from '../ui-types.js';
import { analysisV2 } from './v2.js';

const mode: Record<RoundingMode, string> = { 'half-up': 'setengah ke atas', 'half-even': 'setengah ke genap', down: 'ke bawah', up: 'ke atas' };

export const analysis: AnalysisWords = {
  report: 'Laporan',
  criterion: 'Kriteria',
  weight: 'Bobot',
  pointsOf: (n) => `${n} poin`,
  aggregate: { sum: 'jumlah', weightedMean: 'rata-rata tertimbang', mean: 'rerata kematangan', max: 'terbaik dari', min: 'terendah dari', composite: 'gabungan' },
  edge: (v, inc) => `nilai ${inc ? '≥' : '>'} ${v}`,
  beforeRounding: (x) => `${x} sebelum pembulatan`,
  none: 'tidak ada',

  gapTitle: 'Analisis kesenjangan',
  target: 'Target',
  missing: 'Kurang',
  column: 'Kolom',
  columnWord: { verified: 'verifikasi', self: 'mandiri' },
  noRow: 'tanpa baris',
  smallest: (s, c) => `Perubahan terkecil: ${s} langkah level pada ${c} kriteria`,
  optimal: 'optimal',
  bestEffort: 'upaya terbaik, tidak terbukti optimal: batas pencarian tercapai (--max-search), mungkin ada perubahan yang lebih kecil',
  sumRow: (s) => `Jumlah (${s} langkah)`,
  after: 'Setelah perubahan',
  unreachable: (best, short) =>
    `Tidak tercapai: dengan semua level di maksimum, nilainya ${best}${short !== undefined ? `, masih kurang ${short} poin` : ''}.`,
  already: (s, t) => `Sudah tercapai: ${s} memenuhi ${t}; tidak ada yang perlu diubah.`,
  top: (p) => `${p} sudah predikat tertinggi; pilih predikat lain dengan --target.`,
  onlyLevels: 'Hanya kriteria berlevel yang dinaikkan, pada level yang dihitung (verifikasi bila ada).',
  fixedOther: (l) => `Kriteria jenis lain tidak diubah: ${l}.`,
  fixedError: (l) => `Kriteria dengan nilai yang tidak terpakai tidak diubah (perbaiki dulu): ${l}.`,

  diffTitle: 'Perbandingan penilaian',
  sideA: 'A (lama)',
  sideB: 'B (baru)',
  fromReport: 'dari laporan',
  change: 'Perubahan',
  predicateChange: { up: 'naik', down: 'turun', same: 'tetap', unknown: 'tidak dapat dibandingkan' },
  rubricSame: 'sama',
  rubricChanged: 'berbeda',
  split: 'Pemisahan perubahan',
  rubricEffect: 'Efek rubrik',
  evidenceEffect: 'Efek bukti',
  rubricEffectHow: (x, a) => `= ${x} − ${a}: bukti A dinilai dengan rubrik B, dikurangi nilai A`,
  evidenceEffectHow: (b, x) => `= ${b} − ${x}: nilai B, dikurangi bukti A dinilai dengan rubrik B`,
  splitUnavailable: (r, n) => {
    switch (r) {
      case 'old-evidence-missing':
        return `Rubrik berbeda, tetapi perubahan tidak bisa dipisah menjadi efek rubrik dan efek bukti: A adalah laporan tersimpan dan berkas buktinya ${n} tidak ada.`;
      case 'old-evidence-changed':
        return `Rubrik berbeda, tetapi perubahan tidak bisa dipisah menjadi efek rubrik dan efek bukti: berkas bukti A ${n} sudah berubah sejak laporan dibuat (sha256 berbeda).`;
      case 'new-rubric-unavailable':
        return `Rubrik berbeda, tetapi perubahan tidak bisa dipisah menjadi efek rubrik dan efek bukti: rubrik B ${n} tidak dapat dimuat (atau isinya berbeda dari saat laporan dibuat).`;
      case 'record-rubric':
        return `Rubrik berbeda, tetapi perubahan tidak bisa dipisah: rubrik B ${n} menilai per rekaman.`;
    }
  },
  levelsHeading: (n) => `Level yang berubah (${n})`,
  levelsLegend: (a) => `Level (sel): level yang dihitung dan selnya${a ? '; * asumsi' : ''}`,
  noLevelChanges: 'Tidak ada level yang berubah.',
  added: (l) => `Kriteria hanya di B (baru): ${l}`,
  removed: (l) => `Kriteria hanya di A (dihapus): ${l}`,
  regression: 'Regresi: nilai atau predikat turun.',

  explainTitle: 'Penjelasan',
  path: 'Jalur',
  evidenceHeading: 'Bukti',
  role: { self: 'Mandiri', verified: 'Verifikasi', replaced: 'Diganti' },
  counts: '← dihitung',
  assumed: 'asumsi (--assume)',
  levelWord: (n) => `level ${n}`,
  noValue: 'tanpa nilai',
  upTheTree: 'Ke atas pohon',
  children: 'Anak',
  adds: (c, x) => `${c} menyumbang ${x}`,
  addsUnknown: (c) => `sumbangan ${c} tidak dapat dihitung (skala tidak diketahui)`,
  capApplied: (cap, u) => `batas ${cap}: min(${u}, ${cap}) = ${cap}`,
  capNotReached: (cap) => `batas ${cap} tidak tercapai`,
  notIncluded: 'tidak ikut',
  roundingStep: (s, m) => `dibulatkan ke kelipatan ${s}, ${mode[m]}`,
  roundingDecimals: (d, m) => `dibulatkan ke ${d} desimal, ${mode[m]}`,
  roundingNone: 'tanpa pembulatan',
  roundingUnknown: 'aturan pembulatan tidak tercatat dalam laporan',
  share: (c, x, t, p) => `${c} menyumbang ${x} dari ${t} (${p}% dari total)`,
  shareOfMax: (p) => `porsinya dalam nilai maksimum rubrik ${p}%`,
  diagnostics: 'Diagnostik',
  bandRange: bandRange('nilai'),
  v2: analysisV2,
};
