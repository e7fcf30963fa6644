import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPointer, MAX_DEPTH, parseJsonLocated } from '../../src/rubric/json-locate.js';

const codes = (text: string) => parseJsonLocated(text).diagnostics.map((d) => d.code);
const syntax = (text: string) => {
  const r = parseJsonLocated(text, { file: 'x.json' });
  expect(r.value).toBeUndefined();
  expect(r.diagnostics).toHaveLength(1);
  const d = r.diagnostics[0]!;
  expect(d.code).toBe('RUBRIC_JSON_SYNTAX');
  expect(d.severity).toBe('error');
  return { reason: d.args.reason, found: d.args.found, line: d.location?.line, column: d.location?.column, file: d.location?.file };
};

describe('parseJsonLocated: values and positions', () => {
  const text = ['{', '  "a": 1,', '  "b": [true, null, "x"],', '  "c": { "d/e": { "f~g": -2.5e1 } }', '}'].join('\n');
  const r = parseJsonLocated(text);

  it('parses like JSON.parse', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(JSON.parse(text));
  });

  it('records 1-based line:column of every value', () => {
    expect(r.values.get('')).toEqual({ line: 1, column: 1 });
    expect(r.values.get('/a')).toEqual({ line: 2, column: 8 });
    expect(r.values.get('/b')).toEqual({ line: 3, column: 8 });
    expect(r.values.get('/b/0')).toEqual({ line: 3, column: 9 });
    expect(r.values.get('/b/1')).toEqual({ line: 3, column: 15 });
    expect(r.values.get('/b/2')).toEqual({ line: 3, column: 21 });
    expect(r.values.get('/c/d~1e/f~0g')).toEqual({ line: 4, column: 26 });
  });

  it('records the position of every key', () => {
    expect(r.keys.get('/a')).toEqual({ line: 2, column: 3 });
    expect(r.keys.get('/c/d~1e')).toEqual({ line: 4, column: 10 });
    expect(r.keys.get('/c/d~1e/f~0g')).toEqual({ line: 4, column: 19 });
    expect(r.locate('/c/d~1e', { key: true })).toEqual({ line: 4, column: 10 });
  });

  it('locates a missing pointer at its nearest existing ancestor', () => {
    expect(r.locate('/c/d~1e/nothing/here')).toEqual({ line: 4, column: 17 });
    expect(r.locate('/zzz')).toEqual({ line: 1, column: 1 });
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    expect(joinPointer('/a', 'b/c~d')).toBe('/a/b~1c~0d');
    expect(joinPointer('', 3)).toBe('/3');
  });

  it('counts CRLF and lone CR as one line break, and skips a BOM', () => {
    const crlf = parseJsonLocated('\uFEFF{\r\n  "a":\r\n\r  1\n}');
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.value).toEqual({ a: 1 });
    expect(crlf.values.get('/a')).toEqual({ line: 4, column: 3 });
    expect(crlf.values.get('')).toEqual({ line: 1, column: 1 });
  });

  it('decodes string escapes and surrogate pairs', () => {
    const v = parseJsonLocated('["\\u00e9\\n\\t\\"\\\\\\/", "😀", "\\ud83d\\ude00"]').value as string[];
    expect(v).toEqual(['é\n\t"\\/', '😀', '😀']);
  });
});

describe('parseJsonLocated: malformed JSON never throws', () => {
  it.each([
    ['{"a": 1 "b": 2}', 'expected-comma-or-brace', 1, 9, `'"'`],
    ['[1 2]', 'expected-comma-or-bracket', 1, 4, `'2'`],
    ['{"a": 1,}', 'trailing-comma', 1, 8, `','`],
    ['[1,\n 2,\n]', 'trailing-comma', 2, 3, `','`],
    ['{"a" 1}', 'expected-colon', 1, 6, `'1'`],
    ['{a: 1}', 'unquoted-key', 1, 2, `'a'`],
    ["{'a': 1}", 'single-quote', 1, 2, `'''`],
    ['{"a": 1} // x', 'comment', 1, 10, `'/'`],
    ['{\n  // x\n  "a": 1}', 'comment', 2, 3, `'/'`],
    ['{"a": 01}', 'bad-number', 1, 7, `'0'`],
    ['{"a": 1.}', 'bad-number', 1, 8, `'.'`],
    ['[-]', 'bad-number', 1, 2, `'-'`],
    ['[.5]', 'expected-value', 1, 2, `'.'`],
    ['[NaN]', 'expected-value', 1, 2, `'N'`],
    ['[tru]', 'expected-value', 1, 2, `'t'`],
    ['["a\\x"]', 'bad-escape', 1, 4, `'\\'`],
    ['["a\\u12g4"]', 'bad-escape', 1, 4, `'\\'`],
    ['["a\tb"]', 'control-char', 1, 4, 'U+0009'],
    ['["abc\n"]', 'unterminated-string', 1, 2, `'"'`],
    ['["abc', 'unterminated-string', 1, 2, `'"'`],
    ['{"a": [1, 2', 'unexpected-end', 1, 12, undefined],
    ['{} {}', 'trailing-content', 1, 4, `'{'`],
    ['', 'empty', 1, 1, undefined],
    ['  \n ', 'empty', 2, 2, undefined],
    ['{"a": }', 'expected-value', 1, 7, `'}'`],
  ])('%j -> %s at %i:%i', (text, reason, line, column, found) => {
    expect(syntax(text)).toEqual({ reason, found, line, column, file: 'x.json' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseJsonLocated(s);
        return r.value !== undefined || r.diagnostics.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on every JSON text it accepts without diagnostics', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const r = parseJsonLocated(text);
        if (r.diagnostics.length === 0) expect(r.value).toEqual(JSON.parse(text));
        else expect(r.diagnostics.every((d) => ['RUBRIC_NUMBER_RANGE', 'RUBRIC_FORBIDDEN_KEY', 'RUBRIC_DUPLICATE_KEY'].includes(d.code))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonLocated: hostile input', () => {
  it('reports duplicate keys with the first position, keeping the last value', () => {
    const r = parseJsonLocated('{\n  "a": 1,\n  "a": {"x": 2}\n}', { file: 'r.json' });
    expect(r.value).toEqual({ a: { x: 2 } });
    expect(r.diagnostics).toEqual([
      { code: 'RUBRIC_DUPLICATE_KEY', severity: 'error', args: { key: 'a', firstLine: 2, firstColumn: 3 }, location: { file: 'r.json', line: 3, column: 3, pointer: '/a' } },
    ]);
    expect(r.values.get('/a')).toEqual({ line: 3, column: 8 });
  });

  it('refuses __proto__, constructor and prototype keys without polluting anything', () => {
    const text = '{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}, "prototype": 1}, "b": 2}';
    const r = parseJsonLocated(text);
    expect(r.diagnostics.map((d) => [d.code, d.args.key, d.location?.pointer, d.location?.column])).toEqual([
      ['RUBRIC_FORBIDDEN_KEY', '__proto__', '/__proto__', 2],
      ['RUBRIC_FORBIDDEN_KEY', 'constructor', '/a/constructor', 41],
      ['RUBRIC_FORBIDDEN_KEY', 'prototype', '/a/constructor/prototype', 57],
      ['RUBRIC_FORBIDDEN_KEY', 'prototype', '/a/prototype', 91],
    ]);
    const v = r.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a', 'b']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v.a as object)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(false);
    expect(r.values.has('/__proto__')).toBe(false);
    expect(r.values.has('/__proto__/polluted')).toBe(false);
  });

  it('reports numbers that are not finite or beyond ±1e15', () => {
    expect(codes('[1e15, -1e15, 999999999999999, 0.000001]')).toEqual([]);
    const r = parseJsonLocated('[1e16, -1e400, 1e999]');
    expect(r.diagnostics.map((d) => [d.code, d.args.value, d.location?.column])).toEqual([
      ['RUBRIC_NUMBER_RANGE', '1e16', 2],
      ['RUBRIC_NUMBER_RANGE', '-1e400', 8],
      ['RUBRIC_NUMBER_RANGE', '1e999', 16],
    ]);
  });

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses ${MAX_DEPTH + 1}`, () => {
    expect(codes('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toEqual([]);
    const r = parseJsonLocated('{"a":' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '}');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column])).toEqual([['RUBRIC_TOO_DEEP', 1, 5 + MAX_DEPTH]]);
  });

  it('survives absurd nesting without a stack overflow', () => {
    const r = parseJsonLocated('['.repeat(200_000));
    expect(r.diagnostics[0]?.code).toBe('RUBRIC_TOO_DEEP');
  });
});
