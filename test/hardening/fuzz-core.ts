/**
 * The fuzzing engine shared by test/hardening/fuzz.test.ts (a few hundred cases in CI) and
 * scripts/fuzz.mjs (as many as you like, bundled from this file with esbuild): fast-check
 * arbitraries that mutate real evidence files — their bytes, the entries of the zip, the XML
 * inside it, CSV text and its encoding — and the two checks every mutant must pass:
 *
 * - in process: `readEvidenceBytes` either returns a table or throws InputError; scoring it and
 *   rendering every text format never throws; nothing takes longer than a time bound;
 * - through the real CLI: the process ends within a time bound, with exit 0, 1 or 2 (never 3,
 *   never a signal), and prints no stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { InputError } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { scoreAgency } from '../../src/scoring/score.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { unzip } from '../helpers/unzip.js';
import { zip, type ZipItem } from '../helpers/zip.mjs';
export { cliViolation, runCli, STACK, type CliResult } from './cli-contract.js';

/** For scripts/fuzz.mjs, which has only this bundle. */
export { loadRubric } from '../../src/rubric/load.js';

export interface Seed {
  name: string;
  bytes: Buffer;
}

/** One mutant: the file name (its extension matters for text), its bytes, and what was done. */
export interface FuzzCase {
  name: string;
  bytes: Buffer;
  how: string;
}

/** Real evidence files, from merit's own examples and from other producers. */
export const SEED_FILES = {
  xlsx: [
    'examples/kab-contoh-baik.xlsx',
    'examples/prov-contoh-sangat-baik.xlsx',
    'test/fixtures/evidence/foreign/openpyxl-evidence.xlsx',
    'test/fixtures/evidence/foreign/libreoffice-recalc.xlsx',
    'test/fixtures/evidence/foreign/libreoffice-csv.xlsx',
  ],
  csv: ['examples/kota-contoh.csv'],
} as const;

export function loadSeeds(root: string): { xlsx: Seed[]; csv: Seed[] } {
  const load = (p: string): Seed => ({ name: p.split('/').pop()!, bytes: readFileSync(join(root, p)) });
  return { xlsx: SEED_FILES.xlsx.map(load), csv: SEED_FILES.csv.map(load) };
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Text a spreadsheet's XML parser, merit's reader or scoring might trip over. */
const XML_TOKENS = [
  '<', '>', '"', "'", '&', '&amp;', '&#0;', '&#xFFFE;', '&undefined;', '/', '=', ' ', '',
  '</row>', '<row>', '<row r="3">', '<row r="0">', '<row r="1048576">', '<row r="1048577">', '<row r="-1">', '<row r="x">',
  '<c>', '</c>', '<c r="B2" t="s"><v>999999</v></c>', '<c r="XFD1048576"><v>1</v></c>', '<c r="A0"><v>1</v></c>', '<c r="ZZZZ1"><v>1</v></c>',
  't="e"', 't="b"', 't="s"', 't="str"', 't="inlineStr"', 't="d"', 't="n"', 's="9999"', 'r="0"', 'r="A1048577"',
  '<v>1e308</v>', '<v>-1e308</v>', '<v>NaN</v>', '<v>Infinity</v>', '<v>-0</v>', '<v>0x1F</v>', '<v></v>', '<v>#REF!</v>',
  '<f>1/0</f>', '<f t="shared" si="7"/>', '<f t="shared" ref="A1:A9" si="0">A1</f>', '<is><t>x</t></is>', '<is><r><t>4</t></r></is>',
  '<mergeCells><mergeCell ref="A1:B3"/></mergeCells>', '<mergeCell ref="A1:A1"/>', '<mergeCell ref="B2:A1"/>', '<mergeCell ref="A1:XFD1048576"/>',
  '<cols><col min="1" max="16384" hidden="1"/></cols>', '<col min="3" max="1"/>', '<sheetPr><tabColor rgb="x"/></sheetPr>',
  '<hyperlinks><hyperlink ref="A1" r:id="rId99"/></hyperlinks>', '<definedName name="x">S!$A$1:$B$2</definedName>',
  '<sheet name="X" sheetId="9" r:id="rId99"/>', '<sheet name="Penilaian" sheetId="1" state="hidden" r:id="rId1"/>', 'state="veryHidden"',
  '<![CDATA[x]]>', '<!-- -->', '<?pi x?>', '<!DOCTYPE x>', ']]>', '\u0000', '\uFFFF', '\uD800', 'é', '=cmd|\' /C calc\'!A0',
  `${'<x>'.repeat(300)}${'</x>'.repeat(300)}`, 'A1.1', 'A1.2', '__proto__', 'constructor', 'Kode', 'Level', 'Nilai',
  // issue 15: defined names as producers write them, per-cell parts, notes' relationships
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$F$40</definedName></definedNames>',
  '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Penilaian\'!$5:$5</definedName>', '<definedName name="t">Tabel1[#All]</definedName>',
  '<definedName name="r">#REF!</definedName>', '<definedName name="e">[1]Sheet1!$A$1:$XFD$9</definedName>', '<definedName name="f">OFFSET(Lembar1!$A$1,0,0)</definedName>',
  'Sheet1!', 'Lembar1!$A$1', 'Tabel1[[#Headers],[Kode]]', '<hyperlink ref="A1" location="A1"/>', '<rowBreaks count="1"><brk id="3" max="16383"/></rowBreaks>',
  '<dataValidations count="1"><dataValidation type="whole" sqref="C6"><formula1>0</formula1></dataValidation></dataValidations>',
  '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>',
  '<extLst><ext uri="x"><extLst/></ext></extLst>', '<legacyDrawing r:id="rId9"/>', '<si><t>x</t></si>',
  '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment1.xml"/>',
];

/** CSV text: delimiters, quotes, line ends, encodings' traps, numbers scoring must parse. */
const CSV_TOKENS = [
  ',', ';', '\t', '"', '""', '\r\n', '\n', '\r', ' ', '', '\uFEFF', 'sep=;\n', 'sep=,\r\n', '\u0000',
  'Kode', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan', 'Instansi:', 'Tahun:', 'A1.1', 'A1.2', 'A9.9', '__proto__', 'toString', 'constructor',
  '3', '3,5', '3.5', '1.234,5', '-1', '4.0000000001', '1e999', 'NaN', 'Infinity', '-0', '0x3', '٣', '３', 'III', 'Ya', 'Tidak', 'TRUE',
  'é', 'Ã©', 'â€', '\u2028', '\uD800', '=1+1', '+SUM(A1)', '@x', '-2+3', `"${'x'.repeat(200)}"`,
];

/** Attributes that steer exceljs's model, and values to give them. */
const XML_ATTRS = ['r', 't', 's', 'ref', 'state', 'name', 'sheetId', 'r:id', 'count', 'spans', 'min', 'max', 'hidden', 'si', 'Target', 'Id', 'uniqueCount', 'sqref'];
const XML_VALUES = [
  '', '0', '-1', '1', '2', '3.5', 'A1', 'A0', 'XFD1048576', 'XFE1', 'A1:XFD1', 'A1:A1048576', 'B2:A1', 'C1:C3', '1048576', '1048577', '99999999999', '1:16384',
  'e', 's', 'str', 'inlineStr', 'b', 'd', 'n', 'x', 'hidden', 'veryHidden', 'visible', '1e308', 'NaN', '__proto__', 'constructor', 'rId1', 'rId99',
  'worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml', '../../etc/passwd', 'https://example.invalid/x.xml', '&amp;', '&lt;x&gt;', 'Penilaian', '_merit',
  '/xl/worksheets/sheet1.xml', './worksheets/../worksheets/sheet1.xml', 'worksheets/sheet%31.xml', '/xl/comments/comment1.xml', '../comments1.xml', 'Sheet1', 'Lembar1',
];

/** Sets the `nth` (mod count) value of attribute `attr` in the XML text. */
function setAttribute(text: string, e: { attr: string; nth: number; value: string }): string {
  const re = new RegExp(`(\\s${e.attr.replace(':', '\\:')}=")([^"]*)(")`, 'g');
  const hits = [...text.matchAll(re)];
  if (hits.length === 0) return text;
  const m = hits[e.nth % hits.length]!;
  const at = m.index + m[1]!.length;
  return text.slice(0, at) + e.value + text.slice(at + m[2]!.length);
}

/** Inserts a token right after the `nth` (mod count) `>` of the XML text: between tags, not inside one. */
function insertAtTag(text: string, e: { nth: number; token: string }): string {
  const ends: number[] = [];
  for (let i = text.indexOf('>'); i >= 0; i = text.indexOf('>', i + 1)) ends.push(i + 1);
  if (ends.length === 0) return text;
  const at = ends[e.nth % ends.length]!;
  return text.slice(0, at) + e.token + text.slice(at);
}

type ZipOp =
  | { op: 'drop'; i: number }
  | { op: 'duplicate'; i: number }
  | { op: 'rename'; i: number; to: string }
  | { op: 'swap-data'; i: number; j: number }
  | { op: 'encrypt-flag'; i: number }
  | { op: 'store'; i: number }
  | { op: 'lie-size'; i: number; size: number }
  | { op: 'empty'; i: number };

const RENAMES = ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', '/xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.bin', 'mimetype', 'x/../xl/workbook.xml'];

const zipOp: fc.Arbitrary<ZipOp> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), i: fc.nat(), to: fc.constantFrom(...RENAMES) }),
  fc.record({ op: fc.constant('swap-data' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('encrypt-flag' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('store' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('lie-size' as const), i: fc.nat(), size: fc.oneof(fc.nat({ max: 100 }), fc.constant(0xffffffff), fc.integer({ min: 1, max: 1 << 30 })) }),
  fc.record({ op: fc.constant('empty' as const), i: fc.nat() }),
);

function applyZipOps(items: ZipItem[], ops: readonly ZipOp[]): ZipItem[] {
  let out = items.map((it) => ({ ...it }));
  for (const o of ops) {
    if (out.length === 0) break;
    const i = o.i % out.length;
    switch (o.op) {
      case 'drop':
        out.splice(i, 1);
        break;
      case 'duplicate':
        out.push({ ...out[i]! });
        break;
      case 'rename':
        out[i] = { ...out[i]!, name: o.to };
        break;
      case 'swap-data': {
        const j = o.j % out.length;
        const a = out[i]!.data;
        out[i] = { ...out[i]!, data: out[j]!.data };
        out[j] = { ...out[j]!, data: a };
        break;
      }
      case 'encrypt-flag':
        out[i] = { ...out[i]!, flags: 1 };
        break;
      case 'store':
        out[i] = { ...out[i]!, store: true };
        break;
      case 'lie-size':
        out[i] = { ...out[i]!, declaredSize: o.size };
        break;
      case 'empty':
        out[i] = { ...out[i]!, data: Buffer.alloc(0) };
        break;
    }
  }
  out = out.filter((it) => !it.name.endsWith('/'));
  return out;
}

/** Edits at positions taken modulo the text's length: insert, delete a range, or repeat one. */
type TextEdit = { pos: number; kind: 'insert'; token: string } | { pos: number; kind: 'delete'; len: number } | { pos: number; kind: 'repeat'; len: number; times: number };

const textEdit = (tokens: readonly string[]): fc.Arbitrary<TextEdit> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ pos: fc.nat(), kind: fc.constant('insert' as const), token: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }) }) },
    { weight: 2, arbitrary: fc.record({ pos: fc.nat(), kind: fc.constant('delete' as const), len: fc.integer({ min: 1, max: 64 }) }) },
    { weight: 1, arbitrary: fc.record({ pos: fc.nat(), kind: fc.constant('repeat' as const), len: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 50 }) }) },
  );

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  for (const e of edits) {
    const p = e.pos % (text.length + 1);
    if (e.kind === 'insert') text = text.slice(0, p) + e.token + text.slice(p);
    else if (e.kind === 'delete') text = text.slice(0, p) + text.slice(p + e.len);
    else text = text.slice(0, p) + text.slice(p, p + e.len).repeat(e.times) + text.slice(p + e.len);
  }
  return text;
}

type ByteEdit = { pos: number; value: number } | { pos: number; cut: true } | { pos: number; len: number; to: number };

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ pos: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ pos: fc.nat(), cut: fc.constant(true as const) }) },
  { weight: 2, arbitrary: fc.record({ pos: fc.nat(), len: fc.integer({ min: 1, max: 512 }), to: fc.nat() }) },
);

function applyByteEdits(bytes: Buffer, edits: readonly ByteEdit[]): Buffer {
  let b = Buffer.from(bytes);
  for (const e of edits) {
    if (b.length === 0) break;
    const p = e.pos % b.length;
    if ('value' in e) b[p] = e.value;
    else if ('cut' in e) b = b.subarray(0, p);
    else {
      // Copy a range over another place (zip headers and XML both repeat structure).
      const src = b.subarray(p, p + e.len);
      src.copy(b, e.to % b.length);
    }
  }
  return b;
}

/** A mutant of an xlsx seed: bytes, zip entries, or the XML of one entry. */
export function xlsxCase(seeds: readonly Seed[]): fc.Arbitrary<FuzzCase> {
  const seed = fc.constantFrom(...seeds);
  const bytes = fc.tuple(seed, fc.array(byteEdit, { minLength: 1, maxLength: 12 })).map(([s, edits]): FuzzCase => ({
    name: s.name,
    bytes: applyByteEdits(s.bytes, edits),
    how: `bytes of ${s.name}: ${JSON.stringify(edits)}`,
  }));
  const entries = fc.tuple(seed, fc.array(zipOp, { minLength: 1, maxLength: 4 })).map(([s, ops]): FuzzCase => ({
    name: s.name,
    bytes: zip(applyZipOps(unzip(s.bytes), ops)),
    how: `zip entries of ${s.name}: ${JSON.stringify(ops)}`,
  }));
  const xmlCase = (kind: string, edits: fc.Arbitrary<readonly [(text: string) => string, unknown]>) =>
    fc.tuple(seed, fc.nat(), fc.array(edits, { minLength: 1, maxLength: 8 })).map(([s, which, list]): FuzzCase => {
      const items = unzip(s.bytes);
      const xmlItems = items.filter((it) => /\.(xml|rels)$/.test(it.name));
      const target = xmlItems[which % xmlItems.length]!;
      const edit = (text: string): string => list.reduce((t, [f]) => f(t), text);
      const mutated = items.map((it) => (it === target ? { ...it, data: Buffer.from(edit(it.data.toString('utf8')), 'utf8') } : it));
      return { name: s.name, bytes: zip(mutated), how: `${kind} of ${s.name}!${target.name}: ${JSON.stringify(list.map(([, d]) => d))}` };
    });
  // Free text edits break well-formedness most of the time; attribute values and elements put
  // between tags keep the XML parseable, so the mutant reaches exceljs's model and merit's reader.
  const text = textEdit(XML_TOKENS).map((e) => [(t: string) => applyTextEdits(t, [e]), e] as const);
  const attr = fc.record({ attr: fc.constantFrom(...XML_ATTRS), nth: fc.nat(), value: fc.constantFrom(...XML_VALUES) }).map((e) => [(t: string) => setAttribute(t, e), e] as const);
  const element = fc.record({ nth: fc.nat(), token: fc.constantFrom(...XML_TOKENS) }).map((e) => [(t: string) => insertAtTag(t, e), e] as const);
  const xml = fc.oneof(
    { weight: 2, arbitrary: xmlCase('XML text', text) },
    { weight: 2, arbitrary: xmlCase('XML attributes', attr) },
    { weight: 2, arbitrary: xmlCase('XML elements', element) },
  );
  return fc.oneof({ weight: 2, arbitrary: bytes }, { weight: 2, arbitrary: entries }, { weight: 6, arbitrary: xml });
}

type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'latin1';

function encodeCsv(text: string, enc: CsvEncoding): Buffer {
  switch (enc) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'latin1':
      return Buffer.from(text, 'latin1');
  }
}

/** A mutant of a CSV seed (text edits and a re-encoding), raw bytes, or CSV made from tokens. */
export function csvCase(seeds: readonly Seed[]): fc.Arbitrary<FuzzCase> {
  const seed = fc.constantFrom(...seeds);
  const encoding = fc.constantFrom<CsvEncoding>('utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16le', 'latin1');
  const names = fc.constantFrom('bukti.csv', 'bukti.txt', 'bukti.tsv', 'bukti');
  const text = fc.tuple(seed, fc.array(textEdit(CSV_TOKENS), { minLength: 1, maxLength: 10 }), encoding, names).map(([s, edits, enc, name]): FuzzCase => ({
    name,
    bytes: encodeCsv(applyTextEdits(s.bytes.toString('utf8'), edits), enc),
    how: `text of ${s.name} (${enc}): ${JSON.stringify(edits)}`,
  }));
  const bytes = fc.tuple(seed, fc.array(byteEdit, { minLength: 1, maxLength: 12 })).map(([s, edits]): FuzzCase => ({
    name: s.name,
    bytes: applyByteEdits(s.bytes, edits),
    how: `bytes of ${s.name}: ${JSON.stringify(edits)}`,
  }));
  const tokens = fc.tuple(fc.array(fc.constantFrom(...CSV_TOKENS), { maxLength: 80 }), fc.uint8Array({ maxLength: 8 }), encoding).map(([parts, tail, enc]): FuzzCase => ({
    name: 'f.csv',
    bytes: Buffer.concat([encodeCsv(`Kode;Level\n${parts.join('')}`, enc), Buffer.from(tail)]),
    how: `tokens (${enc}): ${JSON.stringify(parts)} + ${JSON.stringify([...tail])}`,
  }));
  return fc.oneof({ weight: 5, arbitrary: text }, { weight: 2, arbitrary: bytes }, { weight: 2, arbitrary: tokens });
}

// ---------------------------------------------------------------------------------------------
// Checks

const PLAIN = new Chalk({ level: 0 });

export interface InProcessResult {
  outcome: 'scored' | 'refused';
  ms: number;
}

/**
 * Reads, scores and renders one case in this process. Returns what happened; throws (the
 * property fails) on any exception other than InputError, or past `maxMs`.
 */
export async function checkInProcess(c: FuzzCase, loaded: LoadedRubric, maxMs: number): Promise<InProcessResult> {
  const start = performance.now();
  const took = (): number => performance.now() - start;
  let outcome: InProcessResult['outcome'];
  try {
    const table = await readEvidenceBytes(c.bytes, c.name);
    const a = scoreAgency(loaded, table, { toolVersion: 'fuzz' });
    for (const d of a.diagnostics) formatDiagnostic(d, 'en');
    JSON.parse(renderJson(a, { deterministic: true }));
    renderText(a, { lang: 'id', color: PLAIN, width: 100, verbose: true });
    renderCsv(a, { lang: 'en', delimiter: ';' });
    renderMarkdown(a, { lang: 'en' });
    renderHtml(a, { lang: 'id' });
    outcome = 'scored';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    if (e.diagnostics.length === 0) throw new Error('InputError without diagnostics');
    for (const d of e.diagnostics) {
      if (!d.location?.file) throw new Error(`${d.code} has no file in its location`);
      formatDiagnostic(d, 'id');
    }
    outcome = 'refused';
  }
  const ms = took();
  if (ms > maxMs) throw new Error(`took ${Math.round(ms)} ms (bound ${maxMs} ms)`);
  return { outcome, ms };
}

/** The `merit score` arguments the CLI cases use: gates and every output format, so all paths run. */
export function cliArgs(file: string, outDir: string): string[] {
  return ['score', file, '--deterministic', '--fail-under', '200', ...['r.json', 'r.xlsx', 'r.html', 'r.csv', 'r.md', 'r.txt'].flatMap((f) => ['-o', join(outDir, f)])];
}
