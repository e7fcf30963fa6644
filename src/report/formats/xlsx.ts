/** `xlsx`: a scored workbook per assessment (exceljs is loaded only here); no batch or analysis workbook. */
import type { OutputFormat } from './types.js';

export const xlsxFormat = {
  name: 'xlsx',
  extensions: ['.xlsx'],
  binary: true,
  description: { id: 'buku kerja Excel', en: 'Excel workbook' },
  renders: {
    agency: async (a, o) => (await import('../xlsx.js')).renderXlsx(a, { lang: o.lang }),
  },
} as const satisfies OutputFormat<'xlsx'>;
