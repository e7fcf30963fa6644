// Timing on a shared machine: each sample also records how much CPU *other* processes used while
// it ran (busy time in /proc/stat minus this command's own user+sys time). A sample during which
// others used more than `maxForeign` of a core on average is discarded and taken again (up to
// `tries` times; after that the quietest sample is kept and counted as noisy). Commands are
// interleaved (A B C A B C ...) so that slow drift hits all of them alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './lib.mjs';

const TIME = '/usr/bin/time';
const HZ = 100; // USER_HZ of /proc/stat on Linux

function busySeconds() {
  if (!existsSync('/proc/stat')) return null;
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return (total - f[3] - (f[4] ?? 0)) / HZ;
}

/** One run: wall ms, own CPU s, peak RSS MB, and the CPU seconds others used meanwhile. */
export function sample(argv) {
  const dir = mkdtempSync(join(tmpdir(), 'merit-bench-'));
  const out = join(dir, 'time');
  const useTime = existsSync(TIME);
  const cmd = useTime ? [TIME, '-f', '%U %S %M', '-o', out, ...argv] : argv;
  const b0 = busySeconds();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const b1 = busySeconds();
  let cpu = null;
  let rss = null;
  if (useTime && existsSync(out)) {
    const [u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = u + s;
    rss = m / 1024;
  }
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`${argv.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const foreign = b0 === null || cpu === null ? null : Math.max(0, b1 - b0 - cpu);
  return { ms, cpu, rss, foreign };
}

/**
 * Measures each named command `runs` times after `warmup` runs. Returns
 * { name: { median, min, max, cpu, rss, noisy } } (ms; cpu in s; rss in MB; noisy: samples kept
 * although others were busy).
 */
export function measureQuiet(commands, { runs = 5, warmup = 1, maxForeign = 0.15, tries = 6 } = {}) {
  const names = Object.keys(commands);
  const got = Object.fromEntries(names.map((n) => [n, { ms: [], cpu: [], rss: [], noisy: 0 }]));
  for (let i = 0; i < warmup; i++) for (const n of names) sample(commands[n]);
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      let best = null;
      for (let t = 0; t < tries; t++) {
        const s = sample(commands[n]);
        const share = s.foreign === null ? 0 : s.foreign / (s.ms / 1000);
        if (!best || share < best.share) best = { ...s, share };
        if (share <= maxForeign) break;
      }
      if (best.share > maxForeign) got[n].noisy++;
      got[n].ms.push(best.ms);
      if (best.cpu !== null) got[n].cpu.push(best.cpu);
      if (best.rss !== null) got[n].rss.push(best.rss);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const g = got[n];
      return [n, { median: median(g.ms), min: Math.min(...g.ms), max: Math.max(...g.ms), cpu: g.cpu.length ? median(g.cpu) : null, rss: g.rss.length ? Math.max(...g.rss) : null, noisy: g.noisy }];
    }),
  );
}
