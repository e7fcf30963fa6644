/** Indonesian words of the diagnostics of the rubric authors' toolkit (`merit rubric test|diff|init|import|export`). Codes are stable: never rename one. */
import { a } from '../../helpers/cli.js';
import type { Catalog } from '../../types.js';

const REASON: Record<string, string> = {
  additionalProperties: 'kunci tidak dikenal',
  type: 'jenis nilai salah',
  number: 'bukan angka (tulis 288.5 atau "288.5")',
  pattern: 'bentuk teks tidak sah',
  enum: 'nilai tidak diizinkan',
  uniqueItems: 'ada kode yang berulang',
  minProperties: 'objek kosong',
  minLength: 'teks kosong',
  required: 'kunci wajib tidak ada',
};

const INIT_EXPECTED: Record<string, string> = {
  '--id': 'huruf kecil, angka dan tanda hubung (mis. sistem-merit-2027)',
  '--aspects': 'jumlah aspek 1–50, atau nama-nama dipisah koma',
  '--criteria': 'jumlah kriteria per aspek 1–50',
  '--scale': 'level terendah-tertinggi, mis. 0-4 (0–10)',
  '--version': 'versi semantik MAJOR.MINOR.PATCH',
};

export const toolkit = {
  TEST_EXPECT_INVALID: {
    text: (x) => `berkas harapan tidak sah: ${REASON[a(x.reason)] ?? a(x.reason)}${x.key !== undefined ? ` "${a(x.key)}"` : ''}${x.expected !== undefined ? ` (diharapkan ${a(x.expected)})` : ''}`,
    hint: () => 'kunci yang dikenal: $schema, description, profile, score, predicate, coverage, nodes, diagnostics (skema: schemas/merit-rubric-test-1.schema.json)',
  },
  TEST_NO_EXPECTATION: {
    text: (x) => `tidak ada berkas harapan ${a(x.file)}`,
    hint: () => 'tulis dengan `merit rubric test RUBRIK BERKAS --update`, lalu periksa isinya',
  },
  TEST_EXPECT_UNKNOWN_NODE: {
    text: (x) => `node ${a(x.code)} tidak ada di rubrik ${a(x.rubric)}`,
    hint: () => 'lihat kode node dengan `merit rubric show`',
  },
  TEST_NO_FIXTURES: {
    text: (x) => `rubrik ${a(x.rubric)} tidak punya folder fixture ${a(x.dir)}`,
    hint: () => 'sebutkan berkas atau folder fixture setelah rubriknya, atau buat folder itu (`merit rubric init` membuatnya)',
  },
  INIT_EXISTS: {
    text: (x) => `${a(x.file)} sudah ada`,
    hint: () => 'pilih --id atau --dir lain, atau timpa dengan --force',
  },
  INIT_BAD_OPTION: {
    text: (x) => `${a(x.option)} '${a(x.value)}' tidak sah: ${INIT_EXPECTED[a(x.option)] ?? ''}`,
    hint: () => 'lihat `merit rubric init --help`',
  },
  INIT_FROM_NOT_BUNDLED: {
    text: (x) => `--from '${a(x.value)}' bukan rubrik bawaan; ada: ${a(x.ids)}`,
    hint: () => 'daftar rubrik bawaan: `merit rubric list`',
  },
  IMPORT_NO_SHEET: {
    text: (x) => `lembar ${a(x.sheet)} tidak ada`,
    hint: () => 'tata letak lembar kriteria: docs/rubric-sheet.md (buat contohnya dengan `merit rubric export kasn-2019 -o contoh.xlsx`)',
  },
  IMPORT_BAD_JSON: {
    text: (x) => `kolom ${a(x.column)} harus berisi JSON yang sah`,
    hint: () => 'mis. {"cap": 40} atau ["a", "b"]; teks memakai tanda kutip ganda',
  },
  IMPORT_BAD_NUMBER: {
    text: (x) => `${a(x.column)}: '${a(x.value)}' bukan angka`,
  },
  IMPORT_BAD_CONDITION: {
    text: (x) => `syarat berlaku '${a(x.value)}' tidak dapat dibaca`,
    hint: () => 'tulis mis. "profile jenis_instansi ∈ pusat, provinsi", "criterion 6.3a ∉ tidak", atau JSON {"profile": "...", "in": [...]}',
  },
  IMPORT_SECOND_ROOT: {
    text: (x) => `${a(x.code)} tidak punya Induk, padahal akar sudah ${a(x.root)}`,
    hint: () => 'hanya satu baris (akar) yang kolom Induk-nya kosong',
  },
  IMPORT_UNKNOWN_PARENT: {
    text: (x) => `induk ${a(x.parent)} dari ${a(x.code)} tidak ada di baris sebelumnya (atau bukan kelompok)`,
    hint: () => 'tulis induk sebelum anak-anaknya; induk harus kelompok (Jenis: group atau agregat)',
  },
  IMPORT_UNKNOWN_BAND_OWNER: {
    text: (x) => `Himpunan ${a(x.value)} tidak dikenal`,
    hint: () => 'kosong untuk pita rubrik, set:NAMA untuk himpunan pita, node:KODE untuk pita sebuah node',
  },
} satisfies Catalog;
