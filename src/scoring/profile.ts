/**
 * v2 agency rubrics: the profile answers and which nodes apply (docs/rubric-v2.md "Profile
 * questions", "Conditions"). Pure: the caller hands in the evidence rows by code key.
 */
import { diag, type Diagnostic } from '../diagnostics.js';
import type { EvidenceRow } from '../evidence/types.js';
import { parseBoolean } from '../rubric/kinds/boolean.js';
import { nearest } from '../rubric/suggest.js';
import { conditionKey } from '../rubric/tree.js';
import { isLeaf, type Condition, type LeafNode, type ProfileAnswer, type ProfileQuestion, type Rubric, type RubricNode } from '../rubric/types.js';
import { locate, type SourcedValue } from './evaluate.js';
import type { NotApplicable, ProfileResult } from './types.js';
import { codeKey, isEmptyValue, lookupKey, textOf } from './values.js';

/** The answer a text names: its value, either label, or an alias (compared as lookups are). */
export function matchAnswer(q: ProfileQuestion, text: string): ProfileAnswer | undefined {
  const k = lookupKey(text);
  if (k === '') return undefined;
  return q.answers.find((a) => [a.value, a.label.id, a.label.en, ...(a.aliases ?? [])].some((t) => lookupKey(t) === k));
}

const allowedAnswers = (q: ProfileQuestion): string => q.answers.map((a) => `${a.value} (${a.label.id})`).join(', ');

/** A row's value that counts: the verified column when filled, else the self-assessed one. */
export function rowValue(row: EvidenceRow | undefined): SourcedValue | undefined {
  if (!row) return undefined;
  if (row.verified && !isEmptyValue(row.verified)) return row.verified;
  if (row.level && !isEmptyValue(row.level)) return row.level;
  return undefined;
}

export interface ProfileInput {
  /** Evidence rows by `codeKey`. */
  rows: ReadonlyMap<string, EvidenceRow>;
  /** `--profile` values, then `--assume` values for profile codes (later ones win). */
  options: { code: string; value: string; source: 'option' | 'assume' }[];
  file: string;
}

/**
 * Every profile question with its answer; diagnostics for missing and unknown answers and for
 * `--profile` codes that are no question.
 */
export function resolveProfile(rubric: Rubric, input: ProfileInput): { results: ProfileResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const questions = rubric.profile ?? [];
  const byKey = new Map(questions.map((q) => [codeKey(q.code), q]));
  const given = new Map<string, { value: string; source: 'option' | 'assume' }>();
  for (const o of input.options) {
    const key = codeKey(o.code);
    if (!byKey.has(key)) {
      if (o.source === 'option') {
        const s = nearest(o.code, questions, { text: (q) => q.code, transpositions: true, accept: (d) => d <= 2 });
        diagnostics.push(diag('SCORE_PROFILE_UNKNOWN_QUESTION', 'error', { value: o.code, questions: questions.map((q) => q.code).join(', '), ...(s ? { suggestion: s.code } : {}) }, { code: o.code }));
      }
      continue;
    }
    given.set(key, o);
  }
  const results = questions.map((q): ProfileResult => {
    const key = codeKey(q.code);
    const row = input.rows.get(key);
    const fromFile = rowValue(row);
    const over = given.get(key);
    const raw = over ? over.value : fromFile ? textOf(fromFile) : '';
    const source: ProfileResult['source'] = over ? over.source : fromFile ? 'evidence' : 'none';
    const ref = !over ? (fromFile?.ref ?? row?.code.ref) : undefined;
    const r: ProfileResult = { code: q.code, label: q.label, value: null, source };
    r.answers = q.answers.map((a) => ({ value: a.value, label: a.label }));
    if (raw !== '') r.raw = raw;
    if (ref) r.ref = ref;
    if (over && fromFile && textOf(fromFile) !== '') {
      diagnostics.push(diag('SCORE_PROFILE_OVERRIDDEN', 'info', { code: q.code, value: over.value, file: textOf(fromFile) }, locate(input.file, fromFile.ref, q.code)));
    }
    if (raw === '') {
      diagnostics.push(diag('SCORE_PROFILE_MISSING', 'error', { code: q.code, label: q.label.id, allowed: allowedAnswers(q) }, ref ? locate(input.file, ref, q.code) : { file: input.file, code: q.code }));
      return r;
    }
    const answer = matchAnswer(q, raw);
    if (!answer) {
      const s = nearest(raw, q.answers, { text: (a) => a.value, transpositions: true, accept: (d, w) => w.length >= 3 && d <= 2 });
      const args = { code: q.code, value: raw, allowed: allowedAnswers(q), ...(s ? { suggestion: s.value } : {}) };
      diagnostics.push(diag('SCORE_PROFILE_UNKNOWN', 'error', args, ref ? locate(input.file, ref, q.code) : { code: q.code }));
      return r;
    }
    r.value = answer.value;
    r.answer = answer.label;
    return r;
  });
  return { results, diagnostics };
}

/**
 * The applicability of a v2 agency rubric's nodes: a `when` over a profile answer or over
 * another criterion's value (`criterionValue`, as written; a boolean leaf's value compared as
 * yes/no). A condition over an unanswered question fails (the missing answer is an error already).
 */
export function applicability(
  rubric: Rubric,
  profile: ProfileResult[],
  criterionValue: (code: string) => SourcedValue | undefined,
): (node: RubricNode) => NotApplicable | undefined {
  const answers = new Map(profile.map((p) => [codeKey(p.code), p]));
  const leafByKey = new Map<string, LeafNode>();
  const stack: RubricNode[] = [rubric.root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isLeaf(n)) leafByKey.set(codeKey(n.code), n);
    else stack.push(...n.children);
  }
  return (node) => {
    const w = node.when;
    if (!w) return undefined;
    if (w.profile !== undefined) {
      const p = answers.get(codeKey(w.profile));
      const value = p?.value ?? undefined;
      if (holds(w, value === undefined ? undefined : conditionKey(value))) return undefined;
      return notApplicable(w, p?.raw, p?.ref);
    }
    if (w.criterion !== undefined) {
      const v = criterionValue(w.criterion);
      const leaf = leafByKey.get(codeKey(w.criterion));
      const text = v ? textOf(v) : '';
      if (leaf?.scoring.kind === 'boolean') {
        const b = v ? parseBoolean(v) : undefined;
        const value = b?.status === 'ok' ? b.value : undefined;
        const match = (list: string[] | undefined): boolean => (list ?? []).some((t) => {
          const pb = parseBoolean({ raw: t, text: t });
          return pb.status === 'ok' && pb.value === value;
        });
        const ok = (!w.in || (value !== undefined && match(w.in))) && (!w.notIn || value === undefined || !match(w.notIn));
        return ok ? undefined : notApplicable(w, text || undefined, v?.ref);
      }
      if (holds(w, text === '' ? undefined : conditionKey(text))) return undefined;
      return notApplicable(w, text || undefined, v?.ref);
    }
    return undefined;
  };
}

function holds(w: Condition, value: string | undefined): boolean {
  if (w.in && (value === undefined || !w.in.some((v) => conditionKey(v) === value))) return false;
  if (w.notIn && value !== undefined && w.notIn.some((v) => conditionKey(v) === value)) return false;
  return true;
}

function notApplicable(condition: Condition, value: string | undefined, ref: NotApplicable['ref']): NotApplicable {
  const na: NotApplicable = { reason: 'condition', condition };
  if (value !== undefined) na.value = value;
  if (ref) na.ref = ref;
  return na;
}
