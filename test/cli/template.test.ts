// `merit template` end to end on the built binary: files, exit codes, words, and the round trip
// template -> filled by a script -> `merit score`, for XLSX and CSV; plus the stamp warning when a
// workbook made for one rubric version is scored with another.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { expectValidReport } from '../helpers/report-schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-template-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const at = (name: string) => join(tmp, name);

describe('merit template', () => {
  it('writes an xlsx template and says so (exit 0)', () => {
    const r = merit(['template', '-o', at('bukti.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ditulis: ${at('bukti.xlsx')} (xlsx, 24 kriteria, rubrik kasn-2019@1.2.0)\n`);
    expect(readFileSync(at('bukti.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without --force (exit 2), and overwrites with it', () => {
    writeFileSync(at('ada.csv'), 'keep me');
    const r = merit(['template', '-o', at('ada.csv'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`merit: '${at('ada.csv')}' already exists and is not overwritten\n  add --force to overwrite it, or choose another name\n`);
    expect(readFileSync(at('ada.csv'), 'utf8')).toBe('keep me');
    const f = merit(['template', '-o', at('ada.csv'), '--force', '--rubric', 'test/fixtures/template/panrb-19-2025-1.0.0.json', '--lang', 'en']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toBe(`wrote: ${at('ada.csv')} (csv, 12 criteria, rubric panrb-19-2025@1.0.0)\n`);
    expect(readFileSync(at('ada.csv'), 'utf8').split('\r\n')[4]).toBe('Code;Aspect;Criterion;Level;Verified level;Evidence;Notes');
  });

  it('takes the format from the extension or --format; anything else is a usage error', () => {
    const bad = merit(['template', '-o', at('bukti.txt'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`merit: cannot tell the format of '${at('bukti.txt')}' from its extension\n  add --format, or use one of: .xlsx, .csv\n`);
    expect(existsSync(at('bukti.txt'))).toBe(false);
    const ok = merit(['template', '-o', at('bukti.txt'), '-f', 'csv']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(at('bukti.txt'), 'utf8').startsWith('\ufeffPenilaian Mandiri')).toBe(true);
    expect(merit(['template', '-o', at('x.xlsx'), '-f', 'ods']).code).toBe(2);
    const missing = merit(['template', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '-o, --output <file>' not specified");
    expect(missing.stderr).toContain('merit template --help');
  });

  it('record rubrics have no template yet: a usage error (exit 2)', () => {
    const r = merit(['template', '--rubric', 'ip-asn-2019', '-o', at('pegawai.csv'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'merit: rubric ip-asn-2019@2.1.0 scores one row per record, e.g. per employee (subject: record); templates are for agency rubrics only so far\n' +
        "  the record file's columns are listed by `merit rubric show ip-asn-2019`\n",
    );
    expect(existsSync(at('pegawai.csv'))).toBe(false);
  });

  it('an unknown rubric is an input error (exit 2)', () => {
    const r = merit(['template', '--rubric', 'kasn-2091', '-o', at('nope.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('RUBRIC_NOT_FOUND');
    expect(existsSync(at('nope.xlsx'))).toBe(false);
  });

  it('--deterministic gives the same bytes every time', () => {
    expect(merit(['template', '-o', at('d1.xlsx'), '--deterministic']).code).toBe(0);
    expect(merit(['template', '-o', at('d2.xlsx'), '--deterministic']).code).toBe(0);
    expect(readFileSync(at('d1.xlsx')).equals(readFileSync(at('d2.xlsx')))).toBe(true);
  });
});

describe('round trip: merit template -> filled by a script -> merit score', () => {
  // kasn-2019 points = level × weight. A1.1 (3.5) level 3 -> 10.5; A3.2 (6.5) level 2, verified 4
  // -> 26; A5.1 (7) level 4 -> 28; A8.1 (3.25) level 3, verified 1 -> 3.25; the rest left empty.
  // Total 10.5 + 26 + 28 + 3.25 = 67.75, rounded to a multiple of 0.5 (half up) -> 68 (Kategori:
  // below I). Self-assessed: 10.5 + 13 + 28 + 9.75 = 61.25 -> 61.5.
  const FILL: Record<string, [number, number?]> = { 'A1.1': [3], 'A3.2': [2, 4], 'A5.1': [4], 'A8.1': [3, 1] };

  it('xlsx', async () => {
    expect(merit(['template', '-o', at('isi.xlsx')]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('isi.xlsx'));
    const ws = wb.getWorksheet('Penilaian')!;
    ws.getCell('B3').value = 'Kabupaten Uji';
    ws.getCell('B4').value = '2025';
    ws.eachRow((row) => {
      const fill = FILL[String(row.getCell(1).value)];
      if (!fill) return;
      row.getCell(4).value = fill[0];
      if (fill[1] !== undefined) row.getCell(5).value = fill[1];
    });
    await wb.xlsx.writeFile(at('isi.xlsx'));
    const r = merit(['score', at('isi.xlsx'), '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expectValidReport(r.stdout);
    const report = JSON.parse(r.stdout);
    expect([report.unroundedScore, report.score, report.selfScore]).toEqual([67.75, 68, 61.5]);
    expect(report.predicate).toMatchObject({ code: 'BELOW', kind: 'below' });
    expect(report.subject).toEqual({ name: 'Kabupaten Uji', period: '2025', source: 'workbook' });
    expect(report.input.sheet).toBe('Penilaian');
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
  });

  it('csv', () => {
    expect(merit(['template', '-o', at('isi.csv')]).code).toBe(0);
    const filled = readFileSync(at('isi.csv'), 'utf8')
      .split('\r\n')
      .map((line) => {
        const cells = line.split(';');
        if (cells[0] === 'Instansi:') cells[1] = 'Kota Uji';
        if (cells[0] === 'Tahun:') cells[1] = '2025';
        const fill = FILL[cells[0]!];
        if (fill) [cells[3], cells[4]] = [String(fill[0]), fill[1] === undefined ? '' : String(fill[1])];
        return cells.join(';');
      })
      .join('\r\n');
    writeFileSync(at('isi.csv'), filled);
    const r = merit(['score', at('isi.csv'), '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect([report.unroundedScore, report.score, report.selfScore]).toEqual([67.75, 68, 61.5]);
    expect(report.subject).toEqual({ name: 'Kota Uji', period: '2025', source: 'workbook' });
  });

  it('a workbook made for another rubric version warns, naming both (exit 0)', async () => {
    expect(merit(['template', '-o', at('lama.xlsx')]).code).toBe(0);
    const rubric = readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8').replace('"version": "1.2.0"', '"version": "2.0.0"');
    writeFileSync(at('kasn-2019-v2.json'), rubric);
    const r = merit(['score', at('lama.xlsx'), '--rubric', at('kasn-2019-v2.json'), '--lang', 'en', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${at('lama.xlsx')}: warning: the evidence workbook was made for rubric kasn-2019@1.2.0, but is scored with kasn-2019@2.0.0 [SCORE_STAMP_MISMATCH]`,
    );
    const same = merit(['score', at('lama.xlsx'), '-f', 'json']);
    expect(same.stderr).not.toContain('SCORE_STAMP');
  });
});
