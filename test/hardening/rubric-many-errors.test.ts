/**
 * Issue 15 item 7: `rubric validate` on a rubric with tens of thousands of schema errors is linear
 * in the error count and shows the first --max-errors (default 100) per file, counting the rest.
 * 20,000 badly named scales (40,000 errors) took about 20 s of CPU before (ajv's generated code
 * copied every error so far at each failing call, and the error mapping compared every error with
 * every propertyNames error); the timings of the 10^5 case are in docs/security.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const NAMES = 20_000;
let dir: string;
let hostile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'merit-errors-'));
  const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { scales: Record<string, unknown> };
  // Each bad scale is two errors: its name breaks the name pattern, and 0 is not a scale.
  for (let i = 0; i < NAMES; i++) rubric.scales[`!${i}`] = 0;
  hostile = join(dir, 'many-errors.json');
  writeFileSync(hostile, JSON.stringify(rubric));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rubric validate with many errors', () => {
  it('40,000 schema errors: the first 100 shown, "and 39900 more", the total counted, exit 2', () => {
    const r = merit(['rubric', 'validate', hostile], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    const shown = r.stdout.split('\n').filter((l) => l.includes(': error: '));
    expect(shown).toHaveLength(100);
    expect(shown[0]).toMatch(/many-errors\.json:1:\d+ \/scales\/!0: error: "!0" is not valid: a name/);
    expect(r.stdout).toContain('many-errors.json: … and 39900 more not shown (only the first 100; change with --max-errors)');
    expect(r.stdout).toContain('many-errors.json: invalid (40000 errors)');
    expect(r.stderr).toBe('');
  });

  it('--max-errors and --format json: the diagnostics cut, errors the total, omitted the rest', () => {
    const r = merit(['rubric', 'validate', hostile, '--max-errors', '7', '--format', 'json']);
    expect(r.code).toBe(2);
    const file = (JSON.parse(r.stdout) as { files: { errors: number; omitted?: number; diagnostics: { code: string }[] }[] }).files[0]!;
    expect(file.errors).toBe(2 * NAMES);
    expect(file.diagnostics).toHaveLength(7);
    expect(file.omitted).toBe(2 * NAMES - 7);
    expect(new Set(file.diagnostics.map((d) => d.code))).toEqual(new Set(['RUBRIC_PATTERN', 'RUBRIC_TYPE']));
  });

  it('Indonesian: "dan N lagi"; a valid rubric carries no omitted count; a bad --max-errors is a usage error', () => {
    const id = merit(['rubric', 'validate', hostile, '--max-errors', '1'], { env: { MERIT_LANG: 'id' } });
    expect(id.stdout).toContain('many-errors.json: … dan 39999 lagi yang tidak ditampilkan (hanya 1 pertama; ubah dengan --max-errors)');
    const ok = merit(['rubric', 'validate', 'kasn-2019', '--format', 'json', '--max-errors', '1']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).not.toHaveProperty('omitted');
    const bad = merit(['rubric', 'validate', 'kasn-2019', '--max-errors', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-errors');
  });

  it('the generated validators gather errors in place (no quadratic concat)', () => {
    for (const f of ['validate-rubric.js', 'validate-rubric-2.js', 'validate-config.js']) {
      const code = readFileSync(join(ROOT, 'src/rubric/generated', f), 'utf8');
      expect(code).not.toContain('.concat(');
      if (f !== 'validate-config.js') expect(code).toContain('{for(const e of ');
    }
  });
});
