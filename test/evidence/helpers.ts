/** Shared by the evidence tests: temp files under os.tmpdir(), workbooks built with exceljs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { InputError, type Diagnostic } from '../../src/diagnostics.js';

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

// A tiny zip writer and reader, to build and take apart packages byte by byte (shared with the
// fixture generators and scripts/fuzz.mjs).
export { zip, type ZipItem } from '../helpers/zip.mjs';
export { unzip } from '../helpers/unzip.js';

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
