/** English words of the diagnostics of src/report (reading saved reports). Codes are stable: never rename one. */
import { arg } from '../../format.js';
import type { Mirror } from '../../types.js';
import type { report as id } from '../../id/diagnostics/report.js';

export const report: Mirror<typeof id> = {
  REPORT_NOT_FOUND: { text: () => 'report file not found' },
  REPORT_UNREADABLE: { text: (a) => `cannot read the report file (${arg(a.reason)})` },
  REPORT_TOO_LARGE: { text: (a) => `the report file is too large (${arg(a.size)} bytes; limit ${arg(a.limit)})` },
  REPORT_TOO_DEEP: { text: (a) => `the report nests more than ${arg(a.max)} levels deep; no merit report is this deep` },
  REPORT_NOT_JSON: {
    text: (a) => `this .json file is not valid JSON: ${arg(a.reason)}`,
    hint: () => 'make a report with `merit score FILE -f json -o report.json`',
  },
  REPORT_UNSUPPORTED_SCHEMA: {
    text: (a) => (a.found ? `a ${arg(a.found)} report is not supported; only ${arg(a.expected)} can be read` : `this file is not a merit report (${arg(a.expected)})`),
    hint: () => 'give a single-file report (`merit score FILE -f json`), or the evidence file itself',
  },
  REPORT_INVALID: { text: (a) => `the report does not match merit-report/1: ${arg(a.detail)}${a.more ? ` (and ${arg(a.more)} more errors)` : ''}` },
};
