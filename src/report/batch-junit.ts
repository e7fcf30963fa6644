/**
 * JUnit XML for CI test reports: one `<testsuite>` for the batch and one `<testcase>` per input
 * file (name: the input path). A file passes when it was scored without an error and passed
 * every gate. Otherwise its testcase has one `<failure>` per problem: `type="gate"` for each
 * failed gate ("expected >= 250, found 194.5"), and the diagnostic code (EVIDENCE_CORRUPT,
 * SCORE_LEVEL_OUT_OF_RANGE, ...) for a file that could not be scored or whose evidence has
 * errors, with every error in the body. A scored file's score and predicate are in its
 * `<system-out>`. Everything is a failure, never an `<error>`: for a CI job both are the user's
 * to fix, and every viewer shows failures.
 *
 * The shape follows the widely used Jenkins/Ant schema (junit-10.xsd): only its elements and
 * attributes. With `deterministic` there is no `timestamp` and no `time`, so the bytes depend on
 * the inputs alone.
 */
import { sortDiagnostics, type Lang } from '../diagnostics.js';
import { diagnosticCounts, type BatchItem, type BatchResult } from '../scoring/batch.js';
import { num, predicateText, ratioPct } from './format.js';
import { formatDiagnostic, batchWords, ui } from '../i18n/index.js';
import { incompleteCell, nominalCell } from './batch-v2.js';

export interface BatchJunitOptions {
  lang: Lang;
  deterministic: boolean;
}

interface Failure {
  type: string;
  message: string;
  body: string;
}

export function renderBatchJunit(r: BatchResult, o: BatchJunitOptions): string {
  const b = batchWords(o.lang);
  const cases = r.items.map((item) => ({ item, failures: failuresOf(item, o.lang) }));
  const failures = cases.filter((c) => c.failures.length > 0).length;
  const total = r.items.reduce((t, i) => t + (i.ms ?? 0), 0);
  const time = (ms: number | undefined): string => (o.deterministic || ms === undefined ? '' : ` time="${(ms / 1000).toFixed(3)}"`);
  const suite = b.suiteName(`${r.rubric.id}@${r.rubric.version}`);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="merit" tests="${r.items.length}" failures="${failures}" errors="0"${time(total)}>`);
  const stamp = !o.deterministic && r.generatedAt ? ` timestamp="${attr(r.generatedAt.replace(/\.\d+Z$|Z$/, ''))}"` : '';
  out.push(`  <testsuite name="${attr(suite)}" tests="${r.items.length}" failures="${failures}" errors="0" skipped="0"${time(total)}${stamp}>`);
  out.push('    <properties>');
  const props: [string, string][] = [
    ['rubric', `${r.rubric.id}@${r.rubric.version}`],
    ['rubric.sha256', r.rubric.sha256],
    ['rubric.status', r.rubric.status],
    ['merit.version', r.tool.version],
  ];
  if (r.gates.failUnder !== undefined) props.push(['gate.fail-under', r.gates.failUnder.toString()]);
  if (r.gates.minPredicate !== undefined) props.push(['gate.min-predicate', r.gates.minPredicate]);
  if (r.gates.minCoverage !== undefined) props.push(['gate.min-coverage', r.gates.minCoverage.toString()]);
  for (const m of r.gates.minAspect ?? []) props.push(['gate.min-aspect', `${m.code}=${m.score?.toString() ?? m.band!}`]);
  if (r.gates.maxWarnings !== undefined) props.push(['gate.max-warnings', String(r.gates.maxWarnings)]);
  for (const [k, v] of props) out.push(`      <property name="${attr(k)}" value="${attr(v)}"/>`);
  out.push('    </properties>');
  for (const { item, failures: fs } of cases) {
    out.push(`    <testcase name="${attr(item.input)}" classname="${attr(`merit.${r.rubric.id}`)}"${time(item.ms)}>`);
    for (const f of fs) out.push(`      <failure message="${attr(f.message)}" type="${attr(f.type)}">${textNode(f.body)}</failure>`);
    const summary = summaryLine(item, o.lang);
    if (summary) out.push(`      <system-out>${textNode(summary)}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>');
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function failuresOf(item: BatchItem, lang: Lang): Failure[] {
  const b = batchWords(lang);
  const out: Failure[] = [];
  const errors = sortDiagnostics(item.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const head = item.status === 'failed' ? b.unreadableMessage : b.evidenceErrorMessage;
    out.push({
      type: errors[0]!.code,
      message: `${head}: ${formatDiagnostic(errors[0]!, lang).split('\n')[0]}${errors.length > 1 ? ` (+${errors.length - 1})` : ''}`,
      body: errors.map((d) => formatDiagnostic(d, lang)).join('\n'),
    });
  } else if (item.status === 'failed') {
    out.push({ type: 'unreadable', message: b.unreadableMessage, body: '' });
  }
  for (const g of item.gates) {
    if (g.passed) continue;
    const line = b.gateLine(g.gate, g.expected, g.found);
    out.push({ type: 'gate', message: `${b.gateFailedMessage}: ${line}`, body: line });
  }
  return out;
}

function summaryLine(item: BatchItem, lang: Lang): string {
  const a = item.assessment;
  if (!a) return '';
  const w = ui(lang);
  const { errors, warnings } = diagnosticCounts(item);
  const who = a.subject.name + (a.subject.period ? ` · ${a.subject.period}` : '');
  // v2: the nominal figure and an incomplete total, next to the score.
  const nominal = nominalCell(a);
  const v2 = (nominal ? ` · ${nominal}` : '') + (a.incomplete ? ` · ${incompleteCell(a, lang)}` : '');
  return `${who}: ${w.outOf(num(a.score), num(a.max))}${v2} · ${predicateText(a.predicate, lang)} · ${w.coverage} ${ratioPct(a.coverage)}% · ${w.count(errors, 'error')}, ${w.count(warnings, 'warning')}`;
}

/** Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

function clean(s: string): string {
  // Keep valid surrogate pairs: the `u` flag above matches lone surrogates only.
  return s.replace(INVALID, '\ufffd');
}

export function attr(s: string): string {
  return clean(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function textNode(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
