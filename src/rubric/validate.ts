/**
 * Rubric validation: parse (with positions) -> the precompiled JSON Schema validator of the
 * file's `format` -> ajv errors mapped to located diagnostics -> when the schema is satisfied, the
 * semantic lint.
 *
 * The schema validators are generated at build time (scripts/build.mjs -> generated/
 * validate-rubric.js for `merit-rubric/1`, validate-rubric-2.js for `/2`), so no ajv compilation
 * happens at run time. The v2 validator is imported on use (schema-v2.ts): only a `/2` file, or
 * the error path of a `/1` file (to hint that a rejected key is a v2 key), loads it. A missing or
 * unknown `format` takes the v1 path, whose schema says what it expects.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { error, sortDiagnostics, type Diagnostic, type Location } from '../diagnostics.js';
import schema1 from '../../rubrics/schema/rubric-1.schema.json' with { type: 'json' };
import validate1 from './generated/validate-rubric.js';
import { joinPointer, parseJsonLocated, type Position } from './json-locate.js';
import { lintRubric } from './lint.js';
import { closest } from './suggest.js';
import type { Rubric } from './types.js';

export interface RubricValidation {
  /** The rubric, when it has no errors (warnings allowed). */
  rubric?: Rubric;
  /** Errors and warnings, errors first, then in file order. */
  diagnostics: Diagnostic[];
  /** JSON pointer -> line/column in the text (undefined when the text is not JSON). */
  locate?: (pointer: string, options?: { key?: boolean }) => Position | undefined;
  /**
   * A v2 file that `extends` another: its schema was checked, but it is not a whole rubric yet
   * (load.ts resolves the base, merges, and validates the merged rubric with `validateRubricValue`).
   */
  partial?: boolean;
}

type Locate = (pointer: string, options?: { key?: boolean }) => Position | undefined;

/** A rubric language version: its validator, its schema, and what the error mapping reads from it. */
export interface Flavour {
  validate: ValidateFunction;
  /** Keys a node may have: a group's and a leaf's (a typo in `scoring` makes a leaf look like a group). */
  nodeKeys: string[];
  /** What a pattern means, so the message can say "not a semantic version" rather than a regex. */
  patternKinds: Record<string, string>;
}

type SchemaDoc = { properties: Record<string, SchemaNode>; $defs: Record<string, SchemaNode> } & Record<string, unknown>;

function flavour(validate: ValidateFunction, schema: SchemaDoc): Flavour {
  const defs = schema.$defs;
  const pattern = (s: unknown) => String((s as { pattern?: string } | undefined)?.pattern);
  return {
    validate,
    nodeKeys: [...new Set([...Object.keys(defs.groupNode?.properties ?? {}), ...Object.keys(defs.leafNode?.properties ?? {})])],
    patternKinds: {
      [pattern(schema.properties.id)]: 'id',
      [pattern(schema.properties.version)]: 'version',
      [pattern(defs.legalBasis?.properties?.url)]: 'url',
      [pattern(defs.legalBasis?.properties?.date)]: 'date',
      [pattern(defs.color)]: 'color',
      [pattern(defs.nodeCode)]: 'code',
      [pattern(defs.columnKey)]: 'column',
    },
  };
}

const V1 = flavour(validate1, schema1 as unknown as SchemaDoc);
let v2Flavour: Promise<Flavour> | undefined;
/** The v2 validator and schema, imported on first use. */
function loadV2(): Promise<Flavour> {
  v2Flavour ??= import('./schema-v2.js').then((m) => flavour(m.validate, m.schema as unknown as SchemaDoc));
  return v2Flavour;
}

export const V2_FORMAT = 'merit-rubric/2';

const isV2 = (value: unknown): boolean => !!value && typeof value === 'object' && !Array.isArray(value) && (value as { format?: unknown }).format === V2_FORMAT;

export async function validateRubricText(text: string, file: string): Promise<RubricValidation> {
  const parsed = parseJsonLocated(text, { file });
  if (parsed.value === undefined) return { diagnostics: sortDiagnostics(parsed.diagnostics) };
  const locate = parsed.locate;
  const diagnostics = [...parsed.diagnostics];
  const value = parsed.value;
  const v2 = isV2(value);
  const f = v2 ? await loadV2() : V1;
  if (!f.validate(value)) {
    // A number out of range was replaced by 0: what the schema says of that 0 is not the author's mistake.
    const replaced = new Set(parsed.diagnostics.filter((d) => d.code === 'RUBRIC_NUMBER_RANGE').map((d) => d.location?.pointer));
    // A v1 file using a v2 key or value: the v2 schema says so, and the diagnostic hints at the format.
    const errors = [...(f.validate.errors ?? [])];
    const knownToV2 = v2 ? undefined : v2Verdict(await loadV2(), value);
    const schemaDiagnostics = mapSchemaErrors(errors, { file, locate, root: value, flavour: f, ...(knownToV2 ? { v2: knownToV2 } : {}) });
    // A loop, not push(...list): 10^5 diagnostics as arguments overflow the stack.
    for (const d of schemaDiagnostics) if (!replaced.has(d.location?.pointer)) diagnostics.push(d);
    return { diagnostics: sortDiagnostics(diagnostics), locate };
  }
  const rubric = value as Rubric;
  // An extending file is checked as a whole once its base is merged in (load.ts).
  if (v2 && rubric.extends !== undefined) {
    const sorted = sortDiagnostics(diagnostics);
    return sorted.some((d) => d.severity === 'error') ? { diagnostics: sorted, locate } : { rubric, diagnostics: sorted, locate, partial: true };
  }
  // After a parse error (a number out of range was replaced, a key dropped) the semantic rules
  // would judge a rubric the author did not write: report the parse errors alone.
  if (parsed.diagnostics.length === 0) for (const d of lintRubric(rubric, { file, locate })) diagnostics.push(d);
  const sorted = sortDiagnostics(diagnostics);
  return sorted.some((d) => d.severity === 'error') ? { diagnostics: sorted, locate } : { rubric, diagnostics: sorted, locate };
}

/**
 * Validates a rubric that has no text of its own (a merged `extends` rubric): the v2 schema, then
 * the lint. Locations carry the value's JSON pointers (and `locate`'s line:column); the caller
 * puts them in the files that wrote each part.
 */
export async function validateRubricValue(value: Rubric, locate?: Locate): Promise<{ rubric?: Rubric; diagnostics: Diagnostic[] }> {
  const f = await loadV2();
  if (!f.validate(value)) return { diagnostics: sortDiagnostics(mapSchemaErrors(f.validate.errors ?? [], { root: value, flavour: f, ...(locate ? { locate } : {}) })) };
  const sorted = sortDiagnostics(lintRubric(value, locate ? { locate } : {}));
  return sorted.some((d) => d.severity === 'error') ? { diagnostics: sorted } : { rubric: value, diagnostics: sorted };
}

// ---------------------------------------------------------------------------------------------
// ajv errors -> diagnostics

interface MapContext {
  file?: string;
  locate?: Locate;
  root: unknown;
  flavour: Flavour;
  /** When mapping a v1 file's errors: a key or value the v2 schema knows gets the format hint. */
  v2?: V2Verdict;
}

type SchemaNode = { properties?: Record<string, unknown>; propertyNames?: { pattern?: string } } & Record<string, unknown>;

function isNodeSchema(s: SchemaNode | undefined): boolean {
  const p = s?.properties;
  return !!p && 'code' in p && 'name' in p && ('children' in p || 'scoring' in p);
}

export function mapSchemaErrors(errors: readonly ErrorObject[], ctx: MapContext): Diagnostic[] {
  // 1. Drop the bookkeeping: `if` (the branch's own errors say what is wrong) and the branches
  //    of oneOf / anyOf / propertyNames, which are reported once by their parent keyword. An anyOf
  //    whose data has the type of one branch (a node's `bands`: a name or a list) is that
  //    branch's errors instead.
  //    Linear in the error count: parents are grouped by the data they are about, and the many
  //    parents of one schema place (a propertyNames error per bad key of one object) are one group.
  const isParent = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'propertyNames';
  const branchIndex = (parentPath: string, e: ErrorObject): number | undefined => {
    if (!e.schemaPath.startsWith(parentPath + '/')) return undefined;
    return Number(e.schemaPath.slice(parentPath.length + 1).split('/')[0]);
  };
  /** instancePath -> a parent's schemaPath -> the branch kept by each parent there (undefined: none). */
  const parentsAt = new Map<string, Map<string, Set<number | undefined>>>();
  /** instancePath -> its type errors, for finding the anyOf branch whose type fits. */
  const typeErrorsAt = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword !== 'type') continue;
    const list = typeErrorsAt.get(e.instancePath);
    if (list) list.push(e);
    else typeErrorsAt.set(e.instancePath, [e]);
  }
  /** For an anyOf: the one branch whose type fits the data (it has no type error of its own). */
  const fitting = new Set<ErrorObject>();
  for (const p of errors) {
    if (!isParent(p)) continue;
    let fit: number | undefined;
    if (p.keyword === 'anyOf') {
      const branches = ((p.parentSchema as { anyOf?: unknown[] } | undefined)?.anyOf ?? []).map((_, i) => i);
      const typeFails = new Set((typeErrorsAt.get(p.instancePath) ?? []).map((e) => branchIndex(p.schemaPath, e)));
      const fits = branches.filter((i) => !typeFails.has(i));
      if (fits.length === 1) {
        fit = fits[0]!;
        fitting.add(p);
      }
    }
    let places = parentsAt.get(p.instancePath);
    if (!places) parentsAt.set(p.instancePath, (places = new Map()));
    const kept = places.get(p.schemaPath);
    if (kept) kept.add(fit);
    else places.set(p.schemaPath, new Set([fit]));
  }
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (fitting.has(e)) return false;
    const places = parentsAt.get(e.instancePath);
    if (!places) return true;
    for (const [path, fits] of places) {
      if (path === e.schemaPath) continue; // a parent is not its own branch
      const b = branchIndex(path, e);
      if (b === undefined) continue;
      for (const f of fits) if (f !== b) return false;
    }
    return true;
  });

  const at = (pointer: string, key = false): Location => {
    const p = ctx.locate?.(pointer, { key });
    return { ...(ctx.file !== undefined ? { file: ctx.file } : {}), ...(p ? { line: p.line, column: p.column } : {}), pointer };
  };

  // Unknown keys first: their suggestions can explain a "required" error at the same object.
  const suggested = new Map<string, Set<string>>();
  const out: Diagnostic[] = [];
  const unknown = kept.filter((e) => e.keyword === 'additionalProperties');
  for (const e of unknown) {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const parent = e.parentSchema as SchemaNode | undefined;
    const data = e.data as Record<string, unknown> | undefined;
    const pointer = joinPointer(e.instancePath, key);
    if (key === 'children' && isNodeSchema(parent) && data && Object.hasOwn(data, 'scoring')) {
      out.push(error('RUBRIC_NODE_KIND', { reason: 'both' }, at(pointer, true)));
      continue;
    }
    const node = isNodeSchema(parent);
    const allowed = node ? ctx.flavour.nodeKeys : Object.keys(parent?.properties ?? {});
    if (ctx.v2?.knowsKey(pointer)) {
      out.push(error('RUBRIC_UNKNOWN_KEY', { key, allowed, v2: true }, at(pointer, true)));
      continue;
    }
    const suggestion = closest(key, allowed.filter((k) => !(data && Object.hasOwn(data, k))));
    if (suggestion) {
      const s = suggested.get(e.instancePath) ?? new Set<string>();
      s.add(suggestion);
      suggested.set(e.instancePath, s);
    }
    out.push(error('RUBRIC_UNKNOWN_KEY', { key, allowed, ...(suggestion ? { suggestion } : {}) }, at(pointer, true)));
  }

  for (const e of kept) {
    const pointer = e.instancePath;
    const params = e.params as Record<string, unknown>;
    const parent = e.parentSchema as SchemaNode | undefined;
    switch (e.keyword) {
      case 'additionalProperties':
        break;
      case 'required': {
        const key = String(params.missingProperty);
        if (suggested.get(pointer)?.has(key)) break; // the typo'd key already says it
        const data = e.data as Record<string, unknown> | undefined;
        if (key === 'children' && isNodeSchema(parent) && data && !Object.hasOwn(data, 'scoring')) {
          if (suggested.get(pointer)?.has('scoring')) break;
          out.push(error('RUBRIC_NODE_KIND', { reason: 'neither' }, at(pointer)));
          break;
        }
        out.push(error('RUBRIC_REQUIRED', { key }, at(pointer)));
        break;
      }
      case 'dependentRequired':
        out.push(error('RUBRIC_REQUIRED', { key: String(params.missingProperty), for: String(params.property) }, at(pointer)));
        break;
      case 'type': {
        const expected = Array.isArray(params.type) ? (params.type as string[]).join('|') : String(params.type);
        const found = typeOf(e.data);
        const numeric = typeof e.data === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(e.data) && (expected === 'number' || expected === 'integer');
        out.push(error('RUBRIC_TYPE', { expected, found, ...(numeric ? { value: e.data as string } : {}) }, at(pointer)));
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const value = e.data;
        if (ctx.v2?.knowsValue(pointer)) {
          out.push(error('RUBRIC_ENUM', { value: show(value), allowed, v2: true }, at(pointer)));
          break;
        }
        const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
        out.push(error('RUBRIC_ENUM', { value: show(value), allowed, ...(suggestion ? { suggestion } : {}) }, at(pointer)));
        break;
      }
      case 'const': {
        const expected = String(params.allowedValue);
        if (pointer === '/format') out.push(error('RUBRIC_FORMAT', { value: show(e.data), expected, supported: ['merit-rubric/1', V2_FORMAT] }, at(pointer)));
        else out.push(error('RUBRIC_CONST', { value: show(e.data), expected }, at(pointer)));
        break;
      }
      case 'pattern': {
        const pattern = String(params.pattern);
        out.push(error('RUBRIC_PATTERN', { value: show(e.data), kind: ctx.flavour.patternKinds[pattern] ?? 'other', pattern }, at(pointer)));
        break;
      }
      case 'propertyNames': {
        const name = String(params.propertyName);
        const pattern = String(parent?.propertyNames?.pattern ?? '');
        out.push(error('RUBRIC_PATTERN', { value: name, kind: 'name', pattern }, at(joinPointer(pointer, name), true)));
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        out.push(error('RUBRIC_RANGE', { value: show(e.data), comparison: String(params.comparison), limit: Number(params.limit) }, at(pointer)));
        break;
      case 'minItems':
        out.push(error('RUBRIC_TOO_FEW', { limit: Number(params.limit) }, at(pointer)));
        break;
      case 'minLength':
        out.push(error('RUBRIC_TOO_SHORT', { limit: Number(params.limit) }, at(pointer)));
        break;
      case 'maxLength':
        out.push(error('RUBRIC_TOO_LONG', { limit: Number(params.limit), length: typeof e.data === 'string' ? e.data.length : 0 }, at(pointer)));
        break;
      case 'oneOf': {
        const p = parent?.properties;
        if (p && 'step' in p && 'decimals' in p) {
          out.push(error('RUBRIC_ROUNDING', { reason: params.passingSchemas ? 'both' : 'neither' }, at(pointer)));
          break;
        }
        if (p && 'column' in p && 'profile' in p && 'criterion' in p) {
          out.push(error('RUBRIC_CONDITION_ONE', { reason: params.passingSchemas ? 'both' : 'neither' }, at(pointer)));
          break;
        }
        out.push(schemaError(e, at(pointer)));
        break;
      }
      case 'anyOf': {
        // No branch's type fits: say which types would.
        const types = ((parent as { anyOf?: { type?: string; $ref?: string }[] } | undefined)?.anyOf ?? []).map((b) => b.type ?? (b.$ref ? 'array' : ''));
        if (types.every(Boolean)) out.push(error('RUBRIC_TYPE', { expected: types.join('|'), found: typeOf(e.data) }, at(pointer)));
        else out.push(schemaError(e, at(pointer)));
        break;
      }
      default:
        out.push(schemaError(e, at(pointer)));
    }
  }
  return dedupe(out);
}

/**
 * What the v2 schema says of a v1 file read as v2: where it, too, refuses a key or a value. A key
 * or value the v1 schema refuses and the v2 schema does not is a v2 construct.
 */
export function v2Verdict(v2: Flavour, value: unknown): V2Verdict {
  const unknownKeys = new Set<string>();
  const badValues = new Set<string>();
  if (value && typeof value === 'object' && !Array.isArray(value) && !v2.validate({ ...(value as object), format: V2_FORMAT })) {
    for (const e of v2.validate.errors ?? []) {
      if (e.keyword === 'additionalProperties') unknownKeys.add(joinPointer(e.instancePath, String((e.params as { additionalProperty: string }).additionalProperty)));
      if (e.keyword === 'enum') badValues.add(e.instancePath);
    }
  }
  return { knowsKey: (pointer) => !unknownKeys.has(pointer), knowsValue: (pointer) => !badValues.has(pointer) };
}

export interface V2Verdict {
  knowsKey(pointer: string): boolean;
  knowsValue(pointer: string): boolean;
}

function schemaError(e: ErrorObject, location: Location): Diagnostic {
  return error('RUBRIC_SCHEMA', { keyword: e.keyword, message: e.message ?? '' }, location);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.code}\u0000${d.location?.pointer}\u0000${JSON.stringify(d.args)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** JSON type names, as a person reading JSON would say them. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value for a message: strings as they are, others as compact JSON (cut at 60 characters). */
function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

