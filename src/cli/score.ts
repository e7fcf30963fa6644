/**
 * `merit score`. The action lives in score-action.ts (one file) and batch-action.ts (many),
 * imported on use; the options' type and their reading are in score-options.ts.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { addLimitOptions } from './limits.js';
import { REPORT_FORMATS } from './outputs.js';
import { runAction } from './run.js';
import type { ScoreOptions } from './score-options.js';

/** Commander option parser that collects repeated values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Like `collect`, but only for the given choices (commander's own `choices` cannot repeat). */
export function collectChoice(choices: readonly string[]) {
  return (value: string, previous: string[] = []): string[] => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return [...previous, value];
  };
}

/** Formats `merit score` accepts: every report format, and JUnit XML (a batch summary). */
export const SCORE_FORMATS = [...REPORT_FORMATS, 'junit'] as const;

export function registerScore(program: Command): void {
  const cmd = program
    .command('score')
    .description('hitung skor dari berkas bukti / score evidence files')
    .argument('<inputs...>', 'berkas .xlsx/.xls/.ods/.csv (juga .xlsm .xlsb .tsv .txt), direktori, atau pola glob berkutip / .xlsx/.xls/.ods/.csv files (also .xlsm .xlsb .tsv .txt), directories, or quoted glob patterns')
    .option('-r, --rubric <id|path>', 'rubrik: id bawaan atau path (bawaan: dari stempel atau kode berkas) / rubric: bundled id or path (default: from the stamp or the file\'s codes)')
    .addOption(
      new Option('-f, --format <format>', `format keluaran, bisa diulang / output format, repeatable (${SCORE_FORMATS.join('|')})`)
        .choices(SCORE_FORMATS)
        .argParser(collectChoice(SCORE_FORMATS))
        .default([], 'text'),
    )
    .addOption(new Option('-o, --output <file>', 'tulis laporan ke berkas (atomik), bisa diulang; format dari ekstensi / write the report to a file (atomically), repeatable; format from the extension').argParser(collect).default([]))
    .option('--output-dir <dir>', 'satu laporan per berkas masukan (format dari -f, bawaan json) + manifest.json / one report per input (formats from -f, default json) + manifest.json')
    .addOption(new Option('--csv-delimiter <char>', 'pemisah CSV / CSV delimiter').choices([',', ';', 'tab']))
    .addOption(new Option('--csv-dialect <dialect>', 'CSV untuk Excel: id = ; dan koma desimal, en = , dan titik (bawaan: dari --lang bila dipilih, selain itu en) / CSV for Excel: id = ; and decimal commas, en = , and points (default: from --lang when chosen, else en)').choices(['id', 'en']))
    .option('--sheet <name|number>', 'lembar yang dibaca / sheet to read (name or 1-based number)')
    .option('--subject <name>', 'nama instansi bila tidak ada di berkas / agency name when the file has none')
    .option('--period <period>', 'periode bila tidak ada di berkas / period when the file has none')
    .option('--fail-under <score>', 'keluar 1 bila skor < nilai ini / exit 1 when the score is below this')
    .option('--min-predicate <code>', 'keluar 1 bila predikat di bawah kode ini / exit 1 when the predicate is below this band code')
    .option('--min-coverage <percent>', 'keluar 1 bila bukti mencakup kurang dari persen nilai maksimum ini / exit 1 when evidence covers less than this percent of the maximum')
    .addOption(new Option('--min-aspect <code=value>', 'keluar 1 bila skor/kategori simpul ini di bawah nilai, bisa diulang / exit 1 when this node\'s score or category is below the value, repeatable (CODE=SCORE|BAND)').argParser(collect).default([]))
    .option('--max-warnings <n>', 'keluar 1 bila peringatan tentang bukti lebih dari n / exit 1 when there are more than n warnings about the evidence')
    .addOption(new Option('--assume <code=value>', 'andaikan kriteria bernilai ini (what-if), bisa diulang / score as if the criterion had this value (what-if), repeatable').argParser(collect).default([]))
    .addOption(new Option('--profile <code=value>', 'rubrik v2: jawaban pertanyaan profil (menang atas berkas), bisa diulang / v2 rubrics: a profile question\'s answer (wins over the file), repeatable').argParser(collect).default([]))
    .option('--records <file.csv>', 'rubrik per pegawai: tulis nilai setiap baris ke CSV (dialirkan, atomik; .xlsx: buku kerja, NIP sebagai teks; -: stdout) / record rubrics: write every row\'s scores to a CSV (streamed, atomic; .xlsx: a workbook, NIPs as text; -: stdout)')
    .option('-v, --verbose', 'tampilkan setiap kriteria / show every criterion')
    .option('-q, --quiet', 'hanya galat / errors only')
    .option('--deterministic', 'tanpa cap waktu (juga SOURCE_DATE_EPOCH) / no timestamps (also SOURCE_DATE_EPOCH)')
    .addOption(new Option('--include <glob>', 'batch: hanya berkas yang cocok (nama atau path di bawah direktori), bisa diulang / batch: only files matching (name, or path under the directory), repeatable').argParser(collect).default([]))
    .addOption(new Option('--exclude <glob>', 'batch: lewati berkas atau folder yang cocok, bisa diulang / batch: leave out matching files or folders, repeatable').argParser(collect).default([]))
    .option('--config <file>', 'berkas konfigurasi (bawaan: merit.config.json, .meritrc.json, package.json "merit", dicari ke atas) / configuration file (default: merit.config.json, .meritrc.json, package.json "merit", searched upward)')
    .option('--print-config', 'tampilkan pengaturan efektif dan asalnya, tanpa menilai / show the effective settings and where each came from, without scoring')
    .option('--group-by <field>', 'ringkasan HTML/XLSX sekumpulan berkas: kelompokkan menurut folder, period, atau kode pertanyaan profil / batch HTML/XLSX summary: group by folder, period, or a profile question code');
  addLimitOptions(cmd).action(runAction<ScoreOptions>(async (ctx, args, opts) => (await import('./score-action.js')).score(ctx, args, opts), { config: true }));
}
