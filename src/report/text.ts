/**
 * Terminal report: header, totals and predicate, one row per aspect with a small bar, (with
 * `verbose`) every criterion with its levels and source cell, the provisional warning and the
 * diagnostics grouped by severity.
 *
 * Pure: colour comes in as a chalk instance (level 0 gives plain text) and the width as a number.
 * Layout is computed on plain text and colour is applied to already padded pieces, so no line is
 * ever longer than `width` whatever the colour level.
 */
import type { ChalkInstance } from 'chalk';
import { Dec } from '../decimal.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics.js';
import { countOf, quoteSheet, sortDiagnostics } from '../diagnostics.js';
import type { Assessment, NodeResult, Predicate, ValueTrace } from '../scoring/types.js';
import { aspects, assumptionsWithPrevious, num, pct, predicateText, ratioPct, text } from './format.js';
import { arg, formatDiagnostic, ui, type UiWords } from '../i18n/index.js';
import { predicateTone } from './band-colours.js';
import { displayWidth, fit, fitLeft, maxWidth, padEnd, wrap } from './layout.js';
import { populationText } from './population/text.js';
import { categoryStyle, compositeText, nextStepsText, noticeLines, notApplicableList, profileText } from './text-v2.js';
import { cappedText, categorisedRows, categoryText, hasCategories, isV2, nominalLabel, nominalText, totalIncompleteText } from './v2.js';
import { visibleAll } from '../i18n/visible.js';

export interface TextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
  verbose: boolean;
}

const MIN_WIDTH = 30;
const GAP = '  ';

export function renderText(a: Assessment, o: TextOptions): string {
  // Text from files and rubrics reaches the terminal with its control characters made visible.
  [a] = visibleAll(a);
  const width = Math.max(MIN_WIDTH, Math.floor(o.width) || 80);
  const w = ui(o.lang);
  const c = o.color;
  const out: string[] = [];

  // ---- Header -------------------------------------------------------------------------------
  out.push(c.bold(fit(w.report, width)));
  const header: [string, string][] = [];
  header.push([w.agency, a.subject.name + (a.subject.period ? ` · ${a.subject.period}` : '')]);
  header.push([w.file, a.input.path + (a.input.sheet ? ` (${a.input.sheet})` : '')]);
  header.push([w.rubric, `${a.rubric.id}@${a.rubric.version} · ${w.rubricStatus[a.rubric.status]} · ${text(a.rubric.title, o.lang)}`]);
  if (a.rubric.base) header.push([w.v2.baseRubric, `${a.rubric.base.id}@${a.rubric.base.version} · ${a.rubric.base.source}`]);
  const headW = Math.max(...header.map(([k]) => k.length)) + 2;
  for (const [k, v] of header) {
    const value = k === w.file ? fitLeft(v, width - headW) : fit(v, width - headW);
    out.push(c.dim(k.padEnd(headW)) + value);
  }
  out.push('');

  // ---- v2: the profile answers, first -------------------------------------------------------
  const v2 = { lang: o.lang, color: c, width };
  const profile = profileText(a, v2);
  if (profile.length) out.push(...profile, '');

  // ---- Totals -------------------------------------------------------------------------------
  const totals: [string, string, ((s: string) => string)?][] = [];
  const percent = a.percent ? ` (${pct(a.percent)}%)` : '';
  totals.push([w.total, w.outOf(num(a.score), num(a.max)) + percent, c.bold]);
  const nominal = nominalText(a);
  if (nominal !== undefined) totals.push([nominalLabel(a, o.lang), nominal, c.bold]);
  // v2: the predicate is painted as categories are (by its rank in the rubric's scale).
  const v2Style = categoryStyle(a.predicate, a, c);
  const predStyle = isV2(a) && !a.population ? (s: string): string => c.bold(v2Style(s)) : predicateStyle(a.predicate, c);
  totals.push([w.predicate, predicateText(a.predicate, o.lang), predStyle]);
  if (!a.selfScore.eq(a.score) || a.selfPredicate.code !== a.predicate.code) {
    totals.push([w.selfTotal, `${num(a.selfScore)} · ${predicateText(a.selfPredicate, o.lang)}`]);
  }
  totals.push([w.coverage, `${ratioPct(a.coverage)}%`]);
  const totW = Math.max(...totals.map(([k]) => k.length)) + 2;
  for (const [k, v, style] of totals) {
    const value = fit(v, width - totW);
    out.push(k.padEnd(totW) + (style ? style(value) : value));
    // v2: a capped predicate says which children held it back, under the predicate.
    if (k === w.predicate && a.predicate.capped) for (const l of wrap(cappedText(a.predicate, a, o.lang) ?? '', width, ' '.repeat(totW), ' '.repeat(totW))) out.push(c.dim(l));
  }

  // ---- Warnings: provisional rubric, assumptions ---------------------------------------------
  const incomplete = totalIncompleteText(a, o.lang);
  if (incomplete) {
    out.push('');
    for (const line of wrap(incomplete, width, '! ', '  ')) out.push(c.yellow.bold(line));
  }
  const provisionalCount = a.provisional.parts.length;
  if (a.provisional.rubric || provisionalCount > 0) {
    out.push('');
    for (const line of wrap(w.provisionalWarning(provisionalCount), width, '! ', '  ')) out.push(c.yellow(line));
  }
  // v2: the rubric's notice, under the provisional warning (a paragraph of its own without one).
  const notice = noticeLines(a, v2);
  if (notice.length) out.push(...(a.provisional.rubric || provisionalCount > 0 ? [] : ['']), ...notice);
  if (a.assumptions.length > 0) {
    out.push('');
    for (const line of wrap(w.assumptionsWarning(a.assumptions.length), width, '* ', '  ')) out.push(c.yellow(line));
    const list = assumptionsWithPrevious(a)
      .map((x) => `${x.code}=${x.value}${x.previous ? ` (${w.wasValue(valueText(x.previous, o.lang))})` : ''}`)
      .join(', ');
    for (const line of wrap(`${w.assumptions}: ${list}`, width, '  ', '  ')) out.push(line);
  }
  out.push('');

  // ---- Aspect table -------------------------------------------------------------------------
  out.push(...table(a, o, w, width));

  // ---- v2: composite terms and the items that do not apply ----------------------------------
  for (const part of [compositeText(a, v2), notApplicableList(a, v2), nextStepsText(a, v2)]) if (part.length) out.push('', ...part);

  // ---- Record rubrics: the population (distribution, breakdowns) ----------------------------
  if (a.population) out.push('', ...populationText(a, { lang: o.lang, color: c, width }));

  // ---- Diagnostics --------------------------------------------------------------------------
  if (a.diagnostics.length > 0) {
    out.push('');
    // A loop, not a spread: a spread of 200,000 lines overflowed the stack (exit 3).
    for (const line of diagnostics(a.diagnostics, o.lang, w, c, width, o.verbose)) out.push(line);
  }

  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Table

interface Row {
  node: NodeResult;
  code: string;
  name: string;
  score: string;
  max: string;
  pct: string;
  /** Leaf rows in verbose mode: `self → verified`, source cell, evidence. */
  levels?: string;
  cell?: string;
  evidence?: string;
  /** v2: the node's category (its label). */
  category?: string;
}

function table(a: Assessment, o: TextOptions, w: UiWords, width: number): string[] {
  const c = o.color;
  const rows: Row[] = [];
  const isProvisional = (n: NodeResult): boolean => !!n.provenance && n.provenance.confidence !== 'confirmed';
  const mark = (n: NodeResult): string => (isProvisional(n) ? '†' : '');
  let anyAssumed = false;
  let anyProvisional = false;
  /** Verbose: a column of levels and source cells (an agency's leaves; a population has none). */
  const levels = o.verbose && !a.population;

  const leafRow = (leaf: NodeResult, code: string): Row => {
    const row = rowFor(leaf, code + mark(leaf), o.lang);
    anyProvisional ||= isProvisional(leaf);
    // A population's leaves are means: no levels or cells to show.
    if (a.population) return row;
    const tr = leaf.trace;
    const self = valueText(tr?.self, o.lang);
    // What-if: the file's verified value the assumed one replaced.
    const ver = valueText(tr?.verified, o.lang) + (tr?.replaced ? ` (${w.wasValue(valueText(tr.replaced, o.lang))})` : '');
    anyAssumed ||= !!tr?.self?.assumed || !!tr?.verified?.assumed;
    row.levels = `${self} → ${ver}`;
    const used = tr?.used === 'verified' ? tr.verified : tr?.used === 'self' ? tr.self : (tr?.verified ?? tr?.self);
    row.cell =
      leaf.status === 'scored'
        ? refText(used, a.input.sheet, w)
        : [refText(used, a.input.sheet, w), w.nodeStatus[leaf.status]].filter(Boolean).join(' ');
    row.evidence = tr?.evidence ?? '';
    return row;
  };
  if (isV2(a) && !a.population) {
    // v2: categorised groups below the aspects too, indented by depth; every leaf with --verbose.
    const shown = new Set(categorisedRows(a));
    const visit = (n: NodeResult): void => {
      for (const x of n.children ?? []) {
        const indent = '  '.repeat(x.depth - 1);
        if (x.kind === 'leaf' && o.verbose) rows.push(leafRow(x, indent + x.code));
        else if (shown.has(x)) {
          rows.push(rowFor(x, indent + x.code + mark(x), o.lang));
          anyProvisional ||= isProvisional(x);
        }
        if (x.kind === 'group') visit(x);
      }
    };
    visit(a.root);
    if (hasCategories(a)) for (const r of rows) r.category = r.node.category ? categoryText(r.node.category, o.lang) : '';
  } else {
    for (const aspect of aspects(a)) {
      rows.push(rowFor(aspect, aspect.code + mark(aspect), o.lang));
      anyProvisional ||= isProvisional(aspect);
      if (!o.verbose) continue;
      for (const leaf of leavesOf(aspect)) rows.push(leafRow(leaf, '  ' + leaf.code));
    }
  }

  const head: Row = {
    node: a.root,
    code: w.code,
    name: w.aspect,
    score: w.score,
    max: w.max,
    pct: w.percent,
    levels: levels ? w.level : undefined,
    cell: levels ? w.cell : undefined,
  };
  // The table's own total is the aspects' sum; the rounded total above is the reported one.
  const rounded = !a.root.score.eq(a.score);
  const total: Row = { node: a.root, code: '', name: rounded ? (a.population ? w.population.totalUnrounded : w.total_row_unrounded) : w.total_row, score: num(a.root.score), max: num(a.max), pct: pct(a.root.percent) };
  // v2: a category column (the total row shows the predicate).
  const withCategory = rows.some((r) => r.category !== undefined);
  if (withCategory) {
    head.category = w.v2.category;
    total.category = categoryText(a.predicate, o.lang);
  }

  const all = [head, ...rows, total];
  const codeW = maxWidth(all.map((r) => r.code));
  const scoreW = maxWidth(all.map((r) => r.score));
  const maxW = maxWidth(all.map((r) => r.max));
  const pctW = maxWidth(all.map((r) => r.pct));
  const levelsW = levels ? maxWidth(all.map((r) => r.levels ?? '')) : 0;
  const cellW = levels ? maxWidth(all.map((r) => r.cell ?? '')) : 0;
  const longestName = maxWidth(all.map((r) => r.name));
  const catW = withCategory ? maxWidth(all.map((r) => r.category ?? '')) : 0;

  // Layouts from the richest to the leanest; the first that leaves names enough room wins.
  const preferredBar = width >= 120 ? 20 : width >= 60 ? 10 : 0;
  const lean: Omit<Layout, 'nameW' | 'tailW' | 'cat'>[] = [
    { sep: GAP, pct: true, barW: preferredBar, levels },
    { sep: GAP, pct: true, barW: 0, levels },
    { sep: GAP, pct: true, barW: 0, levels: false },
    { sep: GAP, pct: false, barW: 0, levels: false },
    { sep: ' ', pct: false, barW: 0, levels: false },
  ];
  // v2: each layout with the category column first, then without it; the bar is given up before the category.
  const candidates: Omit<Layout, 'nameW' | 'tailW'>[] = lean.flatMap((l, i) =>
    !catW ? [{ ...l, cat: false }] : i === 0 && l.barW > 0 ? [{ ...l, cat: true }] : [{ ...l, cat: true }, { ...l, cat: false }],
  );
  const measure = (l: Omit<Layout, 'nameW' | 'tailW'>): Layout => {
    const s = l.sep.length;
    const tailW = Math.max(l.barW, l.levels ? levelsW + s + cellW : 0);
    const fixedW = codeW + s + s + scoreW + s + maxW + (l.pct ? s + pctW : 0) + (l.cat ? s + catW : 0) + (tailW ? s + tailW : 0);
    return { ...l, tailW, nameW: width - fixedW };
  };
  let L = measure(candidates[candidates.length - 1]!);
  for (const cand of candidates) {
    const m = measure(cand);
    if (m.nameW >= (m.tailW ? 12 : 8)) {
      L = m;
      break;
    }
  }
  const sep = L.sep;
  const nameW = Math.max(1, Math.min(L.nameW, longestName));
  // Wide terminals: evidence text after the source cell, in the space names did not use.
  const usedW = width - L.nameW + nameW;
  const evidenceW = L.levels ? width - usedW - sep.length : 0;
  const showEvidence = evidenceW >= 16 && rows.some((r) => r.evidence);

  const numbers = (r: Row): string =>
    r.score.padStart(scoreW) + sep + r.max.padStart(maxW) + (L.pct ? sep + r.pct.padStart(pctW) : '');
  /** v2: the category cell, coloured as its band, padded outside the colour. */
  const category = (r: Row, style?: (s: string) => string): string => {
    if (!L.cat) return '';
    const t = r.category ?? '';
    return sep + (style && t ? style(t) : t) + ' '.repeat(Math.max(0, catW - displayWidth(t)));
  };
  const lines: string[] = [];
  const headLine =
    head.code.padEnd(codeW) +
    sep +
    padEnd(fit(head.name, nameW), nameW) +
    sep +
    numbers(head) +
    category(head) +
    (L.levels ? sep + (head.levels ?? '').padEnd(levelsW) + sep + (head.cell ?? '').padEnd(cellW) : '') +
    (showEvidence ? sep + fit(w.evidence, evidenceW) : '');
  lines.push(c.bold(headLine.trimEnd()));
  const rule = '─'.repeat(Math.min(width, Math.max(displayWidth(headLine.trimEnd()), usedW)));
  lines.push(c.dim(rule));

  for (const r of rows) {
    const leaf = r.node.kind === 'leaf';
    const code = r.code.padEnd(codeW);
    const name = padEnd(fit(r.name, nameW), nameW);
    let line = (leaf ? c.dim(code) : c.bold(code)) + sep + (leaf ? name : c.bold(name)) + sep + numbers(r);
    line += category(r, r.node.category ? categoryStyle(r.node.category, a, c) : undefined);
    if (!leaf && L.barW > 0) line += sep + bar(r.node, L.barW, c);
    if (leaf && L.levels && r.levels !== undefined) {
      const cellText = (r.cell ?? '').padEnd(cellW);
      const cellStyled = r.node.status === 'scored' ? c.dim(cellText) : r.node.status === 'error' ? c.red(cellText) : c.yellow(cellText);
      line += sep + r.levels.padEnd(levelsW) + sep + cellStyled;
      if (showEvidence && r.evidence) line += sep + c.dim(fit(r.evidence, evidenceW));
    }
    lines.push(trimEndStyled(line));
  }
  lines.push(c.dim(rule));
  lines.push(c.bold(trimEndStyled(`${''.padEnd(codeW)}${sep}${padEnd(fit(total.name, nameW), nameW)}${sep}${numbers(total)}${category(total, categoryStyle(a.predicate, a, c))}`)));

  const legend: string[] = [];
  if (L.levels) legend.push(`${w.level}: ${w.self.toLowerCase()} → ${w.verified.toLowerCase()}`);
  if (anyAssumed) legend.push(`* ${w.assumed}`);
  if (anyProvisional) legend.push(`† ${w.provisional.toLowerCase()}`);
  if (legend.length) for (const l of wrap(legend.join(' · '), width, '', '')) lines.push(c.dim(l));
  return lines;
}

interface Layout {
  sep: string;
  /** v2: the category column. */
  cat: boolean;
  pct: boolean;
  barW: number;
  levels: boolean;
  tailW: number;
  nameW: number;
}

function rowFor(n: NodeResult, code: string, lang: Lang): Row {
  return { node: n, code, name: text(n.name, lang), score: num(n.score), max: num(n.max), pct: pct(n.percent) };
}

function* leavesOf(n: NodeResult): Generator<NodeResult> {
  for (const child of n.children ?? []) {
    if (child.kind === 'leaf') yield child;
    else yield* leavesOf(child);
  }
}

function valueText(v: ValueTrace | undefined, lang: Lang): string {
  if (!v) return '–';
  const value = v.parsed !== null ? v.parsed : v.raw;
  const s = value === null ? '?' : typeof value === 'boolean' ? arg(value, lang) : String(value);
  return v.assumed ? `${s}*` : s;
}

function refText(v: ValueTrace | undefined, sheet: string | undefined, w: UiWords): string {
  if (!v) return '';
  if (v.assumed) return w.assumed;
  if (!v.ref) return '';
  return v.ref.sheet !== undefined && v.ref.sheet !== sheet ? `${quoteSheet(v.ref.sheet)}!${v.ref.cell}` : v.ref.cell;
}

function bar(n: NodeResult, barW: number, c: ChalkInstance): string {
  if (n.max.isZero()) return c.dim('·'.repeat(barW));
  const ratio = n.score.div(n.max);
  const filled = Math.max(0, Math.min(barW, Number(ratio.mul(Dec.int(barW)).roundToStep(Dec.ONE).floor())));
  const p = ratio.toNumber();
  const tone = p >= 0.75 ? c.green : p >= 0.5 ? c.yellow : c.red;
  return tone('█'.repeat(filled)) + c.dim('░'.repeat(barW - filled));
}


// ---------------------------------------------------------------------------------------------
// Predicate colour (band-colours.ts: the same ranks as HTML and XLSX, in terminal colours)

export function predicateStyle(p: Predicate, c: ChalkInstance): (s: string) => string {
  if (p.color && /^#[0-9a-fA-F]{6}$/.test(p.color)) return (s) => c.bold.hex(p.color!)(s);
  const name = predicateTone(p);
  return (s) => c.bold[name](s);
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function diagnostics(ds: readonly Diagnostic[], lang: Lang, w: UiWords, c: ChalkInstance, width: number, verbose: boolean): string[] {
  const sorted = sortDiagnostics(ds);
  const counts = SEVERITIES.map((s) => [s, countOf(sorted, s)] as const).filter(([, n]) => n > 0);
  const lines: string[] = [];
  const heading = `${w.diagnostics} (${counts.map(([s, n]) => w.count(n, s)).join(', ')})`;
  lines.push(c.bold(fit(heading, width)));
  const tone: Record<Severity, ChalkInstance> = { error: c.red, warning: c.yellow, info: c.blue };
  for (const [s, n] of counts) {
    if (s === 'info' && !verbose) {
      lines.push(...wrap(w.infoHidden(n), width, '', '  ').map((l) => c.dim(l)));
      continue;
    }
    lines.push(tone[s].bold(fit(w.severityPlural[s], width)));
    for (const d of sorted.filter((x) => x.severity === s)) {
      const [first = '', ...rest] = formatDiagnostic(d, lang).split('\n');
      lines.push(...wrap(first, width, '  ', '    '));
      for (const r of rest) lines.push(...wrap(r.trim(), width, '    ', '      ').map((l) => c.dim(l)));
    }
  }
  return lines;
}

/** Removes trailing spaces that padding left at the end of a line (outside escape codes too). */
function trimEndStyled(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/ +((?:\u001b\[[0-9;]*m)*)$/, '$1');
}
