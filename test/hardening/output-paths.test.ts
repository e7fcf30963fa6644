/**
 * Output paths (issue 15, items 11, 13, 15b): a path merit cannot write is the user's mistake —
 * a diagnostic naming the path, exit 2, never "internal error" (exit 3); every command creates
 * the output's folder; an input path through a file fails that input only; two outputs of one run
 * that lead to the same file are refused before anything is written; an --output-dir that is
 * an input folder is said as such.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError, outputFailure } from '../../src/cli/atomic.js';
import { merit, ROOT } from '../helpers/cli.js';
import { STACK } from './cli-contract.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EVIDENCE = join(ROOT, 'examples/kota-contoh.csv');
const EMPLOYEES = join(ROOT, 'examples/pegawai-contoh.csv');
let aFile: string;
let aDir: string;
beforeAll(() => {
  aFile = join(tmp, 'file.csv');
  writeFileSync(aFile, 'not a folder\n');
  aDir = join(tmp, 'a-folder.json');
  mkdirSync(aDir);
});

/** Exit 2, one diagnostic naming `path`, no "internal error", no stack trace. */
function refused(r: { code: number; stderr: string }, path: string, reason: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(`cannot write '${path}'`);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stderr).not.toMatch(STACK);
}

describe('file-system errors on an output are exit 2 with the path (built CLI)', () => {
  it('-o through a file (ENOTDIR)', () => {
    const path = join(aFile, 'r.json');
    refused(merit(['--lang', 'en', 'score', EVIDENCE, '-o', path]), path, /part of the path is a file, not a folder \(ENOTDIR\)/);
  });

  it('-o onto an existing folder (EISDIR); no temporary file is left in its parent', () => {
    refused(merit(['--lang', 'en', 'score', EVIDENCE, '-o', aDir]), aDir, /it is a folder \(EISDIR\)/);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('-o in a folder that refuses writing (EACCES: /sys refuses even root)', () => {
    // Tests run as root, where chmod does not refuse anything; sysfs refuses to create files for root too.
    const path = '/sys/merit-report.json';
    const r = merit(['--lang', 'en', 'score', EVIDENCE, '-o', path]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cannot write '${path}'`);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('Indonesian words for the same error', () => {
    const path = join(aFile, 'r.json');
    const r = merit(['score', EVIDENCE, '-o', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tidak dapat menulis '${path}': sebagian path adalah berkas, bukan folder (ENOTDIR)`);
  });

  it('--records through a file', () => {
    const path = join(aFile, 'r.csv');
    refused(merit(['--lang', 'en', 'score', EMPLOYEES, '--rubric', 'ip-asn-2019', '--records', path, '-q']), path, /ENOTDIR/);
  });

  it('--output-dir through a file', () => {
    const r = merit(['--lang', 'en', 'score', EVIDENCE, join(ROOT, 'examples/kab-contoh-baik.xlsx'), '--output-dir', join(aFile, 'out'), '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cannot write '${join(aFile, 'out')}`);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('gap -o through a file', () => {
    const path = join(aFile, 'gap.txt');
    refused(merit(['--lang', 'en', 'gap', EVIDENCE, '-o', path]), path, /ENOTDIR/);
  });

  it('template -o into a missing folder creates it, like score does (ENOENT before)', () => {
    const path = join(tmp, 'missing', 'deeper', 't.csv');
    const r = merit(['template', '-o', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Kode');
    const report = join(tmp, 'missing2', 'r.json');
    expect(merit(['score', EVIDENCE, '-o', report]).code).toBe(0);
    expect(existsSync(report)).toBe(true);
  });

  it('template -o through a file is exit 2 with the path', () => {
    const path = join(aFile, 't.xlsx');
    refused(merit(['--lang', 'en', 'template', '-o', path]), path, /ENOTDIR/);
  });
});

describe('an input path through a file', () => {
  it('alone: EVIDENCE_NOT_FOUND, exit 2', () => {
    const r = merit(['--lang', 'en', 'score', join(aFile, 'x.csv')]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/EVIDENCE_NOT_FOUND/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('in a batch: that input fails and the others are scored', () => {
    const out = join(tmp, 'batch-through-file');
    const r = merit(['--lang', 'en', 'score', join(aFile, 'x.csv'), EVIDENCE, '--output-dir', out, '-f', 'json', '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: { input: string; status: string }[] };
    expect(manifest.inputs.map((i) => i.status).sort()).toEqual(['failed', 'scored']);
  });
});

describe('outputs of one run that lead to the same file (item 13)', () => {
  let inputs: string;
  beforeAll(() => {
    inputs = join(tmp, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'x.csv'), readFileSync(EVIDENCE));
    writeFileSync(join(inputs, 'y.csv'), readFileSync(EVIDENCE));
  });

  const cases: [string, (out: string) => string[], string][] = [
    ['-o onto a per-input report', (out) => ['-o', join(out, 'x.csv.json')], 'x.csv.json'],
    ['-o onto the manifest', (out) => ['-o', join(out, 'manifest.json')], 'manifest.json'],
    ['-o onto a per-input report by another spelling', (out) => ['-o', join(out, 'sub', '..', 'y.csv.json')], 'y.csv.json'],
    ['-o onto a per-input CSV report', (out) => ['-f', 'json', '-o', join(out, 'x.csv.csv'), '-f', 'csv'], 'x.csv.csv'],
  ];
  for (const [name, extra, file] of cases) {
    it(`${name}: exit 2 before anything is written`, () => {
      const out = join(tmp, `collide-${file}`);
      const r = merit(['--lang', 'en', 'score', inputs, '--output-dir', out, ...extra(out), '-q']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/would be written twice in one run/);
      expect(r.stderr).toContain(file);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('an existing --output-dir keeps its files when the run is refused', () => {
    const out = join(tmp, 'collide-existing');
    expect(merit(['score', inputs, '--output-dir', out, '-q']).code).toBe(0);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const r = merit(['score', inputs, '--output-dir', out, '-o', join(out, 'manifest.json'), '-q']);
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('--records and -o naming the same file by two spellings (single run)', () => {
    const path = join(tmp, 'same.csv');
    const r = merit(['--lang', 'en', 'score', EMPLOYEES, '--rubric', 'ip-asn-2019', '--records', path, '-o', join(tmp, '.', 'same.csv'), '-f', 'csv', '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(existsSync(path)).toBe(false);
  });
});

describe('--output-dir equal to an input folder (item 15)', () => {
  it('says the folder is the output folder, not that it holds no evidence', () => {
    const dir = join(tmp, 'both');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.csv'), readFileSync(EVIDENCE));
    const r = merit(['--lang', 'en', 'score', dir, '--output-dir', dir, '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`the input folder '${dir}' is also the --output-dir`);
    expect(r.stderr).not.toMatch(/no evidence files/);
  });
});

describe('outputFailure (the errno mapping)', () => {
  for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EISDIR', 'ENOENT']) {
    it(`${code} is a usage error naming the user's path`, () => {
      const e = Object.assign(new Error(`${code}: at /x/.r.json.merit-1-abcd1234.tmp`), { code });
      const mapped = outputFailure(e, 'out/r.json');
      expect(mapped).toBeInstanceOf(OutputError);
      expect((mapped as OutputError).diagnostic.args).toEqual({ path: 'out/r.json', reason: code });
    });
  }
  it('anything else stays a bug (exit 3)', () => {
    const e = new TypeError('x is undefined');
    expect(outputFailure(e, 'r.json')).toBe(e);
  });
});
