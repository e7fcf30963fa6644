#!/usr/bin/env node
// Long fuzzing runs (issue 8), beyond the few hundred cases `npm test` runs:
//
//   npm run fuzz -- [CASES] [--seed N] [--jobs N] [--cli N] [--out DIR]
//
// CASES (default 2000) mutated workbooks and as many mutated CSVs are read, scored and rendered
// in process by --jobs worker processes (default: CPUs - 1), each with its own seed (seed + job);
// then --cli cases (default CASES / 20) go through the built CLI (`npm run build` first). The
// engine is test/hardening/fuzz-core.ts, bundled here with esbuild. Prints cases/s, and for every
// failure its seed, fast-check's replay path and the mutant's bytes saved under --out (default
// fuzz-out/). A worker silent for 60 s is a hang: it is killed and its current case saved.
// Exit status: 0 when every case kept the contract, 1 otherwise.
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = join(root, 'node_modules/.cache/merit-fuzz/core.mjs');
const HANG_MS = 60_000;

if (process.argv[2] === '--worker') await worker();
else await main();

function options() {
  const args = process.argv.slice(2);
  const o = { cases: 2000, seed: Date.now() % 2 ** 31, jobs: Math.max(1, availableParallelism() - 1), cli: undefined, out: join(root, 'fuzz-out') };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => args[++i];
    if (a === '--seed') o.seed = Number(next());
    else if (a === '--jobs') o.jobs = Number(next());
    else if (a === '--cli') o.cli = Number(next());
    else if (a === '--out') o.out = resolve(next());
    else if (/^\d+$/.test(a)) o.cases = Number(a);
    else {
      process.stderr.write(`unknown argument ${a}\nusage: npm run fuzz -- [CASES] [--seed N] [--jobs N] [--cli N] [--out DIR]\n`);
      process.exit(2);
    }
  }
  o.cli ??= Math.max(10, Math.round(o.cases / 20));
  return o;
}

async function bundle() {
  const { build } = await import('esbuild');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  await build({
    entryPoints: [join(root, 'test/hardening/fuzz-core.ts')],
    outfile: bundled,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    define: { MERIT_VERSION: JSON.stringify(version) },
  });
}

async function main() {
  const o = options();
  mkdirSync(o.out, { recursive: true });
  await bundle();
  process.stdout.write(`fuzz: ${o.cases} workbook + ${o.cases} CSV cases in process on ${o.jobs} workers, ${o.cli} through the CLI; seed ${o.seed}\n`);
  const failures = [];
  const started = performance.now();

  // In process, sharded over workers.
  const per = Math.ceil(o.cases / o.jobs);
  let done = 0;
  let lastPrint = 0;
  /** How the cases ended (`workbook scored`, `csv refused`, ...): mutations that only ever get refused test little. */
  const outcomes = {};
  const results = await Promise.all(
    Array.from({ length: o.jobs }, (_, job) =>
      new Promise((resolveJob) => {
        const seed = o.seed + job;
        const child = fork(fileURLToPath(import.meta.url), ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let current;
        let timer;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            // The worker wrote the case's bytes before running it.
            const bytes = current ? readFileSync(currentFile(o.out, seed), { flag: 'r' }) : undefined;
            const file = current && bytes ? save(o.out, `hang-seed${seed}-${current.kind}-case${current.index}`, { name: current.name, bytes }) : undefined;
            failures.push(`HANG: worker seed ${seed}, ${current?.kind} case ${current?.index}: ${current?.how ?? '?'}${file ? `\n  saved: ${file}` : ''}`);
            child.kill('SIGKILL');
          }, HANG_MS);
        };
        arm();
        child.on('message', (m) => {
          arm();
          if (m.type === 'case') current = m;
          else if (m.type === 'done') {
            done++;
            const key = `${m.kind} ${m.outcome}`;
            outcomes[key] = (outcomes[key] ?? 0) + 1;
            const now = performance.now();
            if (now - lastPrint > 5000) {
              lastPrint = now;
              process.stdout.write(`  ${done} cases, ${rate(done, now - started)}\n`);
            }
          } else if (m.type === 'failed') {
            const file = m.bytes ? save(o.out, `fail-seed${seed}-${m.kind}`, { name: m.name, bytes: Buffer.from(m.bytes, 'base64') }) : undefined;
            failures.push(`FAIL: worker seed ${seed}, ${m.kind}: ${m.error}\n  replay: seed ${seed}, path "${m.path}"\n  case: ${m.how}${file ? `\n  saved: ${file}` : ''}`);
          }
        });
        child.on('exit', (code, signal) => {
          clearTimeout(timer);
          if (code !== 0 && !signal) failures.push(`worker seed ${seed} exited with ${code}`);
          resolveJob(code);
        });
        child.send({ seed, runs: per, out: o.out });
      }),
    ),
  );
  void results;
  const inProcessMs = performance.now() - started;
  process.stdout.write(`in process: ${done} cases in ${(inProcessMs / 1000).toFixed(1)} s, ${rate(done, inProcessMs)}; ${JSON.stringify(outcomes)}\n`);

  // Through the CLI.
  const core = await import(bundled);
  const fc = (await import('fast-check')).default;
  const seeds = core.loadSeeds(root);
  const cases = [
    ...fc.sample(core.xlsxCase(seeds.xlsx), { numRuns: Math.ceil((o.cli * 2) / 3), seed: o.seed }),
    ...fc.sample(core.csvCase(seeds.csv), { numRuns: Math.floor(o.cli / 3), seed: o.seed }),
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'merit-fuzz-cli-'));
  // A snapshot of the built CLI: a rebuild meanwhile (npm test, another terminal) swaps dist/ and
  // its lazily loaded chunks would vanish under the running cases.
  const cli = join(tmp, 'merit');
  for (const part of ['package.json', 'bin', 'dist', 'rubrics', 'schemas']) cpSync(join(root, part), join(cli, part), { recursive: true });
  // What the bundle leaves to run time (ajv's standalone helpers) resolves from the real node_modules.
  symlinkSync(join(root, 'node_modules'), join(cli, 'node_modules'), 'dir');
  const cliStart = performance.now();
  const codes = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: o.jobs }, async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i];
        const dir = join(tmp, `c${i}`);
        mkdirSync(dir);
        writeFileSync(join(dir, c.name), c.bytes);
        const r = await core.runCli(cli, core.cliArgs(c.name, 'out'), { cwd: dir, timeoutMs: 120_000 });
        codes[r.code ?? r.signal] = (codes[r.code ?? r.signal] ?? 0) + 1;
        const why = core.cliViolation(r);
        if (why) failures.push(`CLI: case ${i} of seed ${o.seed}: ${why}\n  case: ${c.how}\n  saved: ${save(o.out, `cli-seed${o.seed}-case${i}`, c)}`);
        rmSync(dir, { recursive: true, force: true });
      }
    }),
  );
  rmSync(tmp, { recursive: true, force: true });
  const cliMs = performance.now() - cliStart;
  process.stdout.write(`CLI: ${cases.length} cases in ${(cliMs / 1000).toFixed(1)} s, ${rate(cases.length, cliMs)}; exit codes ${JSON.stringify(codes)}\n`);

  if (failures.length) {
    process.stdout.write(`\n${failures.length} failure(s):\n${failures.join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`no failures (seed ${o.seed})\n`);
}

function currentFile(out, seed) {
  return join(out, `.current-${seed}`);
}

function rate(n, ms) {
  return `${(n / (ms / 1000)).toFixed(1)} cases/s`;
}

function save(dir, stem, c) {
  const ext = /\.[a-z]+$/i.exec(c.name)?.[0] ?? '';
  const file = join(dir, `${stem}${ext}`);
  writeFileSync(file, c.bytes);
  return file;
}

/** A worker: runs `runs` workbook and `runs` CSV cases in process with fast-check, reporting each. */
async function worker() {
  const { seed, runs, out } = await new Promise((r) => process.once('message', r));
  const core = await import(bundled);
  const fc = (await import('fast-check')).default;
  const { loadRubric } = core;
  const rubric = await loadRubric('kasn-2019');
  const seeds = core.loadSeeds(root);
  for (const [kind, arb] of [
    ['workbook', core.xlsxCase(seeds.xlsx)],
    ['csv', core.csvCase(seeds.csv)],
  ]) {
    let index = 0;
    let last;
    const result = await fc.check(
      fc.asyncProperty(arb, async (c) => {
        last = c;
        writeFileSync(currentFile(out, seed), c.bytes);
        process.send({ type: 'case', kind, index: index++, how: c.how.slice(0, 2000), name: c.name });
        const { outcome } = await core.checkInProcess(c, rubric, 30_000);
        process.send({ type: 'done', kind, outcome });
      }),
      { numRuns: runs, seed },
    );
    if (result.failed) {
      const c = result.counterexample?.[0] ?? last;
      process.send({ type: 'failed', kind, error: String(result.errorInstance?.stack ?? result.error ?? '').slice(0, 3000), path: result.counterexamplePath, how: c?.how?.slice(0, 2000), name: c?.name, bytes: c?.bytes?.toString('base64') });
    }
  }
  rmSync(currentFile(out, seed), { force: true });
  process.disconnect();
}
