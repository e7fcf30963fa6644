/**
 * The ranking workbook (`merit score DIR -o ringkasan.xlsx`), reopened with exceljs and checked
 * cell by cell against the batch JSON of the same run (a small v2 batch: a tie, an agency without
 * its A8 evidence, not-applicable items, one unreadable file) and a v1 batch (percent of maximum).
 * Run `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { writeBatch } from '../helpers/national-gen.mjs';

interface Node {
  code: string;
  score: number;
  max: number;
  percent: number | null;
  status: string;
  category?: { code: string; label: { id: string; en: string }; color?: string };
  children?: Node[];
}
interface Report {
  subject: { name: string; period?: string };
  input: { path: string };
  score: number;
  coverage: number;
  predicate: { code: string; label: { id: string; en: string } };
  profile: { code: string; answer: { en: string } }[];
  root: Node;
}
interface Batch {
  results: Report[];
  outcomes: { input: string; status: string; exitCode: number }[];
  summary: { scored: number; failed: number; mean: number; median: number; byPredicate: { code: string; label: { en: string }; count: number }[]; failures: { input: string; exitCode: number; diagnostics: { code: string }[] }[] };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'merit-national-xlsx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

const ASPECTS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];

function aspect(root: Node, code: string): Node {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.code === code) return n;
    stack.push(...(n.children ?? []));
  }
  throw new Error(`no ${code}`);
}

describe('ranking workbook of a small v2 batch (panrb-19-2025)', () => {
  let wb: ExcelJS.Workbook;
  let batch: Batch;
  let bytes: Buffer;

  beforeAll(async () => {
    writeBatch(join(tmp, 'v2'), { rubric: 'panrb-19-2025', count: 6 });
    const r = merit(['score', 'v2', '-o', 'r.xlsx', '-o', 'r.json', '--group-by', 'jenis_instansi', '--deterministic', '-q', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(2);
    bytes = readFileSync(join(tmp, 'r.xlsx'));
    batch = JSON.parse(readFileSync(join(tmp, 'r.json'), 'utf8')) as Batch;
    wb = await open(join(tmp, 'r.xlsx'));
  });

  it('has the four sheets, each with a frozen, filtered header', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ranking', 'Per aspect', 'Distribution', 'Failures']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
    }
    expect(wb.getWorksheet('Ranking')!.views[0]).toMatchObject({ xSplit: 2 });
  });

  it('ranking: one row per agency, cell by cell as the batch JSON says, numbers as numbers and identifiers as text', () => {
    const ws = wb.getWorksheet('Ranking')!;
    expect(rowValues(ws, 1)).toEqual(['#', 'Agency', 'Period', 'Group', 'Total', 'Category', ...ASPECTS.flatMap((c) => [c, `${c} Category`]), 'Coverage', 'File']);
    const results = [...batch.results].sort((a, b) => b.score - a.score || (a.input.path < b.input.path ? -1 : 1));
    expect(ws.actualRowCount).toBe(results.length + 1);
    let rank = 0;
    results.forEach((rep, k) => {
      if (k === 0 || rep.score !== results[k - 1]!.score) rank = k + 1;
      const row = rowValues(ws, k + 2);
      const group = rep.profile.find((q) => q.code === 'jenis_instansi')!.answer.en;
      expect(row.slice(0, 6)).toEqual([rank, rep.subject.name, rep.subject.period, group, rep.score, `${rep.predicate.code} ${rep.predicate.label.en}`]);
      ASPECTS.forEach((code, i) => {
        const n = aspect(rep.root, code);
        expect(row[6 + 2 * i]).toBe(n.score);
        expect(row[7 + 2 * i]).toBe(n.category!.label.en);
        const fill = ws.getRow(k + 2).getCell(8 + 2 * i).fill as ExcelJS.FillPattern;
        expect(fill.fgColor?.argb).toBe(`FF${n.category!.color!.slice(1).toUpperCase()}`);
      });
      expect(row[22]).toBe(rep.coverage);
      expect(row[23]).toBe(rep.input.path);
      expect(typeof row[2]).toBe('string'); // the period '2025' stays text
    });
    // The tie: agencies 002 and 003 share a rank.
    const ranks = new Map(results.map((rep, k) => [rep.subject.name, rowValues(ws, k + 2)[0]]));
    expect(ranks.get('Pemerintah Provinsi Contoh 002')).toBe(ranks.get('Kementerian Contoh 003'));
    expect(ws.getRow(2).getCell(23).numFmt).toBe('0.0%');
  });

  it('per aspect: counts per category add up to the agencies, means as the JSON gives them', () => {
    const ws = wb.getWorksheet('Per aspect')!;
    expect(rowValues(ws, 1)).toEqual(['Code', 'Name', 'Max', 'Count', 'Mean', 'Mean %', 'Lowest', 'Highest', 'DASAR Basic', 'LANJUTAN Developing', 'MENENGAH Intermediate', 'TINGGI High', 'not applicable']);
    ASPECTS.forEach((code, i) => {
      const row = rowValues(ws, i + 2);
      const scores = batch.results.map((rep) => aspect(rep.root, code).score);
      expect(row[0]).toBe(code);
      expect(row[3]).toBe(batch.results.length);
      expect(row[4]).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 9);
      expect(row[6]).toBe(Math.min(...scores));
      expect(row[7]).toBe(Math.max(...scores));
      const counts = ['DASAR', 'LANJUTAN', 'MENENGAH', 'TINGGI'].map((c) => batch.results.filter((rep) => aspect(rep.root, code).category!.code === c).length);
      expect(row.slice(8, 12)).toEqual(counts);
      expect(row[12]).toBe(0);
    });
  });

  it('distribution: all agencies, then each group, per category', () => {
    const ws = wb.getWorksheet('Distribution')!;
    expect(rowValues(ws, 1)).toEqual(['Group', 'Agencies scored', 'Could not be read', 'Mean', 'Median', ...batch.summary.byPredicate.map((p) => `${p.code} ${p.label.en}`)]);
    expect(rowValues(ws, 2)).toEqual(['All agencies', batch.summary.scored, batch.summary.failed, batch.summary.mean, batch.summary.median, ...batch.summary.byPredicate.map((p) => p.count)]);
    const groups = [3, 4, 5, 6].map((r) => rowValues(ws, r));
    // Groups in key order (kabkota, provinsi, pusat), the agencies without an answer last.
    expect(groups.map((g) => g[0])).toEqual(['Regency or city government', 'Provincial government', 'Central agency', '(no group)']);
    expect(groups.reduce((s, g) => s + (g[1] as number), 0)).toBe(batch.summary.scored);
    expect(groups[3]!.slice(1, 3)).toEqual([0, 1]);
  });

  it('failures: the unreadable file with its first diagnostic', () => {
    const ws = wb.getWorksheet('Failures')!;
    const f = batch.summary.failures[0]!;
    expect(rowValues(ws, 2).slice(0, 3)).toEqual([f.input, 2, f.diagnostics[0]!.code]);
    expect(ws.actualRowCount).toBe(2);
  });

  it('is deterministic', () => {
    const r = merit(['score', 'v2', '-o', 'again.xlsx', '--group-by', 'jenis_instansi', '--deterministic', '-q', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(readFileSync(join(tmp, 'again.xlsx')).equals(bytes)).toBe(true);
  });
});

describe('ranking workbook of a v1 batch (kasn-2019)', () => {
  it('gives each aspect its score and percent of maximum', async () => {
    writeBatch(join(tmp, 'v1'), { rubric: 'kasn-2019', count: 4 });
    const r = merit(['score', 'v1', '-o', 'v1.xlsx', '-o', 'v1.json', '--deterministic', '-q'], { cwd: tmp });
    expect(r.code).toBe(2);
    const batch = JSON.parse(readFileSync(join(tmp, 'v1.json'), 'utf8')) as Batch;
    const ws = (await open(join(tmp, 'v1.xlsx'))).getWorksheet('Peringkat')!;
    expect(rowValues(ws, 1).slice(0, 7)).toEqual(['#', 'Instansi', 'Periode', 'Total', 'Kategori', 'A1', 'A1 %']);
    for (let k = 2; k <= ws.actualRowCount; k++) {
      const row = rowValues(ws, k);
      const rep = batch.results.find((x) => x.input.path === row.at(-1))!;
      ASPECTS.forEach((code, i) => {
        const n = aspect(rep.root, code);
        expect(row[5 + 2 * i]).toBe(n.score);
        expect(row[6 + 2 * i]).toBeCloseTo(n.percent! / 100, 12);
      });
    }
  });
});
