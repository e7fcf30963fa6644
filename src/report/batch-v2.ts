/**
 * Rubric language v2 results in the batch summaries (batch-*.ts): which nodes carry categories,
 * each file's categories, its nominal figure, and whether its total is an incomplete composite.
 * Only a batch with v2 results gets the columns and sections built from these, so a v1 batch
 * summary keeps its bytes.
 */
import type { Lang } from '../diagnostics.js';
import type { BatchResult } from '../scoring/batch.js';
import type { Assessment, Predicate } from '../scoring/types.js';
import { nodes, num } from './format.js';
import { ui } from '../i18n/index.js';
import { categoryText, isV2, nodeLabel } from './v2.js';

/** Some scored file of the batch has v2 results. */
export function batchIsV2(r: BatchResult): boolean {
  return r.items.some((i) => i.assessment !== undefined && isV2(i.assessment));
}

/** The codes of the nodes that carry a category in any file, in rubric order (first file's order first). */
export function categoryCodes(r: BatchResult): string[] {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const i of r.items) {
    if (!i.assessment) continue;
    for (const n of nodes(i.assessment.root)) {
      if (n.category && !seen.has(n.code)) {
        seen.add(n.code);
        codes.push(n.code);
      }
    }
  }
  return codes;
}

/** A file's category of one node (undefined when that node has none there: not applicable, say). */
export function categoryOf(a: Assessment, code: string): Predicate | undefined {
  for (const n of nodes(a.root)) if (n.code === code) return n.category;
  return undefined;
}

/** `73 %`: a file's nominal figure with its unit, or ''. */
export function nominalCell(a: Assessment | undefined): string {
  if (!a?.nominal) return '';
  return `${num(a.nominal.value)}${a.nominal.unit ? ` ${a.nominal.unit}` : ''}`;
}

/** `belum lengkap: SUR Survei…` for a file whose total is an incomplete composite; '' otherwise. */
export function incompleteCell(a: Assessment | undefined, lang: Lang): string {
  if (!a?.incomplete) return '';
  return `${ui(lang).v2.incompleteHead.toLowerCase()}: ${a.incomplete.missing.map((m) => nodeLabel(a, m, lang)).join(', ')}`;
}

/** One scored file's v2 line parts: its nominal figure, then `MAT Menengah`, … for every categorised node. */
export function categoryParts(a: Assessment, codes: readonly string[], lang: Lang): string[] {
  const parts: string[] = [];
  const nominal = nominalCell(a);
  if (nominal) parts.push(nominal);
  for (const c of codes) {
    const p = categoryOf(a, c);
    if (p) parts.push(`${c} ${categoryText(p, lang)}`);
  }
  return parts;
}
