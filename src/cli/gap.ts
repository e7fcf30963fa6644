/** `merit gap`. The action lives in gap-action.ts, imported on use. */
import { Option, type Command } from 'commander';
import { addAnalysisOptions, type AnalysisCliOptions } from './analysis-options.js';
import { runAction } from './run.js';

export interface GapCliOptions extends AnalysisCliOptions {
  target?: string;
  targetAspects?: string;
  maxSearch?: string;
}

export function registerGap(program: Command): void {
  const cmd = program
    .command('gap')
    .description('perubahan level terkecil menuju predikat berikutnya / the smallest level changes that reach the next predicate')
    .argument('<file>', 'berkas bukti .xlsx atau .csv / evidence file (.xlsx or .csv)')
    .option('-t, --target <code>', 'kode predikat tujuan (bawaan: pita berikutnya) / target predicate code (default: the next band)')
    .option('--max-search <n>', 'batas kerja pencarian, dalam simpul rubrik yang dinilai (bawaan 300000) / search work budget, in rubric nodes scored (default 300000)')
    .addOption(
      new Option('--target-aspects <band>', 'rubrik v2: setiap aspek minimal kategori ini / v2 rubrics: every aspect at least this category').conflicts('target'),
    );
  addAnalysisOptions(cmd).action(runAction<GapCliOptions>(async (ctx, args, opts) => (await import('./gap-action.js')).gap(ctx, args, opts), { config: true }));
}
