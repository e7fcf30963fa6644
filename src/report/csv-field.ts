/** The CSV primitives every CSV writer shares (report, population, batch, records, template). */
import { neutraliseFormula } from './format.js';

export type CsvDelimiter = ',' | ';' | '\t';

/** Text a spreadsheet would run as a formula gets a leading apostrophe (one rule for CSV and XLSX). */
export const neutralise = neutraliseFormula;

/** RFC 4180: quote a field holding the delimiter, a quote, CR or LF; double inner quotes. */
export function field(s: string, delimiter: CsvDelimiter): string {
  return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
