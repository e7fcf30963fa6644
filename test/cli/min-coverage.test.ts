// `--min-coverage PCT`: exit 1 when evidence covers less than PCT % of the maximum, saying expected
// vs found like the other gates; in a batch the gate is recorded in the JSON summary. Built binary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Two of kasn-2019's criteria: A1.1 (max 14) and A1.2 (max 14) of 410 → 28 / 410 = 6.8 %.
const PART = join(dir, 'sebagian.csv');
writeFileSync(PART, 'Kode;Level\nA1.1;4\nA1.2;3\n');

describe('--min-coverage', () => {
  it('passes on a fully filled file (exit 0)', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '--min-coverage', '100', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('min-coverage');
  });

  it('fails when evidence covers less than asked: exit 1, expected vs found', () => {
    const r = merit(['score', PART, '--min-coverage', '50', '-f', 'json'], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gate min-coverage failed: expected >= 50%, found 6.8%');
  });

  it('is recorded in the batch JSON summary, and a bad number is a usage error (exit 2)', () => {
    const r = merit(['score', PART, 'examples/kota-contoh.csv', '--min-coverage', '50', '-f', 'json']);
    expect(JSON.parse(r.stdout).gates).toMatchObject({ minCoverage: 50 });
    expect(r.code).toBe(1);
    expect(merit(['score', PART, '--min-coverage', 'banyak']).code).toBe(2);
  });
});
