/**
 * Output safety (issue 8): Ctrl-C (SIGINT) or SIGTERM while merit writes leaves no partial file
 * and no temporary file — the old file, or the whole new one; an output path that is an input
 * (itself, a symbolic link, a hard link) is refused; and CSV / XLSX output neutralises formulas.
 * The signals are sent once the temporary file is seen in the output folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, merit, ROOT } from '../helpers/cli.js';
import { STACK } from './cli-contract.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const isTemp = (name: string): boolean => name.endsWith('.tmp');

/**
 * Starts merit, waits until `ready(files in dir)` holds (polling every few ms), sends `signal`,
 * and resolves with how the process ended.
 */
function interrupt(args: string[], dir: string, ready: (files: string[]) => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; sent: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && existsSync(dir) && ready(readdirSync(dir))) {
        sent = true;
        child.kill(signal);
      }
    }, 2);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, sent, stderr });
    });
  });
}

describe('a signal while writing', () => {
  let employees: string;
  beforeAll(() => {
    // A record file large enough that its per-record output is still streaming when the signal comes.
    const lines = readFileSync(join(ROOT, 'examples/pegawai-contoh.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
    const out = [lines[0]!];
    for (let i = 0; i < 120_000; i++) {
      const f = lines[1 + (i % (lines.length - 1))]!.split(';');
      f[0] = `19${String(i).padStart(16, '0')}`;
      out.push(f.join(';'));
    }
    employees = join(tmp, 'pegawai-besar.csv');
    writeFileSync(employees, `${out.join('\r\n')}\r\n`);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during a streamed --records file: the old file stays, no temporary file is left`, { timeout: 60_000 }, async () => {
      const dir = join(tmp, `records-${signal}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'nilai.csv'), 'old\n');
      const r = await interrupt(['score', employees, '--rubric', 'ip-asn-2019', '--records', join(dir, 'nilai.csv'), '-o', join(dir, 'ringkasan.json'), '-q'], dir, (files) => files.some(isTemp), signal);
      expect(r.sent, 'the temporary file never appeared').toBe(true);
      expect(r.code ?? r.signal).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(dir).sort()).toEqual(['nilai.csv']);
      expect(readFileSync(join(dir, 'nilai.csv'), 'utf8')).toBe('old\n');
      expect(r.stderr).not.toMatch(STACK);
    });
  }

  it('SIGINT during a batch: every report written is whole, nothing half-written, no temporary file', { timeout: 60_000 }, async () => {
    const inputs = join(tmp, 'batch-in');
    mkdirSync(inputs);
    const csv = readFileSync(join(ROOT, 'examples/kota-contoh.csv'));
    for (let i = 0; i < 40; i++) writeFileSync(join(inputs, `kota-${String(i).padStart(2, '0')}.csv`), csv);
    const out = join(tmp, 'batch-out');
    const r = await interrupt(['score', inputs, '--output-dir', out, '-q'], out, (files) => files.some((f) => f.endsWith('.json')), 'SIGINT');
    expect(r.sent).toBe(true);
    expect(r.code ?? r.signal).toBe(130);
    const written = readdirSync(out, { recursive: true }).map(String);
    expect(written.filter(isTemp)).toEqual([]);
    const reports = written.filter((f) => f.endsWith('.json'));
    expect(reports.length).toBeGreaterThan(0);
    // Interrupted before the end: the manifest (written last) is not there, and each report parses.
    expect(reports.length).toBeLessThan(41);
    for (const f of reports) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
  });

  it('SIGTERM at any moment of a single run leaves the old report or the whole new one', { timeout: 60_000 }, async () => {
    const dir = join(tmp, 'single');
    mkdirSync(dir);
    for (const delay of [50, 150, 300, 600]) {
      writeFileSync(join(dir, 'laporan.xlsx'), 'old');
      const child = spawn(process.execPath, [BIN, 'score', 'examples/prov-contoh-sangat-baik.xlsx', '-o', join(dir, 'laporan.xlsx'), '-q'], { cwd: ROOT, stdio: 'ignore' });
      setTimeout(() => child.kill('SIGTERM'), delay);
      await new Promise((r) => child.on('close', r));
      expect(readdirSync(dir)).toEqual(['laporan.xlsx']);
      const bytes = readFileSync(join(dir, 'laporan.xlsx'));
      if (bytes.toString() !== 'old') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        expect(wb.worksheets.length, `after ${delay} ms`).toBeGreaterThan(0);
      }
    }
  });
});

describe('an output that is an input is refused', () => {
  it('the same path, a symbolic link to it, or a hard link to it: exit 2, the input untouched', () => {
    const dir = join(tmp, 'links');
    mkdirSync(dir);
    const input = join(dir, 'bukti.csv');
    const original = readFileSync(join(ROOT, 'examples/kota-contoh.csv'));
    writeFileSync(input, original);
    symlinkSync(input, join(dir, 'symlink.csv'));
    linkSync(input, join(dir, 'hardlink.csv'));
    for (const out of ['bukti.csv', 'symlink.csv', 'hardlink.csv', './bukti.csv']) {
      const r = merit(['score', input, '-f', 'csv', '-o', join(dir, out), '--lang', 'en']);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain('merit:');
      expect(r.stderr).not.toMatch(STACK);
      expect(readFileSync(input).equals(original), out).toBe(true);
    }
    // The same for --records and the other way round: the input given through a link.
    expect(merit(['score', join(dir, 'hardlink.csv'), '-f', 'json', '-o', input]).code).toBe(2);
    expect(readFileSync(input).equals(original)).toBe(true);
  });
});

describe('formula injection in CSV and XLSX output, on the CLI', () => {
  // Unit tests of neutralise() and of each renderer: test/report/csv.test.ts, test/report/xlsx.test.ts,
  // test/batch/units.test.ts. Here the whole path: evidence text -> report file.
  const payloads = ['=HYPERLINK("http://example.invalid","klik")', '+SUM(1,2)', '-2+3', '@cmd', '\t=1+1', '\r=1+1'];

  it('evidence text that a spreadsheet would run is written as text', async () => {
    const dir = join(tmp, 'formula');
    mkdirSync(dir);
    const input = join(dir, 'bukti.csv');
    const rows = payloads.map((p, i) => `A1.${i + 1};3;"${p.replace(/"/g, '""')}";"${p.replace(/"/g, '""')}"`);
    writeFileSync(input, ['Kode;Level;Bukti Dukung;Catatan', ...rows].join('\r\n'));
    const r = merit(['score', input, '-o', join(dir, 'r.csv'), '-o', join(dir, 'r.xlsx'), '--verbose', '-q']);
    expect(r.code, r.stderr).toBe(0);

    const csv = readFileSync(join(dir, 'r.csv'), 'utf8');
    for (const p of payloads) {
      // Never a field that starts with the payload itself; always the quoted, apostrophe-prefixed form.
      expect(csv.split(/[\r\n]+/).some((line) => line.split(/[,;]/).some((f) => f === p || f === `"${p}"`)), p).toBe(false);
    }
    expect(csv).toContain(`'=HYPERLINK`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'r.xlsx')) as unknown as ArrayBuffer);
    let texts = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeFalsy();
          if (typeof cell.value === 'string' && /HYPERLINK|SUM\(|@cmd/.test(cell.value)) {
            texts++;
            expect(cell.value, `${ws.name}!${cell.address}`).toMatch(/^'|^[^=+\-@\t\r]/);
          }
        }),
      ),
    );
    expect(texts).toBeGreaterThan(0);
  });
});
