/** `merit explain`. The action lives in explain-action.ts, imported on use. */
import type { Command } from 'commander';
import { addAnalysisOptions, type AnalysisCliOptions } from './analysis-options.js';
import { runAction } from './run.js';

export function registerExplain(program: Command): void {
  const cmd = program
    .command('explain')
    .description('rantai lengkap di balik poin satu kode / the whole chain behind one code\'s points')
    .argument('<file>', 'berkas bukti atau laporan .json / evidence file or .json report')
    .argument('<code>', 'kode kriteria atau aspek / criterion or aspect code');
  addAnalysisOptions(cmd).action(runAction<AnalysisCliOptions>(async (ctx, args, opts) => (await import('./explain-action.js')).explain(ctx, args, opts), { config: true }));
}
