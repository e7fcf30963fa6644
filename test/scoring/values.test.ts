import { describe, expect, it } from 'vitest';
import type { RawValue } from '../../src/evidence/types.js';
import type { LeafNode } from '../../src/rubric/types.js';
import {
  codeKey,
  compileLeaf,
  isEmptyValue,
  levelInfo,
  lookupKey,
  parseBoolean,
  parseLevel,
  parseNumber,
  parseNumberText,
  type InputValue,
} from '../../src/scoring/values.js';
import { leaf, levels, t } from './helpers.js';

const v = (raw: RawValue): InputValue => ({ raw, text: raw === null ? '' : typeof raw === 'string' ? raw.trim() : String(raw) });

describe('empty values', () => {
  it.each([null, '', '   ', '\t'])('%j is no value', (raw) => {
    expect(isEmptyValue(v(raw))).toBe(true);
  });
  it('0 and "-" are values', () => {
    expect(isEmptyValue(v(0))).toBe(false);
    expect(isEmptyValue(v('-'))).toBe(false);
    expect(isEmptyValue(undefined)).toBe(true);
  });
});

describe('numbers', () => {
  const num = (raw: RawValue, decimalComma?: boolean): string => {
    const r = parseNumber(v(raw), { decimalComma });
    return r.status === 'ok' ? r.value.toString() : r.status === 'empty' ? 'empty' : r.problem.code;
  };

  it('number cells are read as Excel shows them (15 significant digits)', () => {
    expect(num(3)).toBe('3');
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(288.49999999999997)).toBe('288.5');
    const long = parseNumber(v(12.345678901234567));
    expect(long.status === 'ok' && long.value.toString({ maxDecimals: 20 })).toBe('12.3456789012346');
    const tiny = parseNumber(v(1e-7));
    expect(tiny.status === 'ok' && tiny.value.toString({ maxDecimals: 10 })).toBe('0.0000001');
  });

  it.each([
    ['3', '3'],
    [' 3 ', '3'],
    ['3.5', '3.5'],
    ['3,5', '3.5'],
    ['-2,25', '-2.25'],
    ['0,125', '0.125'],
    ['0.125', '0.125'],
    ['1234', '1234'],
    ['12.5', '12.5'],
    ['−4', '-4'],
    ['-', 'empty'],
  ])('text %j -> %s', (text, out) => {
    expect(num(text)).toBe(out);
  });

  it.each(['1.000,5', '1,000.5', '1.000.000', '1,000,000', '1.000', '1,250', '12.345'])('rejects %j as a possible thousands separator', (text) => {
    expect(num(text)).toBe('SCORE_NUMBER_AMBIGUOUS');
  });

  it('a decimal-comma file settles "1,250" (1.25) but never "1.000"', () => {
    expect(num('1,250', true)).toBe('1.25');
    expect(num('3,5', true)).toBe('3.5');
    expect(num('3.5', true)).toBe('3.5');
    expect(num('1.000', true)).toBe('SCORE_NUMBER_AMBIGUOUS');
    expect(num('1.000,5', true)).toBe('SCORE_NUMBER_AMBIGUOUS');
  });

  it.each(['abc', '3a', '1 000', '75%', '1e3', '5.', 'true', '3 4'])('rejects %j as not a number', (text) => {
    expect(num(text)).toBe('SCORE_NOT_A_NUMBER');
  });

  it('booleans are not numbers', () => {
    expect(num(true)).toBe('SCORE_NOT_A_NUMBER');
  });

  it('parseNumberText can name its own not-a-number code', () => {
    const r = parseNumberText('x', {}, 'SCORE_LEVEL_NOT_A_NUMBER');
    expect(r.status === 'invalid' && r.problem.code).toBe('SCORE_LEVEL_NOT_A_NUMBER');
  });
});

describe('levels', () => {
  const info = levelInfo([
    { value: 0, label: t('Tidak ada', 'None') },
    { value: 1, label: t('Rintisan', 'Initial') },
    { value: 2, label: t('Berkembang', 'Developing') },
    { value: 3, label: t('Memadai', 'Adequate') },
    { value: 4, label: t('Unggul', 'Excellent') },
  ]);
  const lvl = (raw: RawValue, decimalComma?: boolean): string | number => {
    const r = parseLevel(v(raw), info, { decimalComma });
    return r.status === 'ok' ? r.value.value : r.status === 'empty' ? 'empty' : r.problem.code;
  };

  it.each<[RawValue, number | string]>([
    [3, 3],
    [0, 0],
    [3.0, 3],
    ['3', 3],
    [' 3 ', 3],
    ['3.0', 3],
    ['3,0', 3],
    ['+3', 3],
    ['Level 3', 3],
    ['level3', 3],
    ['LEVEL: 2', 2],
    ['Tingkat 4', 4],
    ['Lvl 1', 1],
    ['3 - Memadai', 3],
    ['3 – Memadai', 3],
    ['3: Memadai', 3],
    ['3. Memadai', 3],
    ['3 (lihat catatan)', 3],
    ['3 Memadai', 3],
    ['3)', 3],
    ['3-Memadai', 3],
    ['Memadai', 3],
    ['adequate', 3],
    ['tidak ada', 0],
    ['-', 'empty'],
    ['—', 'empty'],
    [null, 'empty'],
    ['', 'empty'],
  ])('%j -> %j', (raw, out) => {
    expect(lvl(raw)).toBe(out);
  });

  it.each<[RawValue, string]>([
    [2.5, 'SCORE_LEVEL_NOT_INTEGER'],
    ['2.5', 'SCORE_LEVEL_NOT_INTEGER'],
    ['2,5', 'SCORE_LEVEL_NOT_INTEGER'],
    ['Level 2.5', 'SCORE_LEVEL_NOT_INTEGER'],
    [5, 'SCORE_LEVEL_OUT_OF_RANGE'],
    ['7', 'SCORE_LEVEL_OUT_OF_RANGE'],
    [-1, 'SCORE_LEVEL_OUT_OF_RANGE'],
    ['abc', 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['3a', 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['3.5x', 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['3-4', 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['3 4', 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['Level', 'SCORE_LEVEL_NOT_A_NUMBER'],
    [true, 'SCORE_LEVEL_NOT_A_NUMBER'],
    ['1.000', 'SCORE_NUMBER_AMBIGUOUS'],
    ['1.000,5', 'SCORE_NUMBER_AMBIGUOUS'],
  ])('%j -> %s', (raw, code) => {
    expect(lvl(raw)).toBe(code);
  });

  it('out of range names the allowed levels', () => {
    const r = parseLevel(v('7'), info);
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') expect(r.problem.args).toMatchObject({ value: '7', level: '7', allowed: ['0', '1', '2', '3', '4'] });
  });
});

describe('lookup keys and codes', () => {
  it('S-2 = s2 = S 2 = S.2', () => {
    for (const s of ['S-2', 's2', 'S 2', 'S.2', ' s-2 ', 'Ｓ２']) expect(lookupKey(s)).toBe('s2');
  });
  it('codes keep punctuation but not case or outer space', () => {
    expect(codeKey(' a1.1 ')).toBe(codeKey('A1.1'));
    expect(codeKey('A1.1')).not.toBe(codeKey('A11'));
  });
});

describe('booleans', () => {
  const b = (raw: RawValue): boolean | string => {
    const r = parseBoolean(v(raw));
    return r.status === 'ok' ? r.value : r.status === 'empty' ? 'empty' : r.problem.code;
  };
  it.each(['ya', 'Ya', 'YES', 'y', 'true', '1', 'x', 'X', 'v', '✓', '✔', 'ada', 'Sudah', 'benar'])('%j is true', (s) => {
    expect(b(s)).toBe(true);
  });
  it.each(['tidak', 'Tidak', 'no', 'n', 'false', '0', '-', 'tidak ada', 'TIDAK  ADA', 'belum', 'salah'])('%j is false', (s) => {
    expect(b(s)).toBe(false);
  });
  it('boolean and 1/0 cells', () => {
    expect(b(true)).toBe(true);
    expect(b(false)).toBe(false);
    expect(b(1)).toBe(true);
    expect(b(0)).toBe(false);
    expect(b(2)).toBe('SCORE_BOOLEAN_INVALID');
    expect(b('mungkin')).toBe('SCORE_BOOLEAN_INVALID');
    expect(b('')).toBe('empty');
  });
});

describe('compileLeaf: points and rules for every kind', () => {
  const run = (l: LeafNode, raw: RawValue, decimalComma?: boolean) => {
    const r = compileLeaf(l, {}, { decimalComma })(v(raw));
    return { status: r.status, parsed: r.parsed, points: r.points?.toString() ?? null, rule: r.rule, code: r.problem?.code };
  };

  it('levels × weight', () => {
    expect(run(leaf('L', { kind: 'levels', levels: levels(4), weight: 2.5 }), 3)).toEqual({
      status: 'ok',
      parsed: 3,
      points: '7.5',
      rule: 'level 3 × 2.5 = 7.5',
      code: undefined,
    });
  });

  it('levels with explicit points and with weight 1', () => {
    expect(run(leaf('L', { kind: 'levels', levels: levels(4, (x) => x * 10) }), '2').rule).toBe('level 2 → 20');
    expect(run(leaf('L', { kind: 'levels', levels: levels(4) }), '2').rule).toBe('level 2 → 2');
  });

  it('levels from a named scale', () => {
    const l = leaf('L', { kind: 'levels', scale: 'std', weight: 10 });
    const r = compileLeaf(l, { scales: { std: { levels: levels(3) } } })(v(3));
    expect(r.points?.toString()).toBe('30');
  });

  it('levels out of range: parsed level, no points, the rule names the code', () => {
    expect(run(leaf('L', { kind: 'levels', levels: levels(4) }), 5)).toEqual({
      status: 'invalid',
      parsed: 5,
      points: null,
      rule: 'level "5" → SCORE_LEVEL_OUT_OF_RANGE',
      code: 'SCORE_LEVEL_OUT_OF_RANGE',
    });
  });

  const edu = leaf('EDU', {
    kind: 'lookup',
    cases: [
      { match: ['S-3', 'Doktor'], points: 25 },
      { match: ['S-2', 'Magister'], points: 20 },
      { match: ['S-1', 'D-IV', 'D4'], points: 15 },
    ],
  });

  it('lookup: case-, space- and punctuation-insensitive', () => {
    expect(run(edu, 'S-2')).toMatchObject({ status: 'ok', parsed: 'S-2', points: '20', rule: 'lookup "S-2" → 20' });
    expect(run(edu, 's2')).toMatchObject({ points: '20', rule: 'lookup "s2" → 20' });
    expect(run(edu, 'S 2')).toMatchObject({ points: '20' });
    expect(run(edu, 'magister')).toMatchObject({ points: '20', parsed: 'S-2' });
    expect(run(edu, 'd-iv')).toMatchObject({ points: '15' });
  });

  it('lookup with no match: an error, or the default', () => {
    expect(run(edu, 'SMA')).toMatchObject({ status: 'invalid', code: 'SCORE_LOOKUP_NO_MATCH', parsed: 'SMA' });
    const withDefault = leaf('EDU', { kind: 'lookup', cases: [{ match: ['S-3'], points: 25 }], default: 5 });
    expect(run(withDefault, 'SMA')).toMatchObject({ status: 'ok', points: '5', rule: 'lookup "SMA" → default 5' });
  });

  const thr = leaf('T', {
    kind: 'thresholds',
    steps: [
      { min: 90, points: 30 },
      { min: 75, inclusive: false, points: 20 },
      { min: 60, points: 10 },
    ],
  });

  it('thresholds: first step met, inclusive by default; otherwise', () => {
    expect(run(thr, 90)).toMatchObject({ points: '30', rule: 'thresholds 90 ≥ 90 → 30' });
    expect(run(thr, '75,5')).toMatchObject({ points: '20', rule: 'thresholds 75.5 > 75 → 20', parsed: 75.5 });
    expect(run(thr, 75)).toMatchObject({ points: '10', rule: 'thresholds 75 ≥ 60 → 10' });
    expect(run(thr, 10)).toMatchObject({ points: '0', rule: 'thresholds 10 → otherwise 0' });
    expect(run(thr, 'banyak')).toMatchObject({ status: 'invalid', code: 'SCORE_NOT_A_NUMBER' });
  });

  const lin = leaf('LIN', { kind: 'linear', factor: 0.5, cap: 40 });

  it('linear: value × factor, capped, floored', () => {
    expect(run(lin, 32)).toMatchObject({ points: '16', rule: '32 × 0.5 = 16' });
    expect(run(lin, 90)).toMatchObject({ points: '40', rule: 'min(40, 90 × 0.5) = 40' });
    expect(run(lin, -4)).toMatchObject({ points: '0', rule: 'max(0, -4 × 0.5) = 0' });
    expect(run(lin, '0,1')).toMatchObject({ points: '0.05' });
    const withOffset = leaf('LIN', { kind: 'linear', factor: 0.1, offset: -1, cap: 10, floor: 2 });
    expect(run(withOffset, 85)).toMatchObject({ points: '7.5', rule: '85 × 0.1 - 1 = 7.5' });
    expect(run(withOffset, 20)).toMatchObject({ points: '2', rule: 'max(2, 20 × 0.1 - 1) = 2' });
  });

  it('linear stays exact: 0.1 × 3 = 0.3', () => {
    expect(run(leaf('LIN', { kind: 'linear', factor: 0.1, cap: 100 }), 3).points).toBe('0.3');
  });

  it('boolean', () => {
    const yes = leaf('B', { kind: 'boolean', true: 5 });
    expect(run(yes, 'Ya')).toMatchObject({ status: 'ok', parsed: true, points: '5', rule: 'boolean "Ya" → 5' });
    expect(run(yes, '-')).toMatchObject({ status: 'ok', parsed: false, points: '0' });
    expect(run(yes, 'entah')).toMatchObject({ status: 'invalid', code: 'SCORE_BOOLEAN_INVALID' });
  });

  it('no value is empty for every kind', () => {
    for (const l of [edu, thr, lin, leaf('B', { kind: 'boolean', true: 1 }), leaf('L', { kind: 'levels', levels: levels(2) })]) {
      expect(compileLeaf(l, {})(undefined).status).toBe('empty');
      expect(compileLeaf(l, {})(v('')).status).toBe('empty');
      expect(compileLeaf(l, {})(v(null)).status).toBe('empty');
    }
  });
});
