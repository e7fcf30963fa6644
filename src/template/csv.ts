/**
 * The evidence template as CSV (`merit template -o bukti.csv`), for Indonesian-locale Excel:
 * UTF-8 with a BOM, `;` between fields, CRLF line ends, RFC 4180 quoting. No comment lines (the
 * reader has none): the rubric title and id, the `Instansi:` / `Tahun:` label rows, the header,
 * then one row per leaf with the level, verified, evidence and notes fields empty (v2: the profile
 * questions first, and a hint column with when a row applies or the answers a question takes). Every row has
 * the same number of fields, so the delimiter is found at once and no row is ragged.
 *
 * Text from the rubric that a spreadsheet would run as a formula is neutralised. Pure.
 */
import { field, neutralise } from '../report/csv.js';
import type { TemplateModel } from './layout.js';

const DELIMITER = ';';

export function renderTemplateCsv(model: TemplateModel): string {
  const width = model.columns.length;
  const line = (cells: string[]): string => {
    const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    return padded.map((c) => field(c, DELIMITER)).join(DELIMITER);
  };
  const lines = [
    line([neutralise(model.title)]),
    line([neutralise(model.subtitle)]),
    line([model.labels.subject]),
    line([model.labels.period]),
    line(model.columns.map((c) => c.header)),
  ];
  for (const r of model.rows) {
    lines.push(
      line(model.columns.map((c) => (c.key === 'code' ? r.code : c.key === 'aspect' ? neutralise(r.aspect) : c.key === 'name' ? neutralise(r.name) : c.key === 'hint' ? neutralise(r.hint ?? '') : ''))),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
