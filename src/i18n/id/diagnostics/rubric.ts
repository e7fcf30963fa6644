/** Indonesian words of the diagnostics of src/rubric (loading and checking rubrics). Codes are stable: never rename one. */
import { s, q, didYouMean, SYNTAX, typeWord, PATTERN, CMP_ID, reachText, nodePrefix, V2_HINT, conditionSubject } from '../../helpers/rubric.js';
import { rubricV2 } from './rubric-v2.js';
import { rubricWords } from '../rubric-text.js';
import type { Catalog } from '../../types.js';

export const rubric = {
  // --- reading and parsing ---
  RUBRIC_NOT_FOUND: {
    text: (a) => (a.asId ? `rubrik "${s(a.ref)}" tidak ditemukan (bukan id bawaan dan bukan berkas).` : `berkas rubrik "${s(a.ref)}" tidak ditemukan.`) + didYouMean(a, 'id'),
    hint: (a) => `rubrik bawaan: ${s(a.bundled) || '(tidak ada)'}; lihat \`merit rubric list\``,
  },
  RUBRIC_NOT_A_FILE: { text: (a) => `"${s(a.path)}" bukan berkas` },
  RUBRIC_TOO_LARGE: { text: (a) => `berkas rubrik terlalu besar (${s(a.size)} byte; batas ${s(a.max)})` },
  RUBRIC_READ_ERROR: { text: (a) => `tidak dapat membaca "${s(a.path)}" (${s(a.reason)})` },
  RUBRIC_ENCODING: { text: () => 'berkas rubrik bukan UTF-8 yang sah', hint: () => 'simpan ulang berkas sebagai UTF-8' },
  RUBRIC_JSON_SYNTAX: {
    text: (a) => `JSON tidak sah: ${SYNTAX[s(a.reason)]?.id(a) ?? s(a.reason)}`,
    hint: (a) => SYNTAX[s(a.reason)]?.hint?.id ?? '',
  },
  RUBRIC_DUPLICATE_KEY: {
    text: (a) => `kunci ${q(a.key)} muncul dua kali dalam objek yang sama (pertama di baris ${s(a.firstLine)}:${s(a.firstColumn)})`,
    hint: () => 'hapus salah satunya; JSON biasa diam-diam memakai yang terakhir',
  },
  RUBRIC_FORBIDDEN_KEY: {
    text: (a) => `kunci ${q(a.key)} tidak diizinkan`,
    hint: () => '__proto__, constructor dan prototype ditolak demi keamanan',
  },
  RUBRIC_NUMBER_RANGE: { text: (a) => `angka ${s(a.value)} di luar jangkauan (paling besar ±${s(a.max)})` },
  RUBRIC_TOO_DEEP: { text: (a) => `JSON bersarang lebih dari ${s(a.max)} tingkat` },
  RUBRIC_TOO_MANY_VALUES: { text: (a) => `lebih dari ${s(a.max)} nilai JSON: terlalu besar untuk sebuah rubrik (rubrik bawaan terbesar berisi kurang dari 3.000)` },

  // --- schema ---
  RUBRIC_UNKNOWN_KEY: {
    text: (a) => (a.v2 ? `kunci ${q(a.key)} milik bahasa rubrik merit-rubric/2; berkas ini menyatakan merit-rubric/1` : `kunci tidak dikenal ${q(a.key)}.${didYouMean(a, 'id')}`),
    hint: (a) => (a.v2 ? V2_HINT.id : `kunci yang diizinkan di sini: ${s(a.allowed)}`),
  },
  RUBRIC_REQUIRED: { text: (a) => `kunci wajib ${q(a.key)} tidak ada${a.for !== undefined ? ` (${q(a.for)} memerlukannya)` : ''}` },
  RUBRIC_TYPE: {
    text: (a) => `diharapkan ${typeWord(a.expected, 'id')}, ditemukan ${typeWord(a.found, 'id')}`,
    hint: (a) => (a.value !== undefined ? `hapus tanda kutip: tulis ${s(a.value).trim()} bukan "${s(a.value)}"` : ''),
  },
  RUBRIC_ENUM: {
    text: (a) => (a.v2 ? `nilai ${q(a.value)} milik bahasa rubrik merit-rubric/2; berkas ini menyatakan merit-rubric/1` : `nilai ${q(a.value)} tidak diizinkan.${didYouMean(a, 'id')}`),
    hint: (a) => (a.v2 ? V2_HINT.id : `nilai yang diizinkan: ${s(a.allowed)}`),
  },
  RUBRIC_CONST: { text: (a) => `diharapkan ${q(a.expected)}, ditemukan ${q(a.value)}` },
  RUBRIC_FORMAT: { text: (a) => `format rubrik ${q(a.value)} tidak didukung; versi merit ini membaca ${Array.isArray(a.supported) ? a.supported.map(q).join(' dan ') : q(a.expected)}` },
  RUBRIC_PATTERN: { text: (a) => `${q(a.value)} tidak sah: ${PATTERN[s(a.kind)]?.id ?? `harus cocok dengan pola ${s(a.pattern)}`}` },
  RUBRIC_RANGE: { text: (a) => `nilai ${s(a.value)} di luar batas: harus ${CMP_ID[s(a.comparison)] ?? s(a.comparison)} ${s(a.limit)}` },
  RUBRIC_TOO_FEW: { text: (a) => `daftar ini perlu paling sedikit ${s(a.limit)} isian` },
  RUBRIC_TOO_SHORT: { text: (a) => (a.limit === 1 ? 'teks tidak boleh kosong' : `teks perlu paling sedikit ${s(a.limit)} karakter`) },
  RUBRIC_TOO_LONG: { text: (a) => `teks terlalu panjang (${s(a.length)} karakter; paling banyak ${s(a.limit)})` },
  RUBRIC_ROUNDING: { text: (a) => (a.reason === 'both' ? 'pembulatan memakai "step" atau "decimals", tidak keduanya' : 'pembulatan perlu "step" (mis. 0.5) atau "decimals" (mis. 2)') },
  RUBRIC_NODE_KIND: {
    text: (a) => (a.reason === 'both' ? 'node tidak boleh punya "children" dan "scoring" sekaligus' : 'node perlu "children" (kelompok) atau "scoring" (kriteria)'),
    hint: () => 'kelompok menjumlahkan anak-anaknya; kriteria dinilai dari satu nilai bukti',
  },
  RUBRIC_CONDITION_ONE: {
    text: (a) => (a.reason === 'both' ? 'kondisi hanya boleh menyebut satu dari "column", "profile" dan "criterion"' : 'kondisi perlu "column", "profile" atau "criterion"'),
    hint: () => '"column": kolom rekaman (rubrik record); "profile": pertanyaan profil; "criterion": kriteria lain',
  },
  RUBRIC_SCHEMA: { text: (a) => `tidak sesuai skema (${s(a.keyword)}): ${s(a.message)}` },

  // --- semantic lint ---
  RUBRIC_RECORD_REQUIRES: {
    text: (a) => `rubrik dengan subject "record" wajib punya ${q(a.key)}`,
    hint: (a) => (a.key === 'columns' ? 'nyatakan kolom berkas rekaman di "columns"' : 'nyatakan agregasi populasi: "population": { "aggregate": "mean" }'),
  },
  RUBRIC_RECORD_ONLY: { text: (a) => `${q(a.key)} hanya untuk rubrik dengan subject "record"` },
  RUBRIC_DUPLICATE_COLUMN: { text: (a) => `kolom ${q(a.column)} dinyatakan dua kali${a.firstLine !== undefined ? ` (pertama di baris ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}` },
  RUBRIC_UNKNOWN_COLUMN: {
    text: (a) => `kolom ${q(a.column)} tidak dinyatakan di "columns".${didYouMean(a, 'id')}`,
    hint: (a) => (s(a.declared) ? `kolom yang dinyatakan: ${s(a.declared)}` : 'rubrik ini tidak menyatakan kolom apa pun'),
  },
  RUBRIC_AGENCY_COLUMN: {
    text: (a) => `${q(a.key)} tidak dipakai dalam rubrik dengan subject "agency"`,
    hint: () => 'lembar bukti instansi punya satu baris per kriteria (kode, level); kolom dan kondisi hanya untuk rubrik "record"',
  },
  RUBRIC_CONDITION_EMPTY: { text: (a) => `kondisi pada ${conditionSubject(a, 'id')} perlu "in" atau "notIn"` },
  RUBRIC_COLUMN_TYPE: { text: (a) => `penilaian "${s(a.kind)}" perlu kolom angka, tetapi kolom ${q(a.column)} bertipe "${s(a.type)}"` },
  RUBRIC_LEAF_COLUMN_MISSING: { text: (a) => `kriteria ${s(a.code)} perlu "column": dalam rubrik "record" setiap kriteria membaca satu kolom` },
  RUBRIC_DUPLICATE_CODE: {
    text: (a) => `kode ${q(a.code)} sudah dipakai di ${s(a.first)}${a.firstLine !== undefined ? ` (baris ${s(a.firstLine)}:${s(a.firstColumn)})` : ''}`,
    hint: () => 'setiap node perlu kode unik (tanpa membedakan huruf besar/kecil); baris bukti merujuk kriteria dengan kodenya',
  },
  RUBRIC_OFFICIAL_UNCONFIRMED: {
    text: (a) => `${nodePrefix(a)}rubrik berstatus "official" tetapi asal-usul ini ${rubricWords.confidence[s(a.confidence) as keyof typeof rubricWords.confidence] ?? s(a.confidence)}`,
    hint: () => 'angka yang disimpulkan tidak boleh tampil sebagai resmi: konfirmasi sumbernya atau ubah status menjadi "provisional"',
  },
  RUBRIC_ZERO_MAX_CHILD: {
    text: (a) => `anak ${s(a.code)} dari rerata tertimbang punya skor maksimum ${s(a.max)}; perlu lebih dari 0`,
    hint: () => 'rerata tertimbang membagi skor anak dengan maksimumnya',
  },
  RUBRIC_ZERO_MAX: { text: (a) => `skor maksimum rubrik adalah ${s(a.max)}; tidak ada yang dapat dinilai` },
  RUBRIC_UNUSED_SCALE: { text: (a) => `skala ${q(a.scale)} tidak dipakai oleh kriteria mana pun` },
  RUBRIC_SCALE_IGNORED: { text: (a) => `${s(a.code)}: "scale" hanya berlaku untuk "aggregate": "weightedMean"; di sini diabaikan` },
  RUBRIC_CAP_NOT_POSITIVE: { text: (a) => `${s(a.code)}: batas atas (cap) ${s(a.cap)} harus lebih dari 0` },
  RUBRIC_CAP_NEVER_BINDS: { text: (a) => `${s(a.code)}: batas atas ${s(a.cap)} tidak pernah berlaku (maksimum anak-anaknya ${s(a.max)})` },
  RUBRIC_UNKNOWN_SCALE: {
    text: (a) => `skala ${q(a.scale)} tidak dinyatakan di "scales".${didYouMean(a, 'id')}`,
    hint: (a) => (s(a.declared) ? `skala yang dinyatakan: ${s(a.declared)}` : 'rubrik ini tidak menyatakan skala; tulis "levels" langsung atau tambahkan "scales"'),
  },
  RUBRIC_LEVELS_MISSING: { text: (a) => `kriteria ${s(a.code)}: penilaian "levels" perlu "scale" atau "levels"` },
  RUBRIC_LEVELS_MISMATCH: {
    text: (a) => `kriteria ${s(a.code)}: level (${s(a.values)}) berbeda dari skala "${s(a.scale)}" (${s(a.scaleValues)})`,
    hint: () => 'level di kriteria hanya mengganti teks/poin skala; nilainya harus sama',
  },
  RUBRIC_LEVELS_START: { text: (a) => `${nodePrefix(a)}level harus dimulai dari 0 (tanpa bukti) atau 1, bukan ${s(a.first)}` },
  RUBRIC_NO_ZERO_LEVEL: {
    text: (a) => `${nodePrefix(a)}tidak ada level 0 ("tidak ada bukti")`,
    hint: () => 'skala sistem merit memuat level 0 untuk kriteria tanpa bukti dukung',
  },
  RUBRIC_LEVELS_ORDER: { text: (a) => `${nodePrefix(a)}level ${s(a.value)} setelah level ${s(a.previous)}: level harus naik tanpa pengulangan` },
  RUBRIC_LEVELS_HOLE: { text: (a) => `${nodePrefix(a)}level ${s(a.missing)} hilang antara ${s(a.previous)} dan ${s(a.value)}` },
  RUBRIC_POINTS_DECREASING: {
    text: (a) => `${nodePrefix(a)}level ${s(a.value)} memberi ${s(a.points)} poin, lebih kecil dari level ${s(a.previous)} (${s(a.previousPoints)})`,
    hint: () => 'poin tidak boleh turun ketika level naik',
  },
  RUBRIC_LOOKUP_OVERLAP: {
    text: (a) => `kriteria ${s(a.code)}: nilai ${q(a.value)} di kasus ${s(a.case)} sudah dicocokkan kasus ${s(a.firstCase)}`,
    hint: () => 'pencocokan tidak membedakan huruf besar/kecil dan spasi; kasus pertama yang cocok berlaku',
  },
  RUBRIC_THRESHOLDS_ORDER: {
    text: (a) => `kriteria ${s(a.code)}: langkah ${s(a.step)} (min ${s(a.min)}) tidak pernah tercapai setelah min ${s(a.previous)}`,
    hint: () => 'langkah pertama yang terpenuhi berlaku: tulis batas tertinggi lebih dulu',
  },
  RUBRIC_LINEAR_CAP: { text: (a) => `kriteria ${s(a.code)}: batas atas ${s(a.cap)} harus lebih dari batas bawah ${s(a.floor)}` },
  RUBRIC_NUMBER_BOUNDS: { text: (a) => `kriteria ${s(a.code)}: max ${s(a.max)} harus lebih dari min ${s(a.min)}` },
  RUBRIC_NUMBER_PERCENT: { text: (a) => `kriteria ${s(a.code)}: percentAccepted hanya untuk rentang 0–1 (max 1), bukan max ${s(a.max)}` },
  RUBRIC_RATIO_SAME: { text: (a) => `kriteria ${s(a.code)}: pembilang dan penyebut sama (${s(a.column)})` },
  RUBRIC_DEDUCTION_DEFAULT: { text: (a) => `kriteria ${s(a.code)}: default ${s(a.value)} harus di antara 0 dan ${s(a.max)}` },
  RUBRIC_DUPLICATE_BAND_CODE: { text: (a) => `kode pita ${q(a.band)} sudah dipakai di ${s(a.first)}` },
  RUBRIC_BAND_EMPTY: { text: (a) => `pita ${s(a.band)} ${s(a.edges)} kosong`, hint: () => 'min harus lebih kecil dari max' },
  RUBRIC_BAND_ORDER: {
    text: (a) => `pita ${s(a.band)} ditulis setelah ${s(a.previous)} tetapi mulai lebih rendah`,
    hint: () => 'tulis pita dari yang terendah',
  },
  RUBRIC_BAND_OVERLAP: {
    text: (a) => `pita ${s(a.band)} ${s(a.edges)} bertumpang tindih dengan ${s(a.previous)} ${s(a.previousEdges)}`,
    hint: () => 'satu skor harus masuk tepat satu pita: buat satu tepi inklusif dan yang lain eksklusif',
  },
  RUBRIC_BAND_GAP: {
    text: (a) => `celah ${s(a.gap)} antara pita ${s(a.previous)} ${s(a.previousEdges)} dan ${s(a.band)} ${s(a.edges)} (${reachText(a, 'id')})`,
    hint: () => 'skor di celah ini tidak punya predikat: samakan max pita bawah dengan min pita atas',
  },
  RUBRIC_BELOW_UNCOVERED: {
    text: (a) => `skor di bawah ${s(a.min)} (pita terendah ${s(a.band)}) dapat terjadi tetapi tidak punya label (${reachText(a, 'id')})`,
    hint: () => 'tambahkan "outOfRange": { "below": { "code": ..., "label": ... } }',
  },
  RUBRIC_ABOVE_UNCOVERED: {
    text: (a) => `skor di atas ${s(a.max)} (pita tertinggi ${s(a.band)}) dapat terjadi tetapi tidak punya label (${reachText(a, 'id')})`,
    hint: () => 'tambahkan "outOfRange": { "above": ... } atau hapus "max" dari pita tertinggi',
  },
  RUBRIC_BAND_UNREACHABLE: { text: (a) => `tidak ada skor yang dapat masuk pita ${s(a.band)} ${s(a.edges)} (${reachText(a, 'id')})` },

  // --- v2: profile, conditions, variants, composites, band sets, extends ---
  ...rubricV2,
} satisfies Record<string, Catalog[string]>;
