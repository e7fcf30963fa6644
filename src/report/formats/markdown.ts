/** `md`: Markdown for a wiki or a pull request; the analyses have none. */
import type { OutputFormat } from './types.js';

export const markdownFormat = {
  name: 'md',
  extensions: ['.md', '.markdown'],
  binary: false,
  description: { id: 'Markdown', en: 'Markdown' },
  renders: {
    agency: async (a, o) => (await import('../markdown.js')).renderMarkdown(a, { lang: o.lang }),
    batch: async (r, o) => [(await import('../batch-markdown.js')).renderBatchMarkdown(r, { lang: o.lang })],
  },
} as const satisfies OutputFormat<'md'>;
