/** Validates a report against schemas/merit-report-1.schema.json (shared by report and CLI tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/merit-report-1.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** Asserts that `report` (a parsed object or JSON text) is a valid merit-report/1. */
export function expectValidReport(report: unknown): void {
  const value = typeof report === 'string' ? (JSON.parse(report) as unknown) : report;
  const ok = validate(value);
  expect(ok ? [] : validate.errors, 'report does not match merit-report/1').toEqual([]);
}
