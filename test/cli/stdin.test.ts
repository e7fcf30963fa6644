// `-` as an input: the evidence comes from stdin (CSV or XLSX, told apart by content), named
// `<stdin>`, bounded by --max-file-size while it is read; `--records -` writes the per-employee
// lines to stdout. Built binary.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const EN = { MERIT_LANG: 'en' };
const csv = readFileSync(join(ROOT, 'examples/kota-contoh.csv'));
const xlsx = readFileSync(join(ROOT, 'examples/kab-contoh-baik.xlsx'));

describe('merit score -', () => {
  it('reads a CSV from stdin: same score as the file, shown as <stdin>', () => {
    const r = merit(['score', '-', '-f', 'json'], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    const fromFile = JSON.parse(merit(['score', 'examples/kota-contoh.csv', '-f', 'json']).stdout);
    const j = JSON.parse(r.stdout);
    expect(j.input.path).toBe('<stdin>');
    expect(j.score).toBe(fromFile.score);
    expect(j.input.sha256).toBe(fromFile.input.sha256);
  });

  it('reads an XLSX workbook from stdin (sniffed: no name to go by)', () => {
    const r = merit(['score', '-', '-f', 'json'], { input: xlsx });
    expect(r.code, r.stderr).toBe(0);
    const fromFile = JSON.parse(merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json']).stdout);
    expect(JSON.parse(r.stdout)).toMatchObject({ input: { path: '<stdin>', format: fromFile.input.format }, score: fromFile.score });
  });

  it('names <stdin> in the text report and in diagnostics', () => {
    const r = merit(['score', '-'], { input: 'Kode;Level\nA1.1;9\n', env: EN });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toMatch(/<stdin>.*A1\.1/);
  });

  it('stops reading past --max-file-size (exit 2, EVIDENCE_FILE_TOO_LARGE on <stdin>)', () => {
    const r = merit(['score', '-', '--max-file-size', '1k'], { input: Buffer.alloc(64 * 1024, 'A1.1;4\n'), env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>: error: The file is');
    expect(r.stderr).toContain('EVIDENCE_FILE_TOO_LARGE');
  });

  it('an empty pipe is an empty file (exit 2)', () => {
    const r = merit(['score', '-'], { input: '', env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('EVIDENCE_EMPTY_FILE');
  });

  it('goes into a batch with files', () => {
    const r = merit(['score', '-', 'examples/kota-contoh.csv', '-f', 'json'], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.outcomes.map((o: { input: string }) => o.input)).toEqual(['<stdin>', 'examples/kota-contoh.csv']);
  });

  it('--output-dir names its report stdin.json (no < > in file names)', () => {
    const out = join(ROOT, 'test/output/stdin-dir');
    rmSync(out, { recursive: true, force: true });
    const r = merit(['score', '-', 'examples/kota-contoh.csv', '--output-dir', out, '-q'], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['examples', 'manifest.json', 'stdin.json']);
    expect(JSON.parse(readFileSync(join(out, 'stdin.json'), 'utf8')).input.path).toBe('<stdin>');
  });

  it('a record rubric refuses stdin (its files are streamed from disk): exit 2', () => {
    const r = merit(['score', '-', '-r', 'ip-asn-2019'], { input: readFileSync(join(ROOT, 'examples/pegawai-contoh.csv')), env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not from stdin');
  });
});

describe('--records -', () => {
  it('writes the per-employee lines to stdout; the report goes to a file', () => {
    const r = merit(['score', 'examples/pegawai-contoh.csv', '-r', 'ip-asn-2019', '--records', '-', '-f', 'json', '-o', 'test/output/stdin-records.json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Baris,NIP,Nama/);
    expect(lines[1]).toMatch(/^2,000000000000000001,Pegawai Contoh 01,/);
  });

  it('with the report on stdout too: exit 2', () => {
    const r = merit(['score', 'examples/pegawai-contoh.csv', '-r', 'ip-asn-2019', '--records', '-'], { env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--records - writes the per-employee scores to stdout');
  });
});
