/**
 * Golden files under test/fixtures/golden/. `UPDATE_GOLDEN=1 npx vitest run test/report` rewrites
 * them from the current output; read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const GOLDEN_DIR = join(ROOT, 'test/fixtures/golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file ${name} is missing (run with UPDATE_GOLDEN=1 locally)`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  // Byte-exact: BOM, CRLF and trailing newlines are part of the contract.
  expect(actual, `output differs from ${name} (UPDATE_GOLDEN=1 to rewrite)`).toBe(readFileSync(file, 'utf8'));
}
