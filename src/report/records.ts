/**
 * `--records FILE.csv`: one line per input row with that record's scores, formatted here (pure),
 * written as the rows stream by (src/cli/record-action.ts).
 *
 * Columns: the file row; the identifying columns (the record id, then every declared column no
 * leaf scores: name, unit, post type, ...); one column per top-level node (dimension) with its
 * points; the record's score, predicate code and label; the status (scored or not) and the codes
 * of its problems. A row that was not scored has empty scores, so the file lines up 1:1 with the
 * input and a person can find every bad row.
 *
 * Same conventions as the CSV report: UTF-8 with a BOM, CRLF, RFC 4180 quoting, a decimal comma
 * with the `;` delimiter, and text from the input neutralised against formula injection.
 */
import type { Lang } from '../diagnostics.js';
import { rawText } from '../evidence/cells.js';
import type { RecordInput } from '../evidence/records.js';
import { walk } from '../rubric/tree.js';
import { isLeaf, type Rubric } from '../rubric/types.js';
import type { RecordResult } from '../scoring/record/index.js';
import { field, neutralise, type CsvDelimiter } from './csv.js';
import { predicateText, text } from './format.js';
import { ui } from '../i18n/index.js';

export interface RecordsCsvOptions {
  lang: Lang;
  delimiter: CsvDelimiter;
}

export interface RecordsCsv {
  /** The BOM and the header line. */
  header: string;
  /** One line (with its CRLF) for a row and what it scored. */
  line(input: RecordInput, result: RecordResult): string;
}

/** Indexes (into the rubric's columns) of the identifying columns, record id first. */
export function identityColumns(rubric: Rubric): number[] {
  const cols = rubric.columns ?? [];
  const scored = new Set<string>();
  for (const { node } of walk(rubric.root)) if (isLeaf(node) && node.column !== undefined) scored.add(node.column);
  const id = rubric.population?.recordId;
  const first = id !== undefined ? cols.findIndex((c) => c.key === id) : -1;
  const rest = cols.flatMap((c, i) => (i !== first && !scored.has(c.key) ? [i] : []));
  return first >= 0 ? [first, ...rest] : rest;
}

export function recordsCsv(rubric: Rubric, o: RecordsCsvOptions): RecordsCsv {
  const w = ui(o.lang);
  const p = w.population;
  const d = o.delimiter;
  const cols = rubric.columns ?? [];
  const identity = identityColumns(rubric);
  const dims = rubric.root.children;
  const decimal = (s: string): string => (d === ';' ? s.replace('.', ',') : s);
  const heads = [
    p.row,
    ...identity.map((i) => text(cols[i]!.header, o.lang)),
    ...dims.map((n) => `${text(n.name, o.lang)} (${n.code})`),
    w.score,
    p.predicateCode,
    w.predicate,
    w.status,
    p.problems,
  ];
  const header = '\ufeff' + heads.map((h) => field(neutralise(h), d)).join(d) + '\r\n';
  // Record scores are numbers with at most a few decimals (see RecordResult): String() prints them exactly.
  const number = (x: number | null): string => (x === null ? '' : decimal(String(x)));
  const predicates = new Map<string, string>();
  const predicateCells = (r: RecordResult): string => {
    const pr = r.predicate!;
    let cells = predicates.get(pr.code);
    if (cells === undefined) {
      cells = `${field(neutralise(pr.code), d)}${d}${field(neutralise(predicateText(pr, o.lang)), d)}`;
      predicates.set(pr.code, cells);
    }
    return cells;
  };
  const skippedTail = [...dims.map(() => ''), '', '', '', p.status.skipped].join(d);
  return {
    header,
    line(input, result) {
      let s = String(input.row);
      for (const i of identity) {
        const v = input.values[i];
        s += d + (v === null || v === undefined ? '' : field(neutralise(rawText(v)), d));
      }
      if (result.status === 'scored') {
        for (const x of result.dimensions ?? []) s += d + number(x);
        s += d + number(result.score ?? null) + d + predicateCells(result) + d + p.status.scored;
      } else s += d + skippedTail;
      s += d + result.problems.join(' ') + '\r\n';
      return s;
    },
  };
}
