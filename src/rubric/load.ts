/**
 * Loading rubrics: a bundled id (rubrics/<id>.json in the package) or a path. Reads bytes only
 * from the local disk; a `$schema` or `$ref` URL inside a rubric is never followed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { error, hasErrors, InputError, type Diagnostic } from '../diagnostics.js';
import { rubricsDir } from '../paths.js';
import { closest } from './suggest.js';
import type { LoadedRubric, LocalText, RubricStatus, Subject } from './types.js';
// The schema validator (a large generated module) is imported on use: `merit rubric list` never loads it.
import type { RubricValidation } from './validate.js';

/** Rubric files larger than this are refused (a rubric is a few hundred KB at most). */
export const MAX_RUBRIC_BYTES = 8 * 1024 * 1024;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export interface RubricSource {
  /** What the user gave (id or path). */
  ref: string;
  /** The file name used in diagnostics: the path as given, or `rubrics/<id>.json` for a bundled id. */
  file: string;
  /** Absolute or relative path on disk. */
  path: string;
  bundled: boolean;
  bytes: Buffer;
}

/** Is `ref` a bundled id (no path separators, no extension) rather than a path? */
export function looksLikeId(ref: string): boolean {
  return ID_PATTERN.test(ref);
}

/**
 * Finds and reads a rubric: a bundled id first (when `ref` looks like one), else a path.
 * Never throws for a user's mistake: unreadable or missing files come back as diagnostics.
 */
export async function readRubricSource(ref: string): Promise<{ source?: RubricSource; diagnostics: Diagnostic[] }> {
  if (looksLikeId(ref)) {
    const path = join(rubricsDir(), `${ref}.json`);
    const r = await readBytes(path, `rubrics/${ref}.json`);
    if (r.bytes) return { source: { ref, file: `rubrics/${ref}.json`, path, bundled: true, bytes: r.bytes }, diagnostics: [] };
    // Not bundled: a file of that name in the working directory still counts.
    const local = await readBytes(ref, ref);
    if (local.bytes) return { source: { ref, file: ref, path: ref, bundled: false, bytes: local.bytes }, diagnostics: [] };
    return { diagnostics: [await notFound(ref, true)] };
  }
  const r = await readBytes(ref, ref);
  if (r.bytes) return { source: { ref, file: ref, path: ref, bundled: false, bytes: r.bytes }, diagnostics: [] };
  return { diagnostics: [r.diagnostic ?? (await notFound(ref, false))] };
}

async function readBytes(path: string, file: string): Promise<{ bytes?: Buffer; diagnostic?: Diagnostic }> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { diagnostic: error('RUBRIC_NOT_A_FILE', { path: file }, { file }) };
    if (s.size > MAX_RUBRIC_BYTES) return { diagnostic: error('RUBRIC_TOO_LARGE', { size: s.size, max: MAX_RUBRIC_BYTES }, { file }) };
    return { bytes: await readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    return { diagnostic: error('RUBRIC_READ_ERROR', { path: file, reason: code ?? String((e as Error).message) }, { file }) };
  }
}

async function notFound(ref: string, asId: boolean): Promise<Diagnostic> {
  const ids = await bundledIds();
  const stem = basename(ref).replace(/\.json$/i, '');
  const suggestion = closest(asId ? ref : stem, ids);
  return error('RUBRIC_NOT_FOUND', { ref, asId, bundled: ids, ...(suggestion ? { suggestion } : {}) }, { file: ref });
}

/** Decodes UTF-8 strictly: a rubric in another encoding is an error, not mojibake. */
export function decodeRubric(bytes: Uint8Array, file: string): { text?: string; diagnostic?: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { diagnostic: error('RUBRIC_ENCODING', {}, { file }) };
  }
}

export interface RubricCheck {
  source?: RubricSource;
  sha256?: string;
  validation: RubricValidation;
  /** v2 `extends`: the rubric this one was built on (`validation.rubric` is then the merged whole). */
  base?: NonNullable<LoadedRubric['base']>;
}

/** Reads and validates without throwing: what `merit rubric validate` needs. An `extends` chain is resolved and merged. */
export async function checkRubric(ref: string): Promise<RubricCheck> {
  const { source, diagnostics } = await readRubricSource(ref);
  if (!source) return { validation: { diagnostics } };
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  const decoded = decodeRubric(source.bytes, source.file);
  if (decoded.text === undefined) return { source, sha256, validation: { diagnostics: [decoded.diagnostic!] } };
  const { validateRubricText, validateRubricValue } = await import('./validate.js');
  const validation = await validateRubricText(decoded.text, source.file);
  if (!validation.partial || !validation.rubric) return { source, sha256, validation };
  const { resolveExtends } = await import('./extends.js');
  const top = { rubric: validation.rubric, file: source.file, path: source.path, bundled: source.bundled, source: source.bundled ? source.ref : source.path, sha256, ...(validation.locate ? { locate: validation.locate } : {}) };
  const resolved = await resolveExtends(top, { readBytes, decode: decodeRubric, validateText: validateRubricText, validateValue: validateRubricValue, bundledIds });
  return { source, sha256, validation: resolved.validation, ...(resolved.base ? { base: resolved.base } : {}) };
}

/**
 * Loads a rubric by bundled id or path (a v2 rubric that `extends` another comes back merged,
 * with `base` naming what it was built on). Throws InputError with every diagnostic when the
 * rubric cannot be used; warnings come back in `diagnostics`.
 */
export async function loadRubric(ref: string): Promise<LoadedRubric> {
  const { source, sha256, validation, base } = await checkRubric(ref);
  if (!source || !sha256 || !validation.rubric || hasErrors(validation.diagnostics)) throw new InputError(validation.diagnostics);
  const locate = validation.locate;
  return {
    rubric: validation.rubric,
    source: source.bundled ? source.ref : source.path,
    bundled: source.bundled,
    sha256,
    ...(locate ? { locate: (pointer: string) => locate(pointer) } : {}),
    diagnostics: validation.diagnostics,
    ...(base ? { base } : {}),
  };
}

export interface BundledRubricInfo {
  id: string;
  version: string;
  status: RubricStatus;
  title: LocalText;
  subject: Subject;
  /** Path of the file inside the package. */
  file: string;
}

async function bundledIds(): Promise<string[]> {
  const dir = rubricsDir();
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter((id) => ID_PATTERN.test(id))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The bundled rubrics, by id. Reads each file's header fields without full validation (the test
 * suite validates every bundled rubric); a file that is not JSON is skipped.
 */
export async function listBundledRubrics(): Promise<BundledRubricInfo[]> {
  const out: BundledRubricInfo[] = [];
  for (const id of await bundledIds()) {
    const path = join(rubricsDir(), `${id}.json`);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    const decoded = decodeRubric(bytes, path);
    if (decoded.text === undefined) continue;
    // Only header fields are read, so plain JSON.parse (it defines keys, never pollutes prototypes).
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(decoded.text) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const title = (v.title ?? {}) as Partial<LocalText>;
    out.push({
      id,
      version: typeof v.version === 'string' ? v.version : '',
      status: v.status === 'official' ? 'official' : 'provisional',
      title: { id: String(title.id ?? ''), en: String(title.en ?? title.id ?? '') },
      subject: v.subject === 'record' ? 'record' : 'agency',
      file: `rubrics/${id}.json`,
    });
  }
  return out;
}
