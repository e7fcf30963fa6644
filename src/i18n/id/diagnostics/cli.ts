/** Indonesian words of the diagnostics of the command line. Codes are stable: never rename one. */
import { a, fsReason } from '../../helpers/cli.js';
import type { Catalog } from '../../types.js';

export const cli = {
  USAGE_UNKNOWN_TARGET: {
    text: (x) => `--target '${a(x.value)}' bukan kode predikat rubrik ${a(x.rubric)}`,
    hint: (x) => `kode yang ada (naik): ${a(x.codes)}`,
  },
  USAGE_UNKNOWN_CODE: {
    text: (x) => `kode '${a(x.value)}' tidak ada di rubrik ${a(x.rubric)}`,
    hint: (x) => (x.suggestion ? `maksudnya ${a(x.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
  },
  USAGE_NO_ASPECTS: {
    text: (x) => `--target-aspects: rubrik ${a(x.rubric)} tidak punya aspek berkategori`,
    hint: () => 'aspek adalah node (selain akar) yang punya bands sendiri dan tidak ada turunannya yang punya bands; pakai --target untuk predikat total',
  },
  USAGE_UNKNOWN_ASPECT_BAND: {
    text: (x) => `--target-aspects '${a(x.value)}' bukan kategori aspek ${a(x.aspect)} pada rubrik ${a(x.rubric)}`,
    hint: (x) => `kategori yang dimiliki setiap aspek: ${a(x.codes) || '(tidak ada yang sama)'}`,
  },
  USAGE_RECORD_RUBRIC: {
    text: (x) => `merit ${a(x.command)} bekerja dengan rubrik instansi; ${a(x.rubric)} menilai per rekaman (pegawai)`,
    hint: () => 'pilih rubrik instansi, misalnya --rubric kasn-2019',
  },
  USAGE_RECORDS_AGENCY: {
    text: (x) => `--records hanya untuk rubrik per pegawai; ${a(x.rubric)} adalah rubrik instansi`,
    hint: () => 'misalnya --rubric ip-asn-2019',
  },
  USAGE_RUBRIC_NOT_CHOSEN: {
    text: (x) => `${a(x.file)}: tidak ada rubrik bawaan yang memuat semua kode di berkas ini${x.stamp ? ` (stempel ${a(x.stamp)} bukan rubrik bawaan)` : ''}; kecocokan: ${a(x.candidates)}`,
    hint: () => 'sebutkan rubriknya, misalnya --rubric panrb-19-2025 atau --rubric ./rubrik-saya.json',
  },
  USAGE_RUBRIC_AMBIGUOUS: {
    text: (x) => `${a(x.file)}: kode di berkas ini cocok dengan lebih dari satu rubrik bawaan: ${a(x.candidates)}`,
    hint: () => 'pilih salah satu dengan --rubric',
  },
  USAGE_RUBRIC_NO_CODES: {
    text: (x) => `${a(x.file)}: tidak ada kode kriteria untuk memilih rubrik; rubrik bawaan: ${a(x.candidates)}`,
    hint: () => 'sebutkan rubriknya dengan --rubric (berkas per pegawai: --rubric ip-asn-2019)',
  },
  USAGE_RECORDS_BATCH: {
    text: () => '--records menulis satu berkas untuk satu berkas masukan; tidak bisa dipakai untuk beberapa masukan sekaligus',
    hint: () => 'nilai berkas satu per satu, masing-masing dengan --records sendiri',
  },
  USAGE_UNKNOWN_FORMAT: { text: (x) => `format '${a(x.format)}' tidak dikenal`, hint: (x) => `format yang tersedia: ${a(x.formats)}` },
  USAGE_MANY_FORMATS_TO_STDOUT: {
    text: (x) => `${a(x.count)} format tanpa --output: hanya satu laporan yang bisa ke stdout`,
    hint: () => 'beri satu --output per format, mis. -f json -o laporan.json -f html -o laporan.html',
  },
  USAGE_FORMAT_FROM_EXTENSION: {
    text: (x) => `format '${a(x.path)}' tidak bisa ditentukan dari ekstensinya`,
    hint: (x) => `tambahkan --format, atau pakai salah satu: ${a(x.extensions)}`,
  },
  USAGE_OUTPUT_TWICE: { text: (x) => `'${a(x.path)}' diberikan dua kali sebagai --output` },
  USAGE_OUTPUT_IS_INPUT: { text: (x) => `laporan tidak akan ditulis menimpa berkas masukan '${a(x.path)}'`, hint: () => 'pilih path --output lain' },
  USAGE_BAD_NUMBER: { text: (x) => `${a(x.option)} memerlukan angka, bukan '${a(x.value)}'` },
  USAGE_BAD_SIZE: { text: (x) => `${a(x.option)} memerlukan ukuran seperti 50MB, 512k atau 1G, bukan '${a(x.value)}'` },
  USAGE_UNKNOWN_PREDICATE: {
    text: (x) => `--min-predicate '${a(x.value)}' bukan kode pita rubrik ${a(x.rubric)}`,
    hint: (x) => `kode yang ada (naik): ${a(x.codes)}`,
  },
  USAGE_NO_MATCH: {
    text: (x) => `pola '${a(x.pattern)}' tidak cocok dengan berkas apa pun`,
    hint: () => 'periksa polanya (berkas tersembunyi, ~$berkas-kunci dan node_modules dilewati); beri tanda kutip agar shell tidak mengembangkannya',
  },
  USAGE_NO_EVIDENCE_IN_DIRECTORY: {
    text: (x) => `direktori '${a(x.path)}' tidak berisi berkas bukti (${a(x.extensions)})`,
    hint: () => 'subdirektori ikut dicari; berkas tersembunyi, ~$berkas-kunci dan node_modules dilewati',
  },
  USAGE_PER_FILE_FORMAT: {
    text: (x) => `format ${a(x.format)} adalah laporan per berkas dan tidak bisa menjadi ringkasan beberapa berkas`,
    hint: (x) => `tulis satu laporan per berkas dengan --output-dir DIR -f ${a(x.format)}; ringkasan: ${a(x.formats)}`,
  },
  BATCH_INTERNAL_ERROR: {
    text: (x) => `galat internal (bug di merit) saat menilai berkas ini: ${a(x.message)}`,
    hint: () => 'jalankan lagi dengan --debug untuk melihat stack trace, lalu laporkan',
  },
  USAGE_UNKNOWN_GROUP_BY: {
    text: (x) => `--group-by '${a(x.field)}' bukan folder, period, atau kode pertanyaan profil rubrik ini`,
    hint: (x) => `yang bisa dipakai: ${a(x.fields)}`,
  },
  USAGE_BINARY_TO_TERMINAL: {
    text: (x) => `format ${a(x.format)} adalah berkas biner dan tidak dicetak ke terminal`,
    hint: () => 'tambahkan --output laporan.xlsx',
  },
  USAGE_OUTPUT_EXISTS: {
    text: (x) => `'${a(x.path)}' sudah ada dan tidak ditimpa`,
    hint: () => 'tambahkan --force untuk menimpanya, atau pilih nama lain',
  },
  USAGE_TEMPLATE_RECORD_RUBRIC: {
    text: (x) => `rubrik ${a(x.rubric)} menilai satu baris per rekaman, mis. per pegawai (subject: record); templat baru tersedia untuk rubrik instansi`,
    hint: (x) => `kolom berkas rekaman ada di \`merit rubric show ${a(x.id)}\``,
  },
  USAGE_BAD_ASSUME: { text: (x) => `--assume '${a(x.value)}' harus berbentuk KODE=NILAI`, hint: () => 'mis. --assume A3.2=4 --assume A5.1=3' },
  USAGE_BAD_PROFILE: {
    text: (x) => `--profile '${a(x.value)}' harus berbentuk KODE=NILAI (kode pertanyaan profil dan jawabannya)`,
    hint: () => 'mis. --profile jenis_instansi=kabkota; pertanyaan dan jawabannya ada di `merit rubric show`',
  },
  USAGE_BAD_MIN_ASPECT: { text: (x) => `--min-aspect '${a(x.value)}' harus berbentuk KODE=SKOR atau KODE=KATEGORI`, hint: () => 'mis. --min-aspect A1=30 --min-aspect 1.1=MENENGAH' },
  USAGE_CONFIG_NOT_FOUND: { text: (x) => `berkas konfigurasi '${a(x.path)}' tidak ditemukan`, hint: () => 'periksa nama berkas pada --config' },
  USAGE_CONFIG_TOO_LARGE: { text: (x) => `berkas konfigurasi '${a(x.path)}' terlalu besar (batas ${a(x.limit)} bita)`, hint: () => 'konfigurasi merit hanya beberapa baris JSON' },
  USAGE_STDIN_TTY: { text: () => "'-' membaca bukti dari stdin, tetapi stdin adalah terminal", hint: () => 'alirkan berkasnya, mis. merit score - < bukti.xlsx' },
  USAGE_STDIN_RECORDS: { text: (x) => `rubrik ${a(x.rubric)} menilai berkas per pegawai, yang dibaca dari disk (dialirkan, bisa dua kali), bukan dari stdin`, hint: () => 'simpan dulu ke berkas lalu berikan namanya' },
  USAGE_RECORDS_STDOUT: { text: () => '--records - menulis nilai per pegawai ke stdout, jadi laporan tidak bisa ke stdout juga', hint: () => 'tulis laporan ke berkas, mis. -o laporan.json' },
  USAGE_RECORDS_XLSX_ROWS: { text: (x) => `--records .xlsx: lebih dari ${a(x.limit)} baris, batas satu lembar Excel; berkas tidak ditulis`, hint: () => 'tulis --records ke .csv (tanpa batas baris)' },
  USAGE_OUTPUT_UNWRITABLE: {
    text: (x) => `tidak dapat menulis '${a(x.path)}': ${fsReason(x.reason, 'id')}`,
    hint: () => 'pilih path lain untuk --output / --output-dir / --records, atau perbaiki foldernya',
  },
  USAGE_OUTPUT_COLLISION: {
    text: (x) => `'${a(x.path)}' akan ditulis dua kali dalam satu run (${a(x.first)} dan ${a(x.second)}); tidak ada yang ditulis`,
    hint: () => 'beri --output nama di luar --output-dir, atau nama yang tidak dipakai laporan per berkas dan manifest.json',
  },
  USAGE_OUTPUT_DIR_IS_INPUT: {
    text: (x) => `direktori masukan '${a(x.path)}' adalah --output-dir juga; folder keluaran tidak dibaca sebagai bukti, jadi tidak ada yang dinilai`,
    hint: () => 'pilih --output-dir lain, mis. --output-dir laporan',
  },
  USAGE_OUTPUT_LOCKED: {
    text: (x) => `'${a(x.path)}' tidak dapat diganti (${a(x.code)}, dicoba ${a(x.attempts)} kali): berkas itu sedang dibuka program lain atau hanya-baca`,
    hint: () => 'tutup berkas itu (mis. di Excel) lalu jalankan lagi, atau tulis ke nama lain dengan --output',
  },
} satisfies Record<string, Catalog[string]>;
