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

const INIT_EXPECTED: Record<string, string> = {
  '--id': 'lower-case letters, digits and dashes (e.g. merit-system-2027)',
  '--aspects': 'a number of aspects 1–50, or their names separated by commas',
  '--criteria': 'a number of criteria per aspect 1–50',
  '--scale': 'lowest-highest level, e.g. 0-4 (0–10)',
  '--version': 'a semantic version MAJOR.MINOR.PATCH',
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
  INIT_EXISTS: {
    text: (x) => `${a(x.file)} already exists`,
    hint: () => 'choose another --id or --dir, or overwrite with --force',
  },
  INIT_BAD_OPTION: {
    text: (x) => `${a(x.option)} '${a(x.value)}' is not valid: ${INIT_EXPECTED[a(x.option)] ?? ''}`,
    hint: () => 'see `merit rubric init --help`',
  },
  INIT_FROM_NOT_BUNDLED: {
    text: (x) => `--from '${a(x.value)}' is not a bundled rubric; there are: ${a(x.ids)}`,
    hint: () => 'list the bundled rubrics with `merit rubric list`',
  },
  IMPORT_NO_SHEET: {
    text: (x) => `no sheet ${a(x.sheet)}`,
    hint: () => 'the criteria-sheet layout: docs/rubric-sheet.md (make an example with `merit rubric export kasn-2019 -o example.xlsx`)',
  },
  IMPORT_BAD_JSON: {
    text: (x) => `column ${a(x.column)} must hold valid JSON`,
    hint: () => 'e.g. {"cap": 40} or ["a", "b"]; texts in double quotes',
  },
  IMPORT_BAD_NUMBER: {
    text: (x) => `${a(x.column)}: '${a(x.value)}' is not a number`,
  },
  IMPORT_BAD_CONDITION: {
    text: (x) => `cannot read the condition '${a(x.value)}'`,
    hint: () => 'write e.g. "profile jenis_instansi ∈ pusat, provinsi", "criterion 6.3a ∉ tidak", or JSON {"profile": "...", "in": [...]}',
  },
  IMPORT_SECOND_ROOT: {
    text: (x) => `${a(x.code)} has no parent, but the root is already ${a(x.root)}`,
    hint: () => 'only one row (the root) leaves the parent column empty',
  },
  IMPORT_UNKNOWN_PARENT: {
    text: (x) => `parent ${a(x.parent)} of ${a(x.code)} is not on an earlier row (or is not a group)`,
    hint: () => 'write a parent before its children; a parent must be a group (kind: group or an aggregate)',
  },
  IMPORT_UNKNOWN_BAND_OWNER: {
    text: (x) => `unknown band set ${a(x.value)}`,
    hint: () => 'empty for the rubric bands, set:NAME for a band set, node:CODE for a node\'s own bands',
  },
};
