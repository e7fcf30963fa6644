/** The output of `merit rubric test`: text (a line per fixture, mismatches under it), JSON (`merit-rubric-test-run/1`) and JUnit XML. */
import { relative } from 'node:path';
import type { Lang } from '../diagnostics.js';
import { attr, textNode } from '../report/batch-junit.js';
import { formatDiagnostic, toolkitText } from '../i18n/index.js';
import type { CliContext } from './context.js';
import type { FixtureResult, TestRun } from './rubric-toolkit-types.js';

const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r === '' || r.startsWith('..') ? p : r;
};

function counts(run: TestRun) {
  const n = (s: FixtureResult['status']) => run.fixtures.filter((f) => f.status === s).length;
  return { pass: n('pass'), fail: n('fail'), broken: n('broken'), written: n('written'), total: run.fixtures.length };
}

export function renderTestText(run: TestRun, ctx: CliContext): string {
  const L = ctx.lang;
  const out: string[] = [ctx.out.bold(toolkitText(L, 'testHead', { rubric: run.rubric.id, version: run.rubric.version, count: run.fixtures.length }))];
  for (const f of run.fixtures) {
    const found = f.score !== undefined ? `  ${f.score} · ${f.predicate}` : '';
    const note = f.description ? ctx.out.dim(`  — ${f.description}`) : '';
    const mark =
      f.status === 'pass' ? ctx.out.green('✓') : f.status === 'fail' ? ctx.out.red('✗') : f.status === 'broken' ? ctx.out.red('!') : ctx.out.cyan('✎');
    const word = f.status === 'pass' ? '' : ` (${toolkitText(L, f.status === 'fail' ? 'testFail' : f.status === 'broken' ? 'testBroken' : 'testWritten')})`;
    out.push(`${mark} ${rel(f.evidence)}${found}${word}${note}`);
    for (const m of f.mismatches) out.push(`    ${toolkitText(L, 'testMismatch', { ...m })}`);
    for (const d of f.problems) out.push(formatDiagnostic(d, L).split('\n').map((l) => `    ${l}`).join('\n'));
  }
  out.push(toolkitText(L, 'testSummary', counts(run)));
  return out.join('\n') + '\n';
}

export function renderTestJson(run: TestRun, lang: Lang): string {
  const doc = {
    schema: 'merit-rubric-test-run/1',
    rubric: run.rubric,
    ...counts(run),
    fixtures: run.fixtures.map((f) => ({
      evidence: rel(f.evidence),
      expect: rel(f.expect),
      status: f.status,
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.score !== undefined ? { score: f.score, predicate: f.predicate } : {}),
      mismatches: f.mismatches,
      problems: f.problems.map((d) => ({ code: d.code, severity: d.severity, args: d.args, ...(d.location ? { location: d.location } : {}), message: formatDiagnostic(d, lang) })),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** JUnit XML (Jenkins/Ant shape, as the batch writer): one testcase per fixture; a mismatch or a broken fixture is a failure. */
export function renderTestJunit(run: TestRun, lang: Lang): string {
  const c = counts(run);
  const failures = c.fail + c.broken;
  const suite = toolkitText(lang, 'testSuite', { rubric: `${run.rubric.id}@${run.rubric.version}` });
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="merit rubric test" tests="${c.total}" failures="${failures}" errors="0">`);
  out.push(`  <testsuite name="${attr(suite)}" tests="${c.total}" failures="${failures}" errors="0" skipped="0">`);
  for (const f of run.fixtures) {
    out.push(`    <testcase name="${attr(rel(f.evidence))}" classname="${attr(`merit.rubric.${run.rubric.id}`)}">`);
    if (f.status === 'fail') {
      const body = f.mismatches.map((m) => toolkitText(lang, 'testMismatch', { ...m })).join('\n');
      out.push(`      <failure message="${attr(toolkitText(lang, 'testMismatchCount', { count: f.mismatches.length }))}" type="mismatch">${textNode(body)}</failure>`);
    } else if (f.status === 'broken') {
      const body = f.problems.map((d) => formatDiagnostic(d, lang)).join('\n');
      out.push(`      <failure message="${attr(toolkitText(lang, 'testBrokenMessage'))}" type="${attr(f.problems[0]?.code ?? 'broken')}">${textNode(body)}</failure>`);
    }
    if (f.score !== undefined) out.push(`      <system-out>${textNode(`${f.score} · ${f.predicate}`)}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
}
