/** The booklet (`merit rubric show --format md`) as Markdown: one `##` section per top-level node, criteria with their level tables. */
import { cell, code, inline } from '../report/markdown-escape.js';
import { rubricText, toolkitText } from '../i18n/index.js';
import { VERSION } from '../version.js';
import type { Booklet, BookletBand, BookletNode } from './rubric-booklet.js';

export function renderBookletMarkdown(b: Booklet): string {
  const L = b.lang;
  const t = (k: Parameters<typeof toolkitText>[1], a?: Parameters<typeof toolkitText>[2]) => toolkitText(L, k, a);
  const out: string[] = [];
  out.push(`# ${inline(b.title)}`, '', `*${inline(t('bookletKicker'))}* · ${code(`${b.id} ${b.version}`)} · ${inline(b.status)}`, '');
  if (b.provisional) out.push(`> **⚠ ${inline(rubricText(L, 'provisionalRubric'))}**`, ...(b.notice ? ['>', `> ${inline(b.notice)}`] : []), '');
  else if (b.notice) out.push(`> ${inline(b.notice)}`, '');
  if (b.description) out.push(inline(b.description), '');

  out.push(`## ${inline(t('bookletAbout'))}`, '');
  out.push(`| | |`, `|---|---|`);
  out.push(`| ${cell(t('bookletVersion'))} | ${code(b.version, true)} |`);
  out.push(`| ${cell(rubricText(L, 'status'))} | ${cell(b.status)} |`);
  out.push(`| ${cell(rubricText(L, 'subject'))} | ${cell(b.subject)} |`);
  out.push(`| ${cell(t('bookletMax'))} | ${cell(b.max)} |`);
  out.push(`| ${cell(rubricText(L, 'rounding'))} | ${cell(b.rounding)} |`);
  out.push(`| ${cell(rubricText(L, 'missing'))} | ${cell(b.missing)} |`);
  if (b.base) out.push(`| ${cell(t('bookletBase'))} | ${code(b.base, true)} |`);
  out.push('');
  out.push(`**${inline(rubricText(L, 'legalBasis'))}**`, '');
  for (const l of b.legalBasis) out.push(`- ${l.url ? `[${inline(l.ref)}](${l.url})` : inline(l.ref)}${l.title ? ` — ${inline(l.title)}` : ''}${l.date ? ` (${l.date})` : ''}`);
  out.push('');
  if (b.provenance) out.push(`*${inline(rubricText(L, 'provenance'))} (${inline(b.provenance.confidence)}):* ${inline(b.provenance.source)}${b.provenance.note ? ` — ${inline(b.provenance.note)}` : ''}`, '');

  out.push(`**${inline(rubricText(L, 'bands'))}**`, '', ...bandTable(b.bands, L), '');
  if (b.outOfRange.length) out.push(`${inline(t('bookletOutOfRange'))}: ${b.outOfRange.map((o) => `${code(o.code)} ${inline(o.label)}`).join(' · ')}`, '');

  if (b.profile.length) {
    out.push(`## ${inline(rubricText(L, 'profile'))}`, '');
    for (const q of b.profile) {
      out.push(`- **${code(q.code)} ${inline(q.label)}**${q.description ? ` — ${inline(q.description)}` : ''}`, `  ${inline(t('bookletAnswers'))}: ${q.answers.map(inline).join(' · ')}`);
    }
    out.push('');
  }

  out.push(`## ${inline(t('bookletContents'))}`, '');
  for (const n of b.tree.children) out.push(`- ${code(n.code)} ${inline(n.name)} — ${inline(n.weight)}`);
  out.push('');
  for (const n of b.tree.children) section(n, 2, out, L);
  out.push('---', '', `*${inline(t('bookletFooter', { tool: VERSION, id: b.id, version: b.version, sha: b.sha256.slice(0, 16) }))}*`, '');
  return out.join('\n');
}

function bandTable(bands: BookletBand[], L: Booklet['lang']): string[] {
  const t = (k: Parameters<typeof toolkitText>[1]) => toolkitText(L, k);
  return [
    `| ${cell(t('bookletCode'))} | ${cell(t('bookletCategory'))} | ${cell(t('bookletRange'))} |`,
    '|---|---|---|',
    ...bands.map((x) => `| ${code(x.code, true)} | ${cell(x.label)}${x.note ? ` <br>*${cell(x.note)}*` : ''} | ${code(x.range, true)} |`),
  ];
}

function section(n: BookletNode, level: number, out: string[], L: Booklet['lang']): void {
  const t = (k: Parameters<typeof toolkitText>[1], a?: Parameters<typeof toolkitText>[2]) => toolkitText(L, k, a);
  const h = '#'.repeat(Math.min(level, 6));
  out.push(`${h} ${code(n.code)} ${inline(n.name)}`, '');
  const facts = [n.weight, ...(n.rawWeight ? [t('bookletRawWeight', { weight: n.rawWeight })] : []), ...(n.condition ? [n.condition] : []), ...(n.notApplicable ? [n.notApplicable] : [])];
  out.push(`*${facts.map(inline).join(' · ')}*`, '');
  if (n.description) out.push(inline(n.description), '');
  if (n.bands.length) out.push(`**${inline(t('bookletAspectBands'))}**`, '', ...bandTable(n.bands, L), '');
  if (n.leaf) {
    if (n.levels.length) {
      // The requirement and evidence columns only when some level has them.
      const req = n.levels.some((lv) => lv.description);
      const ev = n.levels.some((lv) => lv.evidence);
      const head = [t('bookletLevel'), t('bookletPoints'), ...(req ? [t('bookletRequirement')] : []), ...(ev ? [t('bookletEvidence')] : [])];
      out.push(`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---|').join('')}`);
      for (const lv of n.levels) out.push(`| ${[`**${lv.value}** ${cell(lv.label)}`, cell(lv.points), ...(req ? [cell(lv.description)] : []), ...(ev ? [cell(lv.evidence)] : [])].join(' | ')} |`);
      out.push('');
    } else if (n.rule) {
      out.push(`${inline(t('bookletRule'))}: ${inline(n.rule)}`, '');
    }
  }
  if (n.provenance && !n.provenance.confirmed) out.push(`> ⚠ ${inline(rubricText(L, 'provenance'))} (${inline(n.provenance.confidence)}): ${inline(n.provenance.source)}${n.provenance.note ? ` — ${inline(n.provenance.note)}` : ''}`, '');
  else if (n.provenance) out.push(`*${inline(rubricText(L, 'provenance'))}: ${inline(n.provenance.source)}*`, '');
  for (const c of n.children) section(c, level + 1, out, L);
}
