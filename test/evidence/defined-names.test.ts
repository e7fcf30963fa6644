/**
 * Defined names read as formulas (defined-names.ts, issue 15 item 1): which parts are real cell
 * ranges (counted against --max-cells), which are sheet names, tables, functions, errors or
 * other workbooks (never cells), and which real references lie beyond the sheet.
 */
import { describe, expect, it } from 'vitest';
import { BeyondSheet, definedNameCells } from '../../src/evidence/defined-names.js';
import { checkPart } from '../../src/evidence/xml-guard.js';

describe('definedNameCells', () => {
  it.each([
    ['Sheet1!$A$1:$F$40', 240],
    ['Lembar1!$A$1:$F$40', 240],
    ["'Sheet1'!$A$1:$F$29", 174],
    ["'Data Instansi'!$A$1:$F$40", 240],
    ["'It''s here'!$B$2", 1],
    ['Sheet1!A1:B2', 4],
    ["'Sheet1'!$A1:$F29", 174],
    ['Sheet1!$A$1:$F$29,Sheet1!$H$1', 175],
    ['Sheet1:Sheet3!$A$1:$B$2', 4],
    ['A1:B2', 4],
  ])('%s is a range of %i cells', (formula, cells) => {
    expect(definedNameCells(formula)).toBe(cells);
  });

  it.each([
    ['Sheet1!$5:$5', 'print titles: whole rows'],
    ['Sheet1!5:5', 'whole rows, relative'],
    ['Sheet1!$A:$B', 'whole columns'],
    ['Sheet1!$A:$A,Sheet1!$1:$1', 'print titles: rows and columns'],
    ['Tabel1[#All]', 'a table'],
    ['Tabel1[#all]', 'a table, as LibreOffice writes it'],
    ['Tabel1[[#Headers],[Level Verifikasi]]', 'a table column header'],
    ['#REF!', 'a deleted range'],
    ['Sheet1!#REF!', 'a deleted range on a sheet'],
    ['[1]Sheet1!$A$1:$F$40', 'another workbook'],
    ["'[Data 2024.xlsx]Lembar1'!$A$1:$F$40", 'another workbook, quoted'],
    ['SHEET1', 'another name that looks like a cell beyond the sheet'],
    ['LEMBAR1', 'another name'],
    ['LOG10(2)', 'a function whose name looks like a cell'],
    ['0.5', 'a number'],
    ['"Sheet1!$A$1:$F$40"', 'a string'],
    ['TRUE', 'a boolean'],
  ])('%s covers no cell (%s)', (formula) => {
    expect(definedNameCells(formula)).toBe(0);
  });

  it('reads the references inside a formula', () => {
    expect(definedNameCells('OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)')).toBe(1);
    expect(definedNameCells("SUM('Data Instansi'!$A$1:$A$10)+LOG10(Sheet1!$B$3)")).toBe(11);
  });

  it.each(['Sheet1!$A$1:$A$1048577', '$XFE$1', 'Sheet1!XFE1', "'Sheet1'!$A:$XFE", 'Sheet1!$1:$1048577', 'Sheet1!$A$0'])('%s is beyond the sheet', (formula) => {
    expect(() => definedNameCells(formula)).toThrow(BeyondSheet);
  });
});

describe('xml-guard on xl/workbook.xml', () => {
  const wb = (names: string) => Buffer.from(`<workbook><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><definedNames>${names}</definedNames></workbook>`);

  it('a print area on Sheet1, print titles, tables and #REF! are not columns beyond the sheet', () => {
    const names =
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Sheet1&apos;!$A$1:$F$29</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">Sheet1!$5:$5</definedName>' +
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Lembar1!$A$5:$F$29</definedName>' +
      '<definedName name="Semua">Tabel1[#All]</definedName><definedName name="Rusak">#REF!</definedName>' +
      '<definedName name="Luar">[1]Sheet1!$A$1:$Z$99</definedName>';
    expect(checkPart('xl/workbook.xml', wb(names))).toEqual({ cells: 174 + 150 });
  });

  it('a real range beyond XFD1048576 is corrupt, naming the defined name', () => {
    expect(checkPart('xl/workbook.xml', wb('<definedName name="Semua">Sheet1!$A$1:$A$1048577</definedName>'))).toEqual({
      corrupt: 'xl/workbook.xml: defined name "Semua": reference $A$1:$A$1048577 is beyond the last cell of a sheet (XFD1048576)',
    });
  });
});
