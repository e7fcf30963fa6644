/**
 * Record assessments (a population of employees): the parts every renderer adds for them — the
 * population summary, the distribution over bands, and a breakdown table per group-by column.
 * The per-dimension means are the assessment's top-level nodes, which each renderer already
 * shows as its aspect table.
 *
 * One function per format, each pure: text lines, Markdown lines, a CSV document, HTML sections,
 * and the JSON object (merit-report/1 `population`). The XLSX sheet is in population-xlsx.ts.
 */
import type { ChalkInstance } from 'chalk';
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import type { Assessment, PopulationBreakdown, PopulationSummary, Predicate } from '../scoring/types.js';
import { field, neutralise, type CsvDelimiter } from './csv.js';
import { nodes, num, pct, predicateText, ratioPct, text } from './format.js';
import { compact, local, nOrNull, predicate, type Obj } from './json.js';
import { ui, type UiWords } from '../i18n/index.js';

const HUNDRED = Dec.int(100);

/** A count's share of the scored records, as a percentage with one decimal. */
function sharePct(share: Dec | null): string {
  return share ? share.mul(HUNDRED).toString({ fixed: 1 }) : '–';
}

/** A mean with at most two decimals, for tables (the exact means are in the JSON report). */
function mean2(d: Dec | null | undefined): string {
  return d ? num(d, 2) : '–';
}

/** The first line of the summary: `28 of 30 rows scored · 2 not scored · 1 repeated NIP`. */
export function populationLine(p: PopulationSummary, w: UiWords, lang: Lang): string {
  const parts = [w.population.scored(p.scored, p.rows)];
  if (p.skipped > 0) parts.push(w.population.skipped(p.skipped));
  if (p.duplicates.count > 0) parts.push(w.population.duplicates(p.duplicates.count, p.recordId ? text(p.recordId.header, lang) : 'id', p.duplicates.estimated));
  return parts.join(' · ');
}

/** `Mean 69.566667 · lowest 11.75 · highest 100` */
export function statsLine(p: PopulationSummary, w: UiWords): string {
  const x = w.population;
  return [`${x.mean} ${num(p.mean, 6)}`, `${x.lowest} ${num(p.min)}`, `${x.highest} ${num(p.max)}`].join(' · ');
}

function breakdownTitle(b: PopulationBreakdown, w: UiWords, lang: Lang): string {
  return w.population.by(text(b.header, lang));
}

/** The dimension columns of the breakdown tables: the top-level nodes' codes. */
function dimensionCodes(p: PopulationSummary): string[] {
  return p.dimensions.map((d) => d.code);
}

// ---------------------------------------------------------------------------------------------
// Text

export interface PopulationTextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
}

function len(s: string): number {
  let k = 0;
  for (const _ of s) k++;
  return k;
}

function fit(s: string, w: number): string {
  if (w <= 0) return '';
  const chars = [...s];
  return chars.length <= w ? s : chars.slice(0, Math.max(0, w - 1)).join('') + '…';
}

/** Words wrapped to `width`. */
function wrapText(s: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (cur && len(cur) + 1 + len(word) > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * A table: the first column takes the room left; number columns are right-aligned, the last
 * column left-aligned when it is text (`left`), each as wide as needed.
 */
function textTable(
  head: string[],
  rows: string[][],
  width: number,
  c: ChalkInstance,
  o: { left?: number; extra?: (row: number, room: number) => string } = {},
): string[] {
  const widths = head.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ''))));
  const rest = widths.slice(1).reduce((s, x) => s + x + 2, 0);
  const first = Math.max(6, Math.min(widths[0]!, width - rest));
  const cellText = (x: string, i: number): string => (i === o.left ? x.padEnd(widths[i]!) : x.padStart(widths[i]!));
  const line = (r: string[]): string => [fit(r[0] ?? '', first).padEnd(first), ...r.slice(1).map((x, i) => cellText(x, i + 1))].join('  ');
  const extra = o.extra;
  const used = first + rest;
  const out = [c.bold(line(head).trimEnd()), c.dim('─'.repeat(Math.min(width, used)))];
  rows.forEach((r, i) => {
    let l = line(r);
    const room = width - used - 2;
    if (extra && room >= 6) l += '  ' + extra(i, room);
    out.push(l.trimEnd());
  });
  return out;
}

export function populationText(a: Assessment, o: PopulationTextOptions): string[] {
  const p = a.population;
  if (!p) return [];
  const w = ui(o.lang);
  const x = w.population;
  const c = o.color;
  const out: string[] = [];
  out.push(c.bold(fit(x.heading, o.width)));
  out.push(fit(populationLine(p, w, o.lang), o.width));
  out.push(fit(statsLine(p, w), o.width));
  out.push('');

  // Distribution over bands, with a bar of each band's share.
  const dist = p.distribution;
  const maxCount = Math.max(1, ...dist.map((d) => d.count));
  out.push(
    ...textTable(
      [x.distribution, x.count, x.share],
      dist.map((d) => [predicateText({ code: d.code, label: d.label, kind: d.kind }, o.lang), String(d.count), `${sharePct(d.share)}%`]),
      o.width,
      c,
      {
        extra: (i, room) => {
          const barW = Math.min(20, room);
          const filled = Math.round((dist[i]!.count / maxCount) * barW);
          return c.cyan('█'.repeat(filled)) + c.dim('░'.repeat(barW - filled));
        },
      },
    ),
  );

  // One table per group-by column: count, mean (2 decimals), predicate of the mean.
  for (const b of p.breakdowns) {
    out.push('');
    if (b.by === 'lookup') out.push(...wrapText(`(${x.byCase})`, o.width).map((l) => c.dim(l)));
    out.push(
      ...textTable(
        [breakdownTitle(b, w, o.lang), x.count, x.mean, w.predicate],
        b.groups.map((g) => [text(g.label, o.lang), String(g.count), num(g.score), predicateText(g.predicate, o.lang)]),
        o.width,
        c,
        { left: 3 },
      ),
    );
  }
  out.push('');
  out.push(...wrapText(x.method, o.width).map((l) => c.dim(l)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown

export function populationMarkdown(a: Assessment, lang: Lang, escape: (s: string) => string): string[] {
  const p = a.population;
  if (!p) return [];
  const w = ui(lang);
  const x = w.population;
  const out: string[] = [];
  out.push(`### ${x.heading}`);
  out.push('');
  out.push(`${escape(populationLine(p, w, lang))}  `);
  out.push(escape(statsLine(p, w)));
  out.push('');
  out.push(`| ${x.distribution} | ${x.count} | ${x.share} |`);
  out.push('|---|--:|--:|');
  for (const d of p.distribution) out.push(`| ${escape(predicateText({ code: d.code, label: d.label, kind: d.kind }, lang))} | ${d.count} | ${sharePct(d.share)}% |`);
  const dims = dimensionCodes(p);
  for (const b of p.breakdowns) {
    out.push('');
    out.push(`#### ${escape(breakdownTitle(b, w, lang))}${b.by === 'lookup' ? ` <sub>${escape(x.byCase)}</sub>` : ''}`);
    out.push('');
    out.push(`| ${x.group} | ${x.count} | ${x.mean} | ${w.predicate} | ${dims.map(escape).join(' | ')} |`);
    out.push(`|---|--:|--:|---|${dims.map(() => '--:').join('|')}|`);
    for (const g of b.groups) {
      out.push(
        `| ${escape(text(g.label, lang))} | ${g.count} | ${num(g.score)} | ${escape(predicateText(g.predicate, lang))} | ${g.dimensions.map((d) => mean2(d.mean)).join(' | ')} |`,
      );
    }
  }
  out.push('');
  out.push(`<sub>${escape(x.method)}</sub>`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV: one population table (the whole population, each band, each group)

export function renderPopulationCsv(a: Assessment, o: { lang: Lang; delimiter: CsvDelimiter }): string {
  const p = a.population!;
  const w = ui(o.lang);
  const x = w.population;
  const d = o.delimiter;
  const dec = (v: Dec | null | undefined, decimals?: number): string => {
    if (!v) return '';
    const s = decimals === undefined ? num(v, 6) : v.toString({ fixed: decimals });
    return d === ';' ? s.replace('.', ',') : s;
  };
  const cell = (s: string): string => field(neutralise(s), d);
  const dims = p.dimensions;
  const head = [x.heading, w.code, x.group, x.count, x.share, x.mean, w.score, x.predicateCode, w.predicate, ...dims.map((m) => `${text(m.name, o.lang)} (${m.code})`)];
  const lines = [head.map(cell).join(d)];
  const share = (count: number): string => dec(p.scored > 0 ? Dec.of(BigInt(count), BigInt(p.scored)).mul(HUNDRED) : null, 1);
  /** One row: section, code, group, count (and its share); mean, score and predicate when known; dimension means. */
  const row = (section: string, code: string, group: string, count: number, o2?: { mean: Dec | null; score: Dec | null; predicate: Predicate; dims: (Dec | null)[] }): string =>
    [
      cell(section),
      cell(code),
      cell(group),
      String(count),
      share(count),
      ...(o2 ? [dec(o2.mean), dec(o2.score), cell(o2.predicate.code), cell(predicateText(o2.predicate, o.lang))] : ['', '', '', '']),
      ...(o2 ? o2.dims.map((m) => dec(m)) : dims.map(() => '')),
    ].join(d);
  lines.push(row(x.heading, '', a.subject.name, p.scored, { mean: p.mean, score: a.score, predicate: a.predicate, dims: dims.map((m) => m.mean) }));
  for (const b of p.distribution) lines.push(row(x.distribution, b.code, text(b.label, o.lang), b.count));
  for (const b of p.breakdowns) {
    for (const g of b.groups) {
      lines.push(row(text(b.header, o.lang), b.column, text(g.label, o.lang), g.count, { mean: g.mean, score: g.score, predicate: g.predicate, dims: g.dimensions.map((m) => m.mean) }));
    }
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// JSON

export function populationJson(p: PopulationSummary): Obj {
  return compact({
    aggregate: p.aggregate,
    rows: p.rows,
    scored: p.scored,
    skipped: p.skipped,
    duplicates: { count: p.duplicates.count, estimated: p.duplicates.estimated },
    recordId: p.recordId ? { column: p.recordId.column, header: local(p.recordId.header) } : undefined,
    mean: nOrNull(p.mean),
    min: nOrNull(p.min),
    max: nOrNull(p.max),
    distribution: p.distribution.map((d) => compact({ code: d.code, label: local(d.label), kind: d.kind, color: d.color, count: d.count, share: nOrNull(d.share) })),
    dimensions: p.dimensions.map((d) => ({ code: d.code, name: local(d.name), mean: nOrNull(d.mean), max: nOrNull(d.max), percent: nOrNull(d.percent), records: d.records })),
    breakdowns: p.breakdowns.map((b) => ({
      column: b.column,
      header: local(b.header),
      by: b.by,
      groups: b.groups.map((g) => ({
        key: g.key,
        label: local(g.label),
        kind: g.kind,
        count: g.count,
        mean: nOrNull(g.mean),
        score: nOrNull(g.score),
        predicate: predicate(g.predicate),
        dimensions: g.dimensions.map((m) => ({ code: m.code, mean: nOrNull(m.mean) })),
      })),
    })),
  });
}

// ---------------------------------------------------------------------------------------------
// HTML

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
<h3 id="bd-${i}">${esc(breakdownTitle(b, w, lang))}${b.by === 'lookup' ? ` <span class="h-score">${esc(x.byCase)}</span>` : ''}</h3>
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
