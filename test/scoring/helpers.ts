/**
 * Small builders for scoring tests: rubrics made in the test (not the bundled files) and
 * hand-built EvidenceTables with realistic cell references (code in A, level in C, verified in D).
 */
import type { EvidenceRow, EvidenceTable, EvidenceValue, RawValue } from '../../src/evidence/types.js';
import type { Band, GroupNode, LeafNode, Level, LoadedRubric, Rubric, RubricNode, Scoring } from '../../src/rubric/types.js';

export const t = (id: string, en = id): { id: string; en: string } => ({ id, en });

export function levels(n: number, points?: (v: number) => number): Level[] {
  return Array.from({ length: n + 1 }, (_, v) => ({ value: v, label: t(`Level ${v}`), ...(points ? { points: points(v) } : {}) }));
}

export function leaf(code: string, scoring: Scoring, extra: Partial<LeafNode> = {}): LeafNode {
  return { code, name: t(`Kriteria ${code}`, `Criterion ${code}`), scoring, ...extra };
}

/** A levels leaf 0..n with points = value × weight. */
export function lv(code: string, n = 4, weight?: number, extra: Partial<LeafNode> = {}): LeafNode {
  return leaf(code, { kind: 'levels', levels: levels(n), ...(weight !== undefined ? { weight } : {}) }, extra);
}

export function group(code: string, children: RubricNode[], extra: Partial<GroupNode> = {}): GroupNode {
  return { code, name: t(`Aspek ${code}`, `Aspect ${code}`), children, ...extra };
}

export const KASN_BANDS: Band[] = [
  { code: 'I', label: t('Buruk', 'Poor'), min: 100, max: 175 },
  { code: 'II', label: t('Kurang', 'Fair'), min: 175, max: 250 },
  { code: 'III', label: t('Baik', 'Good'), min: 250, max: 325 },
  { code: 'IV', label: t('Sangat Baik', 'Very Good'), min: 325, color: '#1565c0' },
];

export const KASN_OUT_OF_RANGE = {
  below: { code: 'BELOW', label: t('Di bawah Kategori I', 'Below Kategori I') },
};

export function rubric(root: GroupNode, extra: Partial<Rubric> = {}): Rubric {
  return {
    format: 'merit-rubric/1',
    id: 'test-rubric',
    version: '1.0.0',
    title: t('Rubrik uji', 'Test rubric'),
    status: 'official',
    legalBasis: [{ ref: 'Test 1/2024' }],
    subject: 'agency',
    root,
    bands: [],
    ...extra,
  };
}

export function loaded(r: Rubric, extra: Partial<LoadedRubric> = {}): LoadedRubric {
  return { rubric: r, source: 'test-rubric.json', bundled: false, sha256: 'a'.repeat(64), diagnostics: [], ...extra };
}

export type Cell = RawValue | undefined;

export interface RowSpec {
  code: Cell;
  level?: Cell;
  verified?: Cell;
  evidence?: string;
  notes?: string;
}

const SHEET = 'Penilaian';
export const HEADER_ROW = 5;

function value(raw: RawValue, col: string, colIndex: number, row: number, csv: boolean): EvidenceValue {
  const text = raw === null ? '' : typeof raw === 'string' ? raw.trim() : String(raw);
  return { raw, text, ref: { ...(csv ? { line: row } : { sheet: SHEET }), cell: `${col}${row}`, row, column: colIndex } };
}

/** Rows as `[code, level, verified?]` tuples or RowSpec objects; `undefined` leaves a column out of the row. */
export function table(
  rows: (RowSpec | [Cell, Cell?, Cell?])[],
  opts: { file?: string; csv?: boolean; decimalComma?: boolean; subject?: string; period?: string; stamp?: EvidenceTable['meta']['stamp'] } = {},
): EvidenceTable {
  const csv = opts.csv ?? opts.decimalComma !== undefined;
  const out: EvidenceRow[] = rows.map((r, i) => {
    const spec: RowSpec = Array.isArray(r) ? { code: r[0], level: r[1], verified: r[2] } : r;
    const row = HEADER_ROW + 1 + i;
    const er: EvidenceRow = { row, code: value(spec.code ?? null, 'A', 1, row, csv) };
    if (spec.level !== undefined) er.level = value(spec.level, 'C', 3, row, csv);
    if (spec.verified !== undefined) er.verified = value(spec.verified, 'D', 4, row, csv);
    if (spec.evidence !== undefined) er.evidence = value(spec.evidence, 'E', 5, row, csv);
    if (spec.notes !== undefined) er.notes = value(spec.notes, 'F', 6, row, csv);
    return er;
  });
  const file = opts.file ?? (csv ? 'data/kab-uji.csv' : 'data/kab-uji.xlsx');
  const tbl: EvidenceTable = {
    file,
    sha256: 'b'.repeat(64),
    format: csv ? 'csv' : 'xlsx',
    headerRow: HEADER_ROW,
    columns: [],
    rows: out,
    meta: {},
    diagnostics: [],
  };
  if (!csv) tbl.sheet = SHEET;
  if (csv) tbl.csv = { delimiter: opts.decimalComma ? ';' : ',', decimalComma: opts.decimalComma === true, encoding: 'utf-8', bom: false };
  if (opts.subject !== undefined) tbl.meta.subject = { value: opts.subject, ref: { sheet: SHEET, cell: 'B2', row: 2, column: 2 } };
  if (opts.period !== undefined) tbl.meta.period = { value: opts.period, ref: { sheet: SHEET, cell: 'B3', row: 3, column: 2 } };
  if (opts.stamp) tbl.meta.stamp = opts.stamp;
  return tbl;
}

/** Every leaf code of a rubric. */
export function leafCodes(node: RubricNode): string[] {
  return 'scoring' in node ? [node.code] : node.children.flatMap(leafCodes);
}

/** A node result by code. */
export function find<T extends { code: string; children?: T[] }>(root: T, code: string): T {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.code === code) return n;
    stack.push(...(n.children ?? []));
  }
  throw new Error(`no node ${code}`);
}
