/**
 * Year over year as one self-contained HTML page (`merit diff 2025.batch.json 2026/ -o
 * perubahan.html`), the dashboard's companion: the means, the transition matrix between categories
 * (rows the old year, columns the new; cells below the diagonal are agencies that fell, above it
 * agencies that rose), the largest rises and falls, the agencies that fell a category, those in only
 * one year, and the rubric/evidence split when the rubric changed.
 *
 * No script and no request: inline CSS and a CSP of `default-src 'none'`. Every text from a file or
 * a rubric is escaped. Pure.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { nationalWords, type NationalWords } from '../i18n/index.js';
import type { AgencyMove, BatchDiffResult } from '../scoring/batch-diff.js';
import { predicateColourByCode, inkOn } from './band-colours.js';
import { num, predicateText, text } from './format.js';
import { esc } from './html/escape.js';
import { htmlDocument } from './html/document.js';
import { CSS } from './html/style.js';
import { NATIONAL_CSS } from './national/style.js';

const ZERO = Dec.int(0);
const signed = (d: Dec | null, decimals = 4): string => (d === null ? '–' : `${d.isZero() ? '±' : d.gt(ZERO) ? '+' : ''}${num(d, decimals)}`);

/** Fell, rose or stayed: the tint of a transition-matrix cell with agencies in it. */
const MATRIX_CSS = `
.scroll{overflow-x:auto}
.tm td.n{text-align:right;font-variant-numeric:tabular-nums}
.tm td.same{background:#eef2f7}
.tm td.fell{background:#fde2e1;color:#7f1d1d;font-weight:600}
.tm td.rose{background:#dcfce7;color:#14532d;font-weight:600}
.tm td.zero{color:#9ca3af;background:none;font-weight:400}
.delta-up{color:#166534}.delta-down{color:#b91c1c}
`;

function chip(m: AgencyMove['a'], lang: Lang): string {
  const bg = predicateColourByCode(m.predicate);
  return `${esc(num(m.score))} <span class="swatch" style="background:${bg};color:${inkOn(bg)}">${esc(predicateText(m.predicate, lang))}</span>`;
}

function movesTable(title: string, list: readonly AgencyMove[], w: NationalWords['diff'], lang: Lang): string {
  const head = `<h2>${esc(title)}</h2>`;
  if (!list.length) return `${head}<p class="muted">${esc(w.noneMoved)}</p>`;
  const rows = list.map((m) => {
    const cls = m.delta.gt(ZERO) ? 'delta-up' : m.delta.lt(ZERO) ? 'delta-down' : '';
    return `<tr><td>${esc(m.name)}<br><span class="muted mono">${esc(m.b.input)}</span></td><td>${chip(m.a, lang)}</td><td>${chip(m.b, lang)}</td><td class="n mono ${cls}">${esc(signed(m.delta))}</td></tr>`;
  });
  return `${head}<div class="scroll"><table><thead><tr><th>${esc(w.agency)}</th><th>${esc(w.old)}</th><th>${esc(w.new)}</th><th>${esc(w.change)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function matrixTable(r: BatchDiffResult, w: NationalWords['diff'], lang: Lang): string {
  const t = r.transitions;
  const label = (i: number): string => `<span class="mono">${esc(t.codes[i]!)}</span> <span class="muted">${esc(text(t.labels[i], lang))}</span>`;
  const head = `<tr><th>${esc(w.fromTo)}</th>${t.codes.map((_, j) => `<th>${label(j)}</th>`).join('')}</tr>`;
  const rows = t.codes.map((_, i) => {
    const cells = t.counts[i]!.map((n, j) => `<td class="n ${n === 0 ? 'zero' : i === j ? 'same' : j < i ? 'fell' : 'rose'}">${n}</td>`);
    return `<tr><th>${label(i)}</th>${cells.join('')}</tr>`;
  });
  return `<h2>${esc(w.transitions)}</h2><div class="scroll"><table class="tm"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function onlyList(title: string, list: BatchDiffResult['onlyA'], w: NationalWords['diff']): string {
  if (!list.length) return `<h2>${esc(title)}</h2><p class="muted">${esc(w.noneMoved)}</p>`;
  const items = list.map((x) => `<li>${esc(x.name)} <span class="muted mono">${esc(x.input)}</span>${x.scored ? '' : ` — ${esc(w.notScored)}`}</li>`);
  return `<h2>${esc(title)}</h2><ul>${items.join('')}</ul>`;
}

export function renderBatchDiffHtml(r: BatchDiffResult, o: { lang: Lang; tool: { name: string; version: string } }): string {
  const w = nationalWords(o.lang).diff;
  const bySubject = r.matched.filter((m) => m.by === 'subject').length;
  const facts = [w.matched(r.matched.length, bySubject), w.means(num(r.mean.a, 2), num(r.mean.b, 2), signed(r.mean.delta, 2)), w.regressions(r.regressions.length)];
  const split = r.split
    ? `<h2>${esc(w.split)}</h2><p>${esc(w.splitLine(signed(r.split.rubricEffect, 2), signed(r.split.evidenceEffect, 2), r.split.agencies))}</p>${r.split.unavailable ? `<p class="muted">${esc(w.splitUnavailable(r.split.unavailable))}</p>` : ''}`
    : '';
  const body = [
    `<h1>${esc(w.title)}</h1>`,
    `<p class="mono">${esc(w.rubrics(r.rubric.a, r.rubric.b))}${r.rubric.same ? ` (${esc(w.sameRubric)})` : ''}</p>`,
    `<ul>${facts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`,
    matrixTable(r, w, o.lang),
    movesTable(w.falls, r.falls, w, o.lang),
    movesTable(w.rises, r.rises, w, o.lang),
    onlyList(w.onlyA(r.onlyA.length), r.onlyA, w),
    onlyList(w.onlyB(r.onlyB.length), r.onlyB, w),
    split,
    `<footer class="muted">${esc(`${o.tool.name} ${o.tool.version}`)}</footer>`,
  ];
  return htmlDocument({
    lang: o.lang,
    title: `${w.title} — ${r.rubric.b}`,
    generator: `${o.tool.name} ${o.tool.version}`,
    css: `${CSS}${NATIONAL_CSS}${MATRIX_CSS}`,
    body: body.filter(Boolean).join('\n'),
  });
}
