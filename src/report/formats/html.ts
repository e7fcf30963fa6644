/** `html`: one self-contained page per assessment; no batch summary or analysis page. */
import type { OutputFormat } from './types.js';

export const htmlFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  binary: false,
  description: { id: 'halaman HTML mandiri (cetak A4)', en: 'self-contained HTML page (prints on A4)' },
  renders: {
    agency: async (a, o) => (await import('../html.js')).renderHtml(a, { lang: o.lang }),
  },
} as const satisfies OutputFormat<'html'>;
