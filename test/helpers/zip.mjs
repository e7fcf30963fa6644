// A tiny zip writer, to build packages byte by byte (lying sizes, encrypted flags, stored
// entries). Plain JavaScript so that the fixture generator test/fixtures/bad/make.mjs can use it
// without a TypeScript step; the tests import it through test/evidence/helpers.ts (types in zip.d.mts).
import { crc32, deflateRawSync } from 'node:zlib';

/** [offset, width, constant or field name] of a local file header and a central directory entry. */
const LOCAL = [[0, 4, 0x04034b50], [4, 2, 20], [6, 2, 'flags'], [8, 2, 'method'], [14, 4, 'crc'], [18, 4, 'compressed'], [22, 4, 'size'], [26, 2, 'nameLength']];
const CENTRAL = [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [8, 2, 'flags'], [10, 2, 'method'], [16, 4, 'crc'], [20, 4, 'compressed'], [24, 4, 'size'], [28, 2, 'nameLength'], [42, 4, 'offset']];
const END = [[0, 4, 0x06054b50], [8, 2, 'count'], [10, 2, 'count'], [12, 4, 'cdSize'], [16, 4, 'cdOffset']];

function record(layout, length, fields) {
  const b = Buffer.alloc(length);
  for (const [at, width, v] of layout) {
    const x = typeof v === 'string' ? fields[v] : v;
    if (width === 4) b.writeUInt32LE(x >>> 0, at);
    else b.writeUInt16LE(x, at);
  }
  return b;
}

/**
 * The local header and the central directory entry of one entry, names included (no timestamps,
 * so the bytes are the same on every run).
 * @param {{ name: string; flags: number; method: number; crc: number; compressed: number; size: number; offset: number }} e
 */
export function entryHeaders(e) {
  const name = Buffer.from(e.name, 'utf8');
  const fields = { ...e, nameLength: name.length };
  return { local: Buffer.concat([record(LOCAL, 30, fields), name]), central: Buffer.concat([record(CENTRAL, 46, fields), name]) };
}

/** The end-of-central-directory record. */
export function endRecord(count, cdSize, cdOffset) {
  return record(END, 22, { count, cdSize, cdOffset });
}

/**
 * @param {readonly import('./zip.d.mts').ZipItem[]} items
 * @returns {Buffer}
 */
export function zip(items) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const it of items) {
    const body = it.store ? it.data : deflateRawSync(it.data);
    const h = entryHeaders({ name: it.name, flags: (it.flags ?? 0) | 0x800, method: it.store ? 0 : 8, crc: crc32(it.data), compressed: body.length, size: it.declaredSize ?? it.data.length, offset });
    locals.push(h.local, body);
    centrals.push(h.central);
    offset += h.local.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  return Buffer.concat([...locals, cd, endRecord(items.length, cd.length, offset)]);
}
