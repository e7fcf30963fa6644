/**
 * Repeated per-row diagnostics folded past a cap. An agency sheet has tens of rows; a file of
 * 100,000 rows with unknown (or duplicate) codes made one diagnostic per row, and 100,000 of them
 * rendered in two languages cost half a gigabyte (issue 15 item 9). The first `cap` diagnostics of
 * each code and severity are kept as they are; the rest become one located SCORE_DIAGNOSTICS_FOLDED
 * of that severity (so exit codes and severity counts of listed kinds do not change), placed at
 * the first row folded and naming how many there were and where the last one was.
 */
import { diag, FOLDED, quoteSheet, type Diagnostic, type Location, type Severity } from '../diagnostics.js';

/** Diagnostics of one code and severity listed one by one before the rest are folded. */
export const LISTED_PER_CODE = 100;

interface Fold {
  code: string;
  severity: Severity;
  listed: number;
  folded: number;
  first?: Location;
  last?: Location;
}

export class DiagnosticFolder {
  private readonly folds = new Map<string, Fold>();

  constructor(
    private readonly out: Diagnostic[],
    private readonly cap: number = LISTED_PER_CODE,
  ) {}

  /** Whether the next diagnostic of this code and severity is listed (callers skip work, such as a did-you-mean, for one that is not). */
  listed(code: string, severity: Severity): boolean {
    return (this.folds.get(`${severity} ${code}`)?.listed ?? 0) < this.cap;
  }

  push(d: Diagnostic): void {
    const key = `${d.severity} ${d.code}`;
    let f = this.folds.get(key);
    if (!f) this.folds.set(key, (f = { code: d.code, severity: d.severity, listed: 0, folded: 0 }));
    if (f.listed < this.cap) {
      f.listed++;
      this.out.push(d);
      return;
    }
    f.folded++;
    if (d.location) {
      f.first ??= d.location;
      f.last = d.location;
    }
  }

  /** Appends one SCORE_DIAGNOSTICS_FOLDED per code and severity that went past the cap. */
  finish(): void {
    for (const f of this.folds.values()) {
      if (f.folded === 0) continue;
      const last = f.last ? place(f.last) : undefined;
      const args = { of: f.code, count: f.folded, listed: f.listed, ...(last !== undefined ? { last } : {}) };
      this.out.push(diag(FOLDED, f.severity, args, f.first ? located(f.first) : undefined));
    }
    this.folds.clear();
  }
}

/** The first folded row's place, without the code of that one row. */
function located(l: Location): Location {
  const { code: _code, ...rest } = l;
  return rest;
}

/** `A99029`, `'Sheet 1'!A99029`, or a CSV line number. */
function place(l: Location): string | undefined {
  if (l.cell !== undefined) return `${l.sheet !== undefined ? `${quoteSheet(l.sheet)}!` : ''}${l.cell}`;
  if (l.line !== undefined) return String(l.line);
  if (l.row !== undefined) return String(l.row);
  return undefined;
}
