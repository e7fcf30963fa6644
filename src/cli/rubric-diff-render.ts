/** The output of `merit rubric diff`: text, JSON (`merit-rubric-diff/1`) and Markdown for a review comment. */
import { relative } from 'node:path';
import type { Lang } from '../diagnostics.js';
import type { RubricChange, RubricComparison } from '../rubric/compare.js';
import { cell, code, inline } from '../report/markdown-escape.js';
import { fit } from '../report/layout.js';
import { toolkitText } from '../i18n/index.js';
import type { CliContext } from './context.js';
import type { Impact } from './rubric-toolkit-types.js';

export interface DiffDoc {
  comparison: RubricComparison;
  impact?: Impact;
  sources: { old: string; new: string };
}

const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r === '' || r.startsWith('..') ? p : r;
};

const side = (c: RubricComparison, which: 'old' | 'new', src: string) => `${c[which].id} ${c[which].version}${src !== c[which].id ? ` (${src})` : ''}`;

function changeRow(ch: RubricChange, L: Lang): [string, string, string, string, string] {
  return [ch.scoring ? '*' : ' ', toolkitText(L, 'diffKind', { kind: ch.kind }), ch.target + (ch.detail ? ` · ${ch.detail}` : ''), ch.from ?? '', ch.to ?? ''];
}

export function renderDiffText(doc: DiffDoc, ctx: CliContext): string {
  const L = ctx.lang;
  const c = doc.comparison;
  const t = (k: Parameters<typeof toolkitText>[1], a?: Parameters<typeof toolkitText>[2]) => toolkitText(L, k, a);
  const out: string[] = [ctx.out.bold(t('diffHead', { old: side(c, 'old', doc.sources.old), new: side(c, 'new', doc.sources.new) })), ''];
  if (c.changes.length === 0) out.push(t('diffNone'));
  else {
    out.push(t('diffChanges', { count: c.changes.length, scoring: c.changes.filter((x) => x.scoring).length }));
    const rows = c.changes.map((ch) => changeRow(ch, L));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const w2 = Math.min(40, Math.max(...rows.map((r) => r[2].length)));
    const rest = Math.max(20, ctx.columns - w1 - w2 - 8);
    for (const r of rows) out.push(`  ${r[0]} ${r[1].padEnd(w1)}  ${fit(r[2], w2).padEnd(w2)}  ${fit(`${r[3]} → ${r[4]}`, rest)}`);
    out.push(ctx.out.dim(`  ${t('diffScoringMark')}`));
  }
  out.push('');
  const v = c.verdict;
  out.push(`${t('diffVersion', { from: v.from, to: v.to, bump: v.bump })}; ${t('diffNeedsMajor', { needs: v.needsMajor })}`);
  out.push(v.ok ? ctx.out.green(t('diffVerdictOk')) : ctx.out.red(t('diffVerdictBad', { needs: v.needsMajor })));
  if (doc.impact) {
    const im = doc.impact;
    out.push('', ctx.out.bold(t('diffImpact', { count: im.files.length })));
    const head = [t('diffFile'), t('diffOld', { version: c.old.version }), t('diffNew', { version: c.new.version }), t('diffDelta')];
    const rows = im.files.map((f) => [
      rel(f.file),
      f.old ? `${f.old.score} ${f.old.category}` : t('diffUnreadable'),
      f.new ? `${f.new.score} ${f.new.category}` : t('diffUnreadable'),
      `${f.delta !== undefined && !f.delta.startsWith('-') && f.delta !== '0' ? '+' : ''}${f.delta ?? ''}${f.categoryChanged ? ' !' : ''}${f.errors.length ? ` [${f.errors.join(', ')}]` : ''}`,
    ]);
    const w = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `  ${r.slice(0, 3).map((x, i) => x.padEnd(w[i]!)).join('  ')}  ${r[3]}`.trimEnd();
    out.push(line(head), ...rows.map(line));
    out.push('', t('diffCategoryChanged', { count: im.categoryChanged }));
    out.push('', t('diffDistribution'));
    const wc = Math.max(...im.distribution.map((d) => d.code.length));
    out.push(`  ${''.padEnd(wc)}  ${t('diffBefore').padStart(8)}  ${t('diffAfter').padStart(8)}`);
    for (const d of im.distribution) out.push(`  ${d.code.padEnd(wc)}  ${String(d.before).padStart(8)}  ${String(d.after).padStart(8)}  ${d.label[L]}`);
  }
  return out.join('\n') + '\n';
}

export function renderDiffJson(doc: DiffDoc): string {
  const { comparison: c, impact } = doc;
  return (
    JSON.stringify(
      {
        schema: 'merit-rubric-diff/1',
        old: { ...c.old, source: doc.sources.old },
        new: { ...c.new, source: doc.sources.new },
        verdict: c.verdict,
        changes: c.changes,
        ...(impact ? { impact: { ...impact, files: impact.files.map((f) => ({ ...f, file: rel(f.file) })) } } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

export function renderDiffMarkdown(doc: DiffDoc, L: Lang): string {
  const c = doc.comparison;
  const t = (k: Parameters<typeof toolkitText>[1], a?: Parameters<typeof toolkitText>[2]) => toolkitText(L, k, a);
  const v = c.verdict;
  const out: string[] = [`### ${inline(t('diffHead', { old: side(c, 'old', doc.sources.old), new: side(c, 'new', doc.sources.new) }))}`, ''];
  out.push(`${v.ok ? '✅' : '❌'} ${inline(t(v.ok ? 'diffVerdictOk' : 'diffVerdictBad', { needs: v.needsMajor }).replace(/^[✓✗] /, ''))}`, '');
  out.push(`${inline(t('diffVersion', { from: v.from, to: v.to, bump: v.bump }))}; ${inline(t('diffNeedsMajor', { needs: v.needsMajor }))}`, '');
  if (c.changes.length === 0) out.push(inline(t('diffNone')), '');
  else {
    out.push(inline(t('diffChanges', { count: c.changes.length, scoring: c.changes.filter((x) => x.scoring).length })), '');
    out.push('| | | | | |', '|---|---|---|---|---|');
    for (const ch of c.changes) {
      const r = changeRow(ch, L);
      out.push(`| ${r[0] === '*' ? '⚠' : ''} | ${cell(r[1])} | ${code(r[2], true)} | ${cell(r[3])} | ${cell(r[4])} |`);
    }
    out.push('', `*${inline(t('diffScoringMark')).replace(/^\\\*/, '⚠')}*`, '');
  }
  if (doc.impact) {
    const im = doc.impact;
    out.push(`#### ${inline(t('diffImpact', { count: im.files.length }))}`, '');
    out.push(`| ${cell(t('diffFile'))} | ${cell(t('diffOld', { version: c.old.version }))} | ${cell(t('diffNew', { version: c.new.version }))} | ${cell(t('diffDelta'))} |`, '|---|---|---|---|');
    for (const f of im.files) {
      const s = (x: typeof f.old) => (x ? `${x.score} ${code(x.category, true)}` : cell(t('diffUnreadable')));
      out.push(`| ${code(rel(f.file), true)} | ${s(f.old)} | ${s(f.new)} | ${cell(f.delta ?? '')}${f.categoryChanged ? ' **!**' : ''} |`);
    }
    out.push('', inline(t('diffCategoryChanged', { count: im.categoryChanged })), '');
    out.push(`| | ${cell(t('diffBefore'))} | ${cell(t('diffAfter'))} |`, '|---|---|---|');
    for (const d of im.distribution) out.push(`| ${code(d.code, true)} ${cell(d.label[L])} | ${d.before} | ${d.after} |`);
    out.push('');
  }
  return out.join('\n');
}
