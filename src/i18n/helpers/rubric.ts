/** Small word tables and helpers the src/rubric (loading and checking rubrics) messages of every language share. */
import { arg } from '../format.js';
import { type Args, type Lang } from '../../diagnostics.js';

type Words = (a: Args) => string;

export const s = (v: Args[string], lang: Lang = 'en') => arg(v, lang);

/** `"key"` quoted for a sentence. */
export const q = (v: Args[string]) => `"${s(v)}"`;

export const didYouMean = (a: Args, lang: Lang) => (a.suggestion !== undefined ? (lang === 'id' ? ` Maksud Anda "${s(a.suggestion)}"?` : ` Did you mean "${s(a.suggestion)}"?`) : '');

// ---------------------------------------------------------------------------------------------
// JSON syntax reasons

export const SYNTAX: Record<string, { id: Words; en: Words; hint?: { id: string; en: string } }> = {
  'unexpected-end': { id: () => 'berkas berakhir sebelum JSON selesai', en: () => 'the file ends before the JSON is complete', hint: { id: 'periksa kurung } atau ] dan tanda kutip yang belum ditutup', en: 'look for an unclosed }, ] or quote' } },
  'unexpected-char': { id: (a) => `karakter ${s(a.found)} tidak diharapkan`, en: (a) => `unexpected character ${s(a.found)}` },
  'expected-value': { id: (a) => `diharapkan sebuah nilai (string, angka, objek, larik, true, false, null), ditemukan ${s(a.found)}`, en: (a) => `expected a value (string, number, object, array, true, false, null), found ${s(a.found)}` },
  'expected-key': { id: (a) => `diharapkan nama kunci dalam tanda kutip ganda, ditemukan ${s(a.found)}`, en: (a) => `expected a key in double quotes, found ${s(a.found)}` },
  'expected-colon': { id: (a) => `diharapkan ':' setelah nama kunci, ditemukan ${s(a.found)}`, en: (a) => `expected ':' after the key, found ${s(a.found)}` },
  'expected-comma-or-brace': { id: (a) => `diharapkan ',' atau '}', ditemukan ${s(a.found)}`, en: (a) => `expected ',' or '}', found ${s(a.found)}`, hint: { id: 'mungkin ada koma yang terlupa di akhir baris sebelumnya', en: 'a comma may be missing at the end of the previous line' } },
  'expected-comma-or-bracket': { id: (a) => `diharapkan ',' atau ']', ditemukan ${s(a.found)}`, en: (a) => `expected ',' or ']', found ${s(a.found)}`, hint: { id: 'mungkin ada koma yang terlupa di akhir baris sebelumnya', en: 'a comma may be missing at the end of the previous line' } },
  'trailing-comma': { id: () => 'koma sebelum } atau ] tidak diizinkan dalam JSON', en: () => 'JSON does not allow a comma before } or ]', hint: { id: 'hapus koma terakhir', en: 'remove the last comma' } },
  comment: { id: () => 'JSON tidak mengizinkan komentar', en: () => 'JSON does not allow comments', hint: { id: 'pindahkan catatan ke kunci "description" atau "note"', en: 'move the remark into a "description" or "note" key' } },
  'single-quote': { id: () => "string JSON memakai tanda kutip ganda (\"), bukan tunggal (')", en: () => "JSON strings use double quotes (\"), not single quotes (')" },
  'unquoted-key': { id: () => 'nama kunci harus dalam tanda kutip ganda', en: () => 'keys must be in double quotes' },
  'bad-number': { id: () => 'angka tidak sah (JSON: tanpa nol di depan, tanpa titik di akhir, tanpa NaN/Infinity)', en: () => 'invalid number (JSON: no leading zeros, no trailing dot, no NaN/Infinity)' },
  'bad-escape': { id: () => 'escape tidak sah dalam string', en: () => 'invalid escape in a string', hint: { id: 'tulis \\\\ untuk garis miring terbalik', en: 'write \\\\ for a backslash' } },
  'control-char': { id: (a) => `karakter kontrol ${s(a.found)} di dalam string`, en: (a) => `control character ${s(a.found)} inside a string`, hint: { id: 'tulis \\n untuk baris baru dan \\t untuk tab', en: 'write \\n for a new line and \\t for a tab' } },
  'unterminated-string': { id: () => 'string tidak ditutup sebelum akhir baris', en: () => 'string not closed before the end of the line' },
  'trailing-content': { id: (a) => `ada isi lain setelah JSON selesai: ${s(a.found)}`, en: (a) => `more content after the JSON value: ${s(a.found)}` },
  empty: { id: () => 'berkas kosong', en: () => 'the file is empty' },
};

// ---------------------------------------------------------------------------------------------
// Words for values in messages

export const TYPE_ID: Record<string, string> = { string: 'teks', number: 'angka', integer: 'bilangan bulat', boolean: 'boolean', object: 'objek', array: 'larik', null: 'null' };

export const typeWord = (t: Args[string], lang: Lang) =>
  s(t)
    .split('|')
    .map((x) => (lang === 'id' ? (TYPE_ID[x] ?? x) : x === 'array' ? 'array (list)' : x))
    .join(lang === 'id' ? ' atau ' : ' or ');

export const PATTERN: Record<string, { id: string; en: string }> = {
  id: { id: 'id memakai huruf kecil, angka dan tanda hubung (mis. kasn-2019)', en: 'an id uses lower-case letters, digits and dashes (e.g. kasn-2019)' },
  version: { id: 'versi semantik MAJOR.MINOR.PATCH (mis. 1.0.0)', en: 'a semantic version MAJOR.MINOR.PATCH (e.g. 1.0.0)' },
  url: { id: 'tautan yang dimulai dengan http:// atau https://', en: 'a link starting with http:// or https://' },
  date: { id: 'tanggal YYYY-MM-DD (mis. 2019-12-30)', en: 'a date YYYY-MM-DD (e.g. 2019-12-30)' },
  color: { id: 'warna #rrggbb (mis. #2e7d32)', en: 'a colour #rrggbb (e.g. #2e7d32)' },
  code: { id: 'kode: huruf, angka, titik, garis bawah, tanda hubung, tanpa spasi (mis. A1.2)', en: 'a code: letters, digits, dots, underscores, dashes, no spaces (e.g. A1.2)' },
  column: { id: 'kunci kolom: huruf di depan, lalu huruf, angka, titik, garis bawah, tanda hubung', en: 'a column key: a letter, then letters, digits, dots, underscores, dashes' },
  name: { id: 'nama: huruf, angka, titik, garis bawah, tanda hubung, tanpa spasi', en: 'a name: letters, digits, dots, underscores, dashes, no spaces' },
};

export const CMP_ID: Record<string, string> = { '>=': 'paling sedikit', '>': 'lebih dari', '<=': 'paling banyak', '<': 'kurang dari' };

export const CMP_EN: Record<string, string> = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' };

export const reachText = (a: Args, lang: Lang) =>
  lang === 'id'
    ? `skor yang dapat dicapai: ${s(a.reachMin)}–${s(a.reachMax)}${a.step !== undefined ? `, kelipatan ${s(a.step)}` : ''}`
    : `reachable scores: ${s(a.reachMin)}–${s(a.reachMax)}${a.step !== undefined ? `, in steps of ${s(a.step)}` : ''}`;

export const nodePrefix = (a: Args) => (a.node !== undefined ? `${s(a.node)}: ` : '');

/** What to do about a v2 key or value in a `merit-rubric/1` file. */
export const V2_HINT = {
  id: 'nyatakan "format": "merit-rubric/2" untuk memakainya (v2 mencakup seluruh v1: isi berkas lainnya tetap sah)',
  en: 'declare "format": "merit-rubric/2" to use it (v2 is a superset of v1: the rest of the file stays valid)',
};

/** What a condition looks at: `column "x"`, `profile question "x"` or `criterion "x"`. */
export const conditionSubject = (a: Args, lang: Lang): string => {
  if (a.profile !== undefined) return lang === 'id' ? `pertanyaan profil "${s(a.profile)}"` : `profile question "${s(a.profile)}"`;
  if (a.criterion !== undefined) return lang === 'id' ? `kriteria "${s(a.criterion)}"` : `criterion "${s(a.criterion)}"`;
  return lang === 'id' ? `kolom "${s(a.column)}"` : `column "${s(a.column)}"`;
};

export function warnCount(a: Args, lang: Lang): string {
  const n = Number(a.warnings ?? 0);
  if (!n) return '';
  return lang === 'id' ? ` (${n} peringatan)` : ` (${n} warning${n === 1 ? '' : 's'})`;
}
