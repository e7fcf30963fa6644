/** Words of the command line itself: usage errors (USAGE_*) and a few fixed sentences. */
import { arg, type Args, type Lang, type MessageCatalog } from '../diagnostics.js';

const a = (v: Args[string]) => arg(v);

export const cliMessages: MessageCatalog = {
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
  USAGE_BINARY_TO_TERMINAL: {
    id: (x) => `format ${a(x.format)} adalah berkas biner dan tidak dicetak ke terminal`,
    en: (x) => `format ${a(x.format)} is binary and is not printed to a terminal`,
    hint: { id: () => 'tambahkan --output laporan.xlsx', en: () => 'add --output report.xlsx' },
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
  wrote: {
    id: (x: Args) => `ditulis: ${a(x.path)} (${a(x.format)})`,
    en: (x: Args) => `wrote: ${a(x.path)} (${a(x.format)})`,
  },
  gateFailed: {
    id: (x: Args) => `gerbang ${a(x.gate)} gagal: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
    en: (x: Args) => `gate ${a(x.gate)} failed: expected ${a(x.expected)}, found ${a(x.found)}`,
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
