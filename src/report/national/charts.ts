/** The dashboard's charts: the distribution bar over categories and the score histogram with the band edges. Inline HTML/SVG. */
import type { Lang } from '../../diagnostics.js';
import type { BatchResult, PredicateCount } from '../../scoring/batch.js';
import { inkOn, predicateColour, type BandScale } from '../band-colours.js';
import { predicateText } from '../format.js';
import { esc } from '../html/escape.js';
import type { NationalWords } from '../../i18n/index.js';
import { bandEdges, type NationalModel } from './model.js';

/** A count's colour: the band's (by rank in the scale), else by kind. */
export function countColour(p: PredicateCount, scale: BandScale | undefined): string {
  return predicateColour({ code: p.code, label: p.label, kind: p.kind, ...(p.color ? { color: p.color } : {}) }, scale);
}

/** A stacked bar of counts per predicate, with its legend (zero counts only in the legend). */
export function distributionBar(counts: readonly number[], r: BatchResult, scale: BandScale | undefined, lang: Lang, w: NationalWords, small = false): string {
  const total = counts.reduce((s, n) => s + n, 0);
  const preds = r.summary.byPredicate;
  const parts = preds.map((p, i) => `${predicateText({ ...p }, lang)} ${counts[i] ?? 0}`).join(', ');
  const segs = preds
    .map((p, i) => {
      const n = counts[i] ?? 0;
      if (n === 0) return '';
      const c = countColour(p, scale);
      return `<span class="seg" style="flex:${n} 1 0;background:${c};color:${inkOn(c)}" title="${esc(`${predicateText({ ...p }, lang)}: ${n}`)}">${n}</span>`;
    })
    .join('');
  const bar = `<div class="dist${small ? ' small' : ''}" role="img" aria-label="${esc(w.distributionAlt(parts))}">${total === 0 ? '<span class="seg empty">0</span>' : segs}</div>`;
  if (small) return bar;
  const legend = preds
    .map((p, i) => {
      const n = counts[i] ?? 0;
      const share = total ? ` <span class="muted">(${((100 * n) / total).toFixed(1)}%)</span>` : '';
      return `<li><span class="swatch" style="background:${countColour(p, scale)}"></span>${esc(predicateText({ ...p }, lang))} <b>${n}</b>${share}</li>`;
    })
    .join('');
  return `${bar}<ul class="legend">${legend}</ul>`;
}

/** Number text for axis labels: at most 3 decimals, no trailing zeros. */
function axis(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** The histogram as SVG: bars per bin, band edges as dashed lines with their values, the scale's ends. */
export function histogramSvg(m: NationalModel, w: NationalWords): string {
  const { lo, hi, bins } = m.histogram;
  const W = 640;
  const H = 190;
  const left = 34;
  const right = 12;
  const top = 12;
  const bottom = 40;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * plotW;
  const y = (n: number) => top + plotH - (n / peak) * plotH;
  const bars = bins
    .map((b) => {
      if (b.count === 0) return '';
      const x0 = x(b.from) + 1;
      const x1 = x(b.to) - 1;
      return `<rect class="bin" x="${x0.toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${(top + plotH - y(b.count)).toFixed(1)}"><title>${esc(`${axis(b.from)} – ${axis(b.to)}: ${b.count}`)}</title></rect><text class="n" x="${((x0 + x1) / 2).toFixed(1)}" y="${(y(b.count) - 2).toFixed(1)}" text-anchor="middle">${b.count}</text>`;
    })
    .join('');
  // The band strip under the axis: each band in its colour, so the bars read against the categories.
  const strip = (m.scale?.bands ?? [])
    .map((b) => {
      if (b.min === undefined || b.max === undefined) return '';
      const c = predicateColour({ code: b.code, label: b.label, kind: 'band', ...(b.color ? { color: b.color } : {}) }, m.scale);
      const x0 = x(Math.max(lo, b.min));
      const x1 = x(Math.min(hi, b.max));
      return `<rect class="band-strip" x="${x0.toFixed(1)}" y="${top + plotH + 3}" width="${Math.max(0, x1 - x0).toFixed(1)}" height="8" fill="${c}"><title>${esc(b.code)}</title></rect><text class="band-code" x="${((x0 + x1) / 2).toFixed(1)}" y="${top + plotH + 34}" text-anchor="middle">${esc(b.code)}</text>`;
    })
    .join('');
  const edges = bandEdges(m.scale)
    .filter((e) => e > lo && e < hi)
    .map((e) => `<line class="edge" x1="${x(e).toFixed(1)}" x2="${x(e).toFixed(1)}" y1="${top}" y2="${top + plotH + 11}"/><text class="edge-v" x="${x(e).toFixed(1)}" y="${top + plotH + 22}" text-anchor="middle">${esc(axis(e))}</text>`)
    .join('');
  const ends = `<text class="edge-v" x="${left}" y="${top + plotH + 22}" text-anchor="start">${esc(axis(lo))}</text><text class="edge-v" x="${W - right}" y="${top + plotH + 22}" text-anchor="end">${esc(axis(hi))}</text>`;
  const yAxis = `<text class="edge-v" x="${left - 4}" y="${top + 8}" text-anchor="end">${peak}</text><text class="edge-v" x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text><line class="base" x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}"/>`;
  return `<svg class="hist-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(w.histogramAlt(bins.length, axis(lo), axis(hi)))}" xmlns="http://www.w3.org/2000/svg">${yAxis}${bars}${strip}${edges}${ends}</svg>`;
}
