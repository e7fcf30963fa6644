// bench/records: record mode at national scale (issue 7, "Speed and memory"). Generates synthetic
// employee files under bench/data/ (1,000,000 and 10,000 CSV rows; 100,000 and 400,000 XLSX rows;
// generated once, then reused) and times `merit score --rubric ip-asn-2019` on them in fresh
// processes, interleaved with floors measured in the same run:
//   - CSV 1M rows: <= 1.3x a bare csv-parse pass; peak RSS <= 150 MB and <= 1.1x that at 10k rows;
//   - XLSX 100k rows: <= 1.3x a bare exceljs streaming read; peak RSS at 400k rows <= 1.2x that of
//     the bare streaming read.
// Slow (minutes): run on its own, `node bench/records.mjs [--runs 3]`, or `npm run bench -- --records`.
// Peak RSS needs /usr/bin/time. Build first (npm run build).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA } from './fixtures.mjs';
import { argValue, measure } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/merit.js');
const floor = join(root, 'bench/floor-records.mjs');
const runs = Number(argValue('--runs', 3));

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

// exceljs's own streaming reader spools sheets to a temp file: keep those in a folder we remove.
const temp = mkdtempSync(join(DATA, 'tmp-'));
process.env.TMPDIR = temp;
const merit = (file) => [node, bin, 'score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '-q', '--deterministic'];
const fmt = (r) => `${(r.median / 1000).toFixed(2).padStart(7)} s  (min ${(r.min / 1000).toFixed(2)})  ${r.rss === null ? '   n/a' : `${r.rss.toFixed(0).padStart(4)} MB`}`;
const verdict = (ok) => (ok ? 'ok' : 'OVER');
const lines = [];
try {
  const csv = measure(
    {
      'floor: bare csv-parse, 1M rows': [node, floor, 'csv', files.csv1m],
      'merit score, 1M-row CSV': merit(files.csv1m),
      'merit score, 10k-row CSV': merit(files.csv10k),
    },
    { runs, warmup: 1 },
  );
  const xlsx = measure(
    {
      'floor: bare exceljs stream, 100k rows': [node, floor, 'xlsx', files.xlsx100k],
      'merit score, 100k-row XLSX': merit(files.xlsx100k),
      'floor: bare exceljs stream, 400k rows': [node, floor, 'xlsx', files.xlsx400k],
      'merit score, 400k-row XLSX': merit(files.xlsx400k),
    },
    { runs, warmup: 0 },
  );
  const all = { ...csv, ...xlsx };
  lines.push(`bench/records — ${runs} runs each, interleaved, medians (wall, peak RSS)\n`);
  for (const [name, r] of Object.entries(all)) lines.push(`${name.padEnd(40)} ${fmt(r)}`);
  const c = csv['merit score, 1M-row CSV'];
  const cf = csv['floor: bare csv-parse, 1M rows'];
  const c10 = csv['merit score, 10k-row CSV'];
  const x = xlsx['merit score, 100k-row XLSX'];
  const xf = xlsx['floor: bare exceljs stream, 100k rows'];
  const x4 = xlsx['merit score, 400k-row XLSX'];
  const xf4 = xlsx['floor: bare exceljs stream, 400k rows'];
  const checks = [
    ['CSV 1M time / bare csv-parse', c.median / cf.median, 1.3],
    ['CSV 1M peak RSS (MB)', c.rss, 150],
    ['CSV peak RSS 1M / 10k', c.rss / c10.rss, 1.1],
    ['XLSX 100k time / bare exceljs stream', x.median / xf.median, 1.3],
    ['XLSX 400k peak RSS / bare exceljs stream', x4.rss / xf4.rss, 1.2],
  ];
  lines.push('');
  for (const [name, value, limit] of checks) {
    lines.push(`${name.padEnd(42)} ${value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(value > 10 ? 0 : 2).padStart(6)}  (goal <= ${limit})  ${value === null ? '' : verdict(value <= limit)}`);
  }
  console.log(lines.join('\n'));
} finally {
  rmSync(temp, { recursive: true, force: true });
}
