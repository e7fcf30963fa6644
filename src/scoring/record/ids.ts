/**
 * Finding repeated record ids (NIPs) in one pass with memory that does not grow with the rows.
 *
 * An exact answer in one pass needs every id seen so far: about 70 MB for a million NIPs in a
 * JS Set. Instead, ids go into a Bloom filter of fixed size, allocated at the start (8 MiB, more
 * for files estimated above a million rows). The filter is *blocked*: an id's 8 bits all lie in
 * one 512-bit block (one 64-byte cache line), chosen by a first hash, the bits by a second. Six
 * probes spread over the whole filter cost six cache misses an id (≈220 ns, a fifth of merit's
 * own time per record); one block costs one, and with 8 bits a block the false-alarm rate is
 * lower than the spread filter's with 6 (about 0.03 expected over a million distinct ids, against
 * 0.06). The filter can only say "maybe seen"; such ids become candidates (kept by a key of their
 * two hashes: `IdTracker.set`), and the caller confirms them with a second read of the id column
 * (`IdConfirmation`), which finds every row of each candidate and the row it repeats. A false
 * alarm therefore never becomes a false diagnostic: it costs the second read. The chance of one
 * over a million distinct ids is about 1 in 30; a file with a real repeat is always read twice.
 *
 * Candidates are capped (MAX_CANDIDATES distinct ids); past the cap the count of further
 * repeats is an estimate, and says so.
 */

const MIN_BITS = 2 ** 26; // 8 MiB
const MAX_BITS = 2 ** 28; // 32 MiB
/** Bits per expected id: with 8 bits in a 512-bit block, about 3 in 10⁷ false alarms per id at full load. */
const BITS_PER_ID = 64;
const PROBES = 8;
/** Bits per block (a 64-byte cache line), as a shift: 2⁹ = 512. */
const BLOCK_SHIFT = 9;
/** Ids taken into the filter together (see `waitingH1`). */
const BATCH = 256;
export const MAX_CANDIDATES = 10_000;

/** A row whose id repeats the id first seen at `first`. */
export interface IdRepeat {
  id: string;
  row: number;
  first: number;
}

/** The ids a filter may have seen before, as the second read asks about them. */
export interface IdCandidates {
  readonly size: number;
  has(id: string): boolean;
}

/** The key of an id: its two 32-bit hashes (as `add` computes them), two characters a step. */
function idKey(id: string): number {
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
  return keyOf(mix(h1), mix(h2 ^ 0x9e3779b9));
}

/** A 53-bit key of an id (its two hashes): what a candidate is kept as. */
function keyOf(h1: number, h2: number): number {
  return (h1 & 0x1fffff) * 4294967296 + (h2 >>> 0);
}

export class IdTracker implements IdCandidates {
  private readonly bits: Uint32Array;
  /** Blocks - 1 (a power of two). */
  private readonly mask: number;
  /**
   * The candidates, by key (53 bits of the id's two hashes), not by id: the waiting ids are then
   * numbers, and no id string outlives its row. (Strings kept a few hundred rows each survived
   * the young generation's collections, and what survives them is what makes V8 grow it.) The
   * second read asks by id (`has`); an id that shares a key with a candidate is only followed,
   * never reported unless it repeats itself.
   */
  private readonly set = new Set<number>();
  private over = 0;
  /**
   * Ids waiting for the filter, as their two hashes. The filter is 8 MiB or more, so an id's
   * block is almost never in the cache (nor its page in the TLB): one access costs about 130 ns,
   * most of what an id costs. Taken BATCH at a time, a first tight loop touches every waiting
   * id's block, so that the CPU overlaps those misses, and a second loop tests and sets the bits,
   * in the order the ids came: the same answers as one at a time. (Touching each block as its id
   * comes instead, to overlap the miss with the row's other work, measured slower: the miss
   * stalls the row.)
   */
  private readonly waitingH1 = new Int32Array(BATCH);
  private readonly waitingH2 = new Int32Array(BATCH);
  private pending = 0;
  /** What the touching loop read (kept, so that its loads are not optimised away). */
  private touched = 0;

  /** `expectedRows`: an estimate of the row count, to size the filter (never below 8 MiB). */
  constructor(expectedRows = 0) {
    let size = MIN_BITS;
    while (size < MAX_BITS && size < expectedRows * BITS_PER_ID) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = (size >>> BLOCK_SHIFT) - 1;
  }

  /** Ids the filter may have seen before (a second read confirms them: IdConfirmation). */
  get candidates(): IdCandidates {
    this.flush();
    return this;
  }

  /** How many ids may repeat (distinct candidates). */
  get size(): number {
    this.flush();
    return this.set.size;
  }

  /** Whether `id` is a candidate. */
  has(id: string): boolean {
    this.flush();
    return this.set.has(idKey(id));
  }

  /** Filter hits not kept as candidates (over the cap). */
  get uncounted(): number {
    this.flush();
    return this.over;
  }

  /** Notes an id (an id the filter may have seen before becomes a candidate). */
  add(id: string): void {
    // As idKey, inline (the hottest call of record mode after parsing).
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
    const k = this.pending;
    this.waitingH1[k] = mix(h1);
    this.waitingH2[k] = mix(h2 ^ 0x9e3779b9);
    if (++this.pending === BATCH) this.flush();
  }

  private flush(): void {
    const n = this.pending;
    if (n === 0) return;
    this.pending = 0;
    const bits = this.bits;
    const mask = this.mask;
    const h1s = this.waitingH1;
    const h2s = this.waitingH2;
    // The block (16 words) from the first hash.
    let t = 0;
    for (let k = 0; k < n; k++) t |= bits[(h1s[k]! & mask) << (BLOCK_SHIFT - 5)]!;
    this.touched = t;
    for (let k = 0; k < n; k++) {
      const b = (h1s[k]! & mask) << (BLOCK_SHIFT - 5);
      // The block's 8 bits from the second hash, stepped as a multiplicative generator (each bit
      // from the top 9 bits of the next state: the 32 bits of the hash all count, where a start
      // and a step would use 17 and collide far more often).
      let x = h2s[k]!;
      let seen = true;
      for (let p = 0; p < PROBES; p++) {
        x = (Math.imul(x, 0x2c9277b5) + 0x6b43a9b5) | 0;
        const bit = x >>> 23;
        const word = b + (bit >>> 5);
        const m = 1 << (bit & 31);
        const w = bits[word]!;
        if ((w & m) === 0) {
          seen = false;
          bits[word] = w | m;
        }
      }
      if (!seen) continue;
      const key = keyOf(h1s[k]!, h2s[k]!);
      if (this.set.has(key)) continue;
      if (this.set.size < MAX_CANDIDATES) this.set.add(key);
      else this.over++;
    }
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
    private readonly candidates: IdCandidates,
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
