/**
 * `merit rubric test`: the expectation file (`NAME.expect.json`, schemas/merit-rubric-test-1) —
 * checking it against its schema with located errors, comparing an Assessment with it, and writing
 * one from an Assessment (`--update`). Pure: no file system here (rubric-test-action.ts reads and
 * writes).
 */
import type { ErrorObject } from 'ajv';
import { Dec } from '../decimal.js';
import { error, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { parseJsonLocated } from '../rubric/json-locate.js';
import type { Assessment, NodeResult } from '../scoring/types.js';
import schema from '../../schemas/merit-rubric-test-1.schema.json' with { type: 'json' };

/** The expectation format's name, and the relative `$schema` written into new files. */
export const EXPECT_SCHEMA_FILE = 'merit-rubric-test-1.schema.json';

type Num = number | string;

export interface Expectation {
  $schema?: string;
  description?: string;
  profile?: Record<string, string>;
  score?: Num;
  predicate?: string;
  coverage?: Num;
  nodes?: Record<string, { score?: Num; category?: string; status?: string }>;
  diagnostics?: string[];
}

/** One difference between what the expectation says and what scoring found. */
export interface Mismatch {
  /** The node path (`KASN2019 › A3 › A3.2`), or the rubric root's code for the total. */
  path: string;
  /** `score`, `predicate`, `coverage`, `category`, `status`, `diagnostics`. */
  field: string;
  expected: string;
  found: string;
}

type Validator = ((v: unknown) => boolean) & { errors?: ErrorObject[] | null };
let compiled: Validator | undefined;

async function validator(): Promise<Validator> {
  if (compiled) return compiled;
  // ajv is CommonJS: bundled, its named export sits on `default`.
  const mod = (await import('ajv/dist/2020.js')) as unknown as { Ajv2020?: typeof import('ajv/dist/2020.js').Ajv2020; default: { Ajv2020: typeof import('ajv/dist/2020.js').Ajv2020 } };
  const Ajv2020 = mod.Ajv2020 ?? mod.default.Ajv2020;
  compiled = new Ajv2020({ allErrors: true, strict: true }).compile(schema) as Validator;
  return compiled;
}

/** Parses and checks an expectation file's text; every problem is located (file:line:column, pointer). */
export async function parseExpectation(text: string, file: string): Promise<{ expectation?: Expectation; diagnostics: Diagnostic[] }> {
  const parsed = parseJsonLocated(text, { file });
  if (parsed.diagnostics.length > 0 || parsed.value === undefined) return { diagnostics: parsed.diagnostics };
  const validate = await validator();
  if (validate(parsed.value)) return { expectation: parsed.value as Expectation, diagnostics: [] };
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const e of validate.errors ?? []) {
    // oneOf reports each branch: the `number` definition is worded once as itself.
    if (e.keyword === 'type' && e.schemaPath.includes('/oneOf/')) continue;
    if (e.keyword === 'pattern' && e.schemaPath.includes('/oneOf/')) continue;
    const extra = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
    const pointer = extra !== undefined ? `${e.instancePath}/${extra}` : e.instancePath;
    const reason = e.keyword === 'oneOf' ? 'number' : e.keyword;
    const key = `${pointer}|${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = parsed.locate(pointer, { key: extra !== undefined });
    const args: Record<string, string> = { reason, pointer: pointer || '/' };
    if (extra !== undefined) args.key = extra;
    const p = e.params as Record<string, unknown>;
    if (e.keyword === 'type') args.expected = String(p.type);
    if (e.keyword === 'enum') args.expected = (p.allowedValues as unknown[]).join(', ');
    if (e.keyword === 'required') args.key = String(p.missingProperty);
    diagnostics.push(error('TEST_EXPECT_INVALID', args, { file, ...(at ? { line: at.line, column: at.column } : {}), pointer: pointer || '/' }));
  }
  return { diagnostics: sortDiagnostics(diagnostics) };
}

/** The node path of every node (`KASN2019 › A3 › A3.2`), keyed by code. */
export function nodePaths(root: NodeResult): Map<string, { path: string; node: NodeResult }> {
  const out = new Map<string, { path: string; node: NodeResult }>();
  const walk = (n: NodeResult, prefix: string) => {
    const path = prefix ? `${prefix} › ${n.code}` : n.code;
    out.set(n.code, { path, node: n });
    for (const c of n.children ?? []) walk(c, path);
  };
  walk(root, '');
  return out;
}

/**
 * The node an expectation key names: a code (`A3.2`), or a path of codes from the root or from
 * any node (`A3/A3.2`, `KASN2019/A3/A3.2`), which must then be where the rubric has it.
 */
function lookup(key: string, paths: Map<string, { path: string; node: NodeResult }>): { path: string; node: NodeResult } | undefined {
  const parts = key.split('/');
  const hit = paths.get(parts[parts.length - 1]!);
  if (!hit || parts.length === 1) return hit;
  const full = hit.path.split(' › ').join('/');
  const want = parts.join('/');
  return full === want || full.endsWith(`/${want}`) ? hit : undefined;
}

/** The node keys an expectation names that the rubric does not have (a broken fixture). */
export function unknownNodes(e: Expectation, a: Assessment): string[] {
  const paths = nodePaths(a.root);
  return Object.keys(e.nodes ?? {}).filter((c) => !lookup(c, paths));
}

const dec = (v: Num): Dec => (typeof v === 'number' ? Dec.fromNumber(v)! : Dec.parse(v)!);
const show = (d: Dec): string => d.toString({ maxDecimals: 6 });

/** The error and warning codes of an assessment, as a sorted set. */
export function diagnosticCodes(a: Assessment): string[] {
  return [...new Set(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();
}

/** Every difference between the expectation and the assessment, in the expectation's order. */
export function compare(e: Expectation, a: Assessment): Mismatch[] {
  const out: Mismatch[] = [];
  const root = a.root.code;
  const num = (path: string, field: string, want: Num | undefined, got: Dec) => {
    if (want !== undefined && !dec(want).eq(got)) out.push({ path, field, expected: show(dec(want)), found: show(got) });
  };
  const word = (path: string, field: string, want: string | undefined, got: string | undefined) => {
    if (want !== undefined && want !== got) out.push({ path, field, expected: want, found: got ?? '—' });
  };
  num(root, 'score', e.score, a.score);
  word(root, 'predicate', e.predicate, a.predicate.code);
  num(root, 'coverage', e.coverage, a.coverage);
  const paths = nodePaths(a.root);
  for (const [code, want] of Object.entries(e.nodes ?? {})) {
    const hit = lookup(code, paths);
    if (!hit) continue; // unknownNodes() makes the fixture broken before comparing
    num(hit.path, 'score', want.score, hit.node.score);
    word(hit.path, 'category', want.category, hit.node.category?.code);
    word(hit.path, 'status', want.status, hit.node.status);
  }
  if (e.diagnostics !== undefined) {
    const want = [...new Set(e.diagnostics)].sort();
    const got = diagnosticCodes(a);
    if (want.join(',') !== got.join(',')) out.push({ path: root, field: 'diagnostics', expected: `[${want.join(', ')}]`, found: `[${got.join(', ')}]` });
  }
  return out;
}

/**
 * The expectation `--update` writes: the total (score, predicate, coverage), every top-level node
 * (score, and category when it has one), and the error and warning codes. `keep` carries the
 * description and profile answers of an expectation being overwritten (`--force`).
 */
export function expectationOf(a: Assessment, schemaRef: string, keep: Expectation = {}): Expectation {
  const nodes: NonNullable<Expectation['nodes']> = {};
  for (const c of a.root.children ?? []) {
    nodes[c.code] = { score: show(c.score), ...(c.category ? { category: c.category.code } : {}), ...(c.status !== 'scored' ? { status: c.status } : {}) };
  }
  return {
    $schema: schemaRef,
    ...(keep.description !== undefined ? { description: keep.description } : {}),
    ...(keep.profile !== undefined ? { profile: keep.profile } : {}),
    score: show(a.score),
    predicate: a.predicate.code,
    coverage: show(a.coverage),
    nodes,
    diagnostics: diagnosticCodes(a),
  };
}
