/** Indonesian sentences of the rubric authors' toolkit: `merit rubric test | show --format md|html | diff | init`. */
import { s } from '../helpers/rubric.js';
import type { Sentence } from '../types.js';

export const toolkit = {
  // rubric test
  testHead: (a) => `merit rubric test ${s(a.rubric)} ${s(a.version)}: ${s(a.count)} fixture`,
  testPass: () => 'lulus',
  testFail: () => 'gagal',
  testBroken: () => 'rusak',
  testWritten: () => 'harapan ditulis',
  testMismatch: (a) => `${s(a.path)} ${s(a.field)}: diharapkan ${s(a.expected)}, ditemukan ${s(a.found)}`,
  testSummary: (a) => `${s(a.pass)} lulus, ${s(a.fail)} gagal, ${s(a.broken)} rusak${Number(a.written) ? `, ${s(a.written)} harapan ditulis` : ''} (dari ${s(a.total)} fixture)`,
  testSuite: (a) => `fixture rubrik ${s(a.rubric)}`,
  testMismatchCount: (a) => `${s(a.count)} ketidakcocokan`,
  testBrokenMessage: () => 'fixture rusak',
} satisfies Record<string, Sentence>;
