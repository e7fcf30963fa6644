// `merit score` over many inputs, end to end on the built binary: expansion of directories and
// globs, keep-going with honest exit codes, the summary formats (text, merit-batch/1 JSON, CSV,
// Markdown, JUnit) validated, --output-dir with its manifest, determinism.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { expectValidBatch, expectValidManifest, FOUND, GOOD, makeBatchDir, parseJunit, type BatchDir } from './helpers.js';

let b: BatchDir;
beforeAll(async () => {
  b = await makeBatchDir();
});
afterAll(() => b.remove());

const run = (args: string[], env: Record<string, string | undefined> = {}) => merit(args, { cwd: b.root, env });
const json = (stdout: string) => JSON.parse(stdout) as Batch;

interface Batch {
  schema: string;
  results: { input: { path: string }; score: number; predicate: { code: string } }[];
  outcomes: { input: string; status: string; exitCode: number; gates: { passed: boolean }[]; errors: number }[];
  summary: { files: number; scored: number; failed: number; gateFailures: number; withErrors: number; exitCode: number; byPredicate: { code: string; count: number }[]; failures: { input: string; diagnostics: { code: string }[] }[] };
}

describe('a directory with good, bad and gate-failing files', () => {
  it('finds every evidence file (skipping lock files, hidden files, node_modules), scores every good one, and exits with the worst code', () => {
    const r = run(['score', 'evidence', '-f', 'json', '--deterministic', '--fail-under', '250', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(2);
    expectValidBatch(r.stdout);
    const out = json(r.stdout);
    expect(out.schema).toBe('merit-batch/1');
    expect(out.outcomes.map((o) => o.input)).toEqual(FOUND);
    for (const [input, want] of Object.entries(GOOD)) {
      const report = out.results.find((x) => x.input.path === input)!;
      expect(report, input).toBeDefined();
      expect(report.score).toBe(want.score);
      expect(report.predicate.code).toBe(want.predicate);
      expectValidReport(report);
    }
    const by = Object.fromEntries(out.outcomes.map((o) => [o.input, o]));
    expect(by['evidence/bad/corrupt.xlsx']).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(by['evidence/bad/no-header.csv']).toMatchObject({ status: 'failed', exitCode: 2 });
    expect(by['evidence/bad/out-of-range.csv']).toMatchObject({ status: 'scored', exitCode: 2 });
    expect(by['evidence/kota-contoh.csv']).toMatchObject({ status: 'scored', exitCode: 1 });
    expect(by['evidence/good/kab-contoh-baik.xlsx']).toMatchObject({ status: 'scored', exitCode: 0 });
    expect(out.summary).toMatchObject({ files: 7, scored: 5, failed: 2, exitCode: 2 });
    expect(out.summary.failures.map((f) => [f.input, f.diagnostics[0]!.code])).toEqual([
      ['evidence/bad/corrupt.xlsx', 'EVIDENCE_CORRUPT'],
      ['evidence/bad/no-header.csv', 'EVIDENCE_HEADER_NOT_FOUND'],
    ]);
    expect(out.summary.byPredicate.reduce((n, p) => n + p.count, 0)).toBe(5);
    // stderr: each bad file's error, each failed gate, the counts; stdout stays parseable.
    expect(r.stderr).toMatch(/evidence\/bad\/corrupt\.xlsx.*EVIDENCE_CORRUPT/);
    expect(r.stderr).toMatch(/evidence\/kota-contoh\.csv: gate fail-under failed: expected >= 250, found 194\.5/);
    expect(r.stderr).toMatch(/7 files: 5 scored, 2 unreadable/);
  });

  it('exit code 1 when the worst is a failed gate, 0 when every file passes', () => {
    const good = Object.keys(GOOD);
    expect(run(['score', ...good, '--fail-under', '250', '-q']).code).toBe(1);
    expect(run(['score', ...good, '--fail-under', '150', '-q']).code).toBe(0);
    expect(run(['score', ...good, '--min-predicate', 'III', '-q']).code).toBe(1);
  });

  it('a bug while scoring one file: that file exits 3, every other file is still scored', () => {
    const r = run(['score', 'evidence', '-f', 'json', '--deterministic', '--lang', 'en'], { MERIT_TEST_INTERNAL_ERROR_IN: 'rendah.xlsx' });
    expect(r.code).toBe(3);
    const out = json(r.stdout);
    expect(out.summary).toMatchObject({ scored: 4, failed: 3, exitCode: 3 });
    expect(out.summary.failures.find((f) => f.input === 'evidence/gen/rendah.xlsx')!.diagnostics[0]!.code).toBe('BATCH_INTERNAL_ERROR');
    expect(r.stderr).toMatch(/internal error \(a bug in merit\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = run(['score', 'evidence', '-f', 'json', '--debug'], { MERIT_TEST_INTERNAL_ERROR_IN: 'rendah.xlsx' });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('the text summary: ranked, counts per predicate, failures listed, at most 80 columns (id and en)', () => {
    for (const lang of ['id', 'en']) {
      const r = run(['score', 'evidence', '--lang', lang, '--fail-under', '250'], { COLUMNS: '80' });
      expect(r.code).toBe(2);
      const lines = r.stdout.split('\n');
      for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(80);
      // Ranked by score: IV first, then III.
      expect(r.stdout.indexOf('336.5')).toBeLessThan(r.stdout.indexOf('288.5'));
      expect(r.stdout.indexOf('288.5')).toBeLessThan(r.stdout.indexOf('194.5'));
      expect(r.stdout).toMatch(lang === 'en' ? /Files per predicate/ : /Jumlah per predikat/);
      expect(r.stdout).toMatch(/EVIDENCE_CORRUPT/);
      expect(r.stdout).toMatch(/SCORE_LEVEL_OUT_OF_RANGE/);
      expect(r.stdout).toMatch(lang === 'en' ? /expected >= 250, found 194\.5/ : /diharapkan >= 250, didapat 194\.5/);
      // The text summary lists the problems itself: stderr only notes the skipped lock file.
      expect(r.stderr).toBe(`${lang === 'en' ? 'skipped' : 'dilewati'}: evidence/~$kab-contoh-baik.xlsx (${lang === 'en' ? 'an Excel/LibreOffice lock file of a workbook open somewhere, not evidence' : 'berkas kunci Excel/LibreOffice dari workbook yang sedang dibuka, bukan bukti'})\n`);
    }
  });

  it('JUnit: one testcase per file, failures for failed gates and unreadable files, well-formed and of the JUnit shape', () => {
    const r = run(['score', 'evidence', '-f', 'junit', '--fail-under', '250', '--lang', 'en']);
    expect(r.code).toBe(2);
    const { suites, root } = parseJunit(r.stdout);
    expect(root['@_tests']).toBe('7');
    const cases = suites[0]!.testcase;
    expect(cases.map((c) => c['@_name'])).toEqual(FOUND);
    const failures = Object.fromEntries(cases.map((c) => [c['@_name'], (c.failure ?? []).map((f) => f['@_type'])]));
    expect(failures).toEqual({
      'evidence/bad/corrupt.xlsx': ['EVIDENCE_CORRUPT'],
      'evidence/bad/no-header.csv': ['EVIDENCE_HEADER_NOT_FOUND'],
      'evidence/bad/out-of-range.csv': ['SCORE_LEVEL_OUT_OF_RANGE', 'gate'],
      'evidence/gen/rendah.xlsx': ['gate'],
      'evidence/good/kab-contoh-baik.xlsx': [],
      'evidence/good/prov-contoh-sangat-baik.xlsx': [],
      'evidence/kota-contoh.csv': ['gate'],
    });
    expect(suites[0]!['@_failures']).toBe('5');
    const kota = cases.find((c) => c['@_name'] === 'evidence/kota-contoh.csv')!;
    expect(kota.failure![0]!['@_message']).toMatch(/expected >= 250, found 194\.5/);
    expect(kota['system-out']).toMatch(/194\.5 of 410/);
    // -o report.xml infers JUnit from the extension.
    const o = run(['score', 'evidence', '-o', 'out/junit.xml']);
    expect(o.code).toBe(2);
    parseJunit(readFileSync(join(b.root, 'out/junit.xml'), 'utf8'));
  });

  it('CSV summary: BOM, one row per file, ; with decimal commas', () => {
    const r = run(['score', 'evidence', '-f', 'csv', '--csv-delimiter', ';', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = r.stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + FOUND.length);
    expect(lines[1]).toMatch(/^1;evidence\/good\/prov-contoh-sangat-baik\.xlsx;Pemerintah Provinsi Contoh;2024;336,5;410;/);
  });

  it('Markdown summary for a CI job summary', () => {
    const r = run(['score', 'evidence', '-f', 'md', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^## merit/);
    expect(r.stdout).toMatch(/\| 1 \| Pemerintah Provinsi Contoh \| 2024 \| 336\.5 \| 410 \|/);
    expect(r.stdout).toMatch(/### Could not be scored \(2\)/);
  });

  it('--deterministic output is byte-identical across runs, in every summary format', () => {
    const a = run(['score', 'evidence', '-f', 'json', '--deterministic']);
    const d = run(['score', 'evidence', '-f', 'json'], { SOURCE_DATE_EPOCH: '0' });
    expect(d.stdout).toBe(a.stdout);
    for (const f of ['junit', 'csv', 'md', 'text']) {
      const one = run(['score', 'evidence', '-f', f, '--deterministic']);
      const two = run(['score', 'evidence', '-f', f, '--deterministic']);
      expect(two.stdout, f).toBe(one.stdout);
    }
    const timed = json(run(['score', 'evidence', '-f', 'json']).stdout) as unknown as { generatedAt?: string };
    expect(timed.generatedAt).toMatch(/^\d{4}-/);
  });
});

describe('--output-dir', () => {
  it('one report per input and format, named after the input, plus a manifest with every sha256', () => {
    const out = join(b.root, 'reports');
    rmSync(out, { recursive: true, force: true });
    const r = run(['score', 'evidence', '--output-dir', 'reports', '-f', 'json', '-o', 'reports/summary.json', '-f', 'html', '-f', 'junit', '--deterministic']);
    // -o pairs with the first -f: the summary is JSON; the other -f formats go per input.
    expect(r.code, r.stderr).toBe(2);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      files: { path: string; format: string; input?: string; sha256: string }[];
      inputs: { input: string; status: string; outputs: string[] }[];
    };
    expectValidManifest(manifest);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(out, f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
    }
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toContain('good/kab-contoh-baik.xlsx.html');
    expect(paths).toContain('kota-contoh.csv.xml');
    expect(paths).toContain('bad/corrupt.xlsx.xml'); // an unreadable file still gets its JUnit case
    expect(paths).not.toContain('bad/corrupt.xlsx.html');
    expect(paths).toContain('summary.json');
    expectValidBatch(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(manifest.inputs.map((i) => i.input)).toEqual(FOUND);
    // The per-input HTML and JUnit reports are the formats asked for.
    expect(readFileSync(join(out, 'good/kab-contoh-baik.xlsx.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    parseJunit(readFileSync(join(out, 'kota-contoh.csv.xml'), 'utf8'));
    // Atomic writes: no temporary files left.
    const all = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(d, e.name)) : [e.name]));
    expect(all(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // A reports folder (it holds a merit manifest) is never read back as evidence.
    const inside = run(['score', 'evidence', '--output-dir', 'evidence/reports', '-f', 'csv', '-q']);
    expect(inside.code).toBe(2);
    const again = run(['score', 'evidence', '-f', 'json', '--deterministic']);
    expect(json(again.stdout).summary.files).toBe(7);
    rmSync(join(b.dir, 'reports'), { recursive: true, force: true });
  });

  it('default per-input format is JSON (merit-report/1), and a summary goes to stdout as text', () => {
    const r = run(['score', 'evidence/good', '--output-dir', 'reports2', '--deterministic']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/336\.5/);
    const manifest = JSON.parse(readFileSync(join(b.root, 'reports2/manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(['kab-contoh-baik.xlsx.json', 'prov-contoh-sangat-baik.xlsx.json']);
    expectValidReport(readFileSync(join(b.root, 'reports2/kab-contoh-baik.xlsx.json'), 'utf8'));
  });
});

describe('inputs', () => {
  it('expands a quoted glob (tinyglobby), skipping lock and hidden files', () => {
    const r = run(['score', 'evidence/**/*.csv', '-f', 'json', '--deterministic']);
    expect(json(r.stdout).outcomes.map((o) => o.input)).toEqual(['evidence/bad/no-header.csv', 'evidence/bad/out-of-range.csv', 'evidence/kota-contoh.csv']);
    const x = run(['score', 'evidence/*/*.xlsx', '-f', 'json', '--deterministic']);
    expect(json(x.stdout).outcomes.map((o) => o.input)).toEqual(['evidence/bad/corrupt.xlsx', 'evidence/gen/rendah.xlsx', 'evidence/good/kab-contoh-baik.xlsx', 'evidence/good/prov-contoh-sangat-baik.xlsx']);
  });

  it('a pattern or directory that matches nothing is a usage error (exit 2) naming it', () => {
    const r = run(['score', 'evidence/**/*.xlsm', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pattern 'evidence\/\*\*\/\*\.xlsm' matches no file/);
    mkdirSync(join(b.root, 'empty/.hidden'), { recursive: true });
    writeFileSync(join(b.root, 'empty/.hidden/a.csv'), 'Kode;Level\r\n');
    const e = run(['score', 'empty', 'evidence/kota-contoh.csv', '--lang', 'en']);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/directory 'empty' holds no evidence file/);
    expect(e.stdout).toBe('');
  });

  it('scores a file given twice (also through a link or ./) once', () => {
    symlinkSync(join(b.dir, 'kota-contoh.csv'), join(b.root, 'link.csv'));
    const r = run(['score', 'evidence/kota-contoh.csv', './evidence/kota-contoh.csv', 'link.csv', 'evidence', '-f', 'json', '--deterministic']);
    const inputs = json(r.stdout).outcomes.map((o) => o.input);
    expect(inputs.filter((i) => i.endsWith('kota-contoh.csv'))).toEqual(['evidence/kota-contoh.csv']);
    expect(inputs).not.toContain('link.csv');
    expect(inputs).toHaveLength(7);
  });

  it('a missing file among several is that file’s failure; the others are scored', () => {
    const r = run(['score', 'evidence/kota-contoh.csv', 'nope.xlsx', '-f', 'json', '--deterministic']);
    expect(r.code).toBe(2);
    const out = json(r.stdout);
    expect(out.summary.failures[0]).toMatchObject({ input: 'nope.xlsx', diagnostics: [{ code: 'EVIDENCE_NOT_FOUND' }] });
    expect(out.summary.scored).toBe(1);
  });

  it('one plain file keeps the single report (merit-report/1, not a batch)', () => {
    const r = run(['score', 'evidence/kota-contoh.csv', '-f', 'json', '--deterministic']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('merit-report/1');
    expectValidReport(r.stdout);
  });

  it('html and xlsx summarise a batch (the national dashboard and workbook; test/national/ has the details)', () => {
    const h = run(['score', 'evidence', '-f', 'html', '--lang', 'en', '--deterministic']);
    expect(h.code).toBe(2);
    expect(h.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(h.stdout).toContain('National Merit System Assessment Summary');
    const o = run(['score', 'evidence', '-o', 'summary.xlsx', '--lang', 'en', '--deterministic']);
    expect(o.code).toBe(2);
    expect(readFileSync(join(b.root, 'summary.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('no progress bar when stderr is not a terminal', () => {
    const r = run(['score', 'evidence', '-f', 'json']);
    expect(r.stderr).not.toMatch(/ETA|\r|\u001b\[/);
  });
});
