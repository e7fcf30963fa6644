// `merit score` end to end on the real built binary: the examples, every exit code, gates, formats,
// atomic output, and the JSON contract.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { expectValidReport } from '../helpers/report-schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-score-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXAMPLES = [
  { file: 'examples/kab-contoh-baik.xlsx', score: 288.5, self: 308.5, predicate: 'III' },
  { file: 'examples/prov-contoh-sangat-baik.xlsx', score: 336.5, self: 343.5, predicate: 'IV' },
  { file: 'examples/kota-contoh.csv', score: 194.5, self: 194.5, predicate: 'II' },
];

describe('examples score as worked out by hand (examples/README.md)', () => {
  for (const ex of EXAMPLES) {
    it(`${ex.file} → ${ex.score} ${ex.predicate}`, () => {
      const r = merit(['score', ex.file, '-f', 'json', '--deterministic']);
      expect(r.code, r.stderr).toBe(0);
      expectValidReport(r.stdout);
      const report = JSON.parse(r.stdout);
      expect(report.score).toBe(ex.score);
      expect(report.selfScore).toBe(ex.self);
      expect(report.max).toBe(410);
      expect(report.predicate.code).toBe(ex.predicate);
      expect(report.rubric).toMatchObject({ id: 'kasn-2019', status: 'provisional' });
      expect(report.generatedAt).toBeUndefined();
      // The expected report is committed next to the example (golden).
      expectGolden(`../../../${ex.file.replace(/\.(xlsx|csv)$/, '.report.json')}`, r.stdout);
    });
  }

  it('the terminal report of the quick start names the agency, score and predicate', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Pemerintah Kabupaten Contoh');
    expect(r.stdout).toMatch(/288\.5 dari 410/);
    expect(r.stdout).toContain('III Baik');
    expect(r.stdout).toContain('SEMENTARA');
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR is set by the helper
    expect(r.stderr).toBe('');
  });

  it('speaks English with --lang en and colours with FORCE_COLOR', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--lang', 'en'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('III Good');
    expect(r.stdout).toMatch(/\u001b\[/);
    const plain = merit(['score', 'examples/kab-contoh-baik.xlsx', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('--verbose lists every criterion with its source cell', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--verbose', '--lang', 'en'], { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/A3\.2/);
    expect(r.stdout).toMatch(/D13/);
  });
});

describe('gates and exit codes', () => {
  it('0 when every gate passes, with expected/found on stderr', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--fail-under', '250', '--min-predicate', 'III', '-q']);
    expect(r.code).toBe(0);
  });

  it('1 when --fail-under fails: "expected >= X, found Y"', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--fail-under', '300', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expected >= 300, found 288\.5/);
  });

  it('1 when --min-predicate fails', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--min-predicate', 'IV', '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed/);
    expect(JSON.parse(r.stdout).predicate.code).toBe('III');
  });

  it('2 for an unknown band code, a bad number, an unknown option or command', () => {
    expect(merit(['score', 'examples/kab-contoh-baik.xlsx', '--min-predicate', 'V']).code).toBe(2);
    expect(merit(['score', 'examples/kab-contoh-baik.xlsx', '--fail-under', 'abc']).code).toBe(2);
    const opt = merit(['score', 'examples/kab-contoh-baik.xlsx', '--fail-undr', '3', '--lang', 'en']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/Did you mean --fail-under/);
    const cmd = merit(['scor', '--lang', 'en']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/Did you mean score/);
    expect(merit(['score']).code).toBe(2); // missing argument
  });

  it('2 for a file that does not exist, without a stack trace', () => {
    const r = merit(['score', 'nope.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 for an unknown rubric, with a did-you-mean', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--rubric', 'kasn-2091']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kasn-2019/);
  });

  it('2 for a record rubric on agency evidence (record mode is its own path)', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--rubric', 'ip-asn-2019', '-f', 'json']);
    expect(r.code).not.toBe(0);
  });

  it('2 when the evidence has an error (a level out of range), and the report is still printed', () => {
    const csv = join(tmp, 'out-of-range.csv');
    writeFileSync(csv, 'Kode;Level\r\nA1.1;7\r\nA1.2;3\r\n');
    const r = merit(['score', csv, '-f', 'json', '--fail-under', '1', '--lang', 'en']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toContain('SCORE_LEVEL_OUT_OF_RANGE');
    expect(r.stderr).toMatch(/Penilaian|A1\.1|B2/);
  });

  it('3 for an internal error: one sentence, no stack trace unless --debug', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx'], { env: { MERIT_TEST_INTERNAL_ERROR: '1' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/internal|internal/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const d = merit(['score', 'examples/kab-contoh-baik.xlsx', '--debug'], { env: { MERIT_TEST_INTERNAL_ERROR: '1' } });
    expect(d.code).toBe(3);
    expect(d.stderr).toMatch(/\n\s+at /);
  });
});

describe('outputs', () => {
  it('writes several formats atomically, inferring each from its extension', () => {
    const out = join(tmp, 'multi');
    rmSync(out, { recursive: true, force: true });
    const paths = ['r.json', 'r.html', 'r.xlsx', 'r.csv', 'r.md', 'r.txt'].map((f) => join(tmp, f));
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--deterministic', ...paths.flatMap((p) => ['-o', p])]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    for (const p of paths) expect(existsSync(p)).toBe(true);
    expectValidReport(readFileSync(paths[0]!, 'utf8'));
    expect(readFileSync(paths[1]!, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(paths[2]!).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(paths[3]!, 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--deterministic JSON is byte-identical across runs; SOURCE_DATE_EPOCH does the same', () => {
    const a = merit(['score', 'examples/kota-contoh.csv', '-f', 'json', '--deterministic']);
    const b = merit(['score', 'examples/kota-contoh.csv', '-f', 'json', '--deterministic']);
    expect(a.stdout).toBe(b.stdout);
    const c = merit(['score', 'examples/kota-contoh.csv', '-f', 'json'], { env: { SOURCE_DATE_EPOCH: '0' } });
    expect(c.stdout).toBe(a.stdout);
    const timed = merit(['score', 'examples/kota-contoh.csv', '-f', 'json']);
    expect(JSON.parse(timed.stdout).generatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses to overwrite an input file (exit 2) and leaves it untouched', () => {
    const copy = join(tmp, 'input.csv');
    copyFileSync(join(ROOT, 'examples/kota-contoh.csv'), copy);
    const before = readFileSync(copy);
    const r = merit(['score', copy, '-f', 'csv', '-o', copy]);
    expect(r.code).toBe(2);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  it('usage errors for formats: unknown, several to stdout, no extension', () => {
    expect(merit(['score', 'examples/kota-contoh.csv', '-f', 'pdf']).code).toBe(2);
    expect(merit(['score', 'examples/kota-contoh.csv', '-f', 'json', '-f', 'md']).code).toBe(2);
    expect(merit(['score', 'examples/kota-contoh.csv', '-o', join(tmp, 'report')]).code).toBe(2);
  });

  it('--csv-delimiter ; writes decimal commas', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '-f', 'csv', '--csv-delimiter', ';']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/;194,25;|194,25/);
  });

  it('json on stdout keeps stderr free of info; warnings go to stderr', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
