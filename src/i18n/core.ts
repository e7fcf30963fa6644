/**
 * The small part of the words that the start-up path needs: `merit --help`, a mistyped command
 * and an internal error load only this, never the diagnostic catalogs (start-up cost).
 */
import type { Args, Lang } from '../diagnostics.js';
import { core as en } from './en/core.js';
import { core as id } from './id/core.js';
import type { CoreWords } from './words.js';

/** Adding a language: its folder (a copy of id/ with the words changed), and an entry here and in index.ts. */
export const CORE: Readonly<Record<Lang, CoreWords>> = { id, en };

export type CliTextKey = keyof CoreWords['cli'];

/** A sentence of the command line itself (`wrote: …`, gate results, the internal-error line). */
export function cliText(lang: Lang, key: CliTextKey, args: Args = {}): string {
  return CORE[lang].cli[key](args);
}
