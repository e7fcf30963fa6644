/** `text`: the terminal report (colours on a terminal, plain in files), for every report type. */
import { plain, type OutputFormat } from './types.js';

export const textFormat = {
  name: 'text',
  extensions: ['.txt'],
  binary: false,
  description: { id: 'teks untuk terminal', en: 'text for the terminal' },
  renders: {
    agency: async (a, o) => (await import('../text.js')).renderText(a, { lang: o.lang, color: await plain(o), width: o.width, verbose: o.verbose }),
    batch: async (r, o) => [(await import('../batch-text.js')).renderBatchText(r, { lang: o.lang, color: await plain(o), width: o.width, verbose: o.verbose })],
    gap: async (a, g, o) => (await import('../gap.js')).renderGapText(a, g, { lang: o.lang, color: await plain(o), width: o.width }),
    diff: async (a, b, d, o) => (await import('../diff.js')).renderDiffText(a, b, d, { lang: o.lang, color: await plain(o), width: o.width, verbose: o.verbose }),
    explain: async (input, e, o) => (await import('../explain.js')).renderExplainText(input, e, { lang: o.lang, color: await plain(o), width: o.width }),
  },
} as const satisfies OutputFormat<'text'>;
