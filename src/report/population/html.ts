/** The population sections of the HTML report and their CSS (see common.ts). */
import type { Lang } from '../../diagnostics.js';
import type { Assessment, PopulationSummary } from '../../scoring/types.js';
import { nodes, num, pct, predicateText, ratioPct, text } from '../format.js';
import { ui, type UiWords } from '../../i18n/index.js';
import { breakdownTitle, dimensionCodes, mean2, sharePct } from './common.js';

export interface HtmlParts {
  esc: (s: string) => string;
  /** A safe CSS colour for a predicate code (the band's colour, else the renderer's default). */
  color: (code: string, kind: string) => string;
  /** Black or white, whichever reads better on a background colour. */
  ink: (background: string) => string;
  /** The id of a node's section (the aspect table links to it). */
  anchor: (code: string) => string;
}

/** The distribution over bands as an SVG column chart (counts, and shares under the bars). */
function distributionSvg(p: PopulationSummary, lang: Lang, w: UiWords, h: HtmlParts): string {
  const dist = p.distribution;
  const W = 640;
  const H = 220;
  const top = 24;
  const bottom = 44;
  const gap = 14;
  const colW = Math.max(20, (W - gap * (dist.length + 1)) / Math.max(1, dist.length));
  const maxCount = Math.max(1, ...dist.map((d) => d.count));
  const plotH = H - top - bottom;
  const parts: string[] = [];
  parts.push(`<line x1="0" y1="${H - bottom}" x2="${W}" y2="${H - bottom}" class="axis-line"/>`);
  dist.forEach((d, i) => {
    const x = gap + i * (colW + gap);
    const bh = Math.round((d.count / maxCount) * plotH * 10) / 10;
    const y = H - bottom - bh;
    parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${colW.toFixed(1)}" height="${bh}" rx="3" fill="${h.color(d.code, d.kind)}"/>`);
    parts.push(`<text x="${(x + colW / 2).toFixed(1)}" y="${(y - 6).toFixed(1)}" class="count" text-anchor="middle">${d.count}</text>`);
    parts.push(`<text x="${(x + colW / 2).toFixed(1)}" y="${H - bottom + 17}" class="code" text-anchor="middle">${h.esc(d.code)}</text>`);
    parts.push(`<text x="${(x + colW / 2).toFixed(1)}" y="${H - bottom + 34}" class="share" text-anchor="middle">${sharePct(d.share)}%</text>`);
  });
  const alt = w.population.distributionAlt(dist.map((d) => `${predicateText({ code: d.code, label: d.label, kind: d.kind }, lang)} ${d.count} (${sharePct(d.share)}%)`).join('; '));
  return `<svg class="dist-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${h.esc(alt)}" xmlns="http://www.w3.org/2000/svg"><title>${h.esc(alt)}</title>${parts.join('')}</svg>`;
}

export function populationHtml(a: Assessment, lang: Lang, h: HtmlParts): string {
  const p = a.population;
  if (!p) return '';
  const w = ui(lang);
  const x = w.population;
  const esc = h.esc;
  const dims = dimensionCodes(p);
  const stat = (label: string, value: string, sub = ''): string =>
    `<div class="stat"><div class="label">${esc(label)}</div><div class="mid">${esc(value)}</div>${sub ? `<div class="sub">${esc(sub)}</div>` : ''}</div>`;
  const stats = [
    stat(x.records, `${p.scored}`, x.scored(p.scored, p.rows)),
    stat(x.mean, num(p.mean, 6), `${w.score}: ${num(a.score)}`),
    stat(x.lowest, num(p.min)),
    stat(x.highest, num(p.max)),
  ].join('');
  const notes = [p.skipped > 0 ? x.skipped(p.skipped) : '', p.duplicates.count > 0 ? x.duplicates(p.duplicates.count, p.recordId ? text(p.recordId.header, lang) : 'id', p.duplicates.estimated) : '']
    .filter(Boolean)
    .map((s) => `<p class="pop-note">${esc(s)}</p>`)
    .join('');
  const distRows = p.distribution
    .map(
      (d) =>
        `<tr><td><span class="swatch" style="background:${h.color(d.code, d.kind)}"></span> ${esc(predicateText({ code: d.code, label: d.label, kind: d.kind }, lang))}</td><td class="num">${d.count}</td><td class="num">${esc(sharePct(d.share))}%</td></tr>`,
    )
    .join('');
  const breakdowns = p.breakdowns
    .map((b, i) => {
      const rows = b.groups
        .map(
          (g) =>
            `<tr><td class="name">${esc(text(g.label, lang))}</td><td class="num">${g.count}</td><td class="num strong">${esc(num(g.score))}</td><td><span class="badge pred" style="background:${h.color(g.predicate.code, g.predicate.kind)};color:${h.ink(h.color(g.predicate.code, g.predicate.kind))}">${esc(predicateText(g.predicate, lang))}</span></td>${g.dimensions.map((m) => `<td class="num opt">${esc(mean2(m.mean))}</td>`).join('')}</tr>`,
        )
        .join('\n');
      return `<section class="breakdown" aria-labelledby="bd-${i}">
<h3 id="bd-${i}">${esc(breakdownTitle(b, w, lang))}${b.by !== 'value' ? ` <span class="h-score">${esc(b.by === 'lookup' ? x.byCase : x.byPath)}</span>` : ''}</h3>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">${esc(x.group)}</th><th scope="col" class="num">${esc(x.count)}</th><th scope="col" class="num">${esc(x.mean)}</th><th scope="col">${esc(w.predicate)}</th>${dims.map((d) => `<th scope="col" class="num opt">${esc(d)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`;
    })
    .join('\n');
  const nodeRows = [...nodes(a.root)]
    .map(
      (nd) =>
        `<tr id="node-${h.anchor(nd.code)}" class="${nd.kind === 'group' ? 'group' : 'leaf'}"><td class="mono">${esc(nd.code)}</td><td class="name" style="padding-left:${(0.5 + Math.max(0, nd.depth - 1) * 1.1).toFixed(1)}em">${esc(text(nd.name, lang))}</td><td class="num">${nd.records ?? 0}</td><td class="num strong">${esc(mean2(nd.records ? nd.score : null))}</td><td class="num">${esc(num(nd.max))}</td><td class="num">${nd.percent ? `${esc(pct(nd.percent))}%` : '–'}</td><td class="num opt">${esc(ratioPct(nd.coverage))}%</td></tr>`,
    )
    .join('\n');
  return `<section class="population" aria-labelledby="pop-h">
<h2 id="pop-h">${esc(x.heading)}</h2>
<div class="stats pop-stats">${stats}</div>
${notes}
<div class="split">
<figure class="chart dist-chart">
<figcaption>${esc(x.distribution)}</figcaption>
${distributionSvg(p, lang, w, h)}
</figure>
<div class="table-wrap">
<table class="data"><thead><tr><th scope="col">${esc(w.predicate)}</th><th scope="col" class="num">${esc(x.count)}</th><th scope="col" class="num">${esc(x.share)}</th></tr></thead><tbody>${distRows}</tbody></table>
</div>
</div>
<p class="muted pop-method">${esc(x.method)}</p>
${breakdowns}
<section class="node-means" aria-labelledby="nm-h">
<h3 id="nm-h">${esc(x.meanScore)}</h3>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">${esc(w.code)}</th><th scope="col">${esc(w.name)}</th><th scope="col" class="num">${esc(x.records)}</th><th scope="col" class="num">${esc(x.mean)}</th><th scope="col" class="num">${esc(w.max)}</th><th scope="col" class="num">%</th><th scope="col" class="num opt">${esc(w.coverage)}</th></tr></thead>
<tbody>
${nodeRows}
</tbody>
</table></div>
</section>
</section>`;
}

/** CSS for the population sections (appended to the report's stylesheet). */
export const POPULATION_CSS = `
.pop-stats{grid-template-columns:repeat(4,1fr)}
.pop-note{margin:.2em 0;color:#7a4b00}
.pop-method{font-size:.85rem;margin:.4em 0 0}
.dist-chart{max-width:640px}
.dist-svg{width:100%;height:auto}
.dist-svg .axis-line{stroke:#1f2933;stroke-width:1}
.dist-svg .count{font-size:14px;font-weight:700;fill:#1f2933}
.dist-svg .code{font-size:13px;font-weight:700;fill:#1f2933}
.dist-svg .share{font-size:12px;fill:#5f6b7a}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em}
.badge.pred{border-color:transparent}
table.data tr.group td{background:var(--soft);font-weight:600}
@media print{.pop-stats{grid-template-columns:repeat(4,1fr)}}
`;
