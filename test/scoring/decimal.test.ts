import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';

const d = (s: string): Dec => {
  const v = Dec.parse(s);
  if (!v) throw new Error(`bad test number ${s}`);
  return v;
};

describe('Dec.parse', () => {
  it.each([
    ['0', '0'],
    ['288.5', '288.5'],
    [' 3 ', '3'],
    ['+7', '7'],
    ['-0', '0'],
    ['-12.250', '-12.25'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['2.5E-2', '0.025'],
    ['00012', '12'],
  ])('%j -> %s', (text, out) => {
    expect(Dec.parse(text)?.toString()).toBe(out);
  });

  it.each(['', ' ', '.', '-', '1,5', '1.000,5', '1 000', 'NaN', 'Infinity', '0x10', '1e', '3a', '٣', '1_000', '--1'])('rejects %j', (text) => {
    expect(Dec.parse(text)).toBeUndefined();
  });

  it('decimal comma: the comma is the decimal point, a dot still works, both together do not', () => {
    expect(Dec.parse('3,5', { decimalComma: true })?.toString()).toBe('3.5');
    expect(Dec.parse('250.5', { decimalComma: true })?.toString()).toBe('250.5');
    expect(Dec.parse('1.000,5', { decimalComma: true })).toBeUndefined();
    expect(Dec.parse('1,000,5', { decimalComma: true })).toBeUndefined();
  });

  it('fromNumber uses the shortest decimal text, so 0.1 is exactly one tenth', () => {
    expect(Dec.num(0.1).eq(Dec.of(1n, 10n))).toBe(true);
    expect(Dec.num(1e21).toString()).toBe('1000000000000000000000');
    expect(Dec.num(1e-7).eq(Dec.of(1n, 10_000_000n))).toBe(true);
    expect(Dec.fromNumber(Number.NaN)).toBeUndefined();
    expect(Dec.fromNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(() => Dec.num(Number.NaN)).toThrow(RangeError);
  });
});

describe('Dec arithmetic', () => {
  it('0.1 + 0.2 is exactly 0.3', () => {
    const sum = Dec.num(0.1).add(Dec.num(0.2));
    expect(sum.eq(Dec.num(0.3))).toBe(true);
    expect(sum.toString()).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3); // the float drift this class exists to avoid
  });

  it('sums of halves stay exact: 288.5', () => {
    const parts = ['37.5', '38', '75', '25', '77.5', '35.5'].map(d);
    expect(Dec.sum(parts).toString()).toBe('288.5');
  });

  it('add, sub, mul, div, neg, abs', () => {
    expect(d('1.25').add(d('2.5')).toString()).toBe('3.75');
    expect(d('1.25').sub(d('2.5')).toString()).toBe('-1.25');
    expect(d('1.5').mul(d('-2.5')).toString()).toBe('-3.75');
    expect(d('1').div(d('8')).toString()).toBe('0.125');
    expect(d('-3').neg().toString()).toBe('3');
    expect(d('-3').abs().toString()).toBe('3');
    expect(d('3').abs().toString()).toBe('3');
    expect(() => d('1').div(Dec.ZERO)).toThrow(RangeError);
    expect(() => Dec.of(1n, 0n)).toThrow(RangeError);
  });

  it('values are reduced, so equal values are eq whatever their text', () => {
    expect(d('0.50').eq(d('.5'))).toBe(true);
    expect(Dec.of(2n, -4n).eq(d('-0.5'))).toBe(true);
    expect(Dec.of(2n, 4n).d).toBe(2n);
  });

  it('comparisons, min and max', () => {
    expect(d('1.5').cmp(d('1.50'))).toBe(0);
    expect(d('-1').lt(d('0'))).toBe(true);
    expect(d('2').gte(d('2'))).toBe(true);
    expect(d('2').gt(d('2'))).toBe(false);
    expect(d('2').lte(d('1.9'))).toBe(false);
    expect(d('2').min(d('3')).toString()).toBe('2');
    expect(d('2').max(d('3')).toString()).toBe('3');
    expect(Dec.ZERO.isZero()).toBe(true);
    expect(d('4').isInteger()).toBe(true);
    expect(d('4.5').isInteger()).toBe(false);
  });

  it('floor rounds toward -infinity', () => {
    expect(d('2.5').floor()).toBe(2n);
    expect(d('-2.5').floor()).toBe(-3n);
    expect(d('-2').floor()).toBe(-2n);
  });

  it('weighted means stay exact: (75·0.8 + 25·0.6) / 100 = 0.75', () => {
    const v = Dec.int(75).mul(d('0.8')).add(Dec.int(25).mul(d('0.6'))).div(Dec.int(100));
    expect(v.toString()).toBe('0.75');
  });
});

describe('Dec rounding', () => {
  const r = (x: string, step: string, mode?: 'half-up' | 'half-even' | 'down' | 'up'): string => d(x).roundToStep(d(step), mode).toString();

  it('half-up to 0.5 steps (the merit rule)', () => {
    expect(r('0.25', '0.5')).toBe('0.5');
    expect(r('0.24', '0.5')).toBe('0');
    expect(r('288.75', '0.5')).toBe('289');
    expect(r('288.7', '0.5')).toBe('288.5');
    expect(r('288.5', '0.5')).toBe('288.5');
  });

  it('half-up sends negative halves away from zero', () => {
    expect(r('-2.5', '1')).toBe('-3');
    expect(r('-0.25', '0.5')).toBe('-0.5');
    expect(r('-2.4', '1')).toBe('-2');
    expect(r('-2.6', '1')).toBe('-3');
  });

  it('half-even (banker’s), including negative halves', () => {
    expect(r('2.5', '1', 'half-even')).toBe('2');
    expect(r('3.5', '1', 'half-even')).toBe('4');
    expect(r('-2.5', '1', 'half-even')).toBe('-2');
    expect(r('-3.5', '1', 'half-even')).toBe('-4');
    expect(r('2.51', '1', 'half-even')).toBe('3');
  });

  it('down and up go toward -infinity and +infinity', () => {
    expect(r('2.9', '1', 'down')).toBe('2');
    expect(r('-2.1', '1', 'down')).toBe('-3');
    expect(r('2.1', '1', 'up')).toBe('3');
    expect(r('-2.9', '1', 'up')).toBe('-2');
    expect(r('3', '1', 'up')).toBe('3');
  });

  it('decimals', () => {
    expect(d('1.005').roundToDecimals(2).toString()).toBe('1.01'); // exact: no 1.00499999 float trap
    expect(d('1.005').roundToDecimals(2, 'half-even').toString()).toBe('1');
    expect(Dec.of(2n, 3n).roundToDecimals(3).toString()).toBe('0.667');
    expect(d('1234.5').roundToDecimals(0).toString()).toBe('1235');
  });

  it('a non-positive step is refused', () => {
    expect(() => d('1').roundToStep(Dec.ZERO)).toThrow(RangeError);
    expect(() => d('1').roundToStep(d('-0.5'))).toThrow(RangeError);
  });
});

describe('Dec.toString', () => {
  it('prints finite decimals exactly', () => {
    expect(d('288.5').toString()).toBe('288.5');
    expect(d('5.625').toString()).toBe('5.625');
    expect(d('-0.05').toString()).toBe('-0.05');
    expect(d('100').toString()).toBe('100');
  });

  it('prints repeating values to maxDecimals (default 6), half-up, trailing zeros removed', () => {
    expect(Dec.of(1n, 3n).toString()).toBe('0.333333');
    expect(Dec.of(2n, 3n).toString()).toBe('0.666667');
    expect(Dec.of(-2n, 3n).toString()).toBe('-0.666667');
    expect(Dec.of(1n, 3n).toString({ maxDecimals: 2 })).toBe('0.33');
    expect(Dec.of(1n, 6n).toString({ maxDecimals: 1 })).toBe('0.2');
    expect(Dec.of(2999999n, 3000000n).toString({ maxDecimals: 4 })).toBe('1');
  });

  it('never prints -0', () => {
    expect(Dec.of(-1n, 30_000_000n).toString()).toBe('0');
    expect(d('-0.4').toString({ fixed: 0 })).toBe('0');
  });

  it('long finite decimals over maxDecimals are rounded, and printed exactly when allowed', () => {
    const tiny = Dec.of(1n, 2n ** 50n); // 50 decimal places
    expect(tiny.toString()).toBe('0');
    // Regression: this used to be cut off after 41 places.
    expect(tiny.toString({ maxDecimals: 60 })).toBe('0.00000000000000088817841970012523233890533447265625');
    expect(Dec.of(1n, 2n ** 50n).mul(Dec.int(2n ** 50n)).toString()).toBe('1');
  });

  it('fixed decimals pad and round half-up', () => {
    expect(d('94').toString({ fixed: 1 })).toBe('94.0');
    expect(d('0.125').toString({ fixed: 2 })).toBe('0.13');
    expect(d('-0.125').toString({ fixed: 2 })).toBe('-0.13');
    expect(Dec.of(1n, 3n).toString({ fixed: 3 })).toBe('0.333');
  });

  it('toNumber / toJSON', () => {
    expect(d('288.5').toNumber()).toBe(288.5);
    expect(JSON.stringify({ s: d('0.1').add(d('0.2')) })).toBe('{"s":0.3}');
    expect(Dec.of(1n, 3n).toNumber()).toBe(0.333333333333);
  });
});
