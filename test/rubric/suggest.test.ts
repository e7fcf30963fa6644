/** One did-you-mean search, two ideas of "close enough": each caller's threshold and distance stay its own. */
import { describe, expect, it } from 'vitest';
import { closest, editDistance, levenshtein, nearest } from '../../src/rubric/suggest.js';

describe('nearest', () => {
  it('counts a swap as one edit by default, as two without transpositions', () => {
    expect(levenshtein('ab', 'ba')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const accept = (d: number) => d <= 1;
    expect(nearest('1ab', ['1ba'], { accept })).toBe('1ba');
    expect(nearest('1ab', ['1ba'], { accept, transpositions: false })).toBeUndefined();
  });

  it('takes the first candidate at a tie, and judges only the nearest', () => {
    const leaves = [{ key: '1ba', code: 'A' }, { key: '1ac', code: 'B' }];
    // Plain Levenshtein: 1ac is one edit away, 1ba two.
    expect(nearest('1ab', leaves, { text: (l) => l.key, transpositions: false, accept: (d) => d <= 2 })?.code).toBe('B');
    // Counting a swap as one edit, both are one edit away: the first wins.
    expect(nearest('1ab', leaves, { text: (l) => l.key, accept: (d) => d <= 2 })?.code).toBe('A');
    expect(nearest('zzzz', leaves, { text: (l) => l.key, accept: (d) => d <= 2 })).toBeUndefined();
  });

  it('closest keeps its own limit: max(1, floor(length / 3)) edits', () => {
    expect(closest('lable', ['label', 'id'])).toBe('label');
    expect(closest('scorring', ['scoring'])).toBe('scoring');
    expect(closest('x', ['id'])).toBeUndefined();
    expect(closest('LABLE', ['Label'])).toBe('Label');
  });
});
