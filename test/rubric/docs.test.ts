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

describe('docs/rubric-format-v2.md', () => {
  const v2doc = readFileSync(join(import.meta.dirname, '../../docs/rubric-format-v2.md'), 'utf8');
  const fixture = readFileSync(join(import.meta.dirname, '../fixtures/rubrics/v2/contoh-2026.json'), 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(v2doc.slice(v2doc.indexOf('## Worked example')))![1]!;

  it('has a worked example that is a valid v2 rubric without warnings: the test fixture contoh-2026', async () => {
    const r = await validateRubricText(example, 'docs/rubric-format-v2.md');
    expect(r.diagnostics).toEqual([]);
    const { $schema: _a, ...doc } = JSON.parse(example);
    const { $schema: _b, ...fix } = JSON.parse(fixture);
    expect(doc).toEqual(fix);
  });

  it('documents every key the v2 schema adds, at the top level and on nodes', async () => {
    const v1 = (await import('../../rubrics/schema/rubric-1.schema.json', { with: { type: 'json' } })).default as unknown as Schema;
    const v2 = (await import('../../rubrics/schema/rubric-2.schema.json', { with: { type: 'json' } })).default as unknown as Schema;
    const added = (a: Record<string, unknown>, b: Record<string, unknown> = {}) => Object.keys(a).filter((k) => !(k in b));
    for (const key of added(v2.properties, v1.properties)) expect(v2doc, key).toContain(`| \`${key}\` |`);
    const nodeKeys = [...added(v2.$defs.groupNode!.properties, v1.$defs.groupNode!.properties), ...added(v2.$defs.leafNode!.properties, v1.$defs.leafNode!.properties)];
    for (const key of nodeKeys) expect(v2doc, key).toContain(`| \`${key}\` |`);
  });

  it('its worked scores are what merit computes', async () => {
    const { scoreAgency } = await import('../../src/scoring/score.js');
    const { find, loaded, table } = await import('../scoring/helpers.js');
    const L = loaded(JSON.parse(fixture));
    const rows = [
      { code: 'JENIS', level: 'Instansi Daerah' },
      { code: 'A.1', level: 3 },
      { code: 'A.2d', level: 4 },
      { code: 'B.1', level: 2 },
      { code: 'B.2', level: 'TB' },
      { code: 'SUR', level: '80%' },
      { code: 'KOR', level: 0.05 },
    ];
    const a = scoreAgency(L, table(rows));
    expect([find(a.root, 'A').score, find(a.root, 'B').score, find(a.root, 'MAT').unrounded, find(a.root, 'MAT').score].map(String)).toEqual(['0.875', '0.5', '0.725', '0.73']);
    expect([find(a.root, 'A').category?.code, find(a.root, 'B').category?.code, find(a.root, 'MAT').category?.code]).toEqual(['TINGGI', 'MENENGAH', 'MENENGAH']);
    expect(find(a.root, 'A.2p').status).toBe('not-applicable');
    expect([a.unroundedScore, a.score, a.nominal?.value].map(String)).toEqual(['0.694', '0.69', '69']);
    expect(a.predicate.code).toBe('BAIK');
    // The cap.
    const central = [
      { code: 'JENIS', level: 'pusat' },
      { code: 'A.1', level: 4 },
      { code: 'A.2p', level: 4 },
      { code: 'B.1', level: 3 },
      { code: 'B.2', level: 0 },
      { code: 'SUR', level: '100%' },
    ];
    const c = scoreAgency(L, table(central));
    expect([find(c.root, 'B').score, find(c.root, 'MAT').score, c.score].map(String)).toEqual(['0.375', '0.75', '0.8']);
    expect(c.predicate).toMatchObject({ code: 'BAIK', capped: { from: 'SANGAT_BAIK', atLeast: 'MENENGAH', of: 'MAT', children: ['B'] } });
    // A missing required input.
    const m = scoreAgency(L, table(rows.filter((r) => r.code !== 'SUR')));
    expect(m.incomplete).toEqual({ code: 'IDX', missing: ['SUR'], fallback: 'MAT' });
    expect([m.score.toString(), m.predicate.code]).toEqual(['0.73', 'BAIK']);
  });
});

type Schema = { properties: Record<string, unknown>; $defs: Record<string, { properties: Record<string, unknown> }> };
