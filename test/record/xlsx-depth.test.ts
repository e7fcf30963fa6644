// The record XLSX reader refuses XML nested deeper than MAX_XML_DEPTH as the inflated bytes
// stream by (records-xlsx.ts, DepthScan), with the words of the agency reader's guard: a sheet of
// a few KB zipped, nested a million deep, otherwise cost the streaming parser seconds and
// gigabytes. First DepthScan against xml-guard.ts's `tooDeep` on the same bytes cut anywhere; then
// generated workbooks through the built CLI (run `npm run build` first when running this alone).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DepthScan } from '../../src/evidence/records-xlsx-depth.js';
import { MAX_XML_DEPTH, tooDeep } from '../../src/evidence/xml-guard.js';
import { merit } from '../helpers/cli.js';
import { zip } from '../helpers/zip.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'merit-xlsx-depth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** DepthScan over `xml` cut at `cuts` (sorted offsets). */
function streamed(xml: Buffer, cuts: number[]): boolean {
  const d = new DepthScan();
  let at = 0;
  for (const c of [...cuts, xml.length]) {
    if (d.push(xml.subarray(at, c))) return true;
    at = c;
  }
  return false;
}

describe('DepthScan reads as tooDeep does, wherever the chunks are cut', () => {
  // Pieces that open, close or leave alone an element, and ones that look like tags but are not.
  const piece = fc.constantFrom(
    '<a>',
    '</a>',
    '<b x="1>2">',
    "<b y='/>'>",
    '</b>',
    '<c/>',
    '<c r="A1" t="s"/>',
    'text',
    ' > ',
    '/>',
    '<!-- <a><a> -->',
    '<!-->',
    '<![CDATA[<a><a>]]>',
    '<!DOCTYPE x>',
    '<?pi <a> ?>',
    '<',
    '"',
    "'",
  );
  const nested = (n: number) => `<r>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</r>`;

  it('on random markup cut at random places (property)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.nat({ max: MAX_XML_DEPTH + 5 }),
        fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 }),
        (pieces, depth, rawCuts) => {
          const xml = Buffer.from(pieces.join('').replace('<r/>', '') + nested(depth) + pieces.join(''), 'latin1');
          const cuts = [...new Set(rawCuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
          expect(streamed(xml, cuts)).toBe(tooDeep(xml));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('at the limit: 255 elements inside the root pass, 256 do not, cut after every byte', () => {
    for (const [n, deep] of [
      [MAX_XML_DEPTH - 1, false],
      [MAX_XML_DEPTH, true],
    ] as const) {
      const xml = Buffer.from(nested(n));
      expect(tooDeep(xml)).toBe(deep);
      expect(streamed(xml, Array.from({ length: xml.length - 1 }, (_, i) => i + 1))).toBe(deep);
    }
  });

  it('a comment, CDATA section or processing instruction whose end straddles two chunks', () => {
    for (const hidden of [`<!--${'<a>'.repeat(300)}-->`, `<![CDATA[${'<a>'.repeat(300)}]]>`, `<?pi ${'<a>'.repeat(300)}?>`]) {
      // Hidden nesting does not count; the real nesting after it must still be seen.
      const xml = Buffer.from(`<r>${hidden}${nested(MAX_XML_DEPTH)}</r>`);
      expect(tooDeep(Buffer.from(`<r>${hidden}</r>`))).toBe(false);
      expect(tooDeep(xml)).toBe(true);
      const end = xml.indexOf('<r><a>', 3);
      for (const cut of [end - 3, end - 2, end - 1]) expect(streamed(xml, [cut]), `${hidden.slice(0, 4)} cut at ${cut - end}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Through the CLI

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const HEAD = ['NIP', 'Nama', 'Unit Kerja', 'Jenis Jabatan', 'Jenis Kelamin', 'Pendidikan Terakhir', 'Diklat Kepemimpinan', 'Diklat Fungsional', 'Diklat Teknis (JP)', 'Seminar/Workshop (jumlah)', 'Predikat Kinerja (SKP)', 'Hukuman Disiplin'];

function row(r: number, values: string[]): string {
  return `<row r="${r}">${values.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
}

/**
 * A record workbook (one sheet, the IP ASN header, `rows` employees) with `depth` elements nested
 * inside row `at` (none when 0). The names and NIPs vary, so the sheet does not compress to
 * nothing and the nesting sits far into the inflated bytes when `at` is large.
 */
function workbook(rows: number, at: number, depth: number): Buffer {
  let seed = 7;
  const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  let data = row(1, HEAD);
  for (let r = 2; r <= rows + 1; r++) {
    const values = [`99${String(r).padStart(16, '0')}`, `Pegawai ${rand().toString(36).slice(2)}`, 'Dinas Contoh', 'Pelaksana', 'P', 'S-1', 'Tidak', 'Tidak', '12', '1', 'Baik', 'Tidak Ada'];
    data += row(r, values);
  }
  if (at > 0) data = data.replace(`<row r="${at}">`, `<row r="${at}">${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`);
  const sheet = `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${data}</sheetData></worksheet>`;
  return zip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    { name: '_rels/.rels', data: Buffer.from(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) },
  ]);
}

const SAYS = `xl/worksheets/sheet1.xml nests XML more than ${MAX_XML_DEPTH} levels deep`;

describe('merit score on a record workbook nested a million deep', () => {
  it('refuses it when the nesting comes before the header is found: EVIDENCE_CORRUPT, exit 2, no report', () => {
    const file = join(tmp, 'deep-head.xlsx');
    const bytes = workbook(20, 3, 1_000_000);
    expect(bytes.length).toBeLessThan(40_000);
    writeFileSync(file, bytes);
    const r = merit(['score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[EVIDENCE_CORRUPT]');
    expect(r.stderr).toContain(SAYS);
  });

  it('stops where it finds it in the rows: the rows before are scored, the report says EVIDENCE_CORRUPT, exit 2', () => {
    const file = join(tmp, 'deep-rows.xlsx');
    writeFileSync(file, workbook(5000, 4990, 1_000_000));
    const r = merit(['score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '--lang', 'en', '--deterministic']);
    expect(r.code, r.stderr).toBe(2);
    const report = JSON.parse(r.stdout) as { population: { rows: number }; diagnostics: { code: string; severity: string; message: { en: string }; location: { sheet?: string; row?: number } }[] };
    const corrupt = report.diagnostics.find((d) => d.code === 'EVIDENCE_CORRUPT');
    expect(corrupt?.severity).toBe('error');
    expect(corrupt?.message.en).toContain(SAYS);
    expect(corrupt?.location.sheet).toBe('Pegawai');
    expect(report.population.rows).toBeGreaterThan(1000);
    expect(report.population.rows).toBeLessThan(5000);
  });

  it('reads the same workbook without the nesting in full', () => {
    const file = join(tmp, 'flat.xlsx');
    writeFileSync(file, workbook(5000, 0, 0));
    const r = merit(['score', file, '--rubric', 'ip-asn-2019', '-f', 'json', '--lang', 'en', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { population: { rows: number } }).population.rows).toBe(5000);
  });
});
