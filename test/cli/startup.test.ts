// `merit --help`, `rubric list` and `rubric validate` must never load exceljs (start-up cost:
// ~180 ms). Proven by recording every module the real built binary loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedFiles(args: string[]): string[] {
  const trace = join(dir, `trace-${args.join('-').replace(/[^a-z0-9-]/gi, '_')}.txt`);
  const hook = fileURLToPath(new URL('../helpers/trace-loads.mjs', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, MERIT_TRACE_LOADS: trace, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(trace, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file://'))
    .map((u) => fileURLToPath(u));
}

/** exceljs leaves unmistakable names in whatever chunk holds it. */
function holdsExceljs(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  return text.includes('WorkbookReader') || text.includes('sharedStrings.xml') || file.includes('node_modules/exceljs');
}

describe('start-up paths do not load exceljs', () => {
  for (const args of [['--help'], ['rubric', 'list'], ['rubric', 'validate', 'rubrics/kasn-2019.json']]) {
    it(`merit ${args.join(' ')}`, () => {
      const files = loadedFiles(args);
      expect(files.some((f) => f.endsWith(join('dist', 'cli.js')))).toBe(true);
      expect(files.filter(holdsExceljs)).toEqual([]);
    });
  }

  it('scoring an xlsx does load it (the check can tell)', () => {
    const files = loadedFiles(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json']);
    expect(files.some(holdsExceljs)).toBe(true);
  });
});
