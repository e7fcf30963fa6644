/**
 * Terminal summary of a batch: a ranked table (rank, agency, period, score, max, predicate,
 * coverage, gate status, error + warning count), the score statistics, the files per predicate,
 * then what went wrong: files that could not be scored, evidence errors, failed gates (each with
 * its diagnostics), and the provisional-rubric note once.
 *
 * Pure, like text.ts: colour comes in as a chalk instance and the width as a number; the layout
 * is measured on plain text, so no line is longer than `width` at any colour level. When the
 * table does not fit, the predicate shrinks to its code, then separators to one space, then the
 * period and coverage columns go; the agency column takes the room left.
 */
import type { ChalkInstance } from 'chalk';
import { sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics.js';
import { diagnosticCounts, gateStatus, ranked, type BatchItem, type BatchResult } from '../scoring/batch.js';
import { num, predicateText, ratioPct } from './format.js';
import { formatDiagnostic, batchWords, type BatchWords, ui, words } from '../i18n/index.js';
import { displayWidth, fit, fitLeft, padEnd, padStart, wrap } from './layout.js';
import { predicateStyle } from './text.js';
import { batchIsV2, categoryCodes, categoryParts, incompleteCell } from './batch-v2.js';
import { noticeText } from './next-steps.js';
import { visibleAll } from '../i18n/visible.js';

export interface BatchTextOptions {
  lang: Lang;
  color: ChalkInstance;
  width: number;
  /** Every diagnostic of every file (otherwise errors only, warnings counted). */
  verbose: boolean;
}

const MIN_WIDTH = 40;
/** Diagnostics listed per file before "… and N more" (verbose lists them all). */
const PER_FILE = 3;

type Align = 'left' | 'right';
interface Column {
  key: 'rank' | 'agency' | 'period' | 'score' | 'max' | 'predicate' | 'coverage' | 'gates' | 'diag';
  head: string;
  align: Align;
}
interface Row {
  item: BatchItem;
  cells: Record<Column['key'], string>;
  /** The predicate code alone, for narrow layouts. */
  code: string;
}

export function renderBatchText(r: BatchResult, o: BatchTextOptions): string {
  // Text from files and rubrics reaches the terminal with its control characters made visible.
  [r] = visibleAll(r);
  const width = Math.max(MIN_WIDTH, Math.floor(o.width) || 80);
  const w = ui(o.lang);
  const b = batchWords(o.lang);
  const c = o.color;
  const out: string[] = [];
  const s = r.summary;

  out.push(c.bold(fit(`${b.title} · ${r.rubric.id}@${r.rubric.version} · ${w.rubricStatus[r.rubric.status]}`, width)));
  const counts = [b.files(s.files), b.scored(s.scored), b.failed(s.failed)];
  if (s.gateFailures) counts.push(b.gateFailures(s.gateFailures));
  if (s.withErrors) counts.push(b.withErrors(s.withErrors));
  for (const l of wrap(`${counts[0]}: ${counts.slice(1).join(', ')}`, width, '', '  ')) out.push(l);
  out.push('');

  out.push(...table(r, o, b, width));

  if (s.scored > 0) {
    out.push('');
    const stats = `${b.mean} ${num(s.mean, 2)} · ${b.median} ${num(s.median)} · ${b.min} ${num(s.min)} · ${b.max} ${num(s.max)}`;
    for (const l of wrap(stats, width, '', '  ')) out.push(l);
  }

  // Files per predicate, best first.
  out.push('');
  out.push(c.bold(fit(b.byPredicate, width)));
  const preds = [...s.byPredicate].reverse();
  const predW = Math.min(width - 8, Math.max(...preds.map((p) => displayWidth(predicateText({ ...p }, o.lang)))));
  const countW = Math.max(...preds.map((p) => String(p.count).length));
  for (const p of preds) {
    const label = padEnd(fit(predicateText({ ...p }, o.lang), predW), predW);
    const line = `  ${p.count ? predicateStyle({ ...p }, c)(label) : c.dim(label)}  ${String(p.count).padStart(countW)}`;
    out.push(line);
  }

  // v2: each file's nominal figure and categories, and the incomplete totals.
  if (batchIsV2(r)) out.push(...v2Lines(r, o, width));

  // What went wrong, file by file.
  const failed = r.items.filter((i) => i.status === 'failed');
  const withErrors = r.items.filter((i) => i.status === 'scored' && diagnosticCounts(i).errors > 0);
  const gateFailed = r.items.filter((i) => gateStatus(i) === 'failed');
  if (failed.length) {
    out.push('', c.red.bold(fit(b.failuresHeading(failed.length), width)));
    for (const i of failed) out.push(...fileDiagnostics(i, o, b, width, ['error']));
  }
  if (withErrors.length) {
    out.push('', c.red.bold(fit(b.errorsHeading(withErrors.length), width)));
    for (const i of withErrors) out.push(...fileDiagnostics(i, o, b, width, ['error']));
  }
  if (gateFailed.length) {
    out.push('', c.yellow.bold(fit(b.gateFailuresHeading(gateFailed.length), width)));
    for (const i of gateFailed) {
      out.push(c.bold(`  ${fitLeft(i.input, width - 2)}`));
      for (const g of i.gates.filter((x) => !x.passed)) out.push(...wrap(b.gateLine(g.gate, g.expected, g.found), width, '    ', '      '));
    }
  }
  const warned = r.items.filter((i) => diagnosticCounts(i).warnings > 0);
  if (o.verbose && warned.length) {
    out.push('', c.yellow.bold(fit(w.severityPlural.warning, width)));
    for (const i of warned) out.push(...fileDiagnostics(i, o, b, width, ['warning']));
  } else if (warned.length) {
    const n = warned.reduce((sum, i) => sum + diagnosticCounts(i).warnings, 0);
    out.push('');
    for (const l of wrap(b.warningsHidden(n), width, '', '  ')) out.push(c.dim(l));
  }

  if (r.rubric.status === 'provisional') {
    out.push('');
    for (const l of wrap(b.provisionalNote, width, '! ', '  ')) out.push(c.yellow(l));
  }
  // v2: the rubric's notice, once, under the provisional note.
  const notice = noticeText(r, o.lang);
  if (notice) {
    if (r.rubric.status !== 'provisional') out.push('');
    for (const l of wrap(`${ui(o.lang).v2.nextSteps.notice}: ${notice}`, width, '  ', '  ')) out.push(c.yellow(l));
  }
  return out.join('\n') + '\n';
}

function table(r: BatchResult, o: BatchTextOptions, b: BatchWords, width: number): string[] {
  const w = ui(o.lang);
  const c = o.color;
  const cols: Column[] = [
    { key: 'rank', head: b.rank, align: 'right' },
    { key: 'agency', head: w.agency, align: 'left' },
    { key: 'period', head: w.period, align: 'left' },
    { key: 'score', head: w.score, align: 'right' },
    { key: 'max', head: w.max, align: 'right' },
    { key: 'predicate', head: w.predicate, align: 'left' },
    { key: 'coverage', head: shortCoverage(o.lang), align: 'right' },
    { key: 'gates', head: b.gates, align: 'left' },
    { key: 'diag', head: b.diag, align: 'right' },
  ];
  const rows: Row[] = ranked(r.items).map(({ item, rank }) => {
    const a = item.assessment;
    const { errors, warnings } = diagnosticCounts(item);
    return {
      item,
      code: a ? a.predicate.code : '',
      cells: {
        rank: rank === undefined ? '' : String(rank),
        agency: a ? a.subject.name : item.input,
        period: a?.subject.period ?? '',
        score: a ? num(a.score) : '–',
        max: a ? num(a.max) : '–',
        predicate: a ? predicateText(a.predicate, o.lang) : b.unreadable,
        coverage: a ? `${ratioPct(a.coverage)}%` : '–',
        gates: b.gateStatus[gateStatus(item)],
        diag: String(errors + warnings),
      },
    };
  });

  // Natural widths; an unreadable file's word in the predicate column may be cut, never widen it.
  const natural = (key: Column['key'], codeOnly = false): number =>
    Math.max(
      displayWidth(cols.find((x) => x.key === key)!.head),
      ...rows.filter((x) => key !== 'predicate' || x.item.assessment).map((x) => displayWidth(key === 'predicate' && codeOnly ? x.code : x.cells[key])),
    );
  const layouts = [
    { sep: '  ', codeOnly: false, drop: [] as Column['key'][] },
    { sep: ' ', codeOnly: false, drop: [] as Column['key'][] },
    { sep: '  ', codeOnly: true, drop: [] as Column['key'][] },
    { sep: ' ', codeOnly: true, drop: [] as Column['key'][] },
    { sep: ' ', codeOnly: true, drop: ['period'] as Column['key'][] },
    { sep: ' ', codeOnly: true, drop: ['period', 'coverage'] as Column['key'][] },
  ];
  const agencyNatural = Math.max(displayWidth(w.agency), ...rows.map((x) => displayWidth(x.cells.agency)));
  const measure = (l: (typeof layouts)[number]) => {
    const shown = cols.filter((x) => !l.drop.includes(x.key));
    const widths = new Map(shown.map((x) => [x.key, x.key === 'agency' ? 0 : natural(x.key, l.codeOnly)]));
    const fixed = [...widths.values()].reduce((a, v) => a + v, 0) + l.sep.length * (shown.length - 1);
    return { ...l, shown, widths, agencyW: width - fixed };
  };
  let L = measure(layouts[layouts.length - 1]!);
  for (const l of layouts) {
    const m = measure(l);
    if (m.agencyW >= Math.min(20, agencyNatural)) {
      L = m;
      break;
    }
  }
  const agencyW = Math.max(1, Math.min(L.agencyW, agencyNatural));
  L.widths.set('agency', agencyW);

  const cellText = (row: Row | undefined, col: Column): string => {
    const wdt = L.widths.get(col.key)!;
    let v = row ? (col.key === 'predicate' && L.codeOnly && row.item.assessment ? row.code : row.cells[col.key]) : col.head;
    if (row && col.key === 'agency') v = row.item.assessment ? shortAgency(v, wdt) : fitLeft(v, wdt);
    else v = fit(v, wdt);
    return col.align === 'right' ? padStart(v, wdt) : padEnd(v, wdt);
  };
  const lines: string[] = [];
  const head = L.shown.map((col) => cellText(undefined, col)).join(L.sep).trimEnd();
  lines.push(c.bold(head));
  lines.push(c.dim('─'.repeat(Math.min(width, displayWidth(head)))));
  for (const row of rows) {
    const a = row.item.assessment;
    if (!a) {
      // Not scored: the path, then what went wrong across the number columns.
      const lead = L.shown.slice(0, L.shown.findIndex((x) => x.key === 'agency') + 1);
      const start = lead.map((col) => cellText(row, col)).join(L.sep) + L.sep;
      const first = sortDiagnostics(row.item.diagnostics).find((d) => d.severity === 'error');
      lines.push(c.red(start + fit(`${b.unreadable}${first ? ` · ${first.code}` : ''}`, width - displayWidth(start))).trimEnd());
      continue;
    }
    const parts = L.shown.map((col) => {
      const t = cellText(row, col);
      if (col.key === 'predicate') return predicateStyle(a.predicate, c)(t);
      if (col.key === 'gates') return gateStatus(row.item) === 'failed' ? c.red.bold(t) : gateStatus(row.item) === 'passed' ? c.green(t) : c.dim(t);
      if (col.key === 'diag') return diagnosticCounts(row.item).errors ? c.red(t) : t.trim() === '0' ? c.dim(t) : c.yellow(t);
      return t;
    });
    lines.push(parts.join(L.sep).replace(/ +((?:\u001b\[[0-9;]*m)*)$/, '$1'));
  }
  return lines;
}

function v2Lines(r: BatchResult, o: BatchTextOptions, width: number): string[] {
  const c = o.color;
  const codes = categoryCodes(r);
  const out = ['', c.bold(fit(ui(o.lang).v2.batchHeading, width))];
  for (const { item, rank } of ranked(r.items)) {
    const a = item.assessment;
    if (!a) continue;
    const head = `${rank === undefined ? '' : `${rank} `}${a.subject.name}`;
    const parts = categoryParts(a, codes, o.lang);
    out.push(...wrap(`${head}: ${parts.join(' · ')}`, width, '  ', '    '));
    const inc = incompleteCell(a, o.lang);
    if (inc) out.push(...wrap(inc, width, '    ! ', '      ').map((l) => c.yellow(l)));
  }
  return out;
}

/**
 * An agency name that does not fit: the usual abbreviations first (Pemerintah Kabupaten → Pemkab,
 * Kota → Pemkot, Provinsi → Pemprov), since the words that tell agencies apart come last.
 */
export function shortAgency(name: string, width: number): string {
  if (displayWidth(name) <= width) return name;
  const short = name
    .replace(/^Pemerintah\s+Kabupaten\b/i, 'Pemkab')
    .replace(/^Pemerintah\s+Kota\b/i, 'Pemkot')
    .replace(/^Pemerintah\s+Provinsi\b/i, 'Pemprov')
    .replace(/^Kementerian\b/i, 'Kemen.');
  return fit(short, width);
}

function shortCoverage(lang: Lang): string {
  return words(lang).common.shortCoverage;
}

function fileDiagnostics(i: BatchItem, o: BatchTextOptions, b: BatchWords, width: number, severities: Diagnostic['severity'][]): string[] {
  const c = o.color;
  const lines = [c.bold(`  ${fitLeft(i.input, width - 2)}`)];
  const ds = sortDiagnostics(i.diagnostics).filter((d) => severities.includes(d.severity));
  const shown = o.verbose ? ds : ds.slice(0, PER_FILE);
  for (const d of shown) {
    const [first = '', ...rest] = formatDiagnostic(withoutFile(d, i.input), o.lang).split('\n');
    lines.push(...wrap(first, width, '    ', '      '));
    for (const l of rest) lines.push(...wrap(l.trim(), width, '      ', '        ').map((x) => c.dim(x)));
  }
  if (ds.length > shown.length) lines.push(c.dim(`    ${b.more(ds.length - shown.length)}`));
  return lines;
}

/** The file is named above its diagnostics; the location keeps sheet, cell and line. */
function withoutFile(d: Diagnostic, file: string): Diagnostic {
  if (d.location?.file !== file) return d;
  const { file: _file, ...location } = d.location;
  return { ...d, location };
}

