/**
 * The schema side of `merit-rubric/2`: the format picks the validator, a v1 file that uses a v2
 * key or value is told to declare the v2 format, and the v2 shapes (conditions, node bands,
 * `extends` files) are mapped to the same located diagnostics as v1.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { validateRubricText } from '../../src/rubric/validate.js';

const FIX = join(import.meta.dirname, '../fixtures');
/** Mutated freely into invalid shapes, so typed loosely. */
const agency = JSON.parse(readFileSync(join(FIX, 'rubrics/valid/minimal-agency.json'), 'utf8')) as any;
const v2 = (doc = structuredClone(agency)) => ({ ...doc, format: 'merit-rubric/2' });
const check = async (doc: unknown) => validateRubricText(JSON.stringify(doc, null, 2), 'x.json');
const rows = async (doc: unknown) => (await check(doc)).diagnostics.map((d) => [d.code, d.location?.pointer, d.location?.line]);

describe('a merit-rubric/1 file using v2 constructs', () => {
  it('is refused with a hint to declare merit-rubric/2, for keys and for values', async () => {
    const doc = structuredClone(agency);
    doc.root.children[0].bands = 'kat';
    doc.root.aggregate = 'mean';
    doc.root.children[1].children[0].scoring.kind = 'number';
    doc.profile = [];
    const r = await check(doc);
    expect(r.diagnostics.map((d) => [d.code, d.location?.pointer, d.args.v2])).toEqual([
      ['RUBRIC_UNKNOWN_KEY', '/root/children/0/bands', true],
      ['RUBRIC_ENUM', '/root/children/1/children/0/scoring/kind', true],
      ['RUBRIC_ENUM', '/root/aggregate', true],
      ['RUBRIC_UNKNOWN_KEY', '/profile', true],
    ]);
    const text = formatDiagnostic(r.diagnostics[0]!, 'en');
    expect(text).toContain('key "bands" belongs to the merit-rubric/2 language; this file declares merit-rubric/1');
    expect(text).toContain('hint: declare "format": "merit-rubric/2" to use it');
    expect(formatDiagnostic(r.diagnostics[2]!, 'id')).toContain('nyatakan "format": "merit-rubric/2"');
  });

  it('keeps the did-you-mean for a key no version knows', async () => {
    const doc = structuredClone(agency);
    doc.root.children[0].weigth = 2;
    const [d] = (await check(doc)).diagnostics;
    expect(d).toMatchObject({ code: 'RUBRIC_UNKNOWN_KEY', args: { key: 'weigth', suggestion: 'weight' } });
    expect(d!.args.v2).toBeUndefined();
  });

  it('an unknown format takes the v1 path and names both supported formats', async () => {
    const [d] = (await check({ ...agency, format: 'merit-rubric/3' })).diagnostics;
    expect(d).toMatchObject({ code: 'RUBRIC_FORMAT', location: { pointer: '/format' } });
    expect(formatDiagnostic(d!, 'en')).toContain('this merit reads "merit-rubric/1" and "merit-rubric/2"');
  });
});

describe('a merit-rubric/2 file', () => {
  it('the same rubric with format merit-rubric/2 is valid', async () => {
    const r = await check(v2());
    expect(r.diagnostics).toEqual([]);
    expect(r.rubric?.format).toBe('merit-rubric/2');
  });

  it('a condition names exactly one subject', async () => {
    const doc = v2();
    doc.root.children[0].when = { column: 'x', profile: 'y', in: ['a'] };
    doc.root.children[1].when = { in: ['a'] };
    const r = await check(doc);
    expect(r.diagnostics.map((d) => [d.code, d.args.reason, d.location?.pointer])).toEqual([
      ['RUBRIC_CONDITION_ONE', 'both', '/root/children/0/when'],
      ['RUBRIC_CONDITION_ONE', 'neither', '/root/children/1/when'],
    ]);
  });

  it('a node\'s bands are a set name or a list of bands: wrong types, empty lists and bad bands are located', async () => {
    const doc = v2();
    doc.root.children[0].bands = 5;
    doc.root.children[1].bands = [];
    doc.root.children[1].children[0].bands = [{ code: 'X' }];
    const r = await check(doc);
    expect(r.diagnostics.map((d) => [d.code, d.location?.pointer, d.args.expected ?? d.args.key ?? d.args.limit])).toEqual([
      ['RUBRIC_TYPE', '/root/children/0/bands', 'string|array'],
      ['RUBRIC_REQUIRED', '/root/children/1/children/0/bands/0', 'label'],
      ['RUBRIC_TOO_FEW', '/root/children/1/bands', 1],
    ]);
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toContain('expected string or array (list), found number');
  });

  it('needs the tree, bands, title, legal basis and subject unless it extends another rubric', async () => {
    const doc = v2();
    delete doc.root;
    delete doc.bands;
    expect(await rows(doc)).toEqual([
      ['RUBRIC_REQUIRED', '', 1],
      ['RUBRIC_REQUIRED', '', 1],
    ]);
    const ext = { format: 'merit-rubric/2', id: 'x', version: '1.0.0', status: 'provisional', extends: { id: 'kasn-2019', version: '1.0.0' } };
    const r = await check(ext);
    expect(r).toMatchObject({ diagnostics: [], partial: true, rubric: ext });
  });

  it('an override needs extends', async () => {
    const r = await check({ ...v2(), override: { weights: { A1: 2 } } });
    expect(r.diagnostics.map((d) => [d.code, d.args.key, d.args.for])).toEqual([['RUBRIC_REQUIRED', 'extends', 'override']]);
  });

  it('the v2 leaf kinds are checked by their own schema parts', async () => {
    const doc = v2();
    doc.root.children[0].children[0].scoring = { kind: 'number', min: 0 };
    doc.root.children[0].children[1].scoring = { kind: 'deduction', max: 1, step: 2 };
    doc.root.children[1].children[0].scoring = { kind: 'ratio', numerator: 'A', points: 5 };
    expect((await check(doc)).diagnostics.map((d) => [d.code, d.location?.pointer, d.args.key])).toEqual([
      ['RUBRIC_REQUIRED', '/root/children/0/children/0/scoring', 'max'],
      ['RUBRIC_UNKNOWN_KEY', '/root/children/0/children/1/scoring/step', 'step'],
      ['RUBRIC_REQUIRED', '/root/children/1/children/0/scoring', 'denominator'],
    ]);
  });
});

describe('validateRubricText on merit-rubric/2', () => {
  const example = JSON.parse(readFileSync(join(FIX, 'rubrics/v2/contoh-2026.json'), 'utf8')) as Record<string, unknown>;
  /** Every slot of a value, with its parent and key. */
  const slots = (value: unknown, out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []) => {
    if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), slots(v, out)));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push({ parent: value as Record<string, unknown>, key: k }), slots(v, out);
    return out;
  };

  it('never throws, whatever value replaces whatever part of the v2 example', async () => {
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(0, -1, 1, 100, 0.5, '', 'JENIS', 'pusat', 'kematangan', 'MAT', 'A.1', 'composite', 'mean', 'max', 'percent', 'deduction', true, null, [], {}),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), replacement, async (pick, value) => {
        const doc = structuredClone(example);
        const all = slots(doc);
        const slot = all[pick % all.length]!;
        (slot.parent as Record<string | number, unknown>)[slot.key] = value;
        const r = await check(doc);
        for (const d of r.diagnostics) {
          expect(d.location?.file).toBe('x.json');
          expect(formatDiagnostic(d, 'en')).not.toContain('undefined');
          expect(formatDiagnostic(d, 'id')).not.toContain('undefined');
        }
        if (r.rubric) expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
        else expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
