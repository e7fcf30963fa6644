// The fast path on rubrics shaped unlike IP ASN: weights in a sum, caps that cut a coverage
// ratio, `missing: exclude`, conditional leaves and groups, a condition with `notIn`, a leaf that
// cannot read its column's values, a weight that halves a millionth of a point, and a tree with
// more than 30 shape bits. For each, the fast path (FastTree: value codes, shapes, scaled integers)
// and the reference path (evaluateTree) must give the same row results and the same Assessment,
// including past the value-code table's reset (more than 4096 values in a column) and past the
// shape table's (more than 1024 shapes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { columnLetter } from '../../src/evidence/cells.js';
import type { RecordInput } from '../../src/evidence/records.js';
import type { RawValue } from '../../src/evidence/types.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { ValueCodes } from '../../src/scoring/record/codes.js';
import { FastTree } from '../../src/scoring/record/fast.js';
import { RecordSession, type RecordResult } from '../../src/scoring/record/index.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-fast-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const t = (s: string) => ({ id: s, en: s });
const bool = (code: string, column: string, pts = 5, more: object = {}) => ({ code, name: t(code), column, scoring: { kind: 'boolean', true: pts, false: 0 }, ...more });

/** A record rubric with `extra` more boolean leaves (each its own column) under one capped group. */
function syntheticRubric(extra: number): object {
  const columns = [
    { key: 'id', header: t('ID'), type: 'text' },
    { key: 'post', header: t('Post'), type: 'text' },
    { key: 'unit', header: t('Unit'), type: 'text' },
    ...[0, 1, 2, 3, 4, 5].map((i) => ({ key: `a${i}`, header: t(`A${i}`), type: 'text' })),
    { key: 'n0', header: t('N0'), type: 'number' },
    { key: 'n1', header: t('N1'), type: 'number' },
    { key: 'lv', header: t('LV'), type: 'text' },
    { key: 'n2', header: t('N2'), type: 'number' },
    ...Array.from({ length: extra }, (_, i) => ({ key: `e${i}`, header: t(`E${i}`), type: 'text' })),
  ];
  const root = {
    code: 'R',
    name: t('R'),
    aggregate: 'sum',
    children: [
      // Weighted, capped below its children's maximum (coverage scaled by the cap), empty cells excluded.
      { code: 'G1', name: t('G1'), cap: 10, weight: 0.5, missing: 'exclude', children: [0, 1, 2, 3].map((i) => bool(`G1.B${i}`, `a${i}`)) },
      {
        code: 'G2',
        name: t('G2'),
        when: { column: 'post', in: ['x'] },
        children: [
          { code: 'G2.N0', name: t('N0'), column: 'n0', scoring: { kind: 'linear', factor: 0.25, cap: 20, floor: 0 } },
          { code: 'G2.L0', name: t('L0'), column: 'lv', scoring: { kind: 'lookup', cases: [{ match: ['A'], points: 3 }, { match: ['B'], points: 1.5 }] } },
        ],
      },
      {
        code: 'G3',
        name: t('G3'),
        when: { column: 'post', in: ['y'] },
        missing: 'exclude',
        cap: 12,
        children: [
          { code: 'G3.N1', name: t('N1'), column: 'n1', scoring: { kind: 'thresholds', steps: [{ min: 3, points: 9 }, { min: 1, points: 4 }], otherwise: 0 } },
          // A conditional leaf (two shape bits), on another column than its parent's condition.
          bool('G3.B4', 'a4', 6, { when: { column: 'unit', notIn: ['u3'] } }),
          // A boolean read from a numeric column: most values are not booleans (the reference path words them).
          bool('G3.N0', 'n0', 2),
        ],
      },
      bool('B5', 'a5', 2, { weight: 2, when: { column: 'post', in: ['x', 'y'] } }),
      // A dimension of one leaf and one column, with as many points as the value says.
      { code: 'N2', name: t('N2'), column: 'n2', scoring: { kind: 'linear', factor: 1, cap: 100000, floor: 0 } },
      // Weighted so that a millionth of a point halves to less than the scaled integers' unit.
      { code: 'W', name: t('W'), column: 'n1', weight: 0.5, scoring: { kind: 'linear', factor: 0.000001, cap: 1, floor: 0 } },
      // Capped under `missing: zero`: an empty cell leaves a coverage ratio the cap cannot keep in integers.
      { code: 'G4', name: t('G4'), cap: 10, children: [0, 1, 2].map((i) => bool(`G4.B${i}`, `a${i}`)) },
      ...(extra ? [{ code: 'E', name: t('E'), children: Array.from({ length: extra }, (_, i) => bool(`E.${i}`, `e${i}`, 1 + (i % 3) * 0.25)) }] : []),
    ],
  };
  return {
    format: 'merit-rubric/1',
    id: `synthetic-${extra}`,
    version: '1.0.0',
    title: t('Synthetic'),
    status: 'provisional',
    subject: 'record',
    legalBasis: [{ ref: 'test', title: t('test') }],
    missing: 'zero',
    rounding: { step: 0.5, mode: 'half-even' },
    bands: [
      { code: 'LO', label: t('lo'), min: 0, max: 10 },
      { code: 'MID', label: t('mid'), min: 10, max: 25 },
      { code: 'HI', label: t('hi'), min: 25 },
    ],
    population: { aggregate: 'mean', groupBy: ['unit', 'post'], recordId: 'id' },
    columns,
    root,
  };
}

const rubrics = new Map<number, Promise<LoadedRubric>>();
function rubric(extra: number): Promise<LoadedRubric> {
  let r = rubrics.get(extra);
  if (!r) {
    const file = join(dir, `synthetic-${extra}.json`);
    writeFileSync(file, JSON.stringify(syntheticRubric(extra)));
    r = loadRubric(file);
    rubrics.set(extra, r);
  }
  return r;
}

function session(loaded: LoadedRubric, reference: boolean, decimalComma = false): RecordSession {
  const cols = loaded.rubric.columns!;
  return new RecordSession(loaded, {
    file: 'synthetic.csv',
    format: 'csv',
    columns: cols.map((c, i) => ({ column: i + 1, letter: columnLetter(i + 1), header: c.header.id })),
    decimalComma,
    reference,
  });
}

const copy = (r: RecordResult) => ({ ...r, dimensions: r.dimensions && [...r.dimensions], problems: [...r.problems] });

function finish(s: RecordSession): string {
  const confirmed = s.idCandidates.size > 0 ? s.confirmation() : undefined;
  return JSON.stringify(s.finish({ sha256: 'c'.repeat(64) }, confirmed));
}

/**
 * Scores the rows with both paths; every row result and the whole Assessment must agree. Returns
 * how many rows the fast path scored (so a test can check it was not bypassed).
 */
function agree(loaded: LoadedRubric, rows: RawValue[][], decimalComma = false): number {
  const fast = session(loaded, false, decimalComma);
  const ref = session(loaded, true, decimalComma);
  const evaluate = FastTree.prototype.evaluate;
  let scored = 0;
  const spy = vi.spyOn(FastTree.prototype, 'evaluate').mockImplementation(function (this: FastTree, values, codes) {
    const ok = evaluate.call(this, values, codes);
    if (ok) scored++;
    return ok;
  });
  try {
    rows.forEach((values, i) => {
      const input: RecordInput = { row: i + 2, values };
      expect(copy(fast.add(input))).toEqual(copy(ref.add(input)));
    });
  } finally {
    spy.mockRestore();
  }
  expect(finish(fast)).toBe(finish(ref));
  return scored;
}

const POSTS: RawValue[] = ['x', 'y', ' X ', 'z', null];
const UNITS: RawValue[] = ['u1', 'u2', 'u3', 'U3', null];
const BOOLS: RawValue[] = ['Ya', 'Tidak', 'ya', '-', 'x', null, true, false];
const NUMS: RawValue[] = ['0', '1', '3', '12', '12,5', '80', '-', 'dua', 2, 7.25, 0.1, null, 'Ya'];
const LV: RawValue[] = ['A', 'B', 'a', 'C', null];

const pick = <T>(xs: readonly T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]!);
function rowArb(extra: number): fc.Arbitrary<RawValue[]> {
  return fc
    .tuple(
      fc.nat({ max: 30 }),
      pick(POSTS),
      pick(UNITS),
      fc.array(pick(BOOLS), { minLength: 6, maxLength: 6 }),
      pick(NUMS),
      pick(NUMS),
      pick(LV),
      fc.array(pick(['Ya', 'Tidak', null, true] as RawValue[]), { minLength: extra, maxLength: extra }),
    )
    .map(([id, post, unit, a, n0, n1, lv, e]) => [`id${id}`, post, unit, ...a, n0, n1, lv, n0, ...e]);
}

/** Deterministic pseudo-random rows (mulberry32), for runs too long for a property. */
function rows(count: number, extra: number, seed: number, n0?: (i: number) => RawValue, n2?: (i: number) => RawValue): RawValue[][] {
  let a = seed >>> 0;
  const r = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const of = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => [
    `id${i}`,
    of(POSTS),
    of(UNITS),
    ...Array.from({ length: 6 }, () => of(BOOLS)),
    n0 ? n0(i) : of(NUMS),
    of(NUMS),
    of(LV),
    n2 ? n2(i) : of(NUMS),
    ...Array.from({ length: extra }, () => of(['Ya', 'Tidak', null] as RawValue[])),
  ]);
}

describe('fast path = reference path on other rubric shapes', () => {
  it('weights, caps on coverage, exclude, conditional leaves (property)', async () => {
    const loaded = await rubric(0);
    let fastRows = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb(0), { minLength: 1, maxLength: 40 }), fc.boolean(), async (rs, comma) => void (fastRows += agree(loaded, rs, comma))),
      { numRuns: 150 },
    );
    expect(fastRows).toBeGreaterThan(100);
  });

  it('a tree with more shape bits than one key word holds (property)', async () => {
    const loaded = await rubric(40);
    let fastRows = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb(40), { minLength: 1, maxLength: 20 }), async (rs) => void (fastRows += agree(loaded, rs))),
      { numRuns: 40 },
    );
    expect(fastRows).toBeGreaterThan(20);
  });

  it('past 1024 shapes (the shape table hands its counts over and starts again)', async () => {
    const drain = vi.spyOn(FastTree.prototype, 'drain');
    try {
      expect(agree(await rubric(12), rows(9000, 12, 7))).toBeGreaterThan(1100);
      // Once per table start-over, once at the end.
      expect(drain.mock.calls.length).toBeGreaterThan(1);
    } finally {
      drain.mockRestore();
    }
  });

  it('past 4096 distinct values in a column (the value codes start again)', async () => {
    // `reset` is private: reached through the prototype, to see that the table did start again.
    const reset = vi.spyOn(ValueCodes.prototype as unknown as { reset(): void }, 'reset');
    try {
      const distinct = (i: number): RawValue => String((i * 7919) % 9000);
      expect(agree(await rubric(0), rows(9000, 0, 11, distinct, distinct))).toBeGreaterThan(1000);
      expect(reset).toHaveBeenCalled();
    } finally {
      reset.mockRestore();
    }
  });
});
