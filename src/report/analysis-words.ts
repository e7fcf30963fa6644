/**
 * Words of the analysis commands (`merit gap`, `merit diff`, `merit explain`), in Indonesian and
 * English. The general report words (score, predicate, code, ...) stay in i18n.ts; these are the
 * sentences only the analysis reports use. One typed dictionary: a key missing in either language
 * is a compile error.
 */
import type { Lang } from '../diagnostics.js';
import type { RoundingMode } from '../rubric/types.js';

export interface AnalysisWords {
  // Shared
  report: string;
  criterion: string;
  weight: string;
  pointsOf: (n: string) => string;
  aggregate: Record<'sum' | 'weightedMean', string>;
  /** `score ≥ 325`, `score > 90` */
  edge: (value: string, inclusive: boolean) => string;
  beforeRounding: (x: string) => string;
  /** `none` column word. */
  none: string;

  // gap
  gapTitle: string;
  target: string;
  missing: string;
  column: string;
  columnWord: Record<'verified' | 'self', string>;
  noRow: string;
  smallest: (steps: number, criteria: number) => string;
  optimal: string;
  bestEffort: string;
  sumRow: (steps: number) => string;
  after: string;
  unreachable: (best: string, short: string | undefined) => string;
  already: (score: string, target: string) => string;
  top: (predicate: string) => string;
  onlyLevels: string;
  fixedOther: (list: string) => string;
  fixedError: (list: string) => string;

  // diff
  diffTitle: string;
  sideA: string;
  sideB: string;
  fromReport: string;
  change: string;
  predicateChange: Record<'up' | 'down' | 'same' | 'unknown', string>;
  rubricSame: string;
  rubricChanged: string;
  split: string;
  rubricEffect: string;
  evidenceEffect: string;
  rubricEffectHow: (rescored: string, a: string) => string;
  evidenceEffectHow: (b: string, rescored: string) => string;
  splitUnavailable: (reason: 'old-evidence-missing' | 'old-evidence-changed' | 'new-rubric-unavailable' | 'record-rubric', needed: string) => string;
  levelsHeading: (n: number) => string;
  levelsLegend: (assumed: boolean) => string;
  noLevelChanges: string;
  added: (list: string) => string;
  removed: (list: string) => string;
  regression: string;

  // explain
  explainTitle: string;
  path: string;
  evidenceHeading: string;
  role: Record<'self' | 'verified' | 'replaced', string>;
  counts: string;
  assumed: string;
  levelWord: (n: string) => string;
  noValue: string;
  upTheTree: string;
  children: string;
  adds: (code: string, x: string) => string;
  addsUnknown: (code: string) => string;
  capApplied: (cap: string, uncapped: string) => string;
  capNotReached: (cap: string) => string;
  notIncluded: string;
  roundingStep: (step: string, mode: RoundingMode) => string;
  roundingDecimals: (decimals: number, mode: RoundingMode) => string;
  roundingNone: string;
  roundingUnknown: string;
  share: (code: string, contribution: string, total: string, pct: string) => string;
  shareOfMax: (pct: string) => string;
  diagnostics: string;
  /** `250 ≤ score < 325` (either end may be absent). */
  bandRange: (min: string | undefined, minInclusive: boolean, max: string | undefined, maxInclusive: boolean) => string;
}

function range(word: string) {
  return (min: string | undefined, minInc: boolean, max: string | undefined, maxInc: boolean): string =>
    `${min !== undefined ? `${min} ${minInc ? '≤' : '<'} ` : ''}${word}${max !== undefined ? ` ${maxInc ? '≤' : '<'} ${max}` : ''}`;
}

const modeId: Record<RoundingMode, string> = { 'half-up': 'setengah ke atas', 'half-even': 'setengah ke genap', down: 'ke bawah', up: 'ke atas' };
const modeEn: Record<RoundingMode, string> = { 'half-up': 'half up', 'half-even': 'half to even', down: 'down', up: 'up' };

const id: AnalysisWords = {
  report: 'Laporan',
  criterion: 'Kriteria',
  weight: 'Bobot',
  pointsOf: (n) => `${n} poin`,
  aggregate: { sum: 'jumlah', weightedMean: 'rata-rata tertimbang' },
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
  bestEffort: 'upaya terbaik: batas pencarian tercapai, mungkin ada perubahan yang lebih kecil',
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
  roundingStep: (s, m) => `dibulatkan ke kelipatan ${s}, ${modeId[m]}`,
  roundingDecimals: (d, m) => `dibulatkan ke ${d} desimal, ${modeId[m]}`,
  roundingNone: 'tanpa pembulatan',
  roundingUnknown: 'aturan pembulatan tidak tercatat dalam laporan',
  share: (c, x, t, p) => `${c} menyumbang ${x} dari ${t} (${p}% dari total)`,
  shareOfMax: (p) => `porsinya dalam nilai maksimum rubrik ${p}%`,
  diagnostics: 'Diagnostik',
  bandRange: range('nilai'),
};

const en: AnalysisWords = {
  report: 'Report',
  criterion: 'Criterion',
  weight: 'Weight',
  pointsOf: (n) => `${n} points`,
  aggregate: { sum: 'sum', weightedMean: 'weighted mean' },
  edge: (v, inc) => `score ${inc ? '≥' : '>'} ${v}`,
  beforeRounding: (x) => `${x} before rounding`,
  none: 'none',

  gapTitle: 'Gap analysis',
  target: 'Target',
  missing: 'Missing',
  column: 'Column',
  columnWord: { verified: 'verified', self: 'self' },
  noRow: 'no row',
  smallest: (s, c) => `Smallest change: ${s} level step${s === 1 ? '' : 's'} on ${c} criteri${c === 1 ? 'on' : 'a'}`,
  optimal: 'optimal',
  bestEffort: 'best effort: the search limit was reached, a smaller change may exist',
  sumRow: (s) => `Total (${s} step${s === 1 ? '' : 's'})`,
  after: 'After the changes',
  unreachable: (best, short) =>
    `Not reachable: with every level at its maximum the score is ${best}${short !== undefined ? `, still ${short} points short` : ''}.`,
  already: (s, t) => `Already reached: ${s} meets ${t}; nothing to change.`,
  top: (p) => `${p} is already the highest predicate; choose another with --target.`,
  onlyLevels: 'Only criteria scored by level are raised, on the level that counts (verified where present).',
  fixedOther: (l) => `Criteria of other kinds are left as they are: ${l}.`,
  fixedError: (l) => `Criteria with an unusable value are left out (fix them first): ${l}.`,

  diffTitle: 'Assessment comparison',
  sideA: 'A (old)',
  sideB: 'B (new)',
  fromReport: 'from a report',
  change: 'Change',
  predicateChange: { up: 'up', down: 'down', same: 'unchanged', unknown: 'not comparable' },
  rubricSame: 'same',
  rubricChanged: 'different',
  split: 'Split of the change',
  rubricEffect: 'Rubric effect',
  evidenceEffect: 'Evidence effect',
  rubricEffectHow: (x, a) => `= ${x} − ${a}: A's evidence scored with B's rubric, minus A's score`,
  evidenceEffectHow: (b, x) => `= ${b} − ${x}: B's score, minus A's evidence scored with B's rubric`,
  splitUnavailable: (r, n) => {
    switch (r) {
      case 'old-evidence-missing':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: A is a saved report and its evidence file ${n} is not there.`;
      case 'old-evidence-changed':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: A's evidence file ${n} has changed since the report was made (sha256 differs).`;
      case 'new-rubric-unavailable':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: B's rubric ${n} cannot be loaded (or its bytes differ from when the report was made).`;
      case 'record-rubric':
        return `The rubrics differ, but the change cannot be split: B's rubric ${n} scores records.`;
    }
  },
  levelsHeading: (n) => `Changed levels (${n})`,
  levelsLegend: (a) => `Level (cell): the level that counts and its cell${a ? '; * assumed' : ''}`,
  noLevelChanges: 'No level changed.',
  added: (l) => `Criteria only in B (added): ${l}`,
  removed: (l) => `Criteria only in A (removed): ${l}`,
  regression: 'Regression: the score or the predicate fell.',

  explainTitle: 'Explanation',
  path: 'Path',
  evidenceHeading: 'Evidence',
  role: { self: 'Self', verified: 'Verified', replaced: 'Replaced' },
  counts: '← counts',
  assumed: 'assumed (--assume)',
  levelWord: (n) => `level ${n}`,
  noValue: 'no value',
  upTheTree: 'Up the tree',
  children: 'Children',
  adds: (c, x) => `${c} adds ${x}`,
  addsUnknown: (c) => `what ${c} adds cannot be computed (scale unknown)`,
  capApplied: (cap, u) => `cap ${cap}: min(${u}, ${cap}) = ${cap}`,
  capNotReached: (cap) => `cap ${cap} not reached`,
  notIncluded: 'not included',
  roundingStep: (s, m) => `rounded to a multiple of ${s}, ${modeEn[m]}`,
  roundingDecimals: (d, m) => `rounded to ${d} decimal${d === 1 ? '' : 's'}, ${modeEn[m]}`,
  roundingNone: 'no rounding',
  roundingUnknown: 'the rounding rule is not recorded in the report',
  share: (c, x, t, p) => `${c} adds ${x} of ${t} (${p}% of the total)`,
  shareOfMax: (p) => `its share of the rubric's maximum is ${p}%`,
  diagnostics: 'Diagnostics',
  bandRange: range('score'),
};

export function analysisWords(lang: Lang): AnalysisWords {
  return lang === 'en' ? en : id;
}
