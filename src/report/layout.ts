/**
 * Column fitting and word wrapping for plain-text output (reports, batch summaries, analysis
 * tables, `rubric show`, the progress line), measured by display width: a CJK character takes two
 * columns, a combining mark none, a colour code none. One place, so every table lines up the same.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** Printable ASCII only: its display width is its length. */
const ASCII = /^[\x20-\x7e]*$/;
/** Colour codes (SGR) and other CSI sequences take no columns. */
// eslint-disable-next-line no-control-regex
const CSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
/** Clusters that take no column: controls, format characters, lone marks. */
const ZERO = /^[\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]+$/u;
/** Emoji presentation, or an emoji variation selector: two columns. */
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;

/** Text that needs grapheme clusters to be measured: emoji, ZWJ sequences, flags. */
const CLUSTERED = /[\u200D\uFE0F\p{Emoji_Presentation}\p{Regional_Indicator}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The units text is measured and cut in: grapheme clusters where the text has emoji or joiners,
 * else code points (a mark then stands alone, with no width). Intl.Segmenter costs ~10 ms on its
 * first use, so it is made only for such text.
 */
function units(s: string): string[] {
  if (!CLUSTERED.test(s)) return [...s];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...segmenter.segment(s)].map((g) => g.segment);
}

/** Columns one unit takes. */
function unitWidth(g: string): number {
  if (ZERO.test(g)) return 0;
  if (EMOJI.test(g)) return 2;
  return eastAsianWidth(g.codePointAt(0)!);
}

/**
 * Columns `s` takes in a terminal (colour codes count for nothing): East Asian Wide and Fullwidth
 * characters and emoji take two, marks and controls none. Written here over get-east-asian-width
 * (the Unicode table string-width itself uses) because importing string-width cost ~40 ms of every
 * `merit score` (docs/performance.md); ASCII, by far the common case, is its length.
 */
export function displayWidth(s: string): number {
  if (ASCII.test(s)) return s.length;
  const plain = s.includes('\u001b') ? s.replace(CSI, '') : s;
  if (ASCII.test(plain)) return plain.length;
  let w = 0;
  for (const u of units(plain)) w += unitWidth(u);
  return w;
}

/** The widest of `values`. */
export function maxWidth(values: readonly string[]): number {
  return values.reduce((m, v) => Math.max(m, displayWidth(v)), 0);
}

/** Pads on the right to `w` columns (String.padEnd counts UTF-16 units, not columns). */
export function padEnd(s: string, w: number): string {
  const n = displayWidth(s);
  return n >= w ? s : s + ' '.repeat(w - n);
}

/** Pads on the left to `w` columns. */
export function padStart(s: string, w: number): string {
  const n = displayWidth(s);
  return n >= w ? s : ' '.repeat(w - n) + s;
}

/** The longest start of `s` that takes at most `w` columns (never splits a character). */
function head(s: string, w: number): string {
  if (ASCII.test(s)) return s.slice(0, w);
  let out = '';
  let used = 0;
  for (const segment of units(s)) {
    const k = displayWidth(segment);
    if (used + k > w) break;
    out += segment;
    used += k;
  }
  return out;
}

/** The longest end of `s` that takes at most `w` columns. */
function tail(s: string, w: number): string {
  if (ASCII.test(s)) return w <= 0 ? '' : s.slice(-w);
  const parts = units(s);
  let out = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const k = displayWidth(parts[i]!);
    if (used + k > w) break;
    out = parts[i]! + out;
    used += k;
  }
  return out;
}

/** Truncates to `w` columns with a trailing ellipsis. */
export function fit(s: string, w: number): string {
  if (w <= 0) return '';
  return displayWidth(s) <= w ? s : head(s, Math.max(0, w - 1)) + '…';
}

/** Truncates from the left (paths: the file name matters most). */
export function fitLeft(s: string, w: number): string {
  if (w <= 0) return '';
  return displayWidth(s) <= w ? s : '…' + tail(s, w - 1);
}

/** `s` cut into pieces of at most `w` columns (at least one character each). */
function pieces(s: string, w: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (rest) {
    let piece = head(rest, w);
    if (!piece) piece = units(rest)[0]!;
    out.push(piece);
    rest = rest.slice(piece.length);
  }
  return out;
}

/**
 * Word-wraps to `width`, with a first-line prefix and a hanging indent; breaks over-long words.
 * Whitespace runs become one space; an empty text gives one (empty or prefix-only) line.
 */
export function wrap(s: string, width: number, first = '', hang = ''): string[] {
  const lines: string[] = [];
  let prefix = first;
  let cur = '';
  const flush = (): void => {
    lines.push((prefix + cur).trimEnd());
    prefix = hang;
    cur = '';
  };
  for (const word of s.split(/\s+/).filter(Boolean)) {
    let rest = word;
    for (;;) {
      const room = width - displayWidth(prefix) - (cur ? displayWidth(cur) + 1 : 0);
      if (displayWidth(rest) <= room) {
        cur = cur ? `${cur} ${rest}` : rest;
        break;
      }
      if (cur) {
        flush();
        continue;
      }
      const [piece = '', ...more] = pieces(rest, Math.max(1, width - displayWidth(prefix)));
      cur = piece;
      rest = more.join('');
      flush();
      if (!rest) break;
    }
  }
  if (cur || lines.length === 0) flush();
  return lines;
}

/** Words wrapped to `width` with no indent and no word broken; an empty text gives no line. */
export function wrapWords(s: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (cur && displayWidth(cur) + 1 + displayWidth(word) > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wraps text that may carry colour codes at word boundaries (single spaces) to `width` columns:
 * the first line starts with `first` (default none), the others with `indent`. A text that fits
 * is returned as it is; otherwise the codes around the whole text are kept around each line. A
 * word longer than a line (a URL) is cut into pieces of the line's room (at least 10 columns).
 */
export function wrapStyled(text: string, width: number, indent: string, first = ''): string[] {
  if (displayWidth(first + text) <= width) return [first + text];
  // eslint-disable-next-line no-control-regex
  const m = /^((?:\u001b\[[0-9;]*m)*)([\s\S]*?)((?:\u001b\[[0-9;]*m)*)$/.exec(text);
  const open = m?.[1] ?? '';
  const plain = m?.[2] ?? text;
  const close = m?.[3] ?? '';
  const out: string[] = [];
  let line = first;
  let lineHasWord = false;
  const room = Math.max(10, width - displayWidth(indent));
  const words = plain.split(' ').flatMap((w) => (displayWidth(w) <= room ? [w] : pieces(w, room)));
  for (const w of words) {
    const candidate = lineHasWord ? `${line} ${w}` : line + w;
    if (lineHasWord && displayWidth(candidate) > width) {
      out.push(line);
      line = indent + w;
    } else line = candidate;
    lineHasWord = true;
  }
  out.push(line);
  return out.map((l) => {
    const lead = /^ */.exec(l)![0];
    return lead + open + l.slice(lead.length) + close;
  });
}
