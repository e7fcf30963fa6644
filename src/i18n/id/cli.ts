/** Indonesian sentences of the command line itself (not diagnostics). */
import { a } from '../helpers/cli.js';
import type { Sentence } from '../types.js';

export const cli = {
  internalError: (x) => `galat internal (bug di merit): ${a(x.message)}`,
  debugHint: () => 'jalankan lagi dengan --debug untuk melihat stack trace, lalu laporkan',
  usageHint: (x) => `lihat \`${a(x.command)} --help\``,
  wroteTemplate: (x) => `ditulis: ${a(x.path)} (${a(x.format)}, ${a(x.criteria)} kriteria, rubrik ${a(x.rubric)})`,
  wrote: (x) => `ditulis: ${a(x.path)} (${a(x.format)})`,
  rubricChosen: (x) => `rubrik: ${a(x.rubric)} (dipilih dari ${x.by === 'stamp' ? 'stempel buku kerja' : 'kode di berkas'})`,
  gateFailed: (x) => `gerbang ${a(x.gate)} gagal: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
  gateFailedIn: (x) => `${a(x.file)}: gerbang ${a(x.gate)} gagal: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
  wroteMany: (x) => `ditulis: ${a(x.count)} berkas di ${a(x.dir)} (daftar: ${a(x.manifest)})`,
  batchDone: (x) => `${a(x.files)} berkas: ${a(x.scored)} dinilai, ${a(x.failed)} gagal dibaca, ${a(x.gateFailures)} gagal gerbang, ${a(x.withErrors)} dengan galat`,
  progressFiles: () => 'berkas',
  gatePassed: (x) => `gerbang ${a(x.gate)} lolos: diharapkan ${a(x.expected)}, didapat ${a(x.found)}`,
  skippedLock: (x) => `dilewati: ${a(x.path)} (berkas kunci Excel/LibreOffice dari workbook yang sedang dibuka, bukan bukti)`,
  configFile: (x) => `berkas konfigurasi: ${a(x.path)}`,
  configNone: () => 'berkas konfigurasi: tidak ada (merit.config.json, .meritrc.json atau kunci "merit" di package.json, dicari dari folder kerja ke atas)',
  configHeader: () => 'pengaturan\tnilai\tasal',
  configDefault: () => 'bawaan',
  configFlag: (x) => `opsi ${a(x.flag)}`,
  configEnv: (x) => `variabel lingkungan ${a(x.name)}`,
} satisfies Record<string, Sentence>;
