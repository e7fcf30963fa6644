// exceljs's streaming WorkbookReader crashes now and then under CPU load (`Cannot read properties
// of undefined (reading 'sheets')`, exceljs#3064: about 1 read in 2,000) and leaves a temp file
// behind whenever a read fails. merit's record reader streams each zip part itself, in the order
// parsing needs, and writes no temp file. This test reads a small workbook written by exceljs's
// streaming writer (the entry order that triggers both problems) many times while two other
// processes keep the CPUs busy: no read may fail, and the temp folder must stay empty.
//
// MERIT_REPEAT_READS=5000 npx vitest run test/record/xlsx-repeat.test.ts   (default 200)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openRecordFile } from '../../src/evidence/records.js';
import { ROOT } from '../helpers/cli.js';
import { ipAsnRubric } from './helpers.js';

const READS = Number(process.env.MERIT_REPEAT_READS ?? 200);
const work = mkdtempSync(join(tmpdir(), 'merit-xlsx-repeat-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it(`reads a streamed-writer workbook ${READS} times under CPU load: no crash, no file left behind`, { timeout: 30_000 + READS * 200 }, async () => {
  const file = join(work, 'pegawai.xlsx');
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts/make-employees.mjs'), '--rows', '50', '--out', file], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const names = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  if (names.status === 0) {
    // The order exceljs's streaming reader trips over: the sheet before the shared strings and the workbook.
    const order = names.stdout.split('\n');
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/workbook.xml'));
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/sharedStrings.xml'));
  }

  const temp = mkdtempSync(join(work, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = temp; // anything that writes a temp file (exceljs's spool does) would land here
  const hogs: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  const columns = (await ipAsnRubric()).rubric.columns!;
  const failures: string[] = [];
  try {
    for (let i = 0; i < READS; i++) {
      try {
        const reader = await openRecordFile(file, columns);
        let rows = 0;
        let first: unknown;
        await reader.read((r) => {
          if (rows++ === 0) first = r.values[0];
        });
        if (rows !== 50 || first !== '999000000000000001' || reader.layout.diagnostics.length > 0) failures.push(`read ${i}: ${rows} rows, first ${String(first)}`);
        await reader.sha256();
      } catch (e) {
        failures.push(`read ${i}: ${(e as Error).message}`);
      }
    }
  } finally {
    for (const h of hogs) h.kill('SIGKILL');
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  expect(failures).toEqual([]);
  expect(readdirSync(temp)).toEqual([]);
});
