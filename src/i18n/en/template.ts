/** English words of the evidence template (`merit template`). */
import type { MissingPolicy } from '../../vocabulary.js';
import type { TemplateWords } from '../ui-types.js';
import { templateV2 } from './v2.js';

const MISSING: Record<MissingPolicy, string> = {
  zero: 'scores 0',
  exclude: 'is left out (of the maximum too)',
  error: 'is an error: every criterion must be filled in',
};

export const template: TemplateWords = {
  instructionsSheet: 'Instructions',
  instructionsTitle: 'How to fill in this evidence workbook',
  aspectHeaders: ['Aspect', 'Aspect group', 'Parent aspect'],
  subjectLabel: 'Agency:',
  periodLabel: 'Year:',
  rubricLine: (r, v, s) => `Rubric ${r} version ${v} (${s})`,
  seeInstructions: (sheet) => `see the ${sheet} sheet`,

  rubricKey: 'Rubric',
  version: (v) => `version ${v}`,
  statusKey: 'Status',
  official: "Official: weights and criteria are taken from the regulation's official annex.",
  legalKey: 'Legal basis',
  stepsKey: 'How to fill it in',
  steps: (o) => [
    `Open the ${o.evidenceSheet} sheet. Write the agency's name next to "${o.subjectLabel}" and the assessment year next to "${o.periodLabel}".`,
    `For every criterion, choose the level reached in the ${o.levelHeader} column from the list. What each level means and the points it gives are in the level cell's note (hover over the cell) and in the level tables below.`,
    `Write the supporting evidence (a link or a document name) in the ${o.evidenceHeader} column, and any remarks in the ${o.notesHeader} column.`,
    `The ${o.verifiedHeader} column is for the assessor (verifier), not for the agency. Where it is filled in, the verified level counts.`,
    `Leave a level cell empty when there is no evidence: under this rubric a criterion without evidence ${MISSING[o.missing]}.`,
    'Do not change the codes, the column headers or the hidden _merit sheet (the rubric\'s identity). Rows and columns may be resized.',
    `Score it: merit score <file> --rubric ${o.rubric}`,
  ],
  columnsKey: 'Columns',
  columnMeaning: {
    code: 'Criterion code from the rubric. Do not change it: rows are matched to the rubric by this code.',
    aspect: 'The aspect (top-level group) the criterion belongs to. For information only.',
    name: 'Criterion name. For information only.',
    level: "The agency's self-assessed level (choose from the list).",
    verified: 'The level after verification, filled in by the assessor. Where present, this level counts.',
    evidence: 'Supporting evidence: a link or a document name.',
    notes: "The agency's notes.",
    verifierNotes: "The assessor's notes.",
  },
  levelsKey: 'What the levels mean',
  levelsGeneral:
    "Level 0 means no evidence; a higher level means a more complete, evidenced practice. Each criterion's points per level are in its level cell's note.",
  levelsOf: (what) => `Levels of ${what}`,
  otherKindsKey: 'Criteria without levels',
  stampKey: 'The _merit sheet',
  stampText: (sheet) =>
    `The hidden ${sheet} sheet records the rubric's id, version and fingerprint (sha256). merit warns when this workbook is scored with another rubric or version.`,

  points: (p) => `${p} point${p === '1' ? '' : 's'}`,
  maxPoints: (p) => `max ${p} point${p === '1' ? '' : 's'}`,
  linearRule: (o) =>
    `Enter a number. Points = value × ${o.factor}${o.offset ? ` + ${o.offset}` : ''}, at least ${o.floor}, at most ${o.cap}${o.at ? ` (reached at ${o.at})` : ''}.`,
  thresholdStep: (op, min, p) => `${op} ${min} → ${p} point${p === '1' ? '' : 's'}`,
  otherwise: (p) => `otherwise → ${p} point${p === '1' ? '' : 's'}`,
  lookupDefault: (p) => `any other value → ${p} point${p === '1' ? '' : 's'}`,
  yes: 'Yes',
  no: 'No',
  chooseLevel: 'Choose a level',
  chooseValue: 'Choose a value',
  enterNumber: 'Enter a number',
  orPercent: 'or a percentage 0–100',
  invalidTitle: 'Invalid value',
  invalidList: (a) => `Choose one of: ${a}`,
  invalidNumber: (r) => `Enter a number ${r}.`,
  v2: templateV2,
};
