/**
 * What the one-file diff and the batch diff share: the rubric/evidence split (the old evidence
 * scored with the new rubric), the category ranks of the new rubric, and telling a batch input
 * (a folder, or a saved `merit-batch/1`) from a single one.
 */
import { open, stat } from 'node:fs/promises';
import { isLeaf, type LoadedRubric, type RubricNode } from '../rubric/types.js';
import { findPredicateCode } from '../scoring/bands.js';
import { nodeBands } from '../scoring/categories.js';
import type { SplitUnavailable } from '../scoring/diff.js';
import type { Assessment } from '../scoring/types.js';
import { analysisScoreSettings, evidenceOf, type EvidenceOptions, type Side } from './analysis-io.js';
import { scoreTable, type ScoreSettings } from './pipeline.js';

/** A folder, or a `.json` whose first bytes say `merit-batch/1`. */
export async function isBatchInput(path: string): Promise<boolean> {
  const st = await stat(path).catch(() => undefined);
  if (!st) return false;
  if (st.isDirectory()) return true;
  if (!path.toLowerCase().endsWith('.json') || !st.isFile()) return false;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(256);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return /"schema"\s*:\s*"merit-batch\/1"/.test(buf.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await fh.close();
  }
}

/** v2: a category's rank in a node's band set, from the (new) rubric when it is at hand. */
export function categoryRank(loaded: LoadedRubric | undefined): ((code: string, category: string) => number | undefined) | undefined {
  if (!loaded) return undefined;
  const rubric = loaded.rubric;
  const byCode = new Map<string, RubricNode>();
  const stack: RubricNode[] = [rubric.root];
  while (stack.length) {
    const n = stack.pop()!;
    byCode.set(n.code, n);
    if (!isLeaf(n)) stack.push(...n.children);
  }
  return (code, category) => {
    const node = byCode.get(code);
    const bands = node ? nodeBands(node, rubric) : undefined;
    return bands ? findPredicateCode({ bands }, category)?.rank : undefined;
  };
}

/**
 * <a>'s evidence scored with <b>'s rubric, for the rubric/evidence split; or why it cannot be:
 * <b>'s rubric must be loadable (a report's rubric source with the same bytes), and <a>'s evidence
 * must be at hand (an evidence input, or the file a report names, with the same bytes).
 */
export async function rescoreOld(a: Side, b: Side, opts: EvidenceOptions): Promise<Assessment | { unavailable: SplitUnavailable; needed: string }> {
  const B = b.assessment;
  const newRubric = b.loaded;
  if (!newRubric) return { unavailable: 'new-rubric-unavailable', needed: B.rubric.source };
  if (newRubric.rubric.subject !== 'agency') return { unavailable: 'record-rubric', needed: `${B.rubric.id}@${B.rubric.version}` };
  let table = a.table;
  if (!table) {
    const found = await evidenceOf(a, newRubric, opts);
    if (!found.table) return { unavailable: found.problem === 'changed' ? 'old-evidence-changed' : 'old-evidence-missing', needed: a.assessment.input.path };
    table = found.table;
  }
  return scoreTable(newRubric, table, profileOf(a, opts));
}

/**
 * The profile answers <a> was scored with that did not come from its file: `--profile` for an
 * evidence input scored now; for a saved report, the answers it records as given on the command line.
 */
function profileOf(a: Side, opts: EvidenceOptions): ScoreSettings {
  if (a.kind === 'evidence') return analysisScoreSettings(opts);
  const given = (a.assessment.profile ?? []).filter((p) => (p.source === 'option' || p.source === 'assume') && p.raw !== undefined);
  return given.length ? { profile: given.map((p) => ({ code: p.code, value: p.raw! })) } : {};
}
