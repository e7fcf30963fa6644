/**
 * Year over year (`merit diff 2025/ 2026/`) as text, Markdown and JSON (`merit-batch-diff/1`,
 * schemas/merit-batch-diff-1.schema.json): the means, the largest rises and falls, the agencies that
 * fell a category, the transition matrix between categories, the agencies present in only one year,
 * and — when the rubric changed — the mean rubric and evidence effects. Pure.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { nationalWords, type NationalWords } from '../i18n/index.js';
import { visibleAll } from '../i18n/visible.js';
import type { AgencyMove, BatchDiffResult } from '../scoring/batch-diff.js';
import type { RubricSplit } from '../scoring/diff.js';
import { num, predicateText, text } from './format.js';
import { cell as mdCell, code as mdCode, inline as mdInline } from './markdown-escape.js';

export const BATCH_DIFF_SCHEMA = 'merit-batch-diff/1';

const signed = (d: Dec | null, decimals = 4): string => (d === null ? '–' : `${d.isZero() ? '±' : d.gt(ZERO) ? '+' : ''}${num(d, decimals)}`);
const ZERO = Dec.int(0);

function moveLine(m: AgencyMove, lang: Lang): string {
  return `${signed(m.delta).padStart(9)}  ${m.name}  ${num(m.a.score)} ${predicateText(m.a.predicate, lang)} → ${num(m.b.score)} ${predicateText(m.b.predicate, lang)}`;
}

function head(r: BatchDiffResult, w: NationalWords['diff']): string[] {
  const bySubject = r.matched.filter((m) => m.by === 'subject').length;
  return [
    `${w.title} · ${w.rubrics(r.rubric.a, r.rubric.b)}${r.rubric.same ? ` (${w.sameRubric})` : ''}`,
    w.matched(r.matched.length, bySubject),
    w.means(num(r.mean.a, 2), num(r.mean.b, 2), signed(r.mean.delta, 2)),
    w.regressions(r.regressions.length),
  ];
}

/** The matrix as rows of cells: the corner and the codes, then one row per old category. */
function matrix(r: BatchDiffResult, w: NationalWords['diff']): string[][] {
  const t = r.transitions;
  return [[w.fromTo, ...t.codes], ...t.codes.map((c, i) => [c, ...t.counts[i]!.map(String)])];
}

export function renderBatchDiffText(r: BatchDiffResult, o: { lang: Lang }): string {
  // Agency names and paths came from files: shown with their control characters made visible.
  [r] = visibleAll(r);
  const w = nationalWords(o.lang).diff;
  const out = [...head(r, w), ''];
  out.push(w.rises, ...(r.rises.length ? r.rises.map((m) => moveLine(m, o.lang)) : [`  ${w.noneMoved}`]), '');
  out.push(w.falls, ...(r.falls.length ? r.falls.map((m) => moveLine(m, o.lang)) : [`  ${w.noneMoved}`]), '');
  out.push(w.transitions);
  const rows = matrix(r, w);
  const width = Math.max(...rows.flat().map((c) => c.length));
  for (const row of rows) out.push(`  ${row.map((c, k) => (k === 0 ? c.padEnd(width) : c.padStart(Math.max(4, rows[0]![k]!.length)))).join('  ')}`);
  out.push('');
  for (const [title, list] of [
    [w.onlyA(r.onlyA.length), r.onlyA],
    [w.onlyB(r.onlyB.length), r.onlyB],
  ] as const) {
    out.push(title, ...(list.length ? list.map((x) => `  ${x.name}  ${x.input}${x.scored ? '' : ` (${w.notScored})`}`) : [`  ${w.noneMoved}`]), '');
  }
  if (r.split) {
    out.push(w.split, `  ${w.splitLine(signed(r.split.rubricEffect, 2), signed(r.split.evidenceEffect, 2), r.split.agencies)}`);
    if (r.split.unavailable) out.push(`  ${w.splitUnavailable(r.split.unavailable)}`);
    out.push('');
  }
  return out.join('\n');
}

export function renderBatchDiffMarkdown(r: BatchDiffResult, o: { lang: Lang }): string {
  const w = nationalWords(o.lang).diff;
  const [title, ...rest] = head(r, w);
  const out = [`## ${mdInline(title!)}`, '', ...rest.map((l) => `- ${mdInline(l)}`), ''];
  const moves = (heading: string, list: readonly AgencyMove[]): void => {
    out.push(`### ${heading}`, '');
    if (!list.length) return void out.push(w.noneMoved, '');
    out.push(`| ${w.agency} | ${w.old} | ${w.new} | ${w.change} |`, '|---|---|---|---:|');
    for (const m of list) out.push(`| ${mdCell(m.name)} | ${num(m.a.score)} ${mdCell(predicateText(m.a.predicate, o.lang))} | ${num(m.b.score)} ${mdCell(predicateText(m.b.predicate, o.lang))} | ${signed(m.delta)} |`);
    out.push('');
  };
  moves(w.rises, r.rises);
  moves(w.falls, r.falls);
  const rows = matrix(r, w);
  out.push(`### ${w.transitions}`, '', `| ${rows[0]!.map(mdCell).join(' | ')} |`, `|---|${rows[0]!.slice(1).map(() => '---:').join('|')}|`);
  for (const row of rows.slice(1)) out.push(`| ${row.map(mdCell).join(' | ')} |`);
  out.push('');
  for (const [heading, list] of [
    [w.onlyA(r.onlyA.length), r.onlyA],
    [w.onlyB(r.onlyB.length), r.onlyB],
  ] as const) {
    out.push(`### ${heading}`, '');
    if (!list.length) out.push(w.noneMoved);
    for (const x of list) out.push(`- ${mdInline(x.name)} (${mdCode(x.input)})${x.scored ? '' : ` — ${w.notScored}`}`);
    out.push('');
  }
  if (r.split) {
    out.push(`### ${w.split}`, '', `- ${w.splitLine(signed(r.split.rubricEffect, 2), signed(r.split.evidenceEffect, 2), r.split.agencies)}`);
    if (r.split.unavailable) out.push(`- ${w.splitUnavailable(r.split.unavailable)}`);
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// JSON

const n = (d: Dec | null | undefined): number | null => (d ? d.toNumber() : null);

function splitObject(s: RubricSplit): Record<string, unknown> {
  if (s.unavailable) return { unavailable: s.unavailable, ...(s.needed !== undefined ? { needed: s.needed } : {}) };
  return { rescored: { score: n(s.rescored!.score), predicate: s.rescored!.predicate.code }, rubricEffect: n(s.rubricEffect), evidenceEffect: n(s.evidenceEffect) };
}

function moveObject(m: AgencyMove): Record<string, unknown> {
  return {
    name: m.name,
    by: m.by,
    a: { input: m.a.input, score: n(m.a.score), predicate: m.a.predicate.code },
    b: { input: m.b.input, score: n(m.b.score), predicate: m.b.predicate.code },
    delta: n(m.delta),
    change: m.change,
    ...(m.split ? { split: splitObject(m.split) } : {}),
  };
}

export function renderBatchDiffJson(r: BatchDiffResult, o: { tool: { name: string; version: string }; lang: Lang }): string {
  const label = (i: number) => text(r.transitions.labels[i], o.lang);
  const out = {
    schema: BATCH_DIFF_SCHEMA,
    tool: o.tool,
    rubric: r.rubric,
    mean: { a: n(r.mean.a), b: n(r.mean.b), delta: n(r.mean.delta) },
    matched: r.matched.map(moveObject),
    rises: r.rises.map((m) => m.name),
    falls: r.falls.map((m) => m.name),
    regressions: r.regressions.map((m) => ({ name: m.name, from: m.a.predicate.code, to: m.b.predicate.code })),
    transitions: { codes: r.transitions.codes, labels: r.transitions.codes.map((_, i) => label(i)), counts: r.transitions.counts },
    onlyA: r.onlyA,
    onlyB: r.onlyB,
    ...(r.split ? { split: { agencies: r.split.agencies, unavailable: r.split.unavailable, rubricEffect: n(r.split.rubricEffect), evidenceEffect: n(r.split.evidenceEffect) } } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
