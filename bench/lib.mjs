// Shared benchmark helpers: run a command many times in fresh processes, interleaved with its
// floor so that machine noise hits both alike, and report medians and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs argv once; returns wall ms and peak RSS in MB (null without /usr/bin/time). */
export function runOnce(argv, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'merit-bench-'));
  const rssFile = join(dir, 'rss');
  const useTime = existsSync(TIME);
  const cmd = useTime ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' }, ...options });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rss = null;
  if (useTime && existsSync(rssFile)) rss = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 && !options.allowFailure) {
    throw new Error(`${argv.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return { ms, rss };
}

/**
 * Measures each named command `runs` times after `warmup` runs, interleaving them (A B C A B C ...).
 * Returns { name: { median, min, max, rss } }.
 */
export function measure(commands, { runs = 20, warmup = 3 } = {}) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((n) => [n, { ms: [], rss: [] }]));
  for (let i = 0; i < warmup; i++) for (const n of names) runOnce(commands[n]);
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const { ms, rss } = runOnce(commands[n]);
      samples[n].ms.push(ms);
      if (rss !== null) samples[n].rss.push(rss);
    }
  }
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        median: median(samples[n].ms),
        min: Math.min(...samples[n].ms),
        max: Math.max(...samples[n].ms),
        rss: samples[n].rss.length ? median(samples[n].rss) : null,
      },
    ]),
  );
}

export function table(rows, floorName) {
  const floor = rows[floorName].median;
  const lines = [];
  lines.push(`${'command'.padEnd(44)} ${'median'.padStart(9)} ${'min'.padStart(8)} ${'ratio'.padStart(7)} ${'peak RSS'.padStart(9)}`);
  for (const [name, r] of Object.entries(rows)) {
    lines.push(
      `${name.padEnd(44)} ${`${r.median.toFixed(1)} ms`.padStart(9)} ${`${r.min.toFixed(1)}`.padStart(8)} ${`${(r.median / floor).toFixed(2)}x`.padStart(7)} ${r.rss === null ? '      n/a' : `${r.rss.toFixed(0)} MB`.padStart(9)}`,
    );
  }
  return lines.join('\n');
}

export function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
