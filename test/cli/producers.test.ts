/**
 * The producer matrix (issue 15, items 1 and 2): the evidence of examples/kab-contoh-baik.xlsx
 * (288.5) written by exceljs, SheetJS, openpyxl, XlsxWriter and LibreOffice, each with one
 * workbook feature — a print area on a sheet called Sheet1 or Lembar1, print titles, named
 * ranges, a table with its autofilter, notes, data validation, frozen panes — and all of them at
 * once. Every file must score what the example scores, leaf by leaf, on the built CLI. The files
 * are committed (test/fixtures/producers/, made by scripts/make-producer-fixtures.mjs: CI has no
 * Python packages and no LibreOffice).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { STACK } from '../hardening/cli-contract.js';

const DIR = 'test/fixtures/producers';
const FILES = readdirSync(join(ROOT, DIR))
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const PRODUCERS = ['exceljs', 'libreoffice', 'openpyxl', 'sheetjs', 'xlsxwriter'];
const FEATURES = ['print-area-sheet1', 'print-area-lembar1', 'print-titles', 'named-range', 'table-autofilter', 'notes', 'data-validation', 'frozen-panes', 'all'];
/**
 * SheetJS Community Edition writes no tables (its table-autofilter file has the autofilter only),
 * validations or panes; LibreOffice converting headless keeps no view settings (no panes).
 */
const NOT_WRITTEN = new Set(['sheetjs-data-validation.xlsx', 'sheetjs-frozen-panes.xlsx', 'libreoffice-frozen-panes.xlsx']);

interface Leaf {
  code: string;
  kind: string;
  score?: number;
  selfScore?: number;
  children?: Leaf[];
}
interface Report {
  input: { path: string; sheet: string };
  score: number;
  selfScore: number;
  predicate: { code: string };
  root: Leaf;
  diagnostics: { code: string; severity: string }[];
}

function leaves(n: Leaf): [string, number | undefined, number | undefined][] {
  return n.children ? n.children.flatMap(leaves) : [[n.code, n.score, n.selfScore]];
}

describe('producer matrix: the same evidence from every producer scores the same', () => {
  let example: Report;
  const reports = new Map<string, Report>();

  beforeAll(() => {
    const one = merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json', '-q']);
    expect(one.code, one.stderr).toBe(0);
    example = JSON.parse(one.stdout) as Report;
    // One batch over the folder: every file through the same reader as `score FILE`.
    const out = mkdtempSync(join(tmpdir(), 'merit-producers-'));
    try {
      const batch = merit(['score', DIR, '-o', join(out, 'batch.json'), '-q', '--lang', 'en']);
      expect(batch.stderr).not.toMatch(STACK);
      const json = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as { results: Report[] };
      for (const r of json.results) reports.set(r.input.path.split('/').pop()!, r);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('has every producer × feature (less what a producer cannot write)', () => {
    const expected = PRODUCERS.flatMap((p) => FEATURES.map((f) => `${p}-${f}.xlsx`)).filter((f) => !NOT_WRITTEN.has(f));
    expect(FILES).toEqual(expected.sort());
    expect(example.score).toBe(288.5);
  });

  it.each(FILES)('%s scores 288.5, leaf by leaf as examples/kab-contoh-baik.xlsx', (file) => {
    const r = reports.get(file);
    expect(r, `${file} was not scored`).toBeDefined();
    expect(r!.input.sheet).toBe(file.includes('lembar1') ? 'Lembar1' : 'Sheet1');
    expect([r!.score, r!.selfScore, r!.predicate.code]).toEqual([288.5, example.selfScore, example.predicate.code]);
    expect(leaves(r!.root)).toEqual(leaves(example.root));
    expect(r!.diagnostics.map((d) => d.code)).toEqual(example.diagnostics.map((d) => d.code));
  });

  it.each(PRODUCERS)('%s-all.xlsx (every feature at once) scores 288.5 with `merit score FILE`, exit 0', (producer) => {
    const r = merit(['score', `${DIR}/${producer}-all.xlsx`, '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Report).score).toBe(288.5);
  });
});
