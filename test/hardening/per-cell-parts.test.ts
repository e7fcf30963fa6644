/**
 * Issue 15, item 5, on the built CLI: per-cell parts of a workbook no longer escape --max-cells.
 * 1.5 million notes in a 3.7 MB workbook scored with exit 0 at ~0.9 GB: notes are now never
 * inflated nor parsed (merit reads no note), so they cost nothing; hyperlinks, page breaks and
 * shared strings count against the cell limit; data validations are skipped by the parser.
 * The hostile files come from per-cell-bomb.mjs (also run by hand, with /usr/bin/time -v, for
 * the time and peak memory quoted in docs/security.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { STACK } from './cli-contract.js';
import { perCellBomb, type KINDS } from './per-cell-bomb.mjs';

const dir = mkdtempSync(join(tmpdir(), 'merit-per-cell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(kind: (typeof KINDS)[number], n: number, extra: string[] = []) {
  const path = join(dir, `${kind}-${n}.xlsx`);
  writeFileSync(path, perCellBomb(kind, n));
  const r = merit(['score', path, '-f', 'json', '-q', '--lang', 'en', ...extra]);
  expect(r.stderr).not.toMatch(STACK);
  return r;
}

describe('per-cell parts and the cell limit', () => {
  it('1.5 million notes (3.7 MB on disk) are never parsed: scores 288.5, exit 0', () => {
    const r = run('notes', 1_500_000);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).score).toBe(288.5);
  }, 120_000);

  it.each([
    ['hyperlinks', 1_000_001],
    ['breaks', 1_000_001],
    ['strings', 1_000_001],
  ] as const)('%s: %i of them are over --max-cells (EVIDENCE_TOO_MANY_CELLS, exit 2)', (kind, n) => {
    const r = run(kind, n);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[EVIDENCE_TOO_MANY_CELLS]');
    expect(r.stderr).toContain('--max-cells');
  }, 120_000);

  it('a few thousand of them are within the limit and score 288.5; --max-cells below them refuses', () => {
    for (const kind of ['hyperlinks', 'breaks', 'strings'] as const) {
      expect(JSON.parse(run(kind, 5_000).stdout).score, kind).toBe(288.5);
      expect(run(kind, 5_000, ['--max-cells', '5000']).code, kind).toBe(2);
    }
  }, 120_000);

  it('data validations and conditional formats are skipped, not held: 100,000 of each score 288.5', () => {
    for (const kind of ['validations', 'formats'] as const) {
      const r = run(kind, 100_000);
      expect(r.code, `${kind}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).score).toBe(288.5);
    }
  }, 120_000);
});
