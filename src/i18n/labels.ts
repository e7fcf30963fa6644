/**
 * Labels scoring puts into an Assessment in every language at once (a LocalText), so a report in
 * either language can show them. Kept apart from index.ts so the pure core loads only these words.
 */
import type { LocalText } from '../vocabulary.js';
import { labels as en } from './en/labels.js';
import { labels as id } from './id/labels.js';

const both = (key: keyof typeof id): LocalText => ({ id: id[key], en: en[key] });

export const scoringLabels = {
  noPredicate: both('noPredicate'),
  emptyGroup: both('emptyGroup'),
  otherGroup: both('otherGroup'),
} as const;
