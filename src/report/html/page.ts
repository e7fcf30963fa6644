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
 *
 * This file builds the page and its sections; the charts (band bar, aspect bars) are in
 * charts.ts, the stylesheet in style.ts, and band colours in ../band-colours.ts.
 */
import type { Dec } from '../../decimal.js';
import type { Diagnostic, Lang, Severity } from '../../diagnostics.js';
import { countOf, formatLocation, quoteSheet, sortDiagnostics } from '../../diagnostics.js';
import type { Assessment, NodeResult, Predicate, ValueTrace } from '../../scoring/types.js';
import { inkOn, predicateColour, type BandScale } from '../band-colours.js';
import { aspects, assumptionsWithPrevious, nodes, num, pct, predicateText, ratioPct, text } from '../format.js';
import { hintText, localDateTime, messageText, ui, type UiWords } from '../../i18n/index.js';
import { POPULATION_CSS, populationHtml } from '../population/html.js';
import { aspectSvg, bandModel, bandSvg, legend, plainScoreSvg } from './charts.js';
import { anchor, esc } from './escape.js';
import { htmlDocument } from './document.js';
import { CSS } from './style.js';
import { cappedNote, categoryBadge, compositeSection, incompleteBox, nextStepsSection, nodeExtras, NOTICE_CSS, noticeBox, notApplicableSection, profileSection, V2_CSS } from './v2.js';
import { cappedText, categorisedRows, hasCategories, isV2, nominalLabel, nominalText } from '../v2.js';

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
  // v2 results: the profile first, the incomplete warning by the score, composites and not-applicable items by the aspects.
  const v2 = isV2(a) && !a.population;
  const body = [
    header(a, w, lang),
    ...(v2 ? [profileSection(a, lang)].filter(Boolean) : []),
    scoreSection(a, o, w),
    ...(v2 ? [incompleteBox(a, lang)].filter(Boolean) : []),
    provisionalBox(a, w),
    ...[noticeBox(a, lang)].filter(Boolean),
    assumptionsBox(a, w),
    aspectSection(a, w, lang, v2),
    ...(v2 ? [compositeSection(a, lang), notApplicableSection(a, lang), nextStepsSection(a, lang)].filter(Boolean) : []),
    // Record rubrics: the population (a population's leaves are means, not levels with cells).
    a.population ? populationHtml(a, lang, { esc, color: (code, kind) => predicateColour({ code, kind } as Predicate, o.scale), ink: inkOn, anchor }) : detailSection(a, w, lang),
    provisionalSources(a, w),
    diagnosticsSection(a.diagnostics, w, lang),
    footer(a, w, lang),
  ].join('\n');
  return htmlDocument({
    lang,
    title,
    generator: `${a.tool.name} ${a.tool.version}`,
    css: `${CSS}${a.population ? POPULATION_CSS : ''}${v2 ? V2_CSS : ''}${a.rubric.notice ? NOTICE_CSS : ''}`,
    body,
  });
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
  if (a.rubric.base) rows.push([w.v2.baseRubric, `<span class="mono">${esc(`${a.rubric.base.id}@${a.rubric.base.version}`)}</span>`]);
  rows.push([w.file, `<span class="mono">${esc(a.input.path)}</span>${a.input.sheet !== undefined ? ` <span class="muted">(${esc(w.sheet)}: ${esc(a.input.sheet)})</span>` : ''}`]);
  if (a.generatedAt) rows.push([w.generatedAt, `<time datetime="${esc(a.generatedAt)}">${esc(localDateTime(a.generatedAt, lang))}</time>`]);
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
  const fill = predicateColour(p, o.scale);
  const pctText = a.percent ? ` · ${pct(a.percent)}%` : '';
  const scale = o.scale && o.scale.bands.length > 0 ? bandModel(a, o.scale, lang, w) : undefined;
  const next = scale?.next;
  const nominal = nominalText(a);
  return `<section class="score" aria-labelledby="score-h">
<h2 id="score-h" class="sr-only">${esc(w.total)}</h2>
<div class="stats">
<div class="stat total"><div class="label">${esc(w.total)}</div><div class="big"><span class="score-value">${esc(num(a.score))}</span></div><div class="sub">${esc(w.outOf(num(a.score), num(a.max)))}${esc(pctText)}</div>${nominal !== undefined ? `<div class="sub nominal">${esc(nominalLabel(a, lang))}: <b>${esc(nominal)}</b></div>` : ''}</div>
<div class="stat pred"><div class="label">${esc(w.predicate)}</div><div class="predicate" style="background:${fill};color:${inkOn(fill)}">${esc(predicateText(p, lang))}</div>${cappedNote(cappedText(p, a, lang))}${next ? `<div class="sub">${esc(next)}</div>` : ''}</div>
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

/**
 * v2: the chart shows the innermost categorised nodes (the 2026 instrument's eight aspects, not
 * the composite's parts); the top-level nodes when there are none.
 */
function innermostCategorised(a: Assessment, fallback: NodeResult[]): NodeResult[] {
  const out: NodeResult[] = [];
  const visit = (n: NodeResult): void => {
    const below = (n.children ?? []).some(function has(c: NodeResult): boolean {
      return c.category !== undefined || (c.children ?? []).some(has);
    });
    if (n.category && !below && n !== a.root) out.push(n);
    else for (const c of n.children ?? []) visit(c);
  };
  visit(a.root);
  return out.length > 0 ? out : fallback;
}

function aspectSection(a: Assessment, w: UiWords, lang: Lang, v2: boolean): string {
  const list = aspects(a);
  if (list.length === 0) return '';
  // v2: categorised groups below the aspects too, and a category column.
  const withCategory = v2 && hasCategories(a);
  const cat = (p: Predicate | undefined): string => (withCategory ? `\n<td>${p ? categoryBadge(p, a, lang) : ''}</td>` : '');
  const row = (code: string, name: string, self: Dec, score: Dec, max: Dec, percent: Dec | null, coverage: Dec, category?: Predicate, depth = 1): string => `<tr>
<td class="mono">${esc(code)}</td>
<td class="name"${depth > 1 ? ` style="padding-left:${(0.5 + (depth - 1) * 1.1).toFixed(1)}em"` : ''}>${name}</td>
<td class="num opt">${esc(num(self))}</td>
<td class="num strong">${esc(num(score))}</td>
<td class="num">${esc(num(max))}</td>
<td class="num">${esc(pctOrDash(percent))}</td>
<td class="num opt">${esc(ratioPct(coverage))}%</td>${cat(category)}
</tr>`;
  const rows = (v2 ? categorisedRows(a) : list)
    .map((n) =>
      row(
        n.code,
        n.depth === 1 ? `<a href="#node-${anchor(n.code)}">${esc(text(n.name, lang))}</a>${statusBadge(n, w)}` : `${esc(text(n.name, lang))}${statusBadge(n, w)}`,
        n.selfScore,
        n.score,
        n.max,
        n.percent,
        n.coverage,
        n.category,
        n.depth,
      ),
    )
    .join('');
  const foot = row('', esc(w.total_row), a.selfScore, a.score, a.max, a.percent, a.coverage, withCategory ? a.predicate : undefined);
  return `<section class="aspects" aria-labelledby="aspects-h">
<h2 id="aspects-h">${esc(w.aspects)}</h2>
<div class="split${withCategory ? ' stacked' : ''}">
<figure class="chart aspect-chart">
<figcaption>${esc(w.aspectChart)} (%)</figcaption>
${aspectSvg(withCategory ? innermostCategorised(a, list) : list, w, lang)}
</figure>
<div class="table-wrap">
<table class="data aspect-table">
<thead><tr><th scope="col">${esc(w.code)}</th><th scope="col">${esc(w.aspect)}</th><th scope="col" class="num opt">${esc(w.self)}</th><th scope="col" class="num">${esc(w.score)}</th><th scope="col" class="num">${esc(w.max)}</th><th scope="col" class="num">%</th><th scope="col" class="num opt">${esc(w.coverage)}</th>${withCategory ? `<th scope="col">${esc(w.v2.category)}</th>` : ''}</tr></thead>
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
<h3 id="h-${anchor(asp.code)}"><span class="mono">${esc(asp.code)}</span> ${esc(text(asp.name, lang))} <span class="h-score">${esc(w.outOf(num(asp.score), num(asp.max)))}${asp.percent ? ` · ${esc(pct(asp.percent))}%` : ''}${asp.unrounded ? ` · ${esc(w.v2.unroundedNote(num(asp.unrounded)))}` : ''}</span>${asp.category ? ` ${categoryBadge(asp.category, a, lang)}` : ''}</h3>
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
  const extras = nodeExtras(n, a, lang);
  const name = `<td class="name"${style}>${esc(text(n.name, lang))}${statusBadge(n, w)}${provenanceBadge(n, w)}${extras.badge}</td>`;
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
<td class="wide">${extras.note}</td>
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
<td data-label="${esc(w.evidence)}" class="wide">${evidence}${notes}${rule}${extras.note}</td>
</tr>`;
}

function diagnosticsSection(ds: readonly Diagnostic[], w: UiWords, lang: Lang): string {
  if (ds.length === 0) {
    return `<section class="diagnostics" aria-labelledby="diag-h"><h2 id="diag-h">${esc(w.diagnostics)}</h2><p class="muted">${esc(w.noDiagnostics)}</p></section>`;
  }
  const sorted = sortDiagnostics(ds);
  const counts = SEVERITIES.map((s) => [s, countOf(sorted, s)] as const).filter(([, n]) => n > 0);
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

function footer(a: Assessment, w: UiWords, lang: Lang): string {
  return `<footer class="foot">
<div><span class="k">${esc(w.tool)}</span> <span class="mono">${esc(`${a.tool.name} ${a.tool.version}`)}</span>${a.generatedAt ? ` · <span class="k">${esc(w.generatedAt)}</span> <time datetime="${esc(a.generatedAt)}">${esc(localDateTime(a.generatedAt, lang))}</time>` : ''}</div>
<div><span class="k">${esc(w.rubricSha)}</span> <span class="mono hash">${esc(a.rubric.sha256)}</span></div>
<div><span class="k">${esc(w.inputSha)}</span> <span class="mono hash">${esc(a.input.sha256)}</span></div>
</footer>`;
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
  const cls = n.status === 'error' ? 'bad' : n.status === 'missing' || n.status === 'incomplete' ? 'warn' : 'muted-badge';
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

function pctOrDash(p: Dec | null): string {
  return p ? `${pct(p)}%` : '–';
}
