/**
 * `merit gap` output: text (terminal) and JSON (`merit-gap/1`, schemas/merit-gap-1.schema.json).
 * Pure: a GapResult and the assessment it came from in, a string out.
 */
import type { Lang } from '../diagnostics.js';
import type { GapChange, GapResult, GapTarget, GapTotals } from '../scoring/gap.js';
import type { Assessment } from '../scoring/types.js';
import { cellName, headerLines, labelled, paragraph, signed, table, start, type AnalysisTextOptions } from './analysis-text.js';
import { num, predicateText, text } from './format.js';
import { analysisHead } from './analysis-json.js';
import { compact, diagnostic, local, n, predicate, ref, type Obj } from './json.js';
import { analysisWords } from '../i18n/index.js';
import { visibleAll } from '../i18n/visible.js';

export const GAP_SCHEMA = 'merit-gap/1';

function targetText(t: GapTarget, lang: Lang): string {
  const w = analysisWords(lang);
  const label = predicateText({ code: t.code, label: t.label, kind: t.kind }, lang);
  return t.edge ? `${label} (${w.edge(num(t.edge.value), t.edge.inclusive)})` : label;
}

export function renderGapText(a: Assessment, g: GapResult, o: AnalysisTextOptions): string {
  // Text from files and rubrics reaches the terminal with its control characters made visible.
  [a, g] = visibleAll(a, g);
  const { width, c, w, u } = start(o);
  const out = headerLines(w.gapTitle, a, o.lang, width, c);
  out.push('');

  const pairs: [string, string][] = [[u.score, `${u.outOf(num(g.current.score), num(g.current.max))} · ${predicateText(g.current.predicate, o.lang)}`]];
  if (g.target) pairs.push([w.target, targetText(g.target, o.lang)]);
  if (g.missing && g.status !== 'already') pairs.push([w.missing, w.pointsOf(num(g.missing))]);
  out.push(...labelled(pairs, width, c));
  out.push('');

  const total = (t: GapTotals): string => `${num(t.score)} · ${predicateText(t.predicate, o.lang)}`;
  switch (g.status) {
    case 'top':
      out.push(...paragraph(w.top(predicateText(g.current.predicate, o.lang)), width));
      break;
    case 'already':
      out.push(...paragraph(w.already(num(g.current.score), targetText(g.target!, o.lang)), width, c.green));
      break;
    case 'unreachable': {
      const short = g.target?.edge && g.target.edge.value.gt(g.best.score) ? num(g.target.edge.value.sub(g.best.score)) : undefined;
      out.push(...paragraph(w.unreachable(total(g.best), short), width, c.yellow));
      break;
    }
    case 'reachable': {
      const criteria = g.changes.length;
      const how = g.optimal ? w.optimal : g.stepsMinimal ? w.v2.stepsMinimal : w.bestEffort;
      out.push(...paragraph(`${w.smallest(g.steps, criteria)} (${how})`, width, g.optimal || g.stepsMinimal ? c.bold : c.yellow));
      const rows = g.changes.map((x) => [
        x.code,
        text(x.name, o.lang),
        x.ref ? cellName(x.ref, a.input.sheet) : w.noRow,
        w.columnWord[x.column],
        `${x.from ?? '–'} → ${x.to}`,
        x.gain ? signed(x.gain) : '–',
      ]);
      const gain = g.after!.unrounded.sub(g.current.unrounded);
      out.push(
        ...table(
          [
            { head: u.code },
            { head: w.criterion, flex: true, min: 10 },
            { head: u.cell },
            { head: w.column, drop: 1 },
            { head: u.level },
            { head: u.points, align: 'right' },
          ],
          rows,
          width,
          c,
          ['', w.sumRow(g.steps), '', '', '', signed(gain)],
        ),
      );
      out.push(...requirementLines(g.changes, o.lang, width, c));
      out.push('');
      const after = g.after!;
      const rounded = after.unrounded.eq(after.score) ? '' : ` (${w.beforeRounding(num(after.unrounded))})`;
      out.push(...paragraph(`${w.after}: ${total(after)}${rounded}`, width, c.bold));
      break;
    }
  }

  const notes: string[] = [];
  if (g.status === 'reachable' || g.status === 'unreachable') notes.push(w.onlyLevels);
  const other = g.fixed.filter((f) => f.reason === 'not-levels');
  const errors = g.fixed.filter((f) => f.reason === 'error');
  if (other.length) notes.push(w.fixedOther(other.map((f) => `${f.code} (${f.kind})`).join(', ')));
  if (errors.length) notes.push(w.fixedError(errors.map((f) => f.code).join(', ')));
  if (g.notApplicable?.length) notes.push(w.v2.notApplicableSkipped(g.notApplicable.join(', ')));
  if (notes.length) {
    out.push('');
    for (const note of notes) out.push(...paragraph(note, width, c.dim));
  }
  return out.join('\n') + '\n';
}

/** v2: what each raised level asks for, one line per change (`P1 → 4: …`); none for v1 changes. */
export function requirementLines(changes: GapChange[], lang: Lang, width: number, c: AnalysisTextOptions['color']): string[] {
  const w = analysisWords(lang);
  const out: string[] = [];
  for (const x of changes) {
    if (!x.requirement) continue;
    out.push(...paragraph(`${x.code} → ${x.to}: ${w.v2.requirement}: ${text(x.requirement, lang)}`, width, c.dim, '  ', '    '));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

/** One change of a `merit-gap/1` document. */
export function changeObject(x: GapChange): Obj {
  return compact({
    code: x.code,
    name: local(x.name),
    column: x.column,
    ref: x.ref ? ref(x.ref) : undefined,
    from: x.from,
    to: x.to,
    steps: x.steps,
    fromPoints: n(x.fromPoints),
    toPoints: n(x.toPoints),
    gain: x.gain ? n(x.gain) : null,
    requirement: x.requirement ? local(x.requirement) : undefined,
  });
}

export function totals(t: GapTotals): Obj {
  return { score: n(t.score), unroundedScore: n(t.unrounded), predicate: predicate(t.predicate) };
}

/** The `merit-gap/1` object (key order as written). */
export function gapObject(a: Assessment, g: GapResult): Obj {
  return {
    ...analysisHead(GAP_SCHEMA, a),
    status: g.status,
    current: { ...totals(g.current), max: n(g.current.max) },
    target: g.target
      ? compact({
          code: g.target.code,
          label: local(g.target.label),
          kind: g.target.kind,
          edge: g.target.edge ? { value: n(g.target.edge.value), inclusive: g.target.edge.inclusive } : undefined,
        })
      : null,
    missing: g.missing ? n(g.missing) : null,
    method: g.method,
    optimal: g.optimal,
    ...(g.stepsMinimal ? { stepsMinimal: true } : {}),
    ...(g.searchLimit ? { searchLimit: { ...g.searchLimit } } : {}),
    evaluations: g.evaluations,
    candidates: g.candidates,
    steps: g.steps,
    changes: g.changes.map(changeObject),
    after: g.after ? totals(g.after) : null,
    best: totals(g.best),
    fixed: g.fixed.map((f) => ({ code: f.code, name: local(f.name), kind: f.kind, reason: f.reason })),
    ...(g.notApplicable ? { notApplicable: [...g.notApplicable] } : {}),
    diagnostics: a.diagnostics.map(diagnostic),
  };
}

export function renderGapJson(a: Assessment, g: GapResult): string {
  return JSON.stringify(gapObject(a, g), null, 2) + '\n';
}
