/**
 * Properties of the bundled 2026 rubric (panrb-19-2025 2.1.0) over random filled worksheets:
 * the index stays in its bounds, every aspect's category is the band of its maturity, and a gate
 * answer switches exactly the items it names.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import type { Rubric } from '../../../src/rubric/types.js';
import { classify } from '../../../src/scoring/bands.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { NodeResult } from '../../../src/scoring/types.js';
import { loaded, table, type RowSpec } from '../helpers.js';

const RUBRIC = JSON.parse(readFileSync(new URL('../../../rubrics/panrb-19-2025.json', import.meta.url), 'utf8')) as Rubric;
const L = loaded(RUBRIC);
const ITEMS = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4', '4.1a', '4.1b', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3', '6.4a', '6.4b', '6.4c', '6.4d', '7.1', '8.1', '8.2'];
const ASPECTS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
/** Each gate question, the answers it has, and the items that apply only under some answers. */
const GATES: Record<string, { answers: string[]; items: string[] }> = {
  jenis_instansi: { answers: ['pusat', 'provinsi', 'kabkota'], items: ['4.1a', '4.1b'] },
  bayar_tpp: { answers: ['bukan_provkab', 'ya', 'tidak'], items: ['6.3'] },
  kecelakaan_kerja: { answers: ['ya', 'tidak'], items: ['6.4b'] },
  kematian_pegawai: { answers: ['ya', 'tidak'], items: ['6.4c'] },
};

const flat = (n: NodeResult): NodeResult[] => [n, ...(n.children ?? []).flatMap(flat)];

const worksheet = fc.record({
  levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  profile: fc.record(Object.fromEntries(Object.entries(GATES).map(([q, g]) => [q, fc.constantFrom(...g.answers)])) as Record<string, fc.Arbitrary<string>>),
  survey: fc.integer({ min: 0, max: 100 }),
  correction: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
});

function score(w: { levels: number[]; profile: Record<string, string>; survey: number; correction?: number | undefined }) {
  const rows: RowSpec[] = [
    ...Object.entries(w.profile).map(([code, value]) => ({ code, level: value })),
    ...ITEMS.map((code, i) => ({ code, level: w.levels[i]! })),
    { code: 'SURVEI', level: w.survey },
  ];
  if (w.correction !== undefined) rows.push({ code: 'KOREKSI', level: Dec.int(w.correction).div(Dec.int(100)).toString() });
  return scoreAgency(L, table(rows));
}

describe('panrb-19-2025 2.1.0 over random filled worksheets', () => {
  it('the index is within [−1, 1] (within [0, 1] without a correction) and every category is the band of its rounded score', () => {
    fc.assert(
      fc.property(worksheet, (w) => {
        const a = score(w);
        expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const lo = w.correction === undefined ? Dec.ZERO : Dec.int(-1);
        expect(a.score.lt(lo) || a.score.gt(Dec.ONE)).toBe(false);
        const nodes = new Map(flat(a.root).map((n) => [n.code, n]));
        for (const code of [...ASPECTS, 'MATURITAS']) {
          const n = nodes.get(code)!;
          expect(n.score.lt(Dec.ZERO) || n.score.gt(Dec.ONE), code).toBe(false);
          expect(n.category?.code, code).toBe(classify(n.score, { bands: RUBRIC.bandSets!.kategori! }).code);
        }
        expect(a.predicate.code).toBe(classify(a.score, RUBRIC).code);
      }),
      { numRuns: 150 },
    );
  });

  it('a gate answer switches exactly the items it names, and no other item moves', () => {
    fc.assert(
      fc.property(worksheet, fc.constantFrom(...Object.keys(GATES)), fc.nat(), (w, gate, pick) => {
        const g = GATES[gate]!;
        const other = g.answers.filter((x) => x !== w.profile[gate]);
        const changed = { ...w, profile: { ...w.profile, [gate]: other[pick % other.length]! } };
        const before = new Map(flat(score(w).root).map((n) => [n.code, n]));
        const after = new Map(flat(score(changed).root).map((n) => [n.code, n]));
        for (const code of ITEMS) {
          const [b, c] = [before.get(code)!, after.get(code)!];
          if (!g.items.includes(code)) {
            expect(c.status, code).toBe(b.status);
            expect(c.score.eq(b.score), code).toBe(true);
          }
        }
        // Some item of the gate's list may change applicability; none outside it does.
        const switched = ITEMS.filter((code) => (before.get(code)!.status === 'not-applicable') !== (after.get(code)!.status === 'not-applicable'));
        for (const code of switched) expect(g.items).toContain(code);
      }),
      { numRuns: 100 },
    );
  });
});
