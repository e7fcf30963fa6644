/**
 * docs/ci.md's recipes, run: every `merit` line of its GitHub Actions and GitLab CI workflows, in
 * order, on the bundled 2026 examples with a last-year batch made from them. The lines are read
 * from the document itself, so a recipe that stops working fails here.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');

/** The `merit …` command lines of one fenced YAML block, found by its first comment line. */
function recipe(file: string): string[][] {
  const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith(`# ${file}`));
  if (!block) throw new Error(`docs/ci.md has no YAML block for ${file}`);
  return block
    .split('\n')
    .map((line) => line.trim().replace(/^- /, '').replace(/^run: /, ''))
    .filter((line) => line.startsWith('merit '))
    .map((line) => line.split(/\s+/).slice(1));
}

const WORKFLOWS = ['.github/workflows/sistem-merit.yml', '.gitlab-ci.yml'];
let dir: string;

/** A job's folder: this year's evidence in bukti/, last year's batch in baseline/. */
function job(lastYear: string[] = []): string {
  const d = mkdtempSync(join(dir, 'job-'));
  mkdirSync(join(d, 'bukti'));
  for (const f of ['kab-contoh-2026.xlsx', 'kementerian-contoh-2026.xlsx']) copyFileSync(join(ROOT, 'examples', f), join(d, 'bukti', f));
  const base = merit(['score', 'bukti/', '--rubric', 'panrb-19-2025', ...lastYear, '-o', 'baseline/batch-2025.json', '-q'], { cwd: d });
  expect(base.stderr).toBe('');
  expect(base.code).toBe(0);
  return d;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'merit-ci-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/ci.md', () => {
  for (const workflow of WORKFLOWS) {
    it(`${workflow}: every merit line runs, writes what the recipe uploads, exit 0 when nobody fell`, () => {
      const lines = recipe(workflow);
      expect(lines.map((l) => l[0])).toEqual(['score', 'diff']);
      const d = job();
      for (const args of lines) {
        const r = merit(args, { cwd: d });
        expect(r.code, `merit ${args.join(' ')}\n${r.stderr}`).toBe(0);
      }
      for (const f of ['junit.xml', 'ringkasan.html', 'ringkasan.md', 'batch-2026.json', 'perubahan.md', 'laporan/manifest.json', 'laporan/kab-contoh-2026.xlsx.json']) {
        expect(existsSync(join(d, f)), f).toBe(true);
      }
      expect(readFileSync(join(d, 'junit.xml'), 'utf8')).toMatch(/<testsuites?[\s>]/);
      expect(JSON.parse(readFileSync(join(d, 'batch-2026.json'), 'utf8')).schema).toBe('merit-batch/1');
      expect(readFileSync(join(d, 'perubahan.md'), 'utf8')).toContain('| MENENGAH | 0 | 0 | 1 | 0 |');
    });
  }

  it('the regression step fails the job (exit 1) when an agency fell a category since last year', () => {
    // Last year both agencies had every maturity item at level 4 (TINGGI); this year's regency is MENENGAH.
    const items = [
      '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4', '4.1a', '4.1b', '4.2', '4.3',
      '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4a', '6.4b', '6.4c', '6.4d', '7.1', '8.1', '8.2',
    ];
    const d = job(items.flatMap((c) => ['--assume', `${c}=4`]));
    const [score, diff] = recipe(WORKFLOWS[0]!);
    expect(merit(score!, { cwd: d }).code).toBe(0);
    const r = merit(diff!, { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('max-regressions');
    expect(readFileSync(join(d, 'perubahan.md'), 'utf8')).toContain('Pemerintah Kabupaten Contoh');
  });

  it('the score step fails the job (exit 1) on the recipe gate, and still writes the reports to upload', () => {
    const d = job();
    const [score] = recipe(WORKFLOWS[1]!);
    const stricter = score!.map((a) => (a === 'MENENGAH' ? 'TINGGI' : a));
    const r = merit(stricter, { cwd: d });
    expect(r.code).toBe(1);
    expect(readFileSync(join(d, 'junit.xml'), 'utf8')).toContain('<failure');
    expect(existsSync(join(d, 'ringkasan.html'))).toBe(true);
  });
});
