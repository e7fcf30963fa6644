/**
 * HTML report: one self-contained file an analyst can open, print on A4 and attach to a letter,
 * or read on a phone. Inline CSS and inline SVG only: no script, no font, no image, no request of
 * any kind (a Content-Security-Policy of `default-src 'none'` makes sure of it).
 *
 * Contents: header (agency, period, rubric, file, tool), the score on the band scale (a banded
 * bar with a marker), the predicate, a bar chart of aspect percentages, the aspect table, one
 * table of criteria per aspect (self and verified levels, points, maximum, source cell, evidence),
 * the provisional-rubric warning with its parts and sources, the assumptions (what-if) and the
 * diagnostics.
 *
 * Pure: `(assessment, options) => string`. Every text that came from a file or a rubric is
 * escaped; colours are used only when they are plain `#rgb`/`#rrggbb` values.
 *
 * The Assessment does not carry the rubric's bands (only the predicate that matched), so the band
 * edges come in as `options.scale` (the loaded rubric's `bands` and `outOfRange`). Without it the
 * score is drawn on a plain 0..max bar in the predicate's colour.
 */
import { Dec } from '../decimal.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics.js';
import { formatLocation, quoteSheet, sortDiagnostics } from '../diagnostics.js';
import type { Band, OutOfRangeLabel } from '../rubric/types.js';
import type { Assessment, NodeResult, Predicate, ValueTrace } from '../scoring/types.js';
import { aspects, assumptionsWithPrevious, nodes, num, pct, predicateText, ratioPct, text } from './format.js';
import { POPULATION_CSS, populationHtml } from './population.js';
import { hintText, messageText, ui, type UiWords } from '../i18n/index.js';

/** The rubric's score scale, as the rubric file declares it. */
export interface BandScale {
  bands: readonly Band[];
  outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel };
}

export interface HtmlOptions {
  lang: Lang;
  /** The rubric's bands, for the banded score bar. */
  scale?: BandScale;
}

export function renderHtml(a: Assessment, options: HtmlOptions): string {
  const o: HtmlOptions = { ...options, scale: options.scale ?? a.scale };
  const lang = o.lang;
  const w = ui(lang);
  const title = `${w.report} — ${a.subject.name}${a.subject.period ? ` ${a.subject.period}` : ''}`;
  const body = [
    header(a, w, lang),
    scoreSection(a, o, w),
    provisionalBox(a, w),
    assumptionsBox(a, w),
    aspectSection(a, w, lang),
    // Record rubrics: the population (a population's leaves are means, not levels with cells).
    a.population ? populationHtml(a, lang, { esc, color: (code, kind) => predicateColor({ code, kind } as Predicate, o.scale), ink: contrastText, anchor }) : detailSection(a, w, lang),
    provisionalSources(a, w),
    diagnosticsSection(a.diagnostics, w, lang),
    footer(a, w),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<meta name="generator" content="${esc(`${a.tool.name} ${a.tool.version}`)}">
<title>${esc(title)}</title>
<style>${CSS}${a.population ? POPULATION_CSS : ''}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Sections

function header(a: Assessment, w: UiWords, lang: Lang): string {
  const status = a.rubric.status;
  const rows: [string, string][] = [];
  if (a.subject.period) rows.push([w.period, esc(a.subject.period)]);
  rows.push([
    w.rubric,
    `<span class="mono">${esc(`${a.rubric.id}@${a.rubric.version}`)}</span> <span class="badge ${status === 'official' ? 'ok' : 'warn'}">${esc(w.rubricStatus[status])}</span><br><span class="muted">${esc(text(a.rubric.title, lang))}</span>`,
  ]);
  rows.push([w.file, `<span class="mono">${esc(a.input.path)}</span>${a.input.sheet !== undefined ? ` <span class="muted">(${esc(w.sheet)}: ${esc(a.input.sheet)})</span>` : ''}`]);
  if (a.generatedAt) rows.push([w.generatedAt, `<span class="mono">${esc(a.generatedAt)}</span>`]);
  rows.push([w.tool, `<span class="mono">${esc(`${a.tool.name} ${a.tool.version}`)}</span>`]);
  return `<header class="head">
<p class="kicker">${esc(w.report)}</p>
<h1>${esc(a.subject.name)}${a.subject.source !== 'workbook' ? ` <span class="subject-src">(${esc(w.subjectSource[a.subject.source])})</span>` : ''}</h1>
<dl class="meta">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>`;
}

/**
 * Near the score: the warning, the provisional parts by kind (codes only) and a link to their
 * sources. The sources themselves, grouped (many nodes share one), are in `provisionalSources`
 * near the end, so that a rubric with dozens of inferred parts does not push the result away.
 */
function provisionalBox(a: Assessment, w: UiWords): string {
  const parts = a.provisional.parts;
  if (!a.provisional.rubric && parts.length === 0) return '';
  const sentence = a.provisional.rubric ? w.provisionalWarning(parts.length) : w.provisionalPartsWarning(parts.length);
  const kinds = (['rubric', 'node', 'band'] as const)
    .map((k) => [k, parts.filter((p) => p.kind === k)] as const)
    .filter(([, list]) => list.length > 0)
    .map(
      ([k, list]) =>
        `<li><span class="k">${esc(w.provisionalPart[k])}</span> ${list.map((p) => `<span class="mono">${esc(p.code)}</span>`).join(', ')}</li>`,
    )
    .join('');
  const link = parts.length ? `<p class="more"><a href="#provisional-sources">${esc(w.provisionalSources)} ↓</a></p>` : '';
  return `<section class="box warn-box" role="note" aria-labelledby="prov-h">
<h2 id="prov-h"><span aria-hidden="true">⚠</span> ${esc(w.provisional)}</h2>
<p>${esc(sentence)}</p>
${kinds ? `<ul class="part-codes">${kinds}</ul>` : ''}
${link}
</section>`;
}

function provisionalSources(a: Assessment, w: UiWords): string {
  const parts = a.provisional.parts;
  if (parts.length === 0) return '';
  const groups = new Map<string, { confidence: (typeof parts)[number]['confidence']; source: string; items: typeof parts }>();
  for (const p of parts) {
    const key = `${p.confidence}\u0000${p.source}`;
    const g = groups.get(key);
    if (g) g.items.push(p);
    else groups.set(key, { confidence: p.confidence, source: p.source, items: [p] });
  }
  const rows = [...groups.values()]
    .map((g) => {
      const codes = (['rubric', 'node', 'band'] as const)
        .map((k) => [k, g.items.filter((p) => p.kind === k)] as const)
        .filter(([, list]) => list.length > 0)
        .map(([k, list]) => `<span class="k">${esc(w.provisionalPart[k])}</span> ${list.map((p) => `<span class="mono">${esc(p.code)}</span>`).join(', ')}`)
        .join('<br>');
      return `<tr><td class="c-parts">${codes}</td><td data-label="${esc(w.confidenceHead)}" class="c-conf"><span class="badge ${g.confidence === 'uncertain' ? 'bad' : g.confidence === 'confirmed' ? 'ok' : 'warn'}">${esc(w.confidence[g.confidence])}</span></td><td data-label="${esc(w.source)}" class="wide">${linkify(g.source)}</td></tr>`;
    })
    .join('\n');
  return `<section class="prov-sources" id="provisional-sources" aria-labelledby="prov-src-h">
<h2 id="prov-src-h">${esc(w.provisionalSources)}</h2>
<table class="data stack parts">
<colgroup><col class="w-part"><col class="w-conf"><col></colgroup>
<thead><tr><th scope="col">${esc(w.part)}</th><th scope="col">${esc(w.confidenceHead)}</th><th scope="col">${esc(w.source)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function assumptionsBox(a: Assessment, w: UiWords): string {
  if (a.assumptions.length === 0) return '';
  const rows = assumptionsWithPrevious(a)
    .map((x) => {
      const previous = x.previous ? `${esc(shownValue(x.previous))}${x.previous.ref ? ` <span class="muted mono">${esc(cellRef(x.previous, a.input.sheet))}</span>` : ''}` : '–';
      return `<tr><td data-label="${esc(w.code)}" class="mono">${esc(x.code)}</td><td data-label="${esc(w.assumedValue)}" class="num">${esc(x.value)}</td><td data-label="${esc(w.valueInFile)}" class="num">${previous}</td></tr>`;
    })
    .join('');
  return `<section class="box whatif-box" role="note" aria-labelledby="assume-h">
<h2 id="assume-h">${esc(w.assumptions)}</h2>
<p>${esc(w.assumptionsWarning(a.assumptions.length))}</p>
<table class="data compact narrow"><thead><tr><th scope="col">${esc(w.code)}</th><th scope="col">${esc(w.assumedValue)}</th><th scope="col">${esc(w.valueInFile)}</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function scoreSection(a: Assessment, o: HtmlOptions, w: UiWords): string {
  const lang = o.lang;
  const p = a.predicate;
  const fill = predicateColor(p, o.scale);
  const pctText = a.percent ? ` · ${pct(a.percent)}%` : '';
  const scale = o.scale && o.scale.bands.length > 0 ? bandModel(a, o.scale, lang, w) : undefined;
  const next = scale?.next;
  return `<section class="score" aria-labelledby="score-h">
<h2 id="score-h" class="sr-only">${esc(w.total)}</h2>
<div class="stats">
<div class="stat total"><div class="label">${esc(w.total)}</div><div class="big"><span class="score-value">${esc(num(a.score))}</span></div><div class="sub">${esc(w.outOf(num(a.score), num(a.max)))}${esc(pctText)}</div></div>
<div class="stat pred"><div class="label">${esc(w.predicate)}</div><div class="predicate" style="background:${fill};color:${contrastText(fill)}">${esc(predicateText(p, lang))}</div>${next ? `<div class="sub">${esc(next)}</div>` : ''}</div>
${a.population ? '' : `<div class="stat"><div class="label">${esc(w.selfTotal)}</div><div class="mid">${esc(num(a.selfScore))}</div><div class="sub">${esc(w.selfPredicate)}: ${esc(predicateText(a.selfPredicate, lang))}</div></div>`}
<div class="stat"><div class="label">${esc(w.coverage)}</div><div class="mid">${esc(ratioPct(a.coverage))}%</div><div class="sub">${esc(w.coverageSentence(ratioPct(a.coverage)))}</div></div>
</div>
<figure class="chart band-chart">
<figcaption>${esc(w.bandScale)}</figcaption>
${scale ? bandSvg(a, scale, w, lang) : plainScoreSvg(a, fill, w, lang)}
${scale ? legend(scale) : ''}
</figure>
</section>`;
}

function aspectSection(a: Assessment, w: UiWords, lang: Lang): string {
  const list = aspects(a);
  if (list.length === 0) return '';
  const row = (code: string, name: string, self: Dec, score: Dec, max: Dec, percent: Dec | null, coverage: Dec): string => `<tr>
<td class="mono">${esc(code)}</td>
<td class="name">${name}</td>
<td class="num opt">${esc(num(self))}</td>
<td class="num strong">${esc(num(score))}</td>
<td class="num">${esc(num(max))}</td>
<td class="num">${esc(pctOrDash(percent))}</td>
<td class="num opt">${esc(ratioPct(coverage))}%</td>
</tr>`;
  const rows = list
    .map((n) =>
      row(n.code, `<a href="#node-${anchor(n.code)}">${esc(text(n.name, lang))}</a>${statusBadge(n, w)}`, n.selfScore, n.score, n.max, n.percent, n.coverage),
    )
    .join('');
  const foot = row('', esc(w.total_row), a.selfScore, a.score, a.max, a.percent, a.coverage);
  return `<section class="aspects" aria-labelledby="aspects-h">
<h2 id="aspects-h">${esc(w.aspects)}</h2>
<div class="split">
<figure class="chart aspect-chart">
<figcaption>${esc(w.aspectChart)} (%)</figcaption>
${aspectSvg(list, w, lang)}
</figure>
<div class="table-wrap">
<table class="data aspect-table">
<thead><tr><th scope="col">${esc(w.code)}</th><th scope="col">${esc(w.aspect)}</th><th scope="col" class="num opt">${esc(w.self)}</th><th scope="col" class="num">${esc(w.score)}</th><th scope="col" class="num">${esc(w.max)}</th><th scope="col" class="num">%</th><th scope="col" class="num opt">${esc(w.coverage)}</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot>${foot}</tfoot>
</table>
</div>
</div>
</section>`;
}

function detailSection(a: Assessment, w: UiWords, lang: Lang): string {
  const list = aspects(a);
  if (list.length === 0) return '';
  const sections = list.map((asp) => {
    const rows = asp.kind === 'leaf' ? [asp] : [...nodes(asp)];
    const body = rows.map((n) => nodeRow(n, a, w, lang, asp.depth)).join('\n');
    const prov =
      asp.provenance && asp.provenance.confidence !== 'confirmed'
        ? `<p class="prov"><span class="badge ${asp.provenance.confidence === 'uncertain' ? 'bad' : 'warn'}">${esc(w.confidence[asp.provenance.confidence])}</span> ${esc(w.source)}: ${esc(asp.provenance.source)}</p>`
        : '';
    return `<section class="aspect" id="node-${anchor(asp.code)}" aria-labelledby="h-${anchor(asp.code)}">
<h3 id="h-${anchor(asp.code)}"><span class="mono">${esc(asp.code)}</span> ${esc(text(asp.name, lang))} <span class="h-score">${esc(w.outOf(num(asp.score), num(asp.max)))}${asp.percent ? ` · ${esc(pct(asp.percent))}%` : ''}</span></h3>
${prov}
<table class="data stack leaves">
<colgroup><col class="w-code"><col class="w-name"><col class="w-lvl"><col class="w-lvl"><col class="w-pts"><col class="w-max"><col class="w-cell"><col class="w-ev"></colgroup>
<thead>
<tr><th scope="col" rowspan="2">${esc(w.code)}</th><th scope="col" rowspan="2">${esc(w.criteria)}</th><th scope="colgroup" colspan="2" class="center">${esc(w.level)}</th><th scope="col" rowspan="2" class="num">${esc(w.points)}</th><th scope="col" rowspan="2" class="num">${esc(w.max)}</th><th scope="col" rowspan="2">${esc(w.sourceCell)}</th><th scope="col" rowspan="2">${esc(w.evidence)} / ${esc(w.notes)}</th></tr>
<tr><th scope="col" class="num">${esc(w.self)}</th><th scope="col" class="num">${esc(w.verified)}</th></tr>
</thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
  });
  return `<section class="details" aria-labelledby="details-h">
<h2 id="details-h">${esc(w.criteria)}</h2>
${sections.join('\n')}
</section>`;
}

function nodeRow(n: NodeResult, a: Assessment, w: UiWords, lang: Lang, baseDepth: number): string {
  const indent = Math.max(0, n.depth - baseDepth - 1);
  const style = indent > 0 ? ` style="padding-left:${(0.5 + indent * 1.1).toFixed(1)}em"` : '';
  const name = `<td class="name"${style}>${esc(text(n.name, lang))}${statusBadge(n, w)}${provenanceBadge(n, w)}</td>`;
  const code = `<td class="mono c-code">${esc(n.code)}</td>`;
  const totals = `<td data-label="${esc(w.points)}" class="num strong">${esc(num(n.score))}</td>
<td data-label="${esc(w.max)}" class="num">${esc(num(n.max))}</td>`;
  if (n.kind === 'group') {
    return `<tr class="group">
${code}
${name}
<td class="num"></td>
<td class="num"></td>
${totals}
<td></td>
<td class="wide"></td>
</tr>`;
  }
  const t = n.trace;
  const used = t?.used === 'verified' ? t.verified : t?.used === 'self' ? t.self : undefined;
  const changed = t?.self && t.verified && String(t.self.parsed ?? t.self.raw) !== String(t.verified.parsed ?? t.verified.raw);
  const ref = used ?? t?.self ?? t?.verified;
  const evidence = t?.evidence ? evidenceHtml(t.evidence) : '';
  const notes = t?.notes ? `<div class="note">${esc(t.notes)}</div>` : '';
  const rule = t?.rule ? `<div class="rule mono">${esc(t.rule)}</div>` : '';
  return `<tr class="leaf st-${n.status}">
${code}
${name}
<td data-label="${esc(w.self)}" class="num${t?.used === 'self' ? ' used' : ''}">${levelHtml(t?.self, w)}</td>
<td data-label="${esc(w.verified)}" class="num${t?.used === 'verified' ? ' used' : ''}${changed ? ' changed' : ''}">${levelHtml(t?.verified, w)}${t?.replaced ? ` <span class="muted">${esc(w.wasValue(shownValue(t.replaced)))}</span>` : ''}</td>
${totals}
<td data-label="${esc(w.sourceCell)}" class="mono c-cell">${ref?.assumed ? `<span class="muted">${esc(w.assumed)}</span>` : ref?.ref ? esc(cellRef(ref, a.input.sheet)) : '–'}</td>
<td data-label="${esc(w.evidence)}" class="wide">${evidence}${notes}${rule}</td>
</tr>`;
}

function diagnosticsSection(ds: readonly Diagnostic[], w: UiWords, lang: Lang): string {
  if (ds.length === 0) {
    return `<section class="diagnostics" aria-labelledby="diag-h"><h2 id="diag-h">${esc(w.diagnostics)}</h2><p class="muted">${esc(w.noDiagnostics)}</p></section>`;
  }
  const sorted = sortDiagnostics(ds);
  const counts = SEVERITIES.map((s) => [s, sorted.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
  const items = sorted
    .map((d) => {
      const loc = formatLocation(d.location);
      const hint = hintText(d, lang);
      return `<li class="diag sev-${d.severity}">
<span class="badge ${SEV_CLASS[d.severity]}">${esc(severityLabel(d.severity, w))}</span>
<span class="msg">${esc(messageText(d, lang))}</span> <span class="code mono">[${esc(d.code)}]</span>
${loc ? `<div class="loc mono">${esc(loc)}</div>` : ''}${hint ? `<div class="hint">${esc(w.hint)}: ${esc(hint)}</div>` : ''}
</li>`;
    })
    .join('\n');
  return `<section class="diagnostics" aria-labelledby="diag-h">
<h2 id="diag-h">${esc(w.diagnostics)} <span class="h-score">${esc(counts.map(([s, n]) => w.count(n, s)).join(', '))}</span></h2>
<ul class="diags">
${items}
</ul>
</section>`;
}

function footer(a: Assessment, w: UiWords): string {
  return `<footer class="foot">
<div><span class="k">${esc(w.tool)}</span> <span class="mono">${esc(`${a.tool.name} ${a.tool.version}`)}</span>${a.generatedAt ? ` · <span class="k">${esc(w.generatedAt)}</span> <span class="mono">${esc(a.generatedAt)}</span>` : ''}</div>
<div><span class="k">${esc(w.rubricSha)}</span> <span class="mono hash">${esc(a.rubric.sha256)}</span></div>
<div><span class="k">${esc(w.inputSha)}</span> <span class="mono hash">${esc(a.input.sha256)}</span></div>
</footer>`;
}

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

interface BandModel {
  lo: Dec;
  hi: Dec;
  segments: Segment[];
  edges: Dec[];
  /** `36.5 points to IV Very Good`, when there is a next band. */
  next?: string;
}

const RANK_COLORS = ['#c0392b', '#e67e22', '#2e86c1', '#1e8449', '#117a65', '#6c3483'];
const BELOW_COLOR = '#7b241c';
const ABOVE_COLOR = '#4a235a';
const NEUTRAL = '#5d6d7e';

function bandModel(a: Assessment, scale: BandScale, lang: Lang, w: UiWords): BandModel {
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
      color: safeColor(label?.color) ?? BELOW_COLOR,
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
      color: safeColor(b.color) ?? RANK_COLORS[i % RANK_COLORS.length]!,
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
      color: safeColor(label?.color) ?? ABOVE_COLOR,
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

function bandSvg(a: Assessment, m: BandModel, w: UiWords, lang: Lang): string {
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
      const color = s.current ? contrastText(s.color) : '#1f2933';
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

function plainScoreSvg(a: Assessment, fill: string, w: UiWords, lang: Lang): string {
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

function legend(m: BandModel): string {
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

function aspectSvg(list: NodeResult[], w: UiWords, lang: Lang): string {
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
// Small pieces

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEV_CLASS: Record<Severity, string> = { error: 'bad', warning: 'warn', info: 'info' };

function severityLabel(s: Severity, w: UiWords): string {
  return w.count(1, s).replace(/^1 /, '');
}

function statusBadge(n: NodeResult, w: UiWords): string {
  if (n.status === 'scored') return '';
  const cls = n.status === 'error' ? 'bad' : n.status === 'missing' ? 'warn' : 'muted-badge';
  return ` <span class="badge ${cls}">${esc(w.nodeStatus[n.status])}</span>`;
}

function provenanceBadge(n: NodeResult, w: UiWords): string {
  if (n.kind !== 'leaf' || !n.provenance || n.provenance.confidence === 'confirmed') return '';
  return ` <span class="badge ${n.provenance.confidence === 'uncertain' ? 'bad' : 'warn'}" title="${esc(n.provenance.source)}">${esc(w.confidence[n.provenance.confidence])}</span>`;
}

/** A value as the file gave it (parsed where it could be read). */
function shownValue(v: ValueTrace): string {
  return v.parsed !== null && v.parsed !== undefined ? String(v.parsed) : v.raw === null ? '' : String(v.raw);
}

function levelHtml(v: ValueTrace | undefined, w: UiWords): string {
  if (!v) return '<span class="muted">–</span>';
  const shown = shownValue(v);
  const bad = v.points === null ? ' class="bad-value"' : '';
  const assumed = v.assumed ? ` <span class="badge info">${esc(w.assumed)}</span>` : '';
  return `<span${bad}>${esc(shown)}</span>${assumed}`;
}

function evidenceHtml(evidence: string): string {
  const s = evidence.trim();
  if (/^https?:\/\/[^\s"'<>]+$/i.test(s)) return `<a href="${esc(s)}" rel="noopener noreferrer nofollow">${esc(s)}</a>`;
  return `<span>${esc(evidence)}</span>`;
}

/** Text from a rubric with its http(s) addresses as links (provenance citations). */
function linkify(t: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of t.matchAll(/https?:\/\/[^\s"'<>()]+[^\s"'<>().,;:]/g)) {
    out.push(esc(t.slice(last, m.index)));
    out.push(`<a href="${esc(m[0])}" rel="noopener noreferrer nofollow">${esc(m[0])}</a>`);
    last = m.index + m[0].length;
  }
  out.push(esc(t.slice(last)));
  return out.join('');
}

function cellRef(v: ValueTrace, sheet: string | undefined): string {
  if (!v.ref) return '';
  return v.ref.sheet !== undefined && v.ref.sheet !== sheet ? `${quoteSheet(v.ref.sheet)}!${v.ref.cell}` : v.ref.cell;
}

function predicateColor(p: Predicate, scale: BandScale | undefined): string {
  const own = safeColor(p.color);
  if (own) return own;
  if (scale) {
    const i = scale.bands.findIndex((b) => b.code === p.code);
    const b = scale.bands[i];
    if (b) return safeColor(b.color) ?? RANK_COLORS[i % RANK_COLORS.length]!;
    const o = p.kind === 'below' ? scale.outOfRange?.below : p.kind === 'above' ? scale.outOfRange?.above : undefined;
    const oc = safeColor(o?.color);
    if (oc) return oc;
  }
  return p.kind === 'below' ? BELOW_COLOR : p.kind === 'above' ? ABOVE_COLOR : NEUTRAL;
}

/** Only plain hex colours reach CSS or SVG attributes. */
function safeColor(c: string | undefined): string | undefined {
  return c && /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(c) ? c.toLowerCase() : undefined;
}

/** Black or white text, whichever contrasts more with the background. */
function contrastText(bg: string): string {
  const hex = bg.length === 4 ? bg.slice(1).replace(/./g, (ch) => ch + ch) : bg.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#111827' : '#ffffff';
}

function pctOrDash(p: Dec | null): string {
  return p ? `${pct(p)}%` : '–';
}

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

/** An id-safe fragment of a node code. */
function anchor(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESC[ch]!);
}
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// ---------------------------------------------------------------------------------------------
// Style

const CSS = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee4;--soft:#f4f6f8;--accent:#2f6690;--warn-bg:#fff6e0;--warn-line:#e0a100;--info-bg:#eaf2fb;--info-line:#2e86c1;--bad:#b03a2e;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Liberation Sans",sans-serif;
font-family:var(--sans);color:var(--ink);background:#fff;line-height:1.45;-webkit-text-size-adjust:100%;text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
main{max-width:1060px;margin:0 auto;padding:24px 28px 40px}
h1,h2,h3{line-height:1.2;margin:0}
h1{font-size:1.9rem;font-weight:700;letter-spacing:-.01em;margin:.15em 0 .5em}
h2{font-size:1.25rem;margin:1.6em 0 .6em;padding-bottom:.3em;border-bottom:2px solid var(--ink);break-after:avoid}
h3{font-size:1.05rem;margin:1.4em 0 .5em;break-after:avoid}
.subject-src{font-size:.9rem;font-weight:500;color:var(--muted);letter-spacing:0}
.kicker{margin:0;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;font-weight:600}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace;font-size:.92em}
.muted{color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
a{color:var(--accent)}
.meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:8px 24px;margin:0;padding:12px 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line)}
.meta div{min-width:0}
.meta dt{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600}
.meta dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;font-family:var(--sans);font-size:.72rem;font-weight:600;line-height:1.5;padding:0 .5em;border-radius:999px;border:1px solid;vertical-align:.1em;white-space:nowrap;font-style:normal}
.badge.ok{color:#1e6b3a;border-color:#7cc39a;background:#eaf7ef}
.badge.warn{color:#7a4b00;border-color:#e0a100;background:#fff6e0}
.badge.bad{color:#8e2b20;border-color:#e59b92;background:#fdecea}
.badge.info{color:#1b4f72;border-color:#85b8dd;background:#eaf2fb}
.badge.muted-badge{color:var(--muted);border-color:var(--line);background:var(--soft)}
.box{border:1px solid;border-left-width:6px;border-radius:6px;padding:12px 16px;margin:18px 0;break-inside:avoid}
.box h2{border:0;margin:0 0 .3em;padding:0;font-size:1.1rem}
.box p{margin:.2em 0 .6em}
.warn-box{background:var(--warn-bg);border-color:var(--warn-line)}
.part-codes{list-style:none;margin:.2em 0 .4em;padding:0;font-size:.9rem;line-height:1.6}
.part-codes .k,.c-parts .k{font-weight:700;margin-right:.3em}
.box .more{margin:.3em 0 0;font-size:.9rem}
.whatif-box{background:var(--info-bg);border-color:var(--info-line)}
.stats{display:grid;grid-template-columns:1.15fr 1.35fr 1fr 1fr;gap:12px;margin:20px 0 12px}
.stat{border:1px solid var(--line);border-radius:8px;padding:12px 14px;min-width:0;break-inside:avoid}
.stat .label{font-size:.75rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600}
.stat .big{font-size:3rem;font-weight:800;line-height:1.05;font-variant-numeric:tabular-nums;letter-spacing:-.02em}
.stat .mid{font-size:1.6rem;font-weight:700;line-height:1.25;font-variant-numeric:tabular-nums}
.stat .sub{font-size:.85rem;color:var(--muted);margin-top:2px}
.predicate{display:inline-block;font-size:1.7rem;font-weight:800;line-height:1.15;padding:.2em .55em;border-radius:8px;margin:4px 0 2px}
figure{margin:0}
.chart{break-inside:avoid}
.chart figcaption{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600;margin:10px 0 4px}
.band-chart{border:1px solid var(--line);border-radius:8px;padding:4px 14px 12px}
svg{display:block}
svg text{font-family:var(--sans)}
.band-svg{width:100%;height:92px;overflow:visible}
.band-svg .seg-code{font-size:14px;font-weight:700}
.band-svg .edge{font-size:13px;fill:#3d4752}
.band-svg .marker{font-size:17px;font-weight:800;fill:#111827}
.legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:6px;padding:2px 6px;border-radius:4px}
.legend li.current{outline:1.5px solid #111827;font-weight:700}
.legend .swatch{width:14px;height:14px;border-radius:3px;flex:0 0 auto}
.legend .l-range{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.split{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:28px;align-items:start}
.aspect-chart{max-width:560px}
.aspect-svg{width:100%;height:auto}
.aspect-svg .label{font-size:13px;font-weight:600;fill:#1f2933}
.aspect-svg .value{font-size:12.5px;font-weight:700;fill:#1f2933}
.aspect-svg .detail{font-weight:400;fill:#5f6b7a}
.aspect-svg .axis{font-size:11px;fill:#5f6b7a}
.aspect-svg .grid{stroke:#d9dee4;stroke-width:1;stroke-dasharray:3 3}
.aspect-svg .track{fill:#e8ecf1}
.aspect-svg .bar{fill:#2f6690}
.table-wrap{overflow-x:auto;max-width:100%}
table.data{width:100%;border-collapse:collapse;font-size:.9rem;font-variant-numeric:tabular-nums}
table.data th{text-align:left;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:700;border-bottom:2px solid var(--ink);padding:5px 8px;vertical-align:bottom}
table.data thead tr:first-child th[colspan]{border-bottom:1px solid var(--line);text-align:center}
table.data td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top;overflow-wrap:break-word}
table.data td.wide,table.data td.mono{overflow-wrap:anywhere}
table.data .num{text-align:right}
table.data td.num{white-space:nowrap}
table.data td.strong{font-weight:700}
table.data tfoot td{font-weight:700;border-top:2px solid var(--ink);border-bottom:0}
table.data tr{break-inside:avoid}
table.data thead{display:table-header-group}
table.compact{font-size:.85rem;background:rgba(255,255,255,.6)}
table.narrow{width:auto;min-width:240px}
table.parts{table-layout:fixed}
table.parts col.w-part{width:24%}
table.parts col.w-conf{width:8.5em}
table.parts td.wide a{overflow-wrap:anywhere}
table.leaves{table-layout:fixed}
table.leaves col.w-code{width:7%}
table.leaves col.w-name{width:26%}
table.leaves col.w-lvl{width:9%}
table.leaves col.w-pts{width:7%}
table.leaves col.w-max{width:6%}
table.leaves col.w-cell{width:8%}
table.leaves col.w-ev{width:28%}
table.leaves tr.group td{background:var(--soft);font-weight:600}
td.used span:first-child{font-weight:700}
td.changed{background:#fff6e0}
.bad-value{color:var(--bad);text-decoration:line-through}
tr.st-missing td.name,tr.st-error td.name{color:#7a4b00}
.note{color:var(--muted);font-style:italic;margin-top:2px}
.rule{color:var(--muted);font-size:.76rem;margin-top:2px}
.h-score{font-weight:500;color:var(--muted);font-size:.9rem;white-space:nowrap}
.prov{margin:.2em 0 .6em;font-size:.85rem;color:var(--muted)}
.diags{list-style:none;margin:0;padding:0}
.diag{padding:8px 0;border-bottom:1px solid var(--line);break-inside:avoid}
.diag .code{color:var(--muted);font-size:.8rem}
.diag .loc{color:var(--muted);font-size:.8rem;margin-top:2px;overflow-wrap:anywhere}
.diag .hint{font-size:.85rem;margin-top:2px}
.foot{margin-top:32px;padding-top:10px;border-top:1px solid var(--line);font-size:.78rem;color:var(--muted);display:grid;gap:2px}
.foot .k{font-weight:600}
.foot .hash{overflow-wrap:anywhere}
@media (max-width:980px){.split{grid-template-columns:minmax(0,1fr)}.stats{grid-template-columns:1fr 1fr}}
@media screen and (max-width:640px){
main{padding:14px 14px 28px}
h1{font-size:1.5rem}
.stats{gap:8px}
.stat.total,.stat.pred{grid-column:1/-1}
.stat .big{font-size:2.6rem}
.stat .mid{font-size:1.3rem}
.predicate{font-size:1.35rem}
.band-chart{padding:2px 10px 10px}
.legend{gap:4px 10px}
table.data .opt{display:none}
table.data th,table.data td{padding:5px 5px}
table.stack,table.stack tbody{display:block;width:100%}
table.stack thead,table.stack colgroup{display:none}
table.stack tr{display:grid;grid-template-columns:4.5em repeat(3,minmax(0,1fr));gap:2px 10px;border:1px solid var(--line);border-radius:8px;margin:0 0 10px;padding:8px 10px;background:#fff}
table.stack td,table.stack td.num{display:block;border:0;padding:1px 0;text-align:left;min-width:0}
table.stack td[data-label]::before{content:attr(data-label);display:block;font-family:var(--sans);font-size:.68rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
table.stack td:empty{display:none}
table.stack td.c-code{grid-column:1/2;font-weight:700}
table.stack td.c-code::before{display:none}
table.stack td.name{grid-column:2/-1;font-weight:600;padding-left:0!important}
table.stack td.c-cell,table.stack td.wide{grid-column:1/-1}
table.stack td.c-cell{display:flex;gap:8px;align-items:baseline}
table.stack td.c-cell::before{display:inline}
table.leaves tr.group{background:var(--soft)}
table.leaves tr.group td{background:transparent}
table.parts tr{grid-template-columns:minmax(0,1fr) auto}
table.parts td::before{display:none!important}
table.parts td.c-parts{grid-column:1/2}
table.parts td.c-conf{grid-column:2/3;text-align:right}
table.narrow{min-width:0}
}
@page{size:A4;margin:15mm}
@media print{
:root{font-size:10pt}
main{max-width:none;padding:0}
h1{font-size:18pt}
h2{margin-top:1.2em}
.stats{grid-template-columns:1fr 1.3fr 1fr 1fr;gap:8px}
.stat .big{font-size:26pt}
.stat .mid{font-size:15pt}
.predicate{font-size:15pt}
.split{grid-template-columns:minmax(0,1fr)}
.aspect-chart{max-width:105mm}
table.data{font-size:8.5pt}
table.data th{font-size:6.5pt;letter-spacing:0;padding:4px 5px}
table.data td{padding:5px 5px}
.diag{padding:3px 0}
.diag .loc{display:inline;margin-left:.6em}
.table-wrap{overflow:visible}
a{color:inherit;text-decoration:none}
.box,.stat,.chart,tr,.diag{break-inside:avoid}
}
`;
