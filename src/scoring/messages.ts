/** Diagnostic words for src/scoring (id first, en second). Codes are stable: never rename one. */
import type { MessageCatalog } from '../diagnostics.js';

export const scoringMessages: MessageCatalog = {};
