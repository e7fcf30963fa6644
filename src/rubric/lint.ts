/**
 * Semantic lint of a schema-valid rubric: the rules a JSON Schema cannot say. Pure: it reports
 * every problem at once, each with a stable code, the JSON pointer, and (through `locate`) the
 * line:column in the file. Words live in src/i18n. The rules of each leaf kind are in its
 * module (./kinds/), called through `kindOf(leaf).lint`; band lists are linted by lint/bands.ts
 * and the rules of `merit-rubric/2` are in lint/v2.ts.
 */
import { Dec } from '../decimal.js';
import { error, warning, type Args, type Diagnostic, type Location } from '../diagnostics.js';
import { closest } from './suggest.js';
import { kindOf } from './kinds/index.js';
import { lintLevels } from './kinds/levels.js';
import { lintBands } from './lint/bands.js';
import { escapeToken as escape } from './lint/context.js';
import { indexRubric, lintCondition, lintProfile, lintV2Bands, lintV2Group, lintV2Node, type V2Context } from './lint/v2.js';
import { aggregateRange, nodeRange, reachableScores, walk } from './tree.js';
import { isLeaf, type GroupNode, type LeafNode, type Provenance, type Rubric } from './types.js';

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

  // ---- v2 ----------------------------------------------------------------------------------
  const v2 = rubric.format === 'merit-rubric/2';
  const v2ctx: V2Context = { rubric, record, checkColumn, err, warn, firstAt, checkProvenance };
  const ix = v2 ? indexRubric(rubric) : undefined;
  if (ix) lintProfile(v2ctx, ix);

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
      if (ix) lintCondition(node, pointer, v2ctx, ix);
      else if (!record) err('RUBRIC_AGENCY_COLUMN', { key: 'when' }, `${pointer}/when`, { code }, true);
      else checkColumn(w.column ?? '', `${pointer}/when/column`, code);
      const subject = w.column !== undefined ? { column: w.column } : w.profile !== undefined ? { profile: w.profile } : { criterion: w.criterion ?? '' };
      if (!w.in && !w.notIn) err('RUBRIC_CONDITION_EMPTY', subject, `${pointer}/when`, { code });
    }
    if (ix) {
      lintV2Node(node, pointer, parent, v2ctx);
      if (!isLeaf(node)) lintV2Group(node, pointer, v2ctx, ix);
    }

    // A mean divides each child's score by its maximum (v2 `mean` leaves zero maxima out, but a child that can never score is a mistake).
    if (parent && ((parent.aggregate ?? 'sum') === 'weightedMean' || parent.aggregate === 'mean')) {
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
    const aggregate = node.aggregate ?? 'sum';
    if (aggregate !== 'weightedMean' && aggregate !== 'mean' && node.scale !== undefined) warn('RUBRIC_SCALE_IGNORED', { code }, `${pointer}/scale`, { code }, true);
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
  const reporters = { err, warn, firstAt, checkProvenance };
  const bands = { bands: rubric.bands, pointer: '/bands', ...(rubric.outOfRange ? { outOfRange: rubric.outOfRange } : {}), outOfRangePointer: '/outOfRange' };
  lintBands(bands, rangeUnreliable ? undefined : reachableScores(rubric), reporters);
  if (ix) lintV2Bands(v2ctx, ix, !rangeUnreliable);

  return out;
}

export { bandEdges, edges } from './lint/bands.js';
export { normaliseMatch } from './kinds/lookup.js';

