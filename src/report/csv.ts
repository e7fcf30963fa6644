/**
 * CSV report: one row per node (the root first, then depth-first), for spreadsheets.
 *
 * UTF-8 with a BOM (so Excel picks the encoding), CRLF line ends and RFC 4180 quoting. With the
 * `;` delimiter numbers use a decimal comma, as Indonesian-locale Excel expects. Text that came
 * from the evidence or the rubric (names, levels written as text, evidence references, notes) is
 * neutralised when a spreadsheet would run it as a formula; numbers merit computed never are.
 */
import type { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { quoteSheet } from '../diagnostics.js';
import type { Assessment, NodeResult, ProfileResult, ValueTrace } from '../scoring/types.js';
import { field, neutralise, type CsvDelimiter } from './csv-field.js';
import { nodes, num, pct, previousValue, text } from './format.js';
import { ui, type UiWords } from '../i18n/index.js';
import { renderPopulationCsv } from './population/csv.js';
import { categoryText, isV2, notApplicableText, profileLines } from './v2.js';

// Quoting and formula neutralising, for the batch, records and template CSVs too.
export { field, neutralise, type CsvDelimiter } from './csv-field.js';

export interface CsvOptions {
  lang: Lang;
  delimiter: CsvDelimiter;
}

/** A cell: text from outside merit (neutralised), our own words, or a number. */
type Cell = { ext: string } | { own: string } | { dec: Dec | null; kind: 'num' | 'pct' } | { plain: number };

export function renderCsv(a: Assessment, o: CsvOptions): string {
  // Record rubrics: one population table (the whole population, each band, each group).
  if (a.population) return renderPopulationCsv(a, o);
  const w = ui(o.lang);
  const header = [
    w.code,
    w.depth,
    w.nameId,
    w.nameEn,
    w.self,
    w.verified,
    w.used,
    w.score,
    w.max,
    w.percent,
    w.status,
    w.evidenceCell,
    w.evidence,
    w.notes,
  ];
  // v2: columns appended at the end (a v1 report keeps its columns and bytes), profile rows first.
  const v2 = isV2(a);
  if (v2) header.push(...v2Header(a, w));
  // v2: the next steps per aspect, three more columns at the very end (the scorer's list).
  const steps = v2 && a.nextSteps ? nextStepCells(a, o.lang) : undefined;
  if (steps) header.push(w.v2.nextSteps.nextCategory, w.v2.nextSteps.nextLevel, w.v2.nextSteps.requirement);
  const lines = [header.map((h) => field(h, o.delimiter)).join(o.delimiter)];
  // Rows shorter than the header (the notice, profile answers) are padded with empty cells.
  const write = (cells: Cell[]): void => {
    while (cells.length < header.length) cells.push({ own: '' });
    lines.push(cells.map((c) => field(cellText(c, o.delimiter), o.delimiter)).join(o.delimiter));
  };
  // v2: the rubric's notice, a row of its own before everything else.
  if (a.rubric.notice) write(noticeRow(a, w));
  if (v2) for (const cells of profileRows(a, o.lang)) write(cells);
  for (const n of [a.root, ...nodes(a.root)]) {
    const cells = v2 ? [...row(n, a.input.sheet, o.lang), ...v2Cells(n, a, o.lang)] : row(n, a.input.sheet, o.lang);
    if (steps) cells.push(...(steps.get(n.code) ?? []));
    write(cells);
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// v2: categories, caps, coefficients, node rounding, not applicable, incomplete, nominal, profile

const V2_COLUMNS = 9;

function v2Header(a: Assessment, w: UiWords): string[] {
  const v = w.v2;
  const unit = a.nominal?.unit ? ` (${a.nominal.unit})` : '';
  return [v.categoryCode, v.category, v.cappedFrom, v.coefficient, v.unrounded, v.notApplicableReason, v.incompleteHead, `${v.nominal}${unit}`, v.profileAnswer];
}

/** A node's v2 cells; the root row carries the predicate (its category) and the nominal figure. */
function v2Cells(n: NodeResult, a: Assessment, lang: Lang): Cell[] {
  const root = n === a.root;
  const category = n.category ?? (root ? a.predicate : undefined);
  return [
    category ? { ext: category.code } : { own: '' },
    category ? { ext: categoryText(category, lang) } : { own: '' },
    category?.capped ? { ext: category.capped.from } : { own: '' },
    n.coefficient ? { dec: n.coefficient, kind: 'num' } : { own: '' },
    n.unrounded ? { dec: n.unrounded, kind: 'num' } : { own: '' },
    { ext: notApplicableText(n, a, lang) ?? '' },
    { ext: n.incomplete ? n.incomplete.missing.join(' ') : '' },
    root && a.nominal ? { dec: a.nominal.value, kind: 'num' } : { own: '' },
    { own: '' },
  ];
}

/** The rubric's notice: the rubric id as its code, the notice in both languages as its names, the notice status word. */
function noticeRow(a: Assessment, w: UiWords): Cell[] {
  const n = a.rubric.notice!;
  return [{ ext: a.rubric.id }, { own: '' }, { ext: n.id }, { ext: n.en }, ...Array.from({ length: 6 }, (): Cell => ({ own: '' })), { own: w.v2.nextSteps.notice.toLowerCase() }];
}

/**
 * The next-steps cells by node code: an aspect's row gets the category above its own (empty when
 * it is in its set's top band); a listed item's row its next level and that level's requirement.
 */
function nextStepCells(a: Assessment, lang: Lang): Map<string, Cell[]> {
  const m = new Map<string, Cell[]>();
  for (const s of a.nextSteps ?? []) {
    m.set(s.code, [s.target.next ? { ext: s.target.code } : { own: '' }, { own: '' }, { own: '' }]);
    for (const i of s.items) {
      // The level's label (unless it only repeats the number), then what it requires.
      const label = text(i.next.label, lang).trim() === String(i.next.value) ? '' : text(i.next.label, lang);
      const description = i.next.description ? text(i.next.description, lang) : '';
      m.set(i.code, [{ own: '' }, { plain: i.next.value }, { ext: [label, description].filter(Boolean).join(': ') }]);
    }
  }
  return m;
}

/** One row per profile question before the nodes: its code, label, what was written, where, and the answer. */
function profileRows(a: Assessment, lang: Lang): Cell[][] {
  const w = ui(lang);
  const answers = profileLines(a, lang);
  return (a.profile ?? []).map((p, i) => {
    const cells: Cell[] = [
      { ext: p.code },
      { own: '' },
      { ext: p.label.id },
      { ext: p.label.en },
      { ext: p.raw ?? '' },
      { own: '' },
      { own: '' },
      { own: '' },
      { own: '' },
      { own: '' },
      { own: w.v2.profileRow },
      { own: profileCell(p, a.input.sheet, answers[i]!.where) },
      { own: '' },
      { own: '' },
    ];
    for (let k = 0; k < V2_COLUMNS - 1; k++) cells.push({ own: '' });
    cells.push({ ext: p.answer ? (p.answer[lang] || p.answer.id) : '' });
    return cells;
  });
}

/** Where an answer was written: its cell with the sheet (as cellRef names one), or `(--profile)`. */
function profileCell(p: ProfileResult, sheet: string | undefined, where: string): string {
  if (p.source === 'option' || p.source === 'assume') return `(${where})`;
  if (!p.ref) return '';
  const s = p.ref.sheet ?? sheet;
  return s !== undefined ? `${quoteSheet(s)}!${p.ref.cell}` : p.ref.cell;
}

function row(n: NodeResult, sheet: string | undefined, lang: Lang): Cell[] {
  const w = ui(lang);
  const t = n.trace;
  const used = t ? (t.used === 'verified' ? t.verified : t.used === 'self' ? t.self : undefined) : undefined;
  return [
    { ext: n.code },
    { plain: n.depth },
    { ext: n.name.id },
    { ext: n.name.en },
    level(t?.self),
    level(t?.verified),
    { own: t ? w.usedValue[t.used] : '' },
    { dec: n.score, kind: 'num' },
    { dec: n.max, kind: 'num' },
    { dec: n.percent, kind: 'pct' },
    { own: w.nodeStatus[n.status] },
    { own: used ? cellRef(used, sheet, w, previousValue(n)) : '' },
    { ext: t?.evidence ?? '' },
    { ext: t?.notes ?? '' },
  ];
}

function level(v: ValueTrace | undefined): Cell {
  if (!v) return { own: '' };
  const value = v.parsed !== null ? v.parsed : v.raw;
  if (typeof value === 'number') return { plain: value };
  if (value === null) return { own: '' };
  return { ext: String(value) };
}

/** The cell a value came from; an assumed value says so, with the file's value it replaced. */
function cellRef(v: ValueTrace, sheet: string | undefined, w: UiWords, previous?: ValueTrace): string {
  if (v.assumed) {
    if (!previous) return `(${w.assumed})`;
    const value = previous.parsed !== null ? previous.parsed : previous.raw;
    const where = cellRef(previous, sheet, w);
    // Neither `,` nor `;`: the field stays unquoted with either delimiter.
    return `(${w.assumed} · ${w.wasValue(String(value ?? ''))}${where ? ` · ${where}` : ''})`;
  }
  if (!v.ref) return '';
  // Always name the sheet when the reader knew it: the cell must be findable from the CSV alone.
  const s = v.ref.sheet ?? sheet;
  return s !== undefined ? `${quoteSheet(s)}!${v.ref.cell}` : v.ref.cell;
}

function cellText(c: Cell, delimiter: CsvDelimiter): string {
  if ('ext' in c) return neutralise(c.ext);
  if ('own' in c) return c.own;
  const s = 'plain' in c ? String(c.plain) : c.dec === null ? '' : c.kind === 'pct' ? pct(c.dec) : num(c.dec, 6);
  return delimiter === ';' ? s.replace('.', ',') : s;
}
