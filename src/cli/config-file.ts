/**
 * The configuration file: `merit.config.json`, `.meritrc.json` or the `"merit"` key of
 * `package.json`, found from the working directory upward by lilconfig (JSON only: no loader runs
 * code), or named by `--config FILE`. The text is parsed with positions and checked against the
 * published schema (schemas/merit-config-1.schema.json, compiled at build time like the rubric
 * schemas) with the rubric's error mapping, so a mistake is a located diagnostic
 * (`merit.config.json:4:15`) and exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { lilconfig } from 'lilconfig';
import { InputError, UsageError, sortDiagnostics } from '../diagnostics.js';
import { parseJsonLocated } from '../rubric/json-locate.js';
import { mapSchemaErrors, type Flavour } from '../rubric/validate.js';

/** What the schema allows (src/rubric/generated/validate-config.js checks it). */
export interface ConfigValue {
  rubric?: string;
  format?: string | string[];
  output?: string | string[];
  outputDir?: string;
  lang?: 'id' | 'en';
  csvDialect?: 'id' | 'en';
  csvDelimiter?: ',' | ';' | 'tab';
  sheet?: string | number;
  subject?: string;
  period?: string;
  verbose?: boolean;
  quiet?: boolean;
  deterministic?: boolean;
  gates?: { failUnder?: number; minPredicate?: string; minCoverage?: number; minAspect?: Record<string, number | string>; maxWarnings?: number };
  limits?: { maxFileSize?: string | number; maxInflatedSize?: string | number; maxRows?: number; maxCellChars?: number; maxCells?: number };
  batch?: { include?: string[]; exclude?: string[] };
}

export interface ConfigFile {
  /** The file as found or given (absolute when found by the search). */
  path: string;
  value: ConfigValue;
}

/** Where the search looks in each folder, in this order. */
export const SEARCH_PLACES = ['merit.config.json', '.meritrc.json', 'package.json'] as const;
/** A configuration is a few hundred bytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** The file named by `--config`, or the first found from `cwd` upward; undefined when none. */
export async function findConfig(explicit: string | undefined, cwd = process.cwd()): Promise<ConfigFile | undefined> {
  if (explicit !== undefined) return readConfig(explicit, true);
  const explorer = lilconfig('merit', {
    searchPlaces: [...SEARCH_PLACES],
    // package.json is parsed to see whether it has a "merit" key; the others are read below.
    loaders: { '.json': (file: string, content: string) => (basename(file) === 'package.json' ? parseOrNull(content) : true) },
    cache: false,
  });
  const found = await explorer.search(cwd);
  // Said relative to the working directory: `merit.config.json:4:15`, `../.meritrc.json:2:3`.
  return found ? readConfig(relative(cwd, found.filepath) || found.filepath, false) : undefined;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // a package.json that is not JSON has no configuration for us
  }
}

/** Reads, parses with positions, and validates one file. Throws InputError (exit 2) when it is not a valid configuration. */
export async function readConfig(path: string, explicit: boolean): Promise<ConfigFile> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError('USAGE_CONFIG_NOT_FOUND', { path });
  }
  if (size > MAX_CONFIG_BYTES) throw new UsageError('USAGE_CONFIG_TOO_LARGE', { path, limit: MAX_CONFIG_BYTES });
  const text = readFileSync(path, 'utf8');
  const parsed = parseJsonLocated(text, { file: path });
  if (parsed.value === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) throw new InputError(sortDiagnostics(parsed.diagnostics));
  // In package.json the settings are under "merit" (explicitly named: the whole file when it has no such key).
  const nested = basename(path) === 'package.json' && isObject(parsed.value) && Object.hasOwn(parsed.value, 'merit');
  if (basename(path) === 'package.json' && !nested && !explicit) return { path, value: {} };
  const prefix = nested ? '/merit' : '';
  const value = nested ? (parsed.value as Record<string, unknown>).merit : parsed.value;
  const { validate } = await import('../rubric/generated/validate-config.js');
  if (!validate(value)) {
    const flavour: Flavour = { validate, nodeKeys: [], patternKinds: {} };
    const diagnostics = mapSchemaErrors(validate.errors ?? [], {
      file: path,
      locate: (pointer, o) => parsed.locate(prefix + pointer, o),
      root: value,
      flavour,
    }).map((d) => (d.location?.pointer !== undefined ? { ...d, location: { ...d.location, pointer: prefix + d.location.pointer } } : d));
    throw new InputError(sortDiagnostics(diagnostics));
  }
  return { path, value: value as ConfigValue };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
