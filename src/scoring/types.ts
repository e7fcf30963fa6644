/**
 * The Assessment: what scoring produces and every renderer consumes. Numbers are exact decimals
 * (`Dec`); renderers format them. The JSON report (`merit-report/1`, schemas/) is a direct
 * serialisation of this shape.
 */
import type { Dec } from '../decimal.js';
import type { NodeStatus, ValueUse } from '../vocabulary.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CellRef, InputFormat, RawValue } from '../evidence/types.js';
import type { Aggregate, Band, Condition, Confidence, LocalText, MissingPolicy, OutOfRangeLabel, Provenance, RubricStatus, ScoringKind, Subject } from '../rubric/types.js';

export interface Predicate {
  code: string;
  label: LocalText;
  color?: string;
  /** `band`: inside a rubric band; `below`/`above`: the out-of-range labels; `none`: no band matched. */
  kind: 'band' | 'below' | 'above' | 'none';
  /**
   * v2 predicate cap: the score alone would give band `from`, but that band `requires` every child
   * at least `floor`, and these children are below it.
   */
  capped?: { from: string; atLeast: string; of: string; children: string[] };
}

/** v2: why a node does not apply. */
export interface NotApplicable {
  /** `condition`: its `when` did not hold; `declared`: the evidence wrote a not-applicable value. */
  reason: 'condition' | 'declared';
  /** The condition that excluded it (for `condition`). */
  condition?: Condition;
  /** The value the condition looked at (a profile answer, a criterion's value), or the declared word. */
  value?: string;
  /** Where that value was written. */
  ref?: CellRef;
}

/** v2: a profile question with its answer. */
export interface ProfileResult {
  code: string;
  label: LocalText;
  /** The matched answer's `value`; null when unanswered or not an allowed answer (an error). */
  value: string | null;
  answer?: LocalText;
  /** The question's allowed answers (values and labels), so a report can word a condition over them. */
  answers?: { value: string; label: LocalText }[];
  /** What was written. */
  raw?: string;
  source: 'evidence' | 'option' | 'assume' | 'none';
  ref?: CellRef;
}

/**
 * v2: a categorised node whose children are leaves (an aspect), and the ordinal items that stand
 * below its target band (src/scoring/next-steps.ts).
 */
export interface NextStep {
  code: string;
  name: LocalText;
  /** The node's (rounded) score, and its category. */
  score: Dec;
  category: Predicate;
  /**
   * The band the items are held against: the next band up of the node's band set, or (`next:
   * false`) the category's own band when it is the set's top band. `min` is its lower edge.
   */
  target: { code: string; label: LocalText; color?: string; min: Dec; minInclusive: boolean; next: boolean };
  /** Largest gap first; at equal gaps in rubric order. */
  items: NextStepItem[];
}

/** v2: an ordinal item below its aspect's target band, and the level above the one it has. */
export interface NextStepItem {
  code: string;
  name: LocalText;
  /** Where the value used was written (absent when none was, or it was assumed). */
  ref?: CellRef;
  assumed?: boolean;
  /** The level used now; null when there is no readable level (missing evidence, an error). */
  level: number | null;
  /** The item's own share, score / max (0..1). */
  share: Dec;
  /** The share on the aspect's scale (× the aspect's maximum, rounded as the aspect rounds): compared with the edge. */
  value: Dec;
  /** The target band's lower edge minus `value`. */
  gap: Dec;
  /** The lowest level that gives more than the item has now. */
  next: { value: number; label: LocalText; description?: LocalText; share: Dec };
}

/** How a leaf's value was read and turned into points. */
export interface ValueTrace {
  ref?: CellRef;
  raw: RawValue;
  /** The parsed value: a level number, a number, a matched category, a boolean; null if unparseable. */
  parsed: string | number | boolean | null;
  /** Points this value gives (before the node's weight); null when it could not be scored. */
  points: Dec | null;
  /** Set when the value came from `--assume`, not from the file. */
  assumed?: boolean;
}

export interface LeafTrace {
  kind: ScoringKind;
  self?: ValueTrace;
  verified?: ValueTrace;
  /**
   * Which value the final score used. An `--assume` value takes the verified slot
   * (`verified.assumed`); the file's verified value it replaced, if any, is in `replaced`.
   */
  used: ValueUse;
  /** The file's verified value that an `--assume` value replaced (what-if: "from"). */
  replaced?: ValueTrace;
  /** The rule in words-as-data, e.g. `level 3 × 2.5`, `lookup S-2 → 20`, `min(40, 32 × 0.5)`. */
  rule: string;
  evidence?: string;
  notes?: string;
}

export type { NodeStatus } from '../vocabulary.js';

export interface NodeResult {
  code: string;
  name: LocalText;
  kind: 'group' | 'leaf';
  depth: number;
  aggregate?: Aggregate;
  /** Weight in the parent (default 1). */
  weight: Dec;
  /** v2: the coefficient in a `composite` parent. */
  coefficient?: Dec;
  cap?: Dec;
  /** v2: why the node does not apply (status `not-applicable`). */
  notApplicable?: NotApplicable;
  /** v2: the node's category from its own bands (per-aspect categories). */
  category?: Predicate;
  /** v2: a composite missing a required input: which, and which child stands in. */
  incomplete?: { missing: string[]; fallback: string };
  /** v2: the node's score before its own `rounding` (present only when the node rounds). */
  unrounded?: Dec;
  status: NodeStatus;
  /** Final score (verified where present, else self); zero for missing, excluded and n/a nodes. */
  score: Dec;
  /** Score from self-assessed levels only. */
  selfScore: Dec;
  /** Maximum this node can contribute (zero when excluded or not applicable). */
  max: Dec;
  /** score / max × 100; null when max is zero. */
  percent: Dec | null;
  /** This node's maximum as a share of the rubric's maximum (0..1), through every parent. */
  share: Dec;
  /** Share of this node's maximum that had evidence (0..1). */
  coverage: Dec;
  missingPolicy: MissingPolicy;
  provenance?: Provenance;
  trace?: LeafTrace;
  children?: NodeResult[];
  /**
   * Record mode: how many records this node applies to. The node's `score` and `max` are then
   * means over those records, and `coverage` is the share of their summed maximum that had values.
   */
  records?: number;
}

/** A group of the population: the records with one value of a group-by column. */
export interface PopulationGroup {
  /** Stable key: the lookup case (`case:2`), the normalised value, or `empty` / `other`. */
  key: string;
  label: LocalText;
  kind: 'case' | 'value' | 'empty' | 'other';
  count: number;
  /** Exact mean of the group's record scores. */
  mean: Dec | null;
  /** The mean rounded as the rubric rounds a total. */
  score: Dec | null;
  predicate: Predicate;
  /** Mean per top-level node (dimension) over the group's records it applies to, in rubric order. */
  dimensions: { code: string; mean: Dec | null }[];
}

/** Breakdown of the population by one group-by column. */
export interface PopulationBreakdown {
  /** The rubric column key. */
  column: string;
  header: LocalText;
  /**
   * `lookup`: grouped by the rubric case the value matches (S1, S-1 and Sarjana are one group);
   * `path`: by the scoring path (`when` on the column) the value selects (JFT and Fungsional are one
   * group); `value`: by the value itself, ignoring case and spacing.
   */
  by: 'lookup' | 'path' | 'value';
  groups: PopulationGroup[];
}

/** Record mode: the population a record rubric was scored over, and how it breaks down. */
export interface PopulationSummary {
  aggregate: 'mean';
  /** Data rows read below the header (blank rows not counted). */
  rows: number;
  /** Records scored and counted in the population. */
  scored: number;
  /** Rows left out of the population because of an error (each is a diagnostic, up to the cap). */
  skipped: number;
  /** Rows whose record id repeats an earlier row (still counted); `estimated` when over the tracking cap. */
  duplicates: { count: number; estimated: boolean };
  recordId?: { column: string; header: LocalText };
  /** Exact mean, lowest and highest record score (record scores are rounded as the rubric says). */
  mean: Dec | null;
  min: Dec | null;
  max: Dec | null;
  /** Every band of the rubric in ascending order (zeros included), then out-of-range labels that occurred. */
  distribution: { code: string; label: LocalText; color?: string; kind: Predicate['kind']; count: number; share: Dec | null }[];
  /** The top-level nodes (dimensions): mean score and maximum over the records each applies to. */
  dimensions: { code: string; name: LocalText; mean: Dec | null; max: Dec | null; percent: Dec | null; records: number }[];
  breakdowns: PopulationBreakdown[];
}

export interface Assessment {
  tool: { name: 'merit'; version: string };
  rubric: {
    id: string;
    version: string;
    sha256: string;
    title: LocalText;
    status: RubricStatus;
    subject: Subject;
    source: string;
    /** v2 `extends`: the rubric this one builds on. */
    base?: { id: string; version: string; sha256: string; source: string };
    /** v2: the rubric's notice, a sentence every report prints under the provisional warning. */
    notice?: LocalText;
  };
  /** v2: the profile questions and their answers, in rubric order. */
  profile?: ProfileResult[];
  /** v2: the second figure of the total (the rubric's `nominal`), rounded as it says. */
  nominal?: { value: Dec; label: LocalText; unit?: string };
  /** v2: the total is a composite missing a required input: it stands in with its fallback. */
  incomplete?: { code: string; missing: string[]; fallback: string };
  input: { path: string; sha256: string; format: InputFormat; sheet?: string };
  subject: { name: string; period?: string; source: 'workbook' | 'option' | 'filename' };
  /** Final total, rounded once as the rubric says. */
  score: Dec;
  /** The same total before rounding. */
  unroundedScore: Dec;
  /** Total from self-assessed levels only (rounded the same way). */
  selfScore: Dec;
  max: Dec;
  /** score / max × 100. */
  percent: Dec | null;
  /** Share of the maximum that had evidence (0..1). */
  coverage: Dec;
  predicate: Predicate;
  selfPredicate: Predicate;
  /** The rubric's score scale as its file declares it, so a report can draw every band. */
  scale: { bands: Band[]; outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel } };
  root: NodeResult;
  /** `--assume` values applied (what-if). */
  assumptions: { code: string; value: string }[];
  /** Provisional parts: the rubric status, and every node or band whose confidence is not `confirmed`. */
  provisional: { rubric: boolean; parts: { kind: 'rubric' | 'node' | 'band'; code: string; confidence: Confidence; source: string }[] };
  diagnostics: Diagnostic[];
  /** ISO timestamp; absent with --deterministic or SOURCE_DATE_EPOCH. */
  generatedAt?: string;
  /**
   * v2 (merit-rubric/2 agency rubrics): per categorised aspect, the items that stand below its
   * next category (next-steps.ts has the rule). Aspects with no such item are left out.
   */
  nextSteps?: NextStep[];
  /**
   * Record rubrics only: the population summary. `score` is then the mean record score rounded
   * once more, `root` holds per-node means, and `selfScore` equals `score` (records have no
   * self-assessed level).
   */
  population?: PopulationSummary;
}
