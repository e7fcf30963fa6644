/**
 * Cell normalisation shared by the readers: A1 addresses, the display text of a raw value, and
 * the provenance (`CellRef`) every value carries.
 */
import type { CellRef, RawValue } from './types.js';

/** 1 -> A, 26 -> Z, 27 -> AA, 16384 -> XFD. */
export function columnLetter(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * A cell's place as a reader makes it: its A1 name (`cell`) is spelled out when asked, not stored.
 * Every value of every row carries one (600,000 for 100,000 rows of evidence), and the stored
 * names were about a tenth of a large CSV's peak memory (docs/security.md). `toJSON` writes it as
 * the plain object it stands for; a spread copy (`{ ...ref }`) has no `cell`, so read the fields.
 */
class Place implements CellRef {
  // `declare`: no own property unless the constructor sets one (a CSV place has no sheet).
  declare sheet?: string;
  declare line?: number;

  constructor(
    readonly column: number,
    readonly row: number,
    where: { sheet?: string; line?: number },
  ) {
    if (where.sheet !== undefined) this.sheet = where.sheet;
    if (where.line !== undefined) this.line = where.line;
  }

  get cell(): string {
    return cellAddress(this.column, this.row);
  }

  toJSON(): CellRef {
    return { ...(this.sheet !== undefined ? { sheet: this.sheet } : {}), cell: this.cell, row: this.row, column: this.column, ...(this.line !== undefined ? { line: this.line } : {}) };
  }
}

export function makeRef(column: number, row: number, where: { sheet?: string; line?: number }): CellRef {
  return new Place(column, row, where);
}

/**
 * A number as Excel shows it in a General cell, in plain decimal notation: rounded to 15
 * significant digits (so a cached 288.49999999999997 reads 288.5), shortest form, never with an
 * exponent (1e21 -> 1000000000000000000000, 1e-7 -> 0.0000001). The raw number is kept as is.
 */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(15));
  return plainDecimal(String(rounded));
}

/** Rewrites JS exponent notation (`1.5e-7`, `1e+21`) as plain decimal text. */
export function plainDecimal(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const point = (m[2] ?? '').length + Number(m[4]);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return sign + out;
}

/** ISO text of a date cell: `2024-01-05`, or `2024-01-05T08:30:00` when it has a time of day. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? date : `${date}T${time}`;
}

/** Display text of a raw value: trimmed text, numbers as Excel shows them, TRUE/FALSE. */
export function rawText(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return numberText(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return raw.trim();
}

/**
 * Header and label matching key: lower case, accents removed, everything but letters and digits
 * dropped. `No. Kode` -> `nokode`, `Self-assessed` -> `selfassessed`, `Level\nMandiri` ->
 * `levelmandiri`.
 */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
