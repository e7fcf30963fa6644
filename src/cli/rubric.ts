/** `merit rubric validate|list|show`. Actions live in rubric-action.ts, imported on use. */
import { Command, Option } from 'commander';
import { runAction } from './run.js';
import type { RubricDiffOptions, RubricExportOptions, RubricImportOptions, RubricInitOptions, RubricTestOptions } from './rubric-toolkit-types.js';

export interface RubricValidateOptions {
  format?: 'text' | 'json';
  /** Diagnostics shown per file (the rest are counted). */
  maxErrors?: string;
}
export interface RubricShowOptions {
  format?: 'text' | 'json' | 'md' | 'html';
}
export type { RubricDiffOptions, RubricExportOptions, RubricImportOptions, RubricInitOptions, RubricTestOptions } from './rubric-toolkit-types.js';

export function registerRubric(program: Command): void {
  const rubric = program.command('rubric').description('periksa dan tampilkan rubrik / validate and show rubrics');
  rubric
    .command('validate')
    .description('validasi berkas rubrik (skema + lint semantik) / validate rubric files (schema + semantic lint)')
    .argument('<files...>', 'berkas rubrik JSON atau id bawaan / rubric JSON files or bundled ids')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--max-errors <n>', 'diagnostik yang ditampilkan per berkas, sisanya dihitung / diagnostics shown per file, the rest counted (default 100)'))
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
    .addOption(new Option('-f, --format <format>', 'keluaran; md|html: buku panduan untuk asesor dan instansi / output format; md|html: a booklet for assessors and agencies').choices(['text', 'json', 'md', 'html']).default('text'))
    .action(runAction<RubricShowOptions>(async (ctx, args, opts) => (await import('./rubric-action.js')).show(ctx, args[0]!, opts)));
  rubric
    .command('test')
    .description('uji rubrik dengan fixture: berkas bukti + NAMA.expect.json / test a rubric against fixtures: evidence files + NAME.expect.json')
    .argument('<rubric>', 'id bawaan atau path / bundled id or path')
    .argument('[fixtures...]', 'berkas bukti atau folder (bawaan: fixtures/<id>/ di samping rubrik) / evidence files or folders (default: fixtures/<id>/ next to the rubric)')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json', 'junit']).default('text'))
    .option('--update', 'tulis harapan untuk fixture yang belum punya / write expectations for fixtures that have none')
    .option('--force', 'dengan --update: timpa harapan yang ada / with --update: overwrite existing expectations')
    .action(runAction<RubricTestOptions>(async (ctx, args, opts) => (await import('./rubric-test-action.js')).test(ctx, args[0]!, args.slice(1), opts)));
  rubric
    .command('diff')
    .description('apa yang berubah antara dua versi rubrik, dan dampaknya pada berkas bukti / what changed between two rubric versions, and the impact on evidence files')
    .argument('<old>', 'rubrik lama: id bawaan atau path / old rubric: bundled id or path')
    .argument('<new>', 'rubrik baru / new rubric')
    .argument('[evidence...]', 'berkas bukti atau folder: skor dan kategori di kedua versi / evidence files or folders: score and category under both versions')
    .addOption(new Option('-f, --format <format>', 'keluaran / output format').choices(['text', 'json', 'md']).default('text'))
    .action(runAction<RubricDiffOptions>(async (ctx, args, opts) => (await import('./rubric-diff-action.js')).diff(ctx, args[0]!, args[1]!, args.slice(2), opts)));
  rubric
    .command('init')
    .description('buat kerangka rubrik baru + folder fixture / scaffold a new rubric and its fixture folder')
    .option('--id <id>', 'id rubrik / rubric id (default: rubrik-baru, or <from>-turunan)')
    .option('--title <text>', 'judul (bahasa Indonesia) / title (Indonesian)')
    .option('--title-en <text>', 'judul bahasa Inggris / English title')
    .addOption(new Option('--subject <kind>', 'subjek penilaian / what is assessed').choices(['agency']).default('agency'))
    .option('--aspects <n|names>', 'jumlah aspek, atau nama dipisah koma / number of aspects, or comma-separated names (default: 3)')
    .option('--criteria <n>', 'kriteria per aspek / criteria per aspect (default: 3)')
    .option('--scale <lo-hi>', 'skala level / level scale (default: 0-4)')
    .option('--rubric-version <semver>', 'versi awal / initial version (default: 0.1.0)')
    .option('--from <bundled-id>', 'mulai dari rubrik bawaan dengan extends / start from a bundled rubric with extends')
    .option('--dir <dir>', 'folder tujuan / target folder (default: .)')
    .option('--force', 'timpa berkas yang ada / overwrite existing files')
    .action(runAction<RubricInitOptions>(async (ctx, _args, opts) => (await import('./rubric-init-action.js')).init(ctx, opts)));
  rubric
    .command('import')
    .description('rubrik JSON dari lembar kriteria (.xlsx) / a rubric JSON from a criteria sheet (.xlsx)')
    .argument('<criteria.xlsx>', 'lembar kriteria (tata letak: docs/rubric-sheet.md) / criteria workbook (layout: docs/rubric-sheet.md)')
    .option('-o, --output <file>', 'tulis rubrik ke berkas (atomik) / write the rubric to a file (atomically)')
    .action(runAction<RubricImportOptions>(async (ctx, args, opts) => (await import('./rubric-sheet-action.js')).importRubric(ctx, args[0]!, opts)));
  rubric
    .command('export')
    .description('tulis rubrik sebagai lembar kriteria (.xlsx) / write a rubric as a criteria sheet (.xlsx)')
    .argument('<rubric>', 'id bawaan atau path / bundled id or path')
    .requiredOption('-o, --output <file.xlsx>', 'berkas .xlsx (atomik) / .xlsx file (atomically)')
    .action(runAction<RubricExportOptions>(async (ctx, args, opts) => (await import('./rubric-sheet-action.js')).exportRubric(ctx, args[0]!, opts)));
  for (const c of rubric.commands) c.exitOverride().showSuggestionAfterError(true);
}
