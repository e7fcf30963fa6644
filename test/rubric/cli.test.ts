/** `merit rubric validate | list | show` through the built binary (run `npm run build` first). */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const FIX = 'test/fixtures/rubrics';
const bundled = () =>
  (JSON.parse(merit(['rubric', 'list', '--format', 'json']).stdout) as { rubrics: { id: string }[] }).rubrics.map((r) => r.id);

describe('merit rubric validate', () => {
  it('accepts a valid rubric: exit 0, one verdict line', () => {
    const r = merit(['rubric', 'validate', `${FIX}/valid/minimal-agency.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`✓ ${FIX}/valid/minimal-agency.json: valid\n`);
    expect(r.stderr).toBe('');
  });

  it('accepts every bundled rubric, by id and by path', () => {
    const ids = bundled();
    expect(ids.length).toBeGreaterThan(0);
    const byId = merit(['rubric', 'validate', ...ids, '--lang', 'en']);
    expect(byId.code).toBe(0);
    for (const id of ids) expect(byId.stdout).toContain(`✓ rubrics/${id}.json: valid`);
    expect(byId.stdout).toContain(`${ids.length} of ${ids.length} rubrics valid`);
    const byPath = merit(['rubric', 'validate', ...ids.map((id) => `rubrics/${id}.json`)]);
    expect(byPath.code).toBe(0);
  });

  it('prints every diagnostic with file:line:column and pointer, and exits 2', () => {
    const r = merit(['rubric', 'validate', `${FIX}/invalid/official-inferred.json`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      [
        `${FIX}/invalid/official-inferred.json:128:25 /root/children/1/provenance/confidence: error: A2: the rubric is "official" but this provenance is inferred [RUBRIC_OFFICIAL_UNCONFIRMED]`,
        '  hint: never pass an inferred number off as official: confirm the source or set status to "provisional"',
        `${FIX}/invalid/official-inferred.json:161:23 /bands/2/provenance/confidence: error: the rubric is "official" but this provenance is uncertain [RUBRIC_OFFICIAL_UNCONFIRMED]`,
        '  hint: never pass an inferred number off as official: confirm the source or set status to "provisional"',
        `✗ ${FIX}/invalid/official-inferred.json: invalid (2 errors)`,
        '',
      ].join('\n'),
    );
  });

  it('speaks Indonesian by default', () => {
    const r = merit(['rubric', 'validate', `${FIX}/invalid/malformed-json.json`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${FIX}/invalid/malformed-json.json:6:3: galat: JSON tidak sah: diharapkan ',' atau '}'`);
    expect(r.stdout).toContain('  saran: mungkin ada koma yang terlupa');
    expect(r.stdout).toContain('tidak valid (1 galat)');
  });

  it('checks several files, reports each, and exits 2 when any is invalid', () => {
    const files = [`${FIX}/valid/minimal-record.json`, `${FIX}/invalid/band-gap.json`, `${FIX}/warn/unused-scale.json`];
    const r = merit(['rubric', 'validate', ...files, '--lang', 'en']);
    expect(r.code).toBe(2);
    const verdicts = r.stdout.split('\n').filter((l) => /^[✓✗]/.test(l));
    expect(verdicts).toEqual([
      `✓ ${files[0]}: valid`,
      `✗ ${files[1]}: invalid (1 error)`,
      `✓ ${files[2]}: valid (1 warning)`,
    ]);
    expect(r.stdout).toContain('/scales/spare: warning: scale "spare" is not used by any criterion [RUBRIC_UNUSED_SCALE]');
    expect(r.stdout).toContain('2 of 3 rubrics valid');
  });

  it('warnings alone keep exit 0', () => {
    expect(merit(['rubric', 'validate', `${FIX}/warn/cap-never-binds.json`]).code).toBe(0);
  });

  it('writes machine-readable JSON with --format json', () => {
    const r = merit(['rubric', 'validate', `${FIX}/invalid/typo-key.json`, `${FIX}/valid/minimal-agency.json`, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('merit-rubric-validation/1');
    expect(doc.valid).toBe(false);
    expect(doc.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [`${FIX}/invalid/typo-key.json`, false],
      [`${FIX}/valid/minimal-agency.json`, true],
    ]);
    expect(doc.files[0].diagnostics).toEqual([
      {
        code: 'RUBRIC_UNKNOWN_KEY',
        severity: 'error',
        message: 'unknown key "lable". Did you mean "label"?',
        hint: 'keys allowed here: value, points, label, description, evidence',
        args: { key: 'lable', allowed: ['value', 'points', 'label', 'description', 'evidence'], suggestion: 'label' },
        location: { file: `${FIX}/invalid/typo-key.json`, line: 40, column: 11, pointer: '/scales/l04/levels/2/lable' },
      },
    ]);
    const bytes = readFileSync(join(ROOT, FIX, 'valid/minimal-agency.json'));
    expect(doc.files[1].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.files[1].sha256).toBe((require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));
  });

  it('reports a missing file as a diagnostic with exit 2', () => {
    const r = merit(['rubric', 'validate', 'nope/missing.json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('nope/missing.json: error: rubric file "nope/missing.json" not found. [RUBRIC_NOT_FOUND]');
  });

  it('is a usage error without files (exit 2)', () => {
    const r = merit(['rubric', 'validate', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'files'");
  });
});

describe('merit rubric list', () => {
  it('lists id, version, status and title, in Indonesian by default', () => {
    const r = merit(['rubric', 'list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+VERSI\s+STATUS\s+JUDUL$/);
    expect(lines.some((l) => /^kasn-2019\s+\d+\.\d+\.\d+\s+(sementara|resmi)\s+Penilaian Mandiri/.test(l))).toBe(true);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('lists in English and as JSON', () => {
    expect(merit(['rubric', 'list', '--lang', 'en']).stdout).toMatch(/^ID\s+VERSION\s+STATUS\s+TITLE\n/);
    const doc = JSON.parse(merit(['rubric', 'list', '--format', 'json']).stdout);
    expect(doc.schema).toBe('merit-rubric-list/1');
    const kasn = doc.rubrics.find((x: { id: string }) => x.id === 'kasn-2019');
    expect(kasn).toMatchObject({ id: 'kasn-2019', subject: 'agency', file: 'rubrics/kasn-2019.json' });
    expect(kasn.title.en).toMatch(/Merit System/);
  });
});

describe('merit rubric show', () => {
  it('shows the tree with maxima and shares, the bands with edges, and the provisional warnings', () => {
    const r = merit(['rubric', 'show', 'kasn-2019']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^kasn-2019 \d+\.\d+\.\d+ — Penilaian Mandiri/);
    expect(out).toMatch(/^KODE\s+NAMA\s+MAKS\s+PORSI$/m);
    expect(out).toMatch(/^\S+\s+.*\s410\s+100\.0%$/m);
    expect(out).toMatch(/^ {2}A1\s+Perencanaan Kebutuhan\s+40\s+9\.8%$/m);
    expect(out).toMatch(/^ {2}A3\s+Pengembangan Karier\s+130\s+31\.7%$/m);
    expect(out).toMatch(/^ {2}III\s+\[250, 325\)\s+Baik$/m);
    expect(out).toMatch(/^ {2}IV\s+\[325, ∞\)\s+Sangat Baik$/m);
    expect(out).toMatch(/\(-∞, 100\)\s+.*\(di bawah rentang\)/);
    expect(out).toContain('asal (');
    expect(out).toContain('⚠ rubrik ini SEMENTARA: ');
    expect(out).toMatch(/^⚠ unsur A1\.1: belum pasti — /m);
    for (const l of out.split('\n')) expect([...l].length, l).toBeLessThanOrEqual(80);
  });

  it('speaks English with --lang en', () => {
    const r = merit(['rubric', 'show', 'kasn-2019', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CODE\s+NAME\s+MAX\s+SHARE$/m);
    expect(r.stdout).toMatch(/^ {2}III\s+\[250, 325\)\s+Good$/m);
    expect(r.stdout).toContain('⚠ this rubric is PROVISIONAL');
  });

  it('shows every bundled rubric within 80 columns, one warning line per provisional part', () => {
    for (const id of bundled()) {
      const r = merit(['rubric', 'show', id, '--lang', 'en']);
      expect(r.code, id).toBe(0);
      for (const l of r.stdout.split('\n')) expect([...l].length, `${id}: ${l}`).toBeLessThanOrEqual(80);
      const json = JSON.parse(merit(['rubric', 'show', id, '--format', 'json']).stdout);
      const warnLines = r.stdout.split('\n').filter((l) => l.startsWith('⚠ ')).length;
      expect(warnLines).toBe(json.provisional.length + (json.status === 'provisional' ? 1 : 0));
    }
  });

  it('shows a rubric by path, as JSON with shares and band edges', () => {
    const r = merit(['rubric', 'show', `${FIX}/valid/minimal-record.json`, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schema: 'merit-rubric-show/1', id: 'mini-record', status: 'official', subject: 'record', bundled: false, range: { min: 0, max: 100 } });
    expect(doc.tree.children.map((c: { code: string; max: number; sharePercent: number }) => [c.code, c.max, c.sharePercent])).toEqual([
      ['EDU', 60, 60],
      ['TRN', 40, 40],
      ['TRN2', 40, 40],
    ]);
    expect(doc.bands.map((b: { code: string; edges: string }) => [b.code, b.edges])).toEqual([
      ['LOW', '(-∞, 60]'],
      ['HIGH', '(60, ∞)'],
    ]);
    expect(doc.provisional).toEqual([]);
  });

  it('refuses an unknown id with a did-you-mean (exit 2, no stack trace)', () => {
    const r = merit(['rubric', 'show', 'kasn2019', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('rubric "kasn2019" not found (neither a bundled id nor a file). Did you mean "kasn-2019"? [RUBRIC_NOT_FOUND]');
    expect(r.stderr).toContain('hint: bundled rubrics: ');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an invalid rubric with all its diagnostics (exit 2)', () => {
    const r = merit(['rubric', 'show', `${FIX}/invalid/official-inferred.json`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/RUBRIC_OFFICIAL_UNCONFIRMED/g)).toHaveLength(2);
  });
});
