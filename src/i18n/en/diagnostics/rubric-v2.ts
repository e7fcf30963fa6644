/** English words of the v2 diagnostics of src/rubric (merit-rubric/2: profile, variants, composites, band sets, extends). */
import { s, q, didYouMean } from '../../helpers/rubric.js';
import type { Mirror } from '../../types.js';
import type { rubricV2 as id } from '../../id/diagnostics/rubric-v2.js';

export const rubricV2: Mirror<typeof id> = {
  RUBRIC_DUPLICATE_PROFILE_CODE: {
    text: (a) => `profile code ${q(a.code)} is already used by ${a.node ? 'a node' : 'a profile question'} at ${s(a.first)}`,
    hint: () => 'a profile question is answered in the evidence sheet under its code, like a criterion: codes are unique across questions and nodes',
  },
  RUBRIC_PROFILE_UNKNOWN: {
    text: (a) => `profile question ${q(a.profile)} is not in "profile".${didYouMean(a, 'en')}`,
    hint: (a) => (s(a.questions) ? `profile questions: ${s(a.questions)}` : 'this rubric has no "profile"'),
  },
  RUBRIC_PROFILE_ANSWER_UNKNOWN: {
    text: (a) => `${q(a.value)} is not an answer of profile question ${q(a.profile)}.${didYouMean(a, 'en')}`,
    hint: (a) => `answers (their "value"): ${s(a.answers)}`,
  },
  RUBRIC_CRITERION_UNKNOWN: {
    text: (a) => `the condition names criterion ${q(a.criterion)}, but no criterion (leaf) has that code.${didYouMean(a, 'en')}`,
  },
  RUBRIC_CONDITION_SUBJECT: {
    text: (a) => (a.key === 'column' ? 'a condition on a "column" is only for rubrics with subject "record"' : `a condition on ${q(a.key)} is only for rubrics with subject "agency"`),
    hint: (a) => (a.key === 'column' ? 'in an agency rubric a condition uses "profile" (a profile question) or "criterion" (another criterion)' : 'in a record rubric a condition uses "column" (a record column)'),
  },
  RUBRIC_VARIANT_SUBJECT: {
    text: (a) =>
      a.reason === 'no-profile'
        ? `variant ${q(a.variant)}: ${s(a.code)} needs a "when" condition on a profile question`
        : `variant ${q(a.variant)}: ${s(a.code)} depends on question ${q(a.profile)}, but ${s(a.other)} on ${q(a.otherProfile)}`,
    hint: () => 'nodes sharing a variant name are alternatives: their conditions must be over one and the same profile question',
  },
  RUBRIC_VARIANT_OVERLAP: {
    text: (a) => `variant ${q(a.variant)}: both ${s(a.code)} and ${s(a.other)} apply for answer ${s(a.answers)}`,
    hint: () => 'exactly one variant applies for every answer: make their "in"/"notIn" lists disjoint',
  },
  RUBRIC_VARIANT_UNCOVERED: {
    text: (a) => `variant ${q(a.variant)}: none applies for answer ${s(a.answers)} of question ${q(a.profile)}`,
    hint: () => 'exactly one variant applies for every answer: add the answer to one of them',
  },
  RUBRIC_WEIGHTS_PERCENT_SUM: {
    text: (a) => `${s(a.code)}: its children's weights sum to ${s(a.sum)}, not 100 ("weightUnit": "percent")`,
    hint: () => 'weights in percent must add up to exactly 100',
  },
  RUBRIC_COMPOSITE_FALLBACK: {
    text: (a) =>
      a.reason === 'missing'
        ? `${s(a.code)}: required child ${s(a.child)} needs a "fallback" on its (composite) parent`
        : a.reason === 'not-child'
          ? `${s(a.code)}: fallback ${q(a.fallback)} is not a child of this node.${didYouMean(a, 'en')}`
          : a.reason === 'required'
            ? `${s(a.code)}: fallback ${q(a.fallback)} is itself "required", so it cannot stand in`
            : `${s(a.code)}: "fallback" is only for "aggregate": "composite"`,
    hint: () => 'without a required child\'s evidence the composite takes its "fallback" child\'s score (e.g. the maturity index) and is marked incomplete',
  },
  RUBRIC_COEFFICIENT_PARENT: {
    text: (a) => `${s(a.code)}: ${q(a.key)} only applies to a child of an "aggregate": "composite" group`,
  },
  RUBRIC_NOT_APPLICABLE_GROUP: {
    text: (a) => `${s(a.code)}: "notApplicable" is for criteria (leaves), not groups`,
    hint: () => 'a group that may not apply is written with a "when" condition',
  },
  RUBRIC_BANDSET_UNKNOWN: {
    text: (a) => `band set ${q(a.set)} is not in "bandSets".${didYouMean(a, 'en')}`,
    hint: (a) => (s(a.declared) ? `band sets: ${s(a.declared)}` : 'this rubric has no "bandSets"'),
  },
  RUBRIC_BAND_REQUIRES_UNKNOWN: {
    text: (a) =>
      a.reason === 'node'
        ? `band ${s(a.band)}: "of" names node ${q(a.of)}, which does not exist.${didYouMean(a, 'en')}`
        : a.reason === 'no-bands'
          ? `band ${s(a.band)}: no child of ${s(a.of)} has bands, so "atLeast" ${q(a.atLeast)} cannot be checked`
          : `band ${s(a.band)}: ${q(a.atLeast)} is not a band code of the children of ${s(a.of)}.${didYouMean(a, 'en')}`,
    hint: (a) => (s(a.known) ? `the children's band codes: ${s(a.known)}` : 'give the children "bands" of their own'),
  },
  RUBRIC_NORMALIZE_ZERO_MAX: { text: (a) => `${s(a.code)}: "normalize" has no effect because this node's maximum is always 0` },
  RUBRIC_EXTENDS_NOT_FOUND: {
    text: (a) => (a.path !== undefined ? `base rubric ${q(a.path)} not found` : `base rubric ${q(a.id)} is not a bundled rubric.${didYouMean(a, 'en')}`),
    hint: (a) => (a.path !== undefined ? 'the path is read relative to the extending file' : `bundled rubrics: ${s(a.bundled) || '(none)'}`),
  },
  RUBRIC_EXTENDS_VERSION: {
    text: (a) => `base rubric ${q(a.id)} is version ${s(a.found)}, not ${s(a.expected)} as "extends" says`,
    hint: () => 'review what changed in the base, then update "extends.version"',
  },
  RUBRIC_EXTENDS_CYCLE: { text: (a) => `"extends" goes round in a circle: ${s(a.chain)}` },
  RUBRIC_EXTENDS_DEPTH: { text: (a) => `the "extends" chain is deeper than ${s(a.max)}: ${s(a.chain)}` },
  RUBRIC_OVERRIDE_UNKNOWN_CODE: {
    text: (a) => `override of ${s(a.kind)}: the base rubric has no node with code ${q(a.code)}.${didYouMean(a, 'en')}`,
  },
};
