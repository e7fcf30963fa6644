/**
 * Rubric validation: parse (with positions) -> the precompiled JSON Schema validator -> ajv
 * errors mapped to located diagnostics -> when the schema is satisfied, the semantic lint.
 *
 * The schema validator is generated at build time (scripts/build.mjs -> generated/
 * validate-rubric.js), so no ajv compilation happens at run time.
 */
import type { ErrorObject } from 'ajv';
import { error, sortDiagnostics, type Diagnostic, type Location } from '../diagnostics.js';
import schema from '../../rubrics/schema/rubric-1.schema.json' with { type: 'json' };
import validateSchema from './generated/validate-rubric.js';
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
}

export function validateRubricText(text: string, file: string): RubricValidation {
  const parsed = parseJsonLocated(text, { file });
  if (parsed.value === undefined) return { diagnostics: sortDiagnostics(parsed.diagnostics) };
  const locate = parsed.locate;
  const diagnostics = [...parsed.diagnostics];
  const value = parsed.value;
  if (!validateSchema(value)) {
    // A number out of range was replaced by 0: what the schema says of that 0 is not the author's mistake.
    const replaced = new Set(parsed.diagnostics.filter((d) => d.code === 'RUBRIC_NUMBER_RANGE').map((d) => d.location?.pointer));
    const schemaDiagnostics = mapSchemaErrors(validateSchema.errors ?? [], { file, locate, root: value });
    diagnostics.push(...schemaDiagnostics.filter((d) => !replaced.has(d.location?.pointer)));
    return { diagnostics: sortDiagnostics(diagnostics), locate };
  }
  const rubric = value as Rubric;
  // After a parse error (a number out of range was replaced, a key dropped) the semantic rules
  // would judge a rubric the author did not write: report the parse errors alone.
  if (parsed.diagnostics.length === 0) diagnostics.push(...lintRubric(rubric, { file, locate }));
  const sorted = sortDiagnostics(diagnostics);
  return sorted.some((d) => d.severity === 'error') ? { diagnostics: sorted, locate } : { rubric, diagnostics: sorted, locate };
}

// ---------------------------------------------------------------------------------------------
// ajv errors -> diagnostics

interface MapContext {
  file: string;
  locate: (pointer: string, options?: { key?: boolean }) => Position | undefined;
  root: unknown;
}

type SchemaNode = { properties?: Record<string, unknown>; propertyNames?: { pattern?: string } } & Record<string, unknown>;

const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;
/** Keys a node may have: a group's and a leaf's (a typo in `scoring` makes a leaf look like a group). */
const NODE_KEYS = [...new Set([...Object.keys(defs.groupNode?.properties ?? {}), ...Object.keys(defs.leafNode?.properties ?? {})])];

/** What a pattern means, so the message can say "not a semantic version" rather than a regex. */
const PATTERN_KINDS: Record<string, string> = {
  [String((schema as unknown as { properties: Record<string, { pattern?: string }> }).properties.id?.pattern)]: 'id',
  [String((schema as unknown as { properties: Record<string, { pattern?: string }> }).properties.version?.pattern)]: 'version',
  [String((defs.legalBasis?.properties?.url as { pattern?: string } | undefined)?.pattern)]: 'url',
  [String((defs.legalBasis?.properties?.date as { pattern?: string } | undefined)?.pattern)]: 'date',
  [String(defs.color?.pattern)]: 'color',
  [String(defs.nodeCode?.pattern)]: 'code',
  [String(defs.columnKey?.pattern)]: 'column',
};

function isNodeSchema(s: SchemaNode | undefined): boolean {
  const p = s?.properties;
  return !!p && 'code' in p && 'name' in p && ('children' in p || 'scoring' in p);
}

export function mapSchemaErrors(errors: readonly ErrorObject[], ctx: MapContext): Diagnostic[] {
  // 1. Drop the bookkeeping: `if` (the branch's own errors say what is wrong) and the branches
  //    of oneOf / propertyNames, which are reported once by their parent keyword.
  const parents = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'propertyNames');
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    return !parents.some((p) => p !== e && e.instancePath === p.instancePath && e.schemaPath.startsWith(p.schemaPath + '/'));
  });

  const at = (pointer: string, key = false): Location => {
    const p = ctx.locate(pointer, { key });
    return { file: ctx.file, ...(p ? { line: p.line, column: p.column } : {}), pointer };
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
    const allowed = isNodeSchema(parent) ? NODE_KEYS : Object.keys(parent?.properties ?? {});
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
        const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
        out.push(error('RUBRIC_ENUM', { value: show(value), allowed, ...(suggestion ? { suggestion } : {}) }, at(pointer)));
        break;
      }
      case 'const': {
        const expected = String(params.allowedValue);
        out.push(error(pointer === '/format' ? 'RUBRIC_FORMAT' : 'RUBRIC_CONST', { value: show(e.data), expected }, at(pointer)));
        break;
      }
      case 'pattern': {
        const pattern = String(params.pattern);
        out.push(error('RUBRIC_PATTERN', { value: show(e.data), kind: PATTERN_KINDS[pattern] ?? 'other', pattern }, at(pointer)));
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
        out.push(schemaError(e, at(pointer)));
        break;
      }
      default:
        out.push(schemaError(e, at(pointer)));
    }
  }
  return dedupe(out);
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

