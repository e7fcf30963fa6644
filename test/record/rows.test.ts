// Bad rows in record files: each problem is a located diagnostic (the row as the file shows it),
// the first 100 are listed with a total count, the run goes on, and the report says how many rows
// were left out. Repeated NIPs are confirmed exactly, even past the filter's one-pass guess.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';
import { scoreRows } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-record-rows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a synthetic employee file with scripts/make-employees.mjs. */
export function makeEmployees(name: string, args: string[]): string {
  const out = join(tmp, name);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/make-employees.mjs'), '--out', out, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

const HEADER = 'NIP;Nama;Unit Kerja;Jenis Jabatan;Jenis Kelamin;Pendidikan Terakhir;Diklat Kepemimpinan;Diklat Fungsional;Diklat Teknis (JP);Seminar/Workshop (jumlah);Predikat Kinerja (SKP);Hukuman Disiplin';

describe('bad rows', () => {
  it('are located by row and cell, listed up to 100 with the total, and left out of the mean', async () => {
    const file = makeEmployees('bad.csv', ['--rows', '3000', '--bad', '250']);
    const { assessment: a, rows } = await scoreRows(file);
    const p = a.population!;
    // 250 spoiled rows, one kind each in turn: 50 each of education, post type, JP, empty NIP, repeated NIP.
    expect(p.rows).toBe(3000);
    expect(p.skipped).toBe(200);
    expect(p.scored).toBe(2800);
    expect(p.duplicates).toEqual({ count: 50, estimated: false });

    const errors = a.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'SCORE_ROWS_SKIPPED');
    expect(errors).toHaveLength(100);
    const summary = a.diagnostics.find((d) => d.code === 'SCORE_ROWS_SKIPPED')!;
    expect(summary.args).toMatchObject({ skipped: 200, rows: 3000, errors: 200, listed: 100 });
    expect(formatDiagnostic(summary, 'en')).toContain('the first 100 are listed');

    // Every listed error names a row that was skipped, and the cell of the bad value.
    const skipped = new Set(rows.filter((r) => r.status === 'skipped').map((r) => r.row));
    for (const d of errors) {
      expect(skipped.has(d.location!.row!)).toBe(true);
      expect(d.location!.cell).toBe(`${{ SCORE_LOOKUP_NO_MATCH: 'F', SCORE_NO_CONDITION_MATCH: 'D', SCORE_NOT_A_NUMBER: 'I', SCORE_REQUIRED_EMPTY: 'A' }[d.code]}${d.location!.row}`);
      expect(d.location!.line).toBe(d.location!.row);
    }
    // The first error is the first spoiled row: data row 11 (every 11th of 3000 / 251) is line 12.
    expect(errors[0]).toMatchObject({ code: 'SCORE_LOOKUP_NO_MATCH', location: { row: 12, cell: 'F12' } });

    const dups = a.diagnostics.filter((d) => d.code === 'SCORE_DUPLICATE_RECORD_ID');
    expect(dups).toHaveLength(50);
    expect(dups[0]!.args).toMatchObject({ first: dups[0]!.location!.row! - 1 });
  });

  it('reports a post type no competence path names, instead of scoring it 0', async () => {
    const file = join(tmp, 'honorer.csv');
    writeFileSync(file, `${HEADER}\n1;A;U;Honorer;L;S-1;Tidak;Tidak;20;1;Baik;Tidak Ada\n2;B;U;Pelaksana;L;S-1;Tidak;Tidak;20;1;Baik;Tidak Ada\n`);
    const { assessment: a, rows } = await scoreRows(file);
    expect(rows.map((r) => [r.status, r.problems])).toEqual([
      ['skipped', ['SCORE_NO_CONDITION_MATCH']],
      ['scored', []],
    ]);
    const d = a.diagnostics.find((x) => x.code === 'SCORE_NO_CONDITION_MATCH')!;
    expect(d.location).toMatchObject({ row: 2, cell: 'D2', code: 'KOMP' });
    expect(formatDiagnostic(d, 'en')).toMatch(/"Honorer" in column "Jenis Jabatan" matches no scoring path of KOMP/);
    expect(a.score.toString()).toBe('85');
  });

  it('counts empty optional cells once per column (an info, the rubric scores them 0)', async () => {
    const file = join(tmp, 'empty.csv');
    writeFileSync(file, `${HEADER}\n1;A;U;Pelaksana;L;S-1;;;;;Baik;Tidak Ada\n2;B;U;Pelaksana;L;S-1;;;;;Baik;Tidak Ada\n`);
    const { assessment: a } = await scoreRows(file);
    const infos = a.diagnostics.filter((d) => d.code === 'SCORE_MISSING_VALUES');
    expect(infos.map((d) => [d.args.code, d.args.count, d.location!.row])).toEqual([
      ['KOMP.PL.TEKNIS', 2, 2],
      ['KOMP.PL.SEMINAR', 2, 2],
    ]);
    expect(a.population!.skipped).toBe(0);
    expect(a.score.toString()).toBe('45'); // 15 + 0 + 25 + 5
  });

  it('says so when no row can be scored', async () => {
    const file = join(tmp, 'none.csv');
    writeFileSync(file, `${HEADER}\n`);
    const { assessment: a } = await scoreRows(file);
    expect(a.diagnostics.map((d) => d.code)).toContain('SCORE_NO_RECORDS');
    expect(a.predicate.kind).toBe('none');
    expect(a.percent).toBeNull();
  });
});

describe('repeated record ids', () => {
  it('are confirmed by a second read, with the row each one repeats', async () => {
    const file = join(tmp, 'dup.csv');
    const row = (nip: string, name: string) => `${nip};${name};U;Pelaksana;L;S-1;Tidak;Tidak;20;1;Baik;Tidak Ada`;
    writeFileSync(file, [HEADER, row('001', 'A'), row('002', 'B'), row(' 001 ', 'C'), row('003', 'D'), row('002', 'E'), row('001', 'F')].join('\r\n'));
    const { assessment: a } = await scoreRows(file);
    const dups = a.diagnostics.filter((d) => d.code === 'SCORE_DUPLICATE_RECORD_ID');
    expect(dups.map((d) => [d.args.value, d.location!.row, d.args.first])).toEqual([
      ['001', 4, 2],
      ['002', 6, 3],
      ['001', 7, 2],
    ]);
    expect(a.population!.duplicates).toEqual({ count: 3, estimated: false });
    expect(a.population!.scored).toBe(6); // repeated rows still count
  });
});
