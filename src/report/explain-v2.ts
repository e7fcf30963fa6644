/**
 * The v2 lines of `merit explain` (text) and their keys in `merit-explain/1` (JSON): conditions
 * and not-applicable reasons, v2 aggregations (mean, composite, best/worst-of, percent weights),
 * normalisation, node rounding, categories and band caps, the nominal figure and an incomplete
 * composite. Only v2 results carry these, so v1 output is unchanged. Pure.
 */
import type { ChalkInstance } from 'chalk';
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import type { Condition, Rounding } from '../rubric/types.js';
import type { Aggregation, Explanation } from '../scoring/explain.js';
import type { ConditionStep } from '../scoring/explain-v2.js';
import type { Assessment, Predicate } from '../scoring/types.js';
import { cellName, paragraph } from './analysis-text.js';
import { num, pct, predicateText, text } from './format.js';
import { compact, local, n, predicate, type Json, type Obj } from './json.js';
import { ui, type AnalysisWords } from '../i18n/index.js';

export function roundingText(r: Rounding | null | undefined, w: AnalysisWords): string {
  if (r === undefined) return w.roundingUnknown;
  if (r === null) return w.roundingNone;
  const mode = r.mode ?? 'half-up';
  return 'step' in r ? w.roundingStep(num(Dec.num(r.step)), mode) : w.roundingDecimals(r.decimals, mode);
}

const V2_AGGREGATES = new Set(['mean', 'max', 'min', 'composite']);

/** The aggregation is worded by this module (a v2 aggregate, percent weights or a v2 step). */
export function isV2Aggregation(g: Aggregation): boolean {
  return V2_AGGREGATES.has(g.aggregate) || g.weightUnit !== undefined || g.normalize !== undefined || g.rounding !== undefined || g.category !== undefined || g.incomplete !== undefined;
}

/** `(2/4 + 1/4) / 2`, `0.8 × 0.35 + 0.2 × 0.7 − 0.05`, `max(3, 5)`, `50% × 0.375 + …`. */
export function v2Formula(g: Aggregation): string {
  const weight = (w: Dec): string => (g.weightUnit === 'percent' ? `${num(w)}%` : num(w));
  const included = g.terms.filter((t) => t.included);
  switch (g.aggregate) {
    case 'composite': {
      if (g.incomplete) return g.incomplete.fallback;
      let s = '';
      g.terms.forEach((t, i) => {
        const k = t.coefficient ?? Dec.ONE;
        const body = k.abs().eq(Dec.ONE) ? num(t.score.abs()) : `${num(k.abs())} × ${num(t.score.abs())}`;
        const negative = k.lt(Dec.ZERO) !== t.score.lt(Dec.ZERO) && !t.score.isZero() && !k.isZero();
        const sign = negative ? '−' : '+';
        s += i === 0 ? (negative ? `− ${body}` : body) : ` ${sign} ${body}`;
      });
      return s || '0';
    }
    case 'max':
    case 'min':
      return `${g.aggregate}(${g.terms.filter((t) => t.max.gt(Dec.ZERO)).map((t) => (t.weight.eq(Dec.ONE) ? num(t.score) : `${weight(t.weight)} × ${num(t.score)}`)).join(', ')})`;
    case 'mean': {
      const body = included.length ? included.map((t) => `${num(t.score)}/${num(t.max)}`).join(' + ') : '0';
      return `(${body}) / ${num(g.weightTotal ?? Dec.ZERO)}${g.scale && !g.scale.eq(Dec.ONE) ? ` × ${num(g.scale)}` : ''}`;
    }
    case 'weightedMean': {
      const body = included.length ? included.map((t) => `${weight(t.weight)} × ${num(t.score)}/${num(t.max)}`).join(' + ') : '0';
      return `(${body}) / ${num(g.weightTotal ?? Dec.ZERO)}${g.scale && !g.scale.eq(Dec.ONE) ? ` × ${num(g.scale)}` : ''}`;
    }
    case 'sum':
      return included.length ? included.map((t) => (t.weight.eq(g.weightUnit === 'percent' ? Dec.int(100) : Dec.ONE) ? num(t.score) : `${weight(t.weight)} × ${num(t.score)}`)).join(' + ') : '0';
  }
}

function ofMax(score: Dec, max: Dec, percent: Dec | null, lang: Lang): string {
  return `${ui(lang).outOf(num(score), num(max))}${percent ? ` (${pct(percent)}%)` : ''}`;
}

/** `category B Baik (0.6 ≤ nilai < 0.8)`, with a band cap's reason. */
export function categoryText(c: NonNullable<Aggregation['category']>, w: AnalysisWords, lang: Lang): string {
  const b = c.band;
  const range = b
    ? w.bandRange(b.min !== undefined ? num(Dec.num(b.min)) : undefined, b.minInclusive !== false, b.max !== undefined ? num(Dec.num(b.max)) : undefined, b.maxInclusive === true)
    : '–';
  return w.v2.category(predicateText(c.predicate, lang), range) + cappedText(c.predicate, w);
}

export function cappedText(p: Predicate, w: AnalysisWords): string {
  return p.capped ? `; ${w.v2.capped(p.capped.from, p.capped.children.join(', '), p.capped.atLeast, p.capped.of)}` : '';
}

/** The lines of a v2 aggregation: formula = raw, cap, normalisation, rounding, = result, category. */
export function v2AggregationLines(g: Aggregation, w: AnalysisWords, lang: Lang, width: number, indent: string): string[] {
  const hang = indent + '    ';
  const lines: string[] = [];
  const raw = g.uncapped;
  lines.push(...paragraph(`${v2Formula(g)}${raw !== undefined ? ` = ${num(raw)}` : ''}`, width, undefined, indent, hang));
  if (g.incomplete) lines.push(...paragraph(w.v2.incomplete(g.incomplete.missing.join(', '), g.incomplete.fallback), width, undefined, indent, hang));
  if (g.cap !== undefined) lines.push(...paragraph(g.capApplied ? w.capApplied(num(g.cap), raw !== undefined ? num(raw) : '…') : w.capNotReached(num(g.cap)), width, undefined, indent, hang));
  if (g.normalize) lines.push(...paragraph(w.v2.normalised(num(g.normalize.score), num(g.normalize.max), num(g.normalize.to), num(g.normalize.result)), width, undefined, indent, hang));
  if (g.rounding) lines.push(...paragraph(w.v2.nodeRounding(num(g.rounding.from), num(g.rounding.to), roundingText(g.rounding.rule, w)), width, undefined, indent, hang));
  lines.push(...paragraph(`= ${ofMax(g.score, g.max, g.percent, lang)}`, width, undefined, indent, hang));
  if (g.category) lines.push(...paragraph(categoryText(g.category, w, lang), width, undefined, indent, hang));
  return lines;
}

function subjectText(c: Condition, a: Assessment, w: AnalysisWords, lang: Lang): string {
  if (c.profile !== undefined) {
    const q = a.profile?.find((p) => p.code === c.profile);
    return w.v2.profileSubject(c.profile, q ? text(q.label, lang) : c.profile);
  }
  if (c.criterion !== undefined) return w.v2.criterionSubject(c.criterion);
  return w.v2.columnSubject(c.column ?? '');
}

export function conditionText(s: Pick<ConditionStep, 'condition' | 'value'>, a: Assessment, w: AnalysisWords, lang: Lang): string {
  const c = s.condition;
  const op = c.in ? 'in' : 'notIn';
  const values = (c.in ?? c.notIn ?? []).join(', ');
  return w.v2.conditionWhy(subjectText(c, a, w, lang), op, values, s.value);
}

/** The conditions on the path and, when the node does not apply, why. */
export function applicabilityLines(e: Explanation, a: Assessment, w: AnalysisWords, lang: Lang, width: number, c: ChalkInstance): string[] {
  const out: string[] = [];
  if (e.notApplicable) {
    const why = e.notApplicable.why;
    const reason =
      why.reason === 'declared'
        ? w.v2.declaredWhy(why.value ?? '', why.ref ? cellName(why.ref, a.input.sheet) : undefined)
        : conditionText({ condition: why.condition ?? {}, ...(why.value !== undefined ? { value: why.value } : {}) }, a, w, lang);
    out.push(...paragraph(`${w.v2.notApplicableHead} (${e.notApplicable.code}): ${reason}`, width, c.bold));
    out.push(...paragraph(w.v2.leftOut, width, c.dim, '  ', '  '));
  }
  for (const s of e.conditions ?? []) {
    if (e.notApplicable && !s.holds && s.code === e.notApplicable.code) continue;
    out.push(...paragraph(`${s.holds ? '✓' : '✗'} ${s.code}: ${conditionText(s, a, w, lang)}`, width, s.holds ? undefined : c.yellow, '  ', '    '));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

const roundingObject = (r: Rounding): Obj => ('step' in r ? { step: r.step, mode: r.mode ?? 'half-up' } : { decimals: r.decimals, mode: r.mode ?? 'half-up' });

function conditionObject(c: Condition): Obj {
  return compact({ column: c.column, profile: c.profile, criterion: c.criterion, in: c.in ? [...c.in] : undefined, notIn: c.notIn ? [...c.notIn] : undefined });
}

/** The v2 keys of an aggregation object (none for a v1 one). */
export function v2AggregationKeys(g: Aggregation): Obj {
  const o: { [k: string]: Json | undefined } = {
    weightUnit: g.weightUnit,
    incomplete: g.incomplete ? { missing: [...g.incomplete.missing], fallback: g.incomplete.fallback } : undefined,
    chosen: g.chosen,
    normalize: g.normalize ? { score: n(g.normalize.score), max: n(g.normalize.max), to: n(g.normalize.to), result: n(g.normalize.result) } : undefined,
    rounding: g.rounding ? { from: n(g.rounding.from), to: n(g.rounding.to), rule: roundingObject(g.rounding.rule) } : undefined,
    category: g.category ? predicate(g.category.predicate) : undefined,
  };
  return compact(o);
}

/** The v2 keys of the explanation (none for a v1 one). */
export function v2ExplainKeys(e: Explanation): Obj {
  return compact({
    conditions: e.conditions?.map((s) => compact({ code: s.code, condition: conditionObject(s.condition), holds: s.holds, value: s.value })),
    notApplicable: e.notApplicable
      ? compact({
          code: e.notApplicable.code,
          reason: e.notApplicable.why.reason,
          condition: e.notApplicable.why.condition ? conditionObject(e.notApplicable.why.condition) : undefined,
          value: e.notApplicable.why.value,
          ref: e.notApplicable.why.ref ? { ...(e.notApplicable.why.ref.sheet !== undefined ? { sheet: e.notApplicable.why.ref.sheet } : {}), cell: e.notApplicable.why.ref.cell } : undefined,
        })
      : undefined,
    steps: e.leafSteps
      ? compact({
          rounding: e.leafSteps.rounding ? { from: n(e.leafSteps.rounding.from), to: n(e.leafSteps.rounding.to), rule: roundingObject(e.leafSteps.rounding.rule) } : undefined,
          category: e.leafSteps.category ? predicate(e.leafSteps.category.predicate) : undefined,
        })
      : undefined,
  });
}

/** The v2 keys of `total` (none for a v1 explanation). */
export function v2TotalKeys(e: Explanation): Obj {
  const t = e.total;
  return compact({
    nominal: t.nominal ? compact({ value: n(t.nominal.value), label: local(t.nominal.label), unit: t.nominal.unit }) : undefined,
    incomplete: t.incomplete ? { code: t.incomplete.code, missing: [...t.incomplete.missing], fallback: t.incomplete.fallback } : undefined,
  });
}
