/**
 * Record mode across agencies (IP ASN employee files): each agency's population side by side in
 * the dashboard and the workbook, checked against the batch JSON of the same run. Run `npm run
 * build` first.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

interface Pop {
  scored: number;
  mean: number;
  min: number;
  max: number;
  distribution: { code: string; count: number }[];
}
interface Batch {
  results: { input: { path: string }; subject: { name: string }; population: Pop }[];
}

let tmp: string;
let batch: Batch;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'merit-national-pop-'));
  mkdirSync(join(tmp, 'in'));
  copyFileSync(join(ROOT, 'examples', 'pegawai-contoh.csv'), join(tmp, 'in', 'a.csv'));
  // A second agency: the first 15 employees, under another name.
  const lines = readFileSync(join(ROOT, 'examples', 'pegawai-contoh.csv'), 'utf8').split(/\r?\n/);
  const header = lines.findIndex((l) => /^NIP[;,]/i.test(l.replace(/^\uFEFF/, '')));
  const rows = lines.slice(0, header + 16).map((l) => (/^Instansi:/.test(l) ? l.replace(/(Instansi:[;,])[^;,]*/, '$1Kota Kedua') : l));
  writeFileSync(join(tmp, 'in', 'b.csv'), rows.join('\r\n') + '\r\n');
  const r = merit(['score', 'in', '--rubric', 'ip-asn-2019', '-o', 'r.html', '-o', 'r.xlsx', '-o', 'r.json', '--deterministic', '-q', '--lang', 'en'], { cwd: tmp });
  expect(r.code, r.stderr).toBe(0);
  batch = JSON.parse(readFileSync(join(tmp, 'r.json'), 'utf8')) as Batch;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('populations side by side', () => {
  it('two agencies of different sizes', () => {
    expect(batch.results.map((x) => x.population.scored).sort((a, b) => a - b)).toEqual([15, 30]);
  });

  it('in the dashboard: one row per agency with its records, mean and distribution', () => {
    const html = readFileSync(join(tmp, 'r.html'), 'utf8');
    const section = /<section aria-labelledby="pop-h">([\s\S]*?)<\/section>/.exec(html)![1]!;
    expect(section).toContain('Population per agency');
    const rows = [...section.matchAll(/<tr><td class="ag">([^<]*)<\/td><td class="num">(\d+)<\/td><td class="num strong">([^<]*)<\/td>.*?<div class="dist small">(.*?)<\/div>/g)];
    expect(rows).toHaveLength(2);
    for (const [, name, scored, , bar] of rows) {
      const rep = batch.results.find((x) => x.subject.name === name)!;
      expect(Number(scored)).toBe(rep.population.scored);
      const shown = [...bar!.matchAll(/>(\d+)<\/span>/g)].map((m) => Number(m[1]));
      expect(shown).toEqual(rep.population.distribution.map((d) => d.count).filter((n) => n > 0));
    }
  });

  it('in the workbook: the population sheet, cell by cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, 'r.xlsx'));
    const ws = wb.getWorksheet('Population')!;
    const codes = batch.results[0]!.population.distribution.map((d) => d.code);
    expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Agency', 'Records scored', 'Mean', 'Lowest']);
    expect(ws.actualRowCount).toBe(3);
    for (let k = 2; k <= 3; k++) {
      const v = (ws.getRow(k).values as unknown[]).slice(1);
      const rep = batch.results.find((x) => x.input.path === v.at(-1))!;
      const p = rep.population;
      expect(v.slice(0, 5)).toEqual([rep.subject.name, p.scored, p.mean, p.min, p.max]);
      expect(v.slice(5, 5 + codes.length)).toEqual(codes.map((c) => p.distribution.find((d) => d.code === c)!.count));
    }
  });
});
