// Streaming, proven: the built CLI scores a generated file of 200,000 employees (CSV) and one of
// 30,000 (XLSX) in a child process whose V8 heap is capped at 64 MB, writing every record's scores
// to --records as it goes. Holding the rows (or the per-row results) would need several times
// that: the 200k-row CSV alone is 21 MB of text, about 200 MB as JS strings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { expectValidReport } from '../helpers/report-schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-record-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function generate(name: string, rows: number): string {
  const out = join(tmp, name);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/make-employees.mjs'), '--rows', String(rows), '--out', out, '--seed', '11'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return out;
}

function scoreCapped(file: string, records: string): { code: number; report: Record<string, any>; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=64', BIN, 'score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '--deterministic', '--records', records],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return { code: r.status ?? -1, report: r.stdout ? (JSON.parse(r.stdout) as Record<string, any>) : {}, stderr: r.stderr };
}

describe('record files stream within a 64 MB heap', () => {
  it('200,000 CSV rows', { timeout: 180_000 }, () => {
    const file = generate('pegawai-200k.csv', 200_000);
    expect(statSync(file).size).toBeGreaterThan(20_000_000);
    const records = join(tmp, 'nilai-200k.csv');
    const r = scoreCapped(file, records);
    expect(r.code, r.stderr).toBe(0);
    expectValidReport(r.report);
    expect(r.report.population).toMatchObject({ rows: 200_000, scored: 200_000, skipped: 0, duplicates: { count: 0 } });
    const lines = readFileSync(records, 'utf8').split('\r\n');
    expect(lines).toHaveLength(200_002); // header, 200,000 rows, the empty string after the last CRLF
    expect(lines[1]).toMatch(/^2,999000000000000001,Pegawai Fiktif 0000001,/);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('30,000 XLSX rows', { timeout: 180_000 }, () => {
    const file = generate('pegawai-30k.xlsx', 30_000);
    const r = scoreCapped(file, join(tmp, 'nilai-30k.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.input).toMatchObject({ format: 'xlsx', sheet: 'Pegawai' });
    expect(r.report.population).toMatchObject({ rows: 30_000, scored: 30_000 });
  });
});
