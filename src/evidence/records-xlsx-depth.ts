/**
 * The XML depth check of the record XLSX reader: xml-guard.ts's `tooDeep`, made to read a part
 * chunk by chunk as it streams out of the zip (records-xlsx.ts feeds it from its EntryGuard).
 */
import { MAX_XML_DEPTH } from './xml-guard.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const BRACKET = 0x5b;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const enum Scan {
  /** Between tags: looking for the next `<`. */
  Text,
  /** Just after a `<`. */
  Open,
  /** Just after `<!`. */
  Bang,
  /** Inside a start or end tag, looking for its `>` outside quotes. */
  Tag,
  /** Inside a comment, CDATA section, declaration or processing instruction: looking for its end. */
  Skip,
}

const CLOSE_COMMENT = Buffer.from('-->', 'latin1');
const CLOSE_CDATA = Buffer.from(']]>', 'latin1');
const CLOSE_DECL = Buffer.from('>', 'latin1');
const CLOSE_PI = Buffer.from('?>', 'latin1');

/** What ends the construct that `<!` + `c` opens: `-->` (a comment), `]]>` (CDATA) or `>`. */
function closeAfterBang(c: number): Buffer {
  return c === DASH ? CLOSE_COMMENT : c === BRACKET ? CLOSE_CDATA : CLOSE_DECL;
}

/**
 * xml-guard.ts's `tooDeep`, fed chunk by chunk: the same reading of the same bytes (comments,
 * CDATA, declarations and processing instructions skipped whole; a `>` inside quotes does not end
 * a tag; `<x/>` does not nest) wherever the chunks are cut, with its state carried from one chunk
 * to the next. About 2 ns a byte (95 ms for the 45 MB sheet of a 100,000-row workbook): a sheet's
 * text between tags is a few bytes, so one loop over every byte beats `indexOf` per tag.
 */
export class DepthScan {
  private depth = 0;
  private state = Scan.Text;
  /** In a tag: an end tag; the quote it is inside (0: none); the byte before the current one. */
  private end = false;
  private quote = 0;
  private prev = 0;
  /** In Skip: what ends it, and the last bytes of the previous chunk (the end may straddle two). */
  private close: Buffer = CLOSE_DECL;
  private held: Buffer | undefined;

  /** Reads the next bytes; true once elements have nested deeper than MAX_XML_DEPTH. */
  push(buf: Buffer): boolean {
    const n = buf.length;
    let i = 0;
    // Text and tags (nearly every byte of a sheet) in one tight loop, with the state in locals;
    // comments, CDATA, declarations and processing instructions through `skip`.
    let state = this.state;
    let depth = this.depth;
    let end = this.end;
    let quote = this.quote;
    let prev = this.prev;
    let deep = false;
    while (i < n) {
      if (state === Scan.Text) {
        while (i < n && buf[i] !== LT) i++;
        if (i === n) break;
        i++;
        state = Scan.Open;
        continue;
      }
      if (state === Scan.Open) {
        const c = buf[i]!;
        if (c === BANG) {
          i++;
          state = Scan.Bang;
          continue;
        }
        if (c === QUESTION) {
          this.state = state;
          i = this.skip(buf, i + 1, CLOSE_PI);
          state = this.state;
          continue;
        }
        // The tag's own bytes start here (`tagEnd` reads from the byte after `<`).
        end = c === SLASH;
        quote = 0;
        prev = LT;
        state = Scan.Tag;
      }
      if (state === Scan.Tag) {
        for (; i < n; i++) {
          const x = buf[i]!;
          if (quote !== 0) {
            if (x === quote) quote = 0;
          } else if (x === DQUOTE || x === SQUOTE) quote = x;
          else if (x === GT) {
            if (end) depth--;
            else if (prev !== SLASH && ++depth > MAX_XML_DEPTH) deep = true;
            state = Scan.Text;
            i++;
            break;
          }
          prev = x;
        }
        if (deep) break;
        continue;
      }
      // After `<!` (the next byte says what ends it), or inside what it opened.
      const close = state === Scan.Bang ? closeAfterBang(buf[i]!) : this.close;
      this.state = state;
      i = this.skip(buf, i, close);
      state = this.state;
    }
    this.state = state;
    this.depth = depth;
    this.end = end;
    this.quote = quote;
    this.prev = prev;
    return deep;
  }

  /** Looks for `close` from `from` (and in the bytes held from the last chunk); the index after it, or n. */
  private skip(buf: Buffer, from: number, close: Buffer): number {
    const held = this.state === Scan.Skip ? this.held : undefined;
    const hay = held ? Buffer.concat([held, buf.subarray(from)]) : buf.subarray(from);
    const at = hay.indexOf(close);
    if (at >= 0) {
      this.state = Scan.Text;
      this.held = undefined;
      return from + at + close.length - (held ? held.length : 0);
    }
    this.state = Scan.Skip;
    this.close = close;
    this.held = Buffer.from(hay.subarray(Math.max(0, hay.length - (close.length - 1))));
    return buf.length;
  }
}
