/**
 * The XLSX report with rubric language v2 results, read back with exceljs: the profile before the
 * totals, the nominal figure, a capped predicate, the incomplete warning, category cells filled
 * with band colours, the composite and not-applicable tables, and the Detail sheet's v2 columns
 * appended after the v1 ones.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RANK_COLOURS } from '../../../src/report/band-colours.js';
import { renderXlsx } from '../../../src/report/xlsx.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { sampleAssessment } from '../../helpers/sample-assessment.js';
import { capped, incomplete, kabkota, pusat } from './fixtures.js';

async function book(a: Assessment, lang: 'id' | 'en' = 'en'): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(a, { lang })) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Column A labels of the Summary sheet with their row numbers. */
function labels(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.eachRow((row, r) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string' && !m.has(v)) m.set(v, r);
  });
  return m;
}

const fill = (cell: ExcelJS.Cell): string | undefined => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;
const values = (row: ExcelJS.Row): unknown[] => (row.values as unknown[]).slice(1);

describe('XLSX report: v2 results', () => {
  it('Summary: the profile answers before the totals, then the nominal figure, the capped predicate, the incomplete warning', async () => {
    const ws = (await book(kabkota())).getWorksheet('Summary')!;
    const at = labels(ws);
    expect(at.get('Agency type')!).toBeLessThan(at.get('Total')!);
    expect(ws.getCell(at.get('Agency type')!, 2).value).toBe('Regency/city (C6)');
    expect(ws.getCell(at.get('A work accident in the last 2 years')!, 2).value).toBe('No (C7)');
    const nominal = ws.getCell(at.get('Index as a percentage')!, 2);
    expect(nominal.value).toBe(70);
    expect(nominal.numFmt).toBe('0" %"');
    expect(at.get('Index as a percentage')).toBe(at.get('Total')! + 1);

    const c = (await book(capped())).getWorksheet('Summary')!;
    expect(c.getCell(labels(c).get('Capped from')!, 2).value).toBe('would be TINGGI High, but A2 Protection is below MENENGAH Intermediate');

    const i = (await book(incomplete(), 'id')).getWorksheet('Ringkasan')!;
    const warn = i.getCell(labels(i).get('Belum lengkap')!, 2);
    expect(warn.value).toBe('NI Indeks belum lengkap: memerlukan SUR Survei kepuasan dan keterikatan; yang ditampilkan MAT Indeks kematangan.');
    expect(fill(warn)).toBe('FFFFF6E0');

    const p = (await book(pusat())).getWorksheet('Summary')!;
    expect(p.getCell(labels(p).get('Agency type')!, 2).value).toBe('Central agency (--profile)');
  });

  it('Summary: the aspect table has a category column in band colours, categorised groups indented', async () => {
    const ws = (await book(kabkota())).getWorksheet('Summary')!;
    const head = labels(ws).get('Code')!;
    expect(values(ws.getRow(head))).toEqual(['Code', 'Aspect', 'Score', 'Max', '%', 'Category']);
    expect(values(ws.getRow(head + 1)).slice(0, 3)).toEqual(['MAT', 'Maturity index', 0.73]);
    const a1 = ws.getRow(head + 2);
    expect(a1.getCell(1).value).toBe('A1');
    expect(a1.getCell(2).alignment?.indent).toBe(1);
    expect(a1.getCell(6).value).toBe('High');
    expect(fill(a1.getCell(6))).toBe(argb(RANK_COLOURS[3]));
    expect(fill(ws.getRow(head + 3).getCell(6))).toBe(argb(RANK_COLOURS[1]));
    // The predicate is painted by its rank in the scale (MENENGAH: the third band).
    expect(fill(ws.getCell(labels(ws).get('Predicate')!, 2))).toBe(argb(RANK_COLOURS[2]));
  });

  it('Summary: the composite parts and the items that do not apply, with why', async () => {
    const ws = (await book(kabkota())).getWorksheet('Summary')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push(values(row)));
    expect(rows).toContainEqual(['Code', 'Name', 'Coefficient', 'Score', 'Product']);
    expect(rows).toContainEqual(['MAT', 'Maturity index', 0.75, 0.73, 0.5475]);
    expect(rows).toContainEqual(['KOR', 'Correction factor — temuan pelanggaran netralitas', 1, -0.05, -0.05]);
    expect(rows).toContainEqual([undefined, 'Σ', undefined, undefined, 0.6975]);
    expect(rows).toContainEqual(['1.2a', 'Competency standard (central): applies when Agency type: Central agency; here: Regency/city (C6)']);
    expect(rows).toContainEqual(['2.3', 'Legal aid: declared not applicable: "TB" in C11 (tidak ada perkara)']);
  });

  it('Detail: the v1 columns first, the v2 columns appended, the category cell painted', async () => {
    const v1 = values((await book(sampleAssessment())).getWorksheet('Detail')!.getRow(1));
    const ws = (await book(kabkota())).getWorksheet('Detail')!;
    expect(values(ws.getRow(1))).toEqual([...v1, 'Category', 'Capped from', 'Coefficient', 'Before rounding', 'Not applicable because', 'Incomplete', 'Rule']);
    const row = (code: string): ExcelJS.Row => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return ws.getRow(r);
      throw new Error(code);
    };
    const n = v1.length;
    expect(row('MAT').getCell(n + 1).value).toBe('Intermediate');
    expect(fill(row('MAT').getCell(n + 1))).toBe(argb(RANK_COLOURS[2]));
    expect(row('MAT').getCell(n + 3).value).toBe(0.75);
    expect(row('MAT').getCell(n + 4).value).toBe(0.725);
    expect(row('1.2a').getCell(n + 5).value).toBe('applies when Agency type: Central agency; here: Regency/city (C6)');
    expect(row('A1').getCell(n + 7).value).toBe('mean of the 2 applicable items');
    const i = (await book(incomplete())).getWorksheet('Detail')!;
    expect(i.getRow(2).getCell(n + 6).value).toBe('SUR');
    const c = (await book(capped())).getWorksheet('Detail')!;
    expect(c.getRow(2).getCell(n + 2).value).toBe('TINGGI');
  });
});
