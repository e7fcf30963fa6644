/**
 * merit-report/1 for rubric language v2 results: the optional keys (profile, nominal, incomplete,
 * rubric.base; per node category, notApplicable, coefficient, incomplete, unrounded; predicate
 * capped), every report valid against schemas/merit-report-1.schema.json.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../src/report/json.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { expectValidReport } from '../../helpers/report-schema.js';
import { capped, extended, incomplete, kabkota, pusat } from './fixtures.js';

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function report(a: Assessment): Report {
  const json = JSON.parse(renderJson(a, { deterministic: true })) as Report;
  expectValidReport(json);
  return json;
}

function node(r: Report, code: string): Report {
  const stack = [r.root as Report];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.code === code) return n;
    stack.push(...((n.children as Report[] | undefined) ?? []));
  }
  throw new Error(`no node ${code}`);
}

describe('merit-report/1 with v2 results', () => {
  it('every v2 scenario is a valid merit-report/1', () => {
    for (const make of [kabkota, capped, incomplete, pusat, extended]) expect(report(make()).schema).toBe('merit-report/1');
  });

  it('the profile comes after the subject, with the answer, where it was written and the allowed answers', () => {
    const r = report(kabkota());
    const keys = Object.keys(r);
    expect(keys.slice(0, 7)).toEqual(['schema', 'tool', 'rubric', 'input', 'subject', 'profile', 'score']);
    expect(r.profile[0]).toEqual({
      code: 'jenis',
      label: { id: 'Jenis instansi', en: 'Agency type' },
      value: 'kabkota',
      answer: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency/city' },
      raw: 'Pemerintah Kabupaten/Kota',
      source: 'evidence',
      ref: { cell: 'C6', row: 6, column: 3, line: 6 },
      answers: [
        { value: 'pusat', label: { id: 'Instansi Pusat', en: 'Central agency' } },
        { value: 'kabkota', label: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency/city' } },
      ],
    });
    expect(report(pusat()).profile[0]).toMatchObject({ value: 'pusat', source: 'option' });
    expect(report(pusat()).profile[0]).not.toHaveProperty('ref');
  });

  it('the nominal figure follows the predicate; numbers stay exact', () => {
    const r = report(kabkota());
    expect(Object.keys(r).indexOf('nominal')).toBe(Object.keys(r).indexOf('predicate') + 1);
    expect(r.nominal).toEqual({ value: 70, label: { id: 'Indeks dalam persen', en: 'Index as a percentage' }, unit: '%' });
    expect(r.score).toBe(0.7);
    expect(r.unroundedScore).toBe(0.6975);
  });

  it('per node: category, coefficient, unrounded, notApplicable with its condition or declared word', () => {
    const r = report(kabkota());
    expect(node(r, 'A1').category).toEqual({ code: 'TINGGI', label: { id: 'Tinggi', en: 'High' }, kind: 'band' });
    const mat = node(r, 'MAT');
    expect(mat).toMatchObject({ coefficient: 0.75, score: 0.73, unrounded: 0.725, aggregate: 'weightedMean' });
    expect(Object.keys(mat).indexOf('unrounded')).toBe(Object.keys(mat).indexOf('score') + 1);
    expect(node(r, 'KOR')).toMatchObject({ coefficient: 1, score: -0.05, max: 0, trace: { kind: 'deduction', notes: 'temuan pelanggaran netralitas' } });
    expect(node(r, '1.2a').notApplicable).toEqual({ reason: 'condition', condition: { profile: 'jenis', in: ['pusat'] }, value: 'Pemerintah Kabupaten/Kota', ref: { cell: 'C6', row: 6, column: 3, line: 6 } });
    expect(node(r, '2.3').notApplicable).toEqual({ reason: 'declared', value: 'TB', ref: { cell: 'C11', row: 11, column: 3, line: 11 } });
    expect(node(r, 'A1').aggregate).toBe('mean');
    expect(r.root.aggregate).toBe('composite');
  });

  it('a capped predicate says from which band and which children held it back', () => {
    const r = report(capped());
    expect(r.predicate).toEqual({ code: 'MENENGAH', label: { id: 'Menengah', en: 'Intermediate' }, kind: 'band', capped: { from: 'TINGGI', atLeast: 'MENENGAH', of: 'MAT', children: ['A2'] } });
    expect(Object.keys(r).indexOf('predicate')).toBe(Object.keys(r).indexOf('percent') + 1);
  });

  it('an incomplete composite: the flag at the top and on the root, whose status is incomplete', () => {
    const r = report(incomplete());
    expect(r.incomplete).toEqual({ code: 'NI', missing: ['SUR'], fallback: 'MAT' });
    expect(r.root).toMatchObject({ status: 'incomplete', incomplete: { missing: ['SUR'], fallback: 'MAT' } });
    expect(r.score).toBe(0.73);
  });

  it('rubric.base and a criterion condition', () => {
    const r = report(extended());
    expect(r.rubric.base).toEqual({ id: 'panrb-2026', version: '1.0.0', sha256: 'c'.repeat(64), source: 'panrb-2026' });
    expect(node(r, '2.2').notApplicable).toMatchObject({ reason: 'condition', condition: { criterion: '2.1', in: ['3', '4'] }, value: '2' });
  });
});
