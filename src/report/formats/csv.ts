/** `csv`: one table per report for spreadsheets (`--csv-delimiter`); the analyses have no CSV. */
import type { OutputFormat } from './types.js';

export const csvFormat = {
  name: 'csv',
  extensions: ['.csv'],
  binary: false,
  description: { id: 'CSV untuk spreadsheet', en: 'CSV for spreadsheets' },
  renders: {
    agency: async (a, o) => (await import('../csv.js')).renderCsv(a, { lang: o.lang, delimiter: o.csvDelimiter ?? ',' }),
    batch: async (r, o) => [(await import('../batch-csv.js')).renderBatchCsv(r, { lang: o.lang, delimiter: o.csvDelimiter ?? ',' })],
  },
} as const satisfies OutputFormat<'csv'>;
