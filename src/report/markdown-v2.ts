/**
 * The rubric language v2 parts of the Markdown report (markdown.ts): the profile answers, the
 * composite parts, the not-applicable items with their reasons, the next steps per aspect and the
 * rubric's notice. Each is empty for an assessment
 * without v2 results. Text from files and rubrics is escaped as markdown.ts escapes it.
 */
import type { Lang } from '../diagnostics.js';
import type { Assessment } from '../scoring/types.js';
import { num, text } from './format.js';
import { ui } from '../i18n/index.js';
import { cell, code, inline } from './markdown-escape.js';
import { nextStepViews, noticeText } from './next-steps.js';
import { compositeNodes, compositeSum, compositeTerms, exact, incompleteText, nodeLabel, notApplicableNodes, notApplicableText, profileLines } from './v2.js';

/** The profile answers as a small table. */
export function profileMarkdown(a: Assessment, lang: Lang): string[] {
  const lines = profileLines(a, lang);
  if (lines.length === 0) return [];
  const w = ui(lang).v2;
  const out = [`**${inline(w.profile)}**`, '', `| ${w.question} | ${w.answer} | ${w.writtenIn} |`, '|---|---|---|'];
  for (const l of lines) {
    const answer = l.ok ? cell(l.answer) : `**${cell(l.answer)}**`;
    out.push(`| ${cell(l.question)} | ${answer} | ${l.where ? code(l.where, true) : ''} |`);
  }
  return out;
}

/** Each composite: a table of its parts (coefficient, score, product) and their sum. */
export function compositeMarkdown(a: Assessment, lang: Lang): string[] {
  const u = ui(lang);
  const w = u.v2;
  const out: string[] = [];
  for (const n of compositeNodes(a)) {
    out.push('', `### ${inline(w.composite(nodeLabel(a, n.code, lang)))}`, '');
    const warning = n === a.root ? undefined : incompleteText(n, a, lang);
    if (warning) out.push(`> ${inline(warning)}`, '');
    out.push(`| ${u.code} | ${u.name} | ${w.coefficient} | ${u.score} | ${w.product} |`, '|---|---|--:|--:|--:|');
    for (const t of compositeTerms(n, lang)) {
      const name = cell(text(t.node.name, lang)) + (t.reason ? ` — ${cell(t.reason)}` : '');
      const counted = t.applies && !t.missing;
      out.push(`| ${cell(t.node.code)} | ${name} | ${exact(t.coefficient)} | ${counted ? num(t.node.score) : '–'} | ${counted ? exact(t.product) : `*${inline(t.text)}*`} |`);
    }
    const shown = n === a.root ? a.score : n.score;
    const sum = n.incomplete ? `${num(n.score)} (${inline(nodeLabel(a, n.incomplete.fallback, lang))})` : `${exact(compositeSum(n))}${shown.eq(compositeSum(n)) ? '' : ` → ${num(shown)}`}`;
    out.push(`| | **=** | | | **${sum}** |`);
  }
  return out;
}

/** The not-applicable items, each with why. */
export function notApplicableMarkdown(a: Assessment, lang: Lang): string[] {
  const list = notApplicableNodes(a);
  if (list.length === 0) return [];
  const out = ['', `### ${inline(ui(lang).v2.notApplicable)} (${list.length})`, ''];
  for (const n of list) out.push(`- **${inline(n.code)}** ${inline(text(n.name, lang))}: ${inline(notApplicableText(n, a, lang) ?? '')}`);
  return out;
}

/** The rubric's notice as a blockquote line (under the provisional warning); empty without one. */
export function noticeMarkdown(a: Assessment, lang: Lang): string[] {
  const t = noticeText(a, lang);
  return t ? [`> **${inline(ui(lang).v2.nextSteps.notice)}:** ${inline(t)}`] : [];
}

/** The next steps per aspect: the rule, then per aspect its category → the band above and a table of its items. */
export function nextStepsMarkdown(a: Assessment, lang: Lang): string[] {
  const views = nextStepViews(a, lang);
  if (views.length === 0) return [];
  const u = ui(lang);
  const w = u.v2.nextSteps;
  const out = ['', `### ${inline(w.heading)}`, '', `*${inline(w.rule)}*`];
  for (const v of views) {
    out.push('', `**${inline(v.heading)}** · ${inline(v.toward)}`, '');
    out.push(`| ${w.item} | ${u.name} | ${u.cell} | ${w.levelNow} | ${w.nextLevel} | ${w.requirement} |`, '|---|---|---|--:|---|---|');
    for (const i of v.items) {
      const next = `${i.next} ${cell(i.nextLabel)}`.trim();
      out.push(`| ${cell(i.code)} | ${cell(i.name)} | ${i.cell ? code(i.cell, true) : ''} | ${cell(i.now)} | ${next} | ${cell(i.requirement)} |`);
    }
  }
  return out;
}
