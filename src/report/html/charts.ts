/** The HTML report's charts: the banded score bar with its legend, and the aspect bars. Inline SVG. */
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import type { Band } from '../../rubric/types.js';
import type { Assessment, NodeResult } from '../../scoring/types.js';
import { ABOVE_COLOUR, BELOW_COLOUR, inkOn, rankColour, safeColour, type BandScale } from '../band-colours.js';
import { num, pct, predicateText, text } from '../format.js';
import type { UiWords } from '../../i18n/index.js';
import { esc } from './escape.js';

// ---------------------------------------------------------------------------------------------
// The band scale

interface Segment {
  from: Dec;
  to: Dec;
  color: string;
  /** Short text on the bar (band code). */
  code: string;
  /** Legend text. */
  label: string;
  range: string;
  current: boolean;
  zone: 'band' | 'below' | 'above';
}

export interface BandModel {
  lo: Dec;
  hi: Dec;
  segments: Segment[];
  edges: Dec[];
  /** `36.5 points to IV Very Good`, when there is a next band. */
  next?: string;
}

export function bandModel(a: Assessment, scale: BandScale, lang: Lang, w: UiWords): BandModel {
  const bands = scale.bands;
  const edges: Dec[] = [];
  for (const b of bands) {
    if (b.min !== undefined) edges.push(Dec.num(b.min));
    if (b.max !== undefined) edges.push(Dec.num(b.max));
  }
  const first = bands[0];
  const last = bands[bands.length - 1];
  let lo = Dec.ZERO.min(a.score);
  for (const e of edges) lo = lo.min(e);
  let hi = a.max.max(a.score);
  for (const e of edges) hi = hi.max(e);
  if (!hi.gt(lo)) hi = lo.add(Dec.ONE);

  const segments: Segment[] = [];
  const p = a.predicate;
  if (first?.min !== undefined && Dec.num(first.min).gt(lo)) {
    const label = scale.outOfRange?.below;
    segments.push({
      from: lo,
      to: Dec.num(first.min),
      color: safeColour(label?.color) ?? BELOW_COLOUR,
      code: '',
      label: label ? text(label.label, lang) : w.belowRange,
      range: `${first.minInclusive === false ? '≤' : '<'} ${fmt(first.min)}`,
      current: p.kind === 'below',
      zone: 'below',
    });
  }
  bands.forEach((b, i) => {
    segments.push({
      from: b.min !== undefined ? Dec.num(b.min) : lo,
      to: b.max !== undefined ? Dec.num(b.max) : hi,
      color: rankColour(b, i),
      code: b.code,
      label: predicateText({ code: b.code, label: b.label, kind: 'band' }, lang),
      range: rangeText(b),
      current: p.kind === 'band' && p.code === b.code,
      zone: 'band',
    });
  });
  if (last?.max !== undefined && Dec.num(last.max).lt(hi)) {
    const label = scale.outOfRange?.above;
    segments.push({
      from: Dec.num(last.max),
      to: hi,
      color: safeColour(label?.color) ?? ABOVE_COLOUR,
      code: '',
      label: label ? text(label.label, lang) : w.aboveRange,
      range: `${last.maxInclusive ? '>' : '≥'} ${fmt(last.max)}`,
      current: p.kind === 'above',
      zone: 'above',
    });
  }

  // Points to the next band up (only across an inclusive lower edge: the gap is then exact).
  let next: string | undefined;
  const idx = p.kind === 'below' ? -1 : p.kind === 'band' ? bands.findIndex((b) => b.code === p.code) : -2;
  const nextBand = idx >= -1 ? bands[idx + 1] : undefined;
  if (nextBand?.min !== undefined && nextBand.minInclusive !== false) {
    const gap = Dec.num(nextBand.min).sub(a.score);
    if (gap.gt(Dec.ZERO)) next = w.toNextBand(num(gap), predicateText({ code: nextBand.code, label: nextBand.label, kind: 'band' }, lang));
  }

  const allEdges = uniqueSorted([lo, hi, ...edges]);
  return next === undefined ? { lo, hi, segments, edges: allEdges } : { lo, hi, segments, edges: allEdges, next };
}

/**
 * The band bar is laid out in percentages of its width with a fixed height in pixels (no
 * viewBox), so it stretches to any width while its text keeps a legible size on a phone.
 */
const BAR_H = 92;
const PAD_PCT = 1.5;
const TRACK_Y = 36;
const TRACK_H = 26;
const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';

export function bandSvg(a: Assessment, m: BandModel, w: UiWords, lang: Lang): string {
  const span = m.hi.sub(m.lo);
  const x = (v: Dec): number => round2(PAD_PCT + v.sub(m.lo).div(span).toNumber() * (100 - 2 * PAD_PCT));
  const sx = x(a.score);
  const parts: string[] = [];
  parts.push(
    `<defs><pattern id="merit-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eef0f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b8bec6" stroke-width="2"/></pattern></defs>`,
  );
  for (const s of m.segments) {
    const x0 = x(s.from);
    const x1 = x(s.to);
    const width = Math.max(0, round2(x1 - x0));
    const outOfRange = s.zone !== 'band';
    const fill = outOfRange && !s.current ? 'url(#merit-hatch)' : s.color;
    const opacity = s.current || outOfRange ? 1 : 0.38;
    parts.push(
      `<rect class="seg${s.current ? ' current' : ''}" x="${x0}%" y="${TRACK_Y}" width="${width}%" height="${TRACK_H}" fill="${fill}" fill-opacity="${opacity}"><title>${esc(`${s.label}: ${s.range}`)}</title></rect>`,
    );
    if (!s.code) continue;
    // The band code sits in the middle of its segment, or in the wider half beside the marker.
    let cx: number | undefined = x0 + width / 2;
    if (Math.abs(cx - sx) < 4) {
      const left = sx - x0;
      const right = x1 - sx;
      cx = Math.max(left, right) >= 6 ? (left >= right ? x0 + left / 2 : sx + right / 2) : undefined;
    }
    if (cx !== undefined && width >= 5) {
      const color = s.current ? inkOn(s.color) : '#1f2933';
      parts.push(`<text x="${round2(cx)}%" y="${TRACK_Y + 18}" text-anchor="middle" class="seg-code" fill="${color}">${esc(s.code)}</text>`);
    }
  }
  // Frame of the current segment on top of its neighbours.
  for (const s of m.segments.filter((z) => z.current)) {
    parts.push(`<rect x="${x(s.from)}%" y="${TRACK_Y}" width="${Math.max(0, round2(x(s.to) - x(s.from)))}%" height="${TRACK_H}" fill="none" stroke="#111827" stroke-width="1.5"/>`);
  }
  // Edges: ticks and numbers; a number that would touch the previous one is left out (the last
  // edge wins over its neighbour).
  const labels: { x: number; text: string }[] = [];
  for (const e of m.edges) {
    const ex = x(e);
    parts.push(`<line x1="${ex}%" y1="${TRACK_Y + TRACK_H}" x2="${ex}%" y2="${TRACK_Y + TRACK_H + 6}" stroke="#5d6d7e" stroke-width="1"/>`);
    const prev = labels[labels.length - 1];
    if (prev && ex - prev.x < 9) {
      if (e === m.edges[m.edges.length - 1]) labels.pop();
      else continue;
    }
    labels.push({ x: ex, text: fmtDec(e) });
  }
  labels.forEach((l, i) => {
    const anchorAttr = i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle';
    parts.push(`<text x="${l.x}%" y="${TRACK_Y + TRACK_H + 22}" text-anchor="${anchorAttr}" class="edge">${esc(l.text)}</text>`);
  });
  parts.push(marker(sx, num(a.score)));
  const alt = w.bandScaleAlt(num(a.score), `${predicateText(a.predicate, lang)}; ${m.segments.map((s) => `${s.label} ${s.range}`).join('; ')}`);
  return `<svg class="band-svg" width="100%" height="${BAR_H}" role="img" aria-label="${esc(alt)}" ${SVG_NS}><title>${esc(alt)}</title>${parts.join('')}</svg>`;
}

/** The score marker: a line across the track, a triangle above it and the score above that. */
function marker(sx: number, label: string): string {
  const anchorAttr = sx < 8 ? 'start' : sx > 92 ? 'end' : 'middle';
  return (
    `<line x1="${sx}%" y1="${TRACK_Y - 8}" x2="${sx}%" y2="${TRACK_Y + TRACK_H + 4}" stroke="#111827" stroke-width="3"/>` +
    `<svg x="${sx}%" y="0" width="1" height="${BAR_H}" overflow="visible"><path d="M-7 ${TRACK_Y - 16} L7 ${TRACK_Y - 16} L0 ${TRACK_Y - 6} Z" fill="#111827"/>` +
    `<text x="${anchorAttr === 'start' ? -4 : anchorAttr === 'end' ? 4 : 0}" y="${TRACK_Y - 20}" text-anchor="${anchorAttr}" class="marker">${esc(label)}</text></svg>`
  );
}

export function plainScoreSvg(a: Assessment, fill: string, w: UiWords, lang: Lang): string {
  const hi = a.max.max(a.score);
  const ratio = hi.isZero() ? 0 : Math.max(0, Math.min(1, a.score.div(hi).toNumber()));
  const inner = 100 - 2 * PAD_PCT;
  const sx = round2(PAD_PCT + ratio * inner);
  const alt = w.bandScaleAlt(num(a.score), predicateText(a.predicate, lang));
  return `<svg class="band-svg" width="100%" height="${BAR_H}" role="img" aria-label="${esc(alt)}" ${SVG_NS}><title>${esc(alt)}</title>
<rect x="${PAD_PCT}%" y="${TRACK_Y}" width="${inner}%" height="${TRACK_H}" fill="#e5e8ec"/>
<rect x="${PAD_PCT}%" y="${TRACK_Y}" width="${round2(ratio * inner)}%" height="${TRACK_H}" fill="${fill}"/>
<text x="${PAD_PCT}%" y="${TRACK_Y + TRACK_H + 22}" class="edge">0</text>
<text x="${100 - PAD_PCT}%" y="${TRACK_Y + TRACK_H + 22}" text-anchor="end" class="edge">${esc(num(hi))}</text>
${marker(sx, num(a.score))}
</svg>`;
}

export function legend(m: BandModel): string {
  const items = m.segments
    .map(
      (s) =>
        `<li${s.current ? ' class="current" aria-current="true"' : ''}><span class="swatch${s.zone !== 'band' ? ' hatch' : ''}" style="background-color:${s.color}"></span><span class="l-label">${esc(s.label)}</span> <span class="l-range">${esc(s.range)}</span></li>`,
    )
    .join('');
  return `<ul class="legend">${items}</ul>`;
}

function rangeText(b: Band): string {
  if (b.min !== undefined && b.max !== undefined) {
    return `${b.minInclusive === false ? '>' : ''}${fmt(b.min)} – ${b.maxInclusive ? '≤' : '<'}${fmt(b.max)}`;
  }
  if (b.min !== undefined) return `${b.minInclusive === false ? '>' : '≥'} ${fmt(b.min)}`;
  if (b.max !== undefined) return `${b.maxInclusive ? '≤' : '<'} ${fmt(b.max)}`;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Aspect chart: horizontal bars, the label above each bar, the value at its right.

const ASPECT_W = 400;
const ROW_H = 44;
const BAR_AREA = 282;

export function aspectSvg(list: NodeResult[], w: UiWords, lang: Lang): string {
  const top = 4;
  const H = top + list.length * ROW_H + 18;
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const gx = round1((BAR_AREA * k) / 4);
    parts.push(`<line x1="${gx}" y1="${top + 16}" x2="${gx}" y2="${top + list.length * ROW_H}" class="grid"/>`);
    parts.push(`<text x="${k === 0 ? 0 : gx}" y="${H - 4}" text-anchor="${k === 0 ? 'start' : k === 4 ? 'end' : 'middle'}" class="axis">${k * 25}${k === 4 ? '%' : ''}</text>`);
  }
  list.forEach((n, i) => {
    const y = top + i * ROW_H;
    const name = `${n.code} ${text(n.name, lang)}`;
    const ratio = n.max.isZero() ? 0 : Math.max(0, Math.min(1, n.score.div(n.max).toNumber()));
    const value = n.percent ? `${pct(n.percent)}%` : '–';
    const detail = `${num(n.score)}/${num(n.max)}`;
    parts.push(`<g class="row"><title>${esc(`${name}: ${value} (${detail})`)}</title>
<text x="0" y="${y + 13}" class="label">${esc(truncate(name, 52))}</text>
<rect x="0" y="${y + 20}" width="${BAR_AREA}" height="14" rx="2" class="track"/>
<rect x="0" y="${y + 20}" width="${round1(ratio * BAR_AREA)}" height="14" rx="2" class="bar"/>
<text x="${ASPECT_W}" y="${y + 32}" text-anchor="end" class="value">${esc(value)} <tspan class="detail">${esc(detail)}</tspan></text></g>`);
  });
  const alt = `${w.aspectChart}: ${list.map((n) => `${n.code} ${text(n.name, lang)} ${n.percent ? `${pct(n.percent)}%` : '–'}`).join('; ')}`;
  return `<svg class="aspect-svg" viewBox="0 0 ${ASPECT_W} ${H}" role="img" aria-label="${esc(alt)}" ${SVG_NS}><title>${esc(alt)}</title>${parts.join('')}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// Numbers on the charts

function fmt(n: number): string {
  return Dec.num(n).toString();
}

function fmtDec(d: Dec): string {
  return num(d);
}

function uniqueSorted(values: Dec[]): Dec[] {
  const sorted = [...values].sort((x, y) => x.cmp(y));
  return sorted.filter((v, i) => i === 0 || !v.eq(sorted[i - 1]!));
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
