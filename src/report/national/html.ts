/**
 * The national dashboard (`merit score DIR -o ringkasan.html`): one self-contained page over a
 * whole batch. Headline (agencies scored and failed, the distribution over categories, the score
 * histogram with the band edges, mean and median), the groups, the heatmap agencies × aspects
 * (sortable and filterable by its one inline script, allowed by hash; complete without it), the
 * ranking with links to the per-agency reports, and the failures with their first diagnostic.
 *
 * No request of any kind: inline CSS, inline SVG, one hashed inline script, and a CSP of
 * `default-src 'none'`. Every text from a file or a rubric is escaped. Pure.
 */
import type { Lang } from '../../diagnostics.js';
import { formatLocation } from '../../diagnostics.js';
import { messageText, nationalWords, type NationalWords } from '../../i18n/index.js';
import type { BatchResult } from '../../scoring/batch.js';
import type { Predicate } from '../../scoring/types.js';
import { categoryRank, inkOn, predicateColour, rankColour, RANK_COLOURS } from '../band-colours.js';
import { num, pct, predicateText, ratioPct, text } from '../format.js';
import { esc } from '../html/escape.js';
import { htmlDocument } from '../html/document.js';
import { CSS } from '../html/style.js';
import { categoryText } from '../v2.js';
import { distributionBar, histogramSvg } from './charts.js';
import { groupText, nationalModel, type AgencyRow, type Cell, type NationalModel } from './model.js';
import { populationHtml } from './population.js';
import { SCRIPT, SCRIPT_HASH } from './script.js';
import { colourClasses, NATIONAL_CSS, PERCENT_RAMP } from './style.js';

export interface NationalHtmlOptions {
  lang: Lang;
  /** `folder`, `period` or a profile question code. */
  groupBy?: string;
  /** Input path -> link to its per-agency report (relative to the dashboard). */
  links?: ReadonlyMap<string, string>;
}

export function renderNationalHtml(r: BatchResult, o: NationalHtmlOptions): string {
  const w = nationalWords(o.lang);
  const m = nationalModel(r, o.groupBy);
  const rankColours = (m.scale?.bands ?? []).map((b, i) => rankColour(b, i));
  const body = [
    header(r, w, o.lang),
    r.rubric.status !== 'official' ? `<p class="box warn-box" role="note">${esc(w.provisionalNote)}</p>` : '',
    headline(r, m, w, o.lang),
    groupsSection(r, m, w, o.lang),
    heatmapSection(m, w, o.lang),
    populationHtml(m, w, o.lang),
    rankingSection(m, w, o),
    failuresSection(m, w, o.lang),
    footer(r, w),
  ]
    .filter(Boolean)
    .join('\n');
  return htmlDocument({
    lang: o.lang,
    title: `${w.title} — ${r.rubric.id}@${r.rubric.version}`,
    generator: `${r.tool.name} ${r.tool.version}`,
    css: `${CSS}${NATIONAL_CSS}${colourClasses(rankColours.length ? rankColours : [...RANK_COLOURS])}`,
    body,
    script: { source: SCRIPT, hash: SCRIPT_HASH },
  });
}

function header(r: BatchResult, w: NationalWords, lang: Lang): string {
  const rows: [string, string][] = [
    [w.rubric, `<span class="mono">${esc(`${r.rubric.id}@${r.rubric.version}`)}</span><br><span class="muted">${esc(text(r.rubric.title, lang))}</span>`],
    [w.files, esc(String(r.summary.files))],
  ];
  if (r.generatedAt) rows.push([w.generatedAt, `<span class="mono">${esc(r.generatedAt)}</span>`]);
  rows.push([w.tool, `<span class="mono">${esc(`${r.tool.name} ${r.tool.version}`)}</span>`]);
  return `<header class="head">
<p class="kicker">${esc(w.kicker)}</p>
<h1>${esc(w.title)}</h1>
<dl class="meta">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>`;
}

function stat(label: string, value: string, sub = ''): string {
  return `<div class="stat"><div class="label">${esc(label)}</div><div class="mid">${esc(value)}</div>${sub ? `<div class="sub">${esc(sub)}</div>` : ''}</div>`;
}

function headline(r: BatchResult, m: NationalModel, w: NationalWords, lang: Lang): string {
  const s = r.summary;
  const counts = s.byPredicate.map((p) => p.count);
  return `<section class="headline" aria-labelledby="hl-h">
<h2 id="hl-h" class="sr-only">${esc(w.kicker)}</h2>
<div class="head-stats">
${stat(w.scored, String(s.scored), `/ ${s.files}`)}
${stat(w.failed, String(s.failed))}
${stat(w.mean, num(s.mean, 2))}
${stat(w.median, num(s.median, 2))}
</div>
<div class="two">
<figure class="panel"><figcaption>${esc(w.distribution)}</figcaption>${distributionBar(counts, r, m.scale, lang, w)}</figure>
<figure class="panel"><figcaption>${esc(w.histogram)}</figcaption>${histogramSvg(m, w)}</figure>
</div>
</section>`;
}

function groupLabel(m: NationalModel, key: string, lang: Lang, w: NationalWords): string {
  return groupText(m, key, lang, w.noGroup);
}

/** The group-by field in words: folder, period, or the profile question's label. */
function fieldName(m: NationalModel, groupBy: string, w: NationalWords, lang: Lang): string {
  if (groupBy === 'folder' || groupBy === 'period') return w.fields[groupBy];
  for (const row of m.rows) {
    const q = row.a.profile?.find((x) => x.code === groupBy);
    if (q) return text(q.label, lang) || groupBy;
  }
  return groupBy;
}

function groupsSection(r: BatchResult, m: NationalModel, w: NationalWords, lang: Lang): string {
  if (m.groupBy === undefined) return '';
  const rows = m.groups
    .map(
      (g) => `<tr><td>${esc(groupLabel(m, g.key, lang, w))}</td><td class="num">${g.scored}</td><td class="num opt">${g.failed}</td><td class="num">${esc(num(g.mean, 2))}</td><td class="num opt">${esc(num(g.median, 2))}</td><td>${distributionBar(g.counts, r, m.scale, lang, w, true)}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="grp-h">
<h2 id="grp-h">${esc(w.groups)} <span class="h-score">${esc(w.groupedBy(fieldName(m, m.groupBy, w, lang)))}</span></h2>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">${esc(w.group)}</th><th scope="col" class="num">${esc(w.scored)}</th><th scope="col" class="num opt">${esc(w.failed)}</th><th scope="col" class="num">${esc(w.mean)}</th><th scope="col" class="num opt">${esc(w.median)}</th><th scope="col">${esc(w.distribution)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

/** A heatmap cell's class and shown text. */
function cellHtml(c: Cell | undefined, code: string, name: string, m: NationalModel, w: NationalWords, lang: Lang): string {
  if (!c) return `<td class="c ab" title="${esc(`${code}: ${w.absent}`)}"></td>`;
  if (c.status === 'not-applicable') return `<td class="c na" title="${esc(`${code}: ${w.notApplicable}`)}">–</td>`;
  const percent = c.percent ? c.percent.toNumber() : 0;
  const shown = c.percent ? String(Math.round(percent)) : '–';
  let cls: string;
  let word = '';
  if (m.colourBy === 'category') {
    const rank = c.category ? categoryRank(c.category, m.scale) : undefined;
    cls = rank === undefined ? 'kx' : `k${rank}`;
    if (c.category) word = ` · ${categoryText(c.category, lang)}`;
  } else {
    cls = `p${Math.min(PERCENT_RAMP.length - 1, Math.max(0, Math.floor(percent / 20)))}`;
  }
  return `<td class="c ${cls}" data-s="${esc(c.percent ? c.percent.toString({ maxDecimals: 6 }) : '')}" title="${esc(`${code} ${name}: ${num(c.score)} / ${num(c.max)} (${pct(c.percent)}%)${word}`)}">${shown}</td>`;
}

function heatmapSection(m: NationalModel, w: NationalWords, lang: Lang): string {
  if (m.rows.length === 0) return '';
  const names = m.columns.map((c) => text(c.name, lang));
  const head = `<tr><th scope="col" class="ag">${esc(w.agency)}</th><th scope="col">${esc(w.total)}</th>${m.columns.map((c, i) => `<th scope="col" title="${esc(names[i]!)}">${esc(c.code)}</th>`).join('')}</tr>`;
  const rows = m.rows
    .map((row, i) => {
      const cells = row.cells.map((c, k) => cellHtml(c, m.columns[k]!.code, names[k]!, m, w, lang)).join('');
      return `<tr data-i="${i}" data-g="${esc(row.group)}" data-s="${esc(row.a.score.toString({ maxDecimals: 6 }))}"><td class="ag" title="${esc(row.item.input)}">${esc(row.a.subject.name)}</td><td class="tot">${esc(num(row.a.score))}</td>${cells}</tr>`;
    })
    .join('\n');
  // Sort keys: -1 the total, else the cell's index in its row (two cells before the aspects).
  const sortOptions = [`<option value="-1">${esc(w.total)}</option>`, ...m.columns.map((c, k) => `<option value="${k + 2}">${esc(`${c.code} ${names[k]}`)}</option>`)].join('');
  const groupSelect =
    m.groupBy === undefined
      ? ''
      : `<label>${esc(w.filterGroup)} <select id="hm-group"><option value="*">${esc(w.allGroups)}</option>${m.groups.map((g) => `<option value="${esc(g.key)}">${esc(groupLabel(m, g.key, lang, w))}</option>`).join('')}</select></label>`;
  return `<section aria-labelledby="hm-h">
<h2 id="hm-h">${esc(w.heatmap)}</h2>
<p class="muted">${esc(m.colourBy === 'category' ? w.heatmapByCategory : w.heatmapByPercent)}</p>
<div class="controls" id="hm-controls" hidden><label>${esc(w.sortBy)} <select id="hm-sort">${sortOptions}</select></label>${groupSelect}</div>
<div class="hm-wrap"><table class="hm" id="hm">
<colgroup><col class="w-ag"><col class="w-tot">${'<col class="w-c">'.repeat(m.columns.length)}</colgroup>
<thead>${head}</thead>
<tbody>
${rows}
</tbody></table></div>
${heatmapLegend(m, w, lang)}
</section>`;
}

function heatmapLegend(m: NationalModel, w: NationalWords, lang: Lang): string {
  const items =
    m.colourBy === 'category'
      ? (m.scale?.bands ?? []).map((b, i) => `<li><span class="swatch" style="background:${rankColour(b, i)}"></span>${esc(predicateText({ code: b.code, label: b.label, kind: 'band' }, lang))}</li>`)
      : PERCENT_RAMP.map((c, i) => `<li><span class="swatch" style="background:${c}"></span>${i * 20}–${i * 20 + 20}%</li>`);
  items.push(`<li><span class="swatch na"></span>${esc(w.notApplicable)}</li>`);
  return `<ul class="hm-legend">${items.join('')}</ul>`;
}

function badge(p: Predicate, m: NationalModel, lang: Lang): string {
  const c = predicateColour(p, m.scale);
  return `<span class="badge-cat" style="background:${c};color:${inkOn(c)}">${esc(predicateText(p, lang))}</span>`;
}

function rankingSection(m: NationalModel, w: NationalWords, o: NationalHtmlOptions): string {
  if (m.rows.length === 0) return '';
  const lang = o.lang;
  const grouped = m.groupBy !== undefined;
  const row = (x: AgencyRow): string => {
    const href = o.links?.get(x.item.input);
    const file = href ? `<a href="${esc(href)}">${esc(x.item.input)}</a>` : esc(x.item.input);
    return `<tr><td class="num">${x.rank}</td><td class="ag">${esc(x.a.subject.name)}${x.a.subject.period ? ` <span class="muted">${esc(x.a.subject.period)}</span>` : ''}</td>${grouped ? `<td class="opt">${esc(groupLabel(m, x.group, lang, w))}</td>` : ''}<td class="num strong">${esc(num(x.a.score))}</td><td>${badge(x.a.predicate, m, lang)}</td><td class="num opt">${esc(pct(x.a.percent))}</td><td class="num opt">${esc(ratioPct(x.a.coverage))}%</td><td class="mono opt">${file}</td></tr>`;
  };
  return `<section class="lazy" aria-labelledby="rk-h">
<h2 id="rk-h">${esc(w.ranking)}</h2>
<div class="table-wrap"><table class="data ranking">
<thead><tr><th scope="col" class="num">${esc(w.rank)}</th><th scope="col">${esc(w.agency)}</th>${grouped ? `<th scope="col" class="opt">${esc(w.group)}</th>` : ''}<th scope="col" class="num">${esc(w.total)}</th><th scope="col">${esc(w.category)}</th><th scope="col" class="num opt">${esc(w.percent)}</th><th scope="col" class="num opt">${esc(w.coverage)}</th><th scope="col" class="opt">${esc(w.file)}</th></tr></thead>
<tbody>
${m.rows.map(row).join('\n')}
</tbody></table></div>
</section>`;
}

function failuresSection(m: NationalModel, w: NationalWords, lang: Lang): string {
  const items = m.failures
    .map((f) => {
      const d = f.first;
      const loc = d ? formatLocation(d.location) : '';
      return `<li><span class="mono">${esc(f.item.input)}</span> <span class="badge bad">${esc(`${w.exitCode} ${f.item.exitCode}`)}</span>${d ? `<span class="msg">${esc(messageText(d, lang))} <span class="mono muted">[${esc(d.code)}]</span></span>${loc ? `<span class="loc mono">${esc(loc)}</span>` : ''}` : ''}</li>`;
    })
    .join('\n');
  return `<section aria-labelledby="fl-h">
<h2 id="fl-h">${esc(w.failures)} <span class="h-score">${m.failures.length}</span></h2>
${m.failures.length ? `<ul class="fails">\n${items}\n</ul>` : `<p class="muted">${esc(w.noFailures)}</p>`}
</section>`;
}

function footer(r: BatchResult, w: NationalWords): string {
  return `<footer class="foot">
<div><span class="k">${esc(w.tool)}</span> <span class="mono">${esc(`${r.tool.name} ${r.tool.version}`)}</span>${r.generatedAt ? ` · <span class="k">${esc(w.generatedAt)}</span> <span class="mono">${esc(r.generatedAt)}</span>` : ''}</div>
<div><span class="k">${esc(w.rubric)}</span> <span class="mono hash">${esc(r.rubric.sha256)}</span></div>
</footer>`;
}
