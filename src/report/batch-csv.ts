/**
 * CSV summary of a batch: one row per input, in ranking order (scored files by score, then the
 * files that could not be scored), for a spreadsheet.
 *
 * The same conventions as the single report (csv.ts): UTF-8 with a BOM, CRLF, RFC 4180 quoting,
 * a decimal comma with the `;` delimiter, and text from outside merit (paths, agency names,
 * periods, rubric labels) neutralised when a spreadsheet would run it as a formula.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { diagnosticCounts, gateStatus, ranked, type BatchResult } from '../scoring/batch.js';
import { field, neutralise, type CsvDelimiter } from './csv.js';
import { num, pct, text } from './format.js';
import { batchWords, ui } from '../i18n/index.js';
import { batchIsV2, categoryCodes, categoryOf } from './batch-v2.js';

export interface BatchCsvOptions {
  lang: Lang;
  delimiter: CsvDelimiter;
}

const HUNDRED = Dec.int(100);

export function renderBatchCsv(r: BatchResult, o: BatchCsvOptions): string {
  const w = ui(o.lang);
  const b = batchWords(o.lang);
  const d = o.delimiter;
  const number = (x: Dec | null | undefined, kind: 'num' | 'pct' = 'num'): string => {
    if (!x) return '';
    const s = kind === 'pct' ? pct(x) : num(x, 6);
    return d === ';' ? s.replace('.', ',') : s;
  };
  const header = [b.rank, b.file, w.agency, w.period, w.score, w.max, w.percent, w.predicate, `${w.predicate} (${w.name.toLowerCase()})`, w.coverage, b.status, b.gates, b.errors, b.warnings, b.exitCode];
  // v2: columns appended at the end: nominal figure, incomplete, capped-from, then one category column per categorised node.
  const v2 = batchIsV2(r);
  const codes = v2 ? categoryCodes(r) : [];
  if (v2) header.push(w.v2.nominal, w.v2.incompleteHead, w.v2.cappedFrom, ...codes.map((c) => `${w.v2.category} ${c}`));
  const lines = [header.map((h) => field(h, d)).join(d)];
  for (const { item, rank } of ranked(r.items)) {
    const a = item.assessment;
    const { errors, warnings } = diagnosticCounts(item);
    const status = !a ? 'failed' : errors > 0 ? 'with-errors' : 'scored';
    const cells = [
      rank === undefined ? '' : String(rank),
      neutralise(item.input),
      a ? neutralise(a.subject.name) : '',
      a?.subject.period !== undefined ? neutralise(a.subject.period) : '',
      number(a?.score),
      number(a?.max),
      number(a?.percent, 'pct'),
      a ? neutralise(a.predicate.code) : '',
      a ? neutralise(text(a.predicate.label, o.lang)) : '',
      a ? number(a.coverage.mul(HUNDRED), 'pct') : '',
      b.itemStatus[status],
      b.gateStatus[gateStatus(item)],
      String(errors),
      String(warnings),
      String(item.exitCode),
    ];
    if (v2) {
      cells.push(
        number(a?.nominal?.value),
        a?.incomplete ? neutralise(a.incomplete.missing.join(' ')) : '',
        a?.predicate.capped ? neutralise(a.predicate.capped.from) : '',
        ...codes.map((c) => (a ? neutralise(categoryOf(a, c)?.code ?? '') : '')),
      );
    }
    lines.push(cells.map((x) => field(x, d)).join(d));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

