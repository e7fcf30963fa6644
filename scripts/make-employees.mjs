#!/usr/bin/env node
// Writes a synthetic employee dataset for the Indeks Profesionalitas ASN (rubric ip-asn-2019):
// one row per employee, the rubric's Indonesian column headers, plausible distributions of post
// type, education, training hours, seminars, SKP predicates and discipline sanctions.
//
//   node scripts/make-employees.mjs --rows 100000 --out data/pegawai.csv [--seed 7]
//   node scripts/make-employees.mjs --rows 400000 --out data/pegawai.xlsx
//   options: --format csv|xlsx (default: from the extension) --delimiter ';'|','|tab (CSV, default ;)
//            --bad N (N rows with problems a reader must report: unknown education, post type
//            outside every competence path, a JP that is not a number, an empty NIP, a repeated NIP)
//
// Deterministic: the same seed and options give the same rows (a CSV byte for byte; an XLSX's zip
// entries carry the time they were written). Nothing here is real
// personal data: every name is "Pegawai Fiktif <n>", every NIP starts with 999 (no real NIP
// does: the first eight digits of a real one are a birth date) and is followed by the row
// number, and the work units are generic regency offices.
//
// The CSV is written as Indonesian Excel saves "CSV UTF-8": a BOM, `;` separators, CRLF line ends
// and decimal commas (a few training-hour values are fractional: 12,5). Both formats are written
// as streams, so millions of rows need no more memory than a few.
import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { once } from 'node:events';

export const HEADER = [
  'NIP',
  'Nama',
  'Unit Kerja',
  'Jenis Jabatan',
  'Jenis Kelamin',
  'Pendidikan Terakhir',
  'Diklat Kepemimpinan',
  'Diklat Fungsional',
  'Diklat Teknis (JP)',
  'Seminar/Workshop (jumlah)',
  'Predikat Kinerja (SKP)',
  'Hukuman Disiplin',
];

/** Seeded PRNG (mulberry32): fast, good enough for test data, identical on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from [value, weight] pairs. */
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
}

// A regency's offices; teachers and health workers make most of the workforce.
const UNITS = weighted([
  ['Dinas Pendidikan', 38],
  ['Dinas Kesehatan', 14],
  ['RSUD', 9],
  ['Sekretariat Daerah', 5],
  ['Sekretariat DPRD', 2],
  ['Inspektorat', 2],
  ['Bappeda', 2],
  ['BKPSDM', 2],
  ['BPKAD', 2],
  ['Bapenda', 2],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 3],
  ['Dinas Pertanian', 3],
  ['Dinas Sosial', 2],
  ['Dinas Kependudukan dan Pencatatan Sipil', 2],
  ['Dinas Perhubungan', 2],
  ['Dinas Lingkungan Hidup', 2],
  ['Dinas Komunikasi dan Informatika', 1],
  ['Satuan Polisi Pamong Praja', 2],
  ['Kecamatan Kota', 3],
  ['Kecamatan Utara', 2],
  ['Kecamatan Selatan', 2],
]);

const POST = weighted([
  ['Struktural', 9],
  ['Fungsional', 56],
  ['Pelaksana', 35],
]);

// Spellings vary in real exports: the lookup must map S-1, S1 and Sarjana to one case.
const EDUCATION = {
  Struktural: weighted([['S-2', 38], ['S2', 4], ['Magister', 2], ['S-1', 46], ['S1', 4], ['D-IV', 3], ['S-3', 2], ['D-III', 1]]),
  Fungsional: weighted([['S-1', 50], ['S1', 6], ['Sarjana', 2], ['D-IV', 8], ['S-2', 13], ['S2', 1], ['D-III', 16], ['S-3', 1], ['SLTA', 2], ['D-II', 1]]),
  Pelaksana: weighted([['SLTA', 30], ['SMA', 5], ['SMK', 5], ['D-III', 18], ['S-1', 26], ['S1', 3], ['D-I', 2], ['D-II', 2], ['SMP', 6], ['SD', 3]]),
};

const SKP = weighted([
  ['Sangat Baik', 18],
  ['Baik', 66],
  ['Butuh Perbaikan', 7],
  ['Cukup', 3],
  ['Kurang', 4],
  ['Sangat Kurang', 1],
  ['Buruk', 1],
]);

const SANCTION = weighted([
  ['Tidak Ada', 93],
  ['Tidak Pernah', 2],
  ['Ringan', 3],
  ['Sedang', 1.4],
  ['Berat', 0.6],
]);

const SEX = weighted([
  ['L', 47],
  ['P', 53],
]);

/** Technical training hours: a quarter had none; the rest mostly 8–40, a few far above 20. */
function trainingHours(r) {
  const x = r();
  if (x < 0.25) return 0;
  if (x < 0.3) return [4, 6, 8][Math.floor(r() * 3)];
  if (x < 0.32) return 12.5; // half-day sessions show up as fractions
  if (x < 0.85) return 8 + Math.floor(r() * 33);
  return 40 + Math.floor(r() * 41);
}

function seminars(r) {
  const x = r();
  return x < 0.35 ? 0 : x < 0.7 ? 1 : x < 0.88 ? 2 : x < 0.96 ? 3 : 4 + Math.floor(r() * 4);
}

export function nip(i) {
  return `999${String(i).padStart(15, '0')}`;
}

/** Row `i` (1-based) as 12 values in HEADER order; numbers stay numbers. */
export function employee(r, i) {
  const post = POST(r);
  const pim = post === 'Struktural' ? (r() < 0.72 ? 'Ya' : 'Tidak') : post === 'Pelaksana' ? (r() < 0.5 ? 'Tidak' : '-') : r() < 0.03 ? 'Ya' : 'Tidak';
  const fung = post === 'Fungsional' ? (r() < 0.76 ? 'Ya' : 'Tidak') : post === 'Struktural' ? (r() < 0.12 ? 'Ya' : 'Tidak') : post === 'Pelaksana' ? (r() < 0.5 ? 'Tidak' : '-') : 'Tidak';
  return [
    nip(i),
    `Pegawai Fiktif ${String(i).padStart(7, '0')}`,
    UNITS(r),
    post,
    SEX(r),
    EDUCATION[post](r),
    pim,
    fung,
    trainingHours(r),
    seminars(r),
    SKP(r),
    SANCTION(r),
  ];
}

/** Problems a reader must report, placed deterministically: one kind per bad row, in turn. */
export function spoil(values, k, i) {
  const v = [...values];
  switch (k % 5) {
    case 0:
      v[5] = 'Paket C Plus'; // no education case matches
      break;
    case 1:
      v[3] = 'Honorer'; // no competence path
      break;
    case 2:
      v[8] = 'dua puluh'; // not a number
      break;
    case 3:
      v[0] = ''; // required NIP empty
      break;
    case 4:
      v[0] = nip(Math.max(1, i - 1)); // the previous row's NIP again
      break;
  }
  return v;
}

function parseArgs(argv) {
  const o = { rows: 1000, seed: 7, delimiter: ';', bad: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--rows') o.rows = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--format') o.format = next();
    else if (a === '--delimiter') {
      const d = next();
      o.delimiter = d === 'tab' ? '\t' : d;
    }
    else if (a === '--bad') o.bad = Number(next());
    else throw new Error(`unknown option ${a}`);
  }
  if (!o.out) throw new Error('--out FILE is required');
  if (!Number.isInteger(o.rows) || o.rows < 0) throw new Error('--rows must be a whole number');
  o.format ??= extname(o.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
  return o;
}

/** Every `step`-th row is spoiled (rows step, 2·step, ...), `bad` of them in all. */
function badRows(rows, bad) {
  if (!bad) return () => -1;
  const step = Math.max(2, Math.floor(rows / (bad + 1)));
  return (i) => (i % step === 0 && i / step <= bad ? i / step - 1 : -1);
}

export async function writeCsv(o) {
  const out = createWriteStream(o.out);
  const d = o.delimiter;
  const comma = d === ';';
  const q = (v) => {
    const s = typeof v === 'number' ? (comma ? String(v).replace('.', ',') : String(v)) : v;
    return s.includes(d) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const r = rng(o.seed);
  const isBad = badRows(o.rows, o.bad);
  let buf = '\ufeff' + HEADER.map(q).join(d) + '\r\n';
  for (let i = 1; i <= o.rows; i++) {
    let v = employee(r, i);
    const k = isBad(i);
    if (k >= 0) v = spoil(v, k, i);
    buf += v.map(q).join(d) + '\r\n';
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

export async function writeXlsx(o) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: o.out, useSharedStrings: true, useStyles: true });
  wb.creator = 'merit scripts/make-employees.mjs';
  wb.created = new Date(Date.UTC(2024, 0, 31));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = HEADER.map((h, i) => ({ header: h, width: [20, 26, 30, 14, 8, 12, 10, 10, 10, 10, 18, 16][i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  const r = rng(o.seed);
  const isBad = badRows(o.rows, o.bad);
  for (let i = 1; i <= o.rows; i++) {
    let v = employee(r, i);
    const k = isBad(i);
    if (k >= 0) v = spoil(v, k, i);
    ws.addRow(v).commit();
  }
  ws.commit();
  await wb.commit();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const o = parseArgs(process.argv.slice(2));
  await (o.format === 'xlsx' ? writeXlsx(o) : writeCsv(o));
}
