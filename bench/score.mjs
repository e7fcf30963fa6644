// bench/score: scoring a 50-row evidence workbook and a 50-row CSV, end to end in a fresh process,
// against the naive floor measured in the same run (a bare script that imports exceljs or
// csv-parse and reads the same file). Target: <= 1.0x. Peak RSS is reported too.
//   node bench/score.mjs [--runs 15]
import { fileURLToPath } from 'node:url';
import { ensureScoreFixtures } from './fixtures.mjs';
import { argValue, measure, table } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = `${root}bin/merit.js`;
const floor = `${root}bench/floor-read.mjs`;
const runs = Number(argValue('--runs', 15));
const f = await ensureScoreFixtures();

for (const kind of ['xlsx', 'csv']) {
  const rows = measure(
    {
      [`floor: bare ${kind === 'xlsx' ? 'exceljs' : 'csv-parse'} read`]: [node, floor, kind, f[kind]],
      [`merit score evidence50.${kind}`]: [node, bin, 'score', f[kind], '--rubric', f.rubric],
      [`merit score evidence50.${kind} -f json`]: [node, bin, 'score', f[kind], '--rubric', f.rubric, '-f', 'json'],
    },
    { runs },
  );
  console.log(`\nbench/score (${kind}) — ${runs} runs each, interleaved, after 3 warm-ups (target: ratio <= 1.0x)\n`);
  console.log(table(rows, Object.keys(rows)[0]));
}
