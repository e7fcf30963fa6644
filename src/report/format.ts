/**
 * Formatting shared by every renderer: numbers, percentages, labels in the chosen language.
 * Pure: no I/O, no colour (renderers add colour themselves).
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import type { LocalText } from '../rubric/types.js';
import type { Assessment, NodeResult, Predicate, ValueTrace } from '../scoring/types.js';

/** A score as exact decimal text (288.5, 37.5, 5.625); repeating values to at most 4 places. */
export function num(value: Dec | null | undefined, maxDecimals = 4): string {
  return value ? value.toString({ maxDecimals }) : '–';
}

/** A percentage with one decimal (`94.0`), from a 0..100 Dec; `–` when undefined. */
export function pct(value: Dec | null | undefined, decimals = 1): string {
  return value ? value.toString({ fixed: decimals }) : '–';
}

/** A 0..1 ratio as a percentage with one decimal. */
export function ratioPct(value: Dec | null | undefined, decimals = 1): string {
  return value ? value.mul(HUNDRED).toString({ fixed: decimals }) : '–';
}

export function text(t: LocalText | undefined, lang: Lang): string {
  return t ? t[lang] || t.id : '';
}

/** `III Baik` / `III Good`; out-of-range labels as they are. */
export function predicateText(p: Predicate, lang: Lang): string {
  const label = text(p.label, lang);
  return p.kind === 'band' && label !== p.code ? `${p.code} ${label}` : label || p.code;
}

/** Top-level aspects (children of the root). */
export function aspects(a: Assessment): NodeResult[] {
  return a.root.children ?? [];
}

/**
 * What-if: the file's value that an `--assume` value took the place of — the verified value it
 * replaced (`trace.replaced`), else the self-assessed value that counted; undefined when the
 * leaf's value was not assumed or the file had none.
 */
export function previousValue(leaf: NodeResult): ValueTrace | undefined {
  const t = leaf.trace;
  return t?.verified?.assumed ? (t.replaced ?? t.self) : undefined;
}

/** The `--assume` values, each with the file's value it took the place of (see previousValue). */
export function assumptionsWithPrevious(a: Assessment): { code: string; value: string; previous?: ValueTrace }[] {
  const byCode = new Map<string, NodeResult>();
  for (const n of nodes(a.root)) if (n.kind === 'leaf' && !byCode.has(n.code)) byCode.set(n.code, n);
  return a.assumptions.map((x) => {
    const leaf = byCode.get(x.code);
    const previous = leaf ? previousValue(leaf) : undefined;
    return previous ? { ...x, previous } : { ...x };
  });
}

/** Every node depth-first (root excluded). */
export function* nodes(root: NodeResult): Generator<NodeResult> {
  for (const child of root.children ?? []) {
    yield child;
    yield* nodes(child);
  }
}


const HUNDRED = Dec.int(100);

/**
 * Text a spreadsheet would run as a formula: it starts with =, +, -, @, tab or CR, or with
 * spaces/newlines and then one of =, +, -, @. CSV and XLSX output prefix such text with `'`.
 */
export const FORMULA_START = /^[=+\-@\t\r]|^[ \n]+[=+\-@]/;

/** Neutralises text that came from evidence or names so no spreadsheet runs it as a formula. */
export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}
