/**
 * Rubric language v1 (`merit-rubric/1`). These types mirror `rubrics/schema/rubric-1.schema.json`
 * exactly; docs/rubric-format.md explains every key with a worked example.
 *
 * All numbers in a rubric file are JSON numbers written in decimal; scoring converts them to
 * exact decimals (src/decimal.ts) by their text, so 0.1 means exactly one tenth.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Scoring } from './kinds/index.js';
import type { Scale } from './kinds/types.js';
import type { LocalText } from './text.js';

export type { LocalText } from './text.js';

export type { Confidence, EvidenceField, MissingPolicy, RoundingMode, RubricStatus } from '../vocabulary.js';
import type { Confidence, EvidenceField, MissingPolicy, RoundingMode, RubricStatus } from '../vocabulary.js';

/** Where a number or a node comes from, and how sure we are of it. */
export interface Provenance {
  /** Citation: regulation article, page, URL or document. */
  source: string;
  confidence: Confidence;
  note?: string;
}

export interface LegalBasis {
  /** Short reference, e.g. "Peraturan KASN 9/2019". */
  ref: string;
  title?: LocalText;
  /** http(s) link to the official text. Never fetched by merit. */
  url?: string;
  /** ISO date (YYYY-MM-DD) the instrument was signed or took effect. */
  date?: string;
}

export type Subject = 'agency' | 'record';

/** Either `step` (round to a multiple, e.g. 0.5) or `decimals` (e.g. 2). Applied once, to the total. */
export type Rounding = { step: number; mode?: RoundingMode } | { decimals: number; mode?: RoundingMode };

// ---------------------------------------------------------------------------------------------
// Leaf scoring kinds: each is a module in ./kinds/ (its type, lint, value reading, description).

export type { Level, Scale } from './kinds/types.js';
export type { LevelsScoring } from './kinds/levels.js';
export type { LookupScoring } from './kinds/lookup.js';
export type { ThresholdsScoring } from './kinds/thresholds.js';
export type { LinearScoring } from './kinds/linear.js';
export type { BooleanScoring } from './kinds/boolean.js';
export type { Scoring, ScoringKind } from './kinds/index.js';

// ---------------------------------------------------------------------------------------------
// Nodes

/** A node applies only when a record's (or the evidence's) column value matches. */
export interface Condition {
  column: string;
  /** Applies when the value is one of these (case- and space-insensitive). */
  in?: string[];
  /** Applies when the value is none of these. */
  notIn?: string[];
}

export type Aggregate = 'sum' | 'weightedMean';

interface NodeBase {
  /** Stable, unique code (A1, A3.2, KOMP.STRUK). Evidence rows refer to leaves by it. */
  code: string;
  name: LocalText;
  description?: LocalText;
  /**
   * In a `weightedMean` parent: this node's weight (> 0, default 1). In a `sum` parent: a
   * multiplier on the node's score (default 1).
   */
  weight?: number;
  when?: Condition;
  /** Overrides the rubric's missing-evidence policy for this subtree. */
  missing?: MissingPolicy;
  provenance?: Provenance;
}

export interface GroupNode extends NodeBase {
  /** `sum` (default): sum of children's (weighted) scores. `weightedMean`: see `scale`. */
  aggregate?: Aggregate;
  /**
   * For `weightedMean`: the node's score is Σ wᵢ·(scoreᵢ / maxᵢ) / Σ wᵢ × `scale` — a weighted
   * mean of the children's fulfilment ratios, on a 0..scale range (default 1).
   */
  scale?: number;
  /** Upper bound on the node's score. */
  cap?: number;
  children: RubricNode[];
}

export interface LeafNode extends NodeBase {
  scoring: Scoring;
  /** record rubrics: the declared column holding this leaf's value. agency rubrics: not used. */
  column?: string;
}

export type RubricNode = GroupNode | LeafNode;

export function isLeaf(node: RubricNode): node is LeafNode {
  return (node as LeafNode).scoring !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Bands

/** A band of the score scale. Omit `min` for -∞ or `max` for +∞. */
export interface Band {
  /** Stable code used by gates (`--min-predicate III`). */
  code: string;
  label: LocalText;
  min?: number;
  /** default true */
  minInclusive?: boolean;
  max?: number;
  /** default false */
  maxInclusive?: boolean;
  /** CSS colour for reports (#rrggbb). */
  color?: string;
  provenance?: Provenance;
}

export interface OutOfRangeLabel {
  code: string;
  label: LocalText;
  color?: string;
}

// ---------------------------------------------------------------------------------------------
// Evidence and record columns

/** Semantic columns of an agency evidence sheet. */

export interface EvidenceLayout {
  /** Extra header spellings per field, added to the built-in Indonesian and English ones. */
  aliases?: Partial<Record<EvidenceField, string[]>>;
}

export interface ColumnDef {
  /** Key used by leaves (`column`), conditions and group-by. */
  key: string;
  header: LocalText;
  /** Other header spellings accepted in the file. */
  aliases?: string[];
  type: 'text' | 'number';
  required?: boolean;
}

export interface Population {
  /** How per-record scores combine into the agency score. */
  aggregate: 'mean';
  /** Column keys to break the population down by (unit, post type, gender, education). */
  groupBy?: string[];
  /** Column key identifying a record (NIP); duplicates are diagnosed. */
  recordId?: string;
}

// ---------------------------------------------------------------------------------------------
// The rubric

export interface Rubric {
  $schema?: string;
  format: 'merit-rubric/1';
  /** Stable id, lower-case with dashes (`kasn-2019`). */
  id: string;
  /** Semver. A change that can move a score is a major bump. */
  version: string;
  title: LocalText;
  description?: LocalText;
  status: RubricStatus;
  legalBasis: LegalBasis[];
  subject: Subject;
  provenance?: Provenance;
  /** Default policy for a criterion with no evidence (default `zero`). */
  missing?: MissingPolicy;
  rounding?: Rounding;
  scales?: Record<string, Scale>;
  root: GroupNode;
  bands: Band[];
  outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel };
  /** agency rubrics: evidence sheet header aliases. */
  evidence?: EvidenceLayout;
  /** record rubrics: the columns a record file has. */
  columns?: ColumnDef[];
  /** record rubrics: population aggregation. */
  population?: Population;
}

/** A loaded rubric with where it came from. */
export interface LoadedRubric {
  rubric: Rubric;
  /** Bundled id, or the path the user gave. */
  source: string;
  bundled: boolean;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  /** Pointer -> line/column in the file, for diagnostics after loading. */
  locate?: (pointer: string) => { line: number; column: number } | undefined;
  /** Warnings from validation (a rubric with errors never loads). */
  diagnostics: Diagnostic[];
}
