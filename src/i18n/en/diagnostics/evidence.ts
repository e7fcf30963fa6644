/** English words of the diagnostics of src/evidence (reading evidence files). Codes are stable: never rename one. */
import { s, list, orList, mb, field, FORMAT, DETECTED, SAVE_AS_XLSX } from '../../helpers/evidence.js';
import type { Mirror } from '../../types.js';
import type { evidence as id } from '../../id/diagnostics/evidence.js';

export const evidence: Mirror<typeof id> = {
  EVIDENCE_RECORD_HEADER_NOT_FOUND: {
    text: (a) =>
      `No header row of employee data found${a.rows ? ` in rows ${s(a.rows)}` : ''}: the required columns ${list(a.required, 'en')} must be there.` +
      (a.bestRow !== undefined ? ` Row ${s(a.bestRow)} comes closest but lacks ${list(a.bestMissing, 'en')}.` : ''),
    hint: () => 'Give the columns the headers the rubric declares (see `merit rubric show`), or add your spelling to the rubric (columns[].aliases); choose another sheet with --sheet.',
  },
  EVIDENCE_RECORD_DUPLICATE_HEADER: {
    text: (a) => `Column ${s(a.cell)} ('${s(a.header)}') names the same rubric column ${s(a.column)} as ${s(a.first)}; the first one is used.`,
    hint: () => 'Remove or rename the duplicate column.',
  },
  EVIDENCE_RECORD_COLUMN_MISSING: {
    text: (a) => `Column '${s(a.header)}' (${s(a.column)}) is not in the file${a.used ? '; every row is scored as if it were empty' : ''}.`,
    hint: () => 'Add the column, or check the spelling of its header.',
  },
  EVIDENCE_RECORD_ENCODING: {
    text: (a) => `Part of the file (after row ${s(a.afterRow)}) is not valid UTF-8; the broken characters read as '\ufffd'.`,
    hint: () => 'The file may join two exports in different encodings; save it again as a whole as "CSV UTF-8".',
  },
  EVIDENCE_NOT_FOUND: { text: () => 'Evidence file not found.', hint: () => 'Check the file name and folder.' },
  EVIDENCE_UNREADABLE: {
    text: (a) => (a.reason === 'directory' ? 'This is a folder, not a file.' : `The file cannot be read (${s(a.reason)}).`),
    hint: () => 'Check the file permissions.',
  },
  EVIDENCE_EMPTY_FILE: { text: () => 'The file is empty.', hint: () => 'Fill in the assessment sheet and save it as .xlsx or .csv.' },
  EVIDENCE_FILE_TOO_LARGE: {
    text: (a) => `The file is ${mb(a.size, 'en')}, over the ${mb(a.limit, 'en')} limit.`,
    hint: (a) => `If the file really is that large, raise the limit with ${s(a.flag)}.`,
  },
  EVIDENCE_INFLATED_TOO_LARGE: {
    text: (a) => `The workbook inflates past the ${mb(a.limit, 'en')} limit (at least ${mb(a.size, 'en')}); it may be a zip bomb.`,
    hint: (a) => `If the workbook really is that large, raise the limit with ${s(a.flag)}.`,
  },
  EVIDENCE_UNSUPPORTED_FORMAT: {
    text: (a) =>
      a.records
        ? `Record files (one row per employee) are read from .xlsx and .csv only; ${FORMAT[String(a.format)]?.en ?? s(a.format)} is read as agency evidence only.`
        : `${FORMAT[String(a.format)]?.en ?? s(a.format)} is not supported; merit reads .xlsx, .xlsm, .xls, .xlsb, .ods and .csv.`,
    hint: SAVE_AS_XLSX.en,
  },
  EVIDENCE_NOT_A_WORKBOOK: {
    text: (a) => `This ${a.extension ? `${s(a.extension)} ` : ''}file holds ${DETECTED[String(a.detected)]?.en ?? s(a.detected)}, not an Excel workbook.`,
    hint: (a) =>
        a.detected === 'text'
    ? 'If it is CSV, rename the file to .csv; otherwise save it again from Excel as .xlsx.'
    : 'Send the right assessment workbook, saved as .xlsx or .csv.',
  },
  EVIDENCE_CORRUPT: {
    text: (a) =>
      a.detail !== undefined
        ? `The workbook is damaged or truncated: ${s(a.detail)}.`
        : a.part
          ? `The workbook is damaged: merit could not read its part ${s(a.part)} (it is not what Excel writes there).`
          : 'The workbook is damaged: merit could not put its parts together (the sheets, their relationships and the shared strings do not match).',
    hint: () => 'Open it in Excel (it offers to repair it) and save again, or ask for the file to be sent again.',
  },
  EVIDENCE_FORMAT_UNREADABLE: {
    text: (a) => `This ${FORMAT[String(a.format)]?.en ?? s(a.format)} workbook cannot be read: it is damaged, or uses a feature its reader does not know.`,
    hint: SAVE_AS_XLSX.en,
  },
  EVIDENCE_ENCRYPTED: {
    text: () => 'The workbook is password-protected (encrypted), so its content cannot be read.',
    hint: () => 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run again.',
  },
  EVIDENCE_NO_SHEETS: { text: () => 'The workbook has no worksheets.' },
  EVIDENCE_SHEET_NOT_FOUND: {
    text: (a) => `There is no sheet '${s(a.sheet)}'. Sheets: ${list(a.sheets, 'en')}.`,
    hint: () => 'Use --sheet with the sheet name or its number (from 1).',
  },
  EVIDENCE_HEADER_NOT_FOUND: {
    text: (a) =>
      `No header row found: looked for a code column (${orList(a.code, 'en')}) and a level column (${orList(a.level, 'en')}, or ${orList(a.verified, 'en')})` +
      `${a.rows ? ` in rows ${s(a.rows)}` : ''}` +
      `${a.sheet !== undefined && !a.sheets ? ` of sheet '${s(a.sheet)}'` : ''}` +
      `${a.sheets ? ` of sheets ${list(a.sheets, 'en')}` : ''}.` +
      `${a.bestRow !== undefined ? ` Closest: row ${s(a.bestRow)}${a.sheet !== undefined && a.sheets ? ` of sheet '${s(a.sheet)}'` : ''}, which only has ${list(a.bestHeaders, 'en')}.` : ''}`,
    hint: () =>
        'Put column headers above the data, at least Code and Level (see docs/evidence-format.md); pick another sheet with --sheet; a rubric can add other spellings (evidence.aliases).',
  },
  EVIDENCE_DUPLICATE_HEADER: {
    text: (a) => `Column '${s(a.header)}' also means ${field(a.field, 'en')}; the column at ${s(a.first)} is used.`,
    hint: () => 'Rename or remove one of the columns.',
  },
  EVIDENCE_HIDDEN_SHEET: {
    text: (a) => `Evidence was read from the hidden sheet '${s(a.sheet)}'.`,
    hint: () => 'Make sure this is the right sheet (Unhide it to check), or choose one with --sheet.',
  },
  EVIDENCE_HIDDEN_ROW: {
    text: (a) => `Row ${s(a.row)}${a.code ? ` (${s(a.code)})` : ''} is hidden but holds evidence; it is scored anyway.`,
    hint: () => 'Unhide the row to check it, and delete it if it is not meant to count.',
  },
  EVIDENCE_HIDDEN_COLUMN: { text: (a) => `Column ${s(a.column)} ('${s(a.header)}') is hidden but is read as ${field(a.field, 'en')}.` },
  EVIDENCE_MULTIPLE_SHEETS: {
    text: (a) => `Evidence was read from sheet '${s(a.sheet)}'; ${list(a.others, 'en')} also look like evidence sheets.`,
    hint: () => 'Choose another sheet with --sheet if needed.',
  },
  EVIDENCE_FORMULA_ERROR: {
    text: (a) => `The ${field(a.field, 'en')} cell holds the error ${s(a.error)}${a.formula ? ` from the formula ${s(a.formula)}` : ''}; it is read as empty.`,
    hint: () => 'Fix the formula, or type the value in.',
  },
  EVIDENCE_FORMULA_NO_CACHED_VALUE: {
    text: (a) => `The formula ${s(a.formula)} in the ${field(a.field, 'en')} cell has no saved result; its value is unknown.`,
    hint: () => 'Open and save the file in Excel or LibreOffice so formula results are stored (files written by other programs often lack them), or type the value in.',
  },
  EVIDENCE_TOO_MANY_ROWS: {
    text: (a) => `The sheet has more than ${s(a.limit)} data rows; reading stopped${a.row !== undefined ? ` at row ${s(a.row)}` : ''}.`,
    hint: (a) => `Delete empty or surplus rows, or raise the limit with ${s(a.flag)}.`,
  },
  EVIDENCE_TOO_MANY_CELLS: {
    text: (a) =>
      a.csv
    ? `The CSV file holds more than ${s(a.limit)} fields (columns × rows); it was not read.`
    : `The workbook holds more than ${s(a.limit)} cells (a merged range or a named range counts every cell it covers; a hyperlink, a page break, a shared string or a style counts as one); it was not read.`,
    hint: (a) => `Delete sheets, columns or rows that are not needed and unmerge very large merged ranges, or raise the limit with ${s(a.flag)}.`,
  },
  EVIDENCE_CELL_TOO_LONG: {
    text: (a) => `The ${field(a.field, 'en')} cell holds ${s(a.length)} characters, over the ${s(a.limit)} limit; it was cut.`,
    hint: (a) => `Shorten it, or raise the limit with ${s(a.flag)}.`,
  },
  EVIDENCE_RECORD_TOO_LONG: {
    text: (a) => `A line of the CSV file is longer than ${s(a.limit)} characters; the file was not read (no evidence cell needs that much).`,
    hint: (a) => `Check that the file is really a CSV of evidence (a stray quote can swallow the rest of the file), or raise ${s(a.flag)}.`,
  },
  EVIDENCE_ENCODING: {
    text: () => 'The CSV file is not valid UTF-8; it was read as Windows-1252 (first non-UTF-8 byte here).',
    hint: () => 'Check accented letters in the result. To be sure, save from Excel as "CSV UTF-8 (Comma delimited)".',
  },
  EVIDENCE_MOJIBAKE: {
    text: (a) => `The text looks garbled by a wrong encoding ('${s(a.sample)}'; e.g. 'Ã©' should be 'é').`,
    hint: () => 'The file was once opened with the wrong encoding and saved; fix the text or export it again as CSV UTF-8.',
  },
  EVIDENCE_NUL_BYTE: {
    text: () => 'The file contains NUL bytes, so it is not a CSV text file.',
    hint: () => 'It may be a binary or damaged file. Export it again from Excel as CSV UTF-8 or .xlsx.',
  },
  EVIDENCE_CSV_MALFORMED: {
    text: (a) => (a.reason === 'CSV_QUOTE_NOT_CLOSED' ? 'A quote (") is opened but never closed.' : `The CSV cannot be parsed: ${s(a.detail)}.`),
    hint: () => 'Check the quotes on that line and the ones before it, or export again from Excel.',
  },
  EVIDENCE_RAGGED_ROWS: {
    text: (a) => `${s(a.count)} row(s) have a different number of fields than the header (${s(a.expected)}); the first is line ${s(a.firstLine)} (${s(a.fields)} fields).`,
    hint: () => 'Check the delimiters and quotes on those lines; values may have moved to another column.',
  },
  EVIDENCE_STAMP_INVALID: { text: (a) => `Sheet '${s(a.sheet)}' exists but lacks rubric_id and rubric_version; it is ignored.` },
  EVIDENCE_PART_TOO_LARGE: {
    text: (a) => `Part ${s(a.part)} inflates to ${mb(a.size, 'en')}; merit reads at most ${mb(a.cap, 'en')} per part, whatever ${s(a.flag)} allows (${mb(a.limit, 'en')} here); it may be a zip bomb.`,
    hint: (a) => `${s(a.flag)} cannot raise this limit: a real workbook part is far smaller. Save the sheet as CSV if it really is that large.`,
  },
};
