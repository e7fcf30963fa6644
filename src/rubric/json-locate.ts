/**
 * A small, strict JSON parser that remembers where things are: for every value and every key it
 * records the 1-based line and column, keyed by JSON pointer, so that a diagnostic about
 * `/root/children/3/levels` can say `rubric.json:41:9`.
 *
 * It never throws on bad input. Malformed JSON gives one RUBRIC_JSON_SYNTAX diagnostic (with a
 * `reason` the message catalog turns into words) and no value. Other problems are collected and
 * parsing goes on: duplicate keys (RUBRIC_DUPLICATE_KEY, the last one is kept), the keys
 * `__proto__`, `constructor` and `prototype` (RUBRIC_FORBIDDEN_KEY; they never become object keys,
 * so no prototype pollution), numbers that are not finite or beyond ±1e15 (RUBRIC_NUMBER_RANGE).
 * Nesting deeper than 64 stops the parse (RUBRIC_TOO_DEEP), so the recursion is bounded, and so
 * do more than 200,000 values (RUBRIC_TOO_MANY_VALUES), so its memory is.
 * A leading byte-order mark is skipped. Lines end at \n, \r\n or \r; columns count UTF-16 units.
 */
import { error, type Diagnostic } from '../diagnostics.js';

export interface Position {
  line: number;
  column: number;
}

export interface LocatedJson {
  /** The parsed value; undefined when the text is not JSON (see diagnostics). */
  value?: unknown;
  diagnostics: Diagnostic[];
  /** JSON pointer -> where the value starts (`""` is the whole document). */
  values: Map<string, Position>;
  /** JSON pointer of a property -> where its key starts. */
  keys: Map<string, Position>;
  /**
   * Where a pointer is, for a diagnostic: the value's position, or (with `key`) the key's; when
   * the pointer names nothing that exists, the nearest existing ancestor's position.
   */
  locate(pointer: string, options?: { key?: boolean }): Position | undefined;
}

export const MAX_DEPTH = 64;
/**
 * At most this many JSON values (the largest bundled rubric has 2,716): the parse stops with
 * RUBRIC_TOO_MANY_VALUES, so a hostile 8 MB rubric of 100,000 nodes never reaches validation,
 * lint or scoring (where every what-if of `merit gap` would re-score all of it).
 */
export const MAX_VALUES = 200_000;
export const MAX_MAGNITUDE = 1e15;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Why the text is not JSON; the message catalog words each one. */
export type SyntaxReason =
  | 'unexpected-end'
  | 'unexpected-char'
  | 'expected-value'
  | 'expected-key'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'trailing-comma'
  | 'comment'
  | 'single-quote'
  | 'unquoted-key'
  | 'bad-number'
  | 'bad-escape'
  | 'control-char'
  | 'unterminated-string'
  | 'trailing-content'
  | 'empty';

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(pointer: string, token: string | number): string {
  return `${pointer}/${typeof token === 'number' ? token : escapePointer(token)}`;
}

class Stop {
  constructor(readonly diagnostic: Diagnostic) {}
}

export function parseJsonLocated(text: string, options: { file?: string } = {}): LocatedJson {
  const file = options.file;
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();
  const diagnostics: Diagnostic[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const n = text.length;

  const pos = (at: number = i): Position => ({ line, column: at - lineStart + 1 });
  const loc = (p: Position, pointer?: string) => ({
    ...(file !== undefined ? { file } : {}),
    line: p.line,
    column: p.column,
    ...(pointer !== undefined ? { pointer: pointer === '' ? '' : pointer } : {}),
  });

  const fail = (reason: SyntaxReason, at: number = i, pointer?: string): Stop => {
    const found = at < n ? describeChar(text, at) : undefined;
    return new Stop(error('RUBRIC_JSON_SYNTAX', { reason, ...(found !== undefined ? { found } : {}) }, loc(pos(at), pointer)));
  };

  /** The last comma seen (offset, position): a trailing comma is reported where it is. */
  let commaPos: Position = { line: 1, column: 1 };
  const failAt = (reason: SyntaxReason, commaAt: number): Stop =>
    commaAt < 0 ? fail(reason) : new Stop(error('RUBRIC_JSON_SYNTAX', { reason, found: "','" }, loc(commaPos)));

  function skipWs(): void {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i++;
      else if (c === 0x0a) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 0x0d) {
        i++;
        if (text.charCodeAt(i) === 0x0a) i++;
        line++;
        lineStart = i;
      } else break;
    }
  }

  function parseValue(pointer: string, depth: number): unknown {
    skipWs();
    if (i >= n) throw fail('unexpected-end');
    if (values.size >= MAX_VALUES) throw new Stop(error('RUBRIC_TOO_MANY_VALUES', { max: MAX_VALUES }, loc(pos(), pointer)));
    values.set(pointer, pos());
    const c = text[i]!;
    switch (c) {
      case '{':
        return parseObject(pointer, depth + 1);
      case '[':
        return parseArray(pointer, depth + 1);
      case '"':
        return parseString();
      case 't':
        return literal('true', true);
      case 'f':
        return literal('false', false);
      case 'n':
        return literal('null', null);
      case "'":
        throw fail('single-quote');
      case '/':
        throw fail('comment');
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return parseNumber(pointer);
        throw fail('expected-value');
    }
  }

  function literal<T>(word: string, value: T): T {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    throw fail('expected-value');
  }

  function enter(depth: number, pointer: string): void {
    if (depth > MAX_DEPTH) throw new Stop(error('RUBRIC_TOO_DEEP', { max: MAX_DEPTH }, loc(pos(), pointer)));
  }

  function parseObject(pointer: string, depth: number): Record<string, unknown> {
    enter(depth, pointer);
    i++; // {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, Position>();
    let comma = -1;
    skipWs();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      skipWs();
      if (i >= n) throw fail('unexpected-end');
      const c = text[i];
      if (c !== '"') {
        if (c === '}') throw failAt('trailing-comma', comma);
        if (c === "'") throw fail('single-quote');
        if (c === '/') throw fail('comment');
        if (c !== undefined && /[A-Za-z_$]/.test(c)) throw fail('unquoted-key');
        throw fail('expected-key');
      }
      const keyPos = pos();
      const key = parseString();
      const child = joinPointer(pointer, key);
      skipWs();
      if (i >= n) throw fail('unexpected-end');
      if (text[i] !== ':') throw fail('expected-colon');
      i++;
      const forbidden = FORBIDDEN_KEYS.has(key);
      const first = seen.get(key);
      if (first) forget(child); // the later value wins; the earlier one's positions go
      if (forbidden) diagnostics.push(error('RUBRIC_FORBIDDEN_KEY', { key }, loc(keyPos, child)));
      else keys.set(child, keyPos);
      const value = parseValue(child, depth);
      if (forbidden) {
        forget(child); // never an object key, never locatable: nothing downstream may see it
      } else {
        if (first) {
          diagnostics.push(error('RUBRIC_DUPLICATE_KEY', { key, firstLine: first.line, firstColumn: first.column }, loc(keyPos, child)));
        } else {
          seen.set(key, keyPos);
        }
        out[key] = value;
      }
      skipWs();
      if (i >= n) throw fail('unexpected-end');
      if (text[i] === ',') {
        comma = i;
        commaPos = pos();
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      if (text[i] === '/') throw fail('comment');
      throw fail('expected-comma-or-brace');
    }
  }

  function forget(pointer: string): void {
    const prefix = pointer + '/';
    for (const k of [...values.keys()]) if (k === pointer || k.startsWith(prefix)) values.delete(k);
    for (const k of [...keys.keys()]) if (k === pointer || k.startsWith(prefix)) keys.delete(k);
  }

  function parseArray(pointer: string, depth: number): unknown[] {
    enter(depth, pointer);
    i++; // [
    const out: unknown[] = [];
    let comma = -1;
    skipWs();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      skipWs();
      if (text[i] === ']') throw failAt('trailing-comma', comma);
      out.push(parseValue(joinPointer(pointer, out.length), depth));
      skipWs();
      if (i >= n) throw fail('unexpected-end');
      if (text[i] === ',') {
        comma = i;
        commaPos = pos();
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      if (text[i] === '/') throw fail('comment');
      throw fail('expected-comma-or-bracket');
    }
  }

  function parseString(): string {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= n) throw fail('unterminated-string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 0x20) throw fail(c === 0x0a || c === 0x0d ? 'unterminated-string' : 'control-char', c === 0x0a || c === 0x0d ? start : i);
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            i += 2;
            break;
          case 'b':
            out += '\b';
            i += 2;
            break;
          case 'f':
            out += '\f';
            i += 2;
            break;
          case 'n':
            out += '\n';
            i += 2;
            break;
          case 'r':
            out += '\r';
            i += 2;
            break;
          case 't':
            out += '\t';
            i += 2;
            break;
          case 'u': {
            const hex = text.slice(i + 2, i + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw fail('bad-escape');
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            break;
          }
          default:
            throw fail(i + 1 >= n ? 'unterminated-string' : 'bad-escape', i + 1 >= n ? start : i);
        }
        chunk = i;
        continue;
      }
      i++;
    }
  }

  function parseNumber(pointer: string): number {
    const start = i;
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r || r[0] === '-' || r[0] === '') throw fail('bad-number');
    i += r[0].length;
    // 01, 1., 1.e5, .5 and friends are not JSON numbers.
    const next = text[i];
    if (next !== undefined && /[0-9.eE+\-A-Za-z]/.test(next)) throw fail('bad-number', next === '.' || /[eE]/.test(next) ? i : start);
    const value = Number(r[0]);
    if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
      diagnostics.push(error('RUBRIC_NUMBER_RANGE', { value: r[0], max: '1e15' }, loc(pos(start), pointer)));
      return 0;
    }
    return value;
  }

  let value: unknown;
  try {
    skipWs();
    if (i >= n) throw fail('empty');
    value = parseValue('', 0);
    skipWs();
    if (i < n) throw fail(text[i] === '/' ? 'comment' : 'trailing-content');
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    diagnostics.push(e.diagnostic);
    return { diagnostics, values, keys, locate: makeLocate(values, keys) };
  }
  return { value, diagnostics, values, keys, locate: makeLocate(values, keys) };
}

function makeLocate(values: Map<string, Position>, keys: Map<string, Position>): LocatedJson['locate'] {
  return (pointer, options = {}) => {
    if (options.key) {
      const k = keys.get(pointer);
      if (k) return k;
    }
    let p = pointer;
    for (;;) {
      const v = values.get(p);
      if (v) return v;
      if (p === '') return undefined;
      const cut = p.lastIndexOf('/');
      p = cut <= 0 ? '' : p.slice(0, cut);
    }
  };
}

/** The offending character as a short, printable token: `'}'`, `'x'`, `U+0007`. */
function describeChar(text: string, at: number): string {
  const cp = text.codePointAt(at)!;
  if (cp < 0x20 || cp === 0x7f) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${String.fromCodePoint(cp)}'`;
}
