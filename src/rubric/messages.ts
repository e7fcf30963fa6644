/** Diagnostic words for src/rubric (id first, en second). Codes are stable: never rename one. */
import { arg, type Args, type Lang, type Message, type MessageCatalog } from '../diagnostics.js';

type Words = (a: Args) => string;
const m = (id: Words, en: Words, hint?: { id: Words; en: Words }): Message => (hint ? { id, en, hint } : { id, en });
const s = (v: Args[string], lang: Lang = 'en') => arg(v, lang);
/** `"key"` quoted for a sentence. */
const q = (v: Args[string]) => `"${s(v)}"`;
const didYouMean = (a: Args, lang: Lang) => (a.suggestion !== undefined ? (lang === 'id' ? ` Maksud Anda "${s(a.suggestion)}"?` : ` Did you mean "${s(a.suggestion)}"?`) : '');

// ---------------------------------------------------------------------------------------------
// JSON syntax reasons

const SYNTAX: Record<string, { id: Words; en: Words; hint?: { id: string; en: string } }> = {
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

const TYPE_ID: Record<string, string> = { string: 'teks', number: 'angka', integer: 'bilangan bulat', boolean: 'boolean', object: 'objek', array: 'larik', null: 'null' };
const typeWord = (t: Args[string], lang: Lang) =>
  s(t)
    .split('|')
    .map((x) => (lang === 'id' ? (TYPE_ID[x] ?? x) : x === 'array' ? 'array (list)' : x))
    .join(lang === 'id' ? ' atau ' : ' or ');

const PATTERN: Record<string, { id: string; en: string }> = {
  id: { id: 'id memakai huruf kecil, angka dan tanda hubung (mis. kasn-2019)', en: 'an id uses lower-case letters, digits and dashes (e.g. kasn-2019)' },
  version: { id: 'versi semantik MAJOR.MINOR.PATCH (mis. 1.0.0)', en: 'a semantic version MAJOR.MINOR.PATCH (e.g. 1.0.0)' },
  url: { id: 'tautan yang dimulai dengan http:// atau https://', en: 'a link starting with http:// or https://' },
  date: { id: 'tanggal YYYY-MM-DD (mis. 2019-12-30)', en: 'a date YYYY-MM-DD (e.g. 2019-12-30)' },
  color: { id: 'warna #rrggbb (mis. #2e7d32)', en: 'a colour #rrggbb (e.g. #2e7d32)' },
  code: { id: 'kode: huruf, angka, titik, garis bawah, tanda hubung, tanpa spasi (mis. A1.2)', en: 'a code: letters, digits, dots, underscores, dashes, no spaces (e.g. A1.2)' },
  column: { id: 'kunci kolom: huruf di depan, lalu huruf, angka, titik, garis bawah, tanda hubung', en: 'a column key: a letter, then letters, digits, dots, underscores, dashes' },
  name: { id: 'nama: huruf, angka, titik, garis bawah, tanda hubung, tanpa spasi', en: 'a name: letters, digits, dots, underscores, dashes, no spaces' },
};

const CMP_ID: Record<string, string> = { '>=': 'paling sedikit', '>': 'lebih dari', '<=': 'paling banyak', '<': 'kurang dari' };
const CMP_EN: Record<string, string> = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' };

const CONFIDENCE: Record<string, { id: string; en: string }> = {
  confirmed: { id: 'terkonfirmasi', en: 'confirmed' },
  inferred: { id: 'disimpulkan', en: 'inferred' },
  uncertain: { id: 'belum pasti', en: 'uncertain' },
};
const conf = (c: Args[string], lang: Lang) => CONFIDENCE[s(c)]?.[lang] ?? s(c);
const reachText = (a: Args, lang: Lang) =>
  lang === 'id'
    ? `skor yang dapat dicapai: ${s(a.reachMin)}–${s(a.reachMax)}${a.step !== undefined ? `, kelipatan ${s(a.step)}` : ''}`
    : `reachable scores: ${s(a.reachMin)}–${s(a.reachMax)}${a.step !== undefined ? `, in steps of ${s(a.step)}` : ''}`;
const nodePrefix = (a: Args) => (a.node !== undefined ? `${s(a.node)}: ` : '');

// ---------------------------------------------------------------------------------------------
// The catalog

export const rubricMessages: MessageCatalog = {
  // --- reading and parsing ---
  RUBRIC_NOT_FOUND: m(
    (a) => (a.asId ? `rubrik "${s(a.ref)}" tidak ditemukan (bukan id bawaan dan bukan berkas).` : `berkas rubrik "${s(a.ref)}" tidak ditemukan.`) + didYouMean(a, 'id'),
    (a) => (a.asId ? `rubric "${s(a.ref)}" not found (neither a bundled id nor a file).` : `rubric file "${s(a.ref)}" not found.`) + didYouMean(a, 'en'),
    {
      id: (a) => `rubrik bawaan: ${s(a.bundled) || '(tidak ada)'}; lihat \`merit rubric list\``,
      en: (a) => `bundled rubrics: ${s(a.bundled) || '(none)'}; see \`merit rubric list\``,
    },
  ),
  RUBRIC_NOT_A_FILE: m((a) => `"${s(a.path)}" bukan berkas`, (a) => `"${s(a.path)}" is not a file`),
  RUBRIC_TOO_LARGE: m(
    (a) => `berkas rubrik terlalu besar (${s(a.size)} byte; batas ${s(a.max)})`,
    (a) => `rubric file too large (${s(a.size)} bytes; the limit is ${s(a.max)})`,
  ),
  RUBRIC_READ_ERROR: m((a) => `tidak dapat membaca "${s(a.path)}" (${s(a.reason)})`, (a) => `cannot read "${s(a.path)}" (${s(a.reason)})`),
  RUBRIC_ENCODING: m(() => 'berkas rubrik bukan UTF-8 yang sah', () => 'the rubric file is not valid UTF-8', {
    id: () => 'simpan ulang berkas sebagai UTF-8',
    en: () => 'save the file again as UTF-8',
  }),
  RUBRIC_JSON_SYNTAX: {
    id: (a) => `JSON tidak sah: ${SYNTAX[s(a.reason)]?.id(a) ?? s(a.reason)}`,
    en: (a) => `invalid JSON: ${SYNTAX[s(a.reason)]?.en(a) ?? s(a.reason)}`,
    hint: { id: (a) => SYNTAX[s(a.reason)]?.hint?.id ?? '', en: (a) => SYNTAX[s(a.reason)]?.hint?.en ?? '' },
  },
  RUBRIC_DUPLICATE_KEY: m(
    (a) => `kunci ${q(a.key)} muncul dua kali dalam objek yang sama (pertama di baris ${s(a.firstLine)}:${s(a.firstColumn)})`,
    (a) => `key ${q(a.key)} appears twice in the same object (first at ${s(a.firstLine)}:${s(a.firstColumn)})`,
    { id: () => 'hapus salah satunya; JSON biasa diam-diam memakai yang terakhir', en: () => 'remove one of them; plain JSON readers silently keep the last' },
  ),
  RUBRIC_FORBIDDEN_KEY: m(
    (a) => `kunci ${q(a.key)} tidak diizinkan`,
    (a) => `key ${q(a.key)} is not allowed`,
    { id: () => '__proto__, constructor dan prototype ditolak demi keamanan', en: () => '__proto__, constructor and prototype are refused for safety' },
  ),
  RUBRIC_NUMBER_RANGE: m(
    (a) => `angka ${s(a.value)} di luar jangkauan (paling besar ±${s(a.max)})`,
    (a) => `number ${s(a.value)} is out of range (at most ±${s(a.max)})`,
  ),
  RUBRIC_TOO_DEEP: m(
    (a) => `JSON bersarang lebih dari ${s(a.max)} tingkat`,
    (a) => `JSON nested deeper than ${s(a.max)} levels`,
  ),

  // --- schema ---
  RUBRIC_UNKNOWN_KEY: m(
    (a) => `kunci tidak dikenal ${q(a.key)}.${didYouMean(a, 'id')}`,
    (a) => `unknown key ${q(a.key)}.${didYouMean(a, 'en')}`,
    { id: (a) => `kunci yang diizinkan di sini: ${s(a.allowed)}`, en: (a) => `keys allowed here: ${s(a.allowed)}` },
  ),
  RUBRIC_REQUIRED: m((a) => `kunci wajib ${q(a.key)} tidak ada`, (a) => `required key ${q(a.key)} is missing`),
  RUBRIC_TYPE: {
    id: (a) => `diharapkan ${typeWord(a.expected, 'id')}, ditemukan ${typeWord(a.found, 'id')}`,
    en: (a) => `expected ${typeWord(a.expected, 'en')}, found ${typeWord(a.found, 'en')}`,
    hint: {
      id: (a) => (a.value !== undefined ? `hapus tanda kutip: tulis ${s(a.value).trim()} bukan "${s(a.value)}"` : ''),
      en: (a) => (a.value !== undefined ? `remove the quotes: write ${s(a.value).trim()}, not "${s(a.value)}"` : ''),
    },
  },
  RUBRIC_ENUM: m(
    (a) => `nilai ${q(a.value)} tidak diizinkan.${didYouMean(a, 'id')}`,
    (a) => `value ${q(a.value)} is not allowed.${didYouMean(a, 'en')}`,
    { id: (a) => `nilai yang diizinkan: ${s(a.allowed)}`, en: (a) => `allowed values: ${s(a.allowed)}` },
  ),
  RUBRIC_CONST: m((a) => `diharapkan ${q(a.expected)}, ditemukan ${q(a.value)}`, (a) => `expected ${q(a.expected)}, found ${q(a.value)}`),
  RUBRIC_FORMAT: m(
    (a) => `format rubrik ${q(a.value)} tidak didukung; versi merit ini membaca ${q(a.expected)}`,
    (a) => `rubric format ${q(a.value)} is not supported; this merit reads ${q(a.expected)}`,
  ),
  RUBRIC_PATTERN: m(
    (a) => `${q(a.value)} tidak sah: ${PATTERN[s(a.kind)]?.id ?? `harus cocok dengan pola ${s(a.pattern)}`}`,
    (a) => `${q(a.value)} is not valid: ${PATTERN[s(a.kind)]?.en ?? `must match the pattern ${s(a.pattern)}`}`,
  ),
  RUBRIC_RANGE: m(
    (a) => `nilai ${s(a.value)} di luar batas: harus ${CMP_ID[s(a.comparison)] ?? s(a.comparison)} ${s(a.limit)}`,
    (a) => `value ${s(a.value)} is out of range: it must be ${CMP_EN[s(a.comparison)] ?? s(a.comparison)} ${s(a.limit)}`,
  ),
  RUBRIC_TOO_FEW: m((a) => `daftar ini perlu paling sedikit ${s(a.limit)} isian`, (a) => `this list needs at least ${s(a.limit)} item${a.limit === 1 ? '' : 's'}`),
  RUBRIC_TOO_SHORT: m(
    (a) => (a.limit === 1 ? 'teks tidak boleh kosong' : `teks perlu paling sedikit ${s(a.limit)} karakter`),
    (a) => (a.limit === 1 ? 'the text must not be empty' : `the text needs at least ${s(a.limit)} characters`),
  ),
  RUBRIC_TOO_LONG: m((a) => `teks terlalu panjang (${s(a.length)} karakter; paling banyak ${s(a.limit)})`, (a) => `text too long (${s(a.length)} characters; at most ${s(a.limit)})`),
  RUBRIC_ROUNDING: m(
    (a) => (a.reason === 'both' ? 'pembulatan memakai "step" atau "decimals", tidak keduanya' : 'pembulatan perlu "step" (mis. 0.5) atau "decimals" (mis. 2)'),
    (a) => (a.reason === 'both' ? 'rounding takes "step" or "decimals", not both' : 'rounding needs "step" (e.g. 0.5) or "decimals" (e.g. 2)'),
  ),
  RUBRIC_NODE_KIND: m(
    (a) => (a.reason === 'both' ? 'node tidak boleh punya "children" dan "scoring" sekaligus' : 'node perlu "children" (kelompok) atau "scoring" (kriteria)'),
    (a) => (a.reason === 'both' ? 'a node cannot have both "children" and "scoring"' : 'a node needs "children" (a group) or "scoring" (a criterion)'),
    { id: () => 'kelompok menjumlahkan anak-anaknya; kriteria dinilai dari satu nilai bukti', en: () => 'a group aggregates its children; a criterion is scored from one evidence value' },
  ),
  RUBRIC_SCHEMA: m((a) => `tidak sesuai skema (${s(a.keyword)}): ${s(a.message)}`, (a) => `does not match the schema (${s(a.keyword)}): ${s(a.message)}`),

  // --- semantic lint ---
  RUBRIC_RECORD_REQUIRES: m(
    (a) => `rubrik dengan subject "record" wajib punya ${q(a.key)}`,
    (a) => `a rubric with subject "record" needs ${q(a.key)}`,
    {
      id: (a) => (a.key === 'columns' ? 'nyatakan kolom berkas rekaman di "columns"' : 'nyatakan agregasi populasi: "population": { "aggregate": "mean" }'),
      en: (a) => (a.key === 'columns' ? 'declare the record file\'s columns under "columns"' : 'declare the population aggregate: "population": { "aggregate": "mean" }'),
    },
  ),
  RUBRIC_RECORD_ONLY: m(
    (a) => `${q(a.key)} hanya untuk rubrik dengan subject "record"`,
    (a) => `${q(a.key)} is only for rubrics with subject "record"`,
  ),
  RUBRIC_DUPLICATE_COLUMN: m(
    (a) => `kolom ${q(a.column)} dinyatakan dua kali${a.firstLine !== undefined ? ` (pertama di baris ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
    (a) => `column ${q(a.column)} is declared twice${a.firstLine !== undefined ? ` (first at ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
  ),
  RUBRIC_UNKNOWN_COLUMN: m(
    (a) => `kolom ${q(a.column)} tidak dinyatakan di "columns".${didYouMean(a, 'id')}`,
    (a) => `column ${q(a.column)} is not declared in "columns".${didYouMean(a, 'en')}`,
    {
      id: (a) => (s(a.declared) ? `kolom yang dinyatakan: ${s(a.declared)}` : 'rubrik ini tidak menyatakan kolom apa pun'),
      en: (a) => (s(a.declared) ? `declared columns: ${s(a.declared)}` : 'this rubric declares no columns'),
    },
  ),
  RUBRIC_AGENCY_COLUMN: m(
    (a) => `${q(a.key)} tidak dipakai dalam rubrik dengan subject "agency"`,
    (a) => `${q(a.key)} is not used in a rubric with subject "agency"`,
    {
      id: () => 'lembar bukti instansi punya satu baris per kriteria (kode, level); kolom dan kondisi hanya untuk rubrik "record"',
      en: () => 'an agency evidence sheet has one row per criterion (code, level); columns and conditions are for "record" rubrics',
    },
  ),
  RUBRIC_CONDITION_EMPTY: m(
    (a) => `kondisi pada kolom ${q(a.column)} perlu "in" atau "notIn"`,
    (a) => `the condition on column ${q(a.column)} needs "in" or "notIn"`,
  ),
  RUBRIC_COLUMN_TYPE: m(
    (a) => `penilaian "${s(a.kind)}" perlu kolom angka, tetapi kolom ${q(a.column)} bertipe "${s(a.type)}"`,
    (a) => `"${s(a.kind)}" scoring needs a number column, but column ${q(a.column)} has type "${s(a.type)}"`,
  ),
  RUBRIC_LEAF_COLUMN_MISSING: m(
    (a) => `kriteria ${s(a.code)} perlu "column": dalam rubrik "record" setiap kriteria membaca satu kolom`,
    (a) => `criterion ${s(a.code)} needs "column": in a "record" rubric every criterion reads one column`,
  ),
  RUBRIC_DUPLICATE_CODE: m(
    (a) => `kode ${q(a.code)} sudah dipakai di ${s(a.first)}${a.firstLine !== undefined ? ` (baris ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
    (a) => `code ${q(a.code)} is already used at ${s(a.first)}${a.firstLine !== undefined ? ` (line ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
    { id: () => 'setiap node perlu kode unik (tanpa membedakan huruf besar/kecil); baris bukti merujuk kriteria dengan kodenya', en: () => 'every node needs a unique code (case-insensitive); evidence rows refer to criteria by code' },
  ),
  RUBRIC_OFFICIAL_UNCONFIRMED: m(
    (a) => `${nodePrefix(a)}rubrik berstatus "official" tetapi asal-usul ini ${conf(a.confidence, 'id')}`,
    (a) => `${nodePrefix(a)}the rubric is "official" but this provenance is ${conf(a.confidence, 'en')}`,
    {
      id: () => 'angka yang disimpulkan tidak boleh tampil sebagai resmi: konfirmasi sumbernya atau ubah status menjadi "provisional"',
      en: () => 'never pass an inferred number off as official: confirm the source or set status to "provisional"',
    },
  ),
  RUBRIC_ZERO_MAX_CHILD: m(
    (a) => `anak ${s(a.code)} dari rerata tertimbang punya skor maksimum ${s(a.max)}; perlu lebih dari 0`,
    (a) => `child ${s(a.code)} of a weighted mean has a maximum score of ${s(a.max)}; it must be greater than 0`,
    { id: () => 'rerata tertimbang membagi skor anak dengan maksimumnya', en: () => 'a weighted mean divides each child\'s score by its maximum' },
  ),
  RUBRIC_ZERO_MAX: m((a) => `skor maksimum rubrik adalah ${s(a.max)}; tidak ada yang dapat dinilai`, (a) => `the rubric's maximum score is ${s(a.max)}; nothing can be scored`),
  RUBRIC_UNUSED_SCALE: m((a) => `skala ${q(a.scale)} tidak dipakai oleh kriteria mana pun`, (a) => `scale ${q(a.scale)} is not used by any criterion`),
  RUBRIC_SCALE_IGNORED: m(
    (a) => `${s(a.code)}: "scale" hanya berlaku untuk "aggregate": "weightedMean"; di sini diabaikan`,
    (a) => `${s(a.code)}: "scale" only applies to "aggregate": "weightedMean"; it is ignored here`,
  ),
  RUBRIC_CAP_NOT_POSITIVE: m((a) => `${s(a.code)}: batas atas (cap) ${s(a.cap)} harus lebih dari 0`, (a) => `${s(a.code)}: cap ${s(a.cap)} must be greater than 0`),
  RUBRIC_CAP_NEVER_BINDS: m(
    (a) => `${s(a.code)}: batas atas ${s(a.cap)} tidak pernah berlaku (maksimum anak-anaknya ${s(a.max)})`,
    (a) => `${s(a.code)}: cap ${s(a.cap)} never binds (its children reach at most ${s(a.max)})`,
  ),
  RUBRIC_UNKNOWN_SCALE: m(
    (a) => `skala ${q(a.scale)} tidak dinyatakan di "scales".${didYouMean(a, 'id')}`,
    (a) => `scale ${q(a.scale)} is not declared under "scales".${didYouMean(a, 'en')}`,
    {
      id: (a) => (s(a.declared) ? `skala yang dinyatakan: ${s(a.declared)}` : 'rubrik ini tidak menyatakan skala; tulis "levels" langsung atau tambahkan "scales"'),
      en: (a) => (s(a.declared) ? `declared scales: ${s(a.declared)}` : 'this rubric declares no scales; write "levels" inline or add "scales"'),
    },
  ),
  RUBRIC_LEVELS_MISSING: m(
    (a) => `kriteria ${s(a.code)}: penilaian "levels" perlu "scale" atau "levels"`,
    (a) => `criterion ${s(a.code)}: "levels" scoring needs "scale" or "levels"`,
  ),
  RUBRIC_LEVELS_MISMATCH: m(
    (a) => `kriteria ${s(a.code)}: level (${s(a.values)}) berbeda dari skala "${s(a.scale)}" (${s(a.scaleValues)})`,
    (a) => `criterion ${s(a.code)}: levels (${s(a.values)}) differ from scale "${s(a.scale)}" (${s(a.scaleValues)})`,
    { id: () => 'level di kriteria hanya mengganti teks/poin skala; nilainya harus sama', en: () => 'levels on a criterion only override the scale\'s texts/points; the values must be the same' },
  ),
  RUBRIC_LEVELS_START: m(
    (a) => `${nodePrefix(a)}level harus dimulai dari 0 (tanpa bukti) atau 1, bukan ${s(a.first)}`,
    (a) => `${nodePrefix(a)}levels must start at 0 (no evidence) or 1, not ${s(a.first)}`,
  ),
  RUBRIC_NO_ZERO_LEVEL: m(
    (a) => `${nodePrefix(a)}tidak ada level 0 ("tidak ada bukti")`,
    (a) => `${nodePrefix(a)}there is no level 0 ("no evidence")`,
    { id: () => 'skala sistem merit memuat level 0 untuk kriteria tanpa bukti dukung', en: () => 'a merit scale includes a level 0 for criteria without supporting evidence' },
  ),
  RUBRIC_LEVELS_ORDER: m(
    (a) => `${nodePrefix(a)}level ${s(a.value)} setelah level ${s(a.previous)}: level harus naik tanpa pengulangan`,
    (a) => `${nodePrefix(a)}level ${s(a.value)} after level ${s(a.previous)}: levels must ascend without repeats`,
  ),
  RUBRIC_LEVELS_HOLE: m(
    (a) => `${nodePrefix(a)}level ${s(a.missing)} hilang antara ${s(a.previous)} dan ${s(a.value)}`,
    (a) => `${nodePrefix(a)}level ${s(a.missing)} missing between ${s(a.previous)} and ${s(a.value)}`,
  ),
  RUBRIC_POINTS_DECREASING: m(
    (a) => `${nodePrefix(a)}level ${s(a.value)} memberi ${s(a.points)} poin, lebih kecil dari level ${s(a.previous)} (${s(a.previousPoints)})`,
    (a) => `${nodePrefix(a)}level ${s(a.value)} gives ${s(a.points)} points, less than level ${s(a.previous)} (${s(a.previousPoints)})`,
    { id: () => 'poin tidak boleh turun ketika level naik', en: () => 'points must not decrease as the level rises' },
  ),
  RUBRIC_LOOKUP_OVERLAP: m(
    (a) => `kriteria ${s(a.code)}: nilai ${q(a.value)} di kasus ${s(a.case)} sudah dicocokkan kasus ${s(a.firstCase)}`,
    (a) => `criterion ${s(a.code)}: value ${q(a.value)} in case ${s(a.case)} is already matched by case ${s(a.firstCase)}`,
    { id: () => 'pencocokan tidak membedakan huruf besar/kecil dan spasi; kasus pertama yang cocok berlaku', en: () => 'matching ignores case and spaces; the first matching case wins' },
  ),
  RUBRIC_THRESHOLDS_ORDER: m(
    (a) => `kriteria ${s(a.code)}: langkah ${s(a.step)} (min ${s(a.min)}) tidak pernah tercapai setelah min ${s(a.previous)}`,
    (a) => `criterion ${s(a.code)}: step ${s(a.step)} (min ${s(a.min)}) can never apply after min ${s(a.previous)}`,
    { id: () => 'langkah pertama yang terpenuhi berlaku: tulis batas tertinggi lebih dulu', en: () => 'the first step met applies: write the highest bound first' },
  ),
  RUBRIC_LINEAR_CAP: m(
    (a) => `kriteria ${s(a.code)}: batas atas ${s(a.cap)} harus lebih dari batas bawah ${s(a.floor)}`,
    (a) => `criterion ${s(a.code)}: cap ${s(a.cap)} must be greater than floor ${s(a.floor)}`,
  ),
  RUBRIC_DUPLICATE_BAND_CODE: m(
    (a) => `kode pita ${q(a.band)} sudah dipakai di ${s(a.first)}`,
    (a) => `band code ${q(a.band)} is already used at ${s(a.first)}`,
  ),
  RUBRIC_BAND_EMPTY: m((a) => `pita ${s(a.band)} ${s(a.edges)} kosong`, (a) => `band ${s(a.band)} ${s(a.edges)} is empty`, {
    id: () => 'min harus lebih kecil dari max',
    en: () => 'min must be less than max',
  }),
  RUBRIC_BAND_ORDER: m(
    (a) => `pita ${s(a.band)} ditulis setelah ${s(a.previous)} tetapi mulai lebih rendah`,
    (a) => `band ${s(a.band)} is written after ${s(a.previous)} but starts lower`,
    { id: () => 'tulis pita dari yang terendah', en: () => 'write the bands lowest first' },
  ),
  RUBRIC_BAND_OVERLAP: m(
    (a) => `pita ${s(a.band)} ${s(a.edges)} bertumpang tindih dengan ${s(a.previous)} ${s(a.previousEdges)}`,
    (a) => `band ${s(a.band)} ${s(a.edges)} overlaps ${s(a.previous)} ${s(a.previousEdges)}`,
    {
      id: () => 'satu skor harus masuk tepat satu pita: buat satu tepi inklusif dan yang lain eksklusif',
      en: () => 'a score must fall in exactly one band: make one edge inclusive and the other exclusive',
    },
  ),
  RUBRIC_BAND_GAP: m(
    (a) => `celah ${s(a.gap)} antara pita ${s(a.previous)} ${s(a.previousEdges)} dan ${s(a.band)} ${s(a.edges)} (${reachText(a, 'id')})`,
    (a) => `gap ${s(a.gap)} between bands ${s(a.previous)} ${s(a.previousEdges)} and ${s(a.band)} ${s(a.edges)} (${reachText(a, 'en')})`,
    { id: () => 'skor di celah ini tidak punya predikat: samakan max pita bawah dengan min pita atas', en: () => 'a score in this gap has no predicate: make the lower band\'s max equal the upper band\'s min' },
  ),
  RUBRIC_BELOW_UNCOVERED: m(
    (a) => `skor di bawah ${s(a.min)} (pita terendah ${s(a.band)}) dapat terjadi tetapi tidak punya label (${reachText(a, 'id')})`,
    (a) => `scores below ${s(a.min)} (lowest band ${s(a.band)}) are reachable but have no label (${reachText(a, 'en')})`,
    { id: () => 'tambahkan "outOfRange": { "below": { "code": ..., "label": ... } }', en: () => 'add "outOfRange": { "below": { "code": ..., "label": ... } }' },
  ),
  RUBRIC_ABOVE_UNCOVERED: m(
    (a) => `skor di atas ${s(a.max)} (pita tertinggi ${s(a.band)}) dapat terjadi tetapi tidak punya label (${reachText(a, 'id')})`,
    (a) => `scores above ${s(a.max)} (highest band ${s(a.band)}) are reachable but have no label (${reachText(a, 'en')})`,
    { id: () => 'tambahkan "outOfRange": { "above": ... } atau hapus "max" dari pita tertinggi', en: () => 'add "outOfRange": { "above": ... } or drop "max" from the highest band' },
  ),
  RUBRIC_BAND_UNREACHABLE: m(
    (a) => `tidak ada skor yang dapat masuk pita ${s(a.band)} ${s(a.edges)} (${reachText(a, 'id')})`,
    (a) => `no score can fall in band ${s(a.band)} ${s(a.edges)} (${reachText(a, 'en')})`,
  ),
};

// ---------------------------------------------------------------------------------------------
// Words of `merit rubric validate|list|show` (not diagnostics)

const TEXT = {
  valid: { id: (a: Args) => `${s(a.file)}: valid${warnCount(a, 'id')}`, en: (a: Args) => `${s(a.file)}: valid${warnCount(a, 'en')}` },
  invalid: {
    id: (a: Args) => `${s(a.file)}: tidak valid (${s(a.errors)} galat${Number(a.warnings) ? `, ${s(a.warnings)} peringatan` : ''})`,
    en: (a: Args) => `${s(a.file)}: invalid (${s(a.errors)} error${a.errors === 1 ? '' : 's'}${Number(a.warnings) ? `, ${s(a.warnings)} warning${a.warnings === 1 ? '' : 's'}` : ''})`,
  },
  summary: {
    id: (a: Args) => `${s(a.valid)} dari ${s(a.total)} rubrik valid`,
    en: (a: Args) => `${s(a.valid)} of ${s(a.total)} rubrics valid`,
  },
  noRubrics: { id: () => 'tidak ada rubrik bawaan', en: () => 'no bundled rubrics' },
  headId: { id: () => 'ID', en: () => 'ID' },
  headVersion: { id: () => 'VERSI', en: () => 'VERSION' },
  headStatus: { id: () => 'STATUS', en: () => 'STATUS' },
  headSubject: { id: () => 'SUBJEK', en: () => 'SUBJECT' },
  headTitle: { id: () => 'JUDUL', en: () => 'TITLE' },
  headCode: { id: () => 'KODE', en: () => 'CODE' },
  headName: { id: () => 'NAMA', en: () => 'NAME' },
  headMax: { id: () => 'MAKS', en: () => 'MAX' },
  headShare: { id: () => 'PORSI', en: () => 'SHARE' },
  headBand: { id: () => 'PITA', en: () => 'BAND' },
  headRange: { id: () => 'RENTANG', en: () => 'RANGE' },
  headLabel: { id: () => 'PREDIKAT', en: () => 'LABEL' },
  status: { id: () => 'Status', en: () => 'Status' },
  subject: { id: () => 'Subjek', en: () => 'Subject' },
  legalBasis: { id: () => 'Dasar hukum', en: () => 'Legal basis' },
  range: { id: () => 'Rentang skor', en: () => 'Score range' },
  rounding: { id: () => 'Pembulatan', en: () => 'Rounding' },
  missing: { id: () => 'Bukti kosong', en: () => 'Missing evidence' },
  sha256: { id: () => 'sha256', en: () => 'sha256' },
  tree: { id: () => 'Struktur', en: () => 'Structure' },
  bands: { id: () => 'Pita (predikat)', en: () => 'Bands' },
  below: { id: () => 'di bawah rentang', en: () => 'below range' },
  above: { id: () => 'di atas rentang', en: () => 'above range' },
  columns: { id: () => 'Kolom', en: () => 'Columns' },
  population: { id: () => 'Populasi', en: () => 'Population' },
  groupBy: { id: () => 'dikelompokkan menurut', en: () => 'grouped by' },
  recordId: { id: () => 'id rekaman', en: () => 'record id' },
  provenance: { id: () => 'asal', en: () => 'source' },
  warnings: { id: () => 'Peringatan', en: () => 'Warnings' },
  none: { id: () => 'tidak ada', en: () => 'none' },
  when: { id: (a: Args) => `bila ${s(a.column)} ${a.negate ? 'bukan' : '∈'} {${s(a.values)}}`, en: (a: Args) => `when ${s(a.column)} ${a.negate ? '∉' : '∈'} {${s(a.values)}}` },
  weightedMean: { id: (a: Args) => `rerata tertimbang × ${s(a.scale)}`, en: (a: Args) => `weighted mean × ${s(a.scale)}` },
  sum: { id: () => 'jumlah', en: () => 'sum' },
  cap: { id: (a: Args) => `batas ${s(a.cap)}`, en: (a: Args) => `cap ${s(a.cap)}` },
  weight: { id: (a: Args) => `bobot ${s(a.weight)}`, en: (a: Args) => `weight ${s(a.weight)}` },
  kindLevels: { id: (a: Args) => `level ${s(a.values)}`, en: (a: Args) => `levels ${s(a.values)}` },
  kindLookup: { id: (a: Args) => `tabel ${s(a.count)} kasus`, en: (a: Args) => `lookup, ${s(a.count)} cases` },
  kindThresholds: { id: (a: Args) => `ambang ${s(a.count)} langkah`, en: (a: Args) => `thresholds, ${s(a.count)} steps` },
  kindLinear: { id: (a: Args) => `linier × ${s(a.factor)}`, en: (a: Args) => `linear × ${s(a.factor)}` },
  kindBoolean: { id: () => 'ya/tidak', en: () => 'yes/no' },
  roundStep: { id: (a: Args) => `kelipatan ${s(a.step)} (${s(a.mode)})`, en: (a: Args) => `multiples of ${s(a.step)} (${s(a.mode)})` },
  roundDecimals: { id: (a: Args) => `${s(a.decimals)} desimal (${s(a.mode)})`, en: (a: Args) => `${s(a.decimals)} decimals (${s(a.mode)})` },
  roundNone: { id: () => 'tidak ada', en: () => 'none' },
  provisionalRubric: {
    id: () => 'rubrik ini SEMENTARA (provisional): sebagian angka disimpulkan, bukan dari lampiran resmi',
    en: () => 'this rubric is PROVISIONAL: some numbers are inferred, not taken from the official annex',
  },
  provisionalPart: {
    id: (a: Args) => `${s(a.what)} ${s(a.code)}${a.name ? ` (${s(a.name)})` : ''}: ${conf(a.confidence, 'id')} — ${s(a.source)}`,
    en: (a: Args) => `${s(a.what)} ${s(a.code)}${a.name ? ` (${s(a.name)})` : ''}: ${conf(a.confidence, 'en')} — ${s(a.source)}`,
  },
  whatNode: { id: () => 'node', en: () => 'node' },
  whatBand: { id: () => 'pita', en: () => 'band' },
  whatRubric: { id: () => 'rubrik', en: () => 'rubric' },
  shareNote: { id: () => 'PORSI = bagian efektif dari skor maksimum total', en: () => 'SHARE = effective part of the total maximum score' },
} satisfies Record<string, { id: (a: Args) => string; en: (a: Args) => string }>;

function warnCount(a: Args, lang: Lang): string {
  const n = Number(a.warnings ?? 0);
  if (!n) return '';
  return lang === 'id' ? ` (${n} peringatan)` : ` (${n} warning${n === 1 ? '' : 's'})`;
}

export type RubricTextKey = keyof typeof TEXT;

export function rubricText(lang: Lang, key: RubricTextKey, args: Args = {}): string {
  return TEXT[key][lang](args);
}

export const STATUS_WORD: Record<string, { id: string; en: string }> = {
  official: { id: 'resmi', en: 'official' },
  provisional: { id: 'sementara', en: 'provisional' },
};
export const SUBJECT_WORD: Record<string, { id: string; en: string }> = {
  agency: { id: 'instansi', en: 'agency' },
  record: { id: 'per rekaman (pegawai)', en: 'per record (employee)' },
};
export const MISSING_WORD: Record<string, { id: string; en: string }> = {
  zero: { id: 'dinilai 0', en: 'scored 0' },
  exclude: { id: 'dikecualikan', en: 'excluded' },
  error: { id: 'galat', en: 'error' },
};
export const CONFIDENCE_WORD = CONFIDENCE;
