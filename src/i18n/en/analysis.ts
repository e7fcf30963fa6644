/** English words of the analysis commands (`merit gap`, `merit diff`, `merit explain`). */
import type { RoundingMode } from '../../vocabulary.js';
import { bandRange } from '../format.js';
import type { AnalysisWords } from '../ui-types.js';
import { analysisV2 } from './v2.js';

const mode: Record<RoundingMode, string> = { 'half-up': 'half up', 'half-even': 'half to even', down: 'down', up: 'up' };

export const analysis: AnalysisWords = {
  report: 'Report',
  criterion: 'Criterion',
  weight: 'Weight',
  pointsOf: (n) => `${n} points`,
  aggregate: { sum: 'sum', weightedMean: 'weighted mean', mean: 'mean of maturities', max: 'best of', min: 'worst of', composite: 'composite' },
  edge: (v, inc) => `score ${inc ? '≥' : '>'} ${v}`,
  beforeRounding: (x) => `${x} before rounding`,
  none: 'none',

  gapTitle: 'Gap analysis',
  target: 'Target',
  missing: 'Missing',
  column: 'Column',
  columnWord: { verified: 'verified', self: 'self' },
  noRow: 'no row',
  smallest: (s, c) => `Smallest change: ${s} level step${s === 1 ? '' : 's'} on ${c} criteri${c === 1 ? 'on' : 'a'}`,
  optimal: 'optimal',
  bestEffort: 'best effort, not proven optimal: the search limit was reached (--max-search), a smaller change may exist',
  sumRow: (s) => `Total (${s} step${s === 1 ? '' : 's'})`,
  after: 'After the changes',
  unreachable: (best, short) =>
    `Not reachable: with every level at its maximum the score is ${best}${short !== undefined ? `, still ${short} points short` : ''}.`,
  already: (s, t) => `Already reached: ${s} meets ${t}; nothing to change.`,
  top: (p) => `${p} is already the highest predicate; choose another with --target.`,
  onlyLevels: 'Only criteria scored by level are raised, on the level that counts (verified where present).',
  fixedOther: (l) => `Criteria of other kinds are left as they are: ${l}.`,
  fixedError: (l) => `Criteria with an unusable value are left out (fix them first): ${l}.`,

  diffTitle: 'Assessment comparison',
  sideA: 'A (old)',
  sideB: 'B (new)',
  fromReport: 'from a report',
  change: 'Change',
  predicateChange: { up: 'up', down: 'down', same: 'unchanged', unknown: 'not comparable' },
  rubricSame: 'same',
  rubricChanged: 'different',
  split: 'Split of the change',
  rubricEffect: 'Rubric effect',
  evidenceEffect: 'Evidence effect',
  rubricEffectHow: (x, a) => `= ${x} − ${a}: A's evidence scored with B's rubric, minus A's score`,
  evidenceEffectHow: (b, x) => `= ${b} − ${x}: B's score, minus A's evidence scored with B's rubric`,
  splitUnavailable: (r, n) => {
    switch (r) {
      case 'old-evidence-missing':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: A is a saved report and its evidence file ${n} is not there.`;
      case 'old-evidence-changed':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: A's evidence file ${n} has changed since the report was made (sha256 differs).`;
      case 'new-rubric-unavailable':
        return `The rubrics differ, but the change cannot be split into a rubric effect and an evidence effect: B's rubric ${n} cannot be loaded (or its bytes differ from when the report was made).`;
      case 'record-rubric':
        return `The rubrics differ, but the change cannot be split: B's rubric ${n} scores records.`;
    }
  },
  levelsHeading: (n) => `Changed levels (${n})`,
  levelsLegend: (a) => `Level (cell): the level that counts and its cell${a ? '; * assumed' : ''}`,
  noLevelChanges: 'No level changed.',
  added: (l) => `Criteria only in B (added): ${l}`,
  removed: (l) => `Criteria only in A (removed): ${l}`,
  regression: 'Regression: the score or the predicate fell.',

  explainTitle: 'Explanation',
  path: 'Path',
  evidenceHeading: 'Evidence',
  role: { self: 'Self', verified: 'Verified', replaced: 'Replaced' },
  counts: '← counts',
  assumed: 'assumed (--assume)',
  levelWord: (n) => `level ${n}`,
  noValue: 'no value',
  upTheTree: 'Up the tree',
  children: 'Children',
  adds: (c, x) => `${c} adds ${x}`,
  addsUnknown: (c) => `what ${c} adds cannot be computed (scale unknown)`,
  capApplied: (cap, u) => `cap ${cap}: min(${u}, ${cap}) = ${cap}`,
  capNotReached: (cap) => `cap ${cap} not reached`,
  notIncluded: 'not included',
  roundingStep: (s, m) => `rounded to a multiple of ${s}, ${mode[m]}`,
  roundingDecimals: (d, m) => `rounded to ${d} decimal${d === 1 ? '' : 's'}, ${mode[m]}`,
  roundingNone: 'no rounding',
  roundingUnknown: 'the rounding rule is not recorded in the report',
  share: (c, x, t, p) => `${c} adds ${x} of ${t} (${p}% of the total)`,
  shareOfMax: (p) => `its share of the rubric's maximum is ${p}%`,
  diagnostics: 'Diagnostics',
  bandRange: bandRange('score'),
  v2: analysisV2,
};
