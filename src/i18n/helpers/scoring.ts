/** Small word tables and helpers the src/scoring messages of every language share. */
import { arg } from '../format.js';
import { quoteValue, type Args, type Lang } from '../../diagnostics.js';

/** Which cell a value came from, in words. */
export function column(a: Args, lang: Lang): string {
  const c = a.column;
  // Record mode: the cell of a record's column, named by its header as the file writes it.
  if (c === 'record') return lang === 'id' ? `kolom ${JSON.stringify(arg(a.header))}:` : `column ${JSON.stringify(arg(a.header))}:`;
  if (c === 'verified') return lang === 'id' ? 'level verifikasi' : 'verified level';
  if (c === 'assume') return '--assume';
  return lang === 'id' ? 'level mandiri' : 'self-assessed level';
}

export const criterion = (a: Args): string => (a.code !== undefined ? ` (${arg(a.code)})` : '');

export const allowed = (a: Args): string => arg(a.allowed);

export const v = (a: Args): string => quoteValue(arg(a.value));

export function policyWord(a: Args, lang: Lang): string {
  switch (a.policy) {
    case 'exclude':
      return lang === 'id' ? 'dikeluarkan dari skor dan nilai maksimum' : 'left out of the score and of the maximum';
    case 'error':
      return lang === 'id' ? 'rubrik mewajibkan bukti untuk kriteria ini' : 'the rubric requires evidence for this criterion';
    default:
      return lang === 'id' ? 'dihitung 0' : 'counted as 0';
  }
}

export const records = (n: Args[string], lang: Lang): string => {
  const k = Number(n);
  return lang === 'id' ? `${arg(n)} baris` : `${arg(n)} row${k === 1 ? '' : 's'}`;
};
