// bench/startup: median wall time of the commands that must never load exceljs, as a ratio to a
// bare `node -e 0` measured in the same run. Target: <= 1.4x.
//   node bench/startup.mjs [--runs 20]
import { fileURLToPath } from 'node:url';
import { argValue, measure, table } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = `${root}bin/merit.js`;
const runs = Number(argValue('--runs', 20));

const rows = measure(
  {
    'node -e 0 (floor)': [node, '-e', '0'],
    'merit --help': [node, bin, '--help'],
    'merit rubric list': [node, bin, 'rubric', 'list'],
    'merit rubric validate kasn-2019.json': [node, bin, 'rubric', 'validate', `${root}rubrics/kasn-2019.json`],
  },
  { runs },
);
console.log(`bench/startup — ${runs} runs each, interleaved, after 3 warm-ups (target: ratio <= 1.4x)\n`);
console.log(table(rows, 'node -e 0 (floor)'));
const worst = Math.max(...Object.entries(rows).filter(([n]) => !n.includes('floor')).map(([, r]) => r.median / rows['node -e 0 (floor)'].median));
console.log(`\nworst ratio: ${worst.toFixed(2)}x ${worst <= 1.4 ? '(within target)' : '(OVER target 1.4x)'}`);
