/**
 * Which rubric `merit score` uses without --rubric: the workbook's stamp, else the one bundled
 * agency rubric that has every code of the file; none or several is a usage error listing the
 * candidates with their match counts; --rubric always wins. Runs the built binary.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/diagnostics.js';
import { byCodes } from '../../src/cli/rubric-choice.js';
import { merit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-choice-'));
const json = (stdout: string) => JSON.parse(stdout) as { rubric: { id: string } };

describe('choosing the rubric', () => {
  it('the stamp of a template names its rubric', () => {
    const file = join(dir, 'stamped.xlsx');
    expect(merit(['template', '--rubric', 'panrb-19-2025', '-o', file]).code).toBe(0);
    const r = merit(['score', file, '-f', 'json', '--verbose']);
    expect(json(r.stdout).rubric.id).toBe('panrb-19-2025');
    expect(r.stderr).toMatch(/panrb-19-2025@[\d.]+ \(dipilih dari stempel buku kerja\)/);
  });

  it('the codes choose when there is no stamp (the quick-start example)', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '-f', 'json']);
    expect(r.code).not.toBe(2);
    expect(json(r.stdout).rubric.id).toBe('kasn-2019');
  });

  it('codes no bundled rubric has: exit 2, every candidate with its match count', () => {
    const file = join(dir, 'asing.csv');
    writeFileSync(file, 'Kode;Level\nZZ.1;2\nZZ.2;3\n');
    const r = merit(['score', file], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no bundled rubric has every code of this file');
    expect(r.stderr).toMatch(/kasn-2019@[\d.]+ \(0\/2\)/);
    expect(r.stderr).toMatch(/panrb-19-2025@[\d.]+ \(0\/2\)/);
    expect(r.stderr).not.toMatch(/ip-asn-2019/);
  });

  it('--rubric always wins, even over a stamp', () => {
    const file = join(dir, 'stamped2.xlsx');
    merit(['template', '--rubric', 'panrb-19-2025', '-o', file]);
    const r = merit(['score', file, '--rubric', 'kasn-2019', '-f', 'json']);
    expect(json(r.stdout).rubric.id).toBe('kasn-2019');
    expect(r.stderr).toContain('SCORE_STAMP_MISMATCH');
  });

  it('a batch without --rubric is chosen by its first readable file', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', 'examples/kab-contoh-baik.xlsx', '-f', 'json']);
    expect(JSON.parse(r.stdout).rubric.id).toBe('kasn-2019');
  });
});

describe('the rule on match counts', () => {
  const c = (id: string, matched: number) => ({ id, version: '1.0.0', matched, total: 3 });
  it('exactly one rubric with every known code → that one (unknown codes aside); several → ambiguous; none → not chosen', () => {
    expect(byCodes('f.csv', 3, 3, [c('a', 3), c('b', 2)])).toEqual({ ref: 'a', by: 'codes' });
    // A typo no rubric knows does not stop the choice: it is diagnosed when scoring.
    expect(byCodes('f.csv', 3, 2, [c('a', 2), c('b', 0)])).toEqual({ ref: 'a', by: 'codes' });
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return e instanceof UsageError ? e.code : String(e);
      }
      return 'none';
    };
    expect(code(() => byCodes('f.csv', 3, 3, [c('a', 3), c('b', 3)]))).toBe('USAGE_RUBRIC_AMBIGUOUS');
    expect(code(() => byCodes('f.csv', 3, 3, [c('a', 2), c('b', 1)]))).toBe('USAGE_RUBRIC_NOT_CHOSEN');
    expect(code(() => byCodes('f.csv', 0, 0, [c('a', 0)]))).toBe('USAGE_RUBRIC_NO_CODES');
  });
});
