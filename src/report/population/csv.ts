/** The CSV report of a record assessment: one population table (the whole population, each band, each group). */
import { Dec } from '../../decimal.js';
import type { Lang } from '../../diagnostics.js';
import type { Assessment, Predicate } from '../../scoring/types.js';
import { field, neutralise, type CsvDelimiter } from '../csv-field.js';
import { num, predicateText, text } from '../format.js';
import { ui } from '../../i18n/index.js';
import { HUNDRED } from './common.js';

export function renderPopulationCsv(a: Assessment, o: { lang: Lang; delimiter: CsvDelimiter }): string {
  const p = a.population!;
  const w = ui(o.lang);
  const x = w.population;
  const d = o.delimiter;
  const dec = (v: Dec | null | undefined, decimals?: number): string => {
    if (!v) return '';
    const s = decimals === undefined ? num(v, 6) : v.toString({ fixed: decimals });
    return d === ';' ? s.replace('.', ',') : s;
  };
  const cell = (s: string): string => field(neutralise(s), d);
  const dims = p.dimensions;
  const head = [x.heading, w.code, x.group, x.count, x.share, x.mean, w.score, x.predicateCode, w.predicate, ...dims.map((m) => `${text(m.name, o.lang)} (${m.code})`)];
  const lines = [head.map(cell).join(d)];
  const share = (count: number): string => dec(p.scored > 0 ? Dec.of(BigInt(count), BigInt(p.scored)).mul(HUNDRED) : null, 1);
  /** One row: section, code, group, count (and its share); mean, score and predicate when known; dimension means. */
  const row = (section: string, code: string, group: string, count: number, o2?: { mean: Dec | null; score: Dec | null; predicate: Predicate; dims: (Dec | null)[] }): string =>
    [
      cell(section),
      cell(code),
      cell(group),
      String(count),
      share(count),
      ...(o2 ? [dec(o2.mean), dec(o2.score), cell(o2.predicate.code), cell(predicateText(o2.predicate, o.lang))] : ['', '', '', '']),
      ...(o2 ? o2.dims.map((m) => dec(m)) : dims.map(() => '')),
    ].join(d);
  lines.push(row(x.heading, '', a.subject.name, p.scored, { mean: p.mean, score: a.score, predicate: a.predicate, dims: dims.map((m) => m.mean) }));
  for (const b of p.distribution) lines.push(row(x.distribution, b.code, text(b.label, o.lang), b.count));
  for (const b of p.breakdowns) {
    for (const g of b.groups) {
      lines.push(row(text(b.header, o.lang), b.column, text(g.label, o.lang), g.count, { mean: g.mean, score: g.score, predicate: g.predicate, dims: g.dimensions.map((m) => m.mean) }));
    }
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
