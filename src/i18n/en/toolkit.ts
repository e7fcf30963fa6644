/** English sentences of the rubric authors' toolkit: `merit rubric test | show --format md|html | diff | init`. */
import { s } from '../helpers/rubric.js';
import type { Sentence } from '../types.js';
import type { toolkit as id } from '../id/toolkit.js';

export const toolkit: Record<keyof typeof id, Sentence> = {
  testHead: (a) => `merit rubric test ${s(a.rubric)} ${s(a.version)}: ${s(a.count)} fixture${a.count === 1 ? '' : 's'}`,
  testPass: () => 'pass',
  testFail: () => 'fail',
  testBroken: () => 'broken',
  testWritten: () => 'expectation written',
  testMismatch: (a) => `${s(a.path)} ${s(a.field)}: expected ${s(a.expected)}, found ${s(a.found)}`,
  testSummary: (a) => `${s(a.pass)} passed, ${s(a.fail)} failed, ${s(a.broken)} broken${Number(a.written) ? `, ${s(a.written)} expectations written` : ''} (of ${s(a.total)} fixtures)`,
  testSuite: (a) => `fixtures of rubric ${s(a.rubric)}`,
  testMismatchCount: (a) => `${s(a.count)} mismatch${a.count === 1 ? '' : 'es'}`,
  testBrokenMessage: () => 'broken fixture',
  bookletKicker: () => 'Assessment booklet',
  bookletWeight: (a) => `max ${s(a.max)} points · ${s(a.percent)}% of the total`,
  bookletRawWeight: (a) => `weight ${s(a.weight)}`,
  bookletContents: () => 'Contents',
  bookletAbout: () => 'About this instrument',
  bookletVersion: () => 'Version',
  bookletMax: () => 'Maximum score',
  bookletBase: () => 'Builds on',
  bookletAnswers: () => 'Answers',
  bookletCode: () => 'Code',
  bookletCategory: () => 'Category',
  bookletRange: () => 'Range',
  bookletLevel: () => 'Level',
  bookletPoints: () => 'Points',
  bookletRequirement: () => 'What must be shown',
  bookletEvidence: () => 'Evidence',
  bookletRule: () => 'How it is scored',
  bookletOutOfRange: () => 'Out of range',
  bookletAspectBands: () => 'Aspect categories',
  bookletFooter: (a) => `Made by merit ${s(a.tool)} from rubric ${s(a.id)} ${s(a.version)} (sha256 ${s(a.sha)}…). Scores are computed with the merit score command.`,
};
