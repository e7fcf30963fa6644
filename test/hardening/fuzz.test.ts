/**
 * Property tests on hostile input (issue 8): mutated workbooks and CSVs — bytes, zip entries, the
 * XML inside, CSV text and encodings — are read, scored and rendered in process (a few hundred
 * cases), and a smaller set goes through the real built CLI. Every case must end with a table or
 * an InputError in process, and with exit 0, 1 or 2 within a time bound and no stack trace from
 * the CLI. The engine is fuzz-core.ts; `npm run fuzz` runs thousands of cases from it.
 *
 * MERIT_FUZZ_RUNS scales the number of cases, MERIT_FUZZ_SEED picks another seed (CI keeps a fixed
 * one, so a failure there replays exactly; fast-check prints the seed and path of a failure).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { ROOT } from '../helpers/cli.js';
import { checkInProcess, cliArgs, cliViolation, csvCase, loadSeeds, runCli, xlsxCase, type FuzzCase } from './fuzz-core.js';

const RUNS = Number(process.env.MERIT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.MERIT_FUZZ_SEED ?? 8);
const CLI_CASES = Math.max(8, Math.round(RUNS / 8));
/** Generous bounds: CI machines are slow and busy; a real hang is minutes, not seconds. */
const MAX_MS = 15_000;

const seeds = loadSeeds(ROOT);
const tmp = mkdtempSync(join(tmpdir(), 'merit-fuzz-'));
let rubric: LoadedRubric;
beforeAll(async () => {
  rubric = await loadRubric('kasn-2019');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('in process: read, score, render', () => {
  const tally = { scored: 0, refused: 0 };
  afterAll(() => {
    // Both outcomes must be reached, or the mutations are too weak (or too strong) to test anything.
    expect(tally.scored).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });

  it('mutated workbooks (bytes, zip entries, XML)', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(xlsxCase(seeds.xlsx), async (c) => {
        tally[(await checkInProcess(c, rubric, MAX_MS)).outcome]++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('mutated CSVs (text, encodings, bytes, tokens)', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(csvCase(seeds.csv), async (c) => {
        tally[(await checkInProcess(c, rubric, MAX_MS)).outcome]++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('through the built CLI', () => {
  it(`${CLI_CASES} mutants: exit 0, 1 or 2 within the bound, no stack trace`, { timeout: 300_000 }, async () => {
    const cases: FuzzCase[] = [
      ...fc.sample(xlsxCase(seeds.xlsx), { numRuns: Math.ceil((CLI_CASES * 2) / 3), seed: SEED }),
      ...fc.sample(csvCase(seeds.csv), { numRuns: Math.floor(CLI_CASES / 3), seed: SEED }),
    ];
    const failures: string[] = [];
    const codes = new Set<number>();
    // Four at a time: each case is a process of its own.
    for (let i = 0; i < cases.length; i += 4) {
      await Promise.all(
        cases.slice(i, i + 4).map(async (c, k) => {
          const dir = join(tmp, `cli-${i + k}`);
          mkdirSync(dir);
          writeFileSync(join(dir, c.name), c.bytes);
          const r = await runCli(ROOT, cliArgs(c.name, 'out'), { cwd: dir, timeoutMs: MAX_MS * 2 });
          const why = cliViolation(r);
          if (why) failures.push(`case ${i + k} (${c.how}): ${why}`);
          if (r.code !== null) codes.add(r.code);
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(codes.has(2)).toBe(true);
  });
});
