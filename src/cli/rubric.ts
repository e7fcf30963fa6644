/** `merit rubric validate|list|show`. Actions live in rubric-action.ts, imported on use. */
import { Command, Option } from 'commander';
import { runAction } from './run.js';

export interface RubricValidateOptions {
  format?: 'text' | 'json';
}
export interface RubricShowOptions {
  format?: 'text' | 'json';
}

export function registerRubric(program: Command): void {
  const rubric = program.command('rubric').description('periksa dan tampilkan rubrik / validate and show rubrics');
  rubric
    .command('validate')
    .description('validasi berkas rubrik (skema + lint semantik) / validate rubric files (schema + semantic lint)')
    .argument('<files...>', 'berkas rubrik JSON atau id bawaan / rubric JSON files or bundled ids')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json']).default('text'))
    .action(runAction<RubricValidateOptions>(async (ctx, args, opts) => (await import('./rubric-action.js')).validate(ctx, args, opts)));
  rubric
    .command('list')
    .description('daftar rubrik bawaan / list bundled rubrics')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json']).default('text'))
    .action(runAction<RubricShowOptions>(async (ctx, _args, opts) => (await import('./rubric-action.js')).list(ctx, opts)));
  rubric
    .command('show')
    .description('tampilkan pohon rubrik, bobot efektif, pita, dan asal-usul / show the tree, effective weights, bands and provenance')
    .argument('<rubric>', 'id bawaan atau path / bundled id or path')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json']).default('text'))
    .action(runAction<RubricShowOptions>(async (ctx, args, opts) => (await import('./rubric-action.js')).show(ctx, args[0]!, opts)));
  for (const c of rubric.commands) c.exitOverride().showSuggestionAfterError(true);
}
