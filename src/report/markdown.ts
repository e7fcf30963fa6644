/**
 * GitHub-flavoured Markdown report, sized for a CI job summary or a PR comment: a summary line
 * with the predicate, the provisional warning as a blockquote, the aspect table, one collapsed
 * `<details>` block per aspect with its criteria and source cells, and the diagnostics.
 *
 * Every piece of text from the evidence or the rubric is escaped for where it lands (table cell,
 * HTML `<summary>`, list item), so a `|`, `<script>` or `*` in a name cannot break the layout.
 */
import type { Diagnostic, Lang, Severity } from '../diagnostics.js';
import { countOf, formatLocation, quoteSheet, sortDiagnostics } from '../diagnostics.js';
import type { Assessment, NodeResult, ValueTrace } from '../scoring/types.js';
import { aspects, assumptionsWithPrevious, num, pct, predicateText, ratioPct, text } from './format.js';
import { arg, hintText, messageText, severityWord, ui, words, type UiWords } from '../i18n/index.js';
import { populationMarkdown } from './population/markdown.js';
import { compositeMarkdown, nextStepsMarkdown, noticeMarkdown, notApplicableMarkdown, profileMarkdown } from './markdown-v2.js';
import { cell, code, html, inline } from './markdown-escape.js';

// The escapes, for the batch summary too.
export { cell, code, html, inline } from './markdown-escape.js';
import { cappedText, categorisedRows, categoryText, hasCategories, isV2, nominalLabel, nominalText, totalIncompleteText } from './v2.js';

export interface MarkdownOptions {
  lang: Lang;
}

export function renderMarkdown(a: Assessment, o: MarkdownOptions): string {
  const { lang } = o;
  const w = ui(lang);
  const out: string[] = [];
  const subject = a.subject.name + (a.subject.period ? ` · ${a.subject.period}` : '');

  // ---- Title and summary --------------------------------------------------------------------
  out.push(`## ${inline(subject)} — ${inline(text(a.rubric.title, lang))}`);
  out.push('');
  // v2: the profile answers come first.
  const profile = profileMarkdown(a, lang);
  if (profile.length) out.push(...profile, '');
  const percent = a.percent ? ` (${pct(a.percent)}%)` : '';
  let summary = `**${w.score}: ${num(a.score)} / ${num(a.max)}**${percent}`;
  const nominal = nominalText(a);
  if (nominal !== undefined) summary += ` · ${inline(nominalLabel(a, lang))}: **${inline(nominal)}**`;
  summary += ` · **${w.predicate}: ${inline(predicateText(a.predicate, lang))}**`;
  summary += ` · ${w.coverage}: ${ratioPct(a.coverage)}%`;
  out.push(summary);
  const capped = cappedText(a.predicate, a, lang);
  if (capped) out.push('', `${w.predicate}: ${inline(capped)}`);
  if (!a.selfScore.eq(a.score) || a.selfPredicate.code !== a.predicate.code) {
    out.push('');
    out.push(`${w.selfTotal}: ${num(a.selfScore)} (${inline(predicateText(a.selfPredicate, lang))})`);
  }
  out.push('');
  const sheet = a.input.sheet ? ` (${inline(a.input.sheet)})` : '';
  out.push(
    `${w.file}: ${code(a.input.path)}${sheet} · ${w.rubric}: ${code(`${a.rubric.id}@${a.rubric.version}`)} (${w.rubricStatus[a.rubric.status]})` +
      (a.rubric.base ? ` · ${w.v2.baseRubric}: ${code(`${a.rubric.base.id}@${a.rubric.base.version}`)}` : ''),
  );

  // ---- Warnings -----------------------------------------------------------------------------
  const incomplete = totalIncompleteText(a, lang);
  if (incomplete) out.push('', `> **${inline(incomplete)}**`);
  if (a.provisional.rubric || a.provisional.parts.length > 0) {
    out.push('');
    out.push(`> ${inline(w.provisionalWarning(a.provisional.parts.length))}`);
  }
  // v2: the rubric's notice, under the provisional warning.
  const notice = noticeMarkdown(a, lang);
  if (notice.length) out.push(a.provisional.rubric || a.provisional.parts.length > 0 ? '>' : '', ...notice);
  if (a.assumptions.length > 0) {
    out.push('');
    out.push(`> ${inline(w.assumptionsWarning(a.assumptions.length))}`);
    const list = assumptionsWithPrevious(a).map((x) => code(`${x.code}=${x.value}`) + (x.previous ? ` (${inline(w.wasValue(plainValue(x.previous, lang)))})` : ''));
    out.push(`> ${w.assumptions}: ${list.join(', ')}`);
  }

  // ---- Aspect table -------------------------------------------------------------------------
  out.push('');
  out.push(`### ${w.aspects}`);
  out.push('');
  // v2: categorised groups below the aspects too, and a category column.
  const v2 = isV2(a) && !a.population;
  const withCategory = v2 && hasCategories(a);
  out.push(`| ${w.code} | ${w.aspect} | ${w.score} | ${w.max} | ${w.percent} |${withCategory ? ` ${w.v2.category} |` : ''}`);
  out.push(`|---|---|--:|--:|--:|${withCategory ? '---|' : ''}`);
  for (const x of v2 ? categorisedRows(a) : aspects(a)) {
    const indent = '&nbsp;&nbsp;'.repeat(Math.max(0, x.depth - 1));
    const category = withCategory ? ` ${x.category ? cell(categoryText(x.category, lang)) : ''} |` : '';
    out.push(`| ${indent}${cell(x.code)}${provisionalMark(x)} | ${cell(text(x.name, lang))} | ${num(x.score)} | ${num(x.max)} | ${pct(x.percent)} |${category}`);
  }
  const totalCategory = withCategory ? ` **${cell(categoryText(a.predicate, lang))}** |` : '';
  out.push(`| | **${a.root.score.eq(a.score) ? w.total_row : a.population ? w.population.totalUnrounded : w.total_row_unrounded}** | **${num(a.root.score)}** | **${num(a.root.max)}** | **${pct(a.root.percent)}** |${totalCategory}`);
  if (v2) out.push(...compositeMarkdown(a, lang), ...notApplicableMarkdown(a, lang), ...nextStepsMarkdown(a, lang));

  // ---- Record rubrics: the population instead of criteria (a population's leaves are means) -
  if (a.population) out.push('', ...populationMarkdown(a, lang, inline));

  // ---- Criteria per aspect ------------------------------------------------------------------
  if (!a.population) {
    out.push('');
    out.push(`### ${w.criteria}`);
  }
  for (const x of a.population ? [] : aspects(a)) {
    out.push('');
    out.push('<details>');
    const category = x.category ? ` · ${html(categoryText(x.category, lang))}` : '';
    out.push(
      `<summary><b>${html(x.code)}</b> ${html(text(x.name, lang))} — ${num(x.score)} / ${num(x.max)}${x.percent ? ` (${pct(x.percent)}%)` : ''}${category}</summary>`,
    );
    out.push('');
    out.push(`| ${w.code} | ${w.name} | ${w.self} → ${w.verified} | ${w.points} | ${w.max} | ${w.sourceCell} | ${w.evidence} |`);
    out.push('|---|---|:-:|--:|--:|---|---|');
    // v2: a leaf directly under the root (a composite's survey, its correction) is its own row.
    for (const leaf of v2 && x.kind === 'leaf' ? [x] : leavesOf(x)) out.push(leafRow(leaf, a, lang, w));
    out.push('');
    out.push('</details>');
  }
  const legend: string[] = [];
  if ([...allLeaves(a.root)].some((l) => l.trace?.self?.assumed || l.trace?.verified?.assumed)) legend.push(`\\* ${w.assumed}`);
  if ([...allNodes(a.root)].some(isProvisional)) legend.push(`† ${w.provisional.toLowerCase()}`);
  if (legend.length) {
    out.push('');
    out.push(legend.join(' · '));
  }

  // ---- Diagnostics --------------------------------------------------------------------------
  if (a.diagnostics.length > 0) {
    out.push('');
    for (const line of diagnostics(a.diagnostics, lang, w)) out.push(line);
  }

  out.push('');
  out.push(`<sub>merit ${html(a.tool.version)} · ${html(a.rubric.id)}@${html(a.rubric.version)} · sha256 ${html(a.rubric.sha256.slice(0, 12))}</sub>`);
  return out.join('\n') + '\n';
}

function leafRow(leaf: NodeResult, a: Assessment, lang: Lang, w: UiWords): string {
  const t = leaf.trace;
  // What-if: the file's verified value the assumed one replaced.
  const replaced = t?.replaced ? ` (${inline(w.wasValue(plainValue(t.replaced, lang)))})` : '';
  const levels = `${valueText(t?.self, lang)} → ${valueText(t?.verified, lang)}${replaced}`;
  const used = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
  let source = used ? refText(used, a.input.sheet, w) : '';
  if (leaf.status !== 'scored') source = [source, `*${w.nodeStatus[leaf.status]}*`].filter(Boolean).join(' ');
  return `| ${cell(leaf.code)}${provisionalMark(leaf)} | ${cell(text(leaf.name, lang))} | ${levels} | ${num(leaf.score)} | ${num(leaf.max)} | ${source} | ${cell(t?.evidence ?? '')} |`;
}

function valueText(v: ValueTrace | undefined, lang: Lang): string {
  if (!v) return '–';
  const s = cell(plainValue(v, lang));
  return v.assumed ? `${s}\\*` : s;
}

/** A value as text, unescaped (the caller escapes the sentence it goes into). */
function plainValue(v: ValueTrace, lang: Lang): string {
  const value = v.parsed !== null ? v.parsed : v.raw;
  return value === null ? '?' : typeof value === 'boolean' ? arg(value, lang) : String(value);
}

function refText(v: ValueTrace, sheet: string | undefined, w: UiWords): string {
  if (v.assumed) return `*${w.assumed}*`;
  if (!v.ref) return '';
  const ref = v.ref.sheet !== undefined && v.ref.sheet !== sheet ? `${quoteSheet(v.ref.sheet)}!${v.ref.cell}` : v.ref.cell;
  return code(ref, true);
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** More diagnostics than this: warnings and info fold into a `<details>` block (errors stay open). */
const FOLD_DIAGNOSTICS = 10;

function diagnostics(ds: readonly Diagnostic[], lang: Lang, w: UiWords): string[] {
  const sorted = sortDiagnostics(ds);
  const counts = SEVERITIES.map((s) => [s, countOf(sorted, s)] as const).filter(([, n]) => n > 0);
  const out = [`### ${w.diagnostics} (${counts.map(([s, n]) => w.count(n, s)).join(', ')})`, ''];
  const item = (d: Diagnostic): string[] => {
    const loc = formatLocation(d.location);
    let line = `- **${severityWord(d.severity, lang)}**`;
    if (loc) line += ` ${code(loc)}`;
    line += `: ${inline(messageText(d, lang))} ${code(d.code)}`;
    const hint = hintText(d, lang);
    return hint ? [line, `  ${words(lang).common.hintHeading}: ${inline(hint)}`] : [line];
  };
  if (sorted.length <= FOLD_DIAGNOSTICS) {
    for (const d of sorted) out.push(...item(d));
    return out;
  }
  const errors = sorted.filter((d) => d.severity === 'error');
  const rest = sorted.filter((d) => d.severity !== 'error');
  for (const d of errors) out.push(...item(d));
  if (errors.length) out.push('');
  const restCounts = counts.filter(([s]) => s !== 'error');
  out.push('<details>');
  out.push(`<summary>${restCounts.map(([s, n]) => w.count(n, s)).join(', ')}</summary>`);
  out.push('');
  for (const d of rest) out.push(...item(d));
  out.push('');
  out.push('</details>');
  return out;
}

// ---------------------------------------------------------------------------------------------

function isProvisional(n: NodeResult): boolean {
  return !!n.provenance && n.provenance.confidence !== 'confirmed';
}

function provisionalMark(n: NodeResult): string {
  return isProvisional(n) ? ' †' : '';
}

function* leavesOf(n: NodeResult): Generator<NodeResult> {
  for (const c of n.children ?? []) {
    if (c.kind === 'leaf') yield c;
    else yield* leavesOf(c);
  }
}

function* allNodes(n: NodeResult): Generator<NodeResult> {
  for (const c of n.children ?? []) {
    yield c;
    yield* allNodes(c);
  }
}

function* allLeaves(n: NodeResult): Generator<NodeResult> {
  for (const c of allNodes(n)) if (c.kind === 'leaf') yield c;
}
