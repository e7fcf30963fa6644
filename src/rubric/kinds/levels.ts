/** The `levels` kind: ordinal levels, from a shared scale or inline. */
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import { rubricText } from '../../i18n/index.js';
import { closest } from '../suggest.js';
import { DASHES, decFromCellNumber, EMPTY, emptyResult, fmt, invalid, invalidResult, lookupKey, ok, parseNumberText, textOf, type InputValue, type ParseContext, type ParseResult } from './parse.js';
import type { KindReport, KindRubric, LeafKind, Level } from './types.js';

/**
 * Ordinal levels. `scale` names a shared scale; `levels` gives them inline (or overrides the
 * scale's descriptions for this leaf: same values, own texts/points). Points per level are the
 * level's `points`, else value x `weight` (default 1).
 */
export interface LevelsScoring {
  kind: 'levels';
  scale?: string;
  levels?: Level[];
  weight?: number;
}

/** The levels a `levels` leaf uses: inline levels win over the named scale (same values, own texts). */
export function resolveLevels(scoring: { kind: string; scale?: string; levels?: Level[] }, rubric: KindRubric): Level[] {
  if (scoring.kind !== 'levels') return [];
  if (scoring.levels && scoring.levels.length > 0) return scoring.levels;
  const scales = rubric.scales;
  return (scoring.scale && scales && Object.hasOwn(scales, scoring.scale) ? scales[scoring.scale]?.levels : undefined) ?? [];
}

/** Points of one level: its own `points`, else value × the leaf's weight (default 1). */
export function levelPoints(level: Level, scoring: { kind: string; weight?: number }): Dec {
  if (level.points !== undefined) return Dec.num(level.points);
  const weight = scoring.kind === 'levels' && scoring.weight !== undefined ? Dec.num(scoring.weight) : Dec.ONE;
  return Dec.num(level.value).mul(weight);
}

// ---------------------------------------------------------------------------------------------
// Reading a level

const LEVEL_PREFIX = /^(?:level|tingkat|tingkatan|lvl|lv)\s*[:.]?\s*/i;
/**
 * A leading number token, then nothing, or a separator (space, dash, colon, dot, bracket) and a
 * label that does not start with a digit: `3 - Memadai`, `3. Memadai`, `3 (lihat)`; not `3-4`, `3 4`.
 */
const LEVEL_WITH_LABEL = /^([+-]?\d+(?:[.,]\d+)*)(?:(?:\s*[-–—:.)(]\s*|\s+)(?=$|[^\d\s]).*)?$/s;

export interface LevelInfo {
  levels: Level[];
  byValue: Map<number, Level>;
  byLabel: Map<string, Level>;
  /** `0, 1, 2, 3, 4` */
  allowed: string[];
}

export function levelInfo(levels: Level[]): LevelInfo {
  const byValue = new Map<number, Level>();
  const byLabel = new Map<string, Level>();
  for (const l of levels) {
    byValue.set(l.value, l);
    for (const t of [l.label.id, l.label.en]) {
      const k = lookupKey(t);
      if (k && !byLabel.has(k) && !/^\d+$/.test(k)) byLabel.set(k, l);
    }
  }
  return { levels, byValue, byLabel, allowed: levels.map((l) => String(l.value)) };
}

/** Reads a level: an integer that is one of the leaf's levels (see the rules in parse.ts). */
export function parseLevel(v: InputValue, info: LevelInfo, ctx: ParseContext = {}): ParseResult<Level> {
  let n: Dec;
  const text = textOf(v);
  if (v.raw === null || text === '') return EMPTY;
  if (typeof v.raw === 'number') {
    const d = decFromCellNumber(v.raw);
    if (!d) return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
    n = d;
  } else if (typeof v.raw === 'boolean') {
    return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
  } else {
    if (DASHES.has(text)) return EMPTY;
    const byLabel = info.byLabel.get(lookupKey(text));
    if (byLabel) return ok(byLabel);
    const s = text.replace(LEVEL_PREFIX, '');
    const m = LEVEL_WITH_LABEL.exec(s);
    if (!m) return invalid('SCORE_LEVEL_NOT_A_NUMBER', { value: text, allowed: info.allowed });
    const r = parseNumberText(m[1]!, ctx, 'SCORE_LEVEL_NOT_A_NUMBER');
    if (r.status === 'empty') return EMPTY;
    if (r.status === 'invalid') return invalid(r.problem.code, { ...r.problem.args, value: text, allowed: info.allowed });
    n = r.value;
  }
  if (!n.isInteger()) return invalid('SCORE_LEVEL_NOT_INTEGER', { value: text, allowed: info.allowed });
  const level = info.byValue.get(Number(n.n));
  if (!level) return invalid('SCORE_LEVEL_OUT_OF_RANGE', { value: text, level: n.toString(), allowed: info.allowed });
  return ok(level);
}

// ---------------------------------------------------------------------------------------------
// Lint

/**
 * The rules of a list of levels (a shared scale's, or a leaf's own): starts at 0 or 1, ascending,
 * no holes, points never decreasing. `code` is the leaf's (undefined for a shared scale).
 */
export function lintLevels(levels: Level[], pointer: string, code: string | undefined, weight: number | undefined, err: KindReport, warn: KindReport): void {
  const extra = code !== undefined ? { code } : {};
  const scoring = { kind: 'levels' as const, ...(weight !== undefined ? { weight } : {}) };
  const first = levels[0];
  if (!first) return;
  if (first.value > 1) err('RUBRIC_LEVELS_START', { first: first.value, ...(code ? { node: code } : {}) }, `${pointer}/0/value`, extra);
  else if (first.value === 1) warn('RUBRIC_NO_ZERO_LEVEL', { ...(code ? { node: code } : {}) }, pointer, extra);
  // Out of order: say so, and nothing about holes or points (the sorted list may be fine).
  let ordered = true;
  for (let j = 1; j < levels.length; j++) {
    const prev = levels[j - 1]!;
    const cur = levels[j]!;
    if (cur.value <= prev.value) {
      err('RUBRIC_LEVELS_ORDER', { value: cur.value, previous: prev.value, ...(code ? { node: code } : {}) }, `${pointer}/${j}/value`, extra);
      ordered = false;
    }
  }
  if (!ordered) return;
  for (let j = 1; j < levels.length; j++) {
    const prev = levels[j - 1]!;
    const cur = levels[j]!;
    if (cur.value > prev.value + 1) {
      const missing: string[] = [];
      for (let v = prev.value + 1; v < cur.value && missing.length < 10; v++) missing.push(String(v));
      err('RUBRIC_LEVELS_HOLE', { missing, value: cur.value, previous: prev.value, ...(code ? { node: code } : {}) }, `${pointer}/${j}/value`, extra);
    }
    const pp = levelPoints(prev, scoring);
    const cp = levelPoints(cur, scoring);
    if (cp.lt(pp)) {
      err(
        'RUBRIC_POINTS_DECREASING',
        { value: cur.value, points: cp.toString(), previous: prev.value, previousPoints: pp.toString(), ...(code ? { node: code } : {}) },
        cur.points !== undefined ? `${pointer}/${j}/points` : `${pointer}/${j}`,
        extra,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The kind

/** `0–4` for consecutive values (more than two), else `0, 2, 5`; `?` without levels. */
function valuesSpan(values: number[]): string {
  if (!values.length) return '?';
  return values.length > 2 && values.every((v, i) => i === 0 || v === values[i - 1]! + 1) ? `${values[0]}–${values[values.length - 1]}` : values.join(', ');
}

export const levelsKind: LeafKind<LevelsScoring> = {
  kind: 'levels',

  pointValues: (s, rubric) => resolveLevels(s, rubric).map((l) => levelPoints(l, s)),

  lint(s, { rubric, code, pointer: sp, err, warn, useScale, rangeUnreliable }) {
    const scales = rubric.scales ?? {};
    if (s.scale !== undefined) useScale(s.scale);
    const scale = s.scale !== undefined && Object.hasOwn(scales, s.scale) ? scales[s.scale] : undefined;
    if (s.scale !== undefined && !scale) {
      const suggestion = closest(s.scale, Object.keys(scales));
      err('RUBRIC_UNKNOWN_SCALE', { scale: s.scale, declared: Object.keys(scales), ...(suggestion ? { suggestion } : {}) }, `${sp}/scale`, { code });
      if (!s.levels?.length) rangeUnreliable();
    }
    if (s.scale === undefined && (!s.levels || s.levels.length === 0)) {
      err('RUBRIC_LEVELS_MISSING', { code }, sp, { code });
      rangeUnreliable();
    }
    if (s.levels && s.levels.length > 0) {
      lintLevels(s.levels, `${sp}/levels`, code, s.weight, err, warn);
      if (scale) {
        const own = s.levels.map((l) => l.value).join(',');
        const theirs = scale.levels.map((l) => l.value).join(',');
        if (own !== theirs) err('RUBRIC_LEVELS_MISMATCH', { code, scale: s.scale, values: own, scaleValues: theirs }, `${sp}/levels`, { code });
      }
    }
  },

  compile(s, rubric, ctx) {
    const info = levelInfo(resolveLevels(s, rubric));
    const weight = s.weight !== undefined ? Dec.num(s.weight) : Dec.ONE;
    const scored = new Map<Level, { points: Dec; rule: string }>();
    for (const level of info.levels) {
      const points = levelPoints(level, s);
      const rule =
        level.points !== undefined || weight.eq(Dec.ONE) ? `level ${level.value} → ${fmt(points)}` : `level ${level.value} × ${fmt(weight)} = ${fmt(points)}`;
      scored.set(level, { points, rule });
    }
    return (value) => {
      if (value === undefined) return emptyResult();
      const r = parseLevel(value, info, ctx);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') {
        const lv = r.problem.args.level;
        return invalidResult('level', value, r.problem, typeof lv === 'string' ? Number(lv) : null);
      }
      const { points, rule } = scored.get(r.value)!;
      return { status: 'ok', parsed: r.value.value, points, rule };
    };
  },

  describe({ scoring: s }, rubric, lang: Lang) {
    const span = valuesSpan(resolveLevels(s, rubric).map((l) => l.value));
    return rubricText(lang, 'kindLevels', { values: span }) + (s.weight !== undefined ? ` × ${s.weight}` : '') + (s.scale ? ` (${s.scale})` : '');
  },

  showJson: (s, rubric) => ({ levels: resolveLevels(s, rubric).map((l) => l.value) }),

  templateInput({ scoring: s }, { rubric, lang, words: w, num, text, clip }) {
    const levels = resolveLevels(s, rubric);
    return {
      rule: { kind: 'list', values: levels.map((l) => String(l.value)), strict: true },
      lines: levels.map((l) => {
        const desc = l.description ? `\n   ${text(l.description)}` : '';
        return `${l.value} — ${text(l.label)} (${w.points(num(levelPoints(l, s)))})${desc}`;
      }),
      prompt: clip(levels.map((l) => `${l.value} ${text(l.label)}`).join(' · ')),
      promptTitle: w.chooseLevel,
    };
  },

  levelTable: (s) => (s.levels && s.levels.length > 0 ? { levels: s.levels } : s.scale ? { scale: s.scale } : undefined),
};
