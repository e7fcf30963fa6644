/** `xlsx`: a scored workbook per assessment, and the ranking workbook of a batch (exceljs is loaded only here); no analysis workbook. */
import type { OutputFormat } from './types.js';

export const xlsxFormat = {
  name: 'xlsx',
  extensions: ['.xlsx'],
  binary: true,
  description: { id: 'buku kerja Excel', en: 'Excel workbook' },
  renders: {
    agency: async (a, o) => (await import('../xlsx.js')).renderXlsx(a, { lang: o.lang }),
    batch: async (r, o) => [await (await import('../national/xlsx.js')).renderNationalXlsx(r, { lang: o.lang, ...(o.groupBy !== undefined ? { groupBy: o.groupBy } : {}) })],
  },
} as const satisfies OutputFormat<'xlsx'>;
