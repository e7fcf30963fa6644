/** `merit rubric init` on the built binary: the scaffold validates, its fixture passes, `--from` extends a bundled rubric, nothing is overwritten without --force. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'merit-rinit-'));

describe('merit rubric init', () => {
  it('from flags: a valid v2 rubric, a fixture that passes, the next commands', () => {
    const dir = tmp();
    const r = merit(['rubric', 'init', '--id', 'sistem-merit-2027', '--title', 'Evaluasi 2027', '--aspects', 'Perencanaan,Pengadaan', '--criteria', '2', '--scale', '1-5', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote: sistem-merit-2027.rubric.json');
    expect(r.stdout).toContain('$ merit rubric test sistem-merit-2027.rubric.json');
    const rubric = JSON.parse(readFileSync(join(dir, 'sistem-merit-2027.rubric.json'), 'utf8'));
    expect(rubric).toMatchObject({ format: 'merit-rubric/2', id: 'sistem-merit-2027', version: '0.1.0', status: 'provisional', subject: 'agency', title: { id: 'Evaluasi 2027' } });
    expect(rubric.root.children.map((a: { name: { id: string } }) => a.name.id)).toEqual(['Perencanaan', 'Pengadaan']);
    expect(rubric.root.children[1].children.map((c: { code: string }) => c.code)).toEqual(['A2.1', 'A2.2']);
    expect(rubric.scales.level.levels.map((l: { value: number }) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(rubric.bands).toHaveLength(4);
    // the $schema resolves from where the rubric is
    expect(existsSync(join(dir, rubric.$schema))).toBe(true);
    expect(existsSync(join(dir, 'fixtures/sistem-merit-2027/contoh.csv'))).toBe(true);
    expect(merit(['rubric', 'validate', 'sistem-merit-2027.rubric.json'], { cwd: dir }).code).toBe(0);
    const test = merit(['rubric', 'test', 'sistem-merit-2027.rubric.json', '-f', 'json'], { cwd: dir });
    expect(test.code).toBe(0);
    expect(JSON.parse(test.stdout)).toMatchObject({ total: 1, pass: 1 });
  });

  it("--rubric-version sets the first version (a --version here was taken by merit's own -V/--version)", () => {
    const dir = tmp();
    const r = merit(['rubric', 'init', '--id', 'versi-dua', '--rubric-version', '2.0.0', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'versi-dua.rubric.json'), 'utf8')).version).toBe('2.0.0');
  });

  it('never overwrites without --force', () => {
    const dir = tmp();
    expect(merit(['rubric', 'init'], { cwd: dir }).code).toBe(0);
    const again = merit(['rubric', 'init', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('rubrik-baru.rubric.json already exists');
    expect(merit(['rubric', 'init', '--force'], { cwd: dir }).code).toBe(0);
  });

  it('--from panrb-19-2025: extends the bundled rubric; its example scores as the base does', () => {
    const dir = tmp();
    const r = merit(['rubric', 'init', '--from', 'panrb-19-2025', '--id', 'panrb-kab', '--dir', 'rubrik'], { cwd: dir });
    expect(r.code).toBe(0);
    const rubric = JSON.parse(readFileSync(join(dir, 'rubrik/panrb-kab.rubric.json'), 'utf8'));
    expect(rubric.extends).toEqual({ id: 'panrb-19-2025', version: '2.1.0' });
    const expectation = JSON.parse(readFileSync(join(dir, 'rubrik/fixtures/panrb-kab/kab-contoh-2026.expect.json'), 'utf8'));
    expect(expectation).toMatchObject({ score: '0.66', predicate: 'MENENGAH' });
    expect(merit(['rubric', 'test', 'rubrik/panrb-kab.rubric.json'], { cwd: dir }).code).toBe(0);
  });

  it('bad options are usage errors (exit 2)', () => {
    const dir = tmp();
    const id = merit(['rubric', 'init', '--id', 'Bad Id', '--lang', 'en'], { cwd: dir });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("--id 'Bad Id' is not valid: lower-case letters, digits and dashes");
    expect(merit(['rubric', 'init', '--scale', '4-0'], { cwd: dir }).code).toBe(2);
    const from = merit(['rubric', 'init', '--from', 'kasn-2020', '--lang', 'en'], { cwd: dir });
    expect(from.code).toBe(2);
    expect(from.stderr).toContain("--from 'kasn-2020' is not a bundled rubric");
  });
});
