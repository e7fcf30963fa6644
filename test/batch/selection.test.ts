/**
 * Which files a directory batch takes (issue 15, item 4): every format merit reads (.xlsx .xlsm
 * .xls .xlsb .ods .csv .tsv .txt), other spreadsheet-like files listed so they are reported,
 * lock files skipped with a note, and `--include`/`--exclude` globs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-batch-selection-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const touch = (rel: string) => {
  mkdirSync(join(tmp, rel, '..'), { recursive: true });
  writeFileSync(join(tmp, rel), 'x');
};

const READ = ['d/a.xlsx', 'd/b.XLSM', 'd/c.xls', 'd/d.xlsb', 'd/e.ods', 'd/f.csv', 'd/g.tsv', 'd/h.txt'];
const LIKE = ['d/i.xltx', 'd/j.numbers', 'd/k.et', 'd/l.gsheet', 'd/m.fods'];
for (const f of [...READ, ...LIKE, 'd/arsip/old.xlsx', 'd/2024/n.xlsx', 'd/~$a.xlsx', 'd/.~lock.e.ods#', 'd/notes.md', 'd/scan.pdf']) touch(f);

describe('a directory batch accounts for every spreadsheet', () => {
  it('takes every format merit reads and every spreadsheet-like file; skips lock files with a note; ignores others', async () => {
    const r = await expandInputs(['d'], { cwd: tmp });
    expect(r.files).toEqual(['d/2024/n.xlsx', 'd/a.xlsx', 'd/arsip/old.xlsx', 'd/b.XLSM', 'd/c.xls', 'd/d.xlsb', 'd/e.ods', 'd/f.csv', 'd/g.tsv', 'd/h.txt', 'd/i.xltx', 'd/j.numbers', 'd/k.et', 'd/l.gsheet', 'd/m.fods']);
    expect(r.skipped).toEqual(['d/.~lock.e.ods#', 'd/~$a.xlsx']);
  });

  it('--exclude drops files by name and folders by name; --include keeps only matches', async () => {
    const ex = await expandInputs(['d'], { cwd: tmp, excludeGlobs: ['*.txt', 'arsip', '*.{numbers,et,gsheet,fods,xltx}'] });
    expect(ex.files).toEqual(['d/2024/n.xlsx', 'd/a.xlsx', 'd/b.XLSM', 'd/c.xls', 'd/d.xlsb', 'd/e.ods', 'd/f.csv', 'd/g.tsv']);
    const inc = await expandInputs(['d'], { cwd: tmp, includeGlobs: ['*.XLSX'] });
    expect(inc.files).toEqual(['d/2024/n.xlsx', 'd/a.xlsx', 'd/arsip/old.xlsx']);
    const both = await expandInputs(['d'], { cwd: tmp, includeGlobs: ['*.xlsx'], excludeGlobs: ['2024/**'] });
    expect(both.files).toEqual(['d/a.xlsx', 'd/arsip/old.xlsx']);
  });

  it('applies to patterns too, never to a file named on the command line', async () => {
    const pat = await expandInputs(['d/**/*.xlsx', 'd/h.txt'], { cwd: tmp, excludeGlobs: ['arsip', '*.txt'] });
    expect(pat.files).toEqual(['d/2024/n.xlsx', 'd/a.xlsx', 'd/h.txt']);
  });

  it('a directory left empty by the globs is a usage error naming the readable extensions', async () => {
    await expect(expandInputs(['d'], { cwd: tmp, includeGlobs: ['*.nothing'] })).rejects.toMatchObject({ code: 'USAGE_NO_EVIDENCE_IN_DIRECTORY' });
  });
});
