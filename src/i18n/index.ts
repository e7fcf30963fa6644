/**
 * Every word merit prints, in every language: one module per language (id/, en/), each declared
 * `Words` so the type checker holds it complete. Renderers and the CLI call this module directly;
 * nothing is registered at start-up. See docs/architecture.md ("Words").
 */
import { formatLocation, type Args, type Diagnostic, type Lang, type Severity } from '../diagnostics.js';
import { en } from './en/index.js';
import { id } from './id/index.js';
import type { MessageWords } from './types.js';
import type { AnalysisWords, BatchWords, TemplateWords, UiWords } from './ui-types.js';
import type { Words } from './words.js';
import type { NationalWords } from './ui-types-national.js';

import { arg as argText } from './format.js';
import { visible } from './visible.js';
export { arg, bandRange, localDateTime, localNumber, plural, yesNo } from './format.js';
export { cliText, type CliTextKey } from './core.js';
export type { Words } from './words.js';
export type * from './ui-types.js';
export type * from './ui-types-v2.js';
export type * from './ui-types-national.js';

/** Every language merit speaks. Adding one: its folder, its entry here, in core.ts and common.ts, and its code in `Lang`. */
const WORDS: Readonly<Record<Lang, Words>> = { id, en };

export function words(lang: Lang): Words {
  return WORDS[lang];
}

export const ui = (lang: Lang): UiWords => WORDS[lang].report;
export const batchWords = (lang: Lang): BatchWords => WORDS[lang].batch;
export const analysisWords = (lang: Lang): AnalysisWords => WORDS[lang].analysis;
export const templateWords = (lang: Lang): TemplateWords => WORDS[lang].template;
export const nationalWords = (lang: Lang): NationalWords => WORDS[lang].national;

export type RubricTextKey = keyof Words['rubricText'];

/** A sentence of `merit rubric validate | list | show`. */
export function rubricText(lang: Lang, key: RubricTextKey, args: Args = {}): string {
  return WORDS[lang].rubricText[key](args);
}

/** A sentence of the rubric authors' toolkit (`merit rubric test | show --format md|html | diff | init`). */
export function toolkitText(lang: Lang, key: keyof Words['toolkit'], args: Args = {}): string {
  return WORDS[lang].toolkit[key](args);
}

/** A rubric's status, subject, missing-evidence policy or confidence in words (the key itself if unknown). */
export function rubricWord(lang: Lang, table: keyof Words['rubricWords'], key: string): string {
  return (WORDS[lang].rubricWords[table] as Readonly<Record<string, string>>)[key] ?? key;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

function message(code: string, lang: Lang): MessageWords | undefined {
  for (const catalog of Object.values(WORDS[lang].diagnostics) as readonly Readonly<Record<string, MessageWords>>[]) {
    if (Object.hasOwn(catalog, code)) return catalog[code];
  }
  return undefined;
}

/** A diagnostic's message; an unknown code prints as itself with its arguments (`CODE (k=v)`). */
export function messageText(d: Diagnostic, lang: Lang): string {
  const m = message(d.code, lang);
  if (!m) {
    const pairs = Object.entries(d.args)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${argText(v, lang)}`);
    return pairs.length ? `${d.code} (${pairs.join(', ')})` : d.code;
  }
  return m.text(d.args);
}

export function hintText(d: Diagnostic, lang: Lang): string | undefined {
  return message(d.code, lang)?.hint?.(d.args);
}

export function severityWord(s: Severity, lang: Lang): string {
  return WORDS[lang].common.severity[s];
}

/** One diagnostic as plain text lines (no colour): `location  severity  message  [CODE]` + hint. */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const loc = formatLocation(d.location);
  // Arguments and locations come from files: shown with their control characters made visible.
  const head = visible(`${loc ? `${loc}: ` : ''}${severityWord(d.severity, lang)}: ${messageText(d, lang)} [${d.code}]`);
  const hint = hintText(d, lang);
  return hint ? `${head}\n  ${WORDS[lang].common.hint}: ${visible(hint)}` : head;
}
