/**
 * The v2 parts of the evidence template (docs/rubric-v2.md): profile questions first (a row per
 * question with a dropdown of its answers), a hint column saying when a criterion applies ("Berlaku
 * bila …") or which answers a question takes, the not-applicable word in the dropdown of criteria
 * that may be declared not applicable, criteria grouped by their aspect (the innermost node with
 * categories above them), and the instructions about all of it. Pure: no I/O, no exceljs.
 * Nothing here runs for a merit-rubric/1 rubric, so v1 templates keep their bytes.
 */
import type { Lang } from '../diagnostics.js';
import { text } from '../report/format.js';
import { isLeaf, type Condition, type LeafNode, type Rubric, type RubricNode } from '../rubric/types.js';
import { templateWords } from '../i18n/index.js';
import type { InputRule } from '../rubric/kinds/types.js';
import { clip, leafInput, PROMPT_MAX, type LeafInput } from './inputs.js';

export const isV2 = (rubric: Pick<Rubric, 'format'>): boolean => rubric.format === 'merit-rubric/2';

/** The word the template offers for "not applicable": the rubric's first, else the language's default. */
export function notApplicableWord(rubric: Pick<Rubric, 'notApplicableValues'>, lang: Lang): string {
  return rubric.notApplicableValues?.[0] ?? (lang === 'id' ? 'Tidak Berlaku' : 'Not applicable');
}

/** A profile question's answers as the dropdown shows them: the labels in the template's language. */
export function answerLabels(rubric: Rubric, code: string, lang: Lang): string[] | undefined {
  return rubric.profile?.find((q) => q.code === code)?.answers.map((a) => text(a.label, lang));
}

/** `jenis = Instansi Pusat atau Pemda`, `kriteria K1 bukan 0`: one condition in words. */
export function conditionText(w: Condition, rubric: Rubric, lang: Lang): string {
  const v2 = templateWords(lang).v2;
  let subject: string;
  let show = (v: string): string => v;
  if (w.profile !== undefined) {
    const q = rubric.profile?.find((x) => x.code === w.profile);
    subject = q ? text(q.label, lang) : w.profile;
    show = (v) => {
      const a = q?.answers.find((x) => x.value === v);
      return a ? text(a.label, lang) : v;
    };
  } else if (w.criterion !== undefined) subject = v2.criterion(w.criterion);
  else subject = v2.column(w.column ?? '');
  const list = (values: string[]): string => values.map(show).join(` ${v2.or} `);
  const parts: string[] = [];
  if (w.in) parts.push(v2.is(subject, list(w.in)));
  if (w.notIn) parts.push(v2.isNot(subject, list(w.notIn)));
  return parts.join(` ${v2.and} `);
}

/** "Berlaku bila …" for a leaf: its own condition and its ancestors', outermost first; undefined when it always applies. */
export function appliesWhen(conditions: Condition[], rubric: Rubric, lang: Lang): string | undefined {
  if (conditions.length === 0) return undefined;
  const v2 = templateWords(lang).v2;
  return v2.appliesWhen(conditions.map((c) => conditionText(c, rubric, lang)).join(`; ${v2.and} `));
}

/** A leaf's value rule with the not-applicable word offered (a dropdown gets it; a number rule only warns). */
export function withNotApplicable(rule: InputRule, word: string): InputRule {
  if (rule.kind === 'list' && rule.values.length > 0) return { ...rule, values: [...rule.values, word] };
  return rule;
}

/** Every leaf with its aspect (for grouping) and the conditions on it and its ancestors. */
export function v2Leaves(rubric: Rubric): { leaf: LeafNode; aspect: RubricNode; conditions: Condition[] }[] {
  const out: { leaf: LeafNode; aspect: RubricNode; conditions: Condition[] }[] = [];
  const categorised = new Set<RubricNode>();
  const mark = (n: RubricNode): boolean => {
    let below = false;
    if (!isLeaf(n)) for (const c of n.children) below = mark(c) || below;
    if (n.bands !== undefined && !below && n !== rubric.root) categorised.add(n);
    return below || n.bands !== undefined;
  };
  mark(rubric.root);
  const visit = (n: RubricNode, top: RubricNode, aspect: RubricNode | undefined, conditions: Condition[]): void => {
    const here = n.when ? [...conditions, n.when] : conditions;
    const nextAspect = categorised.has(n) ? n : aspect;
    if (isLeaf(n)) out.push({ leaf: n, aspect: nextAspect ?? top, conditions: here });
    else for (const c of n.children) visit(c, top, nextAspect, here);
  };
  for (const c of rubric.root.children) visit(c, c, undefined, rubric.root.when ? [rubric.root.when] : []);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rows and instructions

/** A row of the evidence sheet (the shape of layout.ts's TemplateRow). */
export interface V2Row extends LeafInput {
  code: string;
  aspect: string;
  name: string;
  hint?: string;
  profile?: boolean;
}

/** Profile questions first, then every criterion under its aspect, with when it applies. */
export function v2Rows(rubric: Rubric, lang: Lang): V2Row[] {
  const w = templateWords(lang);
  const rows: V2Row[] = [];
  for (const q of rubric.profile ?? []) {
    const labels = q.answers.map((a) => text(a.label, lang));
    const list = labels.join(' | ');
    const note = [`${q.code} · ${text(q.label, lang)}`, ...(q.description ? [text(q.description, lang)] : []), ...q.answers.map((a) => `${text(a.label, lang)} (${a.value})`)];
    rows.push({
      code: q.code,
      aspect: w.v2.profileAspect,
      name: text(q.label, lang),
      hint: w.v2.answers(list),
      profile: true,
      rule: { kind: 'list', values: labels, strict: true },
      note: note.join('\n'),
      prompt: clip(w.v2.answers(list), PROMPT_MAX),
      promptTitle: w.v2.chooseAnswer,
    });
  }
  const na = notApplicableWord(rubric, lang);
  for (const { leaf, aspect, conditions } of v2Leaves(rubric)) {
    const input = leafInput(leaf, rubric, lang);
    const when = appliesWhen(conditions, rubric, lang);
    const declared = leaf.notApplicable?.allowed === true;
    const extra = [...(when ? [when] : []), ...(declared ? [w.v2.orNotApplicable(na)] : [])];
    const row: V2Row = {
      code: leaf.code,
      aspect: text(aspect.name, lang),
      name: text(leaf.name, lang),
      ...input,
      rule: declared ? withNotApplicable(input.rule, na) : input.rule,
      note: [input.note, ...extra].join('\n'),
      prompt: extra.length ? clip(`${extra.join(' · ')} · ${input.prompt}`, PROMPT_MAX) : input.prompt,
    };
    if (extra.length) row.hint = extra.join('; ');
    rows.push(row);
  }
  return rows;
}

/** A row of the instructions sheet (the shape of layout.ts's InstructionRow). */
export interface V2Instruction {
  style: 'heading' | 'text' | 'blank';
  key?: string;
  texts?: Record<Lang, string>;
}

/** The instructions about the profile questions, conditions and not-applicable criteria, in both languages. */
export function v2Instructions(rubric: Rubric, hintHeader: string): V2Instruction[] {
  const both = (f: (lang: Lang) => string): Record<Lang, string> => ({ id: f('id'), en: f('en') });
  const v2 = (lang: Lang) => templateWords(lang).v2;
  const out: V2Instruction[] = [];
  const questions = rubric.profile ?? [];
  if (questions.length > 0) {
    out.push({ style: 'blank' }, { style: 'heading', texts: both((l) => v2(l).profileKey) });
    out.push({ style: 'text', texts: both((l) => v2(l).profileText) });
    for (const q of questions) {
      out.push({ style: 'text', key: q.code, texts: both((l) => `${text(q.label, l)}\n${v2(l).answers(q.answers.map((a) => text(a.label, l)).join(' | '))}`) });
    }
  }
  const leaves = v2Leaves(rubric);
  const conditional = leaves.some((x) => x.conditions.length > 0);
  const declared = leaves.some((x) => x.leaf.notApplicable?.allowed === true);
  if (conditional || declared) {
    out.push({ style: 'blank' }, { style: 'heading', texts: both((l) => v2(l).applicabilityKey) });
    if (conditional) out.push({ style: 'text', texts: both((l) => v2(l).conditionsText(hintHeader)) });
    if (declared) out.push({ style: 'text', texts: both((l) => v2(l).notApplicableText(notApplicableWord(rubric, l))) });
  }
  return out;
}
