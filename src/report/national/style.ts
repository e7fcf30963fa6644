/** The dashboard's stylesheet (inline): the agency report's base rules, and the national view's own. */
import { inkOn, NEUTRAL_COLOUR } from '../band-colours.js';

/** Percent-of-maximum ramp for rubrics without per-aspect categories: 0–20, 20–40, … 80–100 %. */
export const PERCENT_RAMP = ['#c0392b', '#e67e22', '#f4d03f', '#7dcea0', '#1e8449'] as const;

/** `.k0{…}` … one class per category rank (colours from the rubric's scale), and the percent ramp. */
export function colourClasses(rankColours: readonly string[]): string {
  const k = rankColours.map((c, i) => `.hm td.k${i}{background:${c};color:${inkOn(c)}}`).join('');
  const p = PERCENT_RAMP.map((c, i) => `.hm td.p${i}{background:${c};color:${inkOn(c)}}`).join('');
  return `${k}${p}.hm td.kx{background:${NEUTRAL_COLOUR};color:#fff}`;
}

export const NATIONAL_CSS = `
.head-stats{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:12px;margin:18px 0}
.dist{display:flex;height:30px;border-radius:6px;overflow:hidden;border:1px solid var(--line);font-size:.8rem;font-weight:700;font-variant-numeric:tabular-nums}
.dist .seg{display:flex;align-items:center;justify-content:center;min-width:0;overflow:hidden;white-space:nowrap}
.dist .seg.empty{flex:1;color:var(--muted);background:var(--soft)}
.dist.small{height:16px;font-size:.68rem;min-width:120px}
.panel{border:1px solid var(--line);border-radius:8px;padding:10px 14px 12px;break-inside:avoid;margin:0 0 12px}
.panel figcaption{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600;margin:2px 0 6px}
.two{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:12px;align-items:start}
.hist-svg{width:100%;height:auto}
.hist-svg .bin{fill:#2f6690}
.hist-svg .n{font-size:10px;fill:#1f2933;font-weight:600}
.hist-svg .edge{stroke:#111827;stroke-width:1;stroke-dasharray:4 3}
.hist-svg .edge-v{font-size:10.5px;fill:#3d4752}
.hist-svg .band-code{font-size:10.5px;font-weight:700;fill:#1f2933}
.hist-svg .base{stroke:#5f6b7a;stroke-width:1}
.controls{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;margin:4px 0 10px;font-size:.9rem}
.controls select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px;background:#fff;min-width:0;max-width:100%;flex:1 1 auto}
.controls label{display:flex;gap:6px;align-items:center;min-width:0;max-width:100%}
.hm-wrap{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:6px}
table.hm{border-collapse:separate;border-spacing:0;font-size:.78rem;font-variant-numeric:tabular-nums;width:100%;table-layout:fixed}
.hm col.w-ag{width:17em}.hm col.w-tot{width:4.2em}.hm col.w-c{width:3.2em}
.hm th,.hm td{padding:2px 5px;border-bottom:1px solid #fff;white-space:nowrap}
.hm thead th{position:sticky;top:0;background:#fff;z-index:2;font-size:.7rem;text-transform:uppercase;color:var(--muted);border-bottom:2px solid var(--ink);text-align:center}
.hm th.ag,.hm td.ag{position:sticky;left:0;background:#fff;z-index:1;text-align:left;max-width:16em;overflow:hidden;text-overflow:ellipsis}
.hm thead th.ag{z-index:3}
.hm td.tot{text-align:right;font-weight:700;border-right:2px solid var(--ink)}
.hm td.c{text-align:center;min-width:2.6em;border-right:1px solid #fff}
.hm td.na{background:repeating-linear-gradient(45deg,#eef1f4,#eef1f4 3px,#fff 3px,#fff 6px);color:var(--muted)}
.hm td.ab{background:#fff;color:var(--muted)}
.hm tr[hidden]{display:none}
.hm-legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;padding:0;margin:8px 0 0;font-size:.8rem}
.hm-legend li{display:flex;align-items:center;gap:5px}
.hm-legend .swatch{width:14px;height:14px;border-radius:3px;border:1px solid var(--line)}
.swatch.na{background:repeating-linear-gradient(45deg,#eef1f4,#eef1f4 3px,#fff 3px,#fff 6px)}
.legend .swatch{width:14px;height:14px;border-radius:3px;flex:0 0 auto;display:inline-block;margin-right:4px}
.legend li{display:flex;align-items:center}
.badge-cat{display:inline-block;padding:0 .45em;border-radius:4px;font-weight:700;font-size:.8rem;white-space:nowrap}
.fails{list-style:none;margin:0;padding:0}
.fails li{padding:6px 0;border-bottom:1px solid var(--line);break-inside:avoid}
.fails .msg{display:block;font-size:.88rem}
.fails .loc{color:var(--muted);font-size:.78rem}
.ranking td.ag{max-width:22em}
.lazy{content-visibility:auto;contain-intrinsic-size:auto 2000px}
@media (max-width:980px){.two{grid-template-columns:minmax(0,1fr)}.head-stats{grid-template-columns:1fr 1fr}}
@media screen and (max-width:640px){
.head-stats{gap:8px}
.hm col.w-ag{width:8.5em}.hm td.ag{white-space:normal;line-height:1.15;font-size:.72rem}
.hm-wrap{max-height:70vh}
table.ranking .opt{display:none}
}
@media print{
.lazy{content-visibility:visible}
.controls{display:none!important}
.hm-wrap{overflow:visible;max-height:none;border:0}
.hm thead th{position:static}
.hm th.ag,.hm td.ag{position:static}
table.hm{font-size:6.5pt}
.hm th,.hm td{padding:1px 3px}
.head-stats{grid-template-columns:repeat(4,1fr)}
.two{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
}
`;
