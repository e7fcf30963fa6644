/**
 * Plain-text building blocks of the analysis reports (gap, diff, explain): a label/value block,
 * a table with one flexible column, signed numbers and cell names. Pure; layout is computed on
 * plain text and colour is applied to whole, already padded lines, so no line exceeds `width`.
 */
import type { ChalkInstance } from 'chalk';
import { Dec } from '../decimal.js';
import { quoteSheet, type Lang } from '../diagnostics.js';
import type { CellRef } from '../evidence/types.js';
import type { Assessment } from '../scoring/types.js';
import { num, text } from './format.js';
import { analysisWords, type AnalysisWords, ui, type UiWords } from '../i18n/index.js';
import { displayWidth, fit, fitLeft, padEnd, padStart, wrap } from './layout.js';

export interface AnalysisTextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
}

/** An input of diff or explain: an evidence file scored now, or a saved report read back. */
export interface AnalysisInput {
  kind: 'evidence' | 'report';
  path: string;
  assessment: Assessment;
}

export const MIN_WIDTH = 40;

export function widthOf(w: number): number {
  return Math.max(MIN_WIDTH, Math.floor(w) || 80);
}

/** What every analysis text renderer starts with: the width, colours and both word lists. */
export function start(o: AnalysisTextOptions): { width: number; c: ChalkInstance; w: AnalysisWords; u: UiWords } {
  return { width: widthOf(o.width), c: o.color, w: analysisWords(o.lang), u: ui(o.lang) };
}

/** `+3.5`, `-2`, `0`. */
export function signed(d: Dec): string {
  return d.gt(Dec.ZERO) ? `+${num(d)}` : num(d);
}

/** `D13`, or `'Sheet 2'!D13` when the cell is on another sheet than `sheet`. */
export function cellName(ref: CellRef | undefined, sheet?: string): string {
  if (!ref) return '';
  return ref.sheet !== undefined && ref.sheet !== sheet ? `${quoteSheet(ref.sheet)}!${ref.cell}` : ref.cell;
}

/** Label/value lines, labels padded to one width; `left` values are cut from the left (paths). */
export function labelled(pairs: [string, string, { left?: boolean; style?: (s: string) => string }?][], width: number, c: ChalkInstance, dimLabels = false): string[] {
  const w = Math.max(...pairs.map(([k]) => displayWidth(k))) + 2;
  return pairs.map(([k, v, o]) => {
    const value = o?.left ? fitLeft(v, width - w) : fit(v, width - w);
    const label = k.padEnd(w);
    return (dimLabels ? c.dim(label) : label) + (o?.style ? o.style(value) : value);
  });
}

/** The header every analysis report starts with: title, agency, file, rubric. */
export function headerLines(title: string, a: Assessment, lang: Lang, width: number, c: ChalkInstance, extra: [string, string][] = []): string[] {
  const w = ui(lang);
  const pairs: [string, string, { left?: boolean }?][] = [
    [w.agency, a.subject.name + (a.subject.period ? ` · ${a.subject.period}` : '')],
    [w.file, a.input.path + (a.input.sheet ? ` (${a.input.sheet})` : ''), { left: true }],
    [w.rubric, `${a.rubric.id}@${a.rubric.version} · ${w.rubricStatus[a.rubric.status]} · ${text(a.rubric.title, lang)}`],
    ...extra,
  ];
  return [c.bold(fit(title, width)), ...labelled(pairs, width, c, true)];
}

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** The one column that shrinks (names): it gets what the others leave, at least `min`. */
  flex?: boolean;
  min?: number;
  /** Left out when the table does not fit: the lowest number first (equal numbers together). */
  drop?: number;
}

/**
 * A table: bold head, a rule, the rows, and (optionally) a rule and a bold total row. Columns are
 * as wide as their widest cell; the flexible column takes the rest of `width`. When even the
 * flexible column at its minimum does not fit, droppable columns are left out.
 */
export function table(cols: Column[], rows: string[][], width: number, c: ChalkInstance, total?: string[]): string[] {
  const sep = '  ';
  let keep = cols.map((_, i) => i);
  const all = [cols.map((x) => x.head), ...rows, ...(total ? [total] : [])];
  const natural = cols.map((_, i) => Math.max(0, ...all.map((r) => displayWidth(r[i] ?? ''))));
  const need = (idx: number[]): number =>
    idx.reduce((s, i) => s + (cols[i]!.flex ? Math.min(natural[i]!, cols[i]!.min ?? 8) : natural[i]!), 0) + sep.length * (idx.length - 1);
  for (;;) {
    if (need(keep) <= width) break;
    const droppable = keep.filter((i) => cols[i]!.drop !== undefined);
    if (droppable.length === 0) break;
    const lowest = Math.min(...droppable.map((i) => cols[i]!.drop!));
    keep = keep.filter((i) => cols[i]!.drop !== lowest);
  }
  const widths = keep.map((i) => natural[i]!);
  const flex = keep.findIndex((i) => cols[i]!.flex);
  if (flex >= 0) {
    const others = widths.reduce((s, w, k) => (k === flex ? s : s + w), 0) + sep.length * (keep.length - 1);
    widths[flex] = Math.max(cols[keep[flex]!]!.min ?? 8, Math.min(natural[keep[flex]!]!, width - others));
  }
  const line = (cells: string[]): string =>
    keep
      .map((i, k) => {
        const w = widths[k]!;
        const t = fit(cells[i] ?? '', w);
        return cols[i]!.align === 'right' ? padStart(t, w) : padEnd(t, w);
      })
      .join(sep)
      .trimEnd();
  const used = Math.min(width, widths.reduce((s, w) => s + w, 0) + sep.length * (keep.length - 1));
  const rule = c.dim('─'.repeat(used));
  const out = [c.bold(line(cols.map((x) => x.head))), rule, ...rows.map(line)];
  if (total) out.push(rule, c.bold(line(total)));
  return out;
}

/** Word-wrapped paragraph lines, each painted with `style`. */
export function paragraph(s: string, width: number, style: (s: string) => string = (x) => x, first = '', hang = ''): string[] {
  return wrap(s, width, first, hang || ' '.repeat(displayWidth(first))).map((l) => style(l));
}
