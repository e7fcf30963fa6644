// The floors for bench/records: a bare csv-parse pass and a bare exceljs streaming read of a
// record file, each summing the training-hours column (so every row is really read).
//   node bench/floor-records.mjs csv|xlsx FILE
import { createReadStream } from 'node:fs';

const [kind, file] = process.argv.slice(2);
let rows = 0;
let sum = 0;
if (kind === 'xlsx') {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  for await (const ws of reader) {
    for await (const row of ws) {
      if (row.number === 1) continue;
      rows++;
      sum += Number(row.getCell(9).value) || 0;
    }
  }
} else {
  const { parse } = await import('csv-parse');
  const parser = createReadStream(file).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true, from_line: 2 }));
  for await (const record of parser) {
    rows++;
    sum += Number(String(record[8]).replace(',', '.')) || 0;
  }
}
process.stdout.write(`${rows} ${sum}\n`);
