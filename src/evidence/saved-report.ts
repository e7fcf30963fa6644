/**
 * Reading a saved `merit-report/1` back into an Assessment, so `merit diff` and `merit explain`
 * can take a report instead of an evidence file: a reader, next to the evidence readers.
 * `readSavedReport` reads the file (with the evidence file-size limit); `parseReport` is pure
 * (text in, Assessment out). The validator (ajv and schemas/merit-report-1.schema.json) is
 * imported on first use.
 *
 * A saved report *is* an Assessment, so this reader alone takes its types from
 * src/scoring/types.ts (types only; test/architecture/imports.test.ts allows exactly that).
 *
 * Numbers: the report writes each exact decimal as a JSON number through `JSON.stringify`, whose
 * text for a number is exactly `String(number)`, the shortest text that reads back as the same
 * double. `Dec.fromNumber` parses that very text, so every value comes back as the decimal the
 * report wrote (288.5 is 288.5, not a binary approximation), and rendering the Assessment again
 * gives the same bytes. Repeating ratios were already cut to 12 decimals by the report.
 *
 * Anything that is not a valid report throws InputError: not JSON (REPORT_NOT_JSON), another
 * format such as a batch (REPORT_UNSUPPORTED_SCHEMA), or schema errors (REPORT_INVALID, each with
 * its JSON pointer).
 *
 * v2 reports (merit-rubric/2) come back whole too: profile answers, the nominal figure, an
 * incomplete total, the base rubric, capped predicates, and per node its coefficient, unrounded
 * score, category, not-applicable reason and incompleteness.
 */
import { readFile, stat } from 'node:fs/promises';
import { Dec } from '../decimal.js';
import { error, InputError, type Args, type Diagnostic, type Location } from '../diagnostics.js';
import type { Band, Condition, LocalText, OutOfRangeLabel, Provenance } from '../rubric/types.js';
import type { Assessment, LeafTrace, NextStep, NextStepItem, NodeResult, NotApplicable, Predicate, ProfileResult, ValueTrace } from '../scoring/types.js';
import { DEFAULT_LIMITS, type CellRef, type InputFormat } from './types.js';

/** The schema id a saved report carries (written by src/report/json.ts). */
export const REPORT_SCHEMA = 'merit-report/1';

type J = Record<string, unknown>;

interface Validator {
  (value: unknown): boolean;
  errors?: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] | null;
}

let validator: Promise<Validator> | undefined;

async function compileValidator(): Promise<Validator> {
  const [mod, schema] = await Promise.all([import('ajv/dist/2020.js'), import('../../schemas/merit-report-1.schema.json', { with: { type: 'json' } })]);
  // ajv is CommonJS: bundled, its exports arrive as the default export.
  const Ajv2020 = mod.Ajv2020 ?? (mod as unknown as { default: typeof mod }).default.Ajv2020;
  return new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema.default as object) as Validator;
}

/** At most this many schema errors are reported (a wrong file would give hundreds). */
const MAX_ERRORS = 5;

/** Reads a saved report file; a file that is missing, unreadable or too large throws InputError. */
export async function readSavedReport(path: string): Promise<Assessment> {
  const fail = (d: Diagnostic): never => {
    throw new InputError([d]);
  };
  let size = 0;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' || code === 'ENOTDIR' ? error('REPORT_NOT_FOUND', {}, { file: path }) : error('REPORT_UNREADABLE', { reason: code ?? 'unknown' }, { file: path }));
  }
  if (size > DEFAULT_LIMITS.maxFileBytes) fail(error('REPORT_TOO_LARGE', { size, limit: DEFAULT_LIMITS.maxFileBytes }, { file: path }));
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    fail(error('REPORT_UNREADABLE', { reason: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { file: path }));
  }
  return parseReport(text, path);
}

/** Is this JSON value a report we can read? `file` names it in diagnostics. */
export async function parseReport(text: string, file: string): Promise<Assessment> {
  const deep = tooDeepJson(text, MAX_REPORT_DEPTH);
  if (deep) throw new InputError([error('REPORT_TOO_DEEP', { max: MAX_REPORT_DEPTH }, { file, line: deep.line, column: deep.column })]);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError([error('REPORT_NOT_JSON', { reason: (e as Error).message }, { file })]);
  }
  const found = value && typeof value === 'object' && !Array.isArray(value) ? (value as J).schema : undefined;
  if (found !== REPORT_SCHEMA) {
    throw new InputError([error('REPORT_UNSUPPORTED_SCHEMA', { found: typeof found === 'string' ? found : '', expected: REPORT_SCHEMA }, { file })]);
  }
  validator ??= compileValidator();
  const validate = await validator;
  if (!validate(value)) {
    const errors = validate.errors ?? [];
    const ds: Diagnostic[] = errors.slice(0, MAX_ERRORS).map((e) => {
      const detail = e.keyword === 'additionalProperties' ? `${e.message ?? ''}: ${String(e.params.additionalProperty)}` : (e.message ?? e.keyword);
      return error('REPORT_INVALID', { detail, more: Math.max(0, errors.length - MAX_ERRORS) }, { file, pointer: e.instancePath || '' });
    });
    throw new InputError(ds);
  }
  return toAssessment(value as J);
}

/**
 * Nesting a saved report may have: a report nests a few levels per rubric level, and rubrics nest
 * at most 64 deep. Deeper JSON overflows the stack of the schema validator (exit 3), so it is
 * refused first, by a linear scan that never recurses.
 */
export const MAX_REPORT_DEPTH = 512;

/** Where JSON text first nests deeper than `max` (1-based line and column), or undefined. Strings are skipped. */
export function tooDeepJson(text: string, max: number): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote, past escapes.
      for (i++; i < text.length; i++) {
        const k = text.charCodeAt(i);
        if (k === 0x5c) i++;
        else if (k === 0x22 || k === 0x0a) break;
      }
      if (text.charCodeAt(i) === 0x0a) [line, lineStart] = [line + 1, i + 1];
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x0a) [line, lineStart] = [line + 1, i + 1];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON (already validated) -> Assessment

const d = (x: unknown): Dec => Dec.num(x as number);
const dOrNull = (x: unknown): Dec | null => (x === null ? null : d(x));
const obj = (x: unknown): J => x as J;
const str = (x: unknown): string => x as string;
const local = (x: unknown): LocalText => ({ id: str(obj(x).id), en: str(obj(x).en) });

function predicate(x: unknown): Predicate {
  const p = obj(x);
  const r: Predicate = { code: str(p.code), label: local(p.label), kind: p.kind as Predicate['kind'] };
  if (p.color !== undefined) r.color = str(p.color);
  if (p.capped !== undefined) {
    const c = obj(p.capped);
    r.capped = { from: str(c.from), atLeast: str(c.atLeast), of: str(c.of), children: (c.children as string[]).map(str) };
  }
  return r;
}

// v2 values (optional keys; a v1 report has none of them)

function condition(x: unknown): Condition {
  const c = obj(x);
  const r: Condition = {};
  if (c.column !== undefined) r.column = str(c.column);
  if (c.profile !== undefined) r.profile = str(c.profile);
  if (c.criterion !== undefined) r.criterion = str(c.criterion);
  if (c.in !== undefined) r.in = (c.in as string[]).map(str);
  if (c.notIn !== undefined) r.notIn = (c.notIn as string[]).map(str);
  return r;
}

function notApplicable(x: unknown): NotApplicable {
  const n = obj(x);
  const r: NotApplicable = { reason: n.reason as NotApplicable['reason'] };
  if (n.condition !== undefined) r.condition = condition(n.condition);
  if (n.value !== undefined) r.value = str(n.value);
  if (n.ref !== undefined) r.ref = cellRef(n.ref);
  return r;
}

const incomplete = (x: unknown): { missing: string[]; fallback: string } => ({ missing: (obj(x).missing as string[]).map(str), fallback: str(obj(x).fallback) });

function profileResult(x: unknown): ProfileResult {
  const p = obj(x);
  const r: ProfileResult = { code: str(p.code), label: local(p.label), value: p.value === null ? null : str(p.value), source: p.source as ProfileResult['source'] };
  if (p.answer !== undefined) r.answer = local(p.answer);
  if (p.raw !== undefined) r.raw = str(p.raw);
  if (p.ref !== undefined) r.ref = cellRef(p.ref);
  if (p.answers !== undefined) r.answers = (p.answers as J[]).map((a) => ({ value: str(a.value), label: local(a.label) }));
  return r;
}

function rangeLabel(x: unknown): OutOfRangeLabel {
  const l = obj(x);
  const r: OutOfRangeLabel = { code: str(l.code), label: local(l.label) };
  if (l.color !== undefined) r.color = str(l.color);
  return r;
}

function band(x: unknown): Band {
  const b = obj(x);
  const r: Band = { code: str(b.code), label: local(b.label) };
  if (b.min !== undefined) r.min = b.min as number;
  if (b.minInclusive !== undefined) r.minInclusive = b.minInclusive as boolean;
  if (b.max !== undefined) r.max = b.max as number;
  if (b.maxInclusive !== undefined) r.maxInclusive = b.maxInclusive as boolean;
  if (b.color !== undefined) r.color = str(b.color);
  return r;
}

function provenance(x: unknown): Provenance {
  const p = obj(x);
  const r: Provenance = { source: str(p.source), confidence: p.confidence as Provenance['confidence'] };
  if (p.noteText !== undefined) r.note = local(p.noteText);
  else if (p.note !== undefined) r.note = str(p.note);
  return r;
}

function cellRef(x: unknown): CellRef {
  const c = obj(x);
  const r: CellRef = { cell: str(c.cell), row: c.row as number, column: c.column as number };
  if (c.sheet !== undefined) r.sheet = str(c.sheet);
  if (c.line !== undefined) r.line = c.line as number;
  return r;
}

function valueTrace(x: unknown): ValueTrace {
  const v = obj(x);
  const r: ValueTrace = { raw: v.raw as ValueTrace['raw'], parsed: v.parsed as ValueTrace['parsed'], points: dOrNull(v.points) };
  if (v.ref !== undefined) r.ref = cellRef(v.ref);
  if (v.assumed === true) r.assumed = true;
  return r;
}

function trace(x: unknown): LeafTrace {
  const t = obj(x);
  const r: LeafTrace = { kind: t.kind as LeafTrace['kind'], used: t.used as LeafTrace['used'], rule: str(t.rule) };
  if (t.self !== undefined) r.self = valueTrace(t.self);
  if (t.verified !== undefined) r.verified = valueTrace(t.verified);
  if (t.replaced !== undefined) r.replaced = valueTrace(t.replaced);
  if (t.evidence !== undefined) r.evidence = str(t.evidence);
  if (t.notes !== undefined) r.notes = str(t.notes);
  return r;
}

function node(x: unknown): NodeResult {
  const n = obj(x);
  const r: NodeResult = {
    code: str(n.code),
    name: local(n.name),
    kind: n.kind as NodeResult['kind'],
    depth: n.depth as number,
    weight: d(n.weight),
    status: n.status as NodeResult['status'],
    score: d(n.score),
    selfScore: d(n.selfScore),
    max: d(n.max),
    percent: dOrNull(n.percent),
    share: d(n.share),
    coverage: d(n.coverage),
    missingPolicy: n.missingPolicy as NodeResult['missingPolicy'],
  };
  if (n.aggregate !== undefined) r.aggregate = n.aggregate as NodeResult['aggregate'];
  if (n.coefficient !== undefined) r.coefficient = d(n.coefficient);
  if (n.cap !== undefined) r.cap = d(n.cap);
  if (n.unrounded !== undefined) r.unrounded = d(n.unrounded);
  if (n.category !== undefined) r.category = predicate(n.category);
  if (n.notApplicable !== undefined) r.notApplicable = notApplicable(n.notApplicable);
  if (n.incomplete !== undefined) r.incomplete = incomplete(n.incomplete);
  if (n.provenance !== undefined) r.provenance = provenance(n.provenance);
  if (n.trace !== undefined) r.trace = trace(n.trace);
  if (n.children !== undefined) r.children = (n.children as unknown[]).map(node);
  return r;
}

function nextStep(x: unknown): NextStep {
  const s = obj(x);
  const t = obj(s.target);
  const target: NextStep['target'] = { code: str(t.code), label: local(t.label), min: d(t.min), minInclusive: t.minInclusive as boolean, next: t.next as boolean };
  if (t.color !== undefined) target.color = str(t.color);
  const items = (s.items as unknown[]).map((y): NextStepItem => {
    const i = obj(y);
    const n = obj(i.next);
    const next: NextStepItem['next'] = { value: n.value as number, label: local(n.label), share: d(n.share) };
    if (n.description !== undefined) next.description = local(n.description);
    return {
      code: str(i.code),
      name: local(i.name),
      ...(i.ref !== undefined ? { ref: cellRef(i.ref) } : {}),
      ...(i.assumed === true ? { assumed: true } : {}),
      level: i.level as number | null,
      share: d(i.share),
      value: d(i.value),
      gap: d(i.gap),
      next,
    };
  });
  return { code: str(s.code), name: local(s.name), score: d(s.score), category: predicate(s.category), target, items };
}

function diagnostic(x: unknown): Diagnostic {
  const g = obj(x);
  const r: Diagnostic = { code: str(g.code), severity: g.severity as Diagnostic['severity'], args: { ...(g.args as Args) } };
  if (g.location !== undefined) r.location = { ...(g.location as Location) };
  return r;
}

function toAssessment(r: J): Assessment {
  const rubric = obj(r.rubric);
  const input = obj(r.input);
  const subject = obj(r.subject);
  const scale = obj(r.scale);
  const provisional = obj(r.provisional);
  const a: Assessment = {
    tool: { name: 'merit', version: str(obj(r.tool).version) },
    rubric: {
      id: str(rubric.id),
      version: str(rubric.version),
      sha256: str(rubric.sha256),
      title: local(rubric.title),
      status: rubric.status as Assessment['rubric']['status'],
      subject: rubric.subject as Assessment['rubric']['subject'],
      source: str(rubric.source),
    },
    input: { path: str(input.path), sha256: str(input.sha256), format: input.format as InputFormat },
    subject: { name: str(subject.name), source: subject.source as Assessment['subject']['source'] },
    score: d(r.score),
    unroundedScore: d(r.unroundedScore),
    selfScore: d(r.selfScore),
    max: d(r.max),
    percent: dOrNull(r.percent),
    coverage: d(r.coverage),
    predicate: predicate(r.predicate),
    selfPredicate: predicate(r.selfPredicate),
    scale: { bands: (scale.bands as unknown[]).map(band) },
    root: node(r.root),
    assumptions: (r.assumptions as J[]).map((x) => ({ code: str(x.code), value: str(x.value) })),
    provisional: {
      rubric: provisional.rubric as boolean,
      parts: (provisional.parts as J[]).map((p) => ({
        kind: p.kind as 'rubric' | 'node' | 'band',
        code: str(p.code),
        confidence: p.confidence as Provenance['confidence'],
        source: str(p.source),
      })),
    },
    diagnostics: (r.diagnostics as unknown[]).map(diagnostic),
  };
  if (input.sheet !== undefined) a.input.sheet = str(input.sheet);
  if (subject.period !== undefined) a.subject.period = str(subject.period);
  if (scale.below !== undefined || scale.above !== undefined) {
    a.scale.outOfRange = {};
    if (scale.below !== undefined) a.scale.outOfRange.below = rangeLabel(scale.below);
    if (scale.above !== undefined) a.scale.outOfRange.above = rangeLabel(scale.above);
  }
  if (rubric.base !== undefined) {
    const b = obj(rubric.base);
    a.rubric.base = { id: str(b.id), version: str(b.version), sha256: str(b.sha256), source: str(b.source) };
  }
  if (rubric.notice !== undefined) a.rubric.notice = local(rubric.notice);
  if (r.profile !== undefined) a.profile = (r.profile as unknown[]).map(profileResult);
  if (r.nextSteps !== undefined) a.nextSteps = (r.nextSteps as unknown[]).map(nextStep);
  if (r.nominal !== undefined) {
    const nm = obj(r.nominal);
    a.nominal = { value: d(nm.value), label: local(nm.label) };
    if (nm.unit !== undefined) a.nominal.unit = str(nm.unit);
  }
  if (r.incomplete !== undefined) a.incomplete = { code: str(obj(r.incomplete).code), ...incomplete(r.incomplete) };
  if (r.generatedAt !== undefined) a.generatedAt = str(r.generatedAt);
  return a;
}
