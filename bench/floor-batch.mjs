// The floor for bench/batch: one bare in-process loop that imports exceljs once and reads every
// evidence workbook of a directory with its in-memory reader (the one merit uses), summing the
// level column. No header search, no scoring, no report: what merit cannot avoid doing.
//   node bench/floor-batch.mjs DIR
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const { default: ExcelJS } = await import('exceljs');
let sum = 0;
let files = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.xlsx')) continue;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, name));
  wb.worksheets[0].eachRow((row, n) => {
    if (n > 5) sum += Number(row.getCell(3).value) || 0;
  });
  files++;
}
process.stdout.write(`${files} files, level sum ${sum}\n`);
