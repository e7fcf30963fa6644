// Evidence scored with a rubric none of its codes belong to must not pass quietly as a score of 0:
// it is an error (exit 2) that names the bundled rubrics the codes do match. Runs the built binary.
import { describe, expect, it } from 'vitest';
import { scoreAgency } from '../../src/scoring/score.js';
import { merit } from '../helpers/cli.js';
import { group, loaded, lv, rubric, table } from '../scoring/helpers.js';

describe('evidence made for another rubric', () => {
  it('a KASN workbook scored with the 2026 rubric: exit 2, naming kasn-2019 with its match count', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--rubric', 'panrb-19-2025', '-f', 'json'], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'SCORE_NO_MATCHING_CODES');
    expect(d).toMatchObject({ severity: 'error', args: { rubric: 'panrb-19-2025@2.1.0', rows: 24 } });
    expect(d.args.matches).toMatch(/^kasn-2019@[\d.]+ \(24\/24\)$/);
    // The 31 "no evidence" warnings are left out: the one error says it all.
    expect(JSON.parse(r.stdout).diagnostics.filter((x: { code: string }) => x.code === 'SCORE_MISSING_EVIDENCE')).toEqual([]);
  });

  it('one matching code is enough to score as usual (typos are warnings, not this error)', () => {
    const rb = rubric(group('R', [lv('A1'), lv('A2')]));
    const some = scoreAgency(loaded(rb), table([['A1', 2], ['ZZ', 3]]));
    expect(some.diagnostics.map((x) => x.code)).not.toContain('SCORE_NO_MATCHING_CODES');
    const none = scoreAgency(loaded(rb), table([['ZZ', 3]]));
    expect(none.diagnostics.find((x) => x.code === 'SCORE_NO_MATCHING_CODES')?.severity).toBe('error');
    const empty = scoreAgency(loaded(rb), table([]));
    expect(empty.diagnostics.map((x) => x.code)).toEqual(expect.arrayContaining(['SCORE_NO_ROWS']));
    expect(empty.diagnostics.map((x) => x.code)).not.toContain('SCORE_NO_MATCHING_CODES');
  });
});

describe('--profile naming no question of the rubric', () => {
  it('is an error (exit 2) with a did-you-mean', () => {
    const r = merit(['score', 'examples/kab-contoh-2026.xlsx', '--profile', 'jenis_instansy=pusat', '-f', 'json']);
    expect(r.code).toBe(2);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'SCORE_PROFILE_UNKNOWN_QUESTION');
    expect(d).toMatchObject({ severity: 'error', args: { value: 'jenis_instansy', suggestion: 'jenis_instansi' }, location: { code: 'jenis_instansy' } });
  });
});
