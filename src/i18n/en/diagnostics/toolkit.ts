/** English words of the diagnostics of the rubric authors' toolkit (`merit rubric test|diff|init|import|export`). */
import { a } from '../../helpers/cli.js';
import type { Mirror } from '../../types.js';
import type { toolkit as id } from '../../id/diagnostics/toolkit.js';

const REASON: Record<string, string> = {
  additionalProperties: 'unknown key',
  type: 'wrong type of value',
  number: 'not a number (write 288.5 or "288.5")',
  pattern: 'malformed text',
  enum: 'value not allowed',
  uniqueItems: 'a code is repeated',
  minProperties: 'empty object',
  minLength: 'empty text',
  required: 'a required key is missing',
};

export const toolkit: Mirror<typeof id> = {
  TEST_EXPECT_INVALID: {
    text: (x) => `invalid expectation file: ${REASON[a(x.reason)] ?? a(x.reason)}${x.key !== undefined ? ` "${a(x.key)}"` : ''}${x.expected !== undefined ? ` (expected ${a(x.expected)})` : ''}`,
    hint: () => 'known keys: $schema, description, profile, score, predicate, coverage, nodes, diagnostics (schema: schemas/merit-rubric-test-1.schema.json)',
  },
  TEST_NO_EXPECTATION: {
    text: (x) => `no expectation file ${a(x.file)}`,
    hint: () => 'write one with `merit rubric test RUBRIC FILE --update`, then check what it says',
  },
  TEST_EXPECT_UNKNOWN_NODE: {
    text: (x) => `node ${a(x.code)} is not in rubric ${a(x.rubric)}`,
    hint: () => 'list the node codes with `merit rubric show`',
  },
  TEST_NO_FIXTURES: {
    text: (x) => `rubric ${a(x.rubric)} has no fixture folder ${a(x.dir)}`,
    hint: () => 'name fixture files or folders after the rubric, or create that folder (`merit rubric init` does)',
  },
};
