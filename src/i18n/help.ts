/**
 * The words of `--help` and of commander's own messages, per language. Loaded at start-up (help
 * is printed before any command runs), so kept apart from the diagnostic catalogs.
 */
import type { Lang } from '../diagnostics.js';
import { help as en } from './en/help.js';
import { help as id } from './id/help.js';
import type { CommandHelpWords, HelpWords } from './help-types.js';

export type { CommandHelpWords, HelpWords } from './help-types.js';

/** Adding a language: its folder, and an entry here (and in core.ts, index.ts). */
export const HELP: Readonly<Record<Lang, HelpWords>> = { id, en };

export function helpWords(lang: Lang): HelpWords {
  return HELP[lang];
}

/** A command's words by its path (`''` for merit itself, `score`, `rubric show`), if there are any. */
export function commandHelp(lang: Lang, path: string): CommandHelpWords | undefined {
  return (HELP[lang].commands as Readonly<Record<string, CommandHelpWords>>)[path];
}
