/** `merit template`. The action lives in template-action.ts, imported on use. */
import { Command, Option } from 'commander';
import { runAction } from './run.js';

export const TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export interface TemplateCliOptions {
  rubric: string;
  output: string;
  format?: TemplateFormat;
  force?: boolean;
  deterministic?: boolean;
}

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('buat berkas bukti kosong untuk rubrik / write an empty evidence workbook for a rubric')
    .option('-r, --rubric <id|path>', 'rubrik: id bawaan atau path / rubric: bundled id or path', 'kasn-2019')
    .requiredOption('-o, --output <file>', 'berkas .xlsx atau .csv (ditulis atomik) / .xlsx or .csv file (written atomically)')
    .addOption(new Option('-f, --format <format>', 'format berkas; bawaan dari ekstensi / file format; default from the extension').choices(TEMPLATE_FORMATS))
    .option('--force', 'timpa berkas yang sudah ada / overwrite an existing file')
    .option('--deterministic', 'tanggal dokumen tetap (juga SOURCE_DATE_EPOCH) / fixed document dates (also SOURCE_DATE_EPOCH)')
    .option('--config <file>', 'berkas konfigurasi: rubrik, bahasa, dan deterministic-nya (bawaan: dicari ke atas) / configuration file: its rubric, language and deterministic (default: searched upward)')
    .action(runAction<TemplateCliOptions>(async (ctx, _args, opts) => (await import('./template-action.js')).template(ctx, opts), { config: true }));
}
