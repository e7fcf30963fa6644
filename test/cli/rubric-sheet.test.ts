/**
 * `merit rubric export` and `merit rubric import` on the built binary: the round trip through a
 * real workbook is exact for every bundled rubric, and problems are located at their cells.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { canonical } from '../helpers/canonical.js';

const ids = readdirSync(join(ROOT, 'rubrics'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('merit rubric export → import', () => {
  it.each(ids)('%s: identical JSON after canonical formatting', (id) => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-rsheet-'));
    const xlsx = join(dir, `${id}.xlsx`);
    const exp = merit(['rubric', 'export', id, '-o', xlsx]);
    expect(exp.stderr).toBe('');
    expect(exp.code).toBe(0);
    const imp = merit(['rubric', 'import', xlsx]);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    expect(canonical(JSON.parse(imp.stdout))).toBe(canonical(JSON.parse(readFileSync(join(ROOT, 'rubrics', `${id}.json`), 'utf8'))));
    // and the imported rubric validates and scores its fixtures as the original
    const back = join(dir, `${id}.json`);
    expect(merit(['rubric', 'import', xlsx, '-o', back]).code).toBe(0);
    expect(merit(['rubric', 'validate', back]).code).toBe(0);
  });

  it('the export is deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-rsheet-'));
    merit(['rubric', 'export', 'kasn-2019', '-o', join(dir, 'a.xlsx')]);
    merit(['rubric', 'export', 'kasn-2019', '-o', join(dir, 'b.xlsx')]);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });
});

describe('merit rubric import: problems at their cells', () => {
  it('validation diagnostics are located at the cell the value came from (exit 2, nothing written)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-rsheet-'));
    const xlsx = join(dir, 'k.xlsx');
    merit(['rubric', 'export', 'kasn-2019', '-o', xlsx]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    wb.getWorksheet('Kriteria')!.getCell('J4').value = -3.5; // A1.1's level weight
    wb.getWorksheet('Kriteria')!.getCell('C5').value = null; // A1.2's Indonesian name
    wb.getWorksheet('Kriteria')!.getCell('K6').value = 'bila hujan'; // A1.3's condition
    await wb.xlsx.writeFile(xlsx);
    const out = join(dir, 'out.json');
    const r = merit(['rubric', 'import', xlsx, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Kriteria!K6: error: cannot read the condition 'bila hujan' [IMPORT_BAD_CONDITION]");
    expect(() => readFileSync(out)).toThrow();
    wb.getWorksheet('Kriteria')!.getCell('K6').value = null;
    await wb.xlsx.writeFile(xlsx);
    const v = merit(['rubric', 'import', xlsx, '--lang', 'en']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('Kriteria!J4 /root/children/0/children/0/scoring/weight: error: value -3.5 is out of range: it must be greater than 0 [RUBRIC_RANGE]');
    expect(v.stderr).toContain('Kriteria!C5 /root/children/0/children/1/name/id: error: the text must not be empty [RUBRIC_TOO_SHORT]');
  });

  it('a lint rule (a gap between bands) is located at the band row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-rsheet-'));
    const xlsx = join(dir, 'k.xlsx');
    merit(['rubric', 'export', 'kasn-2019', '-o', xlsx]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    wb.getWorksheet('Pita')!.getCell('E4').value = 260; // III from 260: a gap after II
    await wb.xlsx.writeFile(xlsx);
    const r = merit(['rubric', 'import', xlsx, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Pita!E4 \/bands\/2\/min: error: .*\[RUBRIC_BAND_[A-Z_]+\]/);
  });

  it('a CSV or a workbook without the sheets is refused with IMPORT_NO_SHEET', () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-rsheet-'));
    writeFileSync(join(dir, 'x.csv'), 'Kode;Level\n');
    const r = merit(['rubric', 'import', join(dir, 'x.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[IMPORT_NO_SHEET]');
    const w = merit(['rubric', 'import', join(ROOT, 'examples/kab-contoh-baik.xlsx'), '--lang', 'en']);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('no sheet Rubrik');
  });
});
