/** `json`: the machine-readable documents (merit-report/1, merit-batch/1, merit-gap/1, merit-diff/1, merit-explain/1). */
import type { OutputFormat } from './types.js';

export const jsonFormat = {
  name: 'json',
  extensions: ['.json'],
  binary: false,
  description: { id: 'JSON (skema merit-report/1 dkk.)', en: 'JSON (merit-report/1 and friends)' },
  renders: {
    agency: async (a, o) => (await import('../json.js')).renderJson(a, { deterministic: o.deterministic }),
    batch: async (r, o) => (await import('../batch-json.js')).batchJsonChunks(r, { deterministic: o.deterministic }),
    gap: async (a, g) => (await import('../gap.js')).renderGapJson(a, g),
    diff: async (a, b, d) => (await import('../diff.js')).renderDiffJson(a, b, d),
    explain: async (input, e) => (await import('../explain.js')).renderExplainJson(input, e),
  },
} as const satisfies OutputFormat<'json'>;
