import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { FIXED_EPOCH, neutralise, renderXlsx, xlsxSheetNames } from '../../src/report/xlsx.js';
import type { NodeResult } from '../../src/scoring/types.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';
import { localDateTime } from '../../src/i18n/format.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'output', 'xlsx');

async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The value cell (column B) of the Summary row whose label (column A) is `label`. */
function summaryCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return ws.getCell(r, 2);
  throw new Error(`no summary row ${label}`);
}

/** The Detail row of a node code. */
function detailRow(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return ws.getRow(r);
  throw new Error(`no detail row ${code}`);
}

function argb(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

function allNodes(n: NodeResult): NodeResult[] {
  return [n, ...(n.children ?? []).flatMap(allNodes)];
}

/** Every entry of a zip, inflated (the xlsx container), to look at the raw sheet XML. */
function unzip(buf: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return files;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('renderXlsx', () => {
  it('names its sheets in the chosen language', async () => {
    const id = await open(await renderXlsx(sampleAssessment(), { lang: 'id' }));
    const en = await open(await renderXlsx(sampleAssessment(), { lang: 'en' }));
    expect(id.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Rincian', 'Diagnostik']);
    expect(en.worksheets.map((s) => s.name)).toEqual(['Summary', 'Detail', 'Diagnostics']);
    expect(xlsxSheetNames('en')).toEqual({ summary: 'Summary', detail: 'Detail', diagnostics: 'Diagnostics' });
  });

  it('writes the Summary: agency, rubric, input, score, max, percent, predicate with its colour, coverage, warning', async () => {
    const a = sampleAssessment({ generatedAt: '2025-01-15T08:30:00.000Z' });
    const buf = await renderXlsx(a, { lang: 'id' });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'baik-id.xlsx'), buf);
    const ws = sheet(await open(buf), 'Ringkasan');
    expect(ws.getCell('A1').value).toBe('Laporan Penilaian Sistem Merit');
    expect(summaryCell(ws, 'Instansi').value).toBe('Kabupaten Contoh');
    expect(summaryCell(ws, 'Periode').value).toBe('2024');
    expect(summaryCell(ws, 'Rubrik').value).toBe('kasn-2019');
    expect(summaryCell(ws, 'Versi').value).toBe('1.0.0');
    expect(summaryCell(ws, 'Status').value).toBe('sementara');
    expect(summaryCell(ws, 'SHA-256 rubrik').value).toBe(a.rubric.sha256);
    expect(summaryCell(ws, 'Berkas').value).toBe('examples/kab-contoh-baik.xlsx');
    expect(summaryCell(ws, 'SHA-256 berkas').value).toBe(a.input.sha256);
    const score = summaryCell(ws, 'Nilai akhir');
    expect(score.value).toBe(288.5);
    expect(score.type).toBe(ExcelJS.ValueType.Number);
    expect(score.numFmt).toBe('0.0###');
    expect(summaryCell(ws, 'Maks').value).toBe(410);
    const percent = summaryCell(ws, '%');
    expect(percent.value).toBeCloseTo(288.5 / 410, 12);
    expect(percent.numFmt).toBe('0.0%');
    const predicate = summaryCell(ws, 'Predikat');
    expect(predicate.value).toBe('III Baik');
    expect(argb(predicate)).toBe(`FF${a.predicate.color!.slice(1).toUpperCase()}`);
    expect(predicate.font.color?.argb).toBe('FFFFFFFF');
    expect(summaryCell(ws, 'Nilai mandiri').value).toBe(a.selfScore.toNumber());
    const coverage = summaryCell(ws, 'Cakupan bukti');
    expect(coverage.value).toBeCloseTo(a.coverage.toNumber(), 12);
    expect(coverage.numFmt).toBe('0.0%');
    const warning = summaryCell(ws, 'Sementara');
    expect(String(warning.value)).toContain('SEMENTARA');
    expect(argb(warning)).toBe('FFFFF6E0');
    expect(summaryCell(ws, 'Dibuat').value).toBe(localDateTime('2025-01-15T08:30:00.000Z', 'id'));
    expect(summaryCell(ws, 'Dibuat').value).toMatch(/^15 Januari 2025 pukul \d\d\.30 /);
    expect(summaryCell(ws, 'Alat').value).toBe('merit 0.1.0');
    // The aspect table below the pairs, with the total.
    const a3 = detailRowIn(ws, 'A3');
    expect(a3.getCell(2).value).toBe('Pengembangan Karier');
    expect(a3.getCell(3).value).toBe(a.root.children![2]!.score.toNumber());
    expect(detailRowIn(ws, 'Total').getCell(3).value).toBe(288.5);
    // The provisional parts with their sources.
    const part = detailRowIn(ws, 'A8.2');
    expect(part.getCell(2).value).toBe('Praktik penilaian KASN 2021 (tidak resmi)');
    expect(part.getCell(3).value).toBe('unsur');
    expect(part.getCell(4).value).toBe('tidak pasti');
    // Integers show plainly, other scores with their decimals.
    expect(summaryCell(ws, 'Maks').numFmt).toBe('0');
  });

  it('writes the Detail: one row per node, levels, points, max, percent, status, evidence cell', async () => {
    const a = sampleAssessment();
    const wb = await open(await renderXlsx(a, { lang: 'en' }));
    const ws = sheet(wb, 'Detail');
    const heads = (ws.getRow(1).values as unknown[]).slice(1);
    expect(heads).toEqual(['Code', 'Depth', 'Name', 'Self level', 'Verified level', 'Points', 'Max', '%', 'Status', 'Evidence cell', 'Evidence', 'Notes', 'Rule']);
    const count = allNodes(a.root).length;
    expect(ws.rowCount).toBe(count + 1);
    // Root first, bold, its score filled with the predicate colour.
    const root = ws.getRow(2);
    expect(root.getCell(1).value).toBe('KASN');
    expect(root.getCell(6).value).toBe(288.5);
    expect(argb(root.getCell(6))).toBe(`FF${a.predicate.color!.slice(1).toUpperCase()}`);
    expect(root.getCell(8).value).toBeCloseTo(288.5 / 410, 12);
    // A2.1: self 4, verified 3 (it counts), 7.5 of 10.
    const r = detailRow(ws, 'A2.1');
    expect(r.getCell(2).value).toBe(2);
    expect(r.getCell(3).value).toBe('Open and competitive recruitment');
    expect(r.getCell(3).alignment.indent).toBe(1);
    expect(r.getCell(4).value).toBe(4);
    expect(r.getCell(5).value).toBe(3);
    expect(argb(r.getCell(5))).toBe('FFFFF6E0');
    expect(r.getCell(6).value).toBe(7.5);
    expect(r.getCell(6).numFmt).toBe('0.0###');
    expect(r.getCell(7).value).toBe(10);
    expect(r.getCell(7).numFmt).toBe('0');
    expect(r.getCell(8).value).toBe(0.75);
    expect(r.getCell(8).numFmt).toBe('0.0%');
    expect(r.getCell(9).value).toBe('scored');
    expect(r.getCell(10).value).toMatch(/^Penilaian!D\d+$/);
    expect(r.getCell(11).value).toBe('Laporan seleksi CASN 2023');
    expect(r.getCell(12).value).toBe('Verifikator: bukti seleksi PPPK belum lengkap');
    expect(r.getCell(13).value).toBe('level 3 × 2.5');
    // A linear leaf keeps its value; a missing leaf is marked.
    expect(detailRow(ws, 'A8.2').getCell(4).value).toBe(85);
    const missing = detailRow(ws, 'A5.4');
    expect(missing.getCell(9).value).toBe('missing');
    expect(argb(missing.getCell(9))).toBe('FFFFF6E0');
    expect(missing.getCell(4).value).toBeNull();
    expect(missing.getCell(8).value).toBe(0);
    // Aspect rows are bold.
    expect(detailRow(ws, 'A3').font.bold).toBe(true);
  });

  it('freezes the header, sets an autofilter, column widths and print titles', async () => {
    const a = sampleAssessment();
    const ws = sheet(await open(await renderXlsx(a, { lang: 'id' })), 'Rincian');
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(1);
    expect(view.xSplit).toBe(1);
    expect(ws.autoFilter).toBe(`A1:M${allNodes(a.root).length + 1}`);
    expect(ws.getColumn(3).width).toBe(50);
    expect(ws.getColumn(11).width).toBe(46);
    expect(ws.getRow(1).getCell(1).font.bold).toBe(true);
    expect(argb(ws.getRow(1).getCell(1))).toBe('FF1F2933');
    const diag = sheet(await open(await renderXlsx(a, { lang: 'id' })), 'Diagnostik');
    expect((diag.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBe(1);
    expect(diag.autoFilter).toBe(`A1:E${a.diagnostics.length + 1}`);
  });

  it('lists the diagnostics, errors first, coloured by severity', async () => {
    const a = sampleBelowRange();
    const ws = sheet(await open(await renderXlsx(a, { lang: 'en' })), 'Diagnostics');
    expect(ws.rowCount).toBe(a.diagnostics.length + 1);
    expect(ws.getCell('A2').value).toBe('error');
    expect(argb(ws.getCell('A2'))).toBe('FFFDECEA');
    expect(ws.getCell('B2').value).toBe(a.diagnostics.find((d) => d.severity === 'error')!.code);
    expect(ws.getCell('C2').value).toContain('Penilaian!C12');
    const none = sheet(await open(await renderXlsx(sampleSangatBaik({ diagnostics: [] }), { lang: 'en' })), 'Diagnostics');
    expect(none.getCell('A2').value).toBe('No diagnostics.');
  });

  it('shows the assumed (what-if) values on both sheets', async () => {
    const wb = await open(await renderXlsx(sampleSangatBaik(), { lang: 'en' }));
    const summary = sheet(wb, 'Summary');
    expect(String(summaryCell(summary, 'Assumptions').value)).toContain('1 assumed value');
    const r = detailRow(sheet(wb, 'Detail'), 'A5.4');
    expect(r.getCell(5).value).toBe(3);
    expect(r.getCell(5).font.italic).toBe(true);
    expect(summaryCell(summary, 'Predicate').value).toBe('IV Very Good');
  });

  it('neutralises text that a spreadsheet would run as a formula, and writes no formula at all', async () => {
    const a = sampleBelowRange();
    a.subject = { name: '=cmd|"/c calc"!A1', period: '+2024', source: 'option' };
    const leaves = allNodes(a.root).filter((n) => n.kind === 'leaf');
    const crafted = ['=HYPERLINK("http://contoh.invalid","klik")', '+1', '-2', '@x', '\tTAB', '\rCR', ' =SUM(1)'];
    crafted.forEach((text, i) => {
      const leaf = leaves[i]!;
      leaf.trace = { ...(leaf.trace ?? { kind: 'levels', used: 'none', rule: '' }), notes: text, evidence: text };
    });
    leaves[0]!.name = { id: '=1+1', en: '=1+1' };
    a.diagnostics = [{ code: 'X_TEST', severity: 'warning', args: { value: '=2+2' }, location: { file: '=evil.xlsx' } }];
    const buf = await renderXlsx(a, { lang: 'id' });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'crafted-id.xlsx'), buf);
    const wb = await open(buf);
    const detail = sheet(wb, 'Rincian');
    crafted.forEach((text, i) => {
      const row = detailRow(detail, leaves[i]!.code);
      // XML turns a bare CR into LF on reading; the apostrophe in front is what matters.
      const expected = `'${text}`.replace(/\r/g, '\n');
      expect(row.getCell(11).value).toBe(expected);
      expect(row.getCell(12).value).toBe(expected);
      expect(row.getCell(12).type).toBe(ExcelJS.ValueType.String);
    });
    expect(detailRow(detail, leaves[0]!.code).getCell(3).value).toBe("'=1+1");
    expect(summaryCell(sheet(wb, 'Ringkasan'), 'Instansi').value).toBe(`'=cmd|"/c calc"!A1`);
    expect(summaryCell(sheet(wb, 'Ringkasan'), 'Periode').value).toBe("'+2024");
    expect(sheet(wb, 'Diagnostik').getCell('C2').value).toBe("'=evil.xlsx");
    // No formula in any cell, and none in the sheet XML.
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
    const files = unzip(buf);
    const sheets = [...files.keys()].filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(3);
    for (const f of sheets) expect(files.get(f)).not.toMatch(/<f[\s>]/);
    expect([...files.values()].join('')).toMatch(/'=HYPERLINK|&apos;=HYPERLINK/);
  });

  it('copes with an empty tree and a zero maximum', async () => {
    const a = sampleAssessment({ max: Dec.ZERO, percent: null, score: Dec.ZERO, diagnostics: [] });
    a.root = { ...a.root, children: [], max: Dec.ZERO, percent: null };
    const wb = await open(await renderXlsx(a, { lang: 'en' }));
    expect(summaryCell(sheet(wb, 'Summary'), '%').value).toBeNull();
    expect(sheet(wb, 'Detail').rowCount).toBe(2);
  });

  it('neutralise() prefixes exactly the formula starts', () => {
    for (const s of ['=1', '+1', '-1', '@a', '\t1', '\r1', '  =1']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['1', 'a=1', '–', "'=1", '', 'Baik', '1-2']) expect(neutralise(s)).toBe(s);
    expect(neutralise('x'.repeat(40_000))).toHaveLength(32_767);
  });

  it('is deterministic: same Assessment, same bytes, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-05-06T07:08:09Z'));
    const one = await renderXlsx(sampleAssessment(), { lang: 'id' });
    vi.setSystemTime(new Date('2031-01-02T03:04:05Z'));
    const two = await renderXlsx(sampleAssessment(), { lang: 'id' });
    vi.useRealTimers();
    expect(Buffer.compare(one, two)).toBe(0);
    const wb = await open(one);
    expect(wb.creator).toBe('merit');
    expect(wb.lastModifiedBy).toBe('merit');
    expect(wb.created.toISOString()).toBe(FIXED_EPOCH.toISOString());
    expect(wb.modified.toISOString()).toBe(FIXED_EPOCH.toISOString());
    const stamped = await open(await renderXlsx(sampleAssessment({ generatedAt: '2025-01-15T08:30:00.000Z' }), { lang: 'id' }));
    expect(stamped.created.toISOString()).toBe('2025-01-15T08:30:00.000Z');
  });

  it('imports exceljs lazily (type-only at the top of the module)', () => {
    for (const file of ['src/report/xlsx.ts', 'src/report/html.ts']) {
      const src = readFileSync(join(ROOT, file), 'utf8');
      expect(src).not.toMatch(/^import (?!type )[^;]*from 'exceljs'/m);
    }
    expect(readFileSync(join(ROOT, 'src/report/xlsx.ts'), 'utf8')).toContain("await import('exceljs')");
  });
});

/** A row anywhere in a sheet whose column A holds `key`. */
function detailRowIn(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return ws.getRow(r);
  throw new Error(`no row ${key}`);
}
