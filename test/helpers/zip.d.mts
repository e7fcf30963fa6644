/** Types of test/helpers/zip.mjs. */
export interface ZipItem {
  name: string;
  data: Buffer;
  /** Store instead of deflate. */
  store?: boolean;
  /** Lie about the inflated size in the headers. */
  declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  flags?: number;
}

export function zip(items: readonly ZipItem[]): Buffer;
export function entryHeaders(e: { name: string; flags: number; method: number; crc: number; compressed: number; size: number; offset: number }): { local: Buffer; central: Buffer };
export function endRecord(count: number, cdSize: number, cdOffset: number): Buffer;
