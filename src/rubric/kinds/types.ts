/**
 * What a leaf scoring kind is: one `LeafKind` module per kind (levels.ts, lookup.ts, ...), found
 * by name through the registry in index.ts. Adding a kind means adding a module here, listing it
 * in index.ts and the rubric JSON Schema, and (for its words) the message catalogues.
 */
import type { Dec } from '../../decimal.js';
import type { Args, Lang, Location } from '../../diagnostics.js';
import type { LocalText } from '../text.js';
import type { LeafScorer, ParseContext } from './parse.js';

// ---------------------------------------------------------------------------------------------
// Levels (the ordinal scale vocabulary: used by the `levels` kind and the rubric's shared scales)

export interface Level {
  /** The level value written in the evidence (0, 1, 2, ...). Integers, ascending, no holes. */
  value: number;
  /** Points for this level; when absent, points = value x the leaf's `weight`. */
  points?: number;
  label: LocalText;
  /** What an agency must show to reach this level (official criteria text). */
  description?: LocalText;
  /** Evidence expected at this level (bukti dukung). */
  evidence?: LocalText;
}

/** A reusable ordinal scale, declared once under `scales` and referenced by leaves. */
export interface Scale {
  label?: LocalText;
  levels: Level[];
}

// ---------------------------------------------------------------------------------------------
// What a kind hook sees

/** The part of a rubric a kind may read (a Rubric fits). */
export interface KindRubric {
  scales?: Record<string, Scale>;
}

/** The part of a leaf a kind may read (a LeafNode fits). */
export interface KindLeaf<S> {
  code: string;
  scoring: S;
  column?: string;
  description?: LocalText;
}

/** Reports a lint diagnostic: code, arguments, JSON pointer, extra location, at the key (not the value). */
export type KindReport = (code: string, args: Args, pointer: string, extra?: Partial<Location>, key?: boolean) => void;

export interface KindLintContext {
  rubric: KindRubric;
  /** The leaf's code (put in every location as `{ code }`). */
  code: string;
  /** JSON pointer of the leaf's `scoring` object. */
  pointer: string;
  err: KindReport;
  warn: KindReport;
  /** Marks a shared scale as used (unused ones are warned about). */
  useScale(name: string): void;
  /** A problem that makes the computed score range meaningless (band coverage is then not judged). */
  rangeUnreliable(): void;
}

/** What a value cell of the evidence template accepts: a dropdown, or a number within bounds. */
export type InputRule =
  | { kind: 'list'; values: string[]; /** Anything else is refused (else only warned about). */ strict: boolean }
  | { kind: 'decimal'; min?: Dec; max?: Dec };

/** The template words a kind describes its value cell with (src/template/words.ts has them). */
export interface TemplateKindWords {
  points: (p: string) => string;
  linearRule: (o: { factor: string; offset?: string; cap: string; floor: string; at?: string }) => string;
  thresholdStep: (op: '≥' | '>', min: string, points: string) => string;
  otherwise: (points: string) => string;
  lookupDefault: (points: string) => string;
  yes: string;
  no: string;
  chooseLevel: string;
  chooseValue: string;
  enterNumber: string;
  orPercent: string;
}

export interface TemplateKindContext {
  rubric: KindRubric;
  lang: Lang;
  words: TemplateKindWords;
  /** A rubric number as the language writes it. */
  num: (d: Dec | number) => string;
  /** A rubric text in the language. */
  text: (t: LocalText | undefined) => string;
  /** Cuts a prompt to the length a cell prompt may have. */
  clip: (s: string) => string;
}

/** A value cell of the template: its rule, its note's lines (after the template's head), its prompt. */
export interface TemplateKindInput {
  rule: InputRule;
  lines: string[];
  prompt: string;
  promptTitle: string;
}

// ---------------------------------------------------------------------------------------------
// A kind

/**
 * One leaf scoring kind. `S` is the leaf's `scoring` object (its TS type mirrors the kind's part
 * of rubrics/schema/rubric-1.schema.json, where the kind must be listed too).
 */
export interface LeafKind<S extends { kind: string } = { kind: string }> {
  readonly kind: S['kind'];
  /** Record rubrics: the leaf's column must be a number column (RUBRIC_COLUMN_TYPE otherwise). */
  readonly numberColumn?: boolean;
  /** Every number of points the leaf can give, before its node weight: its range and maximum come from these. */
  pointValues(scoring: S, rubric: KindRubric): Dec[];
  /** The rules a JSON Schema cannot say, for this kind (the leaf's column is checked by the linter). */
  lint(scoring: S, ctx: KindLintContext): void;
  /**
   * Points when the leaf has no value at all, instead of the missing-evidence policy (a
   * `deduction` deducts its default, 0 unless said: a correction applies only when written).
   */
  missingPoints?(scoring: S): Dec;
  /** Prepares the leaf once and returns a function that reads one evidence value into points. */
  compile(scoring: S, rubric: KindRubric, ctx: ParseContext): LeafScorer;
  /** The scoring column of `rubric show` (text). */
  describe(leaf: KindLeaf<S>, rubric: KindRubric, lang: Lang): string;
  /** Extra keys of the leaf in `rubric show --format json`, after `scoring`. */
  showJson?(scoring: S, rubric: KindRubric): Record<string, unknown>;
  /** The leaf's value cell in the evidence template. */
  templateInput(leaf: KindLeaf<S>, ctx: TemplateKindContext): TemplateKindInput;
  /**
   * Ordinal kinds: where the template's level tables find the leaf's levels — its own, or the
   * shared scale it names. Kinds without it are described in the template's "other kinds" notes.
   */
  levelTable?(scoring: S): { levels: Level[] } | { scale: string } | undefined;
}
