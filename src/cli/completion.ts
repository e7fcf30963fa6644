/**
 * `merit completion bash|zsh|fish`: prints a completion script generated from this command tree
 * (commands, options, choices) and the registries (bundled rubric ids, their band codes, report
 * formats). The generator is in completion-action.ts / completion-scripts.ts, imported on use.
 */
import { Argument, type Command } from 'commander';
import { runAction } from './run.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('cetak skrip pelengkapan shell / print a shell completion script')
    .addArgument(new Argument('<shell>', 'shell').choices(SHELLS))
    .action(runAction<object>(async (ctx, args) => (await import('./completion-action.js')).completion(ctx, args[0] as Shell, program)));
}
