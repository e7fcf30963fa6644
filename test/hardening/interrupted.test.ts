/**
 * Interrupted runs (issue 15, items 12 and 14). A re-run into an existing --output-dir killed
 * with SIGKILL half-way never leaves a manifest.json whose sha256 values describe other bytes
 * (it is removed first and written last); and the temporary file a SIGKILL leaves next to a
 * target is removed by the next run that writes there (by prefix, pid and age), while a live
 * run's temporary file and files that are not merit's stay.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleTemps, STALE_MS } from '../../src/cli/atomic.js';
import { BIN, merit, ROOT } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-interrupted-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts merit, polls until `ready()` holds, sends SIGKILL; resolves once the process is gone. */
function killWhen(args: string[], ready: () => boolean): Promise<{ sent: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && ready()) {
        sent = true;
        child.kill('SIGKILL');
      }
    }, 1);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ sent, code });
    });
  });
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Manifest {
  files: { path: string; sha256: string }[];
}

describe('a re-run into an existing --output-dir killed mid-way (item 12)', () => {
  it('leaves no manifest.json that describes other bytes', { timeout: 120_000 }, async () => {
    const inputs = join(tmp, 'in');
    mkdirSync(inputs);
    const csv = readFileSync(join(ROOT, 'examples/kota-contoh.csv'), 'utf8');
    const write = (level: string) => {
      for (let i = 0; i < 150; i++) writeFileSync(join(inputs, `kota-${String(i).padStart(3, '0')}.csv`), csv.replace('A1.1;Rencana kebutuhan ASN 5 tahun;3', `A1.1;Rencana kebutuhan ASN 5 tahun;${level}`));
    };
    const out = join(tmp, 'out');
    write('3');
    expect(merit(['score', inputs, '--output-dir', out, '-f', 'json', '-f', 'csv', '-q']).code).toBe(0);
    const old = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(old.files.length).toBe(300);

    // The evidence changes, so every report of the re-run has other bytes than the old manifest says.
    write('4');
    const manifest = join(out, 'manifest.json');
    // The old manifest goes first, then the reports are rewritten in input order: kill the run once
    // the first one has been.
    const first = join(out, 'kota-000.csv.json');
    const before = statSync(first).mtimeMs;
    const r = await killWhen(['score', inputs, '--output-dir', out, '-f', 'json', '-f', 'csv', '-q'], () => {
      try {
        return !existsSync(manifest) && statSync(first).mtimeMs !== before;
      } catch {
        return false;
      }
    });
    expect(r.sent, 'the run was never seen writing').toBe(true);
    expect(r.code).toBeNull();
    // Killed while writing: no manifest at all (if one were there, each sha256 would have to hold).
    if (existsSync(manifest)) {
      const left = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
      for (const f of left.files) expect(sha256(join(out, f.path)), f.path).toBe(f.sha256);
    }
    expect(existsSync(manifest)).toBe(false);
    // ...and some reports were already rewritten when the kill came (the old manifest would lie).
    expect(old.files.some((f) => sha256(join(out, f.path)) !== f.sha256)).toBe(true);

    // The next run completes it: every file listed, every sha256 right.
    expect(merit(['score', inputs, '--output-dir', out, '-f', 'json', '-f', 'csv', '-q']).code).toBe(0);
    const done = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    expect(done.files.length).toBe(300);
    for (const f of done.files) expect(sha256(join(out, f.path)), f.path).toBe(f.sha256);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('temporary files a SIGKILL leaves behind (item 14)', () => {
  it('the next run writing the same target removes them', { timeout: 120_000 }, async () => {
    // A record file large enough that its per-record output is still streaming when the kill comes.
    const lines = readFileSync(join(ROOT, 'examples/pegawai-contoh.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
    const rows = [lines[0]!];
    for (let i = 0; i < 120_000; i++) {
      const f = lines[1 + (i % (lines.length - 1))]!.split(';');
      f[0] = `19${String(i).padStart(16, '0')}`;
      rows.push(f.join(';'));
    }
    const employees = join(tmp, 'pegawai.csv');
    writeFileSync(employees, `${rows.join('\r\n')}\r\n`);
    const dir = join(tmp, 'records');
    mkdirSync(dir);
    const args = ['score', employees, '--rubric', 'ip-asn-2019', '--records', join(dir, 'nilai.csv'), '-o', join(dir, 'ringkasan.json'), '-q'];
    const r = await killWhen(args, () => readdirSync(dir).some((n) => n.endsWith('.tmp')));
    expect(r.sent).toBe(true);
    const stale = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(/^\.nilai\.csv\.merit-\d+-[0-9a-f]{8}\.tmp$/);

    expect(merit(args).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['nilai.csv', 'ringkasan.json']);
  });

  it('by prefix, pid and age: only merit\'s own, of a dead process or older than STALE_MS', () => {
    const dir = join(tmp, 'ages');
    mkdirSync(dir);
    const dead = 2 ** 22 + 12345; // above Linux's largest pid (pid_max is at most 2^22)
    const names = {
      deadPid: `.r.json.merit-${dead}-0badc0de.tmp`,
      deadPidOtherTarget: `.s.csv.merit-${dead}-12345678.tmp`,
      livePid: `.r.json.merit-${process.pid}-1234abcd.tmp`,
      liveButOld: `.r.json.merit-${process.ppid}-abcd1234.tmp`,
      notOurs: `.r.json.${dead}.tmp`,
      userFile: 'r.json.merit-notes.tmp',
    };
    for (const n of Object.values(names)) writeFileSync(join(dir, n), 'x');
    const old = (Date.now() - STALE_MS - 60_000) / 1000;
    utimesSync(join(dir, names.liveButOld), old, old);
    const removed = removeStaleTemps(dir).map((p) => p.slice(dir.length + 1)).sort();
    expect(removed).toEqual([names.deadPid, names.deadPidOtherTarget, names.liveButOld].sort());
    expect(readdirSync(dir).sort()).toEqual([names.livePid, names.notOurs, names.userFile].sort());
  });
});
