/** Small word tables and helpers the command-line messages of every language share. */
import { arg } from '../format.js';
import { type Args, type Lang } from '../../diagnostics.js';

export const a = (v: Args[string]) => arg(v);
