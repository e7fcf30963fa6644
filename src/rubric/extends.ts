/**
 * v2 `extends` (docs/rubric-v2.md): a rubric built on another one. The loader reads the base (a
 * bundled id, or a path relative to the extending file), requires its version to match, applies
 * the overrides by node code, then the extending file's own top-level keys; chains go up to
 * MAX_EXTENDS_DEPTH deep. The merged rubric is validated and linted as a whole, and every
 * diagnostic is put back in the file (and at the JSON pointer) that wrote the part it is about.
 *
 * The reading functions come from load.ts (which imports this module), so there is no loop.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { error, sortDiagnostics, type Diagnostic, type Location } from '../diagnostics.js';
import { rubricsDir } from '../paths.js';
import type { Position } from './json-locate.js';
import { escapeToken } from './lint/context.js';
import { closest } from './suggest.js';
import { walk } from './tree.js';
import type { LoadedRubric, Rubric, RubricNode } from './types.js';
import type { RubricValidation } from './validate.js';

/** How many rubrics an extending rubric may stand on, one on the other. */
export const MAX_EXTENDS_DEPTH = 4;

type Locate = (pointer: string, options?: { key?: boolean }) => Position | undefined;

/** One file of a chain: what it says, where it is, and how to find a line in it. */
export interface Layer {
  rubric: Rubric;
  /** The file name used in diagnostics. */
  file: string;
  /** The path on disk (relative `extends.path` are resolved against its folder). */
  path: string;
  bundled: boolean;
  /** Bundled id, or the path: LoadedRubric's `source`. */
  source: string;
  sha256: string;
  locate?: Locate;
}

/** What load.ts lends this module: reading bytes, decoding, validating, the bundled ids. */
export interface ExtendsIo {
  readBytes(path: string, file: string): Promise<{ bytes?: Buffer; diagnostic?: Diagnostic }>;
  decode(bytes: Uint8Array, file: string): { text?: string; diagnostic?: Diagnostic };
  validateText(text: string, file: string): Promise<RubricValidation>;
  validateValue(value: Rubric, locate: Locate): Promise<{ rubric?: Rubric; diagnostics: Diagnostic[] }>;
  bundledIds(): Promise<string[]>;
}

export interface Resolved {
  validation: RubricValidation;
  base?: NonNullable<LoadedRubric['base']>;
}

/** Resolves the chain under `top` (a schema-valid extending file), merges it and validates the whole. */
export async function resolveExtends(top: Layer, io: ExtendsIo): Promise<Resolved> {
  const chain: Layer[] = [top];
  const failed = (diagnostics: Diagnostic[]): Resolved => ({ validation: { diagnostics } });
  for (;;) {
    const layer = chain[chain.length - 1]!;
    const ext = layer.rubric.extends;
    if (!ext) break;
    const at = (pointer: string, key = false): Location => located(layer, pointer, key);
    if (chain.length > MAX_EXTENDS_DEPTH) {
      return failed([error('RUBRIC_EXTENDS_DEPTH', { max: MAX_EXTENDS_DEPTH, chain: chainText(chain) }, at('/extends', true))]);
    }
    const target = ext.path !== undefined
      ? { path: resolve(dirname(layer.path), ext.path), file: join(dirname(layer.file), ext.path), bundled: false }
      : { path: join(rubricsDir(), `${ext.id}.json`), file: `rubrics/${ext.id}.json`, bundled: true };
    if (chain.some((l) => resolve(l.path) === resolve(target.path))) {
      return failed([error('RUBRIC_EXTENDS_CYCLE', { chain: `${chainText(chain)} → ${ext.id}` }, at('/extends', true))]);
    }
    const read = await io.readBytes(target.path, target.file);
    if (!read.bytes) {
      if (read.diagnostic) return failed([read.diagnostic]);
      const bundled = await io.bundledIds();
      const suggestion = ext.path === undefined ? closest(ext.id, bundled) : undefined;
      const args = { id: ext.id, ...(ext.path !== undefined ? { path: ext.path } : {}), bundled, ...(suggestion ? { suggestion } : {}) };
      return failed([error('RUBRIC_EXTENDS_NOT_FOUND', args, at(ext.path !== undefined ? '/extends/path' : '/extends/id'))]);
    }
    const decoded = io.decode(read.bytes, target.file);
    if (decoded.text === undefined) return failed([decoded.diagnostic!]);
    const v = await io.validateText(decoded.text, target.file);
    if (!v.rubric) return failed(v.diagnostics);
    if (v.rubric.version !== ext.version) {
      return failed([error('RUBRIC_EXTENDS_VERSION', { id: ext.id, expected: ext.version, found: v.rubric.version }, at('/extends/version'))]);
    }
    const sha256 = createHash('sha256').update(read.bytes).digest('hex');
    chain.push({ rubric: v.rubric, file: target.file, path: target.path, bundled: target.bundled, source: target.bundled ? ext.id : target.path, sha256, ...(v.locate ? { locate: v.locate } : {}) });
  }

  // Merge from the deepest base up; remember which file wrote each part.
  const origins = new Origins(chain[chain.length - 1]!);
  let merged = structuredClone(chain[chain.length - 1]!.rubric);
  const diagnostics: Diagnostic[] = [];
  for (let i = chain.length - 2; i >= 0; i--) merged = applyLayer(merged, chain[i]!, origins, diagnostics);
  if (diagnostics.length > 0) return failed(diagnostics);

  const whole = await io.validateValue(merged, (pointer, o) => origins.locate(pointer, o));
  const placed = sortDiagnostics(whole.diagnostics.map((d) => origins.place(d)));
  const base = chain[1]!;
  const validation: RubricValidation = whole.rubric ? { rubric: whole.rubric, diagnostics: placed } : { diagnostics: placed };
  const locate = top.locate;
  if (locate) validation.locate = (pointer, o) => origins.locate(pointer, o) ?? locate(pointer, o);
  return { validation, base: { id: base.rubric.id, version: base.rubric.version, sha256: base.sha256, source: base.source } };
}

function located(layer: Layer, pointer: string, key = false): Location {
  const p = layer.locate?.(pointer, { key });
  return { file: layer.file, ...(p ? { line: p.line, column: p.column } : {}), pointer };
}

const chainText = (chain: Layer[]): string => chain.map((l) => l.rubric.id).join(' → ');

/** Node codes compare case-insensitively, as everywhere in a rubric. */
const key = (code: string): string => code.normalize('NFKC').trim().toLowerCase();

/** Keys of an extending file that are not rubric content. */
const NOT_CONTENT = new Set(['$schema', 'extends', 'override']);

/** Applies one extending layer to the rubric below it: overrides by code, then its own top-level keys. */
function applyLayer(below: Rubric, layer: Layer, origins: Origins, diagnostics: Diagnostic[]): Rubric {
  const merged = structuredClone(below);
  const nodes = new Map<string, { node: RubricNode; pointer: string }>();
  for (const { node, pointer } of walk(merged.root)) if (!nodes.has(key(node.code))) nodes.set(key(node.code), { node, pointer });
  const o = layer.rubric.override ?? {};
  const byCode = <T>(kind: 'weights' | 'coefficients' | 'texts' | 'provenance', map: Record<string, T> | undefined, apply: (node: RubricNode, value: T, pointer: string, from: string) => void) => {
    for (const [code, value] of Object.entries(map ?? {})) {
      const from = `/override/${kind}/${escapeToken(code)}`;
      const found = nodes.get(key(code));
      if (!found) {
        const suggestion = closest(code, [...nodes.values()].map((n) => n.node.code));
        diagnostics.push(error('RUBRIC_OVERRIDE_UNKNOWN_CODE', { code, kind, ...(suggestion ? { suggestion } : {}) }, located(layer, from, true)));
        continue;
      }
      apply(found.node, value, found.pointer, from);
    }
  };
  byCode('weights', o.weights, (node, value, pointer, from) => {
    node.weight = value;
    origins.set(`${pointer}/weight`, layer, from);
  });
  byCode('coefficients', o.coefficients, (node, value, pointer, from) => {
    node.coefficient = value;
    origins.set(`${pointer}/coefficient`, layer, from);
  });
  byCode('texts', o.texts, (node, value, pointer, from) => {
    if (value.name) {
      node.name = value.name;
      origins.set(`${pointer}/name`, layer, `${from}/name`);
    }
    if (value.description) {
      node.description = value.description;
      origins.set(`${pointer}/description`, layer, `${from}/description`);
    }
  });
  byCode('provenance', o.provenance, (node, value, pointer, from) => {
    node.provenance = value;
    origins.set(`${pointer}/provenance`, layer, from);
  });
  if (o.bands) {
    merged.bands = o.bands;
    origins.replace('/bands', layer, '/override/bands');
  }
  for (const [name, bands] of Object.entries(o.bandSets ?? {})) {
    merged.bandSets = { ...merged.bandSets, [name]: bands };
    origins.replace(`/bandSets/${escapeToken(name)}`, layer, `/override/bandSets/${escapeToken(name)}`);
  }
  // The layer's own keys replace the base's (its id, version, title, status, provenance, ...).
  const target = merged as unknown as Record<string, unknown>;
  for (const [k, value] of Object.entries(layer.rubric)) {
    if (NOT_CONTENT.has(k)) continue;
    target[k] = structuredClone(value);
    origins.replace(`/${escapeToken(k)}`, layer, `/${escapeToken(k)}`);
  }
  delete target.extends;
  delete target.override;
  delete target.$schema;
  return merged;
}

/** Which layer wrote each part of the merged rubric: JSON pointer prefixes → (layer, pointer there). */
class Origins {
  private readonly map = new Map<string, { layer: Layer; pointer: string }>();

  constructor(deepest: Layer) {
    this.map.set('', { layer: deepest, pointer: '' });
  }

  set(pointer: string, layer: Layer, there: string): void {
    this.map.set(pointer, { layer, pointer: there });
  }

  /** A part replaced whole: what lower layers wrote inside it is gone. */
  replace(pointer: string, layer: Layer, there: string): void {
    for (const k of [...this.map.keys()]) if (k.startsWith(`${pointer}/`)) this.map.delete(k);
    this.set(pointer, layer, there);
  }

  /** The layer and its pointer for a pointer of the merged rubric (the longest prefix that wrote it). */
  find(pointer: string): { layer: Layer; pointer: string } {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const hit = this.map.get(p);
      if (hit) return { layer: hit.layer, pointer: hit.pointer + pointer.slice(p.length) };
      if (p === '') throw new Error('unreachable: the deepest layer owns the whole rubric');
    }
  }

  locate(pointer: string, options?: { key?: boolean }): Position | undefined {
    const { layer, pointer: there } = this.find(pointer);
    return layer.locate?.(there, options);
  }

  /** A diagnostic about the merged rubric, put in the file and at the pointer that wrote the part. */
  place(d: Diagnostic): Diagnostic {
    if (!d.location || d.location.pointer === undefined) return d;
    const { layer, pointer } = this.find(d.location.pointer);
    return { ...d, location: { ...d.location, file: layer.file, pointer } };
  }
}
