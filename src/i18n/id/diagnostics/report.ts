/** Indonesian words of the diagnostics of src/report (reading saved reports). Codes are stable: never rename one. */
import { arg } from '../../format.js';
import type { Catalog } from '../../types.js';

export const report = {
  REPORT_NOT_FOUND: { text: () => 'berkas laporan tidak ditemukan' },
  REPORT_UNREADABLE: { text: (a) => `berkas laporan tidak dapat dibaca (${arg(a.reason)})` },
  REPORT_TOO_LARGE: { text: (a) => `berkas laporan terlalu besar (${arg(a.size)} byte; batas ${arg(a.limit)})` },
  REPORT_TOO_DEEP: { text: (a) => `laporan bersarang lebih dari ${arg(a.max)} tingkat; laporan merit tidak sedalam ini` },
  REPORT_NOT_JSON: {
    text: (a) => `berkas .json ini bukan JSON yang sah: ${arg(a.reason)}`,
    hint: () => 'buat laporan dengan `merit score BERKAS -f json -o laporan.json`',
  },
  REPORT_UNSUPPORTED_SCHEMA: {
    text: (a) => (a.found ? `laporan berformat ${arg(a.found)} tidak didukung; yang dibaca hanya ${arg(a.expected)}` : `berkas ini bukan laporan merit (${arg(a.expected)})`),
    hint: () => 'berikan laporan satu berkas (`merit score BERKAS -f json`), atau berkas buktinya',
  },
  REPORT_INVALID: { text: (a) => `laporan tidak sesuai skema merit-report/1: ${arg(a.detail)}${a.more ? ` (dan ${arg(a.more)} galat lain)` : ''}` },
} satisfies Record<string, Catalog[string]>;
