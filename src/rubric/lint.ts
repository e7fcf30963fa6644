/**
 * Semantic lint of a schema-valid rubric: the rules a JSON Schema cannot say. Pure: it reports
 * every problem at once, each with a stable code, the JSON pointer, and (through `locate`) the
 * line:column in the file. Words live in messages.ts. The rules of each leaf kind are in its
 * module (./kinds/), called through `kindOf(leaf).lint`.
 */
import { Dec } from '../decimal.js';
import { error, warning, type Args, type Diagnostic, type Location } from '../diagnostics.js';
import { closest } from './suggest.js';
import { kindOf } from './kinds/index.js';
import { lintLevels } from './kinds/levels.js';
import { aggregateRange, intervalReachable, nodeRange, reachableScores, walk, type Edge, type ReachableScores } from './tree.js';
import { isLeaf, type Band, type GroupNode, type LeafNode, type Provenance, type Rubric } from './types.js';

export interface LintOptions {
  /** File name put in every location. */
  file?: string;
  /** JSON pointer -> line/column (value position; `key` asks for the key's position). */
  locate?: (pointer: string, options?: { key?: boolean }) => { line: number; column: number } | undefined;
}

export function lintRubric(rubric: Rubric, options: LintOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (pointer: string, extra: Partial<Location> = {}, key = false): Location => {
    const p = options.locate?.(pointer, { key });
    return {
      ...(options.file !== undefined ? { file: options.file } : {}),
      ...(p ? { line: p.line, column: p.column } : {}),
      pointer,
      ...extra,
    };
  };
  const err = (code: string, args: Args, pointer: string, extra?: Partial<Location>, key?: boolean) => out.push(error(code, args, at(pointer, extra, key)));
  const warn = (code: string, args: Args, pointer: string, extra?: Partial<Location>, key?: boolean) => out.push(warning(code, args, at(pointer, extra, key)));

  const record = rubric.subject === 'record';
  /** Set when a tree error makes the computed score range meaningless (band coverage is then not judged). */
  let rangeUnreliable = false;
  const columns = new Map<string, { type: 'text' | 'number'; pointer: string }>();

  // ---- subject, columns, population --------------------------------------------------------
  if (record) {
    if (!rubric.columns) err('RUBRIC_RECORD_REQUIRES', { key: 'columns' }, '');
    if (!rubric.population) err('RUBRIC_RECORD_REQUIRES', { key: 'population' }, '');
  } else {
    if (rubric.columns) err('RUBRIC_RECORD_ONLY', { key: 'columns' }, '/columns', {}, true);
    if (rubric.population) err('RUBRIC_RECORD_ONLY', { key: 'population' }, '/population', {}, true);
  }
  (rubric.columns ?? []).forEach((c, i) => {
    const p = `/columns/${i}/key`;
    const first = columns.get(c.key);
    if (first) err('RUBRIC_DUPLICATE_COLUMN', { column: c.key, first: first.pointer, ...firstAt(first.pointer) }, p);
    else columns.set(c.key, { type: c.type, pointer: p });
  });
  const declared = [...columns.keys()];
  const checkColumn = (name: string, pointer: string, code?: string): boolean => {
    if (columns.has(name)) return true;
    const suggestion = closest(name, declared);
    err('RUBRIC_UNKNOWN_COLUMN', { column: name, declared, ...(suggestion ? { suggestion } : {}) }, pointer, code !== undefined ? { code } : {});
    return false;
  };
  if (record && rubric.population) {
    (rubric.population.groupBy ?? []).forEach((g, i) => checkColumn(g, `/population/groupBy/${i}`));
    if (rubric.population.recordId !== undefined) checkColumn(rubric.population.recordId, '/population/recordId');
  }

  function firstAt(pointer: string): Args {
    const p = options.locate?.(pointer);
    return p ? { firstLine: p.line, firstColumn: p.column } : {};
  }

  // ---- scales ------------------------------------------------------------------------------
  const scales = rubric.scales ?? {};
  const usedScales = new Set<string>();
  for (const [name, scale] of Object.entries(scales)) lintLevels(scale.levels, `/scales/${escape(name)}/levels`, undefined, undefined, err, warn);

  // ---- the tree ----------------------------------------------------------------------------
  const codes = new Map<string, string>();
  const official = rubric.status === 'official';
  const checkProvenance = (prov: Provenance | undefined, pointer: string, code?: string) => {
    if (official && prov && prov.confidence !== 'confirmed') {
      err('RUBRIC_OFFICIAL_UNCONFIRMED', { confidence: prov.confidence, ...(code ? { node: code } : {}) }, `${pointer}/provenance/confidence`, code ? { code } : {});
    }
  };
  checkProvenance(rubric.provenance, '');

  for (const { node, pointer, parent } of walk(rubric.root)) {
    const code = node.code;
    const norm = code.toUpperCase();
    const first = codes.get(norm);
    if (first !== undefined) {
      err('RUBRIC_DUPLICATE_CODE', { code, first, ...firstAt(`${first}/code`) }, `${pointer}/code`, { code });
    } else codes.set(norm, pointer);

    checkProvenance(node.provenance, pointer, code);

    if (node.when) {
      const w = node.when;
      if (!record) err('RUBRIC_AGENCY_COLUMN', { key: 'when' }, `${pointer}/when`, { code }, true);
      else checkColumn(w.column ?? '', `${pointer}/when/column`, code);
      if (!w.in && !w.notIn) err('RUBRIC_CONDITION_EMPTY', { column: w.column }, `${pointer}/when`, { code });
    }

    if (parent && (parent.aggregate ?? 'sum') === 'weightedMean') {
      const max = nodeRange(node, rubric).max;
      if (!max.gt(Dec.ZERO)) err('RUBRIC_ZERO_MAX_CHILD', { code, max: max.toString() }, pointer, { code });
    }

    if (isLeaf(node)) lintLeaf(node, pointer);
    else lintGroup(node, pointer);
  }

  for (const name of Object.keys(scales)) {
    if (!usedScales.has(name)) warn('RUBRIC_UNUSED_SCALE', { scale: name }, `/scales/${escape(name)}`, {}, true);
  }

  function lintGroup(node: GroupNode, pointer: string): void {
    const code = node.code;
    if ((node.aggregate ?? 'sum') === 'sum' && node.scale !== undefined) warn('RUBRIC_SCALE_IGNORED', { code }, `${pointer}/scale`, { code }, true);
    if (node.cap !== undefined) {
      const cap = Dec.num(node.cap);
      if (!cap.gt(Dec.ZERO)) {
        err('RUBRIC_CAP_NOT_POSITIVE', { code, cap: node.cap }, `${pointer}/cap`, { code });
        rangeUnreliable = true;
      }
      else {
        const uncapped = aggregateRange(node, rubric).max;
        // A cap equal to the maximum documents the rule (e.g. "Kompetensi at most 40"); only a larger one is suspect.
        if (cap.gt(uncapped)) warn('RUBRIC_CAP_NEVER_BINDS', { code, cap: node.cap, max: uncapped.toString() }, `${pointer}/cap`, { code });
      }
    }
  }

  function lintLeaf(leaf: LeafNode, pointer: string): void {
    const code = leaf.code;
    const s = leaf.scoring;
    const sp = `${pointer}/scoring`;
    if (leaf.column !== undefined) {
      if (!record) err('RUBRIC_AGENCY_COLUMN', { key: 'column' }, `${pointer}/column`, { code }, true);
      else if (checkColumn(leaf.column, `${pointer}/column`, code)) {
        const type = columns.get(leaf.column)!.type;
        if (kindOf(s).numberColumn && type !== 'number') {
          err('RUBRIC_COLUMN_TYPE', { column: leaf.column, kind: s.kind, type }, `${pointer}/column`, { code });
        }
      }
    } else if (record) {
      err('RUBRIC_LEAF_COLUMN_MISSING', { code }, pointer, { code });
    }

    kindOf(s).lint(s, {
      rubric,
      code,
      pointer: sp,
      err,
      warn,
      useScale: (name) => usedScales.add(name),
      rangeUnreliable: () => void (rangeUnreliable = true),
    });
  }

  // ---- bands -------------------------------------------------------------------------------
  const range = nodeRange(rubric.root, rubric);
  if (!range.max.gt(Dec.ZERO)) {
    err('RUBRIC_ZERO_MAX', { max: range.max.toString() }, '/root');
    rangeUnreliable = true;
  }
  lintBands(rubric, rangeUnreliable ? undefined : reachableScores(rubric), err, warn, firstAt, checkProvenance);

  return out;
}

type Report = (code: string, args: Args, pointer: string, extra?: Partial<Location>, key?: boolean) => void;

interface IndexedBand {
  band: Band;
  index: number;
  pointer: string;
  lo: Edge;
  hi: Edge;
}

function lintBands(
  rubric: Rubric,
  reach: ReachableScores | undefined,
  err: Report,
  warn: Report,
  firstAt: (pointer: string) => Args,
  checkProvenance: (prov: Provenance | undefined, pointer: string, code?: string) => void,
): void {
  const reachArgs = reach ? { reachMin: reach.min.toString(), reachMax: reach.max.toString(), ...(reach.step ? { step: reach.step.toString() } : {}) } : {};
  // Codes are unique across bands and out-of-range labels (gates name them).
  const codes = new Map<string, string>();
  const labelled: [string | undefined, string][] = [
    ...rubric.bands.map((b, i): [string, string] => [b.code, `/bands/${i}/code`]),
    [rubric.outOfRange?.below?.code, '/outOfRange/below/code'],
    [rubric.outOfRange?.above?.code, '/outOfRange/above/code'],
  ];
  for (const [code, pointer] of labelled) {
    if (code === undefined) continue;
    const first = codes.get(code.toUpperCase());
    if (first !== undefined) err('RUBRIC_DUPLICATE_BAND_CODE', { band: code, first, ...firstAt(first) }, pointer);
    else codes.set(code.toUpperCase(), pointer);
  }

  const bands: IndexedBand[] = [];
  rubric.bands.forEach((band, index) => {
    const pointer = `/bands/${index}`;
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
    if (below && !rubric.outOfRange?.below) err('RUBRIC_BELOW_UNCOVERED', { band: lowest.band.code, min: lowest.lo.value.toString(), ...reachArgs }, `${lowest.pointer}/min`);
  }
  if (highest && highest.hi.value !== undefined) {
    const above = intervalReachable({ value: highest.hi.value, inclusive: !highest.hi.inclusive }, { inclusive: false }, reach);
    if (above && !rubric.outOfRange?.above) err('RUBRIC_ABOVE_UNCOVERED', { band: highest.band.code, max: highest.hi.value.toString(), ...reachArgs }, `${highest.pointer}/max`);
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

export { normaliseMatch } from './kinds/lookup.js';

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

