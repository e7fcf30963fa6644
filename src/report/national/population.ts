/**
 * Record mode (IP ASN over many agencies' employee files): each agency's population side by side —
 * records scored, the mean record score, lowest and highest, and the distribution over the bands —
 * for the dashboard and the workbook. Only batches of record-rubric results have it.
 */
import type { Workbook } from 'exceljs';
import type { Lang } from '../../diagnostics.js';
import type { NationalWords } from '../../i18n/index.js';
import type { Predicate } from '../../scoring/types.js';
import { argb, inkOn, predicateColour } from '../band-colours.js';
import { num, predicateText } from '../format.js';
import { esc } from '../html/escape.js';
import { setRow, styleHeader, scoreFmt } from '../xlsx/style.js';
import type { AgencyRow, NationalModel } from './model.js';

type Band = { code: string; label: Predicate['label']; kind: Predicate['kind']; color?: string };

/** The band columns: every code of any agency's distribution, in the first agency's order. */
function bands(rows: readonly AgencyRow[]): Band[] {
  const out: Band[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const d of r.a.population?.distribution ?? []) {
      if (seen.has(d.code)) continue;
      seen.add(d.code);
      out.push({ code: d.code, label: d.label, kind: d.kind, ...(d.color ? { color: d.color } : {}) });
    }
  }
  return out;
}

const populated = (m: NationalModel): AgencyRow[] => m.rows.filter((r) => r.a.population);

export function populationHtml(m: NationalModel, w: NationalWords, lang: Lang): string {
  const rows = populated(m);
  if (!rows.length) return '';
  const cols = bands(rows);
  const colour = (b: Band) => predicateColour({ code: b.code, label: b.label, kind: b.kind, ...(b.color ? { color: b.color } : {}) }, m.scale);
  const body = rows
    .map((r) => {
      const p = r.a.population!;
      const total = p.distribution.reduce((s, d) => s + d.count, 0);
      const segs = cols
        .map((b) => {
          const n = p.distribution.find((d) => d.code === b.code)?.count ?? 0;
          if (!n) return '';
          const c = colour(b);
          return `<span class="seg" style="flex:${n} 1 0;background:${c};color:${inkOn(c)}" title="${esc(`${predicateText({ ...b }, lang)}: ${n}`)}">${n}</span>`;
        })
        .join('');
      return `<tr><td class="ag">${esc(r.a.subject.name)}</td><td class="num">${p.scored}</td><td class="num strong">${esc(num(p.mean, 2))}</td><td class="num opt">${esc(num(p.min))}</td><td class="num opt">${esc(num(p.max))}</td><td><div class="dist small">${total ? segs : '<span class="seg empty">0</span>'}</div></td></tr>`;
    })
    .join('\n');
  const legend = cols.map((b) => `<li><span class="swatch" style="background:${colour(b)}"></span>${esc(predicateText({ ...b }, lang))}</li>`).join('');
  return `<section aria-labelledby="pop-h">
<h2 id="pop-h">${esc(w.population)}</h2>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">${esc(w.agency)}</th><th scope="col" class="num">${esc(w.records)}</th><th scope="col" class="num">${esc(w.mean)}</th><th scope="col" class="num opt">${esc(w.lowest)}</th><th scope="col" class="num opt">${esc(w.highest)}</th><th scope="col">${esc(w.distribution)}</th></tr></thead>
<tbody>
${body}
</tbody></table></div>
<ul class="hm-legend">${legend}</ul>
</section>`;
}

export function populationSheet(wb: Workbook, m: NationalModel, w: NationalWords, lang: Lang): void {
  const rows = populated(m);
  if (!rows.length) return;
  const cols = bands(rows);
  const heads = [w.agency, w.records, w.mean, w.lowest, w.highest, ...cols.map((b) => predicateText({ ...b }, lang)), w.file];
  const ws = wb.addWorksheet(w.sheets.population, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }] });
  ws.columns = [36, 10, 10, 10, 10, ...cols.map(() => 14), 44].map((width) => ({ width }));
  styleHeader(setRow(ws.getRow(1), heads), heads.length);
  cols.forEach((b, k) => {
    const hex = predicateColour({ code: b.code, label: b.label, kind: b.kind, ...(b.color ? { color: b.color } : {}) }, m.scale);
    const cell = ws.getRow(1).getCell(6 + k);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
    cell.font = { bold: true, color: { argb: argb(inkOn(hex)) } };
  });
  rows.forEach((r, k) => {
    const p = r.a.population!;
    const row = setRow(ws.getRow(k + 2), [r.a.subject.name, p.scored, p.mean?.toNumber() ?? null, p.min?.toNumber() ?? null, p.max?.toNumber() ?? null, ...cols.map((b) => p.distribution.find((d) => d.code === b.code)?.count ?? 0), r.item.input]);
    for (const c of [3, 4, 5]) {
      const cell = row.getCell(c);
      if (typeof cell.value === 'number') cell.numFmt = scoreFmt(cell.value);
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: heads.length } };
}
