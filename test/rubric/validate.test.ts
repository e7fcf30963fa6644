/** validateRubricText end to end: robust against any mutation of a valid rubric. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { validateRubricText } from '../../src/rubric/validate.js';

const FIX = join(import.meta.dirname, '../fixtures/rubrics');
const agency = JSON.parse(readFileSync(join(FIX, 'valid/minimal-agency.json'), 'utf8')) as Record<string, unknown>;
const record = JSON.parse(readFileSync(join(FIX, 'valid/minimal-record.json'), 'utf8')) as Record<string, unknown>;

/** Every JSON pointer in a value, with its parent and key. */
function slots(value: unknown, out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), slots(v, out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push({ parent: value as Record<string, unknown>, key: k }), slots(v, out);
  return out;
}

describe('validateRubricText', () => {
  it('never throws, whatever value replaces whatever part of a valid rubric', async () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(0, -1, 1e15, 0.5, '', 'toString', '__proto__', 'constructor', null, [], {}, 'weightedMean', 'levels', 'record'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(agency, record), fc.nat(), replacement, async (base, pick, value) => {
        const doc = structuredClone(base);
        const all = slots(doc);
        const slot = all[pick % all.length]!;
        (slot.parent as Record<string | number, unknown>)[slot.key] = value;
        const r = await validateRubricText(JSON.stringify(doc, null, 2), 'fuzz.json');
        for (const d of r.diagnostics) {
          expect(d.location?.file).toBe('fuzz.json');
          expect(formatDiagnostic(d, 'en')).not.toContain('undefined');
        }
        if (r.rubric) expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
        else expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('does not mistake inherited names for declared scales', async () => {
    const doc = structuredClone(agency) as { root: { children: { children: { scoring: { scale: string } }[] }[] } };
    doc.root.children[1]!.children[0]!.scoring.scale = 'toString';
    const r = await validateRubricText(JSON.stringify(doc), 'x.json');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RUBRIC_UNKNOWN_SCALE']);
  });

  it('reports unknown keys at the root with a did-you-mean, plus the missing key they stand for only once', async () => {
    const doc = { ...agency, bandz: agency.bands };
    delete (doc as Record<string, unknown>).bands;
    const r = await validateRubricText(JSON.stringify(doc, null, 2), 'x.json');
    expect(r.diagnostics.map((d) => [d.code, d.args.suggestion])).toEqual([['RUBRIC_UNKNOWN_KEY', 'bands']]);
  });

  it('reports a missing kind once, without the noise of every scoring shape', async () => {
    const doc = structuredClone(agency) as { root: { children: { children: { scoring: Record<string, unknown> }[] }[] } };
    delete doc.root.children[1]!.children[0]!.scoring.kind;
    const r = await validateRubricText(JSON.stringify(doc, null, 2), 'x.json');
    expect(r.diagnostics.map((d) => [d.code, d.args.key, d.location?.pointer])).toEqual([['RUBRIC_REQUIRED', 'kind', '/root/children/1/children/0/scoring']]);
  });

  it('reports a rounding rule with neither step nor decimals', async () => {
    const r = await validateRubricText(JSON.stringify({ ...agency, rounding: { mode: 'up' } }, null, 2), 'x.json');
    expect(r.diagnostics.map((d) => [d.code, d.args.reason])).toEqual([['RUBRIC_ROUNDING', 'neither']]);
  });

  it('reports a non-object document', async () => {
    expect((await validateRubricText('[]', 'x.json')).diagnostics.map((d) => [d.code, d.args.expected, d.args.found])).toEqual([['RUBRIC_TYPE', 'object', 'array']]);
  });
});
