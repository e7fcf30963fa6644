/**
 * Turning one evidence value into points, for one leaf. Agency scoring (score.ts), what-if / gap
 * analysis and the per-record scorer of record mode all call `compileLeaf(leaf, rubric)(value)`.
 * How a value is read (the value rules) is in src/rubric/kinds/parse.ts and each kind's module.
 */
import type { LeafNode, Rubric } from '../rubric/types.js';
import { kindOf } from '../rubric/kinds/index.js';
import type { InputValue, LeafScorer, LeafValueResult, ParseContext } from '../rubric/kinds/parse.js';

export {
  decFromCellNumber,
  isEmptyValue,
  lookupKey,
  textOf,
  parseNumber,
  parseNumberText,
  type InputValue,
  type LeafScorer,
  type LeafValueResult,
  type ParseContext,
  type ParseResult,
  type Problem,
} from '../rubric/kinds/parse.js';
export { levelInfo, parseLevel, type LevelInfo } from '../rubric/kinds/levels.js';
export { lookupInfo, matchLookup, type LookupInfo } from '../rubric/kinds/lookup.js';
export { parseBoolean } from '../rubric/kinds/boolean.js';

/** Criterion code key: NFKC, trimmed, inner whitespace collapsed, lower case. `a1.1 ` = `A1.1`. */
export function codeKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Prepares a leaf once (levels, lookup keys, rubric numbers as Dec) and returns a function that
 * scores one value. Cheap to call for every record of a population.
 */
export function compileLeaf(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>, ctx: ParseContext = {}): LeafScorer {
  return kindOf(leaf).compile(leaf.scoring, rubric, ctx);
}

/** One-off convenience: `compileLeaf(leaf, rubric, ctx)(value)`. */
export function scoreLeafValue(leaf: LeafNode, rubric: Pick<Rubric, 'scales'>, value: InputValue | undefined, ctx: ParseContext = {}): LeafValueResult {
  return compileLeaf(leaf, rubric, ctx)(value);
}
