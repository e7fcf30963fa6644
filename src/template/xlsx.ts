/**
 * The evidence template as an XLSX workbook (`merit template -o bukti.xlsx`):
 *
 * - the instructions sheet (`Petunjuk` / `Instructions`): Indonesian and English side by side —
 *   the rubric, its status (the provisional warning), legal basis, how to fill the workbook in,
 *   what each column and each level means;
 * - `Penilaian`: the rubric title, `Instansi:` / `Tahun:` label cells with empty value cells, the
 *   header row, one row per leaf. The level and verified-level cells have a dropdown (data
 *   validation) of the allowed values, or a number rule for numeric leaves; the level cell's note
 *   says what each value means and the points it gives. The sheet is protected without a password
 *   (header, codes and names locked; the value cells, evidence and notes unlocked) and frozen
 *   below the header;
 * - `_merit` (hidden): the rubric id, version and sha256 as key/value rows in columns A and B,
 *   which the reader turns into `meta.stamp`; long dropdown lists live there too (column D on).
 *
 * Pure: model in, bytes out; exceljs is imported lazily. The bytes depend only on the model and
 * the date given (document dates and zip entry times).
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnLetter } from '../evidence/cells.js';
import { FIXED_EPOCH, fitHeight, neutralise, setZipTimes, SOFT_FILL, solid, styleHeader, THIN, WARN_FILL, WRAP_TOP } from '../report/xlsx.js';
import { boundsText, type InputRule, type TemplateModel, type TemplateRow } from './layout.js';
import { templateWords } from '../i18n/index.js';

export interface TemplateXlsxOptions {
  /** Document dates and zip entry times; default a fixed epoch (the same bytes every time). */
  date?: Date;
}

/** Row of the evidence sheet's header (title, rubric line, agency, year, a blank row above it). */
export const TEMPLATE_HEADER_ROW = 6;

const INPUT_FILL = solid('FFFFFF');
const INPUT_BORDER = { style: 'thin', color: { argb: 'FF9AA5B1' } } as const;
const DATA_VALIDATION_LIST_MAX = 255;
const PROMPT_TITLE_MAX = 32;
const ERROR_MAX = 225;
const MIN_ROW_HEIGHT = 18;

/** A column width with a margin: fitHeight's estimate of characters per line is generous. */
const narrower = (width: number): number => Math.floor(width * 0.85);
const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export async function renderTemplateXlsx(model: TemplateModel, o: TemplateXlsxOptions = {}): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const when = o.date ?? FIXED_EPOCH;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'merit';
  wb.lastModifiedBy = 'merit';
  wb.created = when;
  wb.modified = when;
  wb.title = neutralise(model.title);
  wb.keywords = `${model.rubric.id}@${model.rubric.version}`;
  wb.calcProperties.fullCalcOnLoad = false;

  instructionsSheet(wb, model);
  const evidence = wb.addWorksheet(model.sheets.evidence, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: TEMPLATE_HEADER_ROW, topLeftCell: `B${TEMPLATE_HEADER_ROW + 1}`, activeCell: `B3` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const stamp = wb.addWorksheet(model.sheets.stamp, { state: 'hidden' });
  await evidenceSheet(evidence, stamp, model);
  await stampSheet(stamp, model);

  const out = await wb.xlsx.writeBuffer();
  const buf = Buffer.from(out as ArrayBuffer);
  setZipTimes(buf, when);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Instructions

function instructionsSheet(wb: Workbook, model: TemplateModel): void {
  const [first, second] = model.lang === 'id' ? (['id', 'en'] as const) : (['en', 'id'] as const);
  const ws = wb.addWorksheet(templateWords(model.lang).instructionsSheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 24 }, { width: 72 }, { width: 72 }];
  model.instructions.forEach((ins, i) => {
    const row = ws.getRow(i + 1);
    if (ins.style === 'blank') return;
    row.getCell(1).value = ins.key !== undefined ? neutralise(ins.key) : null;
    row.getCell(2).value = ins.texts ? neutralise(ins.texts[first]) : null;
    row.getCell(3).value = ins.texts ? neutralise(ins.texts[second]) : null;
    for (let c = 1; c <= 3; c++) row.getCell(c).alignment = { ...WRAP_TOP, horizontal: 'left' };
    row.getCell(1).font = { bold: true };
    switch (ins.style) {
      case 'title':
        row.font = { bold: true, size: 14 };
        break;
      case 'heading':
        for (let c = 1; c <= 3; c++) {
          row.getCell(c).fill = SOFT_FILL;
          row.getCell(c).font = { bold: true };
        }
        break;
      case 'warning':
        for (let c = 1; c <= 3; c++) {
          row.getCell(c).fill = WARN_FILL;
          row.getCell(c).font = { bold: true, color: { argb: 'FF7A4B00' } };
        }
        break;
    }
    fitHeight(row, [
      [2, 72],
      [3, 72],
    ]);
  });
}

// ---------------------------------------------------------------------------------------------
// The evidence sheet

async function evidenceSheet(ws: Worksheet, stamp: Worksheet, model: TemplateModel): Promise<void> {
  const cols = model.columns;
  const last = cols.length;
  const colOf = (key: string): number => cols.findIndex((c) => c.key === key) + 1;
  ws.columns = cols.map((c) => ({ width: c.width }));

  // Title rows
  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = neutralise(model.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { vertical: 'middle' };
  ws.getRow(1).height = 24;
  ws.mergeCells(2, 1, 2, last);
  const sub = ws.getCell(2, 1);
  sub.value = neutralise(`${model.subtitle} · ${model.seeInstructions}`);
  sub.font = { italic: true, color: { argb: model.provisional ? 'FF7A4B00' : 'FF5F6B7A' } };
  if (model.provisional) sub.fill = WARN_FILL;

  // Agency and year: label cells the reader recognises, value cells to fill in.
  const labelRow = (r: number, label: string): void => {
    const cell = ws.getCell(r, 1);
    cell.value = label;
    cell.font = { bold: true };
    const valueEnd = Math.min(last, 3);
    if (valueEnd > 2) ws.mergeCells(r, 2, r, valueEnd);
    for (let c = 2; c <= valueEnd; c++) {
      const v = ws.getCell(r, c);
      v.protection = { locked: false };
      v.fill = INPUT_FILL;
      v.border = { top: INPUT_BORDER, left: INPUT_BORDER, bottom: INPUT_BORDER, right: INPUT_BORDER };
    }
  };
  labelRow(3, model.labels.subject);
  labelRow(4, model.labels.period);

  // Header
  const head = ws.getRow(TEMPLATE_HEADER_ROW);
  cols.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.note = { texts: [{ text: `${c.header}\n`, font: { bold: true } }, { text: c.note }] };
  });
  styleHeader(head, last);
  fitHeight(
    head,
    cols.map((c, i) => [i + 1, narrower(c.width)] as [number, number]),
  );
  head.height = Math.max(head.height ?? 0, 32);

  // One row per leaf
  const lists = new ListSheet(stamp);
  const levelCol = colOf('level');
  const verifiedCol = colOf('verified');
  const wrapped = cols.map((c, i) => [i + 1, narrower(c.width)] as [number, number]).filter(([i]) => ['aspect', 'name', 'hint', 'evidence', 'notes'].includes(cols[i - 1]!.key));
  model.rows.forEach((leaf, i) => {
    const row = ws.getRow(TEMPLATE_HEADER_ROW + 1 + i);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c.key === 'code' ? leaf.code : c.key === 'aspect' ? neutralise(leaf.aspect) : c.key === 'name' ? neutralise(leaf.name) : c.key === 'hint' ? neutralise(leaf.hint ?? '') || null : null;
      cell.alignment = { ...WRAP_TOP, ...(c.key === 'level' || c.key === 'verified' ? { horizontal: 'center' } : {}) };
      cell.border = THIN;
      if (c.input) {
        cell.protection = { locked: false };
        cell.border = { ...THIN, right: { style: 'hair', color: { argb: 'FFD9DEE4' } } };
      } else cell.fill = SOFT_FILL;
    });
    // A rule with nothing to list (a ratio written as `n/d`) gets no validation.
    const rule = leaf.rule.kind === 'list' && leaf.rule.values.length === 0 ? undefined : validation(leaf, model, lists);
    if (levelCol > 0) {
      const cell = row.getCell(levelCol);
      if (rule) cell.dataValidation = rule;
      cell.note = noteOf(leaf.note);
    }
    if (verifiedCol > 0 && rule) row.getCell(verifiedCol).dataValidation = rule;
    fitHeight(row, wrapped);
    // Room to type: at least a little taller than a default row.
    if (row.height === undefined || row.height < MIN_ROW_HEIGHT) row.height = MIN_ROW_HEIGHT;
  });

  ws.pageSetup.printTitlesRow = `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`;
  // No password: the lock guards against slips, and an assessor can lift it (Review → Unprotect).
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertHyperlinks: true,
  });
}

/** A cell note with its first line (the code and maximum) in bold. */
function noteOf(note: string): { texts: { text: string; font?: { bold: boolean } }[] } {
  const nl = note.indexOf('\n');
  if (nl < 0) return { texts: [{ text: note, font: { bold: true } }] };
  return { texts: [{ text: note.slice(0, nl + 1), font: { bold: true } }, { text: note.slice(nl + 1) }] };
}

function validation(leaf: TemplateRow, model: TemplateModel, lists: ListSheet): DataValidation {
  const w = templateWords(model.lang);
  const rule: InputRule = leaf.rule;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: clip(`${leaf.code}: ${leaf.promptTitle}`, PROMPT_TITLE_MAX),
    prompt: leaf.prompt,
    showErrorMessage: true,
    errorTitle: clip(w.invalidTitle, PROMPT_TITLE_MAX),
  };
  if (rule.kind === 'list') {
    return {
      ...common,
      type: 'list',
      formulae: [lists.formula(leaf.code, rule.values)],
      errorStyle: rule.strict ? 'stop' : 'warning',
      error: clip(w.invalidList(rule.values.join(', ')), ERROR_MAX),
    };
  }
  const min = rule.min?.toNumber();
  const max = rule.max?.toNumber();
  const bounds: Pick<DataValidation, 'operator' | 'formulae'> =
    min !== undefined && max !== undefined
      ? { operator: 'between', formulae: [min, max] }
      : min !== undefined
        ? { operator: 'greaterThanOrEqual', formulae: [min] }
        : max !== undefined
          ? { operator: 'lessThanOrEqual', formulae: [max] }
          : { operator: 'between', formulae: [-1e15, 1e15] };
  return { ...common, type: 'decimal', ...bounds, errorStyle: 'warning', error: clip(w.invalidNumber(boundsText(rule, model.lang)), ERROR_MAX) };
}

/**
 * Dropdown lists: written inline (`"0,1,2,3,4"`) when Excel allows it (at most 255 characters, no
 * comma or quote in a value), else as a column of the hidden stamp sheet (D, E, ...) and referred
 * to by range. The same list is written once.
 */
class ListSheet {
  private readonly ranges = new Map<string, string>();
  private next = 4;
  constructor(private readonly ws: Worksheet) {}

  formula(code: string, values: readonly string[]): string {
    const inline = `"${values.join(',')}"`;
    if (inline.length <= DATA_VALIDATION_LIST_MAX && values.every((v) => !/[,"]/.test(v))) return inline;
    const key = JSON.stringify(values);
    const known = this.ranges.get(key);
    if (known) return known;
    const col = this.next++;
    const letter = columnLetter(col);
    this.ws.getCell(1, col).value = code;
    values.forEach((v, i) => {
      this.ws.getCell(i + 2, col).value = neutralise(v);
    });
    const range = `'${this.ws.name}'!$${letter}$2:$${letter}$${values.length + 1}`;
    this.ranges.set(key, range);
    return range;
  }
}

async function stampSheet(ws: Worksheet, model: TemplateModel): Promise<void> {
  model.stamp.forEach(([key, value], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = key;
    row.getCell(2).value = neutralise(value);
  });
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 68;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}
