/** English words of the diagnostics of src/rubric (loading and checking rubrics). Codes are stable: never rename one. */
import { s, q, didYouMean, SYNTAX, typeWord, PATTERN, CMP_EN, reachText, nodePrefix, V2_HINT, conditionSubject } from '../../helpers/rubric.js';
import { rubricV2 } from './rubric-v2.js';
import { rubricWords } from '../rubric-text.js';
import type { Mirror } from '../../types.js';
import type { rubric as id } from '../../id/diagnostics/rubric.js';

export const rubric: Mirror<typeof id> = {
  // --- reading and parsing ---
  RUBRIC_NOT_FOUND: {
    text: (a) => (a.asId ? `rubric "${s(a.ref)}" not found (neither a bundled id nor a file).` : `rubric file "${s(a.ref)}" not found.`) + didYouMean(a, 'en'),
    hint: (a) => `bundled rubrics: ${s(a.bundled) || '(none)'}; see \`merit rubric list\``,
  },
  RUBRIC_NOT_A_FILE: { text: (a) => `"${s(a.path)}" is not a file` },
  RUBRIC_TOO_LARGE: { text: (a) => `rubric file too large (${s(a.size)} bytes; the limit is ${s(a.max)})` },
  RUBRIC_READ_ERROR: { text: (a) => `cannot read "${s(a.path)}" (${s(a.reason)})` },
  RUBRIC_ENCODING: { text: () => 'the rubric file is not valid UTF-8', hint: () => 'save the file again as UTF-8' },
  RUBRIC_JSON_SYNTAX: { text: (a) => `invalid JSON: ${SYNTAX[s(a.reason)]?.en(a) ?? s(a.reason)}`, hint: (a) => SYNTAX[s(a.reason)]?.hint?.en ?? '' },
  RUBRIC_DUPLICATE_KEY: {
    text: (a) => `key ${q(a.key)} appears twice in the same object (first at ${s(a.firstLine)}:${s(a.firstColumn)})`,
    hint: () => 'remove one of them; plain JSON readers silently keep the last',
  },
  RUBRIC_FORBIDDEN_KEY: { text: (a) => `key ${q(a.key)} is not allowed`, hint: () => '__proto__, constructor and prototype are refused for safety' },
  RUBRIC_NUMBER_RANGE: { text: (a) => `number ${s(a.value)} is out of range (at most ±${s(a.max)})` },
  RUBRIC_TOO_DEEP: { text: (a) => `JSON nested deeper than ${s(a.max)} levels` },
  RUBRIC_TOO_MANY_VALUES: { text: (a) => `more than ${s(a.max)} JSON values: too large for a rubric (the largest bundled one has under 3,000)` },

  // --- schema ---
  RUBRIC_UNKNOWN_KEY: {
    text: (a) => (a.v2 ? `key ${q(a.key)} belongs to the merit-rubric/2 language; this file declares merit-rubric/1` : `unknown key ${q(a.key)}.${didYouMean(a, 'en')}`),
    hint: (a) => (a.v2 ? V2_HINT.en : `keys allowed here: ${s(a.allowed)}`),
  },
  RUBRIC_REQUIRED: { text: (a) => `required key ${q(a.key)} is missing${a.for !== undefined ? ` (${q(a.for)} needs it)` : ''}` },
  RUBRIC_TYPE: {
    text: (a) => `expected ${typeWord(a.expected, 'en')}, found ${typeWord(a.found, 'en')}`,
    hint: (a) => (a.value !== undefined ? `remove the quotes: write ${s(a.value).trim()}, not "${s(a.value)}"` : ''),
  },
  RUBRIC_ENUM: {
    text: (a) => (a.v2 ? `value ${q(a.value)} belongs to the merit-rubric/2 language; this file declares merit-rubric/1` : `value ${q(a.value)} is not allowed.${didYouMean(a, 'en')}`),
    hint: (a) => (a.v2 ? V2_HINT.en : `allowed values: ${s(a.allowed)}`),
  },
  RUBRIC_CONST: { text: (a) => `expected ${q(a.expected)}, found ${q(a.value)}` },
  RUBRIC_FORMAT: { text: (a) => `rubric format ${q(a.value)} is not supported; this merit reads ${Array.isArray(a.supported) ? a.supported.map(q).join(' and ') : q(a.expected)}` },
  RUBRIC_PATTERN: { text: (a) => `${q(a.value)} is not valid: ${PATTERN[s(a.kind)]?.en ?? `must match the pattern ${s(a.pattern)}`}` },
  RUBRIC_RANGE: { text: (a) => `value ${s(a.value)} is out of range: it must be ${CMP_EN[s(a.comparison)] ?? s(a.comparison)} ${s(a.limit)}` },
  RUBRIC_TOO_FEW: { text: (a) => `this list needs at least ${s(a.limit)} item${a.limit === 1 ? '' : 's'}` },
  RUBRIC_TOO_SHORT: { text: (a) => (a.limit === 1 ? 'the text must not be empty' : `the text needs at least ${s(a.limit)} characters`) },
  RUBRIC_TOO_LONG: { text: (a) => `text too long (${s(a.length)} characters; at most ${s(a.limit)})` },
  RUBRIC_ROUNDING: { text: (a) => (a.reason === 'both' ? 'rounding takes "step" or "decimals", not both' : 'rounding needs "step" (e.g. 0.5) or "decimals" (e.g. 2)') },
  RUBRIC_NODE_KIND: {
    text: (a) => (a.reason === 'both' ? 'a node cannot have both "children" and "scoring"' : 'a node needs "children" (a group) or "scoring" (a criterion)'),
    hint: () => 'a group aggregates its children; a criterion is scored from one evidence value',
  },
  RUBRIC_CONDITION_ONE: {
    text: (a) => (a.reason === 'both' ? 'a condition names only one of "column", "profile" and "criterion"' : 'a condition needs "column", "profile" or "criterion"'),
    hint: () => '"column": a record column (record rubrics); "profile": a profile question; "criterion": another criterion',
  },
  RUBRIC_SCHEMA: { text: (a) => `does not match the schema (${s(a.keyword)}): ${s(a.message)}` },

  // --- semantic lint ---
  RUBRIC_RECORD_REQUIRES: {
    text: (a) => `a rubric with subject "record" needs ${q(a.key)}`,
    hint: (a) => (a.key === 'columns' ? 'declare the record file\'s columns under "columns"' : 'declare the population aggregate: "population": { "aggregate": "mean" }'),
  },
  RUBRIC_RECORD_ONLY: { text: (a) => `${q(a.key)} is only for rubrics with subject "record"` },
  RUBRIC_DUPLICATE_COLUMN: { text: (a) => `column ${q(a.column)} is declared twice${a.firstLine !== undefined ? ` (first at ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}` },
  RUBRIC_UNKNOWN_COLUMN: {
    text: (a) => `column ${q(a.column)} is not declared in "columns".${didYouMean(a, 'en')}`,
    hint: (a) => (s(a.declared) ? `declared columns: ${s(a.declared)}` : 'this rubric declares no columns'),
  },
  RUBRIC_AGENCY_COLUMN: {
    text: (a) => `${q(a.key)} is not used in a rubric with subject "agency"`,
    hint: () => 'an agency evidence sheet has one row per criterion (code, level); columns and conditions are for "record" rubrics',
  },
  RUBRIC_CONDITION_EMPTY: { text: (a) => `the condition on ${conditionSubject(a, 'en')} needs "in" or "notIn"` },
  RUBRIC_COLUMN_TYPE: { text: (a) => `"${s(a.kind)}" scoring needs a number column, but column ${q(a.column)} has type "${s(a.type)}"` },
  RUBRIC_LEAF_COLUMN_MISSING: { text: (a) => `criterion ${s(a.code)} needs "column": in a "record" rubric every criterion reads one column` },
  RUBRIC_DUPLICATE_CODE: {
    text: (a) => `code ${q(a.code)} is already used at ${s(a.first)}${a.firstLine !== undefined ? ` (line ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
    hint: () => 'every node needs a unique code (case-insensitive); evidence rows refer to criteria by code',
  },
  RUBRIC_OFFICIAL_UNCONFIRMED: {
    text: (a) => `${nodePrefix(a)}the rubric is "official" but this provenance is ${rubricWords.confidence[s(a.confidence) as keyof typeof rubricWords.confidence] ?? s(a.confidence)}`,
    hint: () => 'never pass an inferred number off as official: confirm the source or set status to "provisional"',
  },
  RUBRIC_ZERO_MAX_CHILD: {
    text: (a) => `child ${s(a.code)} of a weighted mean has a maximum score of ${s(a.max)}; it must be greater than 0`,
    hint: () => 'a weighted mean divides each child\'s score by its maximum',
  },
  RUBRIC_ZERO_MAX: { text: (a) => `the rubric's maximum score is ${s(a.max)}; nothing can be scored` },
  RUBRIC_UNUSED_SCALE: { text: (a) => `scale ${q(a.scale)} is not used by any criterion` },
  RUBRIC_SCALE_IGNORED: { text: (a) => `${s(a.code)}: "scale" only applies to "aggregate": "weightedMean"; it is ignored here` },
  RUBRIC_CAP_NOT_POSITIVE: { text: (a) => `${s(a.code)}: cap ${s(a.cap)} must be greater than 0` },
  RUBRIC_CAP_NEVER_BINDS: { text: (a) => `${s(a.code)}: cap ${s(a.cap)} never binds (its children reach at most ${s(a.max)})` },
  RUBRIC_UNKNOWN_SCALE: {
    text: (a) => `scale ${q(a.scale)} is not declared under "scales".${didYouMean(a, 'en')}`,
    hint: (a) => (s(a.declared) ? `declared scales: ${s(a.declared)}` : 'this rubric declares no scales; write "levels" inline or add "scales"'),
  },
  RUBRIC_LEVELS_MISSING: { text: (a) => `criterion ${s(a.code)}: "levels" scoring needs "scale" or "levels"` },
  RUBRIC_LEVELS_MISMATCH: {
    text: (a) => `criterion ${s(a.code)}: levels (${s(a.values)}) differ from scale "${s(a.scale)}" (${s(a.scaleValues)})`,
    hint: () => 'levels on a criterion only override the scale\'s texts/points; the values must be the same',
  },
  RUBRIC_LEVELS_START: { text: (a) => `${nodePrefix(a)}levels must start at 0 (no evidence) or 1, not ${s(a.first)}` },
  RUBRIC_NO_ZERO_LEVEL: {
    text: (a) => `${nodePrefix(a)}there is no level 0 ("no evidence")`,
    hint: () => 'a merit scale includes a level 0 for criteria without supporting evidence',
  },
  RUBRIC_LEVELS_ORDER: { text: (a) => `${nodePrefix(a)}level ${s(a.value)} after level ${s(a.previous)}: levels must ascend without repeats` },
  RUBRIC_LEVELS_HOLE: { text: (a) => `${nodePrefix(a)}level ${s(a.missing)} missing between ${s(a.previous)} and ${s(a.value)}` },
  RUBRIC_POINTS_DECREASING: {
    text: (a) => `${nodePrefix(a)}level ${s(a.value)} gives ${s(a.points)} points, less than level ${s(a.previous)} (${s(a.previousPoints)})`,
    hint: () => 'points must not decrease as the level rises',
  },
  RUBRIC_LOOKUP_OVERLAP: {
    text: (a) => `criterion ${s(a.code)}: value ${q(a.value)} in case ${s(a.case)} is already matched by case ${s(a.firstCase)}`,
    hint: () => 'matching ignores case and spaces; the first matching case wins',
  },
  RUBRIC_THRESHOLDS_ORDER: {
    text: (a) => `criterion ${s(a.code)}: step ${s(a.step)} (min ${s(a.min)}) can never apply after min ${s(a.previous)}`,
    hint: () => 'the first step met applies: write the highest bound first',
  },
  RUBRIC_LINEAR_CAP: { text: (a) => `criterion ${s(a.code)}: cap ${s(a.cap)} must be greater than floor ${s(a.floor)}` },
  RUBRIC_NUMBER_BOUNDS: { text: (a) => `criterion ${s(a.code)}: max ${s(a.max)} must be greater than min ${s(a.min)}` },
  RUBRIC_NUMBER_PERCENT: { text: (a) => `criterion ${s(a.code)}: percentAccepted is only for a 0–1 range (max 1), not max ${s(a.max)}` },
  RUBRIC_RATIO_SAME: { text: (a) => `criterion ${s(a.code)}: numerator and denominator are the same (${s(a.column)})` },
  RUBRIC_DEDUCTION_DEFAULT: { text: (a) => `criterion ${s(a.code)}: default ${s(a.value)} must be between 0 and ${s(a.max)}` },
  RUBRIC_DUPLICATE_BAND_CODE: { text: (a) => `band code ${q(a.band)} is already used at ${s(a.first)}` },
  RUBRIC_BAND_EMPTY: { text: (a) => `band ${s(a.band)} ${s(a.edges)} is empty`, hint: () => 'min must be less than max' },
  RUBRIC_BAND_ORDER: {
    text: (a) => `band ${s(a.band)} is written after ${s(a.previous)} but starts lower`,
    hint: () => 'write the bands lowest first',
  },
  RUBRIC_BAND_OVERLAP: {
    text: (a) => `band ${s(a.band)} ${s(a.edges)} overlaps ${s(a.previous)} ${s(a.previousEdges)}`,
    hint: () => 'a score must fall in exactly one band: make one edge inclusive and the other exclusive',
  },
  RUBRIC_BAND_GAP: {
    text: (a) => `gap ${s(a.gap)} between bands ${s(a.previous)} ${s(a.previousEdges)} and ${s(a.band)} ${s(a.edges)} (${reachText(a, 'en')})`,
    hint: () => 'a score in this gap has no predicate: make the lower band\'s max equal the upper band\'s min',
  },
  RUBRIC_BELOW_UNCOVERED: {
    text: (a) => `scores below ${s(a.min)} (lowest band ${s(a.band)}) are reachable but have no label (${reachText(a, 'en')})`,
    hint: () => 'add "outOfRange": { "below": { "code": ..., "label": ... } }',
  },
  RUBRIC_ABOVE_UNCOVERED: {
    text: (a) => `scores above ${s(a.max)} (highest band ${s(a.band)}) are reachable but have no label (${reachText(a, 'en')})`,
    hint: () => 'add "outOfRange": { "above": ... } or drop "max" from the highest band',
  },
  RUBRIC_BAND_UNREACHABLE: { text: (a) => `no score can fall in band ${s(a.band)} ${s(a.edges)} (${reachText(a, 'en')})` },

  // --- v2: profile, conditions, variants, composites, band sets, extends ---
  ...rubricV2,
};
