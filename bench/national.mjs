// The national dashboard at scale: generates N agencies (default 600, panrb-19-2025) under
// bench/data/national-N/, scores them into ringkasan.html once, then loads the page in Chromium
// R times (default 5) and prints the file size and the load and render times (median, max).
//   node bench/national.mjs [N] [R]      (after npm run build)
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DATA } from './fixtures.mjs';
import { writeBatch } from '../test/helpers/national-gen.mjs';

const n = Number(process.argv[2] ?? 600);
const runs = Number(process.argv[3] ?? 5);
const dir = join(DATA, `national-${n}`);
rmSync(dir, { recursive: true, force: true });
writeBatch(join(dir, 'in'), { rubric: 'panrb-19-2025', count: n });
const html = join(dir, 'ringkasan.html');
const bin = new URL('../bin/merit.js', import.meta.url).pathname;
const t0 = performance.now();
try {
  execFileSync(process.execPath, [bin, 'score', join(dir, 'in'), '-o', html, '--group-by', 'jenis_instansi', '--deterministic', '-q'], { stdio: 'ignore' });
} catch (e) {
  if (e.status !== 2) throw e; // the generated batch has one unreadable file
}
const scoreMs = performance.now() - t0;
if (!existsSync(html)) throw new Error('no dashboard written');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const load = [];
const render = [];
const metrics = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = performance.now();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  load.push(performance.now() - start);
  // Navigation start to the end of the load event, as the browser measured it, plus a first paint.
  const t = await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    res(nav.loadEventEnd - nav.startTime);
  })));
  render.push(t);
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  metrics.push(m);
  await page.close();
}
await browser.close();
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => `${x.toFixed(0)} ms`;
console.log(`agencies: ${n}  file: ${(statSync(html).size / 1024).toFixed(0)} KiB  scoring (CLI): ${f(scoreMs)}`);
console.log(`page load (goto → load, ${runs} runs): median ${f(med(load))}, max ${f(Math.max(...load))}`);
console.log(`browser navigation → loadEventEnd: median ${f(med(render))}, max ${f(Math.max(...render))}`);
// Chromium's own counters (seconds): ThreadTime is the main thread's CPU time, the rest wall time
// by kind of work; on a loaded machine ThreadTime is the figure to compare.
for (const k of ['ThreadTime', 'TaskDuration', 'RecalcStyleDuration', 'LayoutDuration', 'ScriptDuration']) console.log(`${k}: median ${f(med(metrics.map((m) => m[k] * 1000)))}`);
console.log(`load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
