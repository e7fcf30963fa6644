/**
 * `merit diff` output: text (terminal) and JSON (`merit-diff/1`, schemas/merit-diff-1.schema.json).
 * Pure: the two assessments and their DiffResult in, a string out.
 */
import type { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { analysisWords, yesNo } from '../i18n/index.js';
import type { CategoryChange, DiffResult, LevelSide, NodeDelta, NodeSide } from '../scoring/diff.js';
import type { Assessment } from '../scoring/types.js';
import { cellName, labelled, paragraph, signed, table, start, type AnalysisInput as DiffInput, type AnalysisTextOptions } from './analysis-text.js';
import { num, pct, predicateText, text } from './format.js';
import { rubricObject } from './analysis-json.js';
import { compact, diagnostic, inputObject, local, n, nOrNull, predicate, ref, subjectObject, totalsObject, type Json, type Obj } from './json.js';
import { fit } from './layout.js';
import { visibleAll } from '../i18n/visible.js';

export const DIFF_SCHEMA = 'merit-diff/1';

export interface DiffTextOptions extends AnalysisTextOptions {
  /** Every node, not only the aspects. */
  verbose?: boolean;
}

const rubricRef = (a: Assessment): string => `${a.rubric.id}@${a.rubric.version}`;

function levelText(s: LevelSide, sheet: string | undefined, lang: Lang): string {
  const w = analysisWords(lang);
  const value = s.value === null ? '–' : typeof s.value === 'boolean' ? yesNo(s.value, lang) : String(s.value);
  const where = s.ref ? ` (${cellName(s.ref, sheet)})` : s.used === 'none' ? ` (${w.none})` : '';
  return `${value}${s.assumed ? '*' : ''}${where}`;
}

export function renderDiffText(a: DiffInput, b: DiffInput, d: DiffResult, o: DiffTextOptions): string {
  // Text from files and rubrics reaches the terminal with its control characters made visible.
  [a, b, d] = visibleAll(a, b, d);
  const { width, c, w, u } = start(o);
  const A = a.assessment;
  const B = b.assessment;
  const out: string[] = [c.bold(fit(w.diffTitle, width))];
  const who = (s: DiffInput): string =>
    [s.path, s.assessment.subject.name + (s.assessment.subject.period ? ` · ${s.assessment.subject.period}` : ''), ...(s.kind === 'report' ? [w.fromReport] : [])].join(' · ');
  const rubric = d.sameRubric
    ? `${w.rubricSame} · ${rubricRef(B)} · ${u.rubricStatus[B.rubric.status]}`
    : `${w.rubricChanged} · ${rubricRef(A)} → ${rubricRef(B)}`;
  out.push(...labelled([[w.sideA, who(a), { left: true }], [w.sideB, who(b), { left: true }], [u.rubric, rubric]], width, c, true));
  out.push('');

  const arrow = (x: string, y: string, delta?: string): string => `${x} → ${y}${delta !== undefined ? ` (${delta})` : ''}`;
  const pairs: [string, string][] = [
    [u.score, arrow(num(A.score), num(B.score), signed(d.score))],
    [u.predicate, arrow(predicateText(A.predicate, o.lang), predicateText(B.predicate, o.lang), w.predicateChange[d.predicate.change])],
  ];
  if (A.percent && B.percent) pairs.push([u.percent, arrow(pct(A.percent), pct(B.percent), d.percent ? signed(d.percent.roundToDecimals(1)) : undefined)]);
  out.push(...labelled(pairs, width, c));

  if (d.split) {
    out.push('');
    if (d.split.unavailable) out.push(...paragraph(w.splitUnavailable(d.split.unavailable, d.split.needed ?? ''), width, c.yellow));
    else {
      const x = num(d.split.rescored!.score);
      out.push(c.bold(fit(`${w.split} (${signed(d.score)})`, width)));
      const labelW = Math.max(w.rubricEffect.length, w.evidenceEffect.length) + 2;
      const effect = (label: string, value: Dec, how: string): string[] =>
        paragraph(`${signed(value)} ${how}`, width, undefined, `  ${label.padEnd(labelW)}`, ' '.repeat(labelW + 2));
      out.push(...effect(w.rubricEffect, d.split.rubricEffect!, w.rubricEffectHow(x, num(A.score))));
      out.push(...effect(w.evidenceEffect, d.split.evidenceEffect!, w.evidenceEffectHow(num(B.score), x)));
    }
  }
  out.push('');

  // Per-node table: the aspects (every node with --verbose), then the total.
  const shown = d.nodes.filter((x) => x.depth >= 1 && (o.verbose || x.depth === 1));
  const maxText = (x: NodeDelta): string => {
    if (!x.a || !x.b) return num((x.a ?? x.b)!.max);
    return x.a.max.eq(x.b.max) ? num(x.b.max) : `${num(x.a.max)}→${num(x.b.max)}`;
  };
  const sideScore = (s: NodeSide | undefined): string => (s ? num(s.score) : '–');
  const sidePct = (s: NodeSide | undefined): string => (s ? pct(s.percent) : '–');
  const mark = (x: NodeDelta): string => (x.presence === 'added' ? ' +' : x.presence === 'removed' ? ' −' : '');
  const rows = shown.map((x) => [
    '  '.repeat(x.depth - 1) + x.code + mark(x),
    text(x.name, o.lang),
    sideScore(x.a),
    sideScore(x.b),
    x.delta ? signed(x.delta.score) : '',
    maxText(x),
    sidePct(x.a),
    sidePct(x.b),
  ]);
  const rounded = !A.root.score.eq(A.score) || !B.root.score.eq(B.score);
  const rootDelta = B.root.score.sub(A.root.score);
  out.push(
    ...table(
      [
        { head: u.code },
        { head: o.verbose ? u.name : u.aspect, flex: true, min: 8 },
        { head: 'A', align: 'right' },
        { head: 'B', align: 'right' },
        { head: 'Δ', align: 'right' },
        { head: u.max, align: 'right', drop: 2 },
        { head: '%A', align: 'right', drop: 1 },
        { head: '%B', align: 'right', drop: 1 },
      ],
      rows,
      width,
      c,
      [
        '',
        rounded ? u.total_row_unrounded : u.total_row,
        num(A.root.score),
        num(B.root.score),
        signed(rootDelta),
        A.max.eq(B.max) ? num(B.max) : `${num(A.max)}→${num(B.max)}`,
        pct(A.root.percent),
        pct(B.root.percent),
      ],
    ),
  );

  // Changed levels, with their cells.
  out.push('');
  if (d.levels.length === 0) out.push(...paragraph(w.noLevelChanges, width, c.dim));
  else {
    out.push(c.bold(fit(w.levelsHeading(d.levels.length), width)));
    out.push(
      ...table(
        [{ head: u.code }, { head: w.criterion, flex: true, min: 8 }, { head: 'A' }, { head: 'B' }, { head: 'Δ', align: 'right' }],
        d.levels.map((x) => [x.code, text(x.name, o.lang), levelText(x.a, A.input.sheet, o.lang), levelText(x.b, B.input.sheet, o.lang), signed(x.delta)]),
        width,
        c,
      ),
    );
    out.push(...paragraph(w.levelsLegend(d.levels.some((x) => x.a.assumed || x.b.assumed)), width, c.dim));
  }
  if (d.categories) out.push('', ...categoryLines(d, o.lang, width, c));
  if (d.added.length) out.push(...paragraph(w.added(d.added.join(', ')), width));
  if (d.removed.length) out.push(...paragraph(w.removed(d.removed.join(', ')), width));
  if (d.regression) {
    out.push('');
    out.push(...paragraph(w.regression, width, c.yellow));
  }
  return out.join('\n') + '\n';
}

/** v2: the categories that changed (from → to, up or down). */
function categoryLines(d: DiffResult, lang: Lang, width: number, c: DiffTextOptions['color']): string[] {
  const { w, u } = start({ lang, color: c, width });
  const list = d.categories ?? [];
  if (list.length === 0) return paragraph(w.v2.noCategoryChanges, width, c.dim);
  const cat = (p: CategoryChange['a']): string => (p ? predicateText(p, lang) : '–');
  return [
    c.bold(fit(w.v2.categoriesHeading(list.length), width)),
    ...table(
      [{ head: u.code }, { head: u.name, flex: true, min: 8 }, { head: 'A' }, { head: 'B' }, { head: w.change, drop: 1 }],
      list.map((x) => [x.code, text(x.name, lang), cat(x.a), cat(x.b), w.predicateChange[x.change]]),
      width,
      c,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// JSON

function sideObject(s: DiffInput): Obj {
  const a = s.assessment;
  return {
    kind: s.kind,
    path: s.path,
    rubric: rubricObject(a),
    input: inputObject(a),
    subject: subjectObject(a),
    ...totalsObject(a),
  };
}

const nodeSide = (s: NodeSide | undefined): Json => (s ? { score: n(s.score), max: n(s.max), percent: nOrNull(s.percent), status: s.status } : null);

function levelSide(s: LevelSide): Obj {
  return compact({
    value: s.value,
    used: s.used,
    ref: s.ref ? ref(s.ref) : undefined,
    assumed: s.assumed ? true : undefined,
    status: s.status,
    score: n(s.score),
  });
}

const dOrNull = (x: Dec | undefined): Json => (x ? n(x) : null);

/** The `merit-diff/1` object (key order as written). */
export function diffObject(a: DiffInput, b: DiffInput, d: DiffResult): Obj {
  const A = a.assessment;
  return {
    schema: DIFF_SCHEMA,
    tool: { name: A.tool.name, version: A.tool.version },
    a: sideObject(a),
    b: sideObject(b),
    sameRubric: d.sameRubric,
    change: {
      score: n(d.score),
      max: n(d.max),
      percent: nOrNull(d.percent),
      predicate: { from: predicate(d.predicate.a), to: predicate(d.predicate.b), change: d.predicate.change },
    },
    split: d.split
      ? {
          rescored: d.split.rescored ? { score: n(d.split.rescored.score), predicate: predicate(d.split.rescored.predicate) } : null,
          rubricEffect: dOrNull(d.split.rubricEffect),
          evidenceEffect: dOrNull(d.split.evidenceEffect),
          unavailable: d.split.unavailable ?? null,
          needed: d.split.needed ?? null,
        }
      : null,
    regression: d.regression,
    nodes: d.nodes.map((x) => ({
      code: x.code,
      name: local(x.name),
      kind: x.kind,
      depth: x.depth,
      presence: x.presence,
      a: nodeSide(x.a),
      b: nodeSide(x.b),
      delta: x.delta ? { score: n(x.delta.score), max: n(x.delta.max), percent: nOrNull(x.delta.percent) } : null,
    })),
    added: [...d.added],
    removed: [...d.removed],
    levels: d.levels.map((x) => ({ code: x.code, name: local(x.name), a: levelSide(x.a), b: levelSide(x.b), delta: n(x.delta) })),
    ...(d.categories
      ? { categories: d.categories.map((x) => ({ code: x.code, name: local(x.name), from: x.a ? predicate(x.a) : null, to: x.b ? predicate(x.b) : null, change: x.change })) }
      : {}),
    diagnostics: { a: A.diagnostics.map(diagnostic), b: b.assessment.diagnostics.map(diagnostic) },
  };
}

export function renderDiffJson(a: DiffInput, b: DiffInput, d: DiffResult): string {
  return JSON.stringify(diffObject(a, b, d), null, 2) + '\n';
}
