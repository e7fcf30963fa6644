/**
 * The leaf scoring kinds, by name. Everything that depends on a leaf's kind — its range, lint,
 * value reading, `rubric show` text and template cell — asks `kindOf(leaf)` instead of switching.
 * A new kind: a module in this folder, a line in KINDS and in `Scoring`, its part of
 * rubrics/schema/rubric-2.schema.json (test/rubric/kinds.test.ts holds the two lists equal; the
 * v1 schema keeps the V1_KINDS) and
 * its words (src/rubric/messages.ts for `rubric show`, src/template/words.ts for the template).
 */
import { booleanKind, type BooleanScoring } from './boolean.js';
import { deductionKind, type DeductionScoring } from './deduction.js';
import { levelsKind, type LevelsScoring } from './levels.js';
import { linearKind, type LinearScoring } from './linear.js';
import { lookupKind, type LookupScoring } from './lookup.js';
import { numberKind, type NumberScoring } from './number.js';
import { ratioKind, type RatioScoring } from './ratio.js';
import { thresholdsKind, type ThresholdsScoring } from './thresholds.js';
import type { LeafKind } from './types.js';

export type Scoring = LevelsScoring | LookupScoring | ThresholdsScoring | LinearScoring | BooleanScoring | NumberScoring | RatioScoring | DeductionScoring;

/** The kinds a `merit-rubric/1` file may use; the others are v2. */
export const V1_KINDS: readonly string[] = ['levels', 'lookup', 'thresholds', 'linear', 'boolean'];
export type ScoringKind = Scoring['kind'];

const KINDS = new Map<string, LeafKind<Scoring>>();

/** Adds a kind to the registry (the built-in ones are added below; a test may add a toy one). */
export function registerKind<S extends { kind: string }>(kind: LeafKind<S>): void {
  if (KINDS.has(kind.kind)) throw new Error(`leaf kind "${kind.kind}" is registered already`);
  KINDS.set(kind.kind, kind as unknown as LeafKind<Scoring>);
}

/** Removes a kind added by `registerKind` (for tests; the built-in kinds stay). */
export function unregisterKind(name: string): void {
  if (!BUILT_IN.some((k) => k.kind === name)) KINDS.delete(name);
}

const BUILT_IN: readonly LeafKind<Scoring>[] = [levelsKind, lookupKind, thresholdsKind, linearKind, booleanKind, numberKind, ratioKind, deductionKind] as unknown as LeafKind<Scoring>[];
for (const kind of BUILT_IN) registerKind(kind);

/** The kind of a leaf (or of its `scoring`). A schema-valid rubric only has registered kinds. */
export function kindOf(of: { scoring: { kind: string } } | { kind: string }): LeafKind<Scoring> {
  const name = 'scoring' in of ? of.scoring.kind : of.kind;
  const kind = KINDS.get(name);
  if (!kind) throw new Error(`unknown leaf kind "${name}"`);
  return kind;
}

/** The names of the registered kinds, in registration order. */
export function kindNames(): string[] {
  return [...KINDS.keys()];
}

export type { LeafKind } from './types.js';
