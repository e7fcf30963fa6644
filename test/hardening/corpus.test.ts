/**
 * The corpus of bad evidence files (issue 8): every file in test/fixtures/bad/ (made by make.mjs
 * and make.sh there) goes through the real built CLI, `merit score FILE`, and must get exactly
 * its diagnostic, at a location a person can act on (the file, and the line or cell where there
 * is one), with its exit code and no stack trace. Refused files exit 2; a few files are messy
 * rather than unusable (a hidden sheet, ragged rows, Windows-1252 text): they are scored, with
 * a warning, and exit 0. Run `npm run build` first when running this file on its own.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, expect as globalExpect, it, type ExpectStatic } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { cliViolation, runCli, STACK } from './cli-contract.js';

const BAD = join(ROOT, 'test/fixtures/bad');

interface Case {
  file: string;
  code: string;
  /** What the location starts with, before `: error:` (default: the file name). */
  where?: string;
  exit?: 0 | 2;
  severity?: 'error' | 'warning';
  /** Words the message or its hint must have. */
  says?: string | string[];
  /** An error in a file that is still scored (the report is written; exit 2): not a refusal. */
  scored?: boolean;
  dir?: string;
}

const SAVE_AS = 'Save As → Excel Workbook (.xlsx)';

const CASES: Case[] = [
  // --- not a workbook at all
  { file: 'empty.xlsx', code: 'EVIDENCE_EMPTY_FILE' },
  { file: 'bom-only.csv', code: 'EVIDENCE_EMPTY_FILE' },
  { file: 'text-named.xlsx', code: 'EVIDENCE_NOT_A_WORKBOOK', says: 'rename the file to .csv' },
  { file: 'truncated.xlsx', code: 'EVIDENCE_CORRUPT', says: 'truncated' },
  // --- password-protected: real files from LibreOffice and zip(1)
  { file: 'encrypted-ooxml.xlsx', code: 'EVIDENCE_ENCRYPTED', says: 'remove the password' },
  { file: 'encrypted-zipcrypto.xlsx', code: 'EVIDENCE_ENCRYPTED' },
  // --- .xls, .xlsb and .ods are read (SheetJS; test/cli/formats.test.ts), under the same guards
  { file: 'password.xls', code: 'EVIDENCE_ENCRYPTED', says: 'remove the password' },
  { file: 'handmade.xlsb', code: 'EVIDENCE_NO_SHEETS' },
  // --- formats merit does not read, each answered with "save as .xlsx"
  { file: 'html-saved-as.xls', code: 'EVIDENCE_UNSUPPORTED_FORMAT', says: ['HTML page', SAVE_AS] },
  { file: 'spreadsheet-2003.xls', code: 'EVIDENCE_UNSUPPORTED_FORMAT', says: 'XML Spreadsheet 2003' },
  { file: 'link-only.gsheet', code: 'EVIDENCE_UNSUPPORTED_FORMAT', says: 'Download' },
  { file: 'apple.numbers', code: 'EVIDENCE_UNSUPPORTED_FORMAT', says: 'Apple Numbers' },
  // --- workbooks with nothing to read
  { file: 'no-sheets.xlsx', code: 'EVIDENCE_NO_SHEETS' },
  { file: 'hidden-sheets-only.xlsx', code: 'EVIDENCE_HIDDEN_SHEET', where: 'hidden-sheets-only.xlsx Penilaian!1:1', exit: 0, severity: 'warning' },
  { file: 'max-dimension-no-data.xlsx', code: 'EVIDENCE_HEADER_NOT_FOUND', says: "sheets 'Kosong'" },
  // --- small files that would ask for unbounded work or memory
  { file: 'zip-bomb.xlsx', code: 'EVIDENCE_INFLATED_TOO_LARGE', says: '--max-inflated-size' },
  { file: 'zip-bomb-forged-size.xlsx', code: 'EVIDENCE_CORRUPT', says: 'inflates to more than its declared 1000 bytes' },
  { file: 'merge-bomb.xlsx', code: 'EVIDENCE_TOO_MANY_CELLS', says: '--max-cells' },
  { file: 'defined-name-bomb.xlsx', code: 'EVIDENCE_TOO_MANY_CELLS', says: '--max-cells' },
  { file: 'defined-name-beyond-sheet.xlsx', code: 'EVIDENCE_CORRUPT', says: 'defined name "_xlnm.Print_Area"' },
  { file: 'row-beyond-sheet.xlsx', code: 'EVIDENCE_CORRUPT', says: 'row 1000000000 is beyond the last row' },
  { file: 'column-range-bomb.xlsx', code: 'EVIDENCE_CORRUPT', says: 'column 1000000000 is beyond the last column' },
  { file: 'deep-nesting.xlsx', code: 'EVIDENCE_CORRUPT', says: 'more than 256 levels deep' },
  // --- broken XML
  { file: 'malformed-xml.xlsx', code: 'EVIDENCE_CORRUPT', says: 'unmatched closing tag' },
  { file: 'xml-entity.xlsx', code: 'EVIDENCE_CORRUPT', says: 'undefined entity' },
  // --- CSV
  { file: 'nul-byte.csv', code: 'EVIDENCE_NUL_BYTE', where: 'nul-byte.csv:3:3' },
  { file: 'invalid-utf8.csv', code: 'EVIDENCE_ENCODING', where: 'invalid-utf8.csv:3:46', exit: 0, severity: 'warning', says: 'Windows-1252' },
  { file: 'ragged-rows.csv', code: 'EVIDENCE_RAGGED_ROWS', where: 'ragged-rows.csv:2', exit: 0, severity: 'warning' },
  { file: 'mixed-delimiters.csv', code: 'EVIDENCE_RAGGED_ROWS', where: 'mixed-delimiters.csv:3', exit: 0, severity: 'warning' },
  { file: 'unclosed-quote.csv', code: 'EVIDENCE_CSV_MALFORMED', where: 'unclosed-quote.csv:2' },
];

/** `expect` is the test's own: the corpus cases run concurrently. */
async function check(c: Case, cwd: string, expect: ExpectStatic = globalExpect): Promise<void> {
  const r = await runCli(ROOT, ['score', c.file, '--lang', 'en', '-f', 'json', '--deterministic'], { cwd, timeoutMs: 60_000 });
  expect(cliViolation(r), r.stderr).toBeUndefined();
  const severity = c.severity ?? 'error';
  expect(r.code, r.stderr).toBe(c.exit ?? 2);
  const line = r.stderr.split('\n').find((l) => l.includes(`[${c.code}]`));
  expect(line, `no ${c.code} in:\n${r.stderr}`).toBeDefined();
  expect(line!.startsWith(`${c.where ?? c.file}: ${severity}: `), line).toBe(true);
  for (const words of [c.says ?? []].flat()) expect(r.stderr).toContain(words);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
  if ((c.exit ?? 2) === 0 || c.scored) {
    // Scored all the same: a report on stdout that carries the diagnostic.
    const report = JSON.parse(r.stdout) as { diagnostics: { code: string }[] };
    expect(report.diagnostics.map((d) => d.code)).toContain(c.code);
  } else {
    // Refused: nothing on stdout, and the refusal is the only diagnostic.
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/\[[A-Z_]+\]/g)).toEqual([`[${c.code}]`]);
  }
}

describe('the corpus of bad evidence files, through the CLI', () => {
  it('has an expectation for every file in test/fixtures/bad/', () => {
    const files = readdirSync(BAD).filter((f) => !/^make\.(mjs|sh)$/.test(f));
    expect(files.sort()).toEqual(CASES.filter((c) => !c.dir).map((c) => c.file).sort());
  });

  // Each case is a process of its own: run a few at once.
  it.concurrent.for(CASES)('$file → $code', async (c, { expect }) => check(c, c.dir ?? BAD, expect));
});

describe('made at test time (too big to commit)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'merit-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a 10 MB field in the level column: cut, located at its cell', async () => {
    writeFileSync(join(tmp, 'big-field.csv'), `Kode,Level\r\nA1.1,3\r\nA1.2,"${'4'.repeat(10 * 1024 * 1024)}"\r\n`);
    await check({ file: 'big-field.csv', code: 'EVIDENCE_CELL_TOO_LONG', where: 'big-field.csv:3 B3', says: '--max-cell-chars', scored: true }, tmp);
  });

  it('a 10 MB field in a column merit does not read is never looked at', () => {
    writeFileSync(join(tmp, 'big-ignored.csv'), `Kode,Level,Lampiran\r\nA1.1,3,"${'x'.repeat(10 * 1024 * 1024)}"\r\n`);
    const r = merit(['score', 'big-ignored.csv', '-f', 'json', '-q'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
  });

  it('a line of 1.2 million delimiters: refused before parsing', async () => {
    writeFileSync(join(tmp, 'many-fields.csv'), `Kode,Level\r\nA1.1,3\r\n${','.repeat(1_200_000)}\r\n`);
    await check({ file: 'many-fields.csv', code: 'EVIDENCE_TOO_MANY_CELLS', where: 'many-fields.csv:3', says: '--max-cells' }, tmp);
  });
});
