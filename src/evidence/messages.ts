/** Diagnostic words for src/evidence (id first, en second). Codes are stable: never rename one. */
import type { MessageCatalog } from '../diagnostics.js';

export const evidenceMessages: MessageCatalog = {};
