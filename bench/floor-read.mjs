// The naive floor for bench/score: a bare script that imports exceljs (or csv-parse), reads the
// evidence file and sums the level column. merit must be no slower than this.
//   node bench/floor-read.mjs xlsx|csv FILE
import { createReadStream } from 'node:fs';

const [kind, file] = process.argv.slice(2);
let sum = 0;
if (kind === 'xlsx') {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.worksheets[0].eachRow((row, n) => {
    if (n > 5) sum += Number(row.getCell(3).value) || 0;
  });
} else {
  const { parse } = await import('csv-parse');
  const parser = createReadStream(file).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true, from_line: 4 }));
  for await (const record of parser) sum += Number(record[2]) || 0;
}
process.stdout.write(`${sum}\n`);
