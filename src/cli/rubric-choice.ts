/**
 * Which rubric scores a file when `--rubric` is not given (issue "the instrument in force"):
 *
 * 1. `--rubric` always wins.
 * 2. A workbook's `_merit` stamp (written by `merit template`) names the rubric: its id, when that
 *    id is bundled (a version other than the bundled one is scored with the bundled one, and the
 *    scorer warns SCORE_STAMP_MISMATCH).
 * 3. Otherwise the evidence's codes: the codes that some bundled agency rubric knows (criteria,
 *    aspects, profile questions, ratio inputs) must all be codes of exactly one rubric; codes no
 *    rubric knows (typos) do not count here and are diagnosed when scoring. None or several → a
 *    usage error listing every agency rubric with its match count.
 */
import { UsageError } from '../diagnostics.js';
import { readEvidence } from '../evidence/read.js';
import type { EvidenceTable } from '../evidence/types.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rubricsDir } from '../paths.js';
import { listBundledRubrics, type BundledRubricInfo } from '../rubric/load.js';
import { walk } from '../rubric/tree.js';
import { isLeaf, type Rubric } from '../rubric/types.js';
import { codeKey, isEmptyValue } from '../scoring/values.js';
import type { LimitOptions } from './limits.js';
import { limitsFrom } from './limits.js';

/** The rubric to use, why, and (when it had to be read) the file read without rubric aliases. */
export type RubricChoice = { ref: string; by: 'option' | 'stamp' | 'codes'; table?: EvidenceTable };

/** Every code an evidence row may name in this rubric. */
export function codesOf(rubric: Rubric): Set<string> {
  const codes = new Set<string>();
  for (const { node } of walk(rubric.root)) {
    codes.add(codeKey(node.code));
    if (isLeaf(node) && node.scoring.kind === 'ratio') for (const c of [node.scoring.numerator, node.scoring.denominator]) codes.add(codeKey(c));
  }
  for (const q of rubric.profile ?? []) codes.add(codeKey(q.code));
  return codes;
}

/** The codes a file's rows name (rows with a code; heading rows included: they are codes too). */
function fileCodes(table: EvidenceTable): Set<string> {
  const out = new Set<string>();
  for (const row of table.rows) {
    const k = codeKey(row.code.text ?? '');
    if (k !== '' && !isEmptyValue(row.code)) out.add(k);
  }
  return out;
}

/**
 * The bundled agency rubrics with how many of the file's codes each has, and how many any of them
 * has. Only their codes are needed: the files are parsed, not validated (the test suite validates
 * every bundled rubric; the chosen one is loaded and validated after). Measured: validating the
 * three bundled rubrics made `merit score` without --rubric 1.38× slower (docs/performance.md).
 */
async function candidates(codes: Set<string>, bundled: BundledRubricInfo[]): Promise<{ all: Candidate[]; known: number }> {
  const out: Candidate[] = [];
  const known = new Set<string>();
  for (const info of bundled) {
    if (info.subject !== 'agency') continue;
    const own = codesOf(JSON.parse(await readFile(join(rubricsDir(), `${info.id}.json`), 'utf8')) as Rubric);
    let matched = 0;
    for (const c of codes)
      if (own.has(c)) {
        matched++;
        known.add(c);
      }
    out.push({ id: info.id, version: info.version, matched, total: codes.size });
  }
  return { all: out, known: known.size };
}

type Candidate = { id: string; version: string; matched: number; total: number };

/** Chooses the rubric for one evidence file (see the module comment). */
export async function chooseRubric(file: string, given: string | undefined, opts: LimitOptions & { sheet?: string } = {}): Promise<RubricChoice> {
  if (given !== undefined) return { ref: given, by: 'option' };
  const table = await readEvidence(file, { ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), limits: limitsFrom(opts) });
  const bundled = await listBundledRubrics();
  const stamp = table.meta.stamp;
  if (stamp && bundled.some((b) => b.id === stamp.id)) return { ref: stamp.id, by: 'stamp', table };
  const codes = fileCodes(table);
  const { all, known } = await candidates(codes, bundled);
  return { ...byCodes(file, codes.size, known, all, stamp ? `${stamp.id}@${stamp.version}` : undefined), table };
}

/** The bundled agency rubrics that know some of the table's codes, as `id@version (matched/codes)`. */
export async function matchingBundled(table: EvidenceTable): Promise<string[]> {
  const codes = fileCodes(table);
  const { all } = await candidates(codes, await listBundledRubrics());
  return all.filter((c) => c.matched > 0).map((c) => `${c.id}@${c.version} (${c.matched}/${c.total})`);
}

/**
 * The rule on match counts: exactly one rubric has every code that any rubric knows (`known`).
 * Pure (tested directly).
 */
export function byCodes(file: string, codes: number, known: number, all: Candidate[], stamp?: string): RubricChoice {
  const list = all.map((c) => `${c.id}@${c.version} (${c.matched}/${c.total})`).join(', ');
  if (codes === 0) throw new UsageError('USAGE_RUBRIC_NO_CODES', { file, candidates: list });
  const full = known > 0 ? all.filter((c) => c.matched === known) : [];
  if (full.length === 1) return { ref: full[0]!.id, by: 'codes' };
  throw new UsageError(full.length === 0 ? 'USAGE_RUBRIC_NOT_CHOSEN' : 'USAGE_RUBRIC_AMBIGUOUS', { file, candidates: list, ...(stamp ? { stamp } : {}) });
}

/**
 * A batch without `--rubric`: the first file (in the batch's order) that chooses one chooses for
 * all; files that cannot be read are skipped here (the batch reports them). None: the first
 * file's usage error.
 */
export async function chooseForBatch(files: readonly string[], given: string | undefined, opts: LimitOptions & { sheet?: string } = {}): Promise<RubricChoice> {
  if (given !== undefined) return { ref: given, by: 'option' };
  let first: unknown;
  for (const file of files) {
    try {
      return await chooseRubric(file, undefined, opts);
    } catch (e) {
      first ??= e;
    }
  }
  if (first instanceof UsageError) throw first;
  throw new UsageError('USAGE_RUBRIC_NO_CODES', { file: files[0] ?? '-', candidates: (await listBundledRubrics()).map((b) => `${b.id}@${b.version}`).join(', ') });
}
