/**
 * `--min-aspect CODE=SCORE|BAND` (repeatable): one node of the tree held to a minimum, like
 * `lhci assert` holds one audit. SCORE is a number on the node's own scale (what reports print
 * as its score); BAND is a category code of the node's own bands (v2 `bands` on a node, e.g.
 * MENENGAH), compared by rank with the node's category (caps included). A node that does not apply
 * passes (there is nothing to hold it to) and says so. Codes are matched exactly, then
 * case-insensitively; an unknown code or band is a usage error (exit 2) with a did-you-mean.
 */
import type { Dec } from '../decimal.js';
import { UsageError } from '../diagnostics.js';
import { closest } from '../rubric/suggest.js';
import { isLeaf, type Band, type Rubric, type RubricNode } from '../rubric/types.js';
import { findPredicateCode, knownPredicateCodes } from './bands.js';
import { findResult, nodeBands } from './categories.js';
import type { Assessment, NodeResult } from './types.js';

/** What a minimum needs of the rubric: its tree and its named band sets. */
export type AspectRubric = Partial<Pick<Rubric, 'root' | 'bandSets'>>;

/** How the node did (gates.ts adds the gate's name). */
export interface AspectOutcome {
  passed: boolean;
  expected: string;
  found: string;
}

export interface AspectMinimum {
  /** The node's code as given. */
  code: string;
  /** A minimum score on the node's scale ... */
  score?: Dec;
  /** ... or a minimum category code of the node's bands. */
  band?: string;
}

function* walk(node: RubricNode): Generator<RubricNode> {
  yield node;
  if (!isLeaf(node)) for (const c of node.children) yield* walk(c);
}

/** The rubric node a code names: exactly, else ignoring case. */
export function findRubricNode(root: RubricNode, code: string): RubricNode | undefined {
  const nodes = [...walk(root)];
  return nodes.find((n) => n.code === code) ?? nodes.find((n) => n.code.toUpperCase() === code.trim().toUpperCase());
}

/** Why this minimum cannot be used with this rubric (a UsageError to throw), or undefined. */
export function aspectProblem(rubric: AspectRubric, m: AspectMinimum): UsageError | undefined {
  if (!rubric.root) return undefined;
  const node = findRubricNode(rubric.root, m.code);
  if (!node) {
    const suggestion = closest(m.code, [...walk(rubric.root)].map((n) => n.code));
    return new UsageError('SCORE_GATE_UNKNOWN_NODE', { value: m.code, ...(suggestion ? { suggestion } : {}) });
  }
  if (m.band === undefined) return undefined;
  const bands = nodeBands(node, rubric);
  if (!bands) return new UsageError('SCORE_GATE_NODE_NO_BANDS', { code: node.code, value: m.band });
  if (findPredicateCode({ bands }, m.band)) return undefined;
  const known = knownPredicateCodes({ bands });
  const suggestion = closest(m.band, known);
  return new UsageError('SCORE_GATE_ASPECT_UNKNOWN_BAND', { code: node.code, value: m.band, known, ...(suggestion ? { suggestion } : {}) });
}

/** Holds the node to its minimum. Throws the UsageError of `aspectProblem`. */
export function evaluateAspect(a: Assessment, rubric: AspectRubric, m: AspectMinimum): AspectOutcome {
  const problem = aspectProblem(rubric, m);
  if (problem) throw problem;
  const node = rubric.root ? findRubricNode(rubric.root, m.code) : undefined;
  const code = node?.code ?? m.code;
  const result: NodeResult | undefined = findResult(a.root, code);
  const want = m.band !== undefined ? m.band.toUpperCase() : m.score!.toString();
  const expected = `${code} >= ${want}`;
  if (!result) throw new UsageError('SCORE_GATE_UNKNOWN_NODE', { value: m.code });
  if (result.status === 'not-applicable') return { passed: true, expected, found: `${code} n/a` };
  if (m.band === undefined) return { passed: result.score.gte(m.score!), expected, found: `${code} ${result.score.toString()}` };
  const bands = nodeBands(node!, rubric) as Band[];
  const target = findPredicateCode({ bands }, m.band)!;
  const got = result.category ? findPredicateCode({ bands }, result.category.code) : undefined;
  const passed = got !== undefined && got.rank >= target.rank;
  const wantCode = target.kind === 'band' ? target.band.code : target.label.code;
  return { passed, expected: `${code} >= ${wantCode}`, found: `${code} ${result.category?.code ?? '-'}` };
}
