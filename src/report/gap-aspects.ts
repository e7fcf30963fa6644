/**
 * `merit gap --target-aspects BAND` output: text, and JSON (`merit-gap/1` with an `aspects`
 * object; the top-level fields hold every change with its gain to the total). Pure.
 */
import type { Lang } from '../diagnostics.js';
import type { AspectGap, AspectsGapResult, AspectState } from '../scoring/gap-aspects.js';
import type { Assessment } from '../scoring/types.js';
import { analysisHead } from './analysis-json.js';
import { cellName, headerLines, labelled, paragraph, signed, start, table, type AnalysisTextOptions } from './analysis-text.js';
import { num, predicateText, text } from './format.js';
import { changeObject, GAP_SCHEMA, requirementLines, totals } from './gap.js';
import { compact, diagnostic, local, n, predicate, type Obj } from './json.js';

const stateText = (s: AspectState, lang: Lang): string => `${predicateText(s.category, lang)} ${num(s.score)}`;

export function renderGapAspectsText(a: Assessment, g: AspectsGapResult, o: AnalysisTextOptions): string {
  const { width, c, w, u } = start(o);
  const v = w.v2;
  const out = headerLines(v.aspectsTitle, a, o.lang, width, c);
  out.push('');
  out.push(
    ...labelled(
      [
        [u.score, `${u.outOf(num(g.current.score), num(g.current.max))} · ${predicateText(g.current.predicate, o.lang)}`],
        [w.target, v.aspectsTarget(g.aspects[0] ? predicateText({ code: g.aspects[0].target.code, label: g.aspects[0].target.label, kind: 'band' }, o.lang) : g.band)],
      ],
      width,
      c,
    ),
  );
  out.push('');
  if (g.status === 'already') out.push(...paragraph(v.allAlready(g.band), width, c.green));
  else if (g.status === 'unreachable') out.push(...paragraph(v.someUnreachable, width, c.yellow));
  else {
    const how = g.optimal ? w.optimal : w.bestEffort;
    out.push(...paragraph(`${w.smallest(g.steps, g.changes.length)} (${how})`, width, g.optimal ? c.bold : c.yellow));
  }

  for (const x of g.aspects) out.push('', ...aspectLines(a, x, o, width));

  if (g.status === 'reachable' && g.after) {
    out.push('');
    const after = g.after;
    const rounded = after.unrounded.eq(after.score) ? '' : ` (${w.beforeRounding(num(after.unrounded))})`;
    out.push(...paragraph(`${v.totalAfter}: ${num(after.score)} · ${predicateText(after.predicate, o.lang)}${rounded}`, width, c.bold));
  }

  const notes: string[] = [v.aspectsRule];
  if (g.joint) notes.push(v.joint);
  const other = g.fixed.filter((f) => f.reason === 'not-levels');
  const errors = g.fixed.filter((f) => f.reason === 'error');
  if (other.length) notes.push(w.fixedOther(other.map((f) => `${f.code} (${f.kind})`).join(', ')));
  if (errors.length) notes.push(w.fixedError(errors.map((f) => f.code).join(', ')));
  if (g.notApplicable?.length) notes.push(v.notApplicableSkipped(g.notApplicable.join(', ')));
  out.push('');
  for (const note of notes) out.push(...paragraph(note, width, c.dim));
  return out.join('\n') + '\n';
}

function aspectLines(a: Assessment, x: AspectGap, o: AnalysisTextOptions, width: number): string[] {
  const { c, w, u } = start(o);
  const v = w.v2;
  const name = text(x.name, o.lang);
  const target = predicateText({ code: x.target.code, label: x.target.label, kind: 'band' }, o.lang);
  switch (x.status) {
    case 'already':
      return paragraph(`${x.code} ${name} · ${v.aspectAlready(stateText(x.current, o.lang))}`, width, c.green);
    case 'unreachable':
      return paragraph(`${x.code} ${name} · ${target} · ${v.aspectUnreachable(stateText(x.best, o.lang))}`, width, c.yellow);
    case 'reachable': {
      const head = `${v.aspectHead(x.code, name, stateText(x.current, o.lang), stateText(x.after!, o.lang))} · ${v.stepsWord(x.steps)}`;
      const rows = x.changes.map((ch) => [
        ch.code,
        text(ch.name, o.lang),
        ch.ref ? cellName(ch.ref, a.input.sheet) : w.noRow,
        w.columnWord[ch.column],
        `${ch.from ?? '–'} → ${ch.to}`,
        ch.gain ? signed(ch.gain) : '–',
      ]);
      return [
        ...paragraph(head, width, c.bold),
        ...table(
          [
            { head: u.code },
            { head: w.criterion, flex: true, min: 10 },
            { head: u.cell },
            { head: w.column, drop: 1 },
            { head: u.level },
            { head: v.aspectGain, align: 'right' },
          ],
          rows,
          width,
          c,
        ),
        ...requirementLines(x.changes, o.lang, width, c),
      ];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

const state = (s: AspectState): Obj => ({ score: n(s.score), category: predicate(s.category) });

/** The `merit-gap/1` document of an aspects analysis (key order as written). */
export function gapAspectsObject(a: Assessment, g: AspectsGapResult): Obj {
  const methods = g.aspects.map((x) => x.method);
  const method = methods.includes('greedy') ? 'greedy' : methods.some((m) => m === 'search' || m === 'joint') ? 'search' : methods.includes('knapsack') ? 'knapsack' : 'none';
  return {
    ...analysisHead(GAP_SCHEMA, a),
    status: g.status,
    current: { ...totals(g.current), max: n(g.current.max) },
    target: null,
    missing: null,
    method,
    optimal: g.optimal,
    ...(g.searchLimit ? { searchLimit: { ...g.searchLimit } } : {}),
    evaluations: g.evaluations,
    candidates: g.candidates,
    steps: g.steps,
    changes: g.changes.map(changeObject),
    after: g.after ? totals(g.after) : null,
    best: totals(g.best),
    fixed: g.fixed.map((f) => ({ code: f.code, name: local(f.name), kind: f.kind, reason: f.reason })),
    ...(g.notApplicable ? { notApplicable: [...g.notApplicable] } : {}),
    aspects: {
      band: g.band,
      joint: g.joint,
      results: g.aspects.map((x) =>
        compact({
          code: x.code,
          name: local(x.name),
          target: compact({
            code: x.target.code,
            label: local(x.target.label),
            edge: x.target.edge ? { value: n(x.target.edge.value), inclusive: x.target.edge.inclusive } : undefined,
          }),
          status: x.status,
          current: state(x.current),
          after: x.after ? state(x.after) : undefined,
          best: state(x.best),
          method: x.method,
          optimal: x.optimal,
          candidates: x.candidates,
          steps: x.steps,
          changes: x.changes.map(changeObject),
        }),
      ),
    },
    diagnostics: a.diagnostics.map(diagnostic),
  };
}

export function renderGapAspectsJson(a: Assessment, g: AspectsGapResult): string {
  return JSON.stringify(gapAspectsObject(a, g), null, 2) + '\n';
}
