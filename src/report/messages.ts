/** Diagnostic words for src/report (id first, en second). Codes are stable: never rename one. */
import type { MessageCatalog } from '../diagnostics.js';

export const reportMessages: MessageCatalog = {};
