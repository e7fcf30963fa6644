/** docs/rubric-format.md stays true: its worked example is a valid rubric, and it lists every code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../helpers/words.js';
import { validateRubricText } from '../../src/rubric/validate.js';

const rubricMessages = catalogOf('rubric');

const doc = readFileSync(join(import.meta.dirname, '../../docs/rubric-format.md'), 'utf8');

describe('docs/rubric-format.md', () => {
  it('has a worked example that is a valid rubric without warnings', async () => {
    const section = doc.slice(doc.indexOf('## Worked example'));
    const json = /```json\n([\s\S]*?)\n```/.exec(section)![1]!;
    const r = await validateRubricText(json, 'docs/rubric-format.md');
    expect(r.diagnostics).toEqual([]);
    expect(r.rubric?.id).toBe('contoh-2024');
  });

  it('documents every rubric diagnostic code', () => {
    const missing = Object.keys(rubricMessages).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('documents every top-level key of the schema', async () => {
    const schema = (await import('../../rubrics/schema/rubric-1.schema.json', { with: { type: 'json' } })).default as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(doc, key).toContain(`| \`${key}\` |`);
  });
});
