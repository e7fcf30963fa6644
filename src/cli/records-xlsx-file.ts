/**
 * `--records FILE.xlsx`, written as the rows stream by, in bounded memory: the worksheet XML goes
 * to a temporary file next to the target (synchronous writes in blocks of about 1 MiB, like the
 * CSV), and at the end the workbook is zipped from it (the sheet deflated as a stream, the few
 * small parts from report/records-xlsx.ts) into a second temporary file that is renamed over the
 * target. An error, a stop or too many rows for Excel leaves no file behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { UsageError } from '../diagnostics.js';
import { rowXml, SHEET_HEAD, SHEET_TAIL, workbookParts, XLSX_MAX_ROWS, type RecordsSheet, type XlsxCell } from '../report/records-xlsx.js';

export interface RecordsXlsxFile {
  write(cells: readonly XlsxCell[]): void;
  commit(): Promise<void>;
  abort(): void;
}

const temps = new Set<string>();
let cleanupInstalled = false;
function tempNear(target: string, tag: string): string {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.once('exit', () => {
      for (const t of temps) rmSync(t, { force: true });
    });
  }
  const t = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${tag}.tmp`);
  temps.add(t);
  return t;
}

function drop(path: string): void {
  rmSync(path, { force: true });
  temps.delete(path);
}

export function openRecordsXlsx(path: string, sheet: RecordsSheet, sheetName: string): RecordsXlsxFile {
  const target = resolve(path);
  const sheetTemp = tempNear(target, 'sheet');
  const fd = openSync(sheetTemp, 'wx', 0o600);
  let open = true;
  let buffer = '';
  let crc = 0;
  let size = 0;
  let rows = 0;
  const flush = (): void => {
    const bytes = Buffer.from(buffer, 'utf8');
    buffer = '';
    crc = crc32(bytes, crc);
    size += bytes.length;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  };
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const add = (cells: readonly XlsxCell[], bold = false): void => {
    if (++rows > XLSX_MAX_ROWS) throw new UsageError('USAGE_RECORDS_XLSX_ROWS', { limit: XLSX_MAX_ROWS - 1 });
    buffer += rowXml(rows, cells, bold);
    if (buffer.length >= 1 << 20) flush();
  };
  buffer += SHEET_HEAD;
  add(sheet.header, true);
  return {
    write: (cells) => add(cells),
    async commit() {
      buffer += SHEET_TAIL;
      flush();
      close();
      const zipTemp = tempNear(target, 'zip');
      try {
        await zipWorkbook(zipTemp, sheetName, { path: sheetTemp, crc: crc >>> 0, size });
        renameSync(zipTemp, target);
        temps.delete(zipTemp);
      } finally {
        drop(zipTemp);
        drop(sheetTemp);
      }
    },
    abort() {
      close();
      drop(sheetTemp);
    },
  };
}

/** DOS date of 1980-01-01, 00:00: every entry gets it, so the bytes depend on the content only. */
const DOS_DATE = (1 << 5) | 1;
const UTF8_FLAG = 0x0800;

async function zipWorkbook(file: string, sheetName: string, sheet: { path: string; crc: number; size: number }): Promise<void> {
  if (sheet.size > 0xffffffff) throw new UsageError('USAGE_RECORDS_XLSX_ROWS', { limit: XLSX_MAX_ROWS - 1 });
  const fd = openSync(file, 'wx', 0o644);
  let offset = 0;
  const central: Buffer[] = [];
  const put = (b: Buffer, at?: number): void => {
    let done = 0;
    while (done < b.length) done += writeSync(fd, b, done, b.length - done, at === undefined ? null : at + done);
    if (at === undefined) offset += b.length;
  };
  const entry = (name: string, crc: number, csize: number, usize: number, at: number) => {
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(csize, 18);
    local.writeUInt32LE(usize, 22);
    local.writeUInt16LE(n.length, 26);
    local.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(UTF8_FLAG, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(DOS_DATE, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(csize, 20);
    c.writeUInt32LE(usize, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, n);
    return Buffer.concat([local, n]);
  };
  try {
    for (const [name, xml] of workbookParts(sheetName)) {
      const data = Buffer.from(xml, 'utf8');
      const packed = deflateRawSync(data);
      const at = offset;
      put(entry(name, crc32(data) >>> 0, packed.length, data.length, at));
      put(packed);
    }
    // The sheet: its header now with the compressed size 0, patched once the deflated bytes are written.
    const at = offset;
    const head = entry('xl/worksheets/sheet1.xml', sheet.crc, 0, sheet.size, at);
    put(head);
    let csize = 0;
    for await (const chunk of createReadStream(sheet.path, { highWaterMark: 1 << 20 }).pipe(createDeflateRaw()) as AsyncIterable<Buffer>) {
      put(chunk);
      csize += chunk.length;
    }
    if (csize > 0xffffffff || offset > 0xffffffff) throw new UsageError('USAGE_RECORDS_XLSX_ROWS', { limit: XLSX_MAX_ROWS - 1 });
    const size = Buffer.alloc(4);
    size.writeUInt32LE(csize, 0);
    put(size, at + 18);
    // ...and in its central directory entry (the one just before its name).
    central[central.length - 2]!.writeUInt32LE(csize, 20);
    const cdStart = offset;
    for (const b of central) put(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length / 2, 8);
    end.writeUInt16LE(central.length / 2, 10);
    end.writeUInt32LE(offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
}
