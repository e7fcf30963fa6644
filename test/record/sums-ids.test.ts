// The two pieces that keep record mode exact in bounded memory: sums of scaled integers that move
// into exact Decs before a float could lose a unit, and the repeated-id filter whose suspicions a
// second read confirms.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { IdConfirmation, IdTracker, MAX_CANDIDATES } from '../../src/scoring/record/ids.js';
import { MAX_SCALED, scaled, SumVector, unscaled } from '../../src/scoring/record/sums.js';

describe('SumVector', () => {
  it('adds millions of scaled values exactly, across flushes', () => {
    const v = new SumVector(2);
    const x = scaled(Dec.parse('69.57')!);
    const big = scaled(unscaled(MAX_SCALED)); // the largest value carried as a number
    for (let i = 0; i < 1_000_000; i++) {
      v.addScaled(0, x);
      v.addInt(1, big.int);
      v.tick();
    }
    expect(v.value(0).toString()).toBe('69570000');
    expect(v.value(1).eq(unscaled(MAX_SCALED).mul(Dec.int(1_000_000)))).toBe(true);
    expect(v.mean(0)!.toString()).toBe('69.57');
  });

  it('adds values that do not scale as Decs (a repeating fraction)', () => {
    const v = new SumVector(1);
    const third = Dec.of(1n, 3n);
    expect(Number.isNaN(scaled(third).int)).toBe(true);
    for (let i = 0; i < 3; i++) {
      v.addScaled(0, scaled(third));
      v.addScaled(0, scaled(Dec.parse('0.25')!));
      v.tick();
    }
    expect(v.value(0).toString()).toBe('1.75');
    expect(v.count(0)).toBe(6);
  });
});

describe('IdTracker and IdConfirmation', () => {
  it('suspects every repeat (no false negatives) and confirms only real ones, with their first row', () => {
    const t = new IdTracker();
    const ids = Array.from({ length: 50_000 }, (_, i) => `19${String(i).padStart(16, '0')}`);
    const rows: [string, number][] = ids.map((id, i) => [id, i + 2]);
    rows.push([ids[10]!, 60_000], [ids[49_999]!, 60_001], [ids[10]!, 60_002]);
    for (const [id, row] of rows) t.add(id);
    expect(t.candidates.has(ids[10]!)).toBe(true);
    expect(t.candidates.has(ids[49_999]!)).toBe(true);
    const c = new IdConfirmation(t.candidates, 100);
    for (const [id, row] of rows) c.add(id, row);
    expect(c.result()).toEqual({
      listed: [
        { id: ids[10], row: 60_000, first: 12 },
        { id: ids[49_999], row: 60_001, first: 50_001 },
        { id: ids[10], row: 60_002, first: 12 },
      ],
      total: 3,
    });
  });

  it('caps the candidates it tracks and says the count is then a lower bound', () => {
    const t = new IdTracker();
    for (let i = 0; i < MAX_CANDIDATES + 5; i++) {
      t.add(`x${i}`);
      t.add(`x${i}`);
    }
    expect(t.candidates.size).toBe(MAX_CANDIDATES);
    expect(t.uncounted).toBe(5);
  });
});
