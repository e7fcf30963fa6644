/**
 * The national view of a batch, as data: the aspect columns, one row per scored agency (ranked),
 * the groups, the score histogram and the failures. The dashboard (html.ts) and the ranking
 * workbook (xlsx.ts) both draw from it, so they never disagree. Pure.
 *
 * Aspects are the innermost nodes that carry a category (v2: the 2026 instrument's eight aspects,
 * not the composite's parts); without any, the top-level nodes (v1). The heatmap colours a cell by
 * the aspect's category when the batch has categories, else by its percent of the maximum.
 */
import { Dec } from '../../decimal.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LocalText } from '../../rubric/types.js';
import { ranked, type BatchItem, type BatchResult } from '../../scoring/batch.js';
import type { Assessment, NodeResult, NodeStatus, Predicate } from '../../scoring/types.js';
import type { BandScale } from '../band-colours.js';
import { aspects, text } from '../format.js';
import type { Lang } from '../../diagnostics.js';

/** How agencies are grouped: by folder, period, or a v2 profile answer (its question code). */
export type GroupBy = string;

export const GROUP_FIELDS = ['folder', 'period'] as const;

export interface Column {
  code: string;
  name: LocalText;
}

export interface Cell {
  score: Dec;
  max: Dec;
  percent: Dec | null;
  category?: Predicate;
  status: NodeStatus;
}

export interface AgencyRow {
  item: BatchItem;
  a: Assessment;
  /** Competition rank (1, 2, 2, 4). */
  rank: number;
  /** Group key ('' when the agency has no value for the field). */
  group: string;
  /** One per column; undefined when the agency's result has no such node. */
  cells: (Cell | undefined)[];
}

export interface GroupStats {
  key: string;
  /** Display label (the profile answer's label, the folder, …). */
  label: LocalText;
  scored: number;
  failed: number;
  mean: Dec | null;
  median: Dec | null;
  /** Per predicate code of `byPredicate`, in its order. */
  counts: number[];
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface Failure {
  item: BatchItem;
  first?: Diagnostic;
}

export interface NationalModel {
  columns: Column[];
  /** `category` when some aspect carries a category, else `percent`. */
  colourBy: 'category' | 'percent';
  rows: AgencyRow[];
  failures: Failure[];
  groupBy?: GroupBy;
  groups: GroupStats[];
  /** The rubric's score scale (from the first scored assessment); undefined when none was scored. */
  scale?: BandScale;
  histogram: { lo: number; hi: number; bins: HistogramBin[] };
}

/** The number of histogram bins. */
export const BINS = 20;

export function nationalModel(r: BatchResult, groupBy?: GroupBy): NationalModel {
  const scored = r.items.filter((i) => i.assessment);
  const columns = columnsOf(scored.map((i) => i.assessment!));
  const colourBy = columns.some((c) => scored.some((i) => cellOf(i.assessment!, c.code)?.category)) ? 'category' : 'percent';
  const folderBase = commonFolder(r.items.map((i) => i.input));
  const groupOf = (i: BatchItem): { key: string; label: LocalText } => groupKey(i, groupBy, folderBase);
  const rows: AgencyRow[] = [];
  for (const { item, rank } of ranked(r.items)) {
    if (!item.assessment || rank === undefined) continue;
    rows.push({ item, a: item.assessment, rank, group: groupOf(item).key, cells: columns.map((c) => cellOf(item.assessment!, c.code)) });
  }
  const failures = r.items.filter((i) => i.status === 'failed').map((item) => ({ item, first: firstDiagnostic(item.diagnostics) }));
  const scale = scored[0]?.assessment!.scale;
  return {
    columns,
    colourBy,
    rows,
    failures,
    ...(groupBy !== undefined ? { groupBy } : {}),
    groups: groupBy === undefined ? [] : groupsOf(r, groupOf),
    ...(scale ? { scale } : {}),
    histogram: histogram(rows.map((x) => x.a.score), scale),
  };
}

/** The aspect columns, in rubric order (the first agency's order first). */
function columnsOf(list: readonly Assessment[]): Column[] {
  const out: Column[] = [];
  const seen = new Set<string>();
  for (const a of list) {
    for (const n of aspectNodes(a)) {
      if (seen.has(n.code)) continue;
      seen.add(n.code);
      out.push({ code: n.code, name: n.name });
    }
  }
  return out;
}

/** The innermost categorised nodes below the root; without any, the top-level nodes. */
export function aspectNodes(a: Assessment): NodeResult[] {
  const out: NodeResult[] = [];
  const has = (n: NodeResult): boolean => n.category !== undefined || (n.children ?? []).some(has);
  const visit = (n: NodeResult): void => {
    const below = (n.children ?? []).some(has);
    if (n.category && !below && n !== a.root) out.push(n);
    else for (const c of n.children ?? []) visit(c);
  };
  visit(a.root);
  return out.length > 0 ? out : aspects(a);
}

function cellOf(a: Assessment, code: string): Cell | undefined {
  const n = aspectNodes(a).find((x) => x.code === code);
  if (!n) return undefined;
  return { score: n.score, max: n.max, percent: n.percent, status: n.status, ...(n.category ? { category: n.category } : {}) };
}

/** The first error (else the first diagnostic) of a failed file. */
function firstDiagnostic(ds: readonly Diagnostic[]): Diagnostic | undefined {
  return ds.find((d) => d.severity === 'error') ?? ds[0];
}

// ---------------------------------------------------------------------------------------------
// Groups

function splitPath(p: string): string[] {
  return p.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/** The folder all inputs share (as path segments). */
function commonFolder(inputs: readonly string[]): string[] {
  if (inputs.length === 0) return [];
  let base = splitPath(inputs[0]!).slice(0, -1);
  for (const p of inputs.slice(1)) {
    const dir = splitPath(p).slice(0, -1);
    let k = 0;
    while (k < base.length && k < dir.length && base[k] === dir[k]) k++;
    base = base.slice(0, k);
  }
  return base;
}

function groupKey(i: BatchItem, groupBy: GroupBy | undefined, base: readonly string[]): { key: string; label: LocalText } {
  const same = (s: string): LocalText => ({ id: s, en: s });
  if (groupBy === undefined) return { key: '', label: same('') };
  if (groupBy === 'folder') {
    const dir = splitPath(i.input).slice(0, -1).slice(base.length).join('/');
    return { key: dir, label: same(dir) };
  }
  const a = i.assessment;
  if (groupBy === 'period') {
    const p = a?.subject.period ?? '';
    return { key: p, label: same(p) };
  }
  const answer = a?.profile?.find((q) => q.code === groupBy);
  if (!answer || answer.value === null) return { key: '', label: same('') };
  return { key: answer.value, label: answer.answer ?? same(answer.value) };
}

function median(sorted: readonly Dec[]): Dec | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2]! : sorted[n / 2 - 1]!.add(sorted[n / 2]!).div(Dec.int(2));
}

function groupsOf(r: BatchResult, groupOf: (i: BatchItem) => { key: string; label: LocalText }): GroupStats[] {
  const codes = r.summary.byPredicate.map((p) => p.code);
  const map = new Map<string, { label: LocalText; items: BatchItem[] }>();
  for (const item of r.items) {
    const g = groupOf(item);
    const entry = map.get(g.key) ?? { label: g.label, items: [] };
    entry.items.push(item);
    map.set(g.key, entry);
  }
  // Named groups in code-unit order, the agencies without a value last.
  const keys = [...map.keys()].sort((x, y) => (x === '' ? 1 : y === '' ? -1 : x < y ? -1 : x > y ? 1 : 0));
  return keys.map((key) => {
    const { label, items } = map.get(key)!;
    const scores = items.filter((i) => i.assessment).map((i) => i.assessment!.score).sort((x, y) => x.cmp(y));
    const counts = codes.map((c) => items.filter((i) => i.assessment?.predicate.code === c).length);
    return {
      key,
      label,
      scored: scores.length,
      failed: items.length - scores.length,
      mean: scores.length ? Dec.sum(scores).div(Dec.int(scores.length)) : null,
      median: median(scores),
      counts,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Histogram

/**
 * Equal bins over the scale (from the lowest band edge, or 0, to the highest), widened to hold
 * every score. The bins are a picture, not a result: their edges are plotting positions (floats),
 * a score on an inner bin edge goes to the bin above, the top of the range to the last bin.
 */
function histogram(scores: readonly Dec[], scale: BandScale | undefined): NationalModel['histogram'] {
  const edges = bandEdges(scale);
  const values = scores.map((s) => s.toNumber());
  let lo = Math.min(...edges, ...values, ...(edges.length ? [] : [0]));
  let hi = Math.max(...edges, ...values, ...(edges.length ? [] : [1]));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi <= lo) hi = lo + 1;
  const width = (hi - lo) / BINS;
  const bins: HistogramBin[] = Array.from({ length: BINS }, (_, k) => ({ from: lo + k * width, to: k === BINS - 1 ? hi : lo + (k + 1) * width, count: 0 }));
  for (const v of values) bins[Math.min(BINS - 1, Math.max(0, Math.floor((v - lo) / width)))]!.count++;
  return { lo, hi, bins };
}

/** Every finite band edge of the scale, ascending and without repeats. */
export function bandEdges(scale: BandScale | undefined): number[] {
  const all = (scale?.bands ?? []).flatMap((b) => [b.min, b.max]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return [...new Set(all)].sort((x, y) => x - y);
}

/** A group's name in words: its label (a profile answer's, a folder), or `none` for agencies without a value. */
export function groupText(m: NationalModel, key: string, lang: Lang, none: string): string {
  if (key === '') return none;
  const g = m.groups.find((x) => x.key === key);
  return (g && text(g.label, lang)) || key;
}
