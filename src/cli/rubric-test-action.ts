/**
 * `merit rubric test RUBRIC [FIXTURES...]`: scores every fixture (an evidence file next to its
 * `NAME.expect.json`) through the scoring pipeline and compares the result with the expectation.
 * Exit 0 when every fixture passes, 1 on any mismatch, 2 when a fixture is broken (no or an
 * invalid expectation, evidence that cannot be read, a node the rubric does not have).
 * The expectation logic is in rubric-test-expect.ts, the output in rubric-test-render.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ExitCode, InputError, UsageError, error } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { rubricsDir, schemasDir } from '../paths.js';
import { writeDocument, type CliContext } from './context.js';
import { writeFileAtomic } from './atomic.js';
import { expandInputs } from './inputs.js';
import { scoreFile } from './pipeline.js';
import type { FixtureResult, RubricTestOptions, TestRun } from './rubric-toolkit-types.js';
import { EXPECT_SCHEMA_FILE, compare, expectationOf, parseExpectation, unknownNodes, type Expectation } from './rubric-test-expect.js';
import { renderTestJson, renderTestJunit, renderTestText } from './rubric-test-render.js';

/** `NAME.csv` → `NAME.expect.json`. */
export function expectPathOf(evidence: string): string {
  const base = basename(evidence);
  const dot = base.lastIndexOf('.');
  return join(dirname(evidence), `${dot > 0 ? base.slice(0, dot) : base}.expect.json`);
}

/** The fixture folder of a rubric when none is named: `fixtures/<id>/` next to the rubric file (bundled: rubrics/fixtures/<id>/). */
export function defaultFixtureDir(source: string, bundled: boolean, id: string): string {
  return join(bundled ? rubricsDir() : dirname(source), 'fixtures', id);
}

/** `$schema` for a new expectation file: relative to the package's schema when it is reachable that way. */
function schemaRef(expectFile: string): string {
  const rel = relative(dirname(expectFile), join(schemasDir(), EXPECT_SCHEMA_FILE)).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export async function test(ctx: CliContext, ref: string, fixtureArgs: string[], opts: RubricTestOptions): Promise<void> {
  const loaded = await loadRubric(ref);
  let args = fixtureArgs;
  if (args.length === 0) {
    const dir = defaultFixtureDir(loaded.source, loaded.bundled, loaded.rubric.id);
    if (!existsSync(dir)) throw new UsageError('TEST_NO_FIXTURES', { rubric: loaded.rubric.id, dir: relative(process.cwd(), dir) || '.' });
    args = [dir];
  }
  const { files } = await expandInputs(args);
  const fixtures: FixtureResult[] = [];
  for (const evidence of files) fixtures.push(await runFixture(evidence, loaded, opts));
  const run: TestRun = { rubric: { id: loaded.rubric.id, version: loaded.rubric.version, source: loaded.source }, fixtures };
  const text = opts.format === 'json' ? renderTestJson(run, ctx.lang) : opts.format === 'junit' ? renderTestJunit(run, ctx.lang) : renderTestText(run, ctx);
  if (opts.format === 'json' || opts.format === 'junit') writeDocument(ctx, text);
  else ctx.stdout(text);
  const broken = fixtures.some((f) => f.status === 'broken');
  const failed = fixtures.some((f) => f.status === 'fail');
  ctx.exitCode = Math.max(ctx.exitCode, broken ? ExitCode.INPUT : failed ? ExitCode.GATE_FAILED : ExitCode.OK);
}

async function runFixture(evidence: string, loaded: Awaited<ReturnType<typeof loadRubric>>, opts: RubricTestOptions): Promise<FixtureResult> {
  const expectFile = expectPathOf(evidence);
  const result: FixtureResult = { evidence, expect: expectFile, status: 'pass', mismatches: [], problems: [] };
  const exists = existsSync(expectFile);
  let expectation: Expectation | undefined;
  if (exists) {
    const parsed = await parseExpectation(readFileSync(expectFile, 'utf8'), expectFile);
    if (!parsed.expectation) return { ...result, status: 'broken', problems: parsed.diagnostics };
    expectation = parsed.expectation;
    if (expectation.description !== undefined) result.description = expectation.description;
  } else if (!opts.update) {
    return { ...result, status: 'broken', problems: [error('TEST_NO_EXPECTATION', { file: expectFile }, { file: evidence })] };
  }
  const profile = Object.entries(expectation?.profile ?? {}).map(([code, value]) => ({ code, value }));
  let assessment;
  try {
    ({ assessment } = await scoreFile(evidence, loaded, { limits: {}, gates: {}, ...(profile.length ? { profile } : {}) }));
  } catch (e) {
    if (e instanceof InputError) return { ...result, status: 'broken', problems: [...e.diagnostics] };
    if (e instanceof UsageError) return { ...result, status: 'broken', problems: [e.diagnostic] };
    throw e;
  }
  result.score = assessment.score.toString({ maxDecimals: 6 });
  result.predicate = assessment.predicate.code;
  if (opts.update && (!exists || opts.force)) {
    writeFileAtomic(expectFile, JSON.stringify(expectationOf(assessment, schemaRef(expectFile), expectation), null, 2) + '\n');
    return { ...result, status: 'written' };
  }
  const unknown = unknownNodes(expectation!, assessment);
  if (unknown.length > 0) {
    return { ...result, status: 'broken', problems: unknown.map((code) => error('TEST_EXPECT_UNKNOWN_NODE', { code, rubric: loaded.rubric.id }, { file: expectFile, pointer: `/nodes/${code}` })) };
  }
  result.mismatches = compare(expectation!, assessment);
  result.status = result.mismatches.length > 0 ? 'fail' : 'pass';
  return result;
}
