/**
 * Year over year (`merit diff 2025/ 2026/`): two batches compared agency by agency. Pure.
 *
 * Agencies are matched by subject (the agency name from the workbook or `--subject`, compared
 * without case and with runs of spaces as one); an agency whose name came from its file name, or
 * whose name is shared by two files of one side, is matched by its path below the side's common
 * folder instead. Each matched pair is compared with the one-file diff (`diffAssessments`), so the
 * predicate change and — when the rubric changed — the split of the change into a rubric effect and
 * an evidence effect are the ones `merit diff a b` gives for that pair.
 */
import { Dec } from '../decimal.js';
import type { Diagnostic } from '../diagnostics.js';
import { comparePaths } from './batch.js';
import { diffAssessments, sameRubric, type DiffOptions, type PredicateChange, type RubricSplit, type SplitUnavailable } from './diff.js';
import type { Assessment, Predicate } from './types.js';

/** One side's agency: scored (an assessment) or not (its diagnostics). */
export interface SideItem {
  input: string;
  assessment?: Assessment;
  diagnostics: Diagnostic[];
  /** Old side only: this agency's evidence scored with the new side's rubric, or why it could not be. */
  rescored?: Assessment | { unavailable: SplitUnavailable; needed?: string };
}

export interface AgencyEnd {
  input: string;
  score: Dec;
  predicate: Predicate;
}

export interface AgencyMove {
  /** How the pair was matched. */
  by: 'subject' | 'path';
  name: string;
  a: AgencyEnd;
  b: AgencyEnd;
  /** b − a of the rounded totals. */
  delta: Dec;
  change: PredicateChange;
  split?: RubricSplit;
}

export interface Transitions {
  /** Category codes in ascending order (below-range first, above-range last): rows are <a>'s, columns <b>'s. */
  codes: string[];
  labels: Predicate['label'][];
  /** counts[i][j]: agencies that went from codes[i] to codes[j]. */
  counts: number[][];
}

export interface BatchDiffResult {
  rubric: { a: string; b: string; same: boolean };
  /** Every matched agency, largest rise first (ties by name). */
  matched: AgencyMove[];
  rises: AgencyMove[];
  falls: AgencyMove[];
  /** Agencies that fell at least one category. */
  regressions: AgencyMove[];
  onlyA: { name: string; input: string; scored: boolean }[];
  onlyB: { name: string; input: string; scored: boolean }[];
  transitions: Transitions;
  /** Means over the matched agencies. */
  mean: { a: Dec | null; b: Dec | null; delta: Dec | null };
  /** When the rubric changed: the mean effects over the agencies whose split could be made. */
  split?: { agencies: number; unavailable: number; rubricEffect: Dec | null; evidenceEffect: Dec | null };
}

/** How many rises and falls are listed. */
export const MOVERS = 10;

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function split(p: string): string[] {
  return p.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/** Each input's path below the folder every input of its side shares. */
function relativePaths(items: readonly SideItem[]): Map<SideItem, string> {
  const parts = items.map((i) => split(i.input));
  let base = parts[0]?.slice(0, -1) ?? [];
  for (const p of parts.slice(1)) {
    let k = 0;
    while (k < base.length && k < p.length - 1 && base[k] === p[k]) k++;
    base = base.slice(0, k);
  }
  return new Map(items.map((i, k) => [i, parts[k]!.slice(base.length).join('/')]));
}

function nameOf(i: SideItem): string {
  return i.assessment?.subject.name ?? split(i.input).at(-1) ?? i.input;
}

/** Match keys: `s:` + the subject when it names one agency of the side, else `p:` + the relative path. */
function keys(items: readonly SideItem[]): Map<string, SideItem> {
  const rel = relativePaths(items);
  const bySubject = new Map<string, number>();
  const subject = (i: SideItem): string | undefined => (i.assessment && i.assessment.subject.source !== 'filename' ? norm(i.assessment.subject.name) : undefined);
  for (const i of items) {
    const s = subject(i);
    if (s !== undefined) bySubject.set(s, (bySubject.get(s) ?? 0) + 1);
  }
  const out = new Map<string, SideItem>();
  for (const i of items) {
    const s = subject(i);
    out.set(s !== undefined && bySubject.get(s) === 1 ? `s:${s}` : `p:${rel.get(i)!.toLowerCase()}`, i);
  }
  return out;
}

export function diffBatches(a: readonly SideItem[], b: readonly SideItem[], o: DiffOptions = {}): BatchDiffResult {
  const ka = keys(a);
  const kb = keys(b);
  const matched: AgencyMove[] = [];
  const onlyA: BatchDiffResult['onlyA'] = [];
  const onlyB: BatchDiffResult['onlyB'] = [];
  // A key unmatched by subject may still match by path (an agency renamed between years).
  const relA = relativePaths(a);
  const relB = relativePaths(b);
  const pathB = new Map<string, string>();
  for (const [k, i] of kb) pathB.set(relB.get(i)!.toLowerCase(), k);
  const usedB = new Set<string>();
  for (const [k, ia] of ka) {
    let key = kb.has(k) ? k : undefined;
    let by: AgencyMove['by'] = k.startsWith('s:') ? 'subject' : 'path';
    if (key === undefined) {
      const byPath = pathB.get(relA.get(ia)!.toLowerCase());
      if (byPath !== undefined && !ka.has(byPath)) [key, by] = [byPath, 'path'];
    }
    if (key === undefined || usedB.has(key)) {
      onlyA.push({ name: nameOf(ia), input: ia.input, scored: Boolean(ia.assessment) });
      continue;
    }
    usedB.add(key);
    const ib = kb.get(key)!;
    if (!ia.assessment || !ib.assessment) {
      // Matched, but one year could not be read: listed with the side it is missing from.
      if (ib.assessment) onlyB.push({ name: nameOf(ib), input: ib.input, scored: true });
      if (ia.assessment) onlyA.push({ name: nameOf(ia), input: ia.input, scored: true });
      continue;
    }
    const d = diffAssessments(ia.assessment, ib.assessment, ia.rescored, o);
    matched.push({
      by,
      name: ib.assessment.subject.name,
      a: { input: ia.input, score: ia.assessment.score, predicate: ia.assessment.predicate },
      b: { input: ib.input, score: ib.assessment.score, predicate: ib.assessment.predicate },
      delta: d.score,
      change: d.predicate.change,
      ...(d.split ? { split: d.split } : {}),
    });
  }
  for (const [k, ib] of kb) if (!usedB.has(k)) onlyB.push({ name: nameOf(ib), input: ib.input, scored: Boolean(ib.assessment) });
  const byName = (x: { name: string; input: string }, y: { name: string; input: string }) => comparePaths(x.name, y.name) || comparePaths(x.input, y.input);
  matched.sort((x, y) => y.delta.cmp(x.delta) || comparePaths(x.name, y.name) || comparePaths(x.b.input, y.b.input));
  onlyA.sort(byName);
  onlyB.sort(byName);
  const falls = matched.filter((m) => m.delta.lt(Dec.int(0))).reverse();
  const mean = (xs: Dec[]): Dec | null => (xs.length ? Dec.sum(xs).div(Dec.int(xs.length)) : null);
  const firstA = a.find((i) => i.assessment)?.assessment;
  const firstB = b.find((i) => i.assessment)?.assessment;
  const same = firstA && firstB ? sameRubric(firstA, firstB) : true;
  const result: BatchDiffResult = {
    rubric: { a: firstA ? `${firstA.rubric.id}@${firstA.rubric.version}` : '', b: firstB ? `${firstB.rubric.id}@${firstB.rubric.version}` : '', same },
    matched,
    rises: matched.filter((m) => m.delta.gt(Dec.int(0))).slice(0, MOVERS),
    falls: falls.slice(0, MOVERS),
    regressions: matched.filter((m) => m.change === 'down'),
    onlyA,
    onlyB,
    transitions: transitions(matched, firstB),
    mean: { a: mean(matched.map((m) => m.a.score)), b: mean(matched.map((m) => m.b.score)), delta: mean(matched.map((m) => m.delta)) },
  };
  if (!same) {
    const done = matched.filter((m) => m.split?.rubricEffect !== undefined);
    result.split = {
      agencies: done.length,
      unavailable: matched.length - done.length,
      rubricEffect: mean(done.map((m) => m.split!.rubricEffect!)),
      evidenceEffect: mean(done.map((m) => m.split!.evidenceEffect!)),
    };
  }
  return result;
}

/** The transition matrix over the categories, in the new rubric's order. */
function transitions(matched: readonly AgencyMove[], b: Assessment | undefined): Transitions {
  const order: { code: string; label: Predicate['label'] }[] = [];
  const seen = new Set<string>();
  const add = (code: string, label: Predicate['label']): void => {
    if (!seen.has(code)) {
      seen.add(code);
      order.push({ code, label });
    }
  };
  const ends = matched.flatMap((m) => [m.a.predicate, m.b.predicate]);
  for (const p of ends) if (p.kind === 'below') add(p.code, p.label);
  for (const band of b?.scale.bands ?? []) add(band.code, band.label);
  for (const p of ends) if (p.kind === 'band') add(p.code, p.label);
  for (const p of ends) add(p.code, p.label);
  const index = new Map(order.map((x, i) => [x.code, i]));
  const counts = order.map(() => order.map(() => 0));
  for (const m of matched) counts[index.get(m.a.predicate.code)!]![index.get(m.b.predicate.code)!]!++;
  return { codes: order.map((x) => x.code), labels: order.map((x) => x.label), counts };
}
