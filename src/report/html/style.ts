/** The HTML report's stylesheet (inline; the page allows no other). */

export const CSS = `
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
