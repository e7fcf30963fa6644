/**
 * Rubric language v2 results in words, for every renderer (docs/rubric-v2.md "Downstream"): the
 * profile answers, per-node categories, why a node does not apply, a composite's terms, an
 * incomplete composite, the nominal figure and a capped predicate.
 *
 * Pure: plain text, no colour and no escaping (each renderer escapes for where the text lands).
 * Every helper gives nothing for an assessment without v2 results, so v1 reports keep their bytes.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { quoteSheet } from '../diagnostics.js';
import type { CellRef } from '../evidence/types.js';
import type { Condition } from '../rubric/types.js';
import type { Assessment, NodeResult, Predicate } from '../scoring/types.js';
import { nodes, num, predicateText, text } from './format.js';
import { ui } from '../i18n/index.js';

const V2_AGGREGATES = new Set(['mean', 'max', 'min', 'composite']);
const V2_KINDS = new Set(['number', 'ratio', 'deduction']);

/** A node carries a v2 result (a category, a reason it does not apply, a coefficient, …). */
export function nodeIsV2(n: NodeResult): boolean {
  return (
    n.category !== undefined ||
    n.notApplicable !== undefined ||
    n.coefficient !== undefined ||
    n.incomplete !== undefined ||
    n.unrounded !== undefined ||
    n.status === 'incomplete' ||
    (n.aggregate !== undefined && V2_AGGREGATES.has(n.aggregate)) ||
    (n.trace !== undefined && V2_KINDS.has(n.trace.kind))
  );
}

/**
 * The assessment has v2 results: the renderers then add their v2 columns and sections. A v1
 * assessment never has any, so its reports stay byte for byte as they were.
 */
export function isV2(a: Assessment): boolean {
  if (a.profile?.length || a.nominal || a.incomplete || a.rubric.base || a.predicate.capped) return true;
  return nodeIsV2(a.root) || [...nodes(a.root)].some(nodeIsV2);
}

/** The node with this code (the root included), depth-first. */
export function findNode(root: NodeResult, code: string): NodeResult | undefined {
  if (root.code === code) return root;
  for (const c of nodes(root)) if (c.code === code) return c;
  return undefined;
}

/** `A2 Protection`, or the code alone when the tree has no such node. */
export function nodeLabel(a: Assessment, code: string, lang: Lang): string {
  const n = findNode(a.root, code);
  const name = n ? text(n.name, lang) : '';
  return name && name !== code ? `${code} ${name}` : code;
}

/** A cell as reports name it: `C6`, or `'Other sheet'!C6` when it is not the input's sheet. */
export function cellName(ref: CellRef | undefined, sheet: string | undefined): string {
  if (!ref) return '';
  return ref.sheet !== undefined && ref.sheet !== sheet ? `${quoteSheet(ref.sheet)}!${ref.cell}` : ref.cell;
}

// ---------------------------------------------------------------------------------------------
// Profile

export interface ProfileLine {
  code: string;
  /** The question's label. */
  question: string;
  /** The answer's label, or what was written when it is no allowed answer, or "unanswered". */
  answer: string;
  /** The matched answer's stable value; null when unanswered or not allowed. */
  value: string | null;
  /** Where it was written: a cell, `--profile`, `--assume`; '' when nowhere. */
  where: string;
  ok: boolean;
}

/** The profile answers in rubric order (empty for a v1 assessment). */
export function profileLines(a: Assessment, lang: Lang): ProfileLine[] {
  const w = ui(lang).v2;
  return (a.profile ?? []).map((p) => {
    const answer = p.answer ? text(p.answer, lang) : p.raw !== undefined ? w.unknownAnswer(p.raw) : w.unanswered;
    const where = p.source === 'option' || p.source === 'assume' ? w.profileSource[p.source] : cellName(p.ref, a.input.sheet);
    return { code: p.code, question: text(p.label, lang), answer, value: p.value, where, ok: p.value !== null };
  });
}

// ---------------------------------------------------------------------------------------------
// Not applicable

/**
 * The not-applicable nodes that carry a reason, outermost only (a subtree that does not apply is
 * one entry), in rubric order.
 */
export function notApplicableNodes(a: Assessment): NodeResult[] {
  const out: NodeResult[] = [];
  const visit = (n: NodeResult): void => {
    for (const c of n.children ?? []) {
      if (c.status === 'not-applicable' && c.notApplicable) out.push(c);
      else visit(c);
    }
  };
  visit(a.root);
  return out;
}

/**
 * Why a node does not apply, in words: `applies when Agency type: Central agency; here: Regency/
 * city (C6)`, or `declared not applicable: "TB" in C11 (no cases)`. Undefined for a node that
 * applies, or one without a recorded reason (a v1 record rubric's condition).
 */
export function notApplicableText(n: NodeResult, a: Assessment, lang: Lang): string | undefined {
  const na = n.notApplicable;
  if (!na) return undefined;
  const w = ui(lang).v2;
  const where = cellName(na.ref, a.input.sheet);
  if (na.reason === 'declared') {
    const why = [n.trace?.notes, n.trace?.evidence].filter((s): s is string => !!s && s.trim() !== '').join(' · ');
    return w.declared(na.value ?? '', where) + (why ? ` (${why})` : '');
  }
  const c = na.condition;
  if (!c) return w.notApplicable;
  const { subject, values, here } = conditionWords(c, na.value, a, lang);
  const rule = c.in ? w.appliesWhen(subject, values(c.in)) : w.appliesUnless(subject, values(c.notIn ?? []));
  const seen = here ?? w.unanswered;
  return `${rule}; ${w.here(where ? `${seen} (${where})` : seen)}`;
}

/** The subject of a condition, its values and the value found, in the report's language. */
function conditionWords(c: Condition, value: string | undefined, a: Assessment, lang: Lang): { subject: string; values: (list: string[]) => string; here: string | undefined } {
  const w = ui(lang).v2;
  const join = (list: string[]): string => list.join(list.length > 2 ? ', ' : ` ${w.or} `);
  if (c.profile !== undefined) {
    const key = c.profile.toLowerCase();
    const q = a.profile?.find((p) => p.code.toLowerCase() === key);
    const label = (v: string): string => {
      const ans = q?.answers?.find((x) => x.value.toLowerCase() === v.toLowerCase());
      return ans ? text(ans.label, lang) : v;
    };
    const given = q?.source === 'option' || q?.source === 'assume' ? ` (${w.profileSource[q.source]})` : '';
    const here = q?.answer ? text(q.answer, lang) + given : value;
    return { subject: q ? text(q.label, lang) : c.profile, values: (list) => join(list.map(label)), here };
  }
  if (c.criterion !== undefined) return { subject: nodeLabel(a, c.criterion, lang), values: join, here: value };
  return { subject: w.column(c.column ?? ''), values: join, here: value };
}

// ---------------------------------------------------------------------------------------------
// Composites

export interface Term {
  node: NodeResult;
  coefficient: Dec;
  /** coefficient × score: what the term adds to the composite. */
  product: Dec;
  /** `0.75 × 0.73 = 0.5475`, or `− 0.05` for a deduction, or the not-applicable word. */
  text: string;
  /** A deduction's reason (its row's notes and evidence). */
  reason?: string;
  deduction: boolean;
  applies: boolean;
  /** A required input with no evidence (the composite is incomplete). */
  missing: boolean;
}

/** A composite's numbers with up to 6 decimals, so its terms add up as written (0.25 × 0.785 = 0.19625). */
export function exact(d: Dec): string {
  return num(d, 6);
}

/** The composite nodes (root first, then depth-first). */
export function compositeNodes(a: Assessment): NodeResult[] {
  return [a.root, ...nodes(a.root)].filter((n) => n.aggregate === 'composite');
}

/** A composite's terms, one per child. */
export function compositeTerms(n: NodeResult, lang: Lang): Term[] {
  const w = ui(lang).v2;
  return (n.children ?? []).map((c): Term => {
    const k = c.coefficient ?? Dec.ONE;
    const product = k.mul(c.score);
    const applies = c.status !== 'not-applicable';
    const missing = n.incomplete?.missing.includes(c.code) ?? false;
    const deduction = c.trace?.kind === 'deduction';
    const reason = deduction ? [c.trace?.notes, c.trace?.evidence].filter((s): s is string => !!s && s.trim() !== '').join(' · ') || undefined : undefined;
    let t: string;
    if (!applies) t = w.notApplicable.toLowerCase();
    else if (missing) t = ui(lang).noEvidence;
    else if (deduction && k.eq(Dec.ONE)) t = `− ${exact(c.score.abs())}`;
    else t = `${exact(k)} × ${exact(c.score)} = ${exact(product)}`;
    return { node: c, coefficient: k, product, text: t, ...(reason ? { reason } : {}), deduction, applies, missing };
  });
}

/** `= 0.6975`: the sum of a composite's terms (its score before its own rounding). */
export function compositeSum(n: NodeResult): Dec {
  return Dec.sum((n.children ?? []).filter((c) => c.status !== 'not-applicable').map((c) => (c.coefficient ?? Dec.ONE).mul(c.score)));
}

/** The warning for an incomplete composite node: `NI Index is incomplete: it needs SUR Survey; showing MAT Maturity instead.` */
export function incompleteText(n: Pick<NodeResult, 'code' | 'incomplete'>, a: Assessment, lang: Lang): string | undefined {
  if (!n.incomplete) return undefined;
  const missing = n.incomplete.missing.map((m) => nodeLabel(a, m, lang)).join(', ');
  return ui(lang).v2.incomplete(nodeLabel(a, n.code, lang), missing, nodeLabel(a, n.incomplete.fallback, lang));
}

/** The assessment's incomplete warning (its total is a composite missing an input). */
export function totalIncompleteText(a: Assessment, lang: Lang): string | undefined {
  return a.incomplete ? incompleteText({ code: a.incomplete.code, incomplete: a.incomplete }, a, lang) : undefined;
}

/**
 * How a v2 `mean`, `max` or `min` group combined its children: `mean of the 2 applicable items`,
 * `best of: A1 Planning` (by weight × score, as the scorer chooses); undefined for other groups.
 */
export function aggregateText(n: NodeResult, a: Assessment, lang: Lang): string | undefined {
  const w = ui(lang).v2.aggregateRule;
  const counted = (n.children ?? []).filter((c) => c.status !== 'not-applicable' && c.status !== 'excluded' && c.max.gt(Dec.ZERO));
  if (n.aggregate === 'mean') return w.mean(counted.length);
  if (n.aggregate !== 'max' && n.aggregate !== 'min') return undefined;
  let pick: NodeResult | undefined;
  for (const c of counted) {
    const v = c.weight.mul(c.score);
    const best = pick ? pick.weight.mul(pick.score) : undefined;
    if (!best || (n.aggregate === 'max' ? v.gt(best) : v.lt(best))) pick = c;
  }
  return pick ? w[n.aggregate](nodeLabel(a, pick.code, lang)) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Totals, categories, caps

/** `70 %`: the nominal figure with its unit; undefined without one. */
export function nominalText(a: Assessment): string | undefined {
  if (!a.nominal) return undefined;
  return `${num(a.nominal.value)}${a.nominal.unit ? ` ${a.nominal.unit}` : ''}`;
}

/** The nominal figure's label: `Index as a percentage`. */
export function nominalLabel(a: Assessment, lang: Lang): string {
  return a.nominal ? text(a.nominal.label, lang) || ui(lang).v2.nominal : '';
}

/** A category as a table shows it: its label (the code is for gates), else its code. */
export function categoryText(p: Predicate, lang: Lang): string {
  return text(p.label, lang) || p.code;
}

/** A band's words by its code: from the rubric's scale, else from any node's category, else the code. */
function bandWords(a: Assessment, code: string, lang: Lang): string {
  const b = a.scale.bands.find((x) => x.code === code);
  if (b) return predicateText({ code: b.code, label: b.label, kind: 'band' }, lang);
  for (const n of [a.root, ...nodes(a.root)]) if (n.category?.code === code) return predicateText(n.category, lang);
  return code;
}

/** `would be TINGGI High, but A2 Protection is below MENENGAH Intermediate`; undefined when not capped. */
export function cappedText(p: Predicate, a: Assessment, lang: Lang): string | undefined {
  if (!p.capped) return undefined;
  const c = p.capped;
  return ui(lang).v2.capped(bandWords(a, c.from, lang), c.children.map((x) => nodeLabel(a, x, lang)), bandWords(a, c.atLeast, lang));
}

/** Some node below the root has a category: the tables get a category column. */
export function hasCategories(a: Assessment): boolean {
  return [...nodes(a.root)].some((n) => n.category !== undefined);
}

/**
 * The rows of an aspect table for a v2 assessment: every top-level node, and below it every group
 * that has a category (indented by depth), so that per-aspect categories under a composite root
 * are seen without --verbose.
 */
export function categorisedRows(a: Assessment): NodeResult[] {
  const out: NodeResult[] = [];
  const visit = (n: NodeResult): void => {
    for (const c of n.children ?? []) {
      if (c.depth === 1 || (c.kind === 'group' && c.category)) out.push(c);
      if (c.kind === 'group') visit(c);
    }
  };
  visit(a.root);
  return out;
}
