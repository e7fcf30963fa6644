/** Validates gap, diff and explain JSON against their schemas in schemas/ (strict ajv, 2020-12). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const validators = new Map<string, ReturnType<Ajv2020['compile']>>();

function validator(name: 'gap' | 'diff' | 'explain') {
  let v = validators.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync(join(ROOT, `schemas/merit-${name}-1.schema.json`), 'utf8')) as object;
    validators.set(name, (v = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema)));
  }
  return v;
}

/** Asserts that `json` (text or parsed) is a valid merit-<name>/1 document; returns it parsed. */
export function expectValid(name: 'gap' | 'diff' | 'explain', json: unknown): Record<string, unknown> {
  const value = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  const v = validator(name);
  expect(v(value) ? [] : v.errors, `not a valid merit-${name}/1`).toEqual([]);
  return value;
}
