/** Takes a zip apart with merit's own directory reader (src/evidence/sniff.ts): its entries, inflated. */
import { inflateRawSync } from 'node:zlib';
import { centralDirectory, entryData } from '../../src/evidence/sniff.js';
import type { ZipItem } from './zip.mjs';

export function unzip(bytes: Buffer): ZipItem[] {
  return centralDirectory(bytes).map((e) => {
    const raw = entryData(bytes, e)!;
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) };
  });
}
