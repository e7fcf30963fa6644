/**
 * `--records FILE.xlsx`: the same columns as the records CSV (report/records.ts), as worksheet XML
 * written row by row (src/cli/records-xlsx-file.ts zips it). Identifiers (NIP, names, units) are
 * inline strings, so Excel keeps an 18-digit NIP as text (a CSV NIP becomes 1.98E+17); scores are
 * numbers. Pure.
 */
import type { Lang } from '../diagnostics.js';
import { rawText } from '../evidence/cells.js';
import type { RecordInput } from '../evidence/records.js';
import type { Rubric } from '../rubric/types.js';
import type { RecordResult } from '../scoring/record/index.js';
import { predicateText, text } from './format.js';
import { identityColumns } from './records.js';
import { ui } from '../i18n/index.js';

/** Excel's last row: a sheet holds at most this many (the header included). */
export const XLSX_MAX_ROWS = 1_048_576;

export type XlsxCell = string | number | null;

export interface RecordsSheet {
  /** The header row's cells. */
  header: string[];
  cells(input: RecordInput, result: RecordResult): XlsxCell[];
}

export function recordsSheet(rubric: Rubric, lang: Lang): RecordsSheet {
  const w = ui(lang);
  const p = w.population;
  const cols = rubric.columns ?? [];
  const identity = identityColumns(rubric);
  const dims = rubric.root.children;
  const header = [p.row, ...identity.map((i) => text(cols[i]!.header, lang)), ...dims.map((n) => `${text(n.name, lang)} (${n.code})`), w.score, p.predicateCode, w.predicate, w.status, p.problems];
  return {
    header,
    cells(input, result) {
      const out: XlsxCell[] = [input.row];
      for (const i of identity) {
        const v = input.values[i];
        out.push(v === null || v === undefined ? null : rawText(v));
      }
      if (result.status === 'scored') {
        for (const x of result.dimensions ?? []) out.push(x);
        out.push(result.score ?? null, result.predicate!.code, predicateText(result.predicate!, lang), p.status.scored);
      } else out.push(...dims.map(() => null), null, null, null, p.status.skipped);
      out.push(result.problems.join(' '));
      return out;
    },
  };
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** XML 1.0 text: escaped, and characters XML cannot hold dropped. */
function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** One `<row>` of the sheet (`r` is 1-based); text as inline strings, the header row bold (style 1). */
export function rowXml(r: number, cells: readonly XlsxCell[], bold = false): string {
  let s = `<row r="${r}">`;
  cells.forEach((c, i) => {
    if (c === null || c === '') return;
    const ref = `${columnName(i)}${r}`;
    const style = bold ? ' s="1"' : '';
    if (typeof c === 'number') s += `<c r="${ref}"${style}><v>${c}</v></c>`;
    else s += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(c)}</t></is></c>`;
  });
  return s + '</row>';
}

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** The small parts of the workbook around the one sheet (`name` is the sheet's tab). */
export function workbookParts(name: string): [string, string][] {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
    ],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(name.slice(0, 31)).replace(/"/g, '&quot;')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    ],
  ];
}
