/**
 * Markdown summary of a batch, sized for a CI job summary (`$GITHUB_STEP_SUMMARY`) or a PR
 * comment: a headline with the counts and the exit code, the ranked table, the score statistics,
 * the files per predicate, then the files that could not be scored, evidence errors and failed
 * gates. Long lists fold into `<details>`. Text from files and rubrics is escaped as in
 * markdown.ts, so a `|` or `<script>` in an agency name cannot break the table.
 */
import { formatLocation, sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics.js';
import { diagnosticCounts, gateStatus, ranked, type BatchItem, type BatchResult } from '../scoring/batch.js';
import { num, predicateText, ratioPct } from './format.js';
import { cell, code, html, inline } from './markdown.js';
import { messageText, batchWords, type BatchWords, ui } from '../i18n/index.js';
import { batchIsV2, categoryCodes, categoryOf, nominalCell } from './batch-v2.js';
import { categoryText } from './v2.js';
import { noticeText } from './next-steps.js';

export interface BatchMarkdownOptions {
  lang: Lang;
}

/** Files listed per section before the rest folds into `<details>`. */
const FOLD = 10;
/** Diagnostics listed per file. */
const PER_FILE = 3;

export function renderBatchMarkdown(r: BatchResult, o: BatchMarkdownOptions): string {
  const w = ui(o.lang);
  const b = batchWords(o.lang);
  const s = r.summary;
  const out: string[] = [];
  out.push(`## merit · ${inline(b.title)} · ${code(`${r.rubric.id}@${r.rubric.version}`)}`);
  out.push('');
  const counts = [`**${b.files(s.files)}**`, b.scored(s.scored), s.failed ? `**${b.failed(s.failed)}**` : b.failed(0)];
  if (s.gateFailures) counts.push(`**${b.gateFailures(s.gateFailures)}**`);
  if (s.withErrors) counts.push(`**${b.withErrors(s.withErrors)}**`);
  out.push(`${counts.join(' · ')} · ${b.exitCode}: **${s.exitCode}**`);
  if (r.rubric.status === 'provisional') {
    out.push('');
    out.push(`> ${inline(b.provisionalNote)}`);
  }
  // v2: the rubric's notice, once, under the provisional note.
  const notice = noticeText(r, o.lang);
  if (notice) out.push(r.rubric.status === 'provisional' ? '>' : '', `> **${inline(ui(o.lang).v2.nextSteps.notice)}:** ${inline(notice)}`);

  out.push('');
  out.push(`| ${b.rank} | ${w.agency} | ${w.period} | ${w.score} | ${w.max} | ${w.predicate} | ${w.coverage} | ${b.gates} | ${b.errors} | ${b.warnings} | ${b.file} |`);
  out.push('|--:|---|---|--:|--:|---|--:|:-:|--:|--:|---|');
  const rows = ranked(r.items).map(({ item, rank }) => {
    const a = item.assessment;
    const { errors, warnings } = diagnosticCounts(item);
    const gate = gateStatus(item);
    return [
      rank === undefined ? '' : String(rank),
      a ? cell(a.subject.name) : '',
      a?.subject.period !== undefined ? cell(a.subject.period) : '',
      a ? num(a.score) : '–',
      a ? num(a.max) : '–',
      a ? cell(predicateText(a.predicate, o.lang)) : `**${inline(b.unreadable)}**`,
      a ? `${ratioPct(a.coverage)}%` : '–',
      gate === 'failed' ? `**${b.gateStatus.failed}**` : b.gateStatus[gate],
      errors ? `**${errors}**` : '0',
      String(warnings),
      code(item.input, true),
    ];
  });
  for (const cells of rows.slice(0, rows.length > FOLD * 2 ? FOLD * 2 : rows.length)) out.push(`| ${cells.join(' | ')} |`);
  if (rows.length > FOLD * 2) {
    // GitHub cannot fold table rows: the rest of the ranking is a second table in <details>.
    out.push('');
    out.push('<details>');
    out.push(`<summary>${html(b.more(rows.length - FOLD * 2))}</summary>`);
    out.push('');
    out.push(`| ${b.rank} | ${w.agency} | ${w.period} | ${w.score} | ${w.max} | ${w.predicate} | ${w.coverage} | ${b.gates} | ${b.errors} | ${b.warnings} | ${b.file} |`);
    out.push('|--:|---|---|--:|--:|---|--:|:-:|--:|--:|---|');
    for (const cells of rows.slice(FOLD * 2)) out.push(`| ${cells.join(' | ')} |`);
    out.push('');
    out.push('</details>');
  }

  if (s.scored > 0) {
    out.push('');
    out.push(`${b.mean}: **${num(s.mean, 2)}** · ${b.median}: **${num(s.median)}** · ${b.min}: ${num(s.min)} · ${b.max}: ${num(s.max)}`);
  }

  out.push('');
  out.push(`### ${inline(b.byPredicate)}`);
  out.push('');
  out.push(`| ${w.predicate} | ${b.count} |`);
  out.push('|---|--:|');
  for (const p of [...s.byPredicate].reverse()) out.push(`| ${cell(predicateText({ ...p }, o.lang))} | ${p.count} |`);

  // v2: each file's nominal figure, categories and incomplete total, as a second table.
  if (batchIsV2(r)) out.push('', ...v2Table(r, o.lang));

  const failed = r.items.filter((i) => i.status === 'failed');
  const withErrors = r.items.filter((i) => i.status === 'scored' && diagnosticCounts(i).errors > 0);
  const gateFailed = r.items.filter((i) => gateStatus(i) === 'failed');
  if (failed.length) out.push('', ...section(b.failuresHeading(failed.length), failed.map((i) => fileItem(i, o.lang, b))));
  if (withErrors.length) out.push('', ...section(b.errorsHeading(withErrors.length), withErrors.map((i) => fileItem(i, o.lang, b))));
  if (gateFailed.length) {
    const items = gateFailed.map((i) => [
      `- ${code(i.input)}: ${i.gates
        .filter((g) => !g.passed)
        .map((g) => inline(b.gateLine(g.gate, g.expected, g.found)))
        .join('; ')}`,
    ]);
    out.push('', ...section(b.gateFailuresHeading(gateFailed.length), items));
  }

  out.push('');
  out.push(`<sub>merit ${html(r.tool.version)} · ${html(r.rubric.id)}@${html(r.rubric.version)} · sha256 ${html(r.rubric.sha256.slice(0, 12))}</sub>`);
  return out.join('\n') + '\n';
}

function v2Table(r: BatchResult, lang: Lang): string[] {
  const w = ui(lang);
  const b = batchWords(lang);
  const codes = categoryCodes(r);
  const out = [`### ${inline(w.v2.batchHeading)}`, ''];
  out.push(`| ${b.rank} | ${w.agency} | ${w.v2.nominal} | ${codes.map((c) => cell(c)).join(' | ')}${codes.length ? ' | ' : ''}${w.v2.incompleteHead} |`);
  out.push(`|--:|---|--:|${codes.map(() => '---|').join('')}---|`);
  for (const { item, rank } of ranked(r.items)) {
    const a = item.assessment;
    if (!a) continue;
    const cats = codes.map((c) => {
      const p = categoryOf(a, c);
      return p ? cell(categoryText(p, lang)) : '';
    });
    const inc = a.incomplete ? `**${cell(a.incomplete.missing.join(', '))}**` : '';
    out.push(`| ${rank ?? ''} | ${cell(a.subject.name)} | ${cell(nominalCell(a))} | ${cats.join(' | ')}${codes.length ? ' | ' : ''}${inc} |`);
  }
  return out;
}

function section(heading: string, items: string[][]): string[] {
  const out = [`### ${inline(heading)}`, ''];
  for (const lines of items.slice(0, FOLD)) out.push(...lines);
  if (items.length > FOLD) {
    out.push('', '<details>', `<summary>${html(String(items.length - FOLD))} …</summary>`, '');
    for (const lines of items.slice(FOLD)) out.push(...lines);
    out.push('', '</details>');
  }
  return out;
}

function fileItem(i: BatchItem, lang: Lang, b: BatchWords): string[] {
  const errors = sortDiagnostics(i.diagnostics).filter((d) => d.severity === 'error');
  const lines = [`- ${code(i.input)}`];
  for (const d of errors.slice(0, PER_FILE)) lines.push(`  - ${diagnosticLine(d, i.input, lang)}`);
  if (errors.length > PER_FILE) lines.push(`  - ${inline(b.more(errors.length - PER_FILE))}`);
  return lines;
}

function diagnosticLine(d: Diagnostic, file: string, lang: Lang): string {
  const loc = formatLocation(d.location?.file === file ? { ...d.location, file: undefined } : d.location);
  return `${loc ? `${code(loc)}: ` : ''}${inline(messageText(d, lang))} ${code(d.code)}`;
}
