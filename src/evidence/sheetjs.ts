/**
 * Reader for .xls (Excel 97–2003), .xlsb and .ods, through SheetJS (`@e965/xlsx`, a maintained
 * build), imported lazily, here only: `merit --help` and .xlsx/.csv runs never load it. The file
 * passes the checks of sheetjs-guard.ts first (the same limits as an xlsx); SheetJS's cells are
 * then mapped to the same SheetViews the xlsx reader makes (workbook.ts), so header detection,
 * rows, `Instansi:`/`Tahun:` cells and the `_merit` stamp work alike in every format.
 *
 * Mapping, as the xlsx reader does it: numbers stay numbers (text as Excel shows a General cell),
 * numbers stored as text stay text, dates become ISO dates, a formula gives its cached value (none
 * saved: EVIDENCE_FORMULA_NO_CACHED_VALUE; an error value: EVIDENCE_FORMULA_ERROR), a merged
 * range's covered cells are empty and lend their master's text to the header search, and a
 * hyperlink with no text reads as its target. SheetJS's own messages never reach the user as the
 * reason: a file it cannot parse is EVIDENCE_FORMAT_UNREADABLE, naming the format.
 */
import { error, InputError } from '../diagnostics.js';
import { dateText, numberText } from './cells.js';
import { HEADER_SCAN_ROWS, type ScanRow } from './header.js';
import { guardSheetjs, type CfbContainer, type GuardProblem } from './sheetjs-guard.js';
import type { SheetjsFormat } from './sniff.js';
import { LIMIT_FLAGS, type SourceCell, type SourceRow } from './table.js';
import type { EvidenceTable } from './types.js';
import { readSheets, type SheetState, type SheetView, type WorkbookContext } from './workbook.js';

/** What merit uses of a SheetJS cell (dense mode). */
interface SjsCell {
  t?: string;
  v?: unknown;
  w?: string;
  f?: string;
  l?: { Target?: string };
}
interface SjsSheet {
  '!data'?: (SjsCell | undefined)[][];
  '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
  '!rows'?: ({ hidden?: boolean } | undefined)[];
  '!cols'?: ({ hidden?: boolean } | undefined)[];
  '!fullref'?: string;
  '!ref'?: string;
}
interface SjsWorkbook {
  SheetNames: string[];
  Sheets: Record<string, SjsSheet | undefined>;
  Workbook?: { Sheets?: ({ Hidden?: number } | undefined)[] };
}
interface SheetJs {
  read(data: Buffer, opts: object): SjsWorkbook;
  CFB: { read(data: Buffer, opts: object): CfbContainer };
  utils: { decode_range(ref: string): { e: { r: number } } };
}

let library: Promise<SheetJs> | undefined;

function sheetjs(): Promise<SheetJs> {
  return (library ??= import('@e965/xlsx') as unknown as Promise<SheetJs>);
}

/** `refuse` turns a failed check into the InputError read.ts gives every format. */
export async function readSheetjs(bytes: Buffer, format: SheetjsFormat, ctx: WorkbookContext, refuse: (p: GuardProblem) => InputError): Promise<EvidenceTable> {
  const X = await sheetjs();
  const problem = guardSheetjs(bytes, format, ctx.limits, (b) => X.CFB.read(b, { type: 'buffer' }));
  if (problem) throw refuse(problem);
  // Rows past the limit (plus the header rows) are never materialised; a sheet that has them is refused.
  const sheetRows = ctx.limits.maxRows + 1_000;
  let wb: SjsWorkbook;
  try {
    wb = quietly(() => X.read(bytes, { type: 'buffer', dense: true, cellDates: true, cellFormula: true, cellStyles: true, cellHTML: false, UTC: true, sheetRows }));
  } catch (e) {
    if (/password/i.test(e instanceof Error ? e.message : String(e))) throw refuse({ kind: 'encrypted' });
    throw new InputError([error('EVIDENCE_FORMAT_UNREADABLE', { format }, { file: ctx.file })]);
  }
  const views: SheetView[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    if (ws['!fullref'] && X.utils.decode_range(ws['!fullref']).e.r + 1 > sheetRows) {
      throw new InputError([error('EVIDENCE_TOO_MANY_ROWS', { limit: ctx.limits.maxRows, flag: LIMIT_FLAGS.maxRows }, { file: ctx.file })]);
    }
    views.push(sheetView(name, ws, wb.Workbook?.Sheets?.[i]?.Hidden));
  });
  return readSheets(views, format, ctx);
}

/** SheetJS writes warnings to the console (ODS number formats, defined names): never to merit's output. */
function quietly<T>(run: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const mute = (): void => undefined;
  console.error = console.warn = console.log = mute;
  try {
    return run();
  } finally {
    Object.assign(console, saved);
  }
}

const STATES: Readonly<Record<number, SheetState>> = { 0: 'visible', 1: 'hidden', 2: 'veryHidden' };

interface Span {
  from: number;
  to: number;
  /** The master cell (1-based). */
  row: number;
  column: number;
}

function sheetView(name: string, ws: SjsSheet, hidden: number | undefined): SheetView {
  const data = ws['!data'] ?? [];
  // The merged ranges covering each row (1-based); their areas were counted against --max-cells.
  const spans = new Map<number, Span[]>();
  for (const m of ws['!merges'] ?? []) {
    for (let r = m.s.r; r <= Math.min(m.e.r, data.length); r++) {
      const list = spans.get(r + 1) ?? [];
      list.push({ from: m.s.c + 1, to: m.e.c + 1, row: m.s.r + 1, column: m.s.c + 1 });
      spans.set(r + 1, list);
    }
  }
  const master = (row: number, column: number): Span | undefined =>
    spans.get(row)?.find((s) => column >= s.from && column <= s.to && !(s.row === row && s.column === column));
  const raw = (row: number, column: number): SjsCell | undefined => data[row - 1]?.[column - 1];
  const value = (row: number, column: number): SourceCell | undefined => {
    const c = raw(row, column);
    return c ? cellValue(c) : undefined;
  };
  /** Whether a row has a cell of its own (not the covered part of a merged range). */
  const hasOwn = (row: number): boolean => {
    const cells = data[row - 1];
    if (!cells) return false;
    for (let c = 0; c < cells.length; c++) if (cells[c] && value(row, c + 1) !== undefined && !master(row, c + 1)) return true;
    return false;
  };
  return {
    name,
    state: STATES[hidden ?? 0] ?? 'visible',
    scan(): ScanRow[] {
      const out: ScanRow[] = [];
      for (let r = 1; r <= data.length && out.length < HEADER_SCAN_ROWS; r++) {
        const cells = data[r - 1];
        if (!cells) continue;
        const texts: (string | undefined)[] = [];
        const inherited: (string | undefined)[] = [];
        let any = false;
        const width = Math.max(cells.length, ...(spans.get(r) ?? []).map((s) => s.to));
        for (let c = 1; c <= width; c++) {
          const m = master(r, c);
          if (m) {
            inherited[c - 1] = value(m.row, m.column)?.text;
            continue;
          }
          const text = value(r, c)?.text;
          if (text) {
            texts[c - 1] = text;
            any = true;
          }
        }
        if (any) out.push({ row: r, texts, inherited });
      }
      return out;
    },
    *rows(headerRow: number): Generator<SourceRow> {
      for (let r = headerRow + 1; r <= data.length; r++) {
        if (!hasOwn(r)) continue;
        const row = r;
        yield {
          row,
          hidden: Boolean(ws['!rows']?.[row - 1]?.hidden),
          cell: (column) => (master(row, column) ? undefined : value(row, column)),
        };
      }
    },
    columnHidden: (column) => Boolean(ws['!cols']?.[column - 1]?.hidden),
    text: (row, column) => value(row, column)?.text,
  };
}

/** One SheetJS cell as merit sees it (the same SourceCell the xlsx reader makes); undefined when empty. */
export function cellValue(c: SjsCell): SourceCell | undefined {
  const formula = typeof c.f === 'string' && c.f !== '' ? `=${c.f}` : undefined;
  const withFormula = (v: SourceCell | undefined): SourceCell | undefined => (v && formula ? { ...v, formula } : v);
  if (c.t === 'e') return withFormula({ raw: null, text: '', error: c.w ?? '#N/A' });
  if (c.v === undefined || c.v === null || c.t === 'z') return formula ? { raw: null, text: '', formula, noCachedValue: true } : undefined;
  const v = c.v;
  if (typeof v === 'number') return withFormula({ raw: v, text: numberText(v) });
  if (typeof v === 'boolean') return withFormula({ raw: v, text: v ? 'TRUE' : 'FALSE' });
  if (v instanceof Date) {
    const iso = dateText(v);
    return withFormula(iso ? { raw: iso, text: iso } : undefined);
  }
  let text = String(v);
  if (text.trim() === '' && typeof c.l?.Target === 'string') text = c.l.Target;
  return withFormula(text === '' ? undefined : { raw: text, text: text.trim() });
}
