/**
 * `merit config`: the effective settings of `merit score` here and where each came from. The
 * file's search, schema and mapping are in config-file.ts and config-settings.ts; the action in
 * config-action.ts.
 */
import { Command, Option } from 'commander';
import { runAction } from './run.js';

export function registerConfig(program: Command): void {
  const cmd = program
    .command('config')
    .description('tampilkan pengaturan efektif dan asalnya / show the effective settings and where each came from')
    .option('--config <file>', 'berkas konfigurasi (bawaan: dicari dari folder kerja ke atas) / configuration file (default: searched from the working directory upward)')
    .addOption(new Option('-f, --format <format>', 'format keluaran / output format').choices(['text', 'json']).default('text'));
  cmd.action(runAction<{ config?: string; format?: string }>(async (ctx, _args, opts) => (await import('./config-action.js')).showConfig(ctx, cmd, opts)));
}
