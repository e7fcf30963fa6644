/** Indonesian labels scoring puts into an Assessment (data, shown by renderers). */
export const labels = {
  /** The predicate when the score falls in no band and no out-of-range label applies. */
  noPredicate: 'tanpa predikat',
  /** Record mode: the group of records whose group-by cell is empty. */
  emptyGroup: '(kosong)',
  /** Record mode: the group that collects a column's values past the group cap. */
  otherGroup: '(lainnya)',
};
