// bench/batch: `merit score DIR --format json` over 600 evidence workbooks of 40 rows (a
// realistic mix of levels), against the floor measured in the same run: one bare in-process loop
// that reads the same 600 files with exceljs (bench/floor-batch.mjs). Prints median wall time,
// files per second, peak RSS and the ratio to the floor.
// Targets: ratio <= 1.3x, wall < 4 s, peak RSS < 300 MB. Samples taken while other processes were
// busy are retaken (bench/quiet.mjs): on a shared machine the numbers are otherwise meaningless.
//   node bench/batch.mjs [--runs 5] [--files 600] [--extra "--jobs 2"]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRows, benchRubric, DATA, REALISTIC_LEVELS, writeEvidenceXlsx } from './fixtures.mjs';
import { argValue } from './lib.mjs';
import { measureQuiet } from './quiet.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = `${root}bin/merit.js`;
const runs = Number(argValue('--runs', 5));
const count = Number(argValue('--files', 600));
const extra = (argValue('--extra', '') ?? '').split(' ').filter(Boolean);

const ASPECTS = 5;
const PER = 8; // 40 criteria, 40 evidence rows
const dir = join(DATA, `batch-${count}`);
const rubric = join(DATA, `bench-${ASPECTS * PER}.json`);

/** Writes the workbooks once (deterministic: the same bytes on every run); later runs reuse them. */
async function ensureBatch() {
  mkdirSync(dir, { recursive: true });
  writeFileSync(rubric, JSON.stringify(benchRubric(ASPECTS, PER), null, 2));
  const have = new Set(readdirSync(dir));
  for (let i = 1; i <= count; i++) {
    const name = `agency-${String(i).padStart(4, '0')}.xlsx`;
    if (have.has(name)) continue;
    const kind = ['Kabupaten', 'Kota', 'Provinsi'][i % 3];
    await writeEvidenceXlsx(join(dir, name), benchRows(ASPECTS, PER, 1000 + i, REALISTIC_LEVELS), { subject: `Pemerintah ${kind} Bench ${i}` });
  }
}

await ensureBatch();
if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('build first: npm run build');

const rows = measureQuiet(
  {
    [`floor: bare exceljs loop, ${count} files`]: [node, `${root}bench/floor-batch.mjs`, dir],
    [`merit score DIR -f json (${count} files)${extra.length ? ` ${extra.join(' ')}` : ''}`]: [node, bin, 'score', dir, '--rubric', rubric, '-f', 'json', ...extra],
  },
  { runs, warmup: 1 },
);
const [floorName, meritName] = Object.keys(rows);
const floor = rows[floorName];
const merit = rows[meritName];
const ratio = merit.median / floor.median;
const mb = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);
console.log(`\nbench/batch — ${count} workbooks x ${ASPECTS * PER} rows, ${runs} runs each, interleaved, after 1 warm-up`);
console.log('(a sample taken while other processes used more than 15% of a core is taken again; "noisy" counts those kept anyway)\n');
console.log(`${'command'.padEnd(48)} ${'median'.padStart(9)} ${'min'.padStart(8)} ${'ratio'.padStart(6)} ${'CPU s'.padStart(6)} ${'peak RSS'.padStart(9)} noisy`);
for (const [name, r] of Object.entries(rows)) {
  console.log(
    `${name.padEnd(48)} ${`${(r.median / 1000).toFixed(2)} s`.padStart(9)} ${(r.min / 1000).toFixed(2).padStart(8)} ${`${(r.median / floor.median).toFixed(2)}x`.padStart(6)} ${(r.cpu ?? 0).toFixed(2).padStart(6)} ${mb(r.rss).padStart(9)} ${r.noisy}/${runs}`,
  );
}
console.log(`\nmerit: ${(merit.median / 1000).toFixed(2)} s median, ${(count / (merit.median / 1000)).toFixed(0)} files/s, peak RSS ${mb(merit.rss)}`);
const checks = [
  [`ratio to floor ${ratio.toFixed(2)}x`, ratio <= 1.3, '<= 1.3x'],
  [`wall ${(merit.median / 1000).toFixed(2)} s`, merit.median < 4000, '< 4 s'],
  [`peak RSS ${mb(merit.rss)}`, merit.rss === null || merit.rss < 300, '< 300 MB'],
];
for (const [what, ok, target] of checks) console.log(`${ok ? 'ok  ' : 'OVER'} ${what} (target ${target})`);
