/** Options shared by `merit gap`, `merit diff` and `merit explain` (commander only: loaded at start-up). */
import { Command, Option } from 'commander';
import { addLimitOptions, type LimitOptions } from './limits.js';
import { collect } from './score.js';

export interface AnalysisCliOptions extends LimitOptions {
  /** Absent: chosen per evidence file from its stamp or codes (src/cli/rubric-choice.ts). */
  rubric?: string;
  format?: string;
  output?: string;
  sheet?: string;
  quiet?: boolean;
  /** v2: `--profile CODE=VALUE`, repeatable: answers for evidence inputs scored now. */
  profile?: string[];
}

export function addAnalysisOptions(cmd: Command, formats: readonly string[] = ['text', 'json']): Command {
  cmd
    .option('-r, --rubric <id|path>', 'rubrik untuk berkas bukti: id bawaan atau path (bawaan: dari stempel atau kode berkas) / rubric for evidence files: bundled id or path (default: from the stamp or the file\'s codes)')
    .addOption(new Option('-f, --format <format>', 'format keluaran / output format').choices([...formats]))
    .option('-o, --output <file>', 'tulis ke berkas (atomik); format dari ekstensi / write to a file (atomically); format from the extension')
    .option('--sheet <name|number>', 'lembar yang dibaca / sheet to read (name or 1-based number)')
    .addOption(
      new Option('--profile <code=value>', 'rubrik v2: jawaban pertanyaan profil untuk berkas bukti, bisa diulang / v2 rubrics: a profile question\'s answer for evidence files, repeatable')
        .argParser(collect)
        .default([]),
    )
    .option('-q, --quiet', 'hanya galat / errors only')
    .option('--config <file>', 'berkas konfigurasi: rubrik, lembar, bahasa, dan batasnya (bawaan: dicari ke atas) / configuration file: its rubric, sheet, language and limits (default: searched upward)');
  return addLimitOptions(cmd);
}
