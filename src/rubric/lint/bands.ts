/**
 * Band lint: a list of bands must tile the scores its node can reach (the rubric's bands: the
 * total; v2: a node's own bands or a band set, the scores of the nodes using it). Written lowest
 * first, never overlapping, no reachable gap, out-of-range scores labelled, unique codes.
 */
import { Dec } from '../../decimal.js';
import { intervalReachable, type Edge, type ReachableScores } from '../tree.js';
import type { Band, OutOfRangeLabel } from '../types.js';
import type { LintReporters } from './context.js';

interface IndexedBand {
  band: Band;
  index: number;
  pointer: string;
  lo: Edge;
  hi: Edge;
}

export interface BandList {
  bands: Band[];
  /** JSON pointer of the list (`/bands`, `/bandSets/kat`, `/root/children/0/bands`). */
  pointer: string;
  /** The rubric's out-of-range labels (for the rubric's own bands only). */
  outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel };
  /** The out-of-range labels' pointer (`/outOfRange`). */
  outOfRangePointer?: string;
}

export function lintBands(list: BandList, reach: ReachableScores | undefined, r: LintReporters): void {
  const { err, warn, firstAt, checkProvenance } = r;
  const reachArgs = reach ? { reachMin: reach.min.toString(), reachMax: reach.max.toString(), ...(reach.step ? { step: reach.step.toString() } : {}) } : {};
  // Codes are unique across bands and out-of-range labels (gates name them).
  const codes = new Map<string, string>();
  const labelled: [string | undefined, string][] = [
    ...list.bands.map((b, i): [string, string] => [b.code, `${list.pointer}/${i}/code`]),
    [list.outOfRange?.below?.code, `${list.outOfRangePointer}/below/code`],
    [list.outOfRange?.above?.code, `${list.outOfRangePointer}/above/code`],
  ];
  for (const [code, pointer] of labelled) {
    if (code === undefined) continue;
    const first = codes.get(code.toUpperCase());
    if (first !== undefined) err('RUBRIC_DUPLICATE_BAND_CODE', { band: code, first, ...firstAt(first) }, pointer);
    else codes.set(code.toUpperCase(), pointer);
  }

  const bands: IndexedBand[] = [];
  list.bands.forEach((band, index) => {
    const pointer = `${list.pointer}/${index}`;
    checkProvenance(band.provenance, pointer);
    const lo: Edge = { ...(band.min !== undefined ? { value: Dec.num(band.min) } : {}), inclusive: band.minInclusive ?? true };
    const hi: Edge = { ...(band.max !== undefined ? { value: Dec.num(band.max) } : {}), inclusive: band.maxInclusive ?? false };
    if (lo.value && hi.value && (lo.value.gt(hi.value) || (lo.value.eq(hi.value) && !(lo.inclusive && hi.inclusive)))) {
      err('RUBRIC_BAND_EMPTY', { band: band.code, edges: edges(lo, hi) }, pointer);
      return;
    }
    bands.push({ band, index, pointer, lo, hi });
  });

  // Written lowest first: a band whose lower end is below the previous band's is out of order.
  for (let i = 1; i < bands.length; i++) {
    const b = bands[i]!;
    if (cmpLower(b.lo, bands[i - 1]!.lo) < 0) err('RUBRIC_BAND_ORDER', { band: b.band.code, previous: bands[i - 1]!.band.code }, b.band.min !== undefined ? `${b.pointer}/min` : b.pointer);
  }
  const sorted = [...bands].sort((a, b) => cmpLower(a.lo, b.lo) || a.index - b.index);

  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    const args = { band: cur.band.code, previous: prev.band.code, edges: edges(cur.lo, cur.hi), previousEdges: edges(prev.lo, prev.hi) };
    if (overlaps(prev.hi, cur.lo)) {
      err('RUBRIC_BAND_OVERLAP', args, cur.band.min !== undefined ? `${cur.pointer}/min` : cur.pointer);
      continue;
    }
    // The gap between prev's upper end and cur's lower end, if any reachable total falls in it.
    const gapLo: Edge = { value: prev.hi.value!, inclusive: !prev.hi.inclusive };
    const gapHi: Edge = { value: cur.lo.value!, inclusive: !cur.lo.inclusive };
    if (reach && intervalReachable(gapLo, gapHi, reach)) {
      err('RUBRIC_BAND_GAP', { ...args, ...reachArgs, gap: edges(gapLo, gapHi) }, cur.band.min !== undefined ? `${cur.pointer}/min` : cur.pointer);
    }
  }

  if (!reach) return;
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest && lowest.lo.value !== undefined) {
    const below = intervalReachable({ inclusive: false }, { value: lowest.lo.value, inclusive: !lowest.lo.inclusive }, reach);
    if (below && !list.outOfRange?.below) err('RUBRIC_BELOW_UNCOVERED', { band: lowest.band.code, min: lowest.lo.value.toString(), ...reachArgs }, `${lowest.pointer}/min`);
  }
  if (highest && highest.hi.value !== undefined) {
    const above = intervalReachable({ value: highest.hi.value, inclusive: !highest.hi.inclusive }, { inclusive: false }, reach);
    if (above && !list.outOfRange?.above) err('RUBRIC_ABOVE_UNCOVERED', { band: highest.band.code, max: highest.hi.value.toString(), ...reachArgs }, `${highest.pointer}/max`);
  }
  for (const b of bands) {
    if (!intervalReachable(b.lo, b.hi, reach)) warn('RUBRIC_BAND_UNREACHABLE', { band: b.band.code, edges: edges(b.lo, b.hi), ...reachArgs }, b.pointer);
  }
}

/** Do an upper end and the next band's lower end overlap? (Infinite ends always do.) */
function overlaps(hi: Edge, lo: Edge): boolean {
  if (hi.value === undefined || lo.value === undefined) return true;
  const c = hi.value.cmp(lo.value);
  return c > 0 || (c === 0 && hi.inclusive && lo.inclusive);
}

function cmpLower(a: Edge, b: Edge): number {
  if (a.value === undefined) return b.value === undefined ? 0 : -1;
  if (b.value === undefined) return 1;
  return a.value.cmp(b.value) || (a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1);
}

/** `[250, 325)`, `(-∞, 100)`, `[325, ∞)`. */
export function edges(lo: Edge, hi: Edge): string {
  const l = lo.value === undefined ? '(-∞' : `${lo.inclusive ? '[' : '('}${lo.value.toString()}`;
  const h = hi.value === undefined ? '∞)' : `${hi.value.toString()}${hi.inclusive ? ']' : ')'}`;
  return `${l}, ${h}`;
}

/** A band's edges in interval notation. */
export function bandEdges(band: Pick<Band, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>): string {
  return edges(
    { ...(band.min !== undefined ? { value: Dec.num(band.min) } : {}), inclusive: band.minInclusive ?? true },
    { ...(band.max !== undefined ? { value: Dec.num(band.max) } : {}), inclusive: band.maxInclusive ?? false },
  );
}

