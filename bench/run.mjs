// npm run bench: every benchmark in turn. Each prints its own ratios against a floor measured in
// the same run. Build first (npm run build).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
for (const script of ['startup.mjs', 'score.mjs']) {
  const r = spawnSync(process.execPath, [dir + script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
