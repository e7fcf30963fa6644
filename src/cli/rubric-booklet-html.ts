/**
 * The booklet (`merit rubric show --format html`): one self-contained page with the report's
 * stylesheet and strict Content-Security-Policy (no script, no remote resource), printing on A4
 * with a page break before every aspect.
 */
import { anchor, esc } from '../report/html/escape.js';
import { CSS } from '../report/html/style.js';
import { htmlDocument } from '../report/html/document.js';
import { inkOn } from '../report/band-colours.js';
import { rubricText, toolkitText } from '../i18n/index.js';
import { VERSION } from '../version.js';
import type { Booklet, BookletBand, BookletNode } from './rubric-booklet.js';

const BOOKLET_CSS = `
.booklet h2{margin-top:1.2em}
.node-facts{margin:.2em 0 .6em;color:var(--muted);font-size:.92rem}
.node-facts .cond{color:#7a4b00}
table.lv{width:100%;border-collapse:collapse;margin:.4em 0 1em;font-size:.9rem}
table.lv th,table.lv td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
table.lv th{background:var(--soft);font-weight:600}
table.lv td.n{white-space:nowrap;text-align:right;font-variant-numeric:tabular-nums}
table.lv td.lvl{white-space:nowrap}
table.lv tr{break-inside:avoid}
.criterion{margin:0 0 1.2em;break-inside:auto}
.criterion h4{font-size:1rem;margin:1em 0 .2em;break-after:avoid}
.swatch{display:inline-block;min-width:2.4em;text-align:center;border-radius:4px;padding:0 .35em;font-weight:700}
.toc{columns:2;column-gap:32px;padding-left:1.2em}
.toc li{break-inside:avoid}
.prov{font-size:.85rem;color:var(--muted);margin:.2em 0 .8em}
.prov.warn{color:#7a4b00}
footer.foot{margin-top:2em;border-top:1px solid var(--line);padding-top:.6em;color:var(--muted);font-size:.85rem}
@media print{
section.aspect{break-before:page}
.group-head + section.aspect{break-before:avoid}
.toc{columns:2}
a{color:inherit;text-decoration:none}
}
`;

type T = (k: Parameters<typeof toolkitText>[1], a?: Parameters<typeof toolkitText>[2]) => string;

export function renderBookletHtml(b: Booklet): string {
  const L = b.lang;
  const t: T = (k, a) => toolkitText(L, k, a);
  const meta: [string, string][] = [
    [t('bookletVersion'), `<span class="mono">${esc(`${b.id}@${b.version}`)}</span> <span class="badge ${b.provisional ? 'warn' : 'ok'}">${esc(b.status)}</span>`],
    [rubricText(L, 'subject'), esc(b.subject)],
    [t('bookletMax'), esc(b.max)],
    [rubricText(L, 'rounding'), esc(b.rounding)],
    [rubricText(L, 'missing'), esc(b.missing)],
    ...(b.base ? [[t('bookletBase'), `<span class="mono">${esc(b.base)}</span>`] as [string, string]] : []),
  ];
  const legal = b.legalBasis
    .map((l) => `<li><strong>${l.url ? `<a href="${esc(l.url)}" rel="noreferrer">${esc(l.ref)}</a>` : esc(l.ref)}</strong>${l.title ? ` — ${esc(l.title)}` : ''}${l.date ? ` <span class="muted">(${esc(l.date)})</span>` : ''}</li>`)
    .join('');
  const warn = b.provisional
    ? `<div class="box warn-box"><h2>⚠ ${esc(rubricText(L, 'provisionalRubric'))}</h2>${b.notice ? `<p>${esc(b.notice)}</p>` : ''}</div>`
    : b.notice
      ? `<div class="box whatif-box"><p>${esc(b.notice)}</p></div>`
      : '';
  const profile = b.profile.length
    ? `<h2>${esc(rubricText(L, 'profile'))}</h2><ul>${b.profile
        .map((q) => `<li><strong><span class="mono">${esc(q.code)}</span> ${esc(q.label)}</strong>${q.description ? ` — ${esc(q.description)}` : ''}<br><span class="muted">${esc(t('bookletAnswers'))}:</span> ${q.answers.map(esc).join(' · ')}</li>`)
        .join('')}</ul>`
    : '';
  const toc = `<h2>${esc(t('bookletContents'))}</h2><ol class="toc">${b.tree.children.map((n) => `<li><a href="#n-${anchor(n.code)}"><span class="mono">${esc(n.code)}</span> ${esc(n.name)}</a> <span class="muted">— ${esc(n.weight)}</span></li>`).join('')}</ol>`;
  const body = [
    `<header class="head"><p class="kicker">${esc(t('bookletKicker'))}</p><h1>${esc(b.title)}</h1><dl class="meta">${meta.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl></header>`,
    warn,
    b.description ? `<p>${esc(b.description)}</p>` : '',
    `<h2>${esc(rubricText(L, 'legalBasis'))}</h2><ul>${legal}</ul>`,
    b.provenance ? `<p class="prov${b.provenance.confirmed ? '' : ' warn'}">${esc(rubricText(L, 'provenance'))} (${esc(b.provenance.confidence)}): ${esc(b.provenance.source)}${b.provenance.note ? `<br><span class="muted">${esc(b.provenance.note)}</span>` : ''}</p>` : '',
    `<h2>${esc(rubricText(L, 'bands'))}</h2>${bandTable(b.bands, t)}`,
    b.outOfRange.length ? `<p>${esc(t('bookletOutOfRange'))}: ${b.outOfRange.map((o) => `${swatch(o)} ${esc(o.label)}`).join(' · ')}</p>` : '',
    profile,
    toc,
    ...b.tree.children.map((n) => nodeHtml(n, 2, t, L)),
    `<footer class="foot">${esc(t('bookletFooter', { tool: VERSION, id: b.id, version: b.version, sha: b.sha256.slice(0, 16) }))}</footer>`,
  ]
    .filter(Boolean)
    .join('\n');
  return htmlDocument({
    lang: L,
    title: `${b.title} — ${t('bookletKicker')}`,
    generator: `merit ${VERSION}`,
    css: `${CSS}${BOOKLET_CSS}`,
    body,
    mainClass: 'booklet',
  });
}

function swatch(b: BookletBand): string {
  return b.color ? `<span class="swatch" style="background:${esc(b.color)};color:${inkOn(b.color)}">${esc(b.code)}</span>` : `<span class="swatch mono">${esc(b.code)}</span>`;
}

function bandTable(bands: BookletBand[], t: T): string {
  return `<table class="lv"><thead><tr><th>${esc(t('bookletCode'))}</th><th>${esc(t('bookletCategory'))}</th><th>${esc(t('bookletRange'))}</th></tr></thead><tbody>${bands
    .map((x) => `<tr><td>${swatch(x)}</td><td>${esc(x.label)}${x.note ? `<br><span class="muted">${esc(x.note)}</span>` : ''}</td><td class="mono">${esc(x.range)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function nodeHtml(n: BookletNode, level: number, t: T, L: Booklet['lang']): string {
  const h = Math.min(level, 6);
  const facts = [
    esc(n.weight),
    ...(n.rawWeight ? [esc(t('bookletRawWeight', { weight: n.rawWeight }))] : []),
    ...(n.condition ? [`<span class="cond">${esc(n.condition)}</span>`] : []),
    ...(n.notApplicable ? [esc(n.notApplicable)] : []),
  ].join(' · ');
  const prov = n.provenance
    ? `<p class="prov${n.provenance.confirmed ? '' : ' warn'}">${n.provenance.confirmed ? '' : '⚠ '}${esc(rubricText(L, 'provenance'))} (${esc(n.provenance.confidence)}): ${esc(n.provenance.source)}${!n.provenance.confirmed && n.provenance.note ? `<br><span class="muted">${esc(n.provenance.note)}</span>` : ''}</p>`
    : '';
  const head = `<h${h} id="n-${anchor(n.code)}"><span class="mono">${esc(n.code)}</span> ${esc(n.name)}</h${h}><p class="node-facts">${facts}</p>${n.description ? `<p>${esc(n.description)}</p>` : ''}`;
  if (n.leaf) {
    // The requirement and evidence columns only when some level has them.
    const req = n.levels.some((lv) => lv.description);
    const ev = n.levels.some((lv) => lv.evidence);
    const levels = n.levels.length
      ? `<table class="lv"><thead><tr><th>${esc(t('bookletLevel'))}</th><th>${esc(t('bookletPoints'))}</th>${req ? `<th>${esc(t('bookletRequirement'))}</th>` : ''}${ev ? `<th>${esc(t('bookletEvidence'))}</th>` : ''}</tr></thead><tbody>${n.levels
          .map((lv) => `<tr><td class="lvl"><strong>${lv.value}</strong> ${esc(lv.label)}</td><td class="n">${esc(lv.points)}</td>${req ? `<td>${esc(lv.description)}</td>` : ''}${ev ? `<td>${esc(lv.evidence)}</td>` : ''}</tr>`)
          .join('')}</tbody></table>`
      : n.rule
        ? `<p>${esc(t('bookletRule'))}: ${esc(n.rule)}</p>`
        : '';
    return `<div class="criterion">${head}${levels}${prov}</div>`;
  }
  const bands = n.bands.length ? `<p><strong>${esc(t('bookletAspectBands'))}</strong></p>${bandTable(n.bands, t)}` : '';
  const kids = n.children.map((c) => nodeHtml(c, level + 1, t, L)).join('\n');
  if (n.aspect) return `<section class="aspect">${head}${bands}${prov}\n${kids}</section>`;
  return `<div class="group-head">${head}${bands}${prov}</div>\n${kids}`;
}
