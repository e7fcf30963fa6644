/** The words of the national view: the batch dashboard (HTML), the ranking workbook (XLSX) and the batch diff. */

export interface NationalWords {
  /** Page and workbook title. */
  title: string;
  kicker: string;
  scored: string;
  failed: string;
  files: string;
  mean: string;
  median: string;
  distribution: string;
  /** Accessible text of the distribution bar: `III Baik 12, IV Sangat Baik 3`. */
  distributionAlt: (parts: string) => string;
  histogram: string;
  /** Accessible text of the histogram. */
  histogramAlt: (bins: number, lo: string, hi: string) => string;
  bandEdges: string;
  heatmap: string;
  /** Under the heatmap heading: what the colours are. */
  heatmapByCategory: string;
  heatmapByPercent: string;
  /** A cell's tooltip: `A1 Perencanaan: 0.72 (Menengah)`. */
  notApplicable: string;
  absent: string;
  sortBy: string;
  filterGroup: string;
  allGroups: string;
  total: string;
  groups: string;
  /** `Grouped by folder`. */
  groupedBy: (field: string) => string;
  group: string;
  noGroup: string;
  count: string;
  ranking: string;
  rank: string;
  agency: string;
  file: string;
  report: string;
  category: string;
  percent: string;
  coverage: string;
  failures: string;
  noFailures: string;
  firstDiagnostic: string;
  exitCode: string;
  rubric: string;
  generatedAt: string;
  tool: string;
  provisionalNote: string;
  /** Sheet names (at most 31 characters, no []:*?/\). */
  sheets: { ranking: string; aspects: string; distribution: string; failures: string; population: string };
  /** Record mode: each agency's population. */
  population: string;
  records: string;
  aspect: string;
  score: string;
  max: string;
  period: string;
  /** The row of every agency in the distribution sheet. */
  all: string;
  lowest: string;
  highest: string;
  meanPercent: string;
  code: string;
  name: string;
  message: string;
  location: string;
  diagnosticCode: string;
  /** Percent-of-maximum bins in the per-aspect sheet (v1): `0–20 %`. */
  percentBin: (from: number, to: number) => string;
  /** Year over year (`merit diff` of two batches). */
  diff: {
    title: string;
    rubrics: (a: string, b: string) => string;
    sameRubric: string;
    matched: (n: number, bySubject: number) => string;
    means: (a: string, b: string, delta: string) => string;
    rises: string;
    falls: string;
    noneMoved: string;
    regressions: (n: number) => string;
    transitions: string;
    /** The matrix's corner: rows are the old year, columns the new. */
    fromTo: string;
    onlyA: (n: number) => string;
    onlyB: (n: number) => string;
    notScored: string;
    split: string;
    splitLine: (rubric: string, evidence: string, n: number) => string;
    splitUnavailable: (n: number) => string;
    agency: string;
    old: string;
    new: string;
    change: string;
    category: string;
  };
  /** Group-by field names shown to people. */
  fields: { folder: string; period: string };
}
