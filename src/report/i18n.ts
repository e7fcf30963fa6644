/**
 * UI words for every renderer (headings, column names, status words), in Indonesian and English.
 * Diagnostic sentences live in the message catalogs (src/diagnostics.ts); this is everything else.
 *
 * One typed dictionary: a key missing in either language is a compile error. Words only — no
 * formatting, no colour. Sentences with values are functions.
 */
import type { Lang, Severity } from '../diagnostics.js';
import type { Confidence, RubricStatus } from '../rubric/types.js';
import type { LeafTrace, NodeStatus } from '../scoring/types.js';

/** Words for a record-mode (population) assessment. */
export interface PopulationWords {
  heading: string;
  /** `28 of 30 rows scored` */
  scored: (scored: number, rows: number) => string;
  /** `2 rows not scored (errors): left out of the mean` */
  skipped: (n: number) => string;
  /** `1 repeated NIP (both rows counted)` */
  duplicates: (n: number, header: string, estimated: boolean) => string;
  /** How the population score is made. */
  method: string;
  mean: string;
  lowest: string;
  highest: string;
  distribution: string;
  /** Accessible text of the distribution chart. */
  distributionAlt: (parts: string) => string;
  count: string;
  share: string;
  dimensions: string;
  /** The mean of a dimension over the records it applies to. */
  meanScore: string;
  records: string;
  /** `By Unit Kerja` */
  by: (header: string) => string;
  /** Said of a breakdown grouped by lookup case (S1 and S-1 together). */
  byCase: string;
  group: string;
  /** --records and the XLSX: the file row, the record's status and problems. */
  row: string;
  status: { scored: string; skipped: string };
  problems: string;
  predicateCode: string;
  /** XLSX sheet names (at most 31 characters). */
  breakdownSheet: string;
  /** The total row of the dimension table: the population mean before the rubric's rounding. */
  totalUnrounded: string;
}

export interface UiWords {
  // Header
  report: string;
  agency: string;
  period: string;
  file: string;
  sheet: string;
  rubric: string;
  rubricStatus: Record<RubricStatus, string>;
  generatedAt: string;
  subjectSource: Record<'workbook' | 'option' | 'filename', string>;

  // Totals
  score: string;
  /** Final (verified where present) score. */
  total: string;
  max: string;
  percent: string;
  predicate: string;
  selfTotal: string;
  selfPredicate: string;
  coverage: string;
  /** `288.5 of 410` */
  outOf: (score: string, max: string) => string;
  /** `95.1% of the maximum had evidence` */
  coverageSentence: (pct: string) => string;

  // Tables
  aspect: string;
  aspects: string;
  criteria: string;
  code: string;
  name: string;
  nameId: string;
  nameEn: string;
  depth: string;
  kind: Record<'group' | 'leaf', string>;
  level: string;
  self: string;
  verified: string;
  used: string;
  usedValue: Record<LeafTrace['used'], string>;
  points: string;
  rule: string;
  status: string;
  nodeStatus: Record<NodeStatus, string>;
  sourceCell: string;
  /** Short column heading for a cell reference. */
  cell: string;
  evidenceCell: string;
  evidence: string;
  notes: string;
  share: string;
  total_row: string;
  /** The table's total row when the rubric's rounding changed the total. */
  total_row_unrounded: string;
  bar: string;

  // Provisional, assumptions
  provisional: string;
  /** Short warning for a provisional rubric with `n` provisional parts. */
  provisionalWarning: (n: number) => string;
  provisionalPart: Record<'rubric' | 'node' | 'band', string>;
  confidence: Record<Confidence, string>;
  source: string;
  assumptions: string;
  assumed: string;
  /** Warning that the result includes what-if values. */
  assumptionsWarning: (n: number) => string;
  /** The file's value an assumed one took the place of: `was 2`. */
  wasValue: (value: string) => string;
  /** Column head: the file's value an assumed one took the place of. */
  valueInFile: string;

  // Diagnostics
  diagnostics: string;
  noDiagnostics: string;
  severityPlural: Record<Severity, string>;
  /** `2 warnings, 1 info` */
  count: (n: number, s: Severity) => string;
  /** Shown instead of info diagnostics in a non-verbose terminal report. */
  infoHidden: (n: number) => string;

  // HTML and XLSX reports
  summarySheet: string;
  detailSheet: string;
  /** Column heads of a label/value sheet. */
  field: string;
  value: string;
  rubricTitle: string;
  version: string;
  rubricSha: string;
  inputSha: string;
  tool: string;
  selfLevel: string;
  verifiedLevel: string;
  bandScale: string;
  /** Accessible text of the band-scale chart. */
  bandScaleAlt: (score: string, predicate: string) => string;
  belowRange: string;
  aboveRange: string;
  /** `36.5 points to IV Very Good` */
  toNextBand: (gap: string, band: string) => string;
  aspectChart: string;
  location: string;
  severity: string;
  message: string;
  hint: string;
  /** Warning for an official rubric that still has provisional parts. */
  provisionalPartsWarning: (n: number) => string;
  assumedValue: string;
  noEvidence: string;
  /** Column head: which part of the rubric (rubric, node, band). */
  part: string;
  /** Column head for a provenance confidence. */
  confidenceHead: string;
  /** Heading of the list of provisional parts with their sources. */
  provisionalSources: string;

  /** Record rubrics: the population summary (every renderer). */
  population: PopulationWords;
}

const id: UiWords = {
  report: 'Laporan Penilaian Sistem Merit',
  agency: 'Instansi',
  period: 'Periode',
  file: 'Berkas',
  sheet: 'Lembar',
  rubric: 'Rubrik',
  rubricStatus: { official: 'resmi', provisional: 'sementara' },
  generatedAt: 'Dibuat',
  subjectSource: { workbook: 'dari berkas', option: 'dari opsi', filename: 'dari nama berkas' },

  score: 'Nilai',
  total: 'Nilai akhir',
  max: 'Maks',
  percent: '%',
  predicate: 'Predikat',
  selfTotal: 'Nilai mandiri',
  selfPredicate: 'Predikat mandiri',
  coverage: 'Cakupan bukti',
  outOf: (s, m) => `${s} dari ${m}`,
  coverageSentence: (p) => `${p}% nilai maksimum memiliki bukti`,

  aspect: 'Aspek',
  aspects: 'Aspek',
  criteria: 'Kriteria',
  code: 'Kode',
  name: 'Nama',
  nameId: 'Nama (id)',
  nameEn: 'Nama (en)',
  depth: 'Tingkat',
  kind: { group: 'kelompok', leaf: 'kriteria' },
  level: 'Level',
  self: 'Mandiri',
  verified: 'Verifikasi',
  used: 'Dipakai',
  usedValue: { verified: 'verifikasi', self: 'mandiri', none: 'tidak ada' },
  points: 'Poin',
  rule: 'Aturan',
  status: 'Status',
  nodeStatus: {
    scored: 'dinilai',
    missing: 'tanpa bukti',
    excluded: 'dikecualikan',
    'not-applicable': 'tidak berlaku',
    error: 'galat',
  },
  sourceCell: 'Sel sumber',
  cell: 'Sel',
  evidenceCell: 'Sel bukti',
  evidence: 'Bukti dukung',
  notes: 'Catatan',
  share: 'Porsi',
  total_row: 'Total',
  total_row_unrounded: 'Jumlah sebelum pembulatan',
  bar: 'Grafik',

  provisional: 'Sementara',
  provisionalWarning: (n) =>
    `Rubrik ini berstatus SEMENTARA: ${n} bagian (bobot, batas predikat) belum dikonfirmasi dari lampiran resmi. Nilai bukan hasil resmi.`,
  provisionalPart: { rubric: 'rubrik', node: 'node', band: 'predikat' },
  confidence: { confirmed: 'terkonfirmasi', inferred: 'disimpulkan', uncertain: 'tidak pasti' },
  source: 'Sumber',
  assumptions: 'Asumsi',
  assumed: 'asumsi',
  assumptionsWarning: (n) => `Hasil ini memakai ${n} nilai asumsi (--assume), bukan dari berkas.`,
  wasValue: (v) => `semula ${v}`,
  valueInFile: 'Nilai di berkas',

  diagnostics: 'Diagnostik',
  noDiagnostics: 'Tidak ada diagnostik.',
  severityPlural: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  count: (n, s) => `${n} ${{ error: 'galat', warning: 'peringatan', info: 'info' }[s]}`,
  infoHidden: (n) => `${n} info tidak ditampilkan; lihat dengan --verbose`,

  summarySheet: 'Ringkasan',
  detailSheet: 'Rincian',
  field: 'Keterangan',
  value: 'Isi',
  rubricTitle: 'Judul rubrik',
  version: 'Versi',
  rubricSha: 'SHA-256 rubrik',
  inputSha: 'SHA-256 berkas',
  tool: 'Alat',
  selfLevel: 'Level mandiri',
  verifiedLevel: 'Level verifikasi',
  bandScale: 'Skala predikat',
  bandScaleAlt: (s, p) => `Nilai ${s} pada skala predikat: ${p}`,
  belowRange: 'Di bawah rentang',
  aboveRange: 'Di atas rentang',
  toNextBand: (g, b) => `${g} poin lagi menuju ${b}`,
  aspectChart: 'Capaian per aspek',
  location: 'Lokasi',
  severity: 'Tingkat',
  message: 'Pesan',
  hint: 'Saran',
  provisionalPartsWarning: (n) => `${n} bagian rubrik (bobot, batas predikat) belum dikonfirmasi dari lampiran resmi.`,
  assumedValue: 'Nilai asumsi',
  noEvidence: 'tanpa bukti',
  part: 'Bagian',
  confidenceHead: 'Keyakinan',
  provisionalSources: 'Sumber bagian sementara',

  population: {
    heading: 'Populasi',
    scored: (n, rows) => `${n} dari ${rows} baris dinilai`,
    skipped: (n) => `${n} baris tidak dinilai (galat) dan tidak masuk rata-rata`,
    duplicates: (n, h, est) => `${est ? 'sedikitnya ' : ''}${n} ${h} ganda (setiap baris tetap dihitung)`,
    method: 'Nilai populasi = rata-rata nilai per pegawai, dibulatkan sekali lagi seperti aturan rubrik.',
    mean: 'Rata-rata',
    lowest: 'terendah',
    highest: 'tertinggi',
    distribution: 'Sebaran predikat',
    distributionAlt: (p) => `Sebaran predikat: ${p}`,
    count: 'Jumlah',
    share: 'Porsi',
    dimensions: 'Dimensi',
    meanScore: 'Rata-rata nilai',
    records: 'Pegawai',
    by: (h) => `Menurut ${h}`,
    byCase: 'dikelompokkan menurut pilihan rubrik: ejaan seperti S1 dan S-1 digabung',
    group: 'Kelompok',
    row: 'Baris',
    status: { scored: 'dinilai', skipped: 'tidak dinilai' },
    problems: 'Masalah',
    predicateCode: 'Kode predikat',
    breakdownSheet: 'Kelompok',
    totalUnrounded: 'Rata-rata sebelum pembulatan',
  },
};

const en: UiWords = {
  report: 'Merit System Assessment Report',
  agency: 'Agency',
  period: 'Period',
  file: 'File',
  sheet: 'Sheet',
  rubric: 'Rubric',
  rubricStatus: { official: 'official', provisional: 'provisional' },
  generatedAt: 'Generated',
  subjectSource: { workbook: 'from the workbook', option: 'from an option', filename: 'from the file name' },

  score: 'Score',
  total: 'Total',
  max: 'Max',
  percent: '%',
  predicate: 'Predicate',
  selfTotal: 'Self-assessed',
  selfPredicate: 'Self-assessed predicate',
  coverage: 'Evidence coverage',
  outOf: (s, m) => `${s} of ${m}`,
  coverageSentence: (p) => `${p}% of the maximum had evidence`,

  aspect: 'Aspect',
  aspects: 'Aspects',
  criteria: 'Criteria',
  code: 'Code',
  name: 'Name',
  nameId: 'Name (id)',
  nameEn: 'Name (en)',
  depth: 'Depth',
  kind: { group: 'group', leaf: 'criterion' },
  level: 'Level',
  self: 'Self',
  verified: 'Verified',
  used: 'Used',
  usedValue: { verified: 'verified', self: 'self', none: 'none' },
  points: 'Points',
  rule: 'Rule',
  status: 'Status',
  nodeStatus: {
    scored: 'scored',
    missing: 'missing',
    excluded: 'excluded',
    'not-applicable': 'not applicable',
    error: 'error',
  },
  sourceCell: 'Source cell',
  cell: 'Cell',
  evidenceCell: 'Evidence cell',
  evidence: 'Evidence',
  notes: 'Notes',
  share: 'Share',
  total_row: 'Total',
  total_row_unrounded: 'Sum before rounding',
  bar: 'Chart',

  provisional: 'Provisional',
  provisionalWarning: (n) =>
    `This rubric is PROVISIONAL: ${n} part${n === 1 ? '' : 's'} (weights, band edges) not confirmed from the official annex. Not an official result.`,
  provisionalPart: { rubric: 'rubric', node: 'node', band: 'band' },
  confidence: { confirmed: 'confirmed', inferred: 'inferred', uncertain: 'uncertain' },
  source: 'Source',
  assumptions: 'Assumptions',
  assumed: 'assumed',
  assumptionsWarning: (n) => `This result uses ${n} assumed value${n === 1 ? '' : 's'} (--assume), not from the file.`,
  wasValue: (v) => `was ${v}`,
  valueInFile: 'Value in file',

  diagnostics: 'Diagnostics',
  noDiagnostics: 'No diagnostics.',
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  count: (n, s) => `${n} ${{ error: n === 1 ? 'error' : 'errors', warning: n === 1 ? 'warning' : 'warnings', info: 'info' }[s]}`,
  infoHidden: (n) => `${n} info not shown; see them with --verbose`,

  summarySheet: 'Summary',
  detailSheet: 'Detail',
  field: 'Field',
  value: 'Value',
  rubricTitle: 'Rubric title',
  version: 'Version',
  rubricSha: 'Rubric SHA-256',
  inputSha: 'Input SHA-256',
  tool: 'Tool',
  selfLevel: 'Self level',
  verifiedLevel: 'Verified level',
  bandScale: 'Band scale',
  bandScaleAlt: (s, p) => `Score ${s} on the band scale: ${p}`,
  belowRange: 'Below range',
  aboveRange: 'Above range',
  toNextBand: (g, b) => `${g} points to ${b}`,
  aspectChart: 'Achievement per aspect',
  location: 'Location',
  severity: 'Severity',
  message: 'Message',
  hint: 'Hint',
  provisionalPartsWarning: (n) => `${n} part${n === 1 ? '' : 's'} of the rubric (weights, band edges) not confirmed from the official annex.`,
  assumedValue: 'Assumed value',
  noEvidence: 'no evidence',
  part: 'Part',
  confidenceHead: 'Confidence',
  provisionalSources: 'Sources of the provisional parts',

  population: {
    heading: 'Population',
    scored: (n, rows) => `${n} of ${rows} rows scored`,
    skipped: (n) => `${n} row${n === 1 ? '' : 's'} not scored (errors), left out of the mean`,
    duplicates: (n, h, est) => `${est ? 'at least ' : ''}${n} repeated ${h} (every row still counted)`,
    method: "Population score = the mean of the record scores, rounded once more by the rubric's rule.",
    mean: 'Mean',
    lowest: 'lowest',
    highest: 'highest',
    distribution: 'Distribution over bands',
    distributionAlt: (p) => `Distribution over bands: ${p}`,
    count: 'Count',
    share: 'Share',
    dimensions: 'Dimensions',
    meanScore: 'Mean score',
    records: 'Records',
    by: (h) => `By ${h}`,
    byCase: "grouped by the rubric's case: spellings such as S1 and S-1 merged",
    group: 'Group',
    row: 'Row',
    status: { scored: 'scored', skipped: 'not scored' },
    problems: 'Problems',
    predicateCode: 'Predicate code',
    breakdownSheet: 'Groups',
    totalUnrounded: 'Mean before rounding',
  },
};

export const UI: Readonly<Record<Lang, UiWords>> = { id, en };

export function ui(lang: Lang): UiWords {
  return UI[lang];
}
