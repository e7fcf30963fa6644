/**
 * The rubric language v2 parts of the HTML report (page.ts): the profile answers, category
 * badges in their band colours, the incomplete-composite warning, the capped predicate, the
 * composite parts and the not-applicable items with their reasons, and the few style rules they
 * need (added to the page only when the assessment has v2 results, so a v1 page keeps its bytes).
 */
import type { Lang } from '../../diagnostics.js';
import type { Assessment, NodeResult, Predicate } from '../../scoring/types.js';
import { categoryColour, inkOn } from '../band-colours.js';
import { num, text } from '../format.js';
import { ui } from '../../i18n/index.js';
import { aggregateText, categoryText, compositeNodes, compositeSum, compositeTerms, exact, incompleteText, nodeLabel, notApplicableNodes, notApplicableText, profileLines, totalIncompleteText } from '../v2.js';
import { anchor, esc } from './escape.js';

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
