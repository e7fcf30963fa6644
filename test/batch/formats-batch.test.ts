/**
 * A directory batch scores every format merit reads and reports every other spreadsheet
 * (issue 15, item 4), on the built CLI: .xlsx .xlsm .xls .xlsb .ods .csv .tsv .txt are scored,
 * a Google Sheets shortcut and a broken Numbers file fail with their diagnostic, a lock file is
 * skipped with a note, and --include/--exclude narrow the folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-formats-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = join(tmp, 'bukti');
mkdirSync(join(dir, 'lama'), { recursive: true });
const ex = (f: string) => join(ROOT, 'examples', f);
const fx = (f: string) => join(ROOT, 'test/fixtures/formats', f);
copyFileSync(ex('kab-contoh-baik.xlsx'), join(dir, 'kab.xlsx'));
copyFileSync(ex('kab-contoh-baik.xlsx'), join(dir, 'kab-makro.xlsm'));
copyFileSync(fx('kab-contoh-baik.xls'), join(dir, 'lama', 'kab.xls'));
copyFileSync(fx('kab-contoh-baik.xlsb'), join(dir, 'kab.xlsb'));
copyFileSync(fx('kab-contoh-baik.ods'), join(dir, 'kab.ods'));
copyFileSync(ex('kota-contoh.csv'), join(dir, 'kota.csv'));
// Excel's "Text (Tab delimited)" saves .txt; .tsv is the same.
const tabbed = readFileSync(ex('kota-contoh.csv'), 'utf8').replaceAll(';', '\t');
writeFileSync(join(dir, 'kota.tsv'), tabbed);
writeFileSync(join(dir, 'kota.txt'), tabbed);
writeFileSync(join(dir, 'drive.gsheet'), '{"url": "https://docs.google.com/spreadsheets/d/x", "doc_id": "x"}');
writeFileSync(join(dir, 'mac.numbers'), 'PK');
writeFileSync(join(dir, '~$kab.xlsx'), 'lock');
writeFileSync(join(dir, 'catatan.md'), '# not a spreadsheet');

interface Outcome {
  input: string;
  status: 'scored' | 'failed';
  score?: number;
}
interface Batch {
  outcomes: Outcome[];
  summary: { files: number; scored: number; failed: number };
}

function batch(extra: string[] = []): { code: number; json: Batch; stderr: string } {
  const r = merit(['score', 'bukti', '--rubric', 'kasn-2019', '-f', 'json', '--lang', 'en', '--deterministic', ...extra], { cwd: tmp });
  return { code: r.code, json: JSON.parse(r.stdout) as Batch, stderr: r.stderr };
}

const outcomes = (b: Batch) => b.outcomes.map((o) => [o.input, o.status, o.score ?? null]);

describe('a directory batch accounts for every spreadsheet in the folder', () => {
  it('scores every format merit reads, fails what it cannot read, notes the lock file', () => {
    const r = batch();
    expect(r.code, r.stderr).toBe(2);
    expect(outcomes(r.json)).toEqual([
      ['bukti/drive.gsheet', 'failed', null],
      ['bukti/kab-makro.xlsm', 'scored', 288.5],
      ['bukti/kab.ods', 'scored', 288.5],
      ['bukti/kab.xlsb', 'scored', 288.5],
      ['bukti/kab.xlsx', 'scored', 288.5],
      ['bukti/kota.csv', 'scored', 194.5],
      ['bukti/kota.tsv', 'scored', 194.5],
      ['bukti/kota.txt', 'scored', 194.5],
      ['bukti/lama/kab.xls', 'scored', 288.5],
      ['bukti/mac.numbers', 'failed', null],
    ]);
    expect(r.json.summary).toMatchObject({ files: 10, scored: 8, failed: 2 });
    expect(r.stderr).toContain('bukti/drive.gsheet: error: A Google Sheets shortcut (.gsheet, which holds only a link');
    expect(r.stderr).toContain('[EVIDENCE_UNSUPPORTED_FORMAT]');
    expect(r.stderr).toContain('bukti/mac.numbers: error: This .numbers file holds plain text, not an Excel workbook. [EVIDENCE_NOT_A_WORKBOOK]');
    expect(r.stderr).toContain('skipped: bukti/~$kab.xlsx (an Excel/LibreOffice lock file');
    expect(r.stderr).not.toContain('catatan.md');
  });

  it('--exclude and --include narrow the folder (repeatable; file and folder names, or paths)', () => {
    const r = batch(['--exclude', '*.{gsheet,numbers}', '--exclude', 'lama', '--exclude', '*.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.outcomes.map((o) => o.input)).toEqual(['bukti/kab-makro.xlsm', 'bukti/kab.ods', 'bukti/kab.xlsb', 'bukti/kab.xlsx', 'bukti/kota.csv', 'bukti/kota.tsv']);
    const only = batch(['--include', 'lama/**', '--include', '*.ods', '-q']);
    expect(only.json.outcomes.map((o) => [o.input, o.score])).toEqual([
      ['bukti/kab.ods', 288.5],
      ['bukti/lama/kab.xls', 288.5],
    ]);
    expect(only.stderr).toBe('');
  });

  it('the help names the new options', () => {
    const r = merit(['score', '--help']);
    expect(r.stdout).toContain('--include <glob>');
    expect(r.stdout).toContain('--exclude <glob>');
  });
});
