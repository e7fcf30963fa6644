/**
 * The one list of output formats. Each format is a module in formats/ that names its extensions,
 * says whether it writes bytes or text, describes itself for help texts, and gives a renderer for
 * every report type it supports (formats/types.ts); the CLI reads `--format` values, extension
 * inference, help lines and the --output-dir file names from here. Adding a format: one module in
 * formats/ (and its renderers), one line below.
 */
import { csvFormat } from './formats/csv.js';
import { htmlFormat } from './formats/html.js';
import { jsonFormat } from './formats/json.js';
import { junitFormat } from './formats/junit.js';
import { markdownFormat } from './formats/markdown.js';
import { textFormat } from './formats/text.js';
import type { FormatRenderers, OutputFormat, ReportType } from './formats/types.js';
import { xlsxFormat } from './formats/xlsx.js';

export type { FormatRenderers, OutputFormat, RenderOptions, ReportType } from './formats/types.js';

/** In the order help texts and error messages list them. */
export const FORMATS = [textFormat, jsonFormat, csvFormat, markdownFormat, htmlFormat, xlsxFormat, junitFormat] as const;

type AnyFormat = (typeof FORMATS)[number];
export type FormatName = AnyFormat['name'];

/** The names of the formats that render report type `T` (any of them, for a union). */
export type FormatFor<T extends ReportType> = T extends ReportType ? Extract<AnyFormat, { renders: { [K in T]: NonNullable<FormatRenderers[K]> } }>['name'] : never;

/** The formats that render any of `types`, in registry order. */
export function formatsFor<T extends ReportType>(...types: T[]): OutputFormat<FormatFor<T>>[] {
  return (FORMATS as readonly OutputFormat[]).filter((f) => types.some((t) => f.renders[t] !== undefined)) as OutputFormat<FormatFor<T>>[];
}

/** Their names. */
export function formatNames<T extends ReportType>(...types: T[]): FormatFor<T>[] {
  return formatsFor(...types).map((f) => f.name);
}

/** Extension (`.md`) -> format name, for the formats that render any of `types`. */
export function extensionMap<T extends ReportType>(...types: T[]): Readonly<Record<string, FormatFor<T>>> {
  const map: Record<string, FormatFor<T>> = {};
  for (const f of formatsFor(...types)) for (const e of f.extensions) map[e] = f.name;
  return map;
}

/** A format by name; undefined when there is none. */
export function formatNamed(name: string): OutputFormat | undefined {
  return (FORMATS as readonly OutputFormat[]).find((f) => f.name === name);
}

/** The renderer of report type `type` in format `name` (the caller has checked the name against `formatNames(type)`). */
export function renderer<T extends ReportType>(name: string, type: T): NonNullable<FormatRenderers[T]> {
  const r = formatNamed(name)?.renders[type];
  if (!r) throw new Error(`format ${name} does not render ${type} reports`);
  return r;
}

/** `text      text for the terminal` lines for a help text: the formats that render any of `types`. */
export function formatHelp(lang: 'id' | 'en', ...types: ReportType[]): string[] {
  const list = formatsFor(...types);
  const w = Math.max(...list.map((f) => f.name.length));
  return list.map((f) => `${f.name.padEnd(w)}  ${f.description[lang]} (${f.extensions.join(', ')})`);
}
