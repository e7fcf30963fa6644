/** Options shared by `merit gap`, `merit diff` and `merit explain` (commander only: loaded at start-up). */
import { Command, Option } from 'commander';
import { addLimitOptions, type LimitOptions } from './limits.js';

export interface AnalysisCliOptions extends LimitOptions {
  rubric: string;
  format?: string;
  output?: string;
  sheet?: string;
  quiet?: boolean;
}

export function addAnalysisOptions(cmd: Command): Command {
  cmd
    .option('-r, --rubric <id|path>', 'rubrik untuk berkas bukti: id bawaan atau path / rubric for evidence files: bundled id or path', 'kasn-2019')
    .addOption(new Option('-f, --format <format>', 'format keluaran / output format').choices(['text', 'json']))
    .option('-o, --output <file>', 'tulis ke berkas (atomik); format dari ekstensi / write to a file (atomically); format from the extension')
    .option('--sheet <name|number>', 'lembar yang dibaca / sheet to read (name or 1-based number)')
    .option('-q, --quiet', 'hanya galat / errors only');
  return addLimitOptions(cmd);
}
