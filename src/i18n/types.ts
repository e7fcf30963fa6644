/** The shapes every language's words share; see index.ts for how a language is held complete. */
import type { Args } from '../diagnostics.js';

/** A sentence with values. */
export type Sentence = (a: Args) => string;

/** A diagnostic's words: the message, and an optional hint on how to fix it (shown under it). */
export interface MessageWords {
  text: Sentence;
  hint?: Sentence;
}
export type Catalog = Readonly<Record<string, MessageWords>>;

/**
 * Another language's catalog for the same codes as `T` (the Indonesian one): every code, and a
 * hint exactly where `T` has one. A missing code or hint, or an extra one, is a compile error.
 */
export type Mirror<T> = {
  readonly [K in keyof T]: T[K] extends { hint: Sentence } ? { text: Sentence; hint: Sentence } : { text: Sentence; hint?: never };
};
