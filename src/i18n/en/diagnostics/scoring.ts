/** English words of the diagnostics of src/scoring. Codes are stable: never rename one. */
import { arg } from '../../format.js';
import { column, criterion, allowed, v, policyWord, records } from '../../helpers/scoring.js';
import type { Mirror } from '../../types.js';
import type { scoring as id } from '../../id/diagnostics/scoring.js';

export const scoring: Mirror<typeof id> = {
  SCORE_REQUIRED_EMPTY: {
    text: (a) => `the required column ${JSON.stringify(arg(a.header))} is empty; this row is not scored`,
    hint: () => 'fill in this cell and score again',
  },
  SCORE_NO_CONDITION_MATCH: {
    text: (a) => `${JSON.stringify(arg(a.value))} in column ${JSON.stringify(arg(a.header))} matches no scoring path of ${arg(a.code)}; this row is not scored`,
    hint: (a) => `known values: ${arg(a.expected)}`,
  },
  SCORE_DUPLICATE_RECORD_ID: {
    text: (a) => `${arg(a.header)} ${JSON.stringify(arg(a.value))} already appears on row ${arg(a.first)}; both rows are counted`,
    hint: () => 'remove the duplicate row so every employee counts once',
  },
  SCORE_MISSING_VALUES: { text: (a) => `column ${JSON.stringify(arg(a.header))} (${arg(a.code)}) is empty in ${records(a.count, 'en')} (first on row ${arg(a.firstRow)}): ${policyWord(a, 'en')}` },
  SCORE_ROWS_SKIPPED: {
    text: (a) =>
      `${records(a.skipped, 'en')} of ${arg(a.rows)} were not scored and are left out of the population mean (${arg(a.errors)} error${Number(a.errors) === 1 ? '' : 's'}` +
      (Number(a.errors) > Number(a.listed) ? `; the first ${arg(a.listed)} are listed` : '') +
      ')',
    hint: () => 'fix the cells named, or see every row in the --records file',
  },
  SCORE_WARNINGS_CAPPED: { text: (a) => `${arg(a.total)} row warnings; the first ${arg(a.listed)} are listed` },
  SCORE_NO_RECORDS: { text: (a) => (Number(a.rows) === 0 ? 'the file holds no data rows below the header' : 'not one row could be scored') },
  SCORE_RECORD_RUBRIC: {
    text: (a) => `rubric ${arg(a.rubric)} scores records (employees), not agencies; an agency evidence sheet is not scored with it`,
    hint: () => 'choose an agency rubric (for example --rubric kasn-2019)',
  },
  SCORE_UNKNOWN_CODE: {
    text: (a) =>
      a.group
    ? `code ${v(a)} is an aspect/group code, not a criterion; levels are given per criterion, so this row is ignored`
    : `code ${v(a)} is not in the rubric; this row is ignored`,
    hint: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : 'list the codes with `merit rubric show`'),
  },
  SCORE_DUPLICATE_CODE: {
    text: (a) =>
      `code ${v(a)} appears again (first at ${arg(a.first)}); the first row is used` + (a.same ? ', and both rows hold the same values' : ', and the values differ'),
    hint: () => 'remove the duplicate row so it is clear which level counts',
  },
  SCORE_ROW_WITHOUT_CODE: { text: () => 'this row has a level but no criterion code; it is ignored', hint: () => 'fill in the Code column' },
  SCORE_DIAGNOSTICS_FOLDED: {
    text: (a) =>
      `and ${arg(a.count)} more ${FOLDED_EN[String(a.of)] ?? `like this [${arg(a.of)}]`}${a.last !== undefined ? `, up to ${arg(a.last)}` : ''}; not listed one by one`,
    hint: (a) => `the first ${arg(a.listed)} are listed one by one`,
  },
  SCORE_NO_ROWS: { text: () => 'the evidence file holds no criterion rows', hint: () => 'make a fill-in workbook with `merit template`' },
  SCORE_MISSING_EVIDENCE: { text: (a) => `criterion ${arg(a.code)} ${a.hasRow ? 'has no level' : 'has no row in the evidence file'}: ${policyWord(a, 'en')}` },
  SCORE_LEVEL_NOT_A_NUMBER: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a level number`,
    hint: (a) => `allowed levels: ${allowed(a)}`,
  },
  SCORE_LEVEL_NOT_INTEGER: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a whole number`,
    hint: (a) => `allowed levels: ${allowed(a)}`,
  },
  SCORE_LEVEL_OUT_OF_RANGE: { text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is out of range; allowed levels: ${allowed(a)}` },
  SCORE_NUMBER_AMBIGUOUS: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} may use a thousands separator; merit does not guess`,
    hint: () => 'write the number without thousands separators (1000, 1.5 or 1,5)',
  },
  SCORE_NOT_A_NUMBER: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a number`,
    hint: () => 'write a plain number, for example 85 or 3.5',
  },
  SCORE_LOOKUP_NO_MATCH: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} matches none of the rubric's choices`,
    hint: (a) => `choices: ${allowed(a)}`,
  },
  SCORE_NUMBER_OUT_OF_RANGE: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is outside ${arg(a.min)}–${arg(a.max)}`,
    hint: (a) => (a.percent ? `write a number ${arg(a.min)}–${arg(a.max)} or a percentage 0–100` : `write a number ${arg(a.min)}–${arg(a.max)}`),
  },
  SCORE_RATIO_INVALID: { text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not a ratio`, hint: () => 'write two numbers, for example 12/20 (denominator above 0)' },
  SCORE_PROFILE_MISSING: {
    text: (a) => `profile question ${arg(a.code)} (${arg(a.label)}) is not answered`,
    hint: (a) => `fill in the ${arg(a.code)} row with one of: ${arg(a.allowed)}, or use --profile ${arg(a.code)}=VALUE`,
  },
  SCORE_PROFILE_UNKNOWN: {
    text: (a) => `answer ${JSON.stringify(arg(a.value))} to profile question ${arg(a.code)} is not one of its answers`,
    hint: (a) => `${a.suggestion ? `did you mean ${arg(a.suggestion)}? ` : ''}allowed answers: ${arg(a.allowed)}`,
  },
  SCORE_PROFILE_UNKNOWN_QUESTION: {
    text: (a) => `--profile ${arg(a.value)}: the rubric has no such profile question`,
    hint: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : `profile questions: ${arg(a.questions) || '(none)'}`),
  },
  SCORE_NO_MATCHING_CODES: {
    text: (a) => `none of the ${arg(a.rows)} codes in this file is a criterion of rubric ${arg(a.rubric)}: the file was made for another rubric`,
    hint: (a) => (a.matches ? `this file's codes match: ${arg(a.matches)}; use --rubric` : 'check --rubric, or make a new workbook with `merit template`'),
  },
  SCORE_PROFILE_IGNORED: {
    text: (a) => `--profile is ignored: rubric ${arg(a.rubric)} (merit-rubric/1) has no profile questions`,
    hint: () => 'profile questions are part of merit-rubric/2 rubrics, for example panrb-19-2025',
  },
  SCORE_PROFILE_OVERRIDDEN: { text: (a) => `profile question ${arg(a.code)}: the command line's ${JSON.stringify(arg(a.value))} replaces the file's ${JSON.stringify(arg(a.file))}` },
  SCORE_NOT_APPLICABLE_REFUSED: {
    text: (a) => `criterion ${arg(a.code)}: ${JSON.stringify(arg(a.value))} (not applicable) is not allowed for this criterion`,
    hint: () => 'the rubric does not say this criterion may be declared not applicable; fill in its level',
  },
  SCORE_BOOLEAN_INVALID: {
    text: (a) => `${column(a, 'en')} ${v(a)}${criterion(a)} is not yes/no`,
    hint: () => 'write yes or no (also: ya/tidak, y/n, 1/0, ✓/-)',
  },
  SCORE_VERIFIED_DIFFERS: { text: (a) => `criterion ${arg(a.code)}: verified level ${arg(a.verified)} differs from the self-assessed ${arg(a.self)}; the verified level counts` },
  SCORE_STAMP_MISMATCH: {
    text: (a) =>
      `the evidence workbook was made for rubric ${arg(a.stampId)}@${arg(a.stampVersion)}, but is scored with ${arg(a.rubricId)}@${arg(a.rubricVersion)}`,
    hint: (a) => `use --rubric ${arg(a.stampId)} or make a new workbook with \`merit template\``,
  },
  SCORE_STAMP_HASH_MISMATCH: { text: (a) => `rubric file ${arg(a.rubricId)}@${arg(a.rubricVersion)} changed since the workbook was made (same version, different content)` },
  SCORE_CONDITION_IGNORED: {
    text: (a) => `node ${arg(a.code)} has a \`when\` condition (column ${arg(a.column)}); agency rubrics have no columns, so it is ignored and the node always counts`,
    hint: () => '`when` conditions apply to record rubrics (subject: record) only',
  },
  SCORE_ASSUME_UNKNOWN_CODE: {
    text: (a) => (a.group ? `--assume ${v(a)}: an aspect/group code; assume a level per criterion` : `--assume ${v(a)}: code not in the rubric`),
    hint: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : 'list the codes with `merit rubric show`'),
  },
  SCORE_ASSUME_DUPLICATE: { text: (a) => `--assume for ${arg(a.code)} was given more than once; the last one (${JSON.stringify(arg(a.value))}) is used` },
  SCORE_GATE_UNKNOWN_BAND: {
    text: (a) => `--min-predicate ${v(a)}: no such predicate code in the rubric`,
    hint: (a) => `known codes: ${arg(a.known)}`,
  },
  SCORE_GATE_UNKNOWN_NODE: {
    text: (a) => `--min-aspect ${v(a)}: no such aspect code in the rubric`,
    hint: (a) => (a.suggestion ? `did you mean ${arg(a.suggestion)}?` : 'list the codes with `merit rubric show`'),
  },
  SCORE_GATE_NODE_NO_BANDS: {
    text: (a) => `--min-aspect ${arg(a.code)}=${arg(a.value)}: node ${arg(a.code)} has no categories of its own`,
    hint: (a) => `give a minimum score, e.g. --min-aspect ${arg(a.code)}=10`,
  },
  SCORE_GATE_ASPECT_UNKNOWN_BAND: {
    text: (a) => `--min-aspect ${arg(a.code)}=${arg(a.value)}: no such category for node ${arg(a.code)}`,
    hint: (a) => `${a.suggestion ? `did you mean ${arg(a.suggestion)}? ` : ''}known categories: ${arg(a.known)}`,
  },
};

/** What a folded diagnostic was about, as "and N more …" goes on. */
const FOLDED_EN: Readonly<Record<string, string>> = {
  SCORE_UNKNOWN_CODE: 'rows whose code is not in the rubric (ignored)',
  SCORE_DUPLICATE_CODE: 'rows repeating a code already used (ignored)',
  SCORE_ROW_WITHOUT_CODE: 'rows with a level but no code (ignored)',
};
