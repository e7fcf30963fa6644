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
};
