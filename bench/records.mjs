// bench/records: record mode at national scale (issue 7, "Speed and memory"). Generates synthetic
// employee files under bench/data/ (1,000,000 and 10,000 CSV rows; 100,000 and 400,000 XLSX rows;
// generated once, then reused) and times `merit score --rubric ip-asn-2019` on them in fresh
// processes, interleaved with floors measured in the same run:
//   - CSV 1M rows: <= 1.3x a bare csv-parse pass; peak RSS <= 150 MB and <= 1.1x that at 10k rows;
//   - XLSX 100k rows: <= 1.3x a bare exceljs streaming read; peak RSS at 400k rows <= 1.2x that of
//     the bare streaming read.
// Slow (minutes): run on its own, `node bench/records.mjs [--runs 3] [--sets csv,xlsx]`, or
// `npm run bench -- --records`. Peak RSS needs /usr/bin/time. Build first (npm run build).
//   --runs N     timed runs of each command (default 3; medians are reported)
//   --sets LIST  csv, xlsx or both (default csv,xlsx): the XLSX set takes most of the time
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA } from './fixtures.mjs';
import { argValue, median } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/merit.js');
const floor = join(root, 'bench/floor-records.mjs');
if (process.argv.includes('--help')) {
  console.log('usage: node bench/records.mjs [--runs N] [--sets csv,xlsx]   (build first: npm run build)');
  process.exit(0);
}
const runs = Number(argValue('--runs', 3));
const sets = new Set(String(argValue('--sets', 'csv,xlsx')).split(','));

const { writeCsv, writeXlsx } = await import(join(root, 'scripts/make-employees.mjs'));
mkdirSync(DATA, { recursive: true });
const files = {
  csv10k: join(DATA, 'records-10k.csv'),
  csv1m: join(DATA, 'records-1m.csv'),
  xlsx100k: join(DATA, 'records-100k.xlsx'),
  xlsx400k: join(DATA, 'records-400k.xlsx'),
};
const sizes = { csv10k: 10_000, csv1m: 1_000_000, xlsx100k: 100_000, xlsx400k: 400_000 };
for (const [key, out] of Object.entries(files)) {
  if (existsSync(out)) continue;
  process.stderr.write(`generating ${out} ...\n`);
  const o = { rows: sizes[key], seed: 7, delimiter: ';', bad: 0, out };
  await (key.startsWith('xlsx') ? writeXlsx(o) : writeCsv(o));
}

/**
 * lib.mjs's `measure`, with CPU seconds (user + sys of the process and its threads) next to wall
 * time and peak RSS: CPU time is far less disturbed by other work on a shared machine.
 */
function measure(commands, { runs: n, warmup }) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((k) => [k, { ms: [], cpu: [], rss: [] }]));
  const once = (argv) => {
    const out = join(temp, 'time');
    const timed = existsSync('/usr/bin/time');
    const cmd = timed ? ['/usr/bin/time', '-f', '%U %S %M', '-o', out, ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
    if (!timed) return { ms, cpu: null, rss: null };
    const [u, sys, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { ms, cpu: u + sys, rss: kb / 1024 };
  };
  for (let i = 0; i < warmup; i++) for (const k of names) once(commands[k]);
  for (let i = 0; i < n; i++) {
    for (const k of names) {
      const { ms, cpu, rss } = once(commands[k]);
      samples[k].ms.push(ms);
      if (cpu !== null) samples[k].cpu.push(cpu);
      if (rss !== null) samples[k].rss.push(rss);
    }
  }
  return Object.fromEntries(
    names.map((k) => {
      const x = samples[k];
      return [k, { median: median(x.ms), min: Math.min(...x.ms), cpu: x.cpu.length ? median(x.cpu) : null, rss: x.rss.length ? median(x.rss) : null }];
    }),
  );
}

// exceljs's own streaming reader spools sheets to a temp file: keep those in a folder we remove.
const temp = mkdtempSync(join(DATA, 'tmp-'));
process.env.TMPDIR = temp;
const merit = (file) => [node, bin, 'score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '-q', '--deterministic'];
const fmt = (r) =>
  `${(r.median / 1000).toFixed(2).padStart(7)} s  (min ${(r.min / 1000).toFixed(2)})  ${r.cpu === null ? '  n/a' : `${r.cpu.toFixed(2).padStart(5)} CPU s`}  ${r.rss === null ? '   n/a' : `${r.rss.toFixed(0).padStart(4)} MB`}`;
const verdict = (ok) => (ok ? 'ok' : 'OVER');
const lines = [];
try {
  const csv = !sets.has('csv') ? {} : measure(
    {
      'floor: bare csv-parse, 1M rows': [node, floor, 'csv', files.csv1m],
      'merit score, 1M-row CSV': merit(files.csv1m),
      'merit score, 10k-row CSV': merit(files.csv10k),
    },
    { runs, warmup: 1 },
  );
  const xlsx = !sets.has('xlsx') ? {} : measure(
    {
      'floor: bare exceljs stream, 100k rows': [node, floor, 'xlsx', files.xlsx100k],
      'merit score, 100k-row XLSX': merit(files.xlsx100k),
      'floor: bare exceljs stream, 400k rows': [node, floor, 'xlsx', files.xlsx400k],
      'merit score, 400k-row XLSX': merit(files.xlsx400k),
    },
    { runs, warmup: 0 },
  );
  const all = { ...csv, ...xlsx };
  lines.push(`bench/records — ${runs} runs each, interleaved, medians (wall, CPU seconds, peak RSS)\n`);
  for (const [name, r] of Object.entries(all)) lines.push(`${name.padEnd(40)} ${fmt(r)}`);
  const c = csv['merit score, 1M-row CSV'];
  const cf = csv['floor: bare csv-parse, 1M rows'];
  const c10 = csv['merit score, 10k-row CSV'];
  const x = xlsx['merit score, 100k-row XLSX'];
  const xf = xlsx['floor: bare exceljs stream, 100k rows'];
  const x4 = xlsx['merit score, 400k-row XLSX'];
  const xf4 = xlsx['floor: bare exceljs stream, 400k rows'];
  const checks = [
    ...(c
      ? [
          ['CSV 1M time / bare csv-parse', c.median / cf.median, 1.3],
          ['CSV 1M CPU seconds / bare csv-parse (info)', c.cpu / cf.cpu, 1.3],
          ['CSV 1M peak RSS (MB)', c.rss, 150],
          ['CSV peak RSS 1M / 10k', c.rss / c10.rss, 1.1],
        ]
      : []),
    ...(x ? [['XLSX 100k time / bare exceljs stream', x.median / xf.median, 1.3], ['XLSX 400k peak RSS / bare exceljs stream', x4.rss / xf4.rss, 1.2]] : []),
  ];
  lines.push('');
  for (const [name, value, limit] of checks) {
    lines.push(`${name.padEnd(42)} ${value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(value > 10 ? 0 : 2).padStart(6)}  (goal <= ${limit})  ${value === null ? '' : verdict(value <= limit)}`);
  }
  console.log(lines.join('\n'));
} finally {
  rmSync(temp, { recursive: true, force: true });
}
