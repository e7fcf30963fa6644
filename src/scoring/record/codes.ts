/**
 * Cell values as small integer codes, one table per column, so that every per-value result (a
 * leaf's points, a condition, a group) is computed once per distinct value and then found by
 * indexing an array.
 *
 * Why not a Map from the value: a record file's cells arrive as fresh strings, and `Map.get` on a
 * fresh string first hashes it in the runtime and then compares it with the key: about 45 ns a
 * lookup on this project's machine, against about 15 ns for the open-addressing table below
 * (an FNV-style hash over at most the first HASH_CHARS characters and the length, then `===`).
 * A record of the IP ASN rubric needs ten such lookups.
 *
 * Codes: 0 is an empty cell (null); strings and other values get 1, 2, ... in order of first
 * appearance. The table is bounded: when a column has seen `capacity - 1` distinct values, the
 * table starts again from empty and calls its `onReset` listeners, which drop every per-code
 * result they keep. A column of unique values (a name, an id) therefore costs one lookup and one
 * computation per row, as a bounded cache would, never memory that grows with the rows.
 *
 * Strings and non-strings (numbers and booleans from a workbook) never share a code: `1` and
 * `'1'` are different cells, as they are for a Map.
 *
 * The table starts small and doubles as values come (a column of a few values never allocates
 * more): large arrays allocated up front survive the first garbage collections, and what survives
 * them early in a run is what makes V8 enlarge its young generation later (see
 * docs/performance.md, record mode).
 */
import type { RawValue } from '../../evidence/types.js';

/** Characters of a value that its hash reads (values longer than this hash by prefix and length). */
const HASH_CHARS = 48;
const INITIAL_SLOTS = 64;
const QUICK_BITS = 8;
const QUICK = 1 << QUICK_BITS;

function hash(s: string): number {
  const n = s.length;
  let h = n ^ 0x811c9dc5;
  const e = n < HASH_CHARS ? n : HASH_CHARS;
  for (let i = 0; i < e; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

export class ValueCodes {
  /** Largest code + 1. */
  readonly capacity: number;
  private mask: number;
  private keys: (string | undefined)[];
  private slotCode: Int32Array;
  private others = new Map<RawValue, number>();
  private next = 1;
  /**
   * A direct-mapped cache in front of the table, by length and three characters: a column's few
   * values nearly never share a slot, and a hit costs no hash over the whole value (about 12 ns a
   * value instead of 27 on the IP ASN columns).
   */
  private readonly quickKeys: (string | undefined)[] = new Array<string | undefined>(QUICK).fill(undefined);
  private readonly quickCode = new Int32Array(QUICK);
  /** The table's key for the value `lookup` last found or added. */
  private found: string | undefined = undefined;
  private readonly listeners: (() => void)[] = [];
  /** Times the table started again (tests, diagnostics). */
  resets = 0;

  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.mask = INITIAL_SLOTS - 1;
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
    this.slotCode = new Int32Array(INITIAL_SLOTS);
  }

  /** Calls `listener` whenever the codes start again (every code given so far is void). */
  onReset(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The code of a cell value (0 for null). */
  code(raw: RawValue): number {
    if (typeof raw !== 'string') return raw === null ? 0 : this.other(raw);
    const n = raw.length;
    if (n === 0) return this.lookup(raw);
    // Length and the first, last and middle characters: on the IP ASN columns 1% of lookups miss.
    const q = (Math.imul(n ^ (raw.charCodeAt(0) << 8) ^ (raw.charCodeAt(n - 1) << 16), 0x9e3779b1) ^ raw.charCodeAt(n >> 1)) >>> (32 - QUICK_BITS);
    if (this.quickKeys[q] === raw) return this.quickCode[q]!;
    const c = this.lookup(raw);
    // The table's own copy of the value, not this row's: a row's string kept here would outlive
    // the young generation and be promoted, which makes V8 grow its young generation (more RSS).
    this.quickKeys[q] = this.found;
    this.quickCode[q] = c;
    return c;
  }

  /** The code of a string, from the table. */
  private lookup(raw: string): number {
    const h = hash(raw);
    const keys = this.keys;
    const mask = this.mask;
    let j = h & mask;
    for (;;) {
      const k = keys[j];
      if (k === raw) {
        this.found = k;
        return this.slotCode[j]!;
      }
      if (k === undefined) break;
      j = (j + 1) & mask;
    }
    if (this.next >= this.capacity) {
      this.reset();
      return this.lookup(raw);
    }
    if (this.next * 2 > mask) {
      // Keep the table at most half full.
      this.grow();
      return this.lookup(raw);
    }
    const c = this.next++;
    keys[j] = raw;
    this.slotCode[j] = c;
    this.found = raw;
    return c;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCodes = this.slotCode;
    const size = oldKeys.length * 2;
    const mask = size - 1;
    const keys = new Array<string | undefined>(size).fill(undefined);
    const codes = new Int32Array(size);
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === undefined) continue;
      let j = hash(k) & mask;
      while (keys[j] !== undefined) j = (j + 1) & mask;
      keys[j] = k;
      codes[j] = oldCodes[i]!;
    }
    this.keys = keys;
    this.slotCode = codes;
    this.mask = mask;
  }

  private other(raw: RawValue): number {
    let c = this.others.get(raw);
    if (c !== undefined) return c;
    if (this.next >= this.capacity) this.reset();
    c = this.next++;
    this.others.set(raw, c);
    return c;
  }

  private reset(): void {
    this.keys = new Array<string | undefined>(INITIAL_SLOTS).fill(undefined);
    this.slotCode = new Int32Array(INITIAL_SLOTS);
    this.mask = INITIAL_SLOTS - 1;
    this.others = new Map();
    this.quickKeys.fill(undefined);
    this.next = 1;
    this.resets++;
    for (const l of this.listeners) l();
  }
}
