/**
 * How values become words, for every language: arguments in sentences, yes/no, numbers with the
 * language's decimal separator, plurals and ranges. The word modules (id/, en/) use these.
 */
import type { ArgValue, Lang } from '../diagnostics.js';
import { COMMON } from './common.js';

/** Yes or no, as the language says it (English keeps `true`/`false`, as JSON writes them). */
export function yesNo(value: boolean, lang: Lang): string {
  return value ? COMMON[lang].yes : COMMON[lang].no;
}

/** Renders an argument for a sentence: lists are joined, strings are left as they are. */
export function arg(value: ArgValue, lang: Lang = 'en'): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return yesNo(value, lang);
  return String(value);
}

/** A number as the language writes it: 3,5 in Indonesian, 3.5 in English. */
export function localNumber(text: string, lang: Lang): string {
  const mark = COMMON[lang].decimalMark;
  return mark === '.' ? text : text.replace('.', mark);
}

/** English plural by count: `1 row`, `2 rows` (Indonesian nouns do not change: pass the same word twice). */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return n === 1 ? one : many;
}

/** `250 ≤ score < 325`, either end may be absent; `word` names the score in the language. */
export function bandRange(word: string) {
  return (min: string | undefined, minInc: boolean, max: string | undefined, maxInc: boolean): string =>
    `${min !== undefined ? `${min} ${minInc ? '≤' : '<'} ` : ''}${word}${max !== undefined ? ` ${maxInc ? '≤' : '<'} ${max}` : ''}`;
}

/**
 * A moment as people read it, in the machine's time zone: `15 Januari 2025 pukul 15.30 WIB`,
 * `15 January 2025 at 15:30 GMT+7` (never an ISO timestamp with milliseconds). An unreadable
 * value is returned as it is.
 */
export function localDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) };
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', options).format(d);
}
