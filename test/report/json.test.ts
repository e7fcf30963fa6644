import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { renderJson } from '../../src/report/json.js';
import type { Assessment, NodeResult } from '../../src/scoring/types.js';
import { expectValidReport } from '../helpers/report-schema.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every report these tests produce goes through here: rendered, parsed and validated. */
function report(a: Assessment, deterministic = true): { text: string; json: Report } {
  const text = renderJson(a, { deterministic });
  const json = JSON.parse(text) as Report;
  expectValidReport(json);
  return { text, json };
}

const samples: [string, () => Assessment][] = [
  ['baik', () => sampleAssessment()],
  ['sangat-baik', () => sampleSangatBaik()],
  ['below', () => sampleBelowRange()],
];

describe('renderJson (merit-report/1)', () => {
  for (const [name, make] of samples) {
    it(`${name}: valid against the schema, deterministic and byte-identical twice`, () => {
      const a = make();
      const one = report({ ...a, generatedAt: '2025-01-02T03:04:05.000Z' }, true);
      const two = report({ ...make(), generatedAt: '2030-12-31T00:00:00.000Z' }, true);
      expect(one.text).toBe(two.text);
      expect(one.json).not.toHaveProperty('generatedAt');
      expect(one.text.endsWith('}\n')).toBe(true);
      expect(one.text).toMatch(/^\{\n {2}"schema": "merit-report\/1",\n {2}"tool"/);
    });
  }

  it('carries generatedAt when not deterministic, as the last key', () => {
    const { json } = report(sampleAssessment({ generatedAt: '2025-01-02T03:04:05.000Z' }), false);
    expect(json.generatedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(Object.keys(json).at(-1)).toBe('generatedAt');
    // no timestamp on the Assessment: none in the report either (renderers never read the clock)
    expect(report(sampleAssessment(), false).json).not.toHaveProperty('generatedAt');
  });

  it('has the contract keys in a fixed order', () => {
    const { json } = report(sampleAssessment());
    expect(Object.keys(json)).toEqual([
      'schema', 'tool', 'rubric', 'input', 'subject', 'score', 'unroundedScore', 'max', 'percent', 'predicate',
      'selfScore', 'selfPredicate', 'scale', 'coverage', 'provisional', 'assumptions', 'root', 'diagnostics',
    ]);
    expect(json.tool).toEqual({ name: 'merit', version: '0.1.0' });
    expect(Object.keys(json.rubric)).toEqual(['id', 'version', 'sha256', 'title', 'status', 'subject', 'source']);
    expect(json.rubric).toMatchObject({ id: 'kasn-2019', version: '1.0.0', status: 'provisional', subject: 'agency' });
    expect(json.input).toEqual({ path: 'examples/kab-contoh-baik.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), format: 'xlsx', sheet: 'Penilaian' });
    expect(json.subject).toEqual({ name: 'Kabupaten Contoh', period: '2024', source: 'workbook' });
  });

  it('writes exact numbers as JSON numbers', () => {
    const { text, json } = report(sampleAssessment());
    expect(json.score).toBe(288.5);
    expect(json.max).toBe(410);
    expect(json.selfScore).toBe(298.5);
    expect(text).toContain('"score": 288.5,');
    expect(json.percent).toBeCloseTo(70.3658536585, 9);
    expect(json.coverage).toBeCloseTo(390 / 410, 11);
    expect(json.predicate).toEqual({ code: 'III', label: { id: 'Baik', en: 'Good' }, kind: 'band', color: '#2e7d32' });
    expect(json.selfPredicate.code).toBe('III');
  });

  it('serialises the node tree with per-node scores and per-leaf traces', () => {
    const { json } = report(sampleAssessment());
    expect(json.root.children).toHaveLength(8);
    const a1 = json.root.children[0];
    expect(a1).toMatchObject({ code: 'A1', kind: 'group', depth: 1, aggregate: 'sum', score: 32.5, max: 40, percent: 81.25, status: 'scored' });
    const leaf = a1.children[0];
    expect(Object.keys(leaf)).toEqual([
      'code', 'name', 'kind', 'depth', 'weight', 'status', 'score', 'selfScore', 'max', 'percent', 'share', 'coverage', 'missingPolicy', 'trace',
    ]);
    expect(leaf.trace).toEqual({
      kind: 'levels',
      used: 'verified',
      rule: 'level 3 × 2.5',
      self: { ref: { sheet: 'Penilaian', cell: 'C7', row: 7, column: 3 }, raw: 3, parsed: 3, points: 7.5 },
      verified: { ref: { sheet: 'Penilaian', cell: 'D7', row: 7, column: 4 }, raw: 3, parsed: 3, points: 7.5 },
      evidence: 'Dokumen Anjab-ABK 2024 (SK Bupati No. 800/112/2024)',
    });
    // numbers stored as text keep their raw text
    expect(a1.children[3].trace.self).toMatchObject({ raw: '3', parsed: 3 });
    // the missing leaf: no values, used none
    const a54 = json.root.children[4].children[3];
    expect(a54).toMatchObject({ code: 'A5.4', status: 'missing', score: 0, max: 20, coverage: 0 });
    expect(a54.trace).toEqual({ kind: 'levels', used: 'none', rule: 'no evidence → 0' });
    // provenance on inferred nodes
    expect(json.root.children[5].provenance).toMatchObject({ confidence: 'inferred' });
  });

  it('children sum to their parents in the output', () => {
    const { json } = report(sampleAssessment());
    const check = (n: Report): void => {
      if (!n.children) return;
      const sum = n.children.reduce((s: Dec, c: Report) => s.add(Dec.num(c.score)), Dec.ZERO);
      expect(sum.toNumber()).toBe(n.score);
      n.children.forEach(check);
    };
    check(json.root);
  });

  it('writes diagnostics with args, location and the message in both languages', () => {
    const { json } = report(sampleAssessment());
    const dup = json.diagnostics.find((d: Report) => d.code === 'SCORE_DUPLICATE_CODE');
    expect(Object.keys(dup)).toEqual(['code', 'severity', 'args', 'location', 'message', 'hint']);
    expect(dup.location).toEqual({ file: 'examples/kab-contoh-baik.xlsx', sheet: 'Penilaian', cell: 'A32', row: 32, code: 'A3.2' });
    expect(dup.message.id).toContain('A3.2');
    expect(dup.message.en).toContain('appears again');
    expect(dup.hint.en).toBeTruthy();
    // an unknown code still gets words (the code and its args)
    const { json: j2 } = report(sampleAssessment({ diagnostics: [{ code: 'SOME_FUTURE_CODE', severity: 'info', args: { n: 3, list: ['a', 'b'], none: undefined } }] }));
    expect(j2.diagnostics[0]).toEqual({
      code: 'SOME_FUTURE_CODE',
      severity: 'info',
      args: { n: 3, list: ['a', 'b'] },
      message: { id: 'SOME_FUTURE_CODE (n=3, list=a, b)', en: 'SOME_FUTURE_CODE (n=3, list=a, b)' },
    });
  });

  it('writes assumptions, assumed values, provisional parts and out-of-range predicates', () => {
    const sb = report(sampleSangatBaik()).json;
    expect(sb.assumptions).toEqual([{ code: 'A5.4', value: '3' }]);
    expect(sb.root.children[4].children[3].trace.verified).toEqual({ raw: '3', parsed: 3, points: 15, assumed: true });
    expect(sb.predicate.code).toBe('IV');
    expect(sb.provisional.rubric).toBe(true);
    expect(sb.provisional.parts.map((p: Report) => `${p.kind}:${p.code}`)).toEqual(['rubric:kasn-2019', 'node:A6', 'node:A7', 'node:A8', 'node:A8.2', 'band:IV']);
    const below = report(sampleBelowRange()).json;
    expect(below.score).toBe(65.5);
    expect(below.predicate).toMatchObject({ code: 'BELOW', kind: 'below' });
    expect(below.subject).toEqual({ name: 'kab-contoh-kurang', source: 'filename' });
    const a41 = below.root.children[3].children[0];
    expect(a41.status).toBe('error');
    expect(a41.trace.self.points).toBeNull();
  });

  it('handles edge shapes: max 0 (percent null), cap, weights, record subject, no sheet', () => {
    const base = sampleAssessment();
    const root: NodeResult = { ...base.root, cap: Dec.int(400), weight: Dec.parse('0.5')!, percent: null };
    const a: Assessment = {
      ...base,
      root,
      percent: null,
      input: { path: 'x.csv', sha256: 'a'.repeat(64), format: 'csv' },
      predicate: { code: '', label: { id: 'tanpa predikat', en: 'no predicate' }, kind: 'none' },
      diagnostics: [],
    };
    const { json } = report(a);
    expect(json.percent).toBeNull();
    expect(json.root).toMatchObject({ cap: 400, weight: 0.5, percent: null });
    expect(json.input).toEqual({ path: 'x.csv', sha256: 'a'.repeat(64), format: 'csv' });
    expect(json.predicate).toEqual({ code: '', label: { id: 'tanpa predikat', en: 'no predicate' }, kind: 'none' });
  });

  it('the schema rejects what is not a report', () => {
    const { json } = report(sampleAssessment());
    expect(() => expectValidReport({ ...json, extra: 1 })).toThrow();
    expect(() => expectValidReport({ ...json, schema: 'merit-report/2' })).toThrow();
    const { score: _score, ...noScore } = json;
    expect(() => expectValidReport(noScore)).toThrow();
  });

  it('the schema rejects a leaf with children and a group without them', () => {
    const { json } = report(sampleAssessment());
    const leaf = json.root.children[0].children[0];
    const bad1 = structuredClone(json);
    bad1.root.children[0].children[0] = { ...leaf, children: [] };
    expect(() => expectValidReport(bad1)).toThrow();
    const bad2 = structuredClone(json);
    delete bad2.root.children[0].children;
    expect(() => expectValidReport(bad2)).toThrow();
  });
});
