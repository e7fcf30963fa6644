/**
 * The rubric language v2 parts of the terminal report (text.ts): the profile answers, the
 * composite terms, the not-applicable items with their reasons, the next steps per aspect, the
 * rubric's notice, and the colours of categories.
 * Each part is empty for an assessment without v2 results. Layout as in text.ts: measured on
 * plain text, colour applied to padded pieces, no line longer than `width`.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../diagnostics.js';
import type { Assessment, Predicate } from '../scoring/types.js';
import { categoryTone, safeColour } from './band-colours.js';
import { num } from './format.js';
import { ui } from '../i18n/index.js';
import { fit, maxWidth, padEnd, wrap } from './layout.js';
import { compositeNodes, compositeSum, compositeTerms, exact, incompleteText, nodeLabel, notApplicableNodes, notApplicableText, profileLines } from './v2.js';
import { nextStepViews, noticeText } from './next-steps.js';

export interface V2TextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
}

/** A category's colour: the rubric's own, else its rank in the rubric's scale, else gray. */
export function categoryStyle(p: Predicate, a: Assessment, c: ChalkInstance): (s: string) => string {
  const own = safeColour(p.color);
  if (own && own.length === 7) return (s) => c.hex(own)(s);
  const tone = categoryTone(p, a.scale);
  return (s) => c[tone](s);
}

/** The profile answers: question, answer and where it was written; stacked when two columns do not fit. */
export function profileText(a: Assessment, o: V2TextOptions): string[] {
  const lines = profileLines(a, o.lang);
  if (lines.length === 0) return [];
  const c = o.color;
  const w = ui(o.lang).v2;
  const out = [c.bold(fit(w.profile, o.width))];
  const answerOf = (l: (typeof lines)[number]): string => (l.where ? `${l.answer} · ${l.where}` : l.answer);
  const qW = maxWidth(lines.map((l) => l.question));
  const aW = maxWidth(lines.map(answerOf));
  const side = 2 + qW + 2 + aW <= o.width;
  for (const l of lines) {
    const tone = l.ok ? (s: string): string => s : c.red;
    if (side) {
      out.push(`  ${padEnd(l.question, qW)}  ${tone(answerOf(l))}`);
      continue;
    }
    out.push(...wrap(l.question, o.width, '  ', '  '));
    out.push(...wrap(answerOf(l), o.width, '    ', '    ').map(tone));
  }
  return out;
}

/**
 * Each composite node: its terms (`0.75 × 0.73 = 0.5475`, `− 0.05` with its reason) and their sum,
 * or, when incomplete, the input it needs and the child shown instead.
 */
export function compositeText(a: Assessment, o: V2TextOptions): string[] {
  const c = o.color;
  const w = ui(o.lang).v2;
  const out: string[] = [];
  for (const n of compositeNodes(a)) {
    if (out.length) out.push('');
    out.push(c.bold(fit(w.composite(nodeLabel(a, n.code, o.lang)), o.width)));
    // An incomplete composite at the root is warned about under the totals already.
    const warning = n === a.root ? undefined : incompleteText(n, a, o.lang);
    if (warning) out.push(...wrap(warning, o.width, '! ', '  ').map((l) => c.yellow(l)));
    const terms = compositeTerms(n, o.lang);
    const labels = terms.map((t) => nodeLabel(a, t.node.code, o.lang));
    const sum = n.incomplete ? `= ${num(n.score)} (${nodeLabel(a, n.incomplete.fallback, o.lang)})` : `= ${exact(compositeSum(n))}`;
    const termW = maxWidth(terms.map((t) => t.text));
    const labelW = Math.max(1, Math.min(maxWidth(labels), o.width - 2 - termW - 2));
    const twoColumns = o.width - 2 - termW - 2 >= 12;
    const hang = twoColumns ? ' '.repeat(4 + termW) : '    ';
    terms.forEach((t, i) => {
      const label = labels[i]!;
      const line = twoColumns ? [`  ${padEnd(t.text, termW)}  ${fit(label, labelW)}`.trimEnd()] : wrap(`${t.text}  ${label}`, o.width, '  ', '    ');
      out.push(...(t.missing ? line.map((l) => c.yellow(l)) : t.applies ? line : line.map((l) => c.dim(l))));
      if (t.reason) out.push(...wrap(t.reason, o.width, hang, hang).map((l) => c.dim(l)));
    });
    const shown = n === a.root ? a.score : n.score;
    const rounded = !n.incomplete && !shown.eq(compositeSum(n)) ? ` → ${num(shown)}` : '';
    out.push(...wrap(sum + rounded, o.width, '  ', '    ').map((l) => c.bold(l)));
  }
  return out;
}

/** The not-applicable items (outermost), each with why. */
export function notApplicableList(a: Assessment, o: V2TextOptions): string[] {
  const list = notApplicableNodes(a);
  if (list.length === 0) return [];
  const c = o.color;
  const w = ui(o.lang).v2;
  const out = [c.bold(fit(`${w.notApplicable} (${list.length})`, o.width))];
  for (const n of list) {
    out.push(...wrap(nodeLabel(a, n.code, o.lang), o.width, '  ', '    '));
    out.push(...wrap(notApplicableText(n, a, o.lang) ?? '', o.width, '    ', '      ').map((l) => c.dim(l)));
  }
  return out;
}

/** The rubric's notice, wrapped under the provisional warning (`  Rubric notice: …`); empty without one. */
export function noticeLines(a: Assessment, o: V2TextOptions): string[] {
  const t = noticeText(a, o.lang);
  if (!t) return [];
  return wrap(`${ui(o.lang).v2.nextSteps.notice}: ${t}`, o.width, '  ', '  ').map((l) => o.color.yellow(l));
}

/**
 * The next steps per aspect: the rule in a sentence, then each aspect (its category → the band
 * above) with its items, largest gap first: code, name and cell on one line, then the level change
 * and the next level's requirement as one paragraph (the requirement dimmed), all wrapped to the
 * width.
 */
export function nextStepsText(a: Assessment, o: V2TextOptions): string[] {
  const views = nextStepViews(a, o.lang);
  if (views.length === 0) return [];
  const c = o.color;
  const w = ui(o.lang).v2.nextSteps;
  const out = [c.bold(fit(w.heading, o.width)), ...wrap(w.rule, o.width, '  ', '  ').map((l) => c.dim(l))];
  for (const v of views) {
    out.push('');
    out.push(...wrap(v.heading, o.width, '  ', '    ').map((l) => c.bold(l)));
    out.push(...wrap(v.toward, o.width, '  ', '    '));
    for (const i of v.items) {
      out.push(...wrap(i.cell ? `${i.code} ${i.name} · ${i.cell}` : `${i.code} ${i.name}`, o.width, '    ', '      '));
      const lead = `      ${i.change}`;
      const lines = wrap(i.requirement ? `${i.change}: ${i.requirement}` : i.change, o.width, '      ', '      ');
      // The change stays plain when it fits on the first line; the requirement is dimmed.
      out.push(...lines.map((l, k) => (k === 0 && l.startsWith(lead) ? lead + c.dim(l.slice(lead.length)) : c.dim(l))));
    }
  }
  return out;
}
