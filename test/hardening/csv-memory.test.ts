/**
 * Issue 15 item 9: large CSVs within the default limits. The reader parses the file's UTF-8 bytes
 * as they are (no whole-file string, no re-encoded copy) and keeps only each record's fields and
 * line; peak memory is measured by hand (/usr/bin/time -v, docs/security.md). Here: the built CLI
 * on a 40 MB CSV of 100,000 note-only rows and on one 49 MB field (refused as a line over 16 Mi
 * characters; a 10 MB field is still cut and scored: corpus.test.ts), exit code and diagnostic.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
});
