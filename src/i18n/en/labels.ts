/** English labels scoring puts into an Assessment (data, shown by renderers). */
import type { labels as id } from '../id/labels.js';

export const labels: typeof id = {
  noPredicate: 'no predicate',
  emptyGroup: '(empty)',
  otherGroup: '(other)',
};
