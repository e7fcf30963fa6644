/**
 * Bands: which predicate a score earns, and the order of predicates for `--min-predicate`.
 *
 * A band is the interval [min, max) by default; `minInclusive: false` makes the lower edge open
 * and `maxInclusive: true` closes the upper one, so (90, 100] is `{min: 90, minInclusive: false,
 * max: 100, maxInclusive: true}`. An absent `min`/`max` is -∞/+∞.
 *
 * A score inside a band gets that band (`kind: 'band'`). A score that meets no band's lower edge
 * gets the rubric's `outOfRange.below` label; one beyond every band's upper edge gets
 * `outOfRange.above`. Anything else — a gap between bands, or no label for the side — gets
 * `kind: 'none'`. Band order is ascending score order (by lower edge, then upper edge).
 */
import { Dec } from '../decimal.js';
import type { Band, OutOfRangeLabel, Rubric } from '../rubric/types.js';
import type { Predicate } from './types.js';
import { scoringLabels } from '../i18n/labels.js';
import { ABOVE, BELOW, classifyIndex, cmpDec, meetsLowerEdge, meetsUpperEdge, type BandEdges } from './rules.js';

/** The score meets the band's lower edge (always true with no `min`). */
export function meetsLower(band: Band, score: Dec): boolean {
  return band.min === undefined || meetsLowerEdge(score.cmp(Dec.num(band.min)), band.minInclusive !== false);
}

/** The score is within the band's upper edge (always true with no `max`). */
export function meetsUpper(band: Band, score: Dec): boolean {
  return band.max === undefined || meetsUpperEdge(score.cmp(Dec.num(band.max)), band.maxInclusive === true);
}

export function inBand(band: Band, score: Dec): boolean {
  return meetsLower(band, score) && meetsUpper(band, score);
}

/**
 * Compares two edges. `absent` is where a missing edge sorts (-1: -∞ for lower edges, 1: +∞ for
 * upper ones); at equal numbers the edge flagged `earlier` comes first (a closed lower edge starts
 * earlier; an open upper edge ends earlier).
 */
function cmpEdge(a: number | undefined, aEarlier: boolean, b: number | undefined, bEarlier: boolean, absent: -1 | 1): number {
  if (a === undefined || b === undefined) {
    if (a === undefined && b === undefined) return 0;
    return a === undefined ? absent : -absent;
  }
  const c = Dec.num(a).cmp(Dec.num(b));
  if (c !== 0) return c;
  return aEarlier === bEarlier ? 0 : aEarlier ? -1 : 1;
}

/** The rubric's bands in ascending score order. */
export function orderedBands(rubric: Pick<Rubric, 'bands'>): Band[] {
  return rubric.bands
    .map((band, i) => ({ band, i }))
    .sort(
      (x, y) =>
        cmpEdge(x.band.min, x.band.minInclusive !== false, y.band.min, y.band.minInclusive !== false, -1) ||
        cmpEdge(x.band.max, x.band.maxInclusive !== true, y.band.max, y.band.maxInclusive !== true, 1) ||
        x.i - y.i,
    )
    .map((x) => x.band);
}

export function noPredicate(): Predicate {
  return { code: 'none', label: { ...scoringLabels.noPredicate }, kind: 'none' };
}

/** The predicate of a band or an out-of-range label. */
export function fromBand(b: Band | OutOfRangeLabel, kind: Predicate['kind']): Predicate {
  const p: Predicate = { code: b.code, label: { id: b.label.id, en: b.label.en }, kind };
  if (b.color !== undefined) p.color = b.color;
  return p;
}

/** A band's edges as Decs (for the rules' classifyIndex). */
export function bandEdges(band: Band): BandEdges<Dec> {
  return {
    min: band.min === undefined ? undefined : Dec.num(band.min),
    minInclusive: band.minInclusive !== false,
    max: band.max === undefined ? undefined : Dec.num(band.max),
    maxInclusive: band.maxInclusive === true,
  };
}

/** The predicate a score earns (see the module comment; the rule itself is rules.ts's classifyIndex). */
export function classify(score: Dec, rubric: Pick<Rubric, 'bands' | 'outOfRange'>): Predicate {
  const bands = orderedBands(rubric);
  const below = rubric.outOfRange?.below;
  const above = rubric.outOfRange?.above;
  const i = classifyIndex(bands.map(bandEdges), score, cmpDec, below !== undefined, above !== undefined);
  if (i >= 0) return fromBand(bands[i]!, 'band');
  if (i === BELOW && below) return fromBand(below, 'below');
  if (i === ABOVE && above) return fromBand(above, 'above');
  return noPredicate();
}

/** Case- and space-insensitive key for predicate codes typed on a command line. */
const codeKey = (code: string): string => code.normalize('NFKC').trim().toUpperCase();

/**
 * What a predicate code names: a band (with its index in ascending order), or the below/above
 * label. Case-insensitive. Undefined for an unknown code.
 */
export function findPredicateCode(
  rubric: Pick<Rubric, 'bands' | 'outOfRange'>,
  code: string,
): { kind: 'band'; band: Band; rank: number } | { kind: 'below' | 'above'; label: OutOfRangeLabel; rank: number } | undefined {
  const k = codeKey(code);
  const bands = orderedBands(rubric);
  const i = bands.findIndex((b) => codeKey(b.code) === k);
  if (i >= 0) return { kind: 'band', band: bands[i]!, rank: i };
  const below = rubric.outOfRange?.below;
  if (below && codeKey(below.code) === k) return { kind: 'below', label: below, rank: -1 };
  const above = rubric.outOfRange?.above;
  if (above && codeKey(above.code) === k) return { kind: 'above', label: above, rank: bands.length };
  return undefined;
}

/**
 * Rank of a predicate code in ascending score order: the below label is -1, bands 0..n-1, the
 * above label n. Undefined for an unknown code (and for `none`).
 */
export function bandRank(rubric: Pick<Rubric, 'bands' | 'outOfRange'>, code: string): number | undefined {
  return findPredicateCode(rubric, code)?.rank;
}

/** Sign of rank(a) - rank(b); undefined when either code is unknown. */
export function compareBandCodes(rubric: Pick<Rubric, 'bands' | 'outOfRange'>, a: string, b: string): -1 | 0 | 1 | undefined {
  const ra = bandRank(rubric, a);
  const rb = bandRank(rubric, b);
  if (ra === undefined || rb === undefined) return undefined;
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Every predicate code a user may name, in ascending order (below label, bands, above label). */
export function knownPredicateCodes(rubric: Pick<Rubric, 'bands' | 'outOfRange'>): string[] {
  return [
    ...(rubric.outOfRange?.below ? [rubric.outOfRange.below.code] : []),
    ...orderedBands(rubric).map((b) => b.code),
    ...(rubric.outOfRange?.above ? [rubric.outOfRange.above.code] : []),
  ];
}
