import type { CliContext } from './context.js';
import type { ScoreOptions } from './score.js';

export async function score(_ctx: CliContext, _files: string[], _opts: ScoreOptions): Promise<void> {
  throw new Error('not implemented yet');
}
