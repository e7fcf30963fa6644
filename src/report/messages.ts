/** Diagnostic words for src/report (id first, en second). Codes are stable: never rename one. */
import { arg, type MessageCatalog } from '../diagnostics.js';

export const reportMessages: MessageCatalog = {
  REPORT_NOT_FOUND: {
    id: () => 'berkas laporan tidak ditemukan',
    en: () => 'report file not found',
  },
  REPORT_UNREADABLE: {
    id: (a) => `berkas laporan tidak dapat dibaca (${arg(a.reason)})`,
    en: (a) => `cannot read the report file (${arg(a.reason)})`,
  },
  REPORT_TOO_LARGE: {
    id: (a) => `berkas laporan terlalu besar (${arg(a.size)} byte; batas ${arg(a.limit)})`,
    en: (a) => `the report file is too large (${arg(a.size)} bytes; limit ${arg(a.limit)})`,
  },
  REPORT_NOT_JSON: {
    id: (a) => `berkas .json ini bukan JSON yang sah: ${arg(a.reason)}`,
    en: (a) => `this .json file is not valid JSON: ${arg(a.reason)}`,
    hint: { id: () => 'buat laporan dengan `merit score BERKAS -f json -o laporan.json`', en: () => 'make a report with `merit score FILE -f json -o report.json`' },
  },
  REPORT_UNSUPPORTED_SCHEMA: {
    id: (a) => (a.found ? `laporan berformat ${arg(a.found)} tidak didukung; yang dibaca hanya ${arg(a.expected)}` : `berkas ini bukan laporan merit (${arg(a.expected)})`),
    en: (a) => (a.found ? `a ${arg(a.found)} report is not supported; only ${arg(a.expected)} can be read` : `this file is not a merit report (${arg(a.expected)})`),
    hint: {
      id: () => 'berikan laporan satu berkas (`merit score BERKAS -f json`), atau berkas buktinya',
      en: () => 'give a single-file report (`merit score FILE -f json`), or the evidence file itself',
    },
  },
  REPORT_INVALID: {
    id: (a) => `laporan tidak sesuai skema merit-report/1: ${arg(a.detail)}${a.more ? ` (dan ${arg(a.more)} galat lain)` : ''}`,
    en: (a) => `the report does not match merit-report/1: ${arg(a.detail)}${a.more ? ` (and ${arg(a.more)} more errors)` : ''}`,
  },
};
