/**
 * Issue 15 item 9: large CSVs within the default limits. The reader parses the file's UTF-8 bytes
 * as they are (no whole-file string, no re-encoded copy) and keeps only each record's fields and
 * line; peak memory is measured by hand (/usr/bin/time -v, docs/security.md). Here: the built CLI
 * on a 40 MB CSV of 100,000 note-only rows and on one 49 MB field (refused as a line over 16 Mi
 * characters; a 10 MB field is still cut and scored: corpus.test.ts), exit code and diagnostic;
 * a 38 MB CSV of 99,000 rows with unknown codes and a CSV of repeated codes, whose per-row
 * diagnostics are folded past the first 100 (SCORE_DIAGNOSTICS_FOLDED).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

let dir: string;
const base = () => readFileSync(join(ROOT, 'examples/kota-contoh.csv'), 'utf8').trimEnd() + '\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'merit-bigcsv-'));
  // 40 MB: the example, then 99,000 rows with only a note (the reader skips them).
  let fd = openSync(join(dir, 'rows.csv'), 'w');
  writeSync(fd, base());
  const row = `;;;;;${'x'.repeat(390)}\n`;
  for (let i = 0; i < 99_000; i += 1000) writeSync(fd, row.repeat(1000));
  closeSync(fd);
  // 49 MB in one quoted evidence field of one more row.
  fd = openSync(join(dir, 'field.csv'), 'w');
  writeSync(fd, base() + 'A9.9;Satu sel raksasa;2;;"');
  const mb = 'a'.repeat(1 << 20);
  for (let i = 0; i < 49; i++) writeSync(fd, mb);
  writeSync(fd, '";\n');
  closeSync(fd);
  // 38 MB: the example, then 99,000 scored rows whose codes the rubric does not know.
  fd = openSync(join(dir, 'unknown.csv'), 'w');
  writeSync(fd, base());
  const pad = 'x'.repeat(360);
  for (let i = 0; i < 99_000; i += 1000) writeSync(fd, Array.from({ length: 1000 }, (_, j) => `Z${i + j}.1;Tidak dikenal;2;;${pad};\n`).join(''));
  closeSync(fd);
  // The example's first code again on 300 rows with another level (conflicting duplicates).
  writeFileSync(join(dir, 'dupes.csv'), base() + 'A1.1;Ulang;1;;;\n'.repeat(300));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('large CSVs within the default limits', () => {
  it('a 40 MB CSV of 99,000 rows scores like the example (exit 0)', () => {
    const big = merit(['score', join(dir, 'rows.csv'), '--format', 'json'], { env: { MERIT_LANG: 'en' } });
    const small = merit(['score', 'examples/kota-contoh.csv', '--format', 'json']);
    expect(big.code).toBe(0);
    expect(JSON.parse(big.stdout).total).toEqual(JSON.parse(small.stdout).total);
  });

  it('a 49 MB field: the line is refused with EVIDENCE_RECORD_TOO_LONG at its line before it is held (exit 2)', () => {
    const r = merit(['score', join(dir, 'field.csv')], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    const out = r.stdout + r.stderr;
    expect(out).toContain('field.csv:30: error: A line of the CSV file is longer than 16777216 characters');
    expect(out).toContain('--max-cell-chars');
    expect(out).toContain('[EVIDENCE_RECORD_TOO_LONG]');
    expect(r.stdout + r.stderr).not.toContain('internal');
  });

  it('99,000 rows with unknown codes: 100 warnings listed, the rest folded into one located warning (exit 0, JSON)', () => {
    const r = merit(['score', join(dir, 'unknown.csv'), '--format', 'json'], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { total: unknown; diagnostics: { code: string; severity: string; args: Record<string, unknown>; location?: Record<string, unknown>; message: { en: string } }[] };
    const small = merit(['score', 'examples/kota-contoh.csv', '--format', 'json']);
    expect(report.total).toEqual(JSON.parse(small.stdout).total);
    expect(report.diagnostics.filter((d) => d.code === 'SCORE_UNKNOWN_CODE')).toHaveLength(100);
    const folded = report.diagnostics.filter((d) => d.code === 'SCORE_DIAGNOSTICS_FOLDED');
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({
      severity: 'warning',
      args: { of: 'SCORE_UNKNOWN_CODE', count: 98_900, listed: 100, last: 'A99029' },
      location: { file: join(dir, 'unknown.csv'), line: 130, cell: 'A130', row: 130 },
    });
    expect(folded[0]!.message.en).toBe('and 98900 more rows whose code is not in the rubric (ignored), up to A99029; not listed one by one');
    // Diagnostics on stderr (a JSON report on stdout): folded too.
    expect(r.stderr.split('\n').filter((l) => l.includes('[SCORE_UNKNOWN_CODE]'))).toHaveLength(100);
  });

  it('the same file as a text report: exit 0 with the folded warning (it overflowed the stack, exit 3)', () => {
    const r = merit(['score', join(dir, 'unknown.csv')], { env: { MERIT_LANG: 'en', COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('unknown.csv:130 A130: warning: and 98900 more rows whose code is not in the rubric (ignored), up to A99029; not listed one by one [SCORE_DIAGNOSTICS_FOLDED]');
    expect(r.stdout.split('\n').filter((l) => l.includes('[SCORE_UNKNOWN_CODE]'))).toHaveLength(100);
    expect(r.stdout).toMatch(/Diagnostics \(99000 warnings/); // the heading counts what the folded one stands for
  });

  it('--max-warnings counts the folded warnings one by one (99,000 > 1,000: exit 1)', () => {
    const r = merit(['score', join(dir, 'unknown.csv'), '--max-warnings', '1000', '-q'], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gate max-warnings failed: expected <= 1000, found 99000');
  });

  it('300 conflicting duplicate codes: 100 errors listed, 200 folded into one error (exit 2 as before)', () => {
    const r = merit(['score', join(dir, 'dupes.csv'), '--format', 'json'], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string; args: Record<string, unknown> }[] };
    expect(report.diagnostics.filter((d) => d.code === 'SCORE_DUPLICATE_CODE')).toHaveLength(100);
    expect(report.diagnostics.filter((d) => d.code === 'SCORE_DIAGNOSTICS_FOLDED')).toEqual([
      expect.objectContaining({ severity: 'error', args: { of: 'SCORE_DUPLICATE_CODE', count: 200, listed: 100, last: 'A329' } }),
    ]);
  });
});
