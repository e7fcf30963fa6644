// Files people open in Excel: CSV in the dialect of the chosen language (`;` and decimal commas
// for Indonesian, `,` for English, `,` when no language was chosen at all), --csv-dialect and the
// configuration's csvDialect, --records FILE.xlsx with NIPs as text, and local dates in the HTML
// and XLSX "Dibuat". Built binary.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-excel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, 'examples/kota-contoh.csv');
const PEGAWAI = join(ROOT, 'examples/pegawai-contoh.csv');
const firstRows = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n').slice(0, 2);

describe('CSV dialect', () => {
  it('--lang id: `;` and decimal commas, like the CSV template', () => {
    const [head, root] = firstRows(merit(['--lang', 'id', 'score', EXAMPLE, '-f', 'csv']).stdout);
    expect(head).toMatch(/^Kode;Tingkat;Nama \(id\);/);
    expect(root).toContain(';194,25;410;47,4;');
  });

  it('MERIT_LANG=id chooses the language too; --lang en gives `,`', () => {
    expect(firstRows(merit(['score', EXAMPLE, '-f', 'csv'], { env: { MERIT_LANG: 'id' } }).stdout)[0]).toMatch(/^Kode;/);
    expect(firstRows(merit(['--lang', 'en', 'score', EXAMPLE, '-f', 'csv']).stdout)[1]).toContain(',194.25,410,47.4,');
  });

  it('no language chosen at all: `,` as before (scripts reading merit CSV keep working)', () => {
    const [head, root] = firstRows(merit(['score', EXAMPLE, '-f', 'csv']).stdout);
    expect(head).toMatch(/^Kode,Tingkat,/);
    expect(root).toContain(',194.25,410,47.4,');
  });

  it('--csv-dialect wins over the language, --csv-delimiter over both', () => {
    expect(firstRows(merit(['--lang', 'id', 'score', EXAMPLE, '-f', 'csv', '--csv-dialect', 'en']).stdout)[1]).toContain(',194.25,');
    expect(firstRows(merit(['--lang', 'en', 'score', EXAMPLE, '-f', 'csv', '--csv-dialect', 'id']).stdout)[1]).toContain(';194,25;');
    expect(firstRows(merit(['--lang', 'id', 'score', EXAMPLE, '-f', 'csv', '--csv-delimiter', ',']).stdout)[1]).toContain(',194.25,');
  });

  it('the configuration file\'s csvDialect, for the batch summary too', () => {
    writeFileSync(join(dir, 'merit.config.json'), JSON.stringify({ csvDialect: 'id' }));
    const one = merit(['score', EXAMPLE, '-f', 'csv'], { cwd: dir });
    expect(firstRows(one.stdout)[1]).toContain(';194,25;');
    const batch = merit(['score', EXAMPLE, join(ROOT, 'examples/kab-contoh-baik.xlsx'), '-f', 'csv'], { cwd: dir });
    expect(batch.stdout.replace(/^\ufeff/, '').split('\r\n')[0]).toContain(';');
    rmSync(join(dir, 'merit.config.json'));
  });

  it('--records under --lang id writes `;` too', () => {
    const out = join(dir, 'nilai.csv');
    const r = merit(['--lang', 'id', 'score', PEGAWAI, '-r', 'ip-asn-2019', '--records', out, '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[1]).toBe('2;000000000000000001;Pegawai Contoh 01;Sekretariat Daerah;Struktural;L;20;40;30;5;95;ST;ST Sangat Tinggi;dinilai;');
  });
});

describe('--records FILE.xlsx', () => {
  it('a workbook with one line per row; the NIP stays text (all 18 digits), scores are numbers', async () => {
    const out = join(dir, 'nilai.xlsx');
    const r = merit(['score', PEGAWAI, '-r', 'ip-asn-2019', '--records', out, '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Pegawai');
    expect(ws.rowCount).toBe(31);
    expect(ws.getRow(1).getCell(2).value).toBe('NIP');
    expect(ws.getCell('B2').value).toBe('000000000000000001');
    expect(ws.getCell('K2').value).toBe(95);
    expect(ws.getCell('M2').value).toBe('ST Sangat Tinggi');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('nothing is left behind when the file cannot be read', () => {
    const bad = join(dir, 'noheader.csv');
    writeFileSync(bad, 'a;b\n1;2\n');
    const out = join(dir, 'never.xlsx');
    expect(merit(['score', bad, '-r', 'ip-asn-2019', '--records', out]).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });
});

describe('dates people read', () => {
  it('HTML "Dibuat": a local date and time (ISO only in the machine-readable attribute)', () => {
    const r = merit(['score', EXAMPLE, '-f', 'html'], { env: { TZ: 'Asia/Jakarta' } });
    expect(r.code).toBe(0);
    const stamps = [...r.stdout.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)];
    expect(stamps.length).toBeGreaterThan(0);
    const [, iso, shown] = stamps[0]!;
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} pukul \d\d\.\d\d WIB$/);
    expect(r.stdout.replace(/datetime="[^"]+"/g, '')).not.toMatch(/\d\d:\d\d:\d\d\.\d{3}Z/);
  });

  it('English: "Generated" in English words; JSON keeps the ISO timestamp', () => {
    const html = merit(['--lang', 'en', 'score', EXAMPLE, '-f', 'html'], { env: { TZ: 'UTC' } }).stdout;
    expect(html).toMatch(/<time datetime="[^"]+">\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC<\/time>/);
    expect(JSON.parse(merit(['score', EXAMPLE, '-f', 'json']).stdout).generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('--deterministic still has no date at all', () => {
    expect(merit(['score', EXAMPLE, '-f', 'html', '--deterministic']).stdout).not.toContain('<time');
  });
});
