/**
 * A record file's row diagnostics: errors and warnings listed up to a cap (and all counted), info
 * problems (an empty cell counted as 0) summarised per code and node, each located at its cell and
 * at the row as the file shows it.
 */
import { diag, type Args, type Diagnostic, type Location, type Severity } from '../../diagnostics.js';
import type { RecordColumnRef } from '../../evidence/records.js';
import type { InputFormat } from '../../evidence/types.js';
import type { ColumnDef } from '../../rubric/types.js';

/** One problem of one record, before it is located. */
export interface Problem {
  code: string;
  severity: Severity;
  args: Args;
  /** Node code the problem is about. */
  node?: string;
  /** Index into the rubric's columns: the cell to point at. */
  column?: number;
}

/** Counts of one info problem (a leaf's empty cells) over the rows. */
export interface Summary {
  problem: Problem;
  count: number;
  row: number;
}

/** Where the rows come from (RecordSessionOptions' part that locates a diagnostic). */
export interface ProblemSource {
  file: string;
  format: InputFormat;
  sheet?: string;
  columns: readonly (RecordColumnRef | undefined)[];
}

export class RowProblems {
  readonly listed: Record<'error' | 'warning', Diagnostic[]> = { error: [], warning: [] };
  readonly counted: Record<'error' | 'warning', number> = { error: 0, warning: 0 };
  /** Info problems (an empty cell counted as 0) summarised per code and node. */
  readonly summaries = new Map<string, Summary>();

  constructor(
    private readonly source: ProblemSource,
    private readonly cols: readonly ColumnDef[],
    readonly maxListed: number,
  ) {}

  /** Lists a row's problem (errors and warnings up to the cap), or adds it to its summary (info). */
  note(p: Problem, row: number): void {
    if (p.severity === 'info') {
      const key = `${p.code}\u0000${p.node ?? ''}`;
      const s = this.summaries.get(key);
      if (s) {
        s.count++;
        if (s.count === 1) s.row = row;
      } else this.summaries.set(key, { problem: p, count: 1, row });
      return;
    }
    this.counted[p.severity]++;
    const list = this.listed[p.severity];
    if (list.length < this.maxListed) list.push(diag(p.code, p.severity, p.args, this.location(row, p.column, p.node)));
  }

  /** The summary of an info problem, created (with no rows yet) on first use. */
  summary(problem: Problem, node: string, row: number): Summary {
    const key = `${problem.code}\u0000${node}`;
    const summary = this.summaries.get(key) ?? { problem, count: 0, row };
    this.summaries.set(key, summary);
    return summary;
  }

  /** The summaries as diagnostics, in the order of their first rows. */
  summaryDiagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const { problem, count, row } of [...this.summaries.values()].sort((a, b) => a.row - b.row)) {
      if (count === 0) continue;
      const code = problem.code === 'SCORE_MISSING_EVIDENCE' ? 'SCORE_MISSING_VALUES' : problem.code;
      out.push(diag(code, 'info', { ...problem.args, count, firstRow: row }, this.location(row, problem.column, problem.node)));
    }
    return out;
  }

  location(row: number, column?: number, code?: string): Location {
    const o = this.source;
    const loc: Location = { file: o.file };
    if (o.format === 'csv') loc.line = row;
    if (o.sheet !== undefined) loc.sheet = o.sheet;
    const ref = column !== undefined ? o.columns[column] : undefined;
    if (ref) loc.cell = `${ref.letter}${row}`;
    loc.row = row;
    if (code !== undefined) loc.code = code;
    return loc;
  }

  /** A column's header as the file writes it (or as the rubric names it). */
  header(i: number): string {
    return this.source.columns[i]?.header ?? this.cols[i]!.header.id;
  }
}
