/**
 * .xls, .ods and .xlsb evidence (issue 15, item 3), on the built CLI: each fixture in
 * test/fixtures/formats/ (scripts/make-format-fixtures.sh: LibreOffice and SheetJS saving two
 * examples) scores to the same report as the .xlsx it came from — total, predicate, every node,
 * subject, period and diagnostics; only the input's path, hash and format differ. SheetJS is
 * loaded only for these formats.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, merit, ROOT } from '../helpers/cli.js';

const FORMATS = join(ROOT, 'test/fixtures/formats');
const tmp = mkdtempSync(join(tmpdir(), 'merit-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Report {
  input: { path: string; sha256: string; format: string };
  score: number;
  predicate: { code: string };
  subject: { name: string; period?: string };
  diagnostics: unknown[];
}

function score(file: string, extra: string[] = []): { report: Report; text: string } {
  const r = merit(['score', file, '-f', 'json', '--deterministic', '-q', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const t = merit(['score', file, '--deterministic', '--lang', 'en', ...extra]);
  return { report: JSON.parse(r.stdout) as Report, text: t.stdout };
}

/** The report with the input's own name, hash and format taken out. */
function sameness(r: { report: Report; text: string }, file: string): { report: unknown; text: string } {
  const { input, ...rest } = r.report;
  expect(input.path).toBe(file);
  return { report: JSON.parse(JSON.stringify(rest).split(file).join('FILE')), text: r.text.split(file).join('FILE') };
}

const EXAMPLES = [
  { name: 'kab-contoh-baik', total: 288.5, predicate: 'III' },
  { name: 'kab-contoh-2026', total: 0.66, predicate: 'MENENGAH' },
];

describe('.xls, .ods and .xlsb score like the .xlsx they were saved from', () => {
  for (const ex of EXAMPLES) {
    const xlsx = `examples/${ex.name}.xlsx`;
    const base = score(xlsx);
    it(`${ex.name}.xlsx scores ${ex.total} (${ex.predicate})`, () => {
      expect([base.report.score, base.report.predicate.code]).toEqual([ex.total, ex.predicate]);
    });
    for (const format of ['xls', 'ods', 'xlsb']) {
      it(`${ex.name}.${format} → ${ex.total}, the same report`, () => {
        const file = `test/fixtures/formats/${ex.name}.${format}`;
        const r = score(file);
        expect(r.report.input.format).toBe(format);
        expect([r.report.score, r.report.predicate.code]).toEqual([ex.total, ex.predicate]);
        expect(sameness(r, file)).toEqual(sameness(base, xlsx));
      });
    }
  }

  it('a format is told by its content: an .xls named .xlsx, an .ods named .csv score the same', () => {
    copyFileSync(join(FORMATS, 'kab-contoh-baik.xls'), join(tmp, 'renamed-xls.xlsx'));
    copyFileSync(join(FORMATS, 'kab-contoh-baik.ods'), join(tmp, 'renamed-ods.csv'));
    for (const [file, format] of [
      ['renamed-xls.xlsx', 'xls'],
      ['renamed-ods.csv', 'ods'],
    ] as const) {
      const r = score(join(tmp, file));
      expect([r.report.input.format, r.report.score]).toEqual([format, 288.5]);
    }
  });
});

describe('SheetJS is loaded only for the formats it reads', () => {
  const holdsSheetjs = (file: string): boolean => readFileSync(file, 'utf8').includes('parse_MulBlank') || file.includes('@e965');
  function loaded(args: string[]): string[] {
    const trace = join(tmp, `trace-${args.join('-').replace(/[^a-z0-9-]/gi, '_')}.txt`);
    const hook = fileURLToPath(new URL('../helpers/trace-loads.mjs', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { cwd: ROOT, env: { ...process.env, MERIT_TRACE_LOADS: trace, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(trace, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file://'))
      .map((u) => fileURLToPath(u));
  }
  for (const args of [['--help'], ['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json'], ['score', 'examples/kota-contoh.csv', '-f', 'json']]) {
    it(`merit ${args.join(' ')} does not load it`, () => expect(loaded(args).filter(holdsSheetjs)).toEqual([]));
  }
  it('an .xls does (the check can tell)', () => {
    expect(loaded(['score', 'test/fixtures/formats/kab-contoh-baik.xls', '-f', 'json']).some(holdsSheetjs)).toBe(true);
  });
});
