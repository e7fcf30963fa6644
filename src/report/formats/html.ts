/** `html`: one self-contained page per assessment, and the national dashboard of a batch; no analysis page. */
import type { OutputFormat } from './types.js';

export const htmlFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  binary: false,
  description: { id: 'halaman HTML mandiri (cetak A4)', en: 'self-contained HTML page (prints on A4)' },
  renders: {
    agency: async (a, o) => (await import('../html.js')).renderHtml(a, { lang: o.lang }),
    batch: async (r, o) => [
      (await import('../national/html.js')).renderNationalHtml(r, { lang: o.lang, ...(o.groupBy !== undefined ? { groupBy: o.groupBy } : {}), ...(o.links ? { links: o.links } : {}) }),
    ],
  },
} as const satisfies OutputFormat<'html'>;
