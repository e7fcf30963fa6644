/** The shape of the words of `--help` (the Indonesian ones set the keys; see help.ts). */
import type { help as id } from './id/help.js';
import type { Sentence } from './types.js';

/** Another language's words with exactly the keys of `T` (the Indonesian ones). */
export type Same<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends Sentence
      ? Sentence
      : { readonly [K in keyof T]: Same<T[K]> };

export type HelpWords = Same<typeof id>;

/** One command's words, as every command has them (arguments and options optional). */
export interface CommandHelpWords {
  description: string;
  arguments?: Readonly<Record<string, string>>;
  options?: Readonly<Record<string, string>>;
  examples: readonly string[];
}
