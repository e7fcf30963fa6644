/**
 * Did-you-mean: the closest candidate by edit distance, when it is close enough to be a typo.
 * One search (`nearest`) for every caller; each keeps its own idea of "close enough" (rubric
 * words: `closest`; evidence codes: `suggest` in scoring/score.ts), so their messages stay as they were.
 */

/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Plain Levenshtein distance: a swap of two adjacent letters counts as two edits. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagPrev = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diagPrev + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagPrev = tmp;
    }
  }
  return prev[b.length]!;
}

export interface NearestOptions<T> {
  /** The text of a candidate that is compared with the word (default: the candidate itself). */
  text?: (candidate: T) => string;
  /** Whether the best candidate, `distance` edits from `word`, is close enough to be a typo. */
  accept: (distance: number, word: string, best: T) => boolean;
  /** A swap of two adjacent letters is one edit (default) or two (plain Levenshtein). */
  transpositions?: boolean;
}

/** The candidate nearest to `word` (the first at a tie), when `accept` says it is close enough. */
export function nearest<T>(word: string, candidates: Iterable<T>, o: NearestOptions<T>): T | undefined {
  const distance = o.transpositions === false ? editDistance : levenshtein;
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, o.text ? o.text(c) : String(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && o.accept(bestDistance, word, best) ? best : undefined;
}

/**
 * The candidate closest to `word` (case-insensitive), if within a typo's distance: at most
 * max(1, ⌊length/3⌋) edits (so `lable` → `label`, `scorring` → `scoring`, but not `x` → `id`).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return nearest(word.toLowerCase(), candidates, {
    text: (c) => c.toLowerCase(),
    accept: (d, w, best) => {
      const longer = Math.max(w.length, best.length);
      return d <= Math.max(1, Math.floor(longer / 3)) && d < longer;
    },
  });
}
