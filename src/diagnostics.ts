/**
 * Diagnostics are data: a stable code, a severity, message arguments and a location. The words
 * (Indonesian and English) are produced only at the edge, by `formatDiagnostic` in src/i18n.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'id' | 'en';

export type ArgValue = string | number | boolean | readonly string[] | undefined;
export type Args = Readonly<Record<string, ArgValue>>;

/** Where a person can act. Every field is optional; the formatter prints what is known. */
export interface Location {
  /** Path as the user gave it. */
  file?: string;
  /** 1-based line and column in a text file (rubric JSON, CSV). */
  line?: number;
  column?: number;
  /** JSON pointer into a rubric (`/root/children/2/levels`). */
  pointer?: string;
  /** Workbook sheet and cell as Excel names it (`Penilaian`, `D14`); `row` as Excel shows it. */
  sheet?: string;
  cell?: string;
  row?: number;
  /** Criterion or node code the diagnostic is about. */
  code?: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  args: Args;
  location?: Location;
}

export const ExitCode = {
  /** Scored, every gate passed. */
  OK: 0,
  /** Scored, a gate failed (--fail-under, --min-predicate, --fail-on-regression). */
  GATE_FAILED: 1,
  /** Usage error, or an input or rubric that could not be scored. */
  INPUT: 2,
  /** Internal error: a bug in merit. */
  INTERNAL: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function diag(code: string, severity: Severity, args: Args = {}, location?: Location): Diagnostic {
  return location ? { code, severity, args, location } : { code, severity, args };
}
export const error = (code: string, args: Args = {}, location?: Location): Diagnostic => diag(code, 'error', args, location);
export const warning = (code: string, args: Args = {}, location?: Location): Diagnostic => diag(code, 'warning', args, location);
export const info = (code: string, args: Args = {}, location?: Location): Diagnostic => diag(code, 'info', args, location);

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Thrown at an I/O edge (reader, rubric loader) when an input cannot be used at all. Carries the
 * diagnostics; the CLI prints them and exits 2. Never thrown by the pure core.
 */
export class InputError extends Error {
  /** `cause`: what a library threw, kept for `--debug` only (never the words a user is given). */
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    options?: { cause?: unknown },
  ) {
    super(diagnostics.map((d) => d.code).join(', '), options);
    this.name = 'InputError';
  }
}

/**
 * A usage mistake on the command line (exit 2). Like a diagnostic it is data: a stable code
 * (USAGE_*) and arguments; the words live in src/i18n (id/diagnostics/cli.ts, en/…).
 */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly args: Args = {},
  ) {
    super(code);
    this.name = 'UsageError';
  }
  get diagnostic(): Diagnostic {
    return { code: this.code, severity: 'error', args: this.args };
  }
}

/** Longest cell text quoted whole in a rule or a message; longer text is cut with `…`. */
export const QUOTE_CHARS = 60;

/** A cell's text in quotes, cut to QUOTE_CHARS characters (a whole paragraph helps nobody there). */
export function quoteValue(text: string): string {
  if (text.length <= QUOTE_CHARS) return JSON.stringify(text);
  const chars = Array.from(text);
  return JSON.stringify(chars.length <= QUOTE_CHARS ? text : `${chars.slice(0, QUOTE_CHARS - 1).join('').trimEnd()}…`);
}

/**
 * `rubric.json:12:5 /root/children/3/levels`, `evidence.xlsx Penilaian!D14`, `data.csv:14`.
 */
export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  let head = loc.file ?? '';
  if (loc.line !== undefined) head += `${head ? ':' : 'line '}${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (head) parts.push(head);
  if (loc.sheet !== undefined || loc.cell !== undefined) {
    const where = loc.cell ?? (loc.row !== undefined ? `${loc.row}:${loc.row}` : undefined);
    const sheet = loc.sheet !== undefined ? quoteSheet(loc.sheet) : '';
    parts.push(where === undefined ? sheet : `${sheet ? `${sheet}!` : ''}${where}`);
  } else if (loc.row !== undefined && loc.line === undefined) {
    parts.push(`row ${loc.row}`);
  }
  if (loc.pointer !== undefined) parts.push(loc.pointer === '' ? '/' : loc.pointer);
  if (loc.code !== undefined && loc.cell === undefined && loc.pointer === undefined) parts.push(`[${loc.code}]`);
  return parts.join(' ');
}

/** Sheet names with spaces or punctuation are quoted the way Excel writes them. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Worst exit code implied by a list of diagnostics (errors mean the input could not be used). */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): ExitCode {
  return hasErrors(diagnostics) ? ExitCode.INPUT : ExitCode.OK;
}

/** The one diagnostic that stands for many: past 100 of a kind, the rest are folded into it (scoring/fold.ts). */
export const FOLDED = 'SCORE_DIAGNOSTICS_FOLDED';

/** How many diagnostics one stands for: a folded one, the `count` it folded; any other, itself. */
export function diagnosticCount(d: Diagnostic): number {
  return d.code === FOLDED && typeof d.args.count === 'number' ? d.args.count : 1;
}

/** How many diagnostics of this severity the list stands for (folded ones by their count). */
export function countOf(diagnostics: readonly Diagnostic[], severity: Severity, skip?: ReadonlySet<Diagnostic>): number {
  let n = 0;
  for (const d of diagnostics) if (d.severity === severity && !skip?.has(d)) n += diagnosticCount(d);
  return n;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: errors first, then by file, line, sheet, row, cell, pointer, code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    if (s) return s;
    const la = a.location ?? {};
    const lb = b.location ?? {};
    return (
      cmpStr(la.file, lb.file) ||
      (la.line ?? 0) - (lb.line ?? 0) ||
      (la.column ?? 0) - (lb.column ?? 0) ||
      cmpStr(la.sheet, lb.sheet) ||
      (la.row ?? 0) - (lb.row ?? 0) ||
      cmpStr(la.cell, lb.cell) ||
      cmpStr(la.pointer, lb.pointer) ||
      cmpStr(a.code, b.code)
    );
  });
}

/**
 * By UTF-16 code units, like input paths: `localeCompare` would follow the machine's locale (a
 * Swedish one sorts `ä` after `z`), so the same run could order its diagnostics differently on two
 * machines, and its first use costs ~8 ms of collator set-up at start.
 */
function cmpStr(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
