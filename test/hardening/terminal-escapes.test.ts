/**
 * Terminal safety (issue 15, item 10): escape sequences in evidence or rubric text never reach
 * the terminal. An `Instansi:` cell with `ESC[2J` (clear screen), an OSC title sequence, C1
 * controls and a bidi override are shown as visible escapes by every terminal renderer — the
 * single report, the batch table, gap, explain, diff, the record group-by tables, `rubric show`
 * and the diagnostics — on a colour terminal (FORCE_COLOR) and in a file alike. One function,
 * src/i18n/visible.ts, does it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { visible, visibleAll, visibleDocument } from '../../src/i18n/visible.js';
import { merit, ROOT } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-escapes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE = 'Kota \u001b[2J\u001b]0;pwned\u0007X\u202eevil\u009b31m\rZ';
const SHOWN = 'Kota \\x1b[2J\\x1b]0;pwned\\x07X\\u202eevil\\x9b31m\\rZ';

/** Anything a terminal would act on, except the renderer's own colours (`ESC[…m`). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b(?!\[[0-9;]*m)|[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const colour = { FORCE_COLOR: '1', NO_COLOR: undefined };

let evidence: string;
let batchDir: string;
let employees: string;
let rubric: string;
beforeAll(() => {
  const csv = readFileSync(join(ROOT, 'examples/kota-contoh.csv'), 'utf8');
  evidence = join(tmp, 'hostile.csv');
  writeFileSync(
    evidence,
    csv
      .replace('Pemerintah Kota Contoh', `"${HOSTILE}"`)
      .replace('A3.5;Rencana suksesi;0', 'A3.5;Rencana suksesi;\u001b[2J9'),
  );
  batchDir = join(tmp, 'batch');
  mkdirSync(batchDir);
  writeFileSync(join(batchDir, 'a.csv'), readFileSync(evidence));
  writeFileSync(join(batchDir, 'b.csv'), csv);
  const people = readFileSync(join(ROOT, 'examples/pegawai-contoh.csv'), 'utf8');
  employees = join(tmp, 'pegawai.csv');
  writeFileSync(employees, people.replaceAll('Sekretariat Daerah', `"Setda${HOSTILE}"`));
  const r = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { title: unknown };
  r.title = { id: `Rubrik ${HOSTILE}`, en: `Rubric ${HOSTILE}` };
  rubric = join(tmp, 'rubric.json');
  writeFileSync(rubric, JSON.stringify(r));
});

function safe(text: string): void {
  const m = UNSAFE.exec(text);
  expect(m, m ? `unsafe ${JSON.stringify(m[0])} at …${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 30))}` : '').toBeNull();
}

describe('visible()', () => {
  it('writes C0, DEL, C1 and bidi controls as escapes and leaves other text alone', () => {
    expect(visible(HOSTILE)).toBe(SHOWN);
    expect(visible('a\tb\nc\u007fd\u2066e\u2069')).toBe('a\\tb\\nc\\x7fd\\u2066e\\u2069');
    expect(visible('Pemerintah Kota Contoh · ≥ 250 … é')).toBe('Pemerintah Kota Contoh · ≥ 250 … é');
  });
  it('visibleAll returns clean values themselves and escapes copies of hostile ones', () => {
    const clean = { a: ['x', { b: 'y' }] };
    expect(visibleAll(clean)[0]).toBe(clean);
    const shared = { name: '\u001b[2J' };
    const [copy] = visibleAll({ one: shared, two: shared, list: new Map([['k\u0007', shared]]) });
    expect(copy.one).toEqual({ name: '\\x1b[2J' });
    expect(copy.one).toBe(copy.two);
    expect([...copy.list.keys()]).toEqual(['k\\x07']);
    expect(shared.name).toBe('\u001b[2J');
  });
});

describe('every terminal renderer shows hostile text escaped (built CLI)', () => {
  const cases: [string, () => string[]][] = [
    ['score (text report)', () => ['score', evidence, '-v']],
    ['batch table', () => ['score', batchDir]],
    ['gap', () => ['gap', evidence]],
    ['explain', () => ['explain', evidence, 'A3']],
    ['diff', () => ['diff', join(ROOT, 'examples/kota-contoh.csv'), evidence]],
  ];
  for (const [name, args] of cases) {
    it(`${name}: colour terminal and plain pipe`, () => {
      for (const env of [colour, {}]) {
        const r = merit(args(), { env });
        expect(r.code, r.stderr).toBe(2); // the level cell `ESC[2J9` is an error
        safe(r.stdout);
        safe(r.stderr);
        // Tables cut long names to their column: the start of the name is enough.
        expect(r.stdout).toContain(name === 'batch table' ? SHOWN.slice(0, 15) : SHOWN);
        // The diagnostic about that cell is escaped too (quoted as JSON writes it).
        expect(r.stdout + r.stderr).toContain('"\\u001b[2J9"');
      }
    });
  }

  it('score -o report.txt (a file) is escaped the same way', () => {
    const out = join(tmp, 'report.txt');
    const r = merit(['score', evidence, '-o', out]);
    expect(r.code, r.stderr).toBe(2);
    const text = readFileSync(out, 'utf8');
    safe(text);
    expect(text).toContain(SHOWN);
    safe(r.stderr);
  });

  it('record rubric group-by tables (unit names from the file)', () => {
    const r = merit(['score', employees, '--rubric', 'ip-asn-2019'], { env: colour });
    expect(r.code, r.stderr).toBe(0);
    safe(r.stdout);
    expect(r.stdout).toContain(`Setda${SHOWN.slice(0, 24)}`);
  });

  it('rubric show and the diagnostics of a hostile rubric title', () => {
    const r = merit(['rubric', 'show', rubric], { env: colour });
    expect(r.code, r.stderr).toBe(0);
    safe(r.stdout);
    safe(r.stderr);
    expect(r.stdout).toContain(`Rubrik ${SHOWN}`);
  });

  it('a file name with an escape sequence in a failing batch', () => {
    const dir = join(tmp, 'names');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad\u001b]0;t\u0007.csv'), 'not;a;merit;file\n');
    writeFileSync(join(dir, 'ok.csv'), readFileSync(join(ROOT, 'examples/kota-contoh.csv')));
    const r = merit(['score', dir], { env: colour });
    safe(r.stdout);
    safe(r.stderr);
    expect(r.stdout + r.stderr).toContain('bad\\x1b]0;t\\x07.csv');
  });

  it('year-over-year diff: an agency only in the new year is listed with its name escaped (exit 2: its level cell is an error)', () => {
    const old = join(tmp, 'old-year');
    mkdirSync(old);
    writeFileSync(join(old, 'b.csv'), readFileSync(join(batchDir, 'b.csv')));
    for (const env of [colour, {}]) {
      const r = merit(['diff', old, batchDir], { env });
      expect(r.code, r.stderr).toBe(2);
      safe(r.stdout);
      safe(r.stderr);
      expect(r.stdout).toContain(SHOWN);
    }
  });
});

describe('a document printed on a terminal (-f md, csv, json; gap; the booklet)', () => {
  /** Runs the built CLI on a pseudo-terminal (`script`, util-linux, part of every Debian): stdout is a TTY. */
  function onTerminal(args: string[]): string {
    const quoted = ['node', join(ROOT, 'bin/merit.js'), ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const r = spawnSync('script', ['-qec', quoted, '/dev/null'], { encoding: 'utf8', env: { ...process.env, MERIT_LANG: 'en', NO_COLOR: '1', COLUMNS: '100' } });
    expect(r.stdout.length, r.stderr).toBeGreaterThan(100);
    return r.stdout.replace(/\r+\n/g, '\n'); // the terminal's own line endings (and CSV's CRLF)
  }

  it('visibleDocument keeps line breaks, tabs and CRLF; every other control becomes \\u escape', () => {
    expect(visibleDocument('a\tb\r\nc\n')).toBe('a\tb\r\nc\n');
    expect(visibleDocument(HOSTILE)).toBe('Kota \\u001b[2J\\u001b]0;pwned\\u0007X\\u202eevil\\u009b31m\\u000dZ');
    expect(JSON.parse(visibleDocument(JSON.stringify({ s: 'a\u009bb\u202e' })))).toEqual({ s: 'a\u009bb\u202e' });
  });

  for (const [name, args] of [
    ['Markdown report', ['score', '-f', 'md']],
    ['CSV report', ['score', '-f', 'csv']],
    ['JSON report (C1 and bidi, which JSON leaves raw)', ['score', '-f', 'json']],
    ['gap as JSON', ['gap', '-f', 'json']],
  ] as const) {
    it(`${name}: escaped on a terminal`, () => {
      const out = onTerminal([args[0], evidence, ...args.slice(1)]);
      safe(out.replaceAll('\n', ' ').replaceAll('\t', ' '));
      expect(out).toContain('\\u001b[2J'); // the name (or, in CSV, the level cell) shown, not run
    });
  }

  it('the booklet of a hostile rubric on a terminal; piped, the bytes stay as they are', () => {
    safe(onTerminal(['rubric', 'show', rubric, '-f', 'md']).replaceAll('\n', ' '));
    const piped = merit(['score', evidence, '-f', 'md']);
    expect(piped.stdout).toContain('Kota \u001b');
  });
});
