/** How record mode reads a cell: its text as values.ts reads it, blanks, and spaces. */
import { numberText } from '../../evidence/cells.js';
import type { RawValue } from '../../evidence/types.js';

/** Text of a raw value as values.ts reads it (trimmed; numbers as Excel shows them). */
export function textOf(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return numberText(raw);
  return raw ? 'TRUE' : 'FALSE';
}

/** Space, tab, CR, LF, NBSP and the like: what trim() removes at the ends. */
export function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) || c === 0x1680;
}

/** An empty cell: null, or text that trims to nothing. */
export function isBlank(v: RawValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  return v.length === 0 || (isSpace(v.charCodeAt(0)) && v.trim() === '');
}
