/** The population parts of the Markdown report (see common.ts). */
import type { Lang } from '../../diagnostics.js';
import type { Assessment } from '../../scoring/types.js';
import { num, predicateText, text } from '../format.js';
import { ui } from '../../i18n/index.js';
import { breakdownTitle, dimensionCodes, mean2, populationLine, sharePct, statsLine } from './common.js';

export function populationMarkdown(a: Assessment, lang: Lang, escape: (s: string) => string): string[] {
  const p = a.population;
  if (!p) return [];
  const w = ui(lang);
  const x = w.population;
  const out: string[] = [];
  out.push(`### ${x.heading}`);
  out.push('');
  out.push(`${escape(populationLine(p, w, lang))}  `);
  out.push(escape(statsLine(p, w)));
  out.push('');
  out.push(`| ${x.distribution} | ${x.count} | ${x.share} |`);
  out.push('|---|--:|--:|');
  for (const d of p.distribution) out.push(`| ${escape(predicateText({ code: d.code, label: d.label, kind: d.kind }, lang))} | ${d.count} | ${sharePct(d.share)}% |`);
  const dims = dimensionCodes(p);
  for (const b of p.breakdowns) {
    out.push('');
    out.push(`#### ${escape(breakdownTitle(b, w, lang))}${b.by !== 'value' ? ` <sub>${escape(b.by === 'lookup' ? x.byCase : x.byPath)}</sub>` : ''}`);
    out.push('');
    out.push(`| ${x.group} | ${x.count} | ${x.mean} | ${w.predicate} | ${dims.map(escape).join(' | ')} |`);
    out.push(`|---|--:|--:|---|${dims.map(() => '--:').join('|')}|`);
    for (const g of b.groups) {
      out.push(
        `| ${escape(text(g.label, lang))} | ${g.count} | ${num(g.score)} | ${escape(predicateText(g.predicate, lang))} | ${g.dimensions.map((d) => mean2(d.mean)).join(' | ')} |`,
      );
    }
  }
  out.push('');
  out.push(`<sub>${escape(x.method)}</sub>`);
  return out;
}
