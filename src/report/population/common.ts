/**
 * Record assessments (a population of employees): the parts every renderer adds for them — the
 * population summary, the distribution over bands, and a breakdown table per group-by column.
 * The per-dimension means are the assessment's top-level nodes, which each renderer already
 * shows as its aspect table.
 *
 * One module per format beside this one, each pure: text lines, Markdown lines, a CSV document,
 * HTML sections, the JSON object (merit-report/1 `population`) and the XLSX sheet. Here: the
 * words and numbers they share.
 */
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import type { PopulationBreakdown, PopulationSummary } from '../../scoring/types.js';
import { num, text } from '../format.js';
import type { UiWords } from '../../i18n/index.js';

export const HUNDRED = Dec.int(100);

/** A count's share of the scored records, as a percentage with one decimal. */
export function sharePct(share: Dec | null): string {
  return share ? share.mul(HUNDRED).toString({ fixed: 1 }) : '–';
}

/** A mean with at most two decimals, for tables (the exact means are in the JSON report). */
export function mean2(d: Dec | null | undefined): string {
  return d ? num(d, 2) : '–';
}

/** The first line of the summary: `28 of 30 rows scored · 2 not scored · 1 repeated NIP`. */
export function populationLine(p: PopulationSummary, w: UiWords, lang: Lang): string {
  const parts = [w.population.scored(p.scored, p.rows)];
  if (p.skipped > 0) parts.push(w.population.skipped(p.skipped));
  if (p.duplicates.count > 0) parts.push(w.population.duplicates(p.duplicates.count, p.recordId ? text(p.recordId.header, lang) : 'id', p.duplicates.estimated));
  return parts.join(' · ');
}

/** `Mean 69.566667 · lowest 11.75 · highest 100` */
export function statsLine(p: PopulationSummary, w: UiWords): string {
  const x = w.population;
  return [`${x.mean} ${num(p.mean, 6)}`, `${x.lowest} ${num(p.min)}`, `${x.highest} ${num(p.max)}`].join(' · ');
}

export function breakdownTitle(b: PopulationBreakdown, w: UiWords, lang: Lang): string {
  return w.population.by(text(b.header, lang));
}

/** The dimension columns of the breakdown tables: the top-level nodes' codes. */
export function dimensionCodes(p: PopulationSummary): string[] {
  return p.dimensions.map((d) => d.code);
}
