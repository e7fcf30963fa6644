/** The words every part uses (yes/no, severities), for the value formatting in format.ts. */
import type { Lang } from '../diagnostics.js';
import { common as en } from './en/common.js';
import { common as id } from './id/common.js';

/** Adding a language: an entry here too (the type checker asks for it). */
export const COMMON: Readonly<Record<Lang, typeof id>> = { id, en };
