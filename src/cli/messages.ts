/** Words of the command line itself: usage errors (USAGE_*) and a few fixed sentences. */
import { arg, type Args, type Lang, type MessageCatalog } from '../diagnostics.js';

const a = (v: Args[string]) => arg(v);

export const cliMessages: MessageCatalog = {
  USAGE_UNKNOWN_TARGET: {
    id: (x) => `--target '${a(x.value)}' bukan kode predikat rubrik ${a(x.rubric)}`,
    en: (x) => `--target '${a(x.value)}' is not a predicate code of rubric ${a(x.rubric)}`,
    hint: { id: (x) => `kode yang ada (naik): ${a(x.codes)}`, en: (x) => `known codes (ascending): ${a(x.codes)}` },
  },
  USAGE_UNKNOWN_CODE: {
    id: (x) => `kode '${a(x.value)}' tidak ada di rubrik ${a(x.rubric)}`,
    en: (x) => `code '${a(x.value)}' is not in rubric ${a(x.rubric)}`,
    hint: {
      id: (x) => (x.suggestion ? `maksudnya ${a(x.suggestion)}?` : 'lihat daftar kode dengan `merit rubric show`'),
      en: (x) => (x.suggestion ? `did you mean ${a(x.suggestion)}?` : 'list the codes with `merit rubric show`'),
    },
  },
  USAGE_RECORD_RUBRIC: {
    id: (x) => `merit ${a(x.command)} bekerja dengan rubrik instansi; ${a(x.rubric)} menilai per rekaman (pegawai)`,
    en: (x) => `merit ${a(x.command)} works with agency rubrics; ${a(x.rubric)} scores records (employees)`,
    hint: { id: () => 'pilih rubrik instansi, misalnya --rubric kasn-2019', en: () => 'choose an agency rubric, for example --rubric kasn-2019' },
  },
  USAGE_RECORDS_AGENCY: {
    id: (x) => `--records hanya untuk rubrik per pegawai; ${a(x.rubric)} adalah rubrik instansi`,
    en: (x) => `--records is for record rubrics (one row per employee); ${a(x.rubric)} is an agency rubric`,
    hint: { id: () => 'misalnya --rubric ip-asn-2019', en: () => 'for example --rubric ip-asn-2019' },
  },
  USAGE_RECORDS_BATCH: {
    id: () => '--records menulis satu berkas untuk satu berkas masukan; tidak bisa dipakai untuk beberapa masukan sekaligus',
    en: () => '--records writes one file for one input file; it cannot be used with several inputs at once',
    hint: { id: () => 'nilai berkas satu per satu, masing-masing dengan --records sendiri', en: () => 'score the files one at a time, each with its own --records' },
  },
  USAGE_UNKNOWN_FORMAT: {
    id: (x) => `format '${a(x.format)}' tidak dikenal`,
    en: (x) => `unknown format '${a(x.format)}'`,
    hint: { id: (x) => `format yang tersedia: ${a(x.formats)}`, en: (x) => `available formats: ${a(x.formats)}` },
  },
  USAGE_MANY_FORMATS_TO_STDOUT: {
    id: (x) => `${a(x.count)} format tanpa --output: hanya satu laporan yang bisa ke stdout`,
    en: (x) => `${a(x.count)} formats without --output: only one report can go to stdout`,
    hint: { id: () => 'beri satu --output per format, mis. -f json -o laporan.json -f html -o laporan.html', en: () => 'give one --output per format, e.g. -f json -o report.json -f html -o report.html' },
  },
  USAGE_FORMAT_FROM_EXTENSION: {
    id: (x) => `format '${a(x.path)}' tidak bisa ditentukan dari ekstensinya`,
    en: (x) => `cannot tell the format of '${a(x.path)}' from its extension`,
    hint: { id: (x) => `tambahkan --format, atau pakai salah satu: ${a(x.extensions)}`, en: (x) => `add --format, or use one of: ${a(x.extensions)}` },
  },
  USAGE_OUTPUT_TWICE: {
    id: (x) => `'${a(x.path)}' diberikan dua kali sebagai --output`,
    en: (x) => `'${a(x.path)}' is given as --output twice`,
  },
  USAGE_OUTPUT_IS_INPUT: {
    id: (x) => `laporan tidak akan ditulis menimpa berkas masukan '${a(x.path)}'`,
    en: (x) => `refusing to write the report over the input file '${a(x.path)}'`,
    hint: { id: () => 'pilih path --output lain', en: () => 'choose another --output path' },
  },
  USAGE_BAD_NUMBER: {
    id: (x) => `${a(x.option)} memerlukan angka, bukan '${a(x.value)}'`,
    en: (x) => `${a(x.option)} needs a number, not '${a(x.value)}'`,
  },
  USAGE_BAD_SIZE: {
    id: (x) => `${a(x.option)} memerlukan ukuran seperti 50MB, 512k atau 1G, bukan '${a(x.value)}'`,
    en: (x) => `${a(x.option)} needs a size such as 50MB, 512k or 1G, not '${a(x.value)}'`,
  },
  USAGE_UNKNOWN_PREDICATE: {
    id: (x) => `--min-predicate '${a(x.value)}' bukan kode pita rubrik ${a(x.rubric)}`,
    en: (x) => `--min-predicate '${a(x.value)}' is not a band code of rubric ${a(x.rubric)}`,
    hint: { id: (x) => `kode yang ada (naik): ${a(x.codes)}`, en: (x) => `known codes (ascending): ${a(x.codes)}` },
  },
  USAGE_NO_MATCH: {
    id: (x) => `pola '${a(x.pattern)}' tidak cocok dengan berkas apa pun`,
    en: (x) => `pattern '${a(x.pattern)}' matches no file`,
    hint: {
      id: () => 'periksa polanya (berkas tersembunyi, ~$berkas-kunci dan node_modules dilewati); beri tanda kutip agar shell tidak mengembangkannya',
      en: () => 'check the pattern (hidden files, ~$lock files and node_modules are skipped); quote it so the shell does not expand it',
    },
  },
  USAGE_NO_EVIDENCE_IN_DIRECTORY: {
    id: (x) => `direktori '${a(x.path)}' tidak berisi berkas bukti (${a(x.extensions)})`,
    en: (x) => `directory '${a(x.path)}' holds no evidence file (${a(x.extensions)})`,
    hint: {
      id: () => 'subdirektori ikut dicari; berkas tersembunyi, ~$berkas-kunci dan node_modules dilewati',
      en: () => 'subdirectories are searched too; hidden files, ~$lock files and node_modules are skipped',
    },
  },
  USAGE_PER_FILE_FORMAT: {
    id: (x) => `format ${a(x.format)} adalah laporan per berkas dan tidak bisa menjadi ringkasan beberapa berkas`,
    en: (x) => `format ${a(x.format)} is a per-file report and cannot summarise several files`,
    hint: {
      id: (x) => `tulis satu laporan per berkas dengan --output-dir DIR -f ${a(x.format)}; ringkasan: ${a(x.formats)}`,
      en: (x) => `write one report per file with --output-dir DIR -f ${a(x.format)}; summaries: ${a(x.formats)}`,
    },
  },
  BATCH_INTERNAL_ERROR: {
    id: (x) => `galat internal (bug di merit) saat menilai berkas ini: ${a(x.message)}`,
    en: (x) => `internal error (a bug in merit) while scoring this file: ${a(x.message)}`,
    hint: { id: () => 'jalankan lagi dengan --debug untuk melihat stack trace, lalu laporkan', en: () => 'run again with --debug to see the stack trace, and report it' },
  },
  USAGE_BINARY_TO_TERMINAL: {
    id: (x) => `format ${a(x.format)} adalah berkas biner dan tidak dicetak ke terminal`,
    en: (x) => `format ${a(x.format)} is binary and is not printed to a terminal`,
    hint: { id: () => 'tambahkan --output laporan.xlsx', en: () => 'add --output report.xlsx' },
  },
  USAGE_OUTPUT_EXISTS: {
    id: (x) => `'${a(x.path)}' sudah ada dan tidak ditimpa`,
    en: (x) => `'${a(x.path)}' already exists and is not overwritten`,
    hint: { id: () => 'tambahkan --force untuk menimpanya, atau pilih nama lain', en: () => 'add --force to overwrite it, or choose another name' },
  },
  USAGE_TEMPLATE_RECORD_RUBRIC: {
    id: (x) => `rubrik ${a(x.rubric)} menilai satu baris per rekaman, mis. per pegawai (subject: record); templat baru tersedia untuk rubrik instansi`,
    en: (x) => `rubric ${a(x.rubric)} scores one row per record, e.g. per employee (subject: record); templates are for agency rubrics only so far`,
    hint: { id: (x) => `kolom berkas rekaman ada di \`merit rubric show ${a(x.id)}\``, en: (x) => `the record file's columns are listed by \`merit rubric show ${a(x.id)}\`` },
  },
  USAGE_BAD_ASSUME: {
    id: (x) => `--assume '${a(x.value)}' harus berbentuk KODE=NILAI`,
    en: (x) => `--assume '${a(x.value)}' must be CODE=VALUE`,
    hint: { id: () => 'mis. --assume A3.2=4 --assume A5.1=3', en: () => 'e.g. --assume A3.2=4 --assume A5.1=3' },
  },
};

const TEXT = {
  internalError: {
    id: (x: Args) => `galat internal (bug di merit): ${a(x.message)}`,
    en: (x: Args) => `internal error (a bug in merit): ${a(x.message)}`,
  },
  debugHint: {
    id: () => 'jalankan lagi dengan --debug untuk melihat stack trace, lalu laporkan',
    en: () => 'run again with --debug to see the stack trace, and report it',
  },
  usageHint: {
    id: (x: Args) => `lihat \`${a(x.command)} --help\``,
    en: (x: Args) => `see \`${a(x.command)} --help\``,
  },
  wroteTemplate: {
    id: (x: Args) => `ditulis: ${a(x.path)} (${a(x.format)}, ${a(x.criteria)} kriteria, rubrik ${a(x.rubric)})`,
    en: (x: Args) => `wrote: ${a(x.path)} (${a(x.format)}, ${a(x.criteria)} criteria, rubric ${a(x.rubric)})`,
  },
  wrote: {
    id: (x: Args) => `ditulis: ${a(x.path)} (${a(x.format)})`,
    en: (x: Args) => `wrote: ${a(x.path)} (${a(x.format)})`,
  },
  gateFailed: {
    id: (x: Args) => `gerbang ${a(x.gate)} gagal: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
    en: (x: Args) => `gate ${a(x.gate)} failed: expected ${a(x.expected)}, found ${a(x.found)}`,
  },
  gateFailedIn: {
    id: (x: Args) => `${a(x.file)}: gerbang ${a(x.gate)} gagal: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
    en: (x: Args) => `${a(x.file)}: gate ${a(x.gate)} failed: expected ${a(x.expected)}, found ${a(x.found)}`,
  },
  wroteMany: {
    id: (x: Args) => `ditulis: ${a(x.count)} berkas di ${a(x.dir)} (daftar: ${a(x.manifest)})`,
    en: (x: Args) => `wrote: ${a(x.count)} files in ${a(x.dir)} (list: ${a(x.manifest)})`,
  },
  batchDone: {
    id: (x: Args) => `${a(x.files)} berkas: ${a(x.scored)} dinilai, ${a(x.failed)} gagal dibaca, ${a(x.gateFailures)} gagal gerbang, ${a(x.withErrors)} dengan galat`,
    en: (x: Args) => `${a(x.files)} files: ${a(x.scored)} scored, ${a(x.failed)} unreadable, ${a(x.gateFailures)} failed a gate, ${a(x.withErrors)} with errors`,
  },
  progressFiles: {
    id: () => 'berkas',
    en: () => 'files',
  },
  gatePassed: {
    id: (x: Args) => `gerbang ${a(x.gate)} lolos: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
    en: (x: Args) => `gate ${a(x.gate)} passed: expected ${a(x.expected)}, found ${a(x.found)}`,
  },
} satisfies Record<string, { id: (x: Args) => string; en: (x: Args) => string }>;

export type CliTextKey = keyof typeof TEXT;

export function cliText(lang: Lang, key: CliTextKey, args: Args = {}): string {
  return TEXT[key][lang](args);
}
