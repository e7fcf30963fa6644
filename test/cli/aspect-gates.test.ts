// `--min-aspect CODE=SCORE|BAND` and `--max-warnings N` (like `lhci assert`): each failure says
// expected vs found and exits 1; an unknown code or category is a usage error (exit 2) with a
// did-you-mean; batch JSON and JUnit record the gates. Built binary.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-aspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Two of kasn-2019's 24 criteria: 22 SCORE_MISSING_EVIDENCE warnings.
const PART = join(dir, 'sebagian.csv');
writeFileSync(PART, 'Kode;Level\nA1.1;4\nA1.2;3\n');
const EN = { env: { MERIT_LANG: 'en' } };
const V2 = 'examples/kab-contoh-2026.xlsx';

describe('--min-aspect with a score', () => {
  it('passes when the node scores at least that (kasn-2019 A1 of the example: 26.5)', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '-f', 'json', '--min-aspect', 'A1=26.5'], EN);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('gate min-aspect passed: expected A1 >= 26.5, found A1 26.5');
  });

  it('fails below it: exit 1, expected vs found; a decimal comma is accepted; codes ignore case', () => {
    const r = merit(['score', V2, '-f', 'json', '--min-aspect', 'a2=0,9'], EN);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gate min-aspect failed: expected A2 >= 0.9, found A2 0.54');
  });
});

describe('--min-aspect with a category (v2 node bands)', () => {
  it('passes at or above the category, fails below it', () => {
    const ok = merit(['score', V2, '-f', 'json', '--min-aspect', 'A1=menengah'], EN);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('expected A1 >= MENENGAH, found A1 MENENGAH');
    const bad = merit(['score', V2, '-f', 'json', '--min-aspect', 'A1=TINGGI'], EN);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('gate min-aspect failed: expected A1 >= TINGGI, found A1 MENENGAH');
  });

  it('an unknown category is exit 2 with a did-you-mean and the known ones', () => {
    const r = merit(['score', V2, '--min-aspect', 'MATURITAS=TINGI'], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such category for node MATURITAS');
    expect(r.stderr).toContain('did you mean TINGGI? known categories: DASAR, LANJUTAN, MENENGAH, TINGGI');
  });

  it('a category on a node without bands (v1) is exit 2, asking for a score', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '--min-aspect', 'A1=BAIK'], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('node A1 has no categories of its own');
  });
});

describe('--min-aspect usage errors', () => {
  it('an unknown code is exit 2 with a did-you-mean (Indonesian by default)', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '--min-aspect', 'A9=3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kode aspek tidak ada di rubrik');
    expect(r.stderr).toContain('maksudnya A1?');
  });

  it('a value without CODE= is exit 2', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '--min-aspect', '30'], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--min-aspect '30' must be CODE=SCORE or CODE=CATEGORY");
  });
});

describe('--max-warnings', () => {
  it('passes at the limit, fails above it (warnings about the evidence)', () => {
    const ok = merit(['score', 'examples/kota-contoh.csv', '-f', 'json', '--max-warnings', '0'], EN);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('gate max-warnings passed: expected <= 0, found 0');
    const bad = merit(['score', PART, '-f', 'json', '--max-warnings', '2'], EN);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('gate max-warnings failed: expected <= 2, found 22');
    expect(merit(['score', PART, '-f', 'json', '--max-warnings', '22']).code).toBe(0);
  });

  it('a count that is not a whole number is exit 2', () => {
    expect(merit(['score', PART, '--max-warnings', 'few']).code).toBe(2);
    expect(merit(['score', PART, '--max-warnings', '-1']).code).toBe(2);
  });
});

describe('in a batch', () => {
  it('the JSON summary records both gates and each file\'s outcome', () => {
    const r = merit(['score', PART, 'examples/kota-contoh.csv', '-f', 'json', '--max-warnings', '2', '--min-aspect', 'A1=25']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.gates).toEqual({ minAspect: [{ code: 'A1', min: 25 }], maxWarnings: 2 });
    const part = j.outcomes.find((o: { input: string }) => o.input.endsWith('sebagian.csv'));
    expect(part.gates).toContainEqual({ gate: 'max-warnings', passed: false, expected: '<= 2', found: '22' });
    expect(part.gates).toContainEqual({ gate: 'min-aspect', passed: false, expected: 'A1 >= 25', found: 'A1 24.5' });
  });

  it('JUnit carries the gates as properties and a failure per file', () => {
    const r = merit(['score', PART, 'examples/kota-contoh.csv', '-f', 'junit', '--max-warnings', '2', '--min-aspect', 'A1=25'], EN);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<property name="gate.min-aspect" value="A1=25"/>');
    expect(r.stdout).toContain('<property name="gate.max-warnings" value="2"/>');
    expect(r.stdout).toContain('max-warnings: expected &lt;= 2, found 22');
  });

  it('an unknown code is said once, before any file is scored (exit 2)', () => {
    const r = merit(['score', PART, 'examples/kota-contoh.csv', '--min-aspect', 'Z1=3'], EN);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/no such aspect code/g)).toHaveLength(1);
  });
});
