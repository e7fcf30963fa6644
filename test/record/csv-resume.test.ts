// The CSV record reader parses the head of a file (header, delimiter, decimal comma, line ends),
// then restarts the same parser for the stream and reads the file 256 KiB at a time, looking only
// for the line ends the head has until a chunk shows another (records-csv.ts: restart, LineEnds).
// These files put every kind of record where the reads cut the bytes: quoted fields with line
// breaks (CRLF, LF, CR) and doubled quotes, blank lines, mixed line ends from the start or only
// after the head, a lone CR as the last byte of a read or of the file, a BOM or none, a `sep=` line
// and title rows. Every row must come out with the values written and the physical line it starts
// on, as an editor counts them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRecordFile, type RecordInput } from '../../src/evidence/records.js';
import { ipAsnRubric } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-csv-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEAD = ['NIP', 'Nama', 'Unit Kerja', 'Jenis Jabatan', 'Jenis Kelamin', 'Pendidikan Terakhir', 'Diklat Kepemimpinan', 'Diklat Fungsional', 'Diklat Teknis (JP)', 'Seminar/Workshop (jumlah)', 'Predikat Kinerja (SKP)', 'Hukuman Disiplin'];
const KiB = 1024;
const CUTS = [256 * KiB, 512 * KiB, 768 * KiB];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Line breaks as an editor counts them: CRLF, LF and a lone CR are one each. */
function breaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

interface Written {
  text: string;
  rows: { row: number; values: string[] }[];
}

/**
 * A file of `count` records. Near each 256 KiB cut, records with long quoted multi-line fields
 * are placed so that one of them straddles the cut (the byte offsets are of the UTF-8 text).
 */
interface Options {
  bom: boolean;
  sep: boolean;
  titles: boolean;
  /** The line end of every record, 'mixed' (any of the three), or a function of the record's index and the bytes before it. */
  eol: string | ((i: number, bytes: number, r: () => number) => string);
  count: number;
  /** Pad the record before this byte offset so that its line end is the byte just before it. */
  endAt?: number;
  /** The file's last byte is a lone CR. */
  finalCr?: boolean;
  /** No quoted line breaks in the first 300 KiB (so that the head has one kind of line end). */
  plainHead?: boolean;
  /** The line end of the lines above the data (default CRLF, or `eol` when it is one). */
  headEol?: string;
  /** Line breaks inside quoted fields: CRLF only (default: any of the three). */
  quotedCrlf?: boolean;
}

function write(seed: number, o: Options): Written {
  const r = rng(seed);
  const eols = ['\r\n', '\n', '\r'];
  const d = ';';
  let text = o.bom ? '\ufeff' : '';
  const lines: string[] = [];
  if (o.sep) lines.push('sep=;');
  if (o.titles) lines.push('DATA PEGAWAI;;', 'Instansi:;Kabupaten Contoh', '');
  lines.push(HEAD.join(d));
  for (const l of lines) text += l + (o.headEol ?? (typeof o.eol === 'string' && o.eol !== 'mixed' ? o.eol : '\r\n'));
  let line = 1 + breaks(text);
  let bytes = Buffer.byteLength(text);
  const rows: Written['rows'] = [];
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  for (let i = 0; i < o.count; i++) {
    const near = CUTS.some((c) => c - bytes > 0 && c - bytes < 400) && !(o.endAt !== undefined && Math.abs(o.endAt - bytes) < 1000);
    const multi = (near || r() < 0.02) && !(o.plainHead && bytes < 300 * KiB);
    const br = (): string => (o.quotedCrlf ? '\r\n' : eols[Math.floor(r() * 3)]!);
    const name = multi ? `Nama ${i}${br()}baris "dua"${br()}${'x'.repeat(near ? 300 : 5)}` : `Pegawai ${i}`;
    const values = [String(990000 + i), name, `Unit ${i % 7}`, i % 3 ? 'Fungsional' : 'Pelaksana', 'P', 'S-1', 'Ya', 'Tidak', `${i % 40},5`, String(i % 4), 'Baik', 'Tidak Ada'];
    const eol = o.eol === 'mixed' ? eols[Math.floor(r() * 3)]! : typeof o.eol === 'string' ? o.eol : o.eol(i, bytes, r);
    if (o.endAt !== undefined && bytes < o.endAt && bytes + 400 > o.endAt) {
      // Stretch the unit name so that this record's line end is the byte before `endAt`.
      const plain = values.join(d) + eol;
      const pad = o.endAt - bytes - Buffer.byteLength(plain);
      if (pad >= 0 && !multi) values[2] += 'u'.repeat(pad);
    }
    const fields = values.map((v) => (v.includes('\n') || v.includes('\r') || v.includes('"') || v.includes(d) ? quote(v) : v));
    // A record ending in a lone CR before a blank line would read as CRLF: keep those apart.
    const last = i === o.count - 1;
    const blank = r() < 0.01 && eol !== '\r' && !last ? eol : '';
    const rec = fields.join(d) + (last && o.finalCr ? '\r' : eol) + blank;
    rows.push({ row: line, values });
    line += breaks(rec);
    text += rec;
    bytes += Buffer.byteLength(rec);
  }
  return { text, rows };
}

async function read(file: string): Promise<{ rows: RecordInput[]; diagnostics: string[] }> {
  const loaded = await ipAsnRubric();
  const reader = await openRecordFile(file, loaded.rubric.columns!);
  const rows: RecordInput[] = [];
  await reader.read((x) => rows.push({ row: x.row, values: [...x.values] }));
  return { rows, diagnostics: reader.layout.diagnostics.map((dg) => dg.code) };
}

describe('CSV records across the head and the 256 KiB reads', () => {
  const cases = [
    { bom: true, sep: false, titles: false, eol: '\r\n' },
    { bom: false, sep: true, titles: false, eol: '\n' },
    { bom: true, sep: false, titles: true, eol: 'mixed' },
    { bom: false, sep: false, titles: true, eol: '\r' },
  ];
  /** Reads `file` and checks every row against what was written (the first difference shown whole). */
  async function expectRowsOf(file: string, written: Awaited<ReturnType<typeof read>>['rows']): Promise<void> {
    const { rows, diagnostics } = await read(file);
    expect(diagnostics.filter((x) => x !== 'EVIDENCE_RECORD_COLUMN_MISSING')).toEqual([]);
    expect(rows.length).toBe(written.length);
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]!.row !== written[i]!.row || JSON.stringify(rows[i]!.values) !== JSON.stringify(written[i]!.values)) {
        expect({ i, ...rows[i] }).toEqual({ i, ...written[i] });
      }
    }
  }

  cases.forEach((c, k) => {
    it(`${c.bom ? 'BOM' : 'no BOM'}, ${c.sep ? 'sep= line' : c.titles ? 'title rows' : 'header first'}, ${JSON.stringify(c.eol)} line ends`, async () => {
      const w = write(100 + k, { ...c, count: 11000 });
      expect(Buffer.byteLength(w.text)).toBeGreaterThan(CUTS[2]!);
      const file = join(tmp, `resume-${k}.csv`);
      writeFileSync(file, w.text);
      await expectRowsOf(file, w.rows);
    });
  });

  const after = (first: string) => (i: number, bytes: number, r: () => number) => (bytes < 300 * KiB ? first : ['\r\n', '\n', '\r', first][Math.floor(r() * 4)]!);
  const late = [
    { name: 'CRLF in the head, lone LF and CR later', o: { bom: true, sep: false, titles: false, eol: after('\r\n'), plainHead: true } },
    { name: 'LF in the head, CRLF and CR later', o: { bom: false, sep: false, titles: true, eol: after('\n'), plainHead: true, headEol: '\n' } },
    {
      name: 'CRLF, with a lone CR as the last byte of the second read',
      o: {
        bom: false,
        sep: false,
        titles: false,
        eol: (_i: number, bytes: number) => (bytes < 512 * KiB && bytes + 400 > 512 * KiB ? '\r' : '\r\n'),
        endAt: 512 * KiB,
        quotedCrlf: true,
      },
    },
    { name: 'CRLF, the file ending in a lone CR', o: { bom: true, sep: false, titles: false, eol: '\r\n', finalCr: true, quotedCrlf: true } },
  ];
  late.forEach(({ name, o }, k) => {
    it(name, async () => {
      const w = write(200 + k, { ...o, count: 11000 });
      const file = join(tmp, `late-${k}.csv`);
      writeFileSync(file, w.text);
      if (o.endAt !== undefined) {
        const bytes = Buffer.from(w.text);
        expect([bytes[o.endAt - 1], bytes[o.endAt]]).toEqual([13, '9'.charCodeAt(0)]);
      }
      await expectRowsOf(file, w.rows);
    });
  });

  it('a file smaller than the head: read once, every row', async () => {
    const w = write(7, { bom: true, sep: false, titles: true, eol: 'mixed', count: 300 });
    const file = join(tmp, 'small.csv');
    writeFileSync(file, w.text);
    const { rows } = await read(file);
    expect(rows).toEqual(w.rows);
  });
});
