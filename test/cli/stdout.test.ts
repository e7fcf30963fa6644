// `-o -` writes the report to standard output (it used to write a file named `-`), in the format at
// the same position; at most one output can go there. Runs the built binary.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-stdout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KOTA = join(ROOT, 'examples/kota-contoh.csv');

describe('-o - is standard output', () => {
  it('writes the report there, next to a file output, and creates no file named "-"', () => {
    const r = merit(['score', KOTA, '-f', 'json', '-o', '-', '-o', 'laporan.html', '--deterministic'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('merit-report/1');
    expect(existsSync(join(dir, 'laporan.html'))).toBe(true);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('defaults to the text report, and refuses two outputs to stdout (exit 2)', () => {
    const text = merit(['score', KOTA, '-o', '-'], { cwd: dir });
    expect(text.stdout).toMatch(/^Laporan Penilaian Sistem Merit/);
    const two = merit(['score', KOTA, '-o', '-', '-f', 'json', '-o', '-', '-f', 'md'], { cwd: dir, env: { MERIT_LANG: 'en' } });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('only one report can go to stdout');
  });
});
