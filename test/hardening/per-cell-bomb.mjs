#!/usr/bin/env node
// Hostile workbooks for issue 15 item 5: a real evidence workbook (examples/kab-contoh-baik.xlsx,
// 288.5) plus a million-odd entries of a per-cell part that merit's cell limit once missed —
// cell notes (comments), hyperlinks, page breaks, data validations, conditional formats. Small on
// disk (the entries compress to a few MB), within the inflated-size limit. Used by
// test/hardening/per-cell-parts.test.ts; run by hand to measure time and peak RSS:
//
//   node test/hardening/per-cell-bomb.mjs notes 1500000 /tmp/notes.xlsx
//   /usr/bin/time -v node bin/merit.js score /tmp/notes.xlsx -q -f json
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { zip } from '../helpers/zip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = join(ROOT, 'examples/kab-contoh-baik.xlsx');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The entries of a (plain, deflated or stored) zip. */
export function entries(bytes) {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + compressed);
    if (!name.endsWith('/')) out.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Cell references A1, B1, … over the first `n` cells of a 16,384-column sheet. */
function ref(i) {
  let col = (i % 16384) + 1;
  const row = Math.floor(i / 16384) + 1;
  let letters = '';
  while (col > 0) {
    const r = (col - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    col = Math.floor((col - 1) / 26);
  }
  return `${letters}${row}`;
}

function repeat(n, f) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(f(i));
  return parts.join('');
}

/** Inserts `xml` into the worksheet before `before` (the schema's element order matters to Excel, not to merit). */
function intoSheet(items, xml, before = '</worksheet>') {
  return items.map((it) => (it.name === 'xl/worksheets/sheet1.xml' ? { ...it, data: Buffer.from(it.data.toString('utf8').replace(before, `${xml}${before}`)) } : it));
}

/** Adds a relationship to sheet1's relationships part. */
function addSheetRel(items, rel) {
  return items.map((it) => (it.name === 'xl/worksheets/_rels/sheet1.xml.rels' ? { ...it, data: Buffer.from(it.data.toString('utf8').replace('</Relationships>', `${rel}</Relationships>`)) } : it));
}

export const KINDS = ['notes', 'hyperlinks', 'breaks', 'validations', 'formats', 'strings'];

/**
 * The evidence workbook with `n` entries of `kind`. `target` names the notes part the way a
 * producer does: 'relative' (`../comments1.xml`, Excel and exceljs) or 'absolute'
 * (`/xl/comments/comment1.xml`, openpyxl).
 */
export function perCellBomb(kind, n, { target = 'relative' } = {}) {
  let items = entries(readFileSync(BASE));
  if (kind === 'notes') {
    const part = target === 'absolute' ? 'xl/comments/comment1.xml' : 'xl/comments1.xml';
    const comments = `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList>${repeat(n, (i) => `<comment ref="${ref(i)}" authorId="0"><text><t>x</t></text></comment>`)}</commentList></comments>`;
    items.push({ name: part, data: Buffer.from(comments) });
    items = addSheetRel(items, `<Relationship Id="rId90" Type="${REL}/comments" Target="${target === 'absolute' ? `/${part}` : '../comments1.xml'}"/>`);
  } else if (kind === 'hyperlinks') {
    // Hyperlinks to places in the workbook (no relationship each): `location`.
    items = intoSheet(items, repeat(n, (i) => `<hyperlink ref="${ref(i)}" location="A1"/>`), '</hyperlinks>');
  } else if (kind === 'breaks') {
    items = intoSheet(items, `<rowBreaks count="${n}" manualBreakCount="${n}">${repeat(n, (i) => `<brk id="${(i % 1048575) + 1}" max="16383" man="1"/>`)}</rowBreaks>`);
  } else if (kind === 'validations') {
    items = intoSheet(items, `<dataValidations count="${n}">${repeat(n, (i) => `<dataValidation type="whole" sqref="${ref(i)}"><formula1>0</formula1></dataValidation>`)}</dataValidations>`, '<hyperlinks>');
  } else if (kind === 'formats') {
    items = intoSheet(items, repeat(n, (i) => `<conditionalFormatting sqref="${ref(i)}"><cfRule type="expression" priority="${i + 1}"><formula>TRUE</formula></cfRule></conditionalFormatting>`), '<hyperlinks>');
  } else if (kind === 'strings') {
    // Shared strings no cell uses, appended after the ones the cells do.
    items = items.map((it) => (it.name === 'xl/sharedStrings.xml' ? { ...it, data: Buffer.from(it.data.toString('utf8').replace('</sst>', `${repeat(n, (i) => `<si><t>${i}</t></si>`)}</sst>`)) } : it));
  } else throw new Error(`unknown kind ${kind} (${KINDS.join(', ')})`);
  return zip(items);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind = 'notes', n = '1500000', out = `/tmp/${kind}-bomb.xlsx`, target] = process.argv.slice(2);
  const bytes = perCellBomb(kind, Number(n), { target });
  writeFileSync(out, bytes);
  console.log(`${out}: ${bytes.length} bytes`);
}
