/**
 * Deterministic workbooks: the same Assessment gives the same bytes (document dates from
 * `generatedAt`, else a fixed epoch, and every zip entry stamped with that instant).
 */

/** Document dates when the Assessment carries no timestamp (deterministic output). */
export const FIXED_EPOCH = new Date('1980-01-01T00:00:00.000Z');

export function documentDate(generatedAt: string | undefined): Date {
  if (generatedAt) {
    const d = new Date(generatedAt);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return FIXED_EPOCH;
}

/**
 * Sets every zip entry's modification time (local header and central directory) to `when`, so
 * that two renders of the same Assessment are byte-identical. The zip writer stamps entries with
 * the current time otherwise. A buffer that is not a well-formed zip is left as it is.
 */
export function setZipTimes(buf: Buffer, when: Date): void {
  const eocd = findEocd(buf);
  if (eocd < 0) return;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const [time, date] = dosDateTime(when);
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return;
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50) {
      buf.writeUInt16LE(time, local + 10);
      buf.writeUInt16LE(date, local + 12);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= min; p--) if (buf.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}

/** MS-DOS time and date (UTC, two-second resolution, 1980..2107). */
function dosDateTime(d: Date): [number, number] {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  const clamped = year !== d.getUTCFullYear();
  const time = clamped ? 0 : (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = clamped ? ((year - 1980) << 9) | (1 << 5) | 1 : ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}
