// `merit score --assume CODE=VALUE` (what-if) end to end on the built binary: parsing, exit codes,
// gates on the what-if score, and the mark in every report format written by one run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { expectValidReport } from '../helpers/report-schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-assume-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EXAMPLE = 'examples/kab-contoh-baik.xlsx';

describe('merit score --assume', () => {
  // The example scores 288.5 (A3.2 verified 2 × 6.5 = 13, A5.1 verified 3 × 7 = 21).
  // A3.2=4 -> 26 (+13), A5.1=4 -> 28 (+7): 308.5, still III (IV starts at 325).
  it('scores as if the levels were set, and says so', () => {
    const r = merit(['score', EXAMPLE, '--assume', 'A3.2=4', '--assume', 'A5.1=4', '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expectValidReport(r.stdout);
    const report = JSON.parse(r.stdout);
    expect(report.score).toBe(308.5);
    expect(report.selfScore).toBe(308.5);
    expect(report.assumptions).toEqual([
      { code: 'A3.2', value: '4' },
      { code: 'A5.1', value: '4' },
    ]);
    const a32 = report.root.children[2].children[1].trace;
    expect(a32.verified).toEqual({ raw: '4', parsed: 4, points: 26, assumed: true });
    expect(a32.replaced).toMatchObject({ ref: { sheet: 'Penilaian', cell: 'D13' }, raw: 2, points: 13 });
  });

  it('a gate is held to the what-if score', () => {
    expect(merit(['score', EXAMPLE, '--fail-under', '300', '-q']).code).toBe(1);
    expect(merit(['score', EXAMPLE, '--fail-under', '300', '-q', '--assume', 'A3.2=4', '--assume', 'A5.1=4']).code).toBe(0);
  });

  it('a malformed --assume is a usage error (exit 2)', () => {
    for (const bad of ['A3.2', '=4', ' =4']) {
      const r = merit(['score', EXAMPLE, '--assume', bad, '--lang', 'en']);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`merit: --assume '${bad}' must be CODE=VALUE\n  e.g. --assume A3.2=4 --assume A5.1=3\n`);
    }
    expect(merit(['score', EXAMPLE, '--assume', 'A3.2', '--lang', 'id']).stderr).toBe("merit: --assume 'A3.2' harus berbentuk KODE=NILAI\n  mis. --assume A3.2=4 --assume A5.1=3\n");
  });

  it('an unknown code or a value out of range is an error from scoring (exit 2), with the report still written', () => {
    const r = merit(['score', EXAMPLE, '--assume', 'A3.9=4', '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[A3.9]: error: --assume "A3.9": code not in the rubric [SCORE_ASSUME_UNKNOWN_CODE]');
    expect(r.stderr).toContain('hint: did you mean A3.1?');
    expect(JSON.parse(r.stdout).score).toBe(288.5);
    const range = merit(['score', EXAMPLE, '--assume', 'A3.2=7', '--lang', 'en', '-f', 'json']);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('SCORE_LEVEL_OUT_OF_RANGE');
  });

  it('every report format marks the assumed values', async () => {
    const out = (ext: string) => join(tmp, `whatif.${ext}`);
    const r = merit(
      ['score', EXAMPLE, '--assume', 'A3.2=4', '--lang', 'en', '--verbose', '--deterministic', ...['txt', 'json', 'csv', 'md', 'html', 'xlsx'].flatMap((e) => ['-o', out(e)])],
      { env: { COLUMNS: '160' } },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out('txt'), 'utf8');
    expect(text).toContain('Assumptions: A3.2=4 (was 2)');
    expect(text).toMatch(/A3\.2† .* 3 → 4\* \(was 2\) +assumed/);
    expect(JSON.parse(readFileSync(out('json'), 'utf8')).root.children[2].children[1].trace.verified.assumed).toBe(true);
    expect(readFileSync(out('csv'), 'utf8')).toContain(',3,4,verified,26,26,100.0,scored,(assumed · was 2 · Penilaian!D13),');
    expect(readFileSync(out('md'), 'utf8')).toContain('| 3 → 4\\* (was 2) | 26 | 26 | *assumed* |');
    expect(readFileSync(out('html'), 'utf8')).toContain('<span class="badge info">assumed</span> <span class="muted">was 2</span>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('xlsx'));
    const detail = wb.getWorksheet('Detail')!;
    const row = detail.getRow(detail.getColumn(1).values.indexOf('A3.2'));
    expect([row.getCell(5).value, row.getCell(5).note, row.getCell(10).value]).toEqual([4, 'assumed (--assume); was 2 (Penilaian!D13)', '(assumed)']);
  });
});
