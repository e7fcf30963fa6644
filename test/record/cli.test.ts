// `merit score` with a record rubric, on the built binary: the IP ASN example in every report
// format (golden text and JSON), --records (streamed, atomic, one line per input row), bad rows
// (exit 2, report still written) and the usage errors of --records.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { EXAMPLE } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-record-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = 'NIP;Nama;Unit Kerja;Jenis Jabatan;Jenis Kelamin;Pendidikan Terakhir;Diklat Kepemimpinan;Diklat Fungsional;Diklat Teknis (JP);Seminar/Workshop (jumlah);Predikat Kinerja (SKP);Hukuman Disiplin';

describe('the IP ASN example (examples/pegawai-contoh.csv)', () => {
  it('prints the population at 80 columns: 69.57 Rendah, bands, breakdowns (golden)', () => {
    const r = merit(['score', EXAMPLE, '--rubric', 'ip-asn-2019'], { env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('69.57 dari 100');
    expect(r.stdout).toContain('R Rendah');
    expect(r.stdout.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    expectGolden('text/ipasn-80-id.txt', r.stdout);
  });

  it('writes a valid merit-report/1 with the population (golden next to the example)', () => {
    const r = merit(['score', EXAMPLE, '--rubric', 'ip-asn-2019', '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expectValidReport(r.stdout);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ score: 69.57, max: 100, predicate: { code: 'R' }, rubric: { id: 'ip-asn-2019', subject: 'record' } });
    expect(report.population).toMatchObject({ rows: 30, scored: 30, skipped: 0, mean: 69.566666666667 });
    expect(report.root.children.map((n: { code: string; records: number }) => [n.code, n.records])).toEqual([
      ['KUAL', 30],
      ['KOMP', 30],
      ['KIN', 30],
      ['DIS', 30],
    ]);
    expectGolden('../../../examples/pegawai-contoh.report.json', r.stdout);
  });

  it('renders Markdown, CSV, HTML (with the distribution chart) and XLSX (with the breakdown sheet)', async () => {
    const out = (ext: string) => join(tmp, `ipasn.${ext}`);
    const r = merit(['score', EXAMPLE, '--rubric', 'ip-asn-2019', '--lang', 'en', '-o', out('md'), '-o', out('csv'), '-o', out('html'), '-o', out('xlsx'), '--csv-delimiter', ';']);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out('md'), 'utf8');
    expect(md).toContain('### Population');
    expect(md).toContain('| Sekretariat Daerah | 7 | 80.32 | T High |');
    expect(md).not.toContain('### Criteria');
    const csv = readFileSync(out('csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toBe('Population;;pegawai-contoh;30;100,0;69,566667;69,57;R;R Low;12,9;29,966667;22,233333;4,466667');
    expect(csv).toContain('Work Unit;unit_kerja;Dinas Pendidikan;8;26,7;73,09375;73,09;S;S Medium;');
    const html = readFileSync(out('html'), 'utf8');
    expect(html).toContain('class="dist-svg"');
    expect(html).toContain('Distribution over bands: SR Very low 8 (26.7%)');
    expect(html).toContain('By Highest Education');
    expect(html).not.toContain('Self-assessed');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Detail', 'Groups', 'Diagnostics']);
    const groups = wb.getWorksheet('Groups')!;
    const values: unknown[] = [];
    groups.eachRow((row) => values.push(row.getCell(1).value));
    expect(values).toContain('By Work Unit');
    expect(values).toContain('Bachelor / Applied bachelor');
  });
});

describe('--records', () => {
  it('writes one line per input row, scores and band, streamed to a temporary file and renamed at the end', () => {
    const out = join(tmp, 'nilai.csv');
    const r = merit(['score', EXAMPLE, '--rubric', 'ip-asn-2019', '--records', out, '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffBaris,NIP,Nama,Unit Kerja,Jenis Jabatan,Jenis Kelamin,Kualifikasi (KUAL),Kompetensi (KOMP),Kinerja (KIN),Disiplin (DIS),Nilai,Kode predikat,Predikat,Status,Masalah');
    expect(lines[1]).toBe('2,000000000000000001,Pegawai Contoh 01,Sekretariat Daerah,Struktural,L,20,40,30,5,95,ST,ST Sangat Tinggi,dinilai,');
    expect(lines[23]).toBe('24,000000000000000023,Pegawai Contoh 23,BKPSDM,Fungsional,P,15,40,30,3,88,T,T Tinggi,dinilai,');
    expect(lines).toHaveLength(32);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('lists rows that were not scored, neutralises formula-like text, and uses decimal commas with ;', () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(
      file,
      [HEADER, '=1+1;@nama;U;Pelaksana;L;S-1;Tidak;Tidak;12,5;1;Baik;Tidak Ada', '2;B;U;Honorer;L;S-1;Tidak;Tidak;20;1;Baik;Tidak Ada', '3;C;U;Pelaksana;L;Paket C;Tidak;Tidak;20;1;Baik;Tidak Ada'].join('\n'),
    );
    const out = join(tmp, 'bad-nilai.csv');
    const r = merit(['score', file, '--rubric', 'ip-asn-2019', '--records', out, '--csv-delimiter', ';', '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 rows of 3 were not scored');
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[1]).toBe("2;'=1+1;'@nama;U;Pelaksana;L;15;31,5625;25;5;76,56;S;S Medium;scored;");
    expect(lines[2]).toBe('3;2;B;U;Honorer;L;;;;;;;;not scored;SCORE_NO_CONDITION_MATCH');
    expect(lines[3]).toBe('4;3;C;U;Pelaksana;L;;;;;;;;not scored;SCORE_LOOKUP_NO_MATCH');
    expect(JSON.parse(r.stdout).population).toMatchObject({ rows: 3, scored: 1, skipped: 2 });
  });

  it('leaves nothing behind when the file cannot be read', () => {
    const file = join(tmp, 'noheader.csv');
    writeFileSync(file, 'a;b\n1;2\n');
    const out = join(tmp, 'never.csv');
    const r = merit(['score', file, '--rubric', 'ip-asn-2019', '--records', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('EVIDENCE_RECORD_HEADER_NOT_FOUND');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('is a usage error with an agency rubric, with several inputs, or onto the input', () => {
    const agency = merit(['score', 'examples/kota-contoh.csv', '--records', join(tmp, 'x.csv')]);
    expect(agency.code).toBe(2);
    expect(agency.stderr).toContain('--records');
    const batch = merit(['score', EXAMPLE, 'examples/kota-contoh.csv', '--rubric', 'ip-asn-2019', '--records', join(tmp, 'y.csv')]);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--records');
    const onto = merit(['score', EXAMPLE, '--rubric', 'ip-asn-2019', '--records', EXAMPLE]);
    expect(onto.code).toBe(2);
    expect(readFileSync(EXAMPLE, 'utf8')).toContain('Pegawai Contoh 30');
  });
});
