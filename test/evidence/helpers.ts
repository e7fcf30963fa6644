/** Shared by the evidence tests: temp files under os.tmpdir(), workbooks built with exceljs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { InputError, type Diagnostic } from '../../src/diagnostics.js';
import { centralDirectory, entryData } from '../../src/evidence/sniff.js';

export { ExcelJS };

export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'merit-evidence-'));
  file(name: string, content: string | Uint8Array): string {
    const p = join(this.path, name);
    writeFileSync(p, content);
    return p;
  }
  async workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return this.file(name, buf);
  }
  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** Awaits a read that must fail with InputError; returns its diagnostics. */
export async function inputErrorOf(p: Promise<unknown>): Promise<readonly Diagnostic[]> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).diagnostics;
  }
  throw new Error('expected an InputError, but the read succeeded');
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** A standard evidence sheet: header at `headerRow`, then the rows. */
export function evidenceSheet(ws: ExcelJS.Worksheet, rows: unknown[][], headerRow = 1, header: string[] = ['Kode', 'Sub Aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan']): void {
  ws.getRow(headerRow).values = header;
  rows.forEach((r, i) => {
    ws.getRow(headerRow + 1 + i).values = r as ExcelJS.CellValue[];
  });
}

// ---------------------------------------------------------------------------------------------
// A tiny zip writer and reader, to build and take apart packages byte by byte.


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

export function zip(items: readonly ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const it of items) {
    const name = Buffer.from(it.name, 'utf8');
    const body = it.store ? it.data : deflateRawSync(it.data);
    const size = it.declaredSize ?? it.data.length;
    const crc = crc32(it.data);
    const method = it.store ? 0 : 8;
    const flags = (it.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export function unzip(bytes: Buffer): ZipItem[] {
  return centralDirectory(bytes).map((e) => {
    const raw = entryData(bytes, e)!;
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) };
  });
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
