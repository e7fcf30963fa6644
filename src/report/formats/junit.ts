/**
 * `junit`: JUnit XML for CI, one test case per input with its gates. A batch summary only; under
 * --output-dir each input gets the summary of a batch of one.
 */
import type { OutputFormat } from './types.js';

export const junitFormat = {
  name: 'junit',
  extensions: ['.xml'],
  binary: false,
  description: { id: 'JUnit XML untuk CI', en: 'JUnit XML for CI' },
  renders: {
    batch: async (r, o) => [(await import('../batch-junit.js')).renderBatchJunit(r, { lang: o.lang, deterministic: o.deterministic })],
  },
} as const satisfies OutputFormat<'junit'>;
