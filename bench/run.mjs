// npm run bench: every benchmark in turn. Each prints its own ratios against a floor measured in
// the same run. Build first (npm run build).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
// bench/records (millions of rows, minutes) runs only with --records.
const records = process.argv.includes('--records');
const args = process.argv.slice(2).filter((a) => a !== '--records');
for (const script of ['startup.mjs', 'score.mjs', 'batch.mjs', ...(records ? ['records.mjs'] : [])]) {
  const r = spawnSync(process.execPath, [dir + script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
