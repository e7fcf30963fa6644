// Windows, without a Windows machine: the path rules run with path.win32, the rename retry with
// a simulated locked target, and every CSV merit writes for Excel is checked for CRLF on the
// built binary. What is not covered here is listed in README.md ("Windows").
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { renameReplacing, RENAME_RETRY_DELAYS_MS } from '../../src/cli/atomic.js';
import { toGlobPattern } from '../../src/cli/globs.js';
import { patternRoot } from '../../src/cli/inputs.js';
import { UsageError } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { merit } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'merit-windows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Windows paths and globs (path.win32)', () => {
  it('backslashes become glob separators on Windows only', () => {
    expect(toGlobPattern('bukti\\2024\\*.xlsx', path.win32)).toBe('bukti/2024/*.xlsx');
    expect(toGlobPattern('C:\\Data Instansi\\2024\\**\\*.xlsx', path.win32)).toBe('C:/Data Instansi/2024/**/*.xlsx');
    expect(toGlobPattern('bukti/2024/*.xlsx', path.win32)).toBe('bukti/2024/*.xlsx');
    // Elsewhere a backslash is glob's escape and stays one.
    expect(toGlobPattern('bukti\\*.xlsx', path.posix)).toBe('bukti\\*.xlsx');
  });

  it('a backslash pattern is a pattern only once converted (the escape would hide the star)', () => {
    expect(isDynamicPattern('bukti\\*.xlsx')).toBe(false);
    expect(isDynamicPattern(toGlobPattern('bukti\\*.xlsx', path.win32))).toBe(true);
  });

  it('the fixed root of a converted pattern, with a drive letter, resolves the Windows way', () => {
    const root = patternRoot(toGlobPattern('C:\\bukti\\2024\\*.xlsx', path.win32));
    expect(root).toBe('C:/bukti/2024');
    expect(path.win32.isAbsolute(root)).toBe(true);
    expect(path.win32.resolve('D:\\kerja', root)).toBe('C:\\bukti\\2024');
    expect(patternRoot(toGlobPattern('bukti\\*.csv', path.win32))).toBe('bukti');
    expect(path.win32.resolve('D:\\kerja', patternRoot(toGlobPattern('..\\bukti\\*.csv', path.win32)))).toBe('D:\\bukti');
    expect(patternRoot(toGlobPattern('*.xlsx', path.win32))).toBe('.');
  });

  it('the converted pattern finds the files (tinyglobby takes / on every system)', async () => {
    mkdirSync(path.join(dir, 'bukti', '2024'), { recursive: true });
    writeFileSync(path.join(dir, 'bukti', '2024', 'kab.xlsx'), '');
    writeFileSync(path.join(dir, 'bukti', '2024', 'kota.csv'), '');
    const found = await glob(toGlobPattern('bukti\\2024\\*.xlsx', path.win32), { cwd: dir });
    expect(found).toEqual(['bukti/2024/kab.xlsx']);
  });
});

describe('replacing a file another program holds open', () => {
  const locked = (code: string) => Object.assign(new Error(code), { code });

  it('tries again with growing pauses while the rename fails with EBUSY/EPERM/EACCES', () => {
    const sleeps: number[] = [];
    let calls = 0;
    renameReplacing('a.tmp', 'laporan.csv', {
      rename: () => {
        calls++;
        if (calls <= 2) throw locked(calls === 1 ? 'EBUSY' : 'EPERM');
      },
      sleep: (ms) => sleeps.push(ms),
    });
    expect(calls).toBe(3);
    expect(sleeps).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 2));
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
  });

  it('gives up with a located usage error (exit 2) in both languages', () => {
    const sleeps: number[] = [];
    let error: unknown;
    try {
      renameReplacing('a.tmp', 'laporan.xlsx', { rename: () => { throw locked('EPERM'); }, sleep: (ms) => sleeps.push(ms) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const d = (error as UsageError).diagnostic;
    expect(d.code).toBe('USAGE_OUTPUT_LOCKED');
    expect(sleeps).toEqual(RENAME_RETRY_DELAYS_MS);
    expect(formatDiagnostic(d, 'id')).toContain("'laporan.xlsx' tidak dapat diganti (EPERM, dicoba 6 kali)");
    expect(formatDiagnostic(d, 'en')).toContain('close the file (e.g. in Excel)');
  });

  it('any other failure is not retried', () => {
    let calls = 0;
    expect(() => renameReplacing('a', 'b', { rename: () => { calls++; throw locked('ENOENT'); }, sleep: () => undefined })).toThrow('ENOENT');
    expect(calls).toBe(1);
  });
});

describe('CSV for Excel: BOM and CRLF everywhere merit writes it', () => {
  const crlfOnly = (file: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\ufeff'), file).toBe(true);
    expect(text.endsWith('\r\n'), file).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n'), `${file} has a line ending without CR`).toBe(false);
  };

  it('score -f csv, a batch summary, the template, and --records', () => {
    const at = (name: string) => path.join(dir, name);
    expect(merit(['score', 'examples/kab-contoh-baik.xlsx', '-o', at('laporan.csv')]).code).toBe(0);
    expect(merit(['score', 'examples/kab-contoh-baik.xlsx', 'examples/kota-contoh.csv', '-o', at('ringkasan.csv'), '-q']).code).toBeLessThan(2);
    expect(merit(['template', '-o', at('templat.csv')]).code).toBe(0);
    const records = merit(['score', 'examples/pegawai-contoh.csv', '--rubric', 'ip-asn-2019', '--records', at('nilai.csv'), '-o', at('populasi.csv'), '-q']);
    expect(records.code, records.stderr).toBeLessThan(2);
    for (const f of ['laporan.csv', 'ringkasan.csv', 'templat.csv', 'nilai.csv', 'populasi.csv']) crlfOnly(at(f));
  });
});
