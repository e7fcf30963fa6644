/** English sentences of `merit rubric validate|list|show` (not diagnostics). */
import { s, warnCount } from '../helpers/rubric.js';
import type { Args } from '../../diagnostics.js';
import type { Sentence } from '../types.js';
import type { rubricText as id, rubricWords as idWords } from '../id/rubric-text.js';

/** Words for a rubric's status, subject, missing-evidence policy and provenance confidence. */
export const rubricWords: typeof idWords = {
  status: { official: 'official', provisional: 'provisional' },
  subject: { agency: 'agency', record: 'per record (employee)' },
  missing: { zero: 'scored 0', exclude: 'excluded', error: 'error' },
  confidence: { confirmed: 'confirmed', inferred: 'inferred', uncertain: 'uncertain' },
};

const confidence = (c: Args[string]): string => rubricWords.confidence[s(c) as keyof typeof rubricWords.confidence] ?? s(c);

export const rubricText: Record<keyof typeof id, Sentence> = {
  valid: (a) => `${s(a.file)}: valid${warnCount(a, 'en')}`,
  invalid: (a) => `${s(a.file)}: invalid (${s(a.errors)} error${a.errors === 1 ? '' : 's'}${Number(a.warnings) ? `, ${s(a.warnings)} warning${a.warnings === 1 ? '' : 's'}` : ''})`,
  summary: (a) => `${s(a.valid)} of ${s(a.total)} rubrics valid`,
  noRubrics: () => 'no bundled rubrics',
  headId: () => 'ID',
  headVersion: () => 'VERSION',
  headStatus: () => 'STATUS',
  headSubject: () => 'SUBJECT',
  headTitle: () => 'TITLE',
  headCode: () => 'CODE',
  headName: () => 'NAME',
  headMax: () => 'MAX',
  headShare: () => 'SHARE',
  headBand: () => 'BAND',
  headRange: () => 'RANGE',
  headLabel: () => 'LABEL',
  status: () => 'Status',
  subject: () => 'Subject',
  legalBasis: () => 'Legal basis',
  range: () => 'Score range',
  rounding: () => 'Rounding',
  missing: () => 'Missing evidence',
  sha256: () => 'sha256',
  tree: () => 'Structure',
  bands: () => 'Bands',
  below: () => 'below range',
  above: () => 'above range',
  columns: () => 'Columns',
  population: () => 'Population',
  groupBy: () => 'grouped by',
  recordId: () => 'record id',
  provenance: () => 'source',
  warnings: () => 'Warnings',
  none: () => 'none',
  when: (a) => `when ${s(a.column)} ${a.negate ? '∉' : '∈'} {${s(a.values)}}`,
  weightedMean: (a) => `weighted mean × ${s(a.scale)}`,
  sum: () => 'sum',
  cap: (a) => `cap ${s(a.cap)}`,
  weight: (a) => `weight ${s(a.weight)}`,
  kindLevels: (a) => `levels ${s(a.values)}`,
  kindLookup: (a) => `lookup, ${s(a.count)} cases`,
  kindThresholds: (a) => `thresholds, ${s(a.count)} steps`,
  kindLinear: (a) => `linear × ${s(a.factor)}`,
  kindBoolean: () => 'yes/no',
  kindNumber: (a) => `number ${s(a.min)}–${s(a.max)}${a.unit ? ` ${s(a.unit)}` : ''}${a.percent ? ' (or percent)' : ''}${a.points !== '' ? ` → 0–${s(a.points)} points` : ''}`,
  kindRatio: (a) => `ratio ${s(a.numerator)} / ${s(a.denominator)} × ${s(a.points)}`,
  kindDeduction: (a) => `deduction 0–${s(a.max)}${a.unit ? ` ${s(a.unit)}` : ''}`,
  roundStep: (a) => `multiples of ${s(a.step)} (${s(a.mode)})`,
  roundDecimals: (a) => `${s(a.decimals)} decimals (${s(a.mode)})`,
  roundNone: () => 'none',
  provisionalRubric: () => 'this rubric is PROVISIONAL: some numbers are inferred, not taken from the official annex',
  provisionalPart: (a) => `${s(a.what)} ${s(a.code)}${a.name ? ` (${s(a.name)})` : ''}: ${confidence(a.confidence)} — ${s(a.source)}`,
  whatNode: () => 'node',
  whatBand: () => 'band',
  whatRubric: () => 'rubric',
  shareNote: () => 'SHARE = effective part of the total maximum score',
};
