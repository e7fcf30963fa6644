/**
 * The words of the domain that every layer names: plain string unions and the bilingual text
 * shape. They live at the base so that src/i18n (also base) can key its words by them without
 * importing the rubric or scoring types above it. rubric/types.ts and scoring/types.ts re-export them.
 */

/** Text in Indonesian (required: most users read it first) and English. */
export interface LocalText {
  id: string;
  en: string;
}

export type Confidence = 'confirmed' | 'inferred' | 'uncertain';
export type RubricStatus = 'official' | 'provisional';
export type MissingPolicy = 'zero' | 'exclude' | 'error';
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** Semantic columns of an agency evidence sheet. */
export type EvidenceField = 'code' | 'level' | 'verified' | 'evidence' | 'notes' | 'name' | 'verifierNotes';

export type NodeStatus =
  /** Evidence present and scored. */
  | 'scored'
  /** No evidence; counted as zero under the `zero` policy. */
  | 'missing'
  /** No evidence; left out of the score and of the maximum under the `exclude` policy. */
  | 'excluded'
  /** A `when` condition did not hold, or (v2) the evidence declared the leaf not applicable. */
  | 'not-applicable'
  /** v2: a composite whose `required` input has no evidence: it stands in with its fallback. */
  | 'incomplete'
  /** Evidence present but unusable (out of range, not a number, ...), or missing under `error`. */
  | 'error';

/**
 * How a group combines its children: `sum`, `weightedMean` (v1); v2 `mean` (maturity: plain mean
 * of score/max), `max` (best of), `min` (worst of), `composite` (fixed coefficients).
 */
export type Aggregate = 'sum' | 'weightedMean' | 'mean' | 'max' | 'min' | 'composite';

/** Which value of a leaf the final score used. */
export type ValueUse = 'verified' | 'self' | 'none';
