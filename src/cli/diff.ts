/** `merit diff`. The action lives in diff-action.ts, imported on use. */
import type { Command } from 'commander';
import { addAnalysisOptions, type AnalysisCliOptions } from './analysis-options.js';
import { runAction } from './run.js';

export interface DiffCliOptions extends AnalysisCliOptions {
  oldRubric?: string;
  failOnRegression?: boolean;
  verbose?: boolean;
}

export function registerDiff(program: Command): void {
  const cmd = program
    .command('diff')
    .description('bandingkan dua penilaian (bukti atau laporan JSON) / compare two assessments (evidence files or JSON reports)')
    .argument('<a>', 'yang lama: berkas bukti atau laporan .json / the old one: evidence file or .json report')
    .argument('<b>', 'yang baru: berkas bukti atau laporan .json / the new one: evidence file or .json report')
    .option('--old-rubric <id|path>', 'rubrik untuk <a> bila berkas bukti (bawaan: --rubric) / rubric for <a> when it is evidence (default: --rubric)')
    .option('--fail-on-regression', 'keluar 1 bila nilai atau predikat turun / exit 1 when the score or the predicate fell')
    .option('-v, --verbose', 'setiap node, bukan hanya aspek / every node, not only the aspects');
  addAnalysisOptions(cmd).action(runAction<DiffCliOptions>(async (ctx, args, opts) => (await import('./diff-action.js')).diff(ctx, args, opts)));
}
