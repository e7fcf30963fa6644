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
    .argument('<inputs...>', 'berkas .xlsx/.csv, direktori, atau pola glob berkutip / .xlsx/.csv files, directories, or quoted glob patterns')
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
    .option('--sheet <name|number>', 'lembar yang dibaca / sheet to read (name or 1-based number)')
    .option('--subject <name>', 'nama instansi bila tidak ada di berkas / agency name when the file has none')
    .option('--period <period>', 'periode bila tidak ada di berkas / period when the file has none')
    .option('--fail-under <score>', 'keluar 1 bila skor < nilai ini / exit 1 when the score is below this')
    .option('--min-predicate <code>', 'keluar 1 bila predikat di bawah kode ini / exit 1 when the predicate is below this band code')
    .option('--min-coverage <percent>', 'keluar 1 bila bukti mencakup kurang dari persen nilai maksimum ini / exit 1 when evidence covers less than this percent of the maximum')
    .addOption(new Option('--assume <code=value>', 'andaikan kriteria bernilai ini (what-if), bisa diulang / score as if the criterion had this value (what-if), repeatable').argParser(collect).default([]))
    .addOption(new Option('--profile <code=value>', 'rubrik v2: jawaban pertanyaan profil (menang atas berkas), bisa diulang / v2 rubrics: a profile question\'s answer (wins over the file), repeatable').argParser(collect).default([]))
    .option('--records <file.csv>', 'rubrik per pegawai: tulis nilai setiap baris ke CSV (dialirkan, atomik) / record rubrics: write every row\'s scores to a CSV (streamed, atomic)')
    .option('-v, --verbose', 'tampilkan setiap kriteria / show every criterion')
    .option('-q, --quiet', 'hanya galat / errors only')
    .option('--deterministic', 'tanpa cap waktu (juga SOURCE_DATE_EPOCH) / no timestamps (also SOURCE_DATE_EPOCH)');
  addLimitOptions(cmd).action(runAction<ScoreOptions>(async (ctx, args, opts) => (await import('./score-action.js')).score(ctx, args, opts)));
}
