/**
 * The rubric language v2 parts of the HTML report (page.ts): the profile answers, category
 * badges in their band colours, the incomplete-composite warning, the capped predicate, the
 * composite parts, the not-applicable items with their reasons, the next steps per aspect and the
 * rubric's notice, and the few style rules they need (added to the page only when the assessment has v2 results, so a v1 page keeps its bytes).
 */
import type { Lang } from '../../diagnostics.js';
import type { Assessment, NodeResult, Predicate } from '../../scoring/types.js';
import { categoryColour, inkOn } from '../band-colours.js';
import { num, text } from '../format.js';
import { ui } from '../../i18n/index.js';
import { aggregateText, categoryText, compositeNodes, compositeSum, compositeTerms, exact, incompleteText, nodeLabel, notApplicableNodes, notApplicableText, profileLines, totalIncompleteText } from '../v2.js';
import { anchor, esc } from './escape.js';
import { nextStepViews, noticeText } from '../next-steps.js';

export const V2_CSS = `
.profile table.data{width:auto;min-width:50%}
.split.stacked{grid-template-columns:minmax(0,1fr);gap:8px}
.split.stacked .aspect-chart{max-width:460px}
.cat{display:inline-block;font-size:.75rem;font-weight:700;line-height:1.5;padding:0 .55em;border-radius:999px;white-space:nowrap;vertical-align:.1em}
.capped{font-size:.85rem;margin-top:4px}
.na-reason{color:var(--muted);font-size:.85rem;margin-top:2px}
.composite table.data{width:auto;min-width:60%}
.composite .reason{color:var(--muted);font-size:.85rem}
tr.t-na td,tr.t-missing td{color:var(--muted);font-style:italic}
.next-steps h4{font-size:.98rem;margin:1.2em 0 .4em;break-after:avoid}
.next-steps .rule{color:var(--muted);font-size:.9rem;margin:.2em 0 .6em}
.next-steps .toward{font-weight:500;white-space:nowrap}
.next-steps td.req{color:#3d4752}
.next-steps table.data{table-layout:fixed}
.next-steps col.c1{width:7%}.next-steps col.c2{width:24%}.next-steps col.c3{width:8%}.next-steps col.c4{width:9%}.next-steps col.c5{width:15%}
@media screen and (max-width:640px){.next-steps .toward{white-space:normal}.next-steps table.stack td.num{white-space:normal}.next-steps table.stack td.c-next{grid-column:3/-1}}
.na-list{margin:.2em 0;padding-left:1.2em}
.na-list li{margin:.25em 0}
`;

/** A category badge in its band's colour, with ink that reads on it. */
export function categoryBadge(p: Predicate, a: Assessment, lang: Lang): string {
  const fill = categoryColour(p, a.scale);
  return `<span class="cat" style="background:${fill};color:${inkOn(fill)}" title="${esc(p.code)}">${esc(categoryText(p, lang))}</span>`;
}

/** The profile answers: question, answer, where it was written. */
export function profileSection(a: Assessment, lang: Lang): string {
  const lines = profileLines(a, lang);
  if (lines.length === 0) return '';
  const w = ui(lang).v2;
  const rows = lines
    .map((l) => `<tr><td>${esc(l.question)}</td><td class="${l.ok ? 'strong' : 'bad-value'}">${esc(l.answer)}</td><td class="mono">${esc(l.where || '–')}</td></tr>`)
    .join('');
  return `<section class="profile" aria-labelledby="profile-h">
<h2 id="profile-h">${esc(w.profile)}</h2>
<table class="data compact"><thead><tr><th scope="col">${esc(w.question)}</th><th scope="col">${esc(w.answer)}</th><th scope="col">${esc(w.writtenIn)}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

/** The incomplete composite at the total: a warning box near the score. */
export function incompleteBox(a: Assessment, lang: Lang): string {
  const t = totalIncompleteText(a, lang);
  if (!t) return '';
  return `<section class="box warn-box" role="alert" aria-labelledby="incomplete-h">
<h2 id="incomplete-h"><span aria-hidden="true">⚠</span> ${esc(ui(lang).v2.incompleteHead)}</h2>
<p>${esc(t)}</p>
</section>`;
}

/** Under the predicate: why it is lower than the score alone would give. */
export function cappedNote(text: string | undefined): string {
  return text ? `<div class="capped">${esc(text)}</div>` : '';
}

/** Each composite: a table of its parts (coefficient × score = product) and their sum. */
export function compositeSection(a: Assessment, lang: Lang): string {
  const list = compositeNodes(a);
  if (list.length === 0) return '';
  const u = ui(lang);
  const w = u.v2;
  const sections = list.map((n) => {
    const warning = n === a.root ? undefined : incompleteText(n, a, lang);
    const rows = compositeTerms(n, lang)
      .map((t) => {
        const counted = t.applies && !t.missing;
        const cls = !t.applies ? ' class="t-na"' : t.missing ? ' class="t-missing"' : '';
        const reason = t.reason ? `<div class="reason">${esc(t.reason)}</div>` : '';
        return `<tr${cls}><td class="mono">${esc(t.node.code)}</td><td>${esc(text(t.node.name, lang))}${reason}</td><td class="num">${esc(exact(t.coefficient))}</td><td class="num">${counted ? esc(num(t.node.score)) : '–'}</td><td class="num strong">${counted ? esc(exact(t.product)) : esc(t.text)}</td></tr>`;
      })
      .join('\n');
    const shown = n === a.root ? a.score : n.score;
    const sum = compositeSum(n);
    const total = n.incomplete ? `${num(n.score)} (${nodeLabel(a, n.incomplete.fallback, lang)})` : `${exact(sum)}${shown.eq(sum) ? '' : ` → ${num(shown)}`}`;
    return `<section class="composite" id="composite-${anchor(n.code)}" aria-labelledby="composite-h-${anchor(n.code)}">
<h3 id="composite-h-${anchor(n.code)}">${esc(w.composite(nodeLabel(a, n.code, lang)))}</h3>
${warning ? `<p class="box warn-box">${esc(warning)}</p>\n` : ''}<table class="data compact">
<thead><tr><th scope="col">${esc(u.code)}</th><th scope="col">${esc(u.name)}</th><th scope="col" class="num">${esc(w.coefficient)}</th><th scope="col" class="num">${esc(u.score)}</th><th scope="col" class="num">${esc(w.product)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td></td><td>=</td><td></td><td></td><td class="num">${esc(total)}</td></tr></tfoot>
</table>
</section>`;
  });
  return sections.join('\n');
}

/** The not-applicable items, each with why. */
export function notApplicableSection(a: Assessment, lang: Lang): string {
  const list = notApplicableNodes(a);
  if (list.length === 0) return '';
  const w = ui(lang).v2;
  const items = list
    .map((n) => `<li><span class="mono">${esc(n.code)}</span> ${esc(text(n.name, lang))}<div class="na-reason">${esc(notApplicableText(n, a, lang) ?? '')}</div></li>`)
    .join('\n');
  return `<section class="not-applicable" aria-labelledby="na-h">
<h3 id="na-h">${esc(w.notApplicable)} (${list.length})</h3>
<ul class="na-list">
${items}
</ul>
</section>`;
}

/** In a criteria table: a node's category badge, its score before rounding, why it does not apply. */
export function nodeExtras(n: NodeResult, a: Assessment, lang: Lang): { badge: string; note: string } {
  const badge = n.category ? ` ${categoryBadge(n.category, a, lang)}` : '';
  const notes: string[] = [];
  const na = notApplicableText(n, a, lang);
  if (na) notes.push(`<div class="na-reason">${esc(na)}</div>`);
  const rule = aggregateText(n, a, lang);
  if (rule) notes.push(`<div class="rule">${esc(rule)}</div>`);
  if (n.unrounded) notes.push(`<div class="rule">${esc(ui(lang).v2.unroundedNote(num(n.unrounded)))}</div>`);
  const inc = incompleteText(n, a, lang);
  if (inc) notes.push(`<div class="note">${esc(inc)}</div>`);
  return { badge, note: notes.join('') };
}

/** The style of the rubric's notice box (added whenever the rubric has a notice, v2 results or not). */
export const NOTICE_CSS = `
.notice-box{background:var(--info-bg);border-color:var(--info-line)}
`;

/** The rubric's notice, in a box under the provisional warning; '' without one. */
export function noticeBox(a: Assessment, lang: Lang): string {
  const t = noticeText(a, lang);
  if (!t) return '';
  return `<section class="box notice-box" role="note" aria-labelledby="notice-h">
<h2 id="notice-h"><span aria-hidden="true">ℹ</span> ${esc(ui(lang).v2.nextSteps.notice)}</h2>
<p>${esc(t)}</p>
</section>`;
}

/** Words with HTML slotted in: the sentence is escaped, then each slot replaced by its (already safe) HTML. */
function slotted(make: (...slots: string[]) => string, html: string[]): string {
  const slots = html.map((_, i) => `\u0000${i}\u0000`);
  return html.reduce((out, h, i) => out.replace(slots[i]!, () => h), esc(make(...slots)));
}

/** The next steps per aspect: the rule, then per aspect its category → the band above, and a table of its items. */
export function nextStepsSection(a: Assessment, lang: Lang): string {
  const views = nextStepViews(a, lang);
  if (views.length === 0) return '';
  const u = ui(lang);
  const w = u.v2.nextSteps;
  const aspects = views.map((v) => {
    const s = v.step;
    const toward = s.target.next
      ? slotted(w.toward, [categoryBadge(v.category, a, lang), esc(num(s.score)), categoryBadge(v.target, a, lang), esc(num(s.target.min))])
      : slotted(w.top, [categoryBadge(v.category, a, lang), esc(num(s.score)), esc(num(s.target.min))]);
    const rows = v.items
      .map(
        (i) =>
          `<tr><td class="mono c-code">${esc(i.code)}</td><td class="name">${esc(i.name)}</td><td class="mono" data-label="${esc(u.cell)}">${esc(i.cell || '–')}</td><td class="num" data-label="${esc(w.levelNow)}">${esc(i.now)}</td><td class="c-next" data-label="${esc(w.nextLevel)}"><b>${esc(i.next)}</b> ${esc(i.nextLabel)}</td><td class="req wide" data-label="${esc(w.requirement)}">${esc(i.requirement)}</td></tr>`,
      )
      .join('\n');
    return `<h4 id="next-${anchor(v.code)}"><span class="mono">${esc(v.code)}</span> ${esc(v.name)} <span class="toward">${toward}</span></h4>
<table class="data compact stack">
<colgroup><col class="c1"><col class="c2"><col class="c3"><col class="c4"><col class="c5"><col></colgroup>
<thead><tr><th scope="col">${esc(w.item)}</th><th scope="col">${esc(u.name)}</th><th scope="col">${esc(u.cell)}</th><th scope="col" class="num">${esc(w.levelNow)}</th><th scope="col">${esc(w.nextLevel)}</th><th scope="col">${esc(w.requirement)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  });
  return `<section class="next-steps" aria-labelledby="next-h">
<h3 id="next-h">${esc(w.heading)}</h3>
<p class="rule">${esc(w.rule)}</p>
${aspects.join('\n')}
</section>`;
}
