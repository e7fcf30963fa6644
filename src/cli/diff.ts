/** `merit diff`. The action lives in diff-action.ts, imported on use. */
import type { Command } from 'commander';
import { addAnalysisOptions, type AnalysisCliOptions } from './analysis-options.js';
import { runAction } from './run.js';

export interface DiffCliOptions extends AnalysisCliOptions {
  oldRubric?: string;
  failOnRegression?: boolean;
  /** Two batches: the most agencies that may fall a category before exit 1. */
  maxRegressions?: string;
  verbose?: boolean;
}

export function registerDiff(program: Command): void {
  const cmd = program
    .command('diff')
    .description('bandingkan dua penilaian (bukti atau laporan JSON) / compare two assessments (evidence files or JSON reports)')
    .argument('<a>', 'yang lama: berkas bukti, laporan .json, folder atau ringkasan batch .json / the old one: evidence file, .json report, folder or batch .json')
    .argument('<b>', 'yang baru: berkas bukti, laporan .json, folder atau ringkasan batch .json / the new one: evidence file, .json report, folder or batch .json')
    .option('--old-rubric <id|path>', 'rubrik untuk <a> bila berkas bukti (bawaan: --rubric) / rubric for <a> when it is evidence (default: --rubric)')
    .option('--fail-on-regression', 'keluar 1 bila nilai atau predikat turun / exit 1 when the score or the predicate fell')
    .option('--max-regressions <n>', 'dua batch: keluar 1 bila lebih dari n instansi turun kategori / two batches: exit 1 when more than n agencies fell a category')
    .option('-v, --verbose', 'setiap node, bukan hanya aspek / every node, not only the aspects');
  addAnalysisOptions(cmd, ['text', 'json', 'md', 'html']).action(runAction<DiffCliOptions>(async (ctx, args, opts) => (await import('./diff-action.js')).diff(ctx, args, opts), { config: true }));
}
