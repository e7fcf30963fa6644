/** Diagnostic words for src/rubric (id first, en second). Codes are stable: never rename one. */
import type { MessageCatalog } from '../diagnostics.js';

export const rubricMessages: MessageCatalog = {};
