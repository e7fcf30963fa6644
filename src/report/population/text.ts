/** The population parts of the text report (see common.ts). */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../diagnostics.js';
import type { Assessment } from '../../scoring/types.js';
import { num, predicateText, text } from '../format.js';
import { ui } from '../../i18n/index.js';
import { displayWidth, fit, padEnd, padStart, wrapWords } from '../layout.js';
import { breakdownTitle, populationLine, sharePct, statsLine } from './common.js';

export interface PopulationTextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
}

/**
 * A table: the first column takes the room left; number columns are right-aligned, the last
 * column left-aligned when it is text (`left`), each as wide as needed.
 */
function textTable(
  head: string[],
  rows: string[][],
  width: number,
  c: ChalkInstance,
  o: { left?: number; extra?: (row: number, room: number) => string } = {},
): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const rest = widths.slice(1).reduce((s, x) => s + x + 2, 0);
  const first = Math.max(6, Math.min(widths[0]!, width - rest));
  const cellText = (x: string, i: number): string => (i === o.left ? padEnd(x, widths[i]!) : padStart(x, widths[i]!));
  const line = (r: string[]): string => [padEnd(fit(r[0] ?? '', first), first), ...r.slice(1).map((x, i) => cellText(x, i + 1))].join('  ');
  const extra = o.extra;
  const used = first + rest;
  const out = [c.bold(line(head).trimEnd()), c.dim('─'.repeat(Math.min(width, used)))];
  rows.forEach((r, i) => {
    let l = line(r);
    const room = width - used - 2;
    if (extra && room >= 6) l += '  ' + extra(i, room);
    out.push(l.trimEnd());
  });
  return out;
}

export function populationText(a: Assessment, o: PopulationTextOptions): string[] {
  const p = a.population;
  if (!p) return [];
  const w = ui(o.lang);
  const x = w.population;
  const c = o.color;
  const out: string[] = [];
  out.push(c.bold(fit(x.heading, o.width)));
  out.push(fit(populationLine(p, w, o.lang), o.width));
  out.push(fit(statsLine(p, w), o.width));
  out.push('');

  // Distribution over bands, with a bar of each band's share.
  const dist = p.distribution;
  const maxCount = Math.max(1, ...dist.map((d) => d.count));
  out.push(
    ...textTable(
      [x.distribution, x.count, x.share],
      dist.map((d) => [predicateText({ code: d.code, label: d.label, kind: d.kind }, o.lang), String(d.count), `${sharePct(d.share)}%`]),
      o.width,
      c,
      {
        extra: (i, room) => {
          const barW = Math.min(20, room);
          const filled = Math.round((dist[i]!.count / maxCount) * barW);
          return c.cyan('█'.repeat(filled)) + c.dim('░'.repeat(barW - filled));
        },
      },
    ),
  );

  // One table per group-by column: count, mean (2 decimals), predicate of the mean.
  for (const b of p.breakdowns) {
    out.push('');
    if (b.by !== 'value') out.push(...wrapWords(`(${b.by === 'lookup' ? x.byCase : x.byPath})`, o.width).map((l) => c.dim(l)));
    out.push(
      ...textTable(
        [breakdownTitle(b, w, o.lang), x.count, x.mean, w.predicate],
        b.groups.map((g) => [text(g.label, o.lang), String(g.count), num(g.score), predicateText(g.predicate, o.lang)]),
        o.width,
        c,
        { left: 3 },
      ),
    );
  }
  out.push('');
  out.push(...wrapWords(x.method, o.width).map((l) => c.dim(l)));
  return out;
}
