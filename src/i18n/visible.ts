/**
 * Terminal safety: text that came from a file or a rubric (an `Instansi:` cell, a note, a file
 * name, a rubric title, a diagnostic's arguments) is shown with its control characters made
 * visible, so that `ESC[2J` cannot clear the screen, an OSC sequence cannot set the window title,
 * a carriage return cannot overwrite the start of a line and a bidi override cannot reverse what
 * the reader sees. This is the one function that does it; every terminal renderer uses it
 * (text reports, batch tables, gap, explain, diff, record group-by tables, `rubric show`, and
 * every diagnostic printed on a terminal or in a text report).
 *
 * Made visible: C0 (U+0000–U+001F, `\n` `\r` `\t` included: a line break inside evidence text
 * could fake a line of the report), DEL, C1 (U+0080–U+009F), the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029).
 * They are written as escapes: `\n`, `\r`, `\t`, `\x1b`, `\x9b`, `\u202e`.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** True when `text` holds a character that `visible` would escape. */
export function hasUnsafe(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** `text` with every control, DEL, C1 and bidi-override character written as a visible escape. */
export function visible(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, escape) : text;
}

// A document's own line breaks and tabs stay; a carriage return only as part of CRLF.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_DOCUMENT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * A whole document (Markdown, CSV, JSON, HTML, a booklet) written to a terminal: every unsafe
 * character but its own line breaks and tabs written as `\u001b` (an escape JSON reads too), so a
 * report printed with `-f md` cannot drive the terminal either. Files and pipes get the bytes as
 * they are.
 */
export function visibleDocument(text: string): string {
  return text.replace(UNSAFE_IN_DOCUMENT, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Does any string reachable from `value` (plain objects, arrays, Maps, Sets; keys too) need escaping? */
function needsEscaping(value: unknown, seen: Set<object>): boolean {
  if (typeof value === 'string') return UNSAFE_TEST.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v) => needsEscaping(v, seen));
  if (value instanceof Map) {
    for (const [k, v] of value) if (needsEscaping(k, seen) || needsEscaping(v, seen)) return true;
    return false;
  }
  if (value instanceof Set) {
    for (const v of value) if (needsEscaping(v, seen)) return true;
    return false;
  }
  if (!isPlain(value) || isDiagnostic(value)) return false;
  for (const k of Object.keys(value)) if (UNSAFE_TEST.test(k) || needsEscaping((value as Record<string, unknown>)[k], seen)) return true;
  return false;
}

/**
 * A diagnostic is escaped when it is worded (formatDiagnostic quotes its values and applies
 * `visible` to the line), so it is kept as it is: escaping its arguments first would escape twice.
 */
function isDiagnostic(value: object): boolean {
  const d = value as { code?: unknown; severity?: unknown; args?: unknown };
  return typeof d.code === 'string' && typeof d.severity === 'string' && typeof d.args === 'object';
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function copy(value: unknown, memo: Map<object, unknown>): unknown {
  if (typeof value === 'string') return visible(value);
  if (value === null || typeof value !== 'object') return value;
  const done = memo.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    memo.set(value, out);
    for (const v of value) out.push(copy(v, memo));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    memo.set(value, out);
    for (const [k, v] of value) out.set(copy(k, memo), copy(v, memo));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    memo.set(value, out);
    for (const v of value) out.add(copy(v, memo));
    return out;
  }
  // Class instances (exact numbers, dates) carry no text from a file: kept as they are.
  if (!isPlain(value) || isDiagnostic(value)) return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  memo.set(value, out);
  for (const k of Object.keys(value)) out[visible(k)] = copy((value as Record<string, unknown>)[k], memo);
  return out;
}

/**
 * The values a terminal renderer is about to show, with `visible` applied to every string in them
 * (plain objects, arrays, Maps and Sets are copied; shared parts stay shared). Values holding no
 * unsafe character are returned as they are, so ordinary reports are rendered from the very
 * objects the scorer made.
 */
export function visibleAll<T extends readonly unknown[]>(...values: T): T {
  if (!needsEscaping(values, new Set())) return values;
  const memo = new Map<object, unknown>();
  return values.map((v) => copy(v, memo)) as unknown as T;
}
