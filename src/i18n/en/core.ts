/** English words of the start-up path (see CoreWords). */
import type { CoreWords } from '../words.js';
import { cli } from './cli.js';
import { common } from './common.js';

export const core: CoreWords = { common, cli };
