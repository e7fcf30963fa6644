/**
 * `merit explain` output: text (terminal) and JSON (`merit-explain/1`,
 * schemas/merit-explain-1.schema.json). Pure: an Explanation and its assessment in, a string out.
 */
import { Dec } from '../decimal.js';
import { type Diagnostic, type Lang } from '../diagnostics.js';
import type { Rounding } from '../rubric/types.js';
import type { Aggregation, ChainStep, Explanation, ValueStep } from '../scoring/explain.js';
import type { Assessment, NodeResult, ValueTrace } from '../scoring/types.js';
import { cellName, headerLines, labelled, paragraph, table, start, type AnalysisInput as ExplainInput, type AnalysisTextOptions } from './analysis-text.js';
import { num, pct, predicateText, ratioPct, text } from './format.js';
import { analysisHead } from './analysis-json.js';
import { compact, diagnostic, local, n, nOrNull, predicate, value as valueObject, type Json, type Obj } from './json.js';
import { formatDiagnostic, type AnalysisWords, ui, yesNo } from '../i18n/index.js';
import { applicabilityLines, cappedText, categoryText, isV2Aggregation, roundingText, v2AggregationKeys, v2AggregationLines, v2ExplainKeys, v2TotalKeys } from './explain-v2.js';
import { visibleAll } from '../i18n/visible.js';

export const EXPLAIN_SCHEMA = 'merit-explain/1';

/** The diagnostics about the node or anything below it. */
export function nodeDiagnostics(a: Assessment, node: NodeResult): Diagnostic[] {
  const codes = new Set<string>();
  const visit = (x: NodeResult): void => {
    codes.add(x.code);
    x.children?.forEach(visit);
  };
  visit(node);
  return a.diagnostics.filter((d) => d.location?.code !== undefined && codes.has(d.location.code));
}

const rawText = (v: ValueTrace, lang: Lang): string =>
  v.raw === null ? '–' : typeof v.raw === 'string' ? JSON.stringify(v.raw) : typeof v.raw === 'boolean' ? yesNo(v.raw, lang) : String(v.raw);

function parsedText(s: ValueStep, w: AnalysisWords, lang: Lang, kind: string | undefined): string {
  const p = s.value.parsed;
  if (p === null) return '?';
  let t = kind === 'levels' && typeof p === 'number' ? w.levelWord(String(p)) : typeof p === 'boolean' ? yesNo(p, lang) : String(p);
  const label = s.level ? text(s.level.label, lang) : '';
  if (label && label.toLowerCase() !== `level ${s.level!.value}`) t += ` (${label})`;
  return t;
}

/** `19.5 + 13 + 13`, `(2 × 10/14 + 1 × 5/8) / 3 × 100`: the aggregation before its result. */
function formula(g: Aggregation): string {
  const terms = g.terms.filter((t) => t.included);
  const one = (t: (typeof terms)[number]): string => {
    const s = g.aggregate === 'sum' ? num(t.score) : `${num(t.score)}/${num(t.max)}`;
    return t.weight.eq(Dec.ONE) ? s : `${num(t.weight)} × ${s}`;
  };
  const body = terms.length ? terms.map(one).join(' + ') : '0';
  if (g.aggregate === 'sum') return body;
  const total = g.weightTotal !== undefined ? ` / ${num(g.weightTotal)}` : '';
  return `(${body})${total}${g.scale !== undefined ? ` × ${num(g.scale)}` : ''}`;
}

function ofMax(score: Dec, max: Dec, percent: Dec | null, lang: Lang): string {
  return `${ui(lang).outOf(num(score), num(max))}${percent ? ` (${pct(percent)}%)` : ''}`;
}

/** The formula and its result (`… = 78 of 130 (60.0%)`); with a cap, the uncapped result and the cap first. */
function aggregationLines(g: Aggregation, w: AnalysisWords, lang: Lang, width: number, indent: string): string[] {
  if (isV2Aggregation(g)) return v2AggregationLines(g, w, lang, width, indent);
  const result = ofMax(g.score, g.max, g.percent, lang);
  const hang = indent + '    ';
  if (g.cap === undefined) return paragraph(`${formula(g)} = ${result}`, width, undefined, indent, hang);
  const lines = paragraph(`${formula(g)}${g.uncapped !== undefined ? ` = ${num(g.uncapped)}` : ''}`, width, undefined, indent, hang);
  lines.push(...paragraph(g.capApplied ? w.capApplied(num(g.cap), g.uncapped !== undefined ? num(g.uncapped) : '…') : w.capNotReached(num(g.cap)), width, undefined, indent, hang));
  lines.push(...paragraph(`= ${result}`, width, undefined, indent, hang));
  return lines;
}

export function renderExplainText(input: ExplainInput, e: Explanation, o: AnalysisTextOptions): string {
  // Text from files and rubrics reaches the terminal with its control characters made visible.
  [input, e] = visibleAll(input, e);
  const { width, c, w, u } = start(o);
  const a = input.assessment;
  const node = e.node;
  const extra: [string, string][] = [];
  if (input.kind === 'report') extra.push([w.report, input.path]);
  extra.push([w.path, e.path.join(' › ')]);
  const out = headerLines(`${w.explainTitle}: ${node.code} ${text(node.name, o.lang)}`, a, o.lang, width, c, extra);
  out.push('');
  const applicability = applicabilityLines(e, a, w, o.lang, width, c);
  if (applicability.length) out.push(...applicability, '');

  if (e.leaf) {
    const L = e.leaf;
    out.push(c.bold(w.evidenceHeading));
    if (L.values.length === 0) out.push(`  ${w.noValue}`);
    else {
      const rows = L.values.map((s) => [
        `  ${w.role[s.role]}`,
        s.value.assumed ? w.assumed : cellName(s.value.ref, a.input.sheet),
        `${rawText(s.value, o.lang)} → ${parsedText(s, w, o.lang, node.trace?.kind)}`,
        num(s.value.points),
        s.counts ? w.counts : '',
      ]);
      // A borderless table: no head, no rule.
      const t = table([{ head: '' }, { head: '' }, { head: '', flex: true, min: 3 }, { head: '', align: 'right' }, { head: '' }], rows, width, c);
      out.push(...t.slice(2));
    }
    const info: [string, string][] = [];
    if (L.evidence) info.push([`  ${u.evidence}`, L.evidence]);
    if (L.notes) info.push([`  ${u.notes}`, L.notes]);
    if (info.length) out.push(...labelled(info, width, c));
    out.push(...labelled([[u.rule, L.rule], [u.points, `${ofMax(node.score, node.max, node.percent, o.lang)} · ${u.nodeStatus[node.status]}`]], width, c));
    const st = e.leafSteps;
    if (st?.rounding) out.push(...paragraph(w.v2.nodeRounding(num(st.rounding.from), num(st.rounding.to), roundingText(st.rounding.rule, w)), width, undefined, '  ', '    '));
    if (st?.category) out.push(...paragraph(categoryText(st.category, w, o.lang), width, undefined, '  ', '    '));
  } else if (e.group) {
    const g = e.group;
    out.push(c.bold(`${w.children} · ${w.aggregate[g.aggregate]}`));
    out.push(
      ...table(
        [
          { head: u.code },
          { head: u.name, flex: true, min: 8 },
          { head: w.weight, align: 'right', drop: 2 },
          { head: u.score, align: 'right' },
          { head: u.max, align: 'right' },
          { head: u.percent, align: 'right', drop: 1 },
        ],
        g.terms.map((t) => [t.code, text(t.name, o.lang) + (t.included ? '' : ` (${w.notIncluded})`), num(t.coefficient ?? t.weight), num(t.score), num(t.max), pct(t.percent)]),
        width,
        c,
      ),
    );
    out.push(...aggregationLines(g, w, o.lang, width, '  '));
  }

  if (e.chain.length) {
    out.push('');
    out.push(c.bold(w.upTheTree));
    for (const step of e.chain) {
      out.push(...paragraph(`${step.code} ${text(step.name, o.lang)} · ${w.aggregate[step.aggregate]}`, width, c.bold, '  ', '    '));
      out.push(...aggregationLines(step, w, o.lang, width, '    '));
      out.push(...paragraph(step.contribution !== undefined ? w.adds(node.code, num(step.contribution)) : w.addsUnknown(node.code), width, c.dim, '    ', '      '));
    }
  }

  out.push('');
  const t = e.total;
  const band = t.band;
  const range = band
    ? ` (${w.bandRange(band.min !== undefined ? num(Dec.num(band.min)) : undefined, band.minInclusive !== false, band.max !== undefined ? num(Dec.num(band.max)) : undefined, band.maxInclusive === true)})`
    : '';
  const share: string[] = [];
  if (e.contribution !== undefined) share.push(w.share(node.code, num(e.contribution), num(a.root.score), e.ofTotal ? pct(e.ofTotal.mul(Dec.int(100))) : '–'));
  share.push(w.shareOfMax(ratioPct(e.shareOfMax)));
  const pairs: [string, string][] = [
    [u.total, `${num(t.unrounded)} → ${num(t.score)} (${roundingText(t.rounding, w)})`],
    [u.predicate, predicateText(t.predicate, o.lang) + range + cappedText(t.predicate, w)],
  ];
  if (t.incomplete) pairs.push(['', w.v2.incomplete(t.incomplete.missing.join(', '), t.incomplete.fallback)]);
  if (t.nominal) pairs.push([text(t.nominal.label, o.lang), `${num(t.nominal.value)}${t.nominal.unit ? ` ${t.nominal.unit}` : ''}`]);
  out.push(...labelled(pairs, width, c));
  const shareLabel = u.share;
  const pad = Math.max(...pairs.map((p) => p[0].length), shareLabel.length) + 2;
  out.push(...paragraph(share.join('; '), width, undefined, shareLabel.padEnd(pad), ' '.repeat(pad)));

  const ds = nodeDiagnostics(a, node);
  if (ds.length) {
    out.push('');
    out.push(c.bold(`${w.diagnostics} (${ds.length})`));
    for (const d of ds) out.push(...paragraph(formatDiagnostic(d, o.lang).split('\n')[0]!, width, c.dim, '  ', '    '));
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// JSON

function aggregationObject(g: Aggregation): Obj {
  return {
    ...aggregationCore(g),
    ...v2AggregationKeys(g),
  };
}

function aggregationCore(g: Aggregation): Obj {
  return {
    code: g.code,
    name: local(g.name),
    aggregate: g.aggregate,
    scale: nOrNull(g.scale),
    weightTotal: nOrNull(g.weightTotal),
    cap: nOrNull(g.cap),
    uncapped: nOrNull(g.uncapped),
    capApplied: g.capApplied,
    score: n(g.score),
    max: n(g.max),
    percent: nOrNull(g.percent),
    terms: g.terms.map((t) => ({
      code: t.code,
      name: local(t.name),
      weight: n(t.weight),
      score: n(t.score),
      max: n(t.max),
      percent: nOrNull(t.percent),
      included: t.included,
      value: n(t.value),
      ...(t.coefficient ? { coefficient: n(t.coefficient) } : {}),
    })),
  };
}

function roundingObject(r: Rounding | null | undefined): Json {
  if (r === undefined) return 'unknown';
  if (r === null) return null;
  return 'step' in r ? { step: r.step, mode: r.mode ?? 'half-up' } : { decimals: r.decimals, mode: r.mode ?? 'half-up' };
}

/** The `merit-explain/1` object (key order as written). */
export function explainObject(input: ExplainInput, e: Explanation): Obj {
  const a = input.assessment;
  const x = e.node;
  return {
    ...analysisHead(EXPLAIN_SCHEMA, a),
    source: { kind: input.kind, path: input.path },
    node: { code: x.code, name: local(x.name), kind: x.kind, status: x.status, score: n(x.score), max: n(x.max), percent: nOrNull(x.percent), share: n(x.share) },
    path: [...e.path],
    leaf: e.leaf
      ? compact({
          kind: x.trace?.kind,
          used: e.leaf.used,
          rule: e.leaf.rule,
          values: e.leaf.values.map((s) => ({
            role: s.role,
            counts: s.counts,
            ...valueObject(s.value),
            level: s.level ? compact({ value: s.level.value, label: local(s.level.label), description: s.level.description ? local(s.level.description) : undefined }) : null,
          })),
          evidence: e.leaf.evidence,
          notes: e.leaf.notes,
        })
      : null,
    group: e.group ? aggregationObject(e.group) : null,
    chain: e.chain.map((s: ChainStep) => ({ ...aggregationObject(s), via: s.via, contribution: nOrNull(s.contribution) })),
    total: {
      unroundedScore: n(e.total.unrounded),
      score: n(e.total.score),
      rounding: roundingObject(e.total.rounding),
      predicate: predicate(e.total.predicate),
      ...v2TotalKeys(e),
    },
    contribution: nOrNull(e.contribution),
    ofTotal: nOrNull(e.ofTotal),
    shareOfMax: n(e.shareOfMax),
    ...v2ExplainKeys(e),
    diagnostics: nodeDiagnostics(a, x).map(diagnostic),
  };
}

export function renderExplainJson(input: ExplainInput, e: Explanation): string {
  return JSON.stringify(explainObject(input, e), null, 2) + '\n';
}
