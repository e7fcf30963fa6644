/**
 * `merit-report/1`: the Assessment as JSON, described by schemas/merit-report-1.schema.json.
 *
 * Every object is built key by key in a fixed order, so the output is stable; numbers are JSON
 * numbers from the exact decimals (288.5 stays 288.5; repeating ratios get 12 decimals); optional
 * keys are left out rather than written as null, except `percent` (null when the maximum is
 * zero) and `points` (null when a value could not be scored). With `deterministic` the only
 * time-dependent key, `generatedAt`, is left out. 2-space indent and a trailing newline.
 */
import type { Dec } from '../decimal.js';
import type { Args, Diagnostic, Location } from '../diagnostics.js';
import { hintText, messageText } from '../i18n/index.js';
import { REPORT_SCHEMA } from '../evidence/saved-report.js';
import type { CellRef } from '../evidence/types.js';
import type { Condition, OutOfRangeLabel, Provenance } from '../rubric/types.js';
import type { Assessment, LeafTrace, NextStep, NodeResult, NotApplicable, Predicate, ProfileResult, ValueTrace } from '../scoring/types.js';
import { compact, local, n, nOrNull, predicate, type Obj } from './json-values.js';
import { populationJson } from './population/json.js';

// The value builders the batch, analysis and population JSON share.
export { compact, local, n, nOrNull, predicate, type Json, type Obj } from './json-values.js';

export { REPORT_SCHEMA };

export interface JsonOptions {
  deterministic: boolean;
}

export function renderJson(a: Assessment, o: JsonOptions): string {
  return JSON.stringify(reportObject(a, o), null, 2) + '\n';
}

/** The report as a plain object (key order as written), for embedding in a batch report. */
export function reportObject(a: Assessment, o: JsonOptions): Obj {
  const r: Obj = {
    schema: REPORT_SCHEMA,
    tool: { name: a.tool.name, version: a.tool.version },
    rubric: {
      ...rubricObject(a.rubric),
      ...(a.rubric.base ? { base: baseObject(a.rubric.base) } : {}),
      ...(a.rubric.notice ? { notice: local(a.rubric.notice) } : {}),
    },
    input: inputObject(a),
    subject: subjectObject(a),
    // v2 (optional keys within merit-report/1): the profile answers, the nominal figure, an incomplete total.
    ...(a.profile ? { profile: a.profile.map(profileObject) } : {}),
    ...totalsObject(a),
    ...(a.predicate.capped ? { predicate: predicateObject(a.predicate) } : {}),
    ...(a.nominal ? { nominal: compact({ value: n(a.nominal.value), label: local(a.nominal.label), unit: a.nominal.unit }) } : {}),
    ...(a.incomplete ? { incomplete: { code: a.incomplete.code, missing: [...a.incomplete.missing], fallback: a.incomplete.fallback } } : {}),
    selfScore: n(a.selfScore),
    selfPredicate: predicateObject(a.selfPredicate),
    scale: scale(a.scale),
    coverage: n(a.coverage),
    provisional: {
      rubric: a.provisional.rubric,
      parts: a.provisional.parts.map((p) => ({ kind: p.kind, code: p.code, confidence: p.confidence, source: p.source })),
    },
    assumptions: a.assumptions.map((x) => ({ code: x.code, value: x.value })),
    root: node(a.root),
    // v2: what stands below each aspect's category (the scorer's list, as it is).
    ...(a.nextSteps ? { nextSteps: a.nextSteps.map(nextStepObject) } : {}),
    diagnostics: a.diagnostics.map(diagnostic),
    ...(a.population ? { population: populationJson(a.population) } : {}),
  };
  if (!o.deterministic && a.generatedAt !== undefined) r.generatedAt = a.generatedAt;
  return r;
}

/** The report's totals: `score`, `unroundedScore`, `max`, `percent`, `predicate` (also used by `merit diff`). */
export function totalsObject(a: Assessment): Obj {
  return { score: n(a.score), unroundedScore: n(a.unroundedScore), max: n(a.max), percent: nOrNull(a.percent), predicate: predicate(a.predicate) };
}

/** The report's `input` object (also used by the analysis outputs). */
export function inputObject(a: Assessment): Obj {
  return compact({ path: a.input.path, sha256: a.input.sha256, format: a.input.format, sheet: a.input.sheet });
}

/** The report's `subject` object. */
export function subjectObject(a: Assessment): Obj {
  return compact({ name: a.subject.name, period: a.subject.period, source: a.subject.source });
}

/** The rubric a report was made with (also the head of a batch report). */
export function rubricObject(r: Assessment['rubric']): Obj {
  return { id: r.id, version: r.version, sha256: r.sha256, title: local(r.title), status: r.status, subject: r.subject, source: r.source };
}

function node(x: NodeResult): Obj {
  const r: Obj = {
    code: x.code,
    name: local(x.name),
    kind: x.kind,
    depth: x.depth,
  };
  if (x.aggregate !== undefined) r.aggregate = x.aggregate;
  r.weight = n(x.weight);
  if (x.coefficient !== undefined) r.coefficient = n(x.coefficient);
  if (x.cap !== undefined) r.cap = n(x.cap);
  r.status = x.status;
  r.score = n(x.score);
  if (x.unrounded !== undefined) r.unrounded = n(x.unrounded);
  r.selfScore = n(x.selfScore);
  r.max = n(x.max);
  r.percent = nOrNull(x.percent);
  r.share = n(x.share);
  r.coverage = n(x.coverage);
  r.missingPolicy = x.missingPolicy;
  if (x.category) r.category = predicateObject(x.category);
  if (x.notApplicable) r.notApplicable = notApplicableObject(x.notApplicable);
  if (x.incomplete) r.incomplete = { missing: [...x.incomplete.missing], fallback: x.incomplete.fallback };
  if (x.records !== undefined) r.records = x.records;
  if (x.provenance) r.provenance = provenance(x.provenance);
  if (x.trace) r.trace = trace(x.trace);
  if (x.children) r.children = x.children.map(node);
  return r;
}

// ---------------------------------------------------------------------------------------------
// v2 values

/** A predicate or category, with its cap (v2) when the score alone would have given a higher band. */
function predicateObject(p: Predicate): Obj {
  const r = predicate(p);
  if (p.capped) r.capped = { from: p.capped.from, atLeast: p.capped.atLeast, of: p.capped.of, children: [...p.capped.children] };
  return r;
}

function nextStepObject(s: NextStep): Obj {
  return {
    code: s.code,
    name: local(s.name),
    score: n(s.score),
    category: predicateObject(s.category),
    target: compact({ code: s.target.code, label: local(s.target.label), color: s.target.color, min: n(s.target.min), minInclusive: s.target.minInclusive, next: s.target.next }),
    items: s.items.map((i) => {
      const r: Obj = { code: i.code, name: local(i.name) };
      if (i.ref) r.ref = ref(i.ref);
      if (i.assumed) r.assumed = true;
      r.level = i.level;
      r.share = n(i.share);
      r.value = n(i.value);
      r.gap = n(i.gap);
      r.next = compact({ value: i.next.value, label: local(i.next.label), description: i.next.description ? local(i.next.description) : undefined, share: n(i.next.share) });
      return r;
    }),
  };
}

function baseObject(b: NonNullable<Assessment['rubric']['base']>): Obj {
  return { id: b.id, version: b.version, sha256: b.sha256, source: b.source };
}

function profileObject(p: ProfileResult): Obj {
  const r: Obj = { code: p.code, label: local(p.label), value: p.value };
  if (p.answer) r.answer = local(p.answer);
  if (p.raw !== undefined) r.raw = p.raw;
  r.source = p.source;
  if (p.ref) r.ref = ref(p.ref);
  if (p.answers) r.answers = p.answers.map((x) => ({ value: x.value, label: local(x.label) }));
  return r;
}

function conditionObject(c: Condition): Obj {
  return compact({ column: c.column, profile: c.profile, criterion: c.criterion, in: c.in ? [...c.in] : undefined, notIn: c.notIn ? [...c.notIn] : undefined });
}

function notApplicableObject(x: NotApplicable): Obj {
  const r: Obj = { reason: x.reason };
  if (x.condition) r.condition = conditionObject(x.condition);
  if (x.value !== undefined) r.value = x.value;
  if (x.ref) r.ref = ref(x.ref);
  return r;
}

function trace(t: LeafTrace): Obj {
  const r: Obj = { kind: t.kind, used: t.used, rule: t.rule };
  if (t.self) r.self = value(t.self);
  if (t.verified) r.verified = value(t.verified);
  if (t.replaced) r.replaced = value(t.replaced);
  if (t.evidence !== undefined) r.evidence = t.evidence;
  if (t.notes !== undefined) r.notes = t.notes;
  return r;
}

export function value(v: ValueTrace): Obj {
  const r: Obj = {};
  if (v.ref) r.ref = ref(v.ref);
  r.raw = v.raw;
  r.parsed = v.parsed;
  r.points = nOrNull(v.points);
  if (v.assumed) r.assumed = true;
  return r;
}

export function ref(c: CellRef): Obj {
  return compact({ sheet: c.sheet, cell: c.cell, row: c.row, column: c.column, line: c.line });
}

function scale(s: Assessment['scale']): Obj {
  const label = (l: OutOfRangeLabel | undefined) => (l ? compact({ code: l.code, label: local(l.label), color: l.color }) : undefined);
  return compact({
    bands: s.bands.map((b) =>
      compact({
        code: b.code,
        label: local(b.label),
        min: b.min,
        minInclusive: b.min === undefined ? undefined : (b.minInclusive ?? true),
        max: b.max,
        maxInclusive: b.max === undefined ? undefined : (b.maxInclusive ?? false),
        color: b.color,
      }),
    ),
    below: label(s.outOfRange?.below),
    above: label(s.outOfRange?.above),
  });
}

function provenance(p: Provenance): Obj {
  // `note` stays one string (English when the rubric writes it in both languages, as merit-report/1
  // always had it); `noteText` carries both languages when the rubric has them.
  const note = p.note === undefined ? undefined : typeof p.note === 'string' ? p.note : p.note.en || p.note.id;
  return compact({ source: p.source, confidence: p.confidence, note, noteText: p.note !== undefined && typeof p.note !== 'string' ? local(p.note) : undefined });
}

/** A diagnostic as the report writes it (also used for a batch's unreadable files). */
export function diagnostic(d: Diagnostic): Obj {
  const r: Obj = { code: d.code, severity: d.severity, args: args(d.args) };
  if (d.location) r.location = location(d.location);
  r.message = { id: messageText(d, 'id'), en: messageText(d, 'en') };
  const hintId = hintText(d, 'id');
  const hintEn = hintText(d, 'en');
  if (hintId !== undefined || hintEn !== undefined) r.hint = { id: hintId ?? hintEn ?? '', en: hintEn ?? hintId ?? '' };
  return r;
}

function args(x: Args): Obj {
  const r: Obj = {};
  for (const [k, v] of Object.entries(x)) {
    if (v === undefined) continue;
    r[k] = Array.isArray(v) ? [...(v as readonly string[])] : (v as string | number | boolean);
  }
  return r;
}

function location(l: Location): Obj {
  return compact({
    file: l.file,
    line: l.line,
    column: l.column,
    pointer: l.pointer,
    sheet: l.sheet,
    cell: l.cell,
    row: l.row,
    code: l.code,
  });
}
