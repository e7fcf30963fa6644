/**
 * Finding repeated record ids (NIPs) in one pass with memory that does not grow with the rows.
 *
 * An exact answer in one pass needs every id seen so far: about 70 MB for a million NIPs in a
 * JS Set. Instead, ids go into a Bloom filter of fixed size, allocated at the start (8 MiB, more
 * for files estimated above a million rows; 6 probes). The filter can only say "maybe seen";
 * such ids become candidates, and the caller confirms them with a second read of the id column
 * (`IdConfirmation`), which finds every row of each candidate and the row it repeats. A false
 * alarm therefore never becomes a false diagnostic: it costs the second read. The chance of one
 * over a million distinct ids is below 1 in 10; a file with a real repeat is always read twice.
 *
 * Candidates are capped (MAX_CANDIDATES distinct ids); past the cap the count of further
 * repeats is an estimate, and says so.
 */

const MIN_BITS = 2 ** 26; // 8 MiB
const MAX_BITS = 2 ** 28; // 32 MiB
/** Bits per expected id: with 6 probes, about 5 in 10⁷ false alarms per id at full load. */
const BITS_PER_ID = 64;
const PROBES = 6;
export const MAX_CANDIDATES = 10_000;

/** A row whose id repeats the id first seen at `first`. */
export interface IdRepeat {
  id: string;
  row: number;
  first: number;
}

export class IdTracker {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  /** Ids the filter may have seen before. */
  readonly candidates = new Set<string>();
  /** Filter hits not kept as candidates (over the cap). */
  uncounted = 0;

  /** `expectedRows`: an estimate of the row count, to size the filter (never below 8 MiB). */
  constructor(expectedRows = 0) {
    let size = MIN_BITS;
    while (size < MAX_BITS && size < expectedRows * BITS_PER_ID) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  /** Notes an id; true when the filter may have seen it before (the id is then a candidate). */
  add(id: string): boolean {
    // Two 32-bit hashes, two characters a step (the ids are short: a NIP has 18 digits).
    let h1 = 0x811c9dc5 ^ id.length;
    let h2 = 7;
    const n = id.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const c = id.charCodeAt(i) | (id.charCodeAt(i + 1) << 16);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = ((h2 << 5) - h2 + c) | 0;
    }
    if (i < n) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = ((h2 << 5) - h2 + c) | 0;
    }
    h1 = mix(h1);
    h2 = mix(h2 ^ 0x9e3779b9) | 1;
    const bits = this.bits;
    const mask = this.mask;
    let seen = true;
    for (let k = 0; k < PROBES; k++) {
      const bit = (h1 + Math.imul(k, h2)) & mask;
      const word = bit >>> 5;
      const m = 1 << (bit & 31);
      const w = bits[word]!;
      if ((w & m) === 0) {
        seen = false;
        bits[word] = w | m;
      }
    }
    if (!seen || this.candidates.has(id)) return seen;
    if (this.candidates.size < MAX_CANDIDATES) this.candidates.add(id);
    else this.uncounted++;
    return true;
  }
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The second read: feed it every (id, row) of the file, in file order. `result()` lists the rows
 * that repeat a candidate id, each with the id's first row (at most `maxListed`, in row order), and
 * counts them all.
 */
export class IdConfirmation {
  private seen = new Map<string, number>();
  private listed: IdRepeat[] = [];
  private total = 0;

  constructor(
    private readonly candidates: ReadonlySet<string>,
    private readonly maxListed: number,
  ) {}

  add(id: string, row: number): void {
    if (!this.candidates.has(id)) return;
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, row);
      return;
    }
    this.total++;
    if (this.listed.length < this.maxListed) this.listed.push({ id, row, first });
  }

  result(): { listed: IdRepeat[]; total: number } {
    return { listed: this.listed, total: this.total };
  }
}
