/**
 * A cell's place (`makeRef`): its A1 name is spelled out when read, not stored (a large CSV holds
 * 600,000 of them), and JSON writes the plain object it stands for, in the order reports use.
 */
import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetter, makeRef } from '../../src/evidence/cells.js';

describe('makeRef', () => {
  it('names the cell as Excel does, with the sheet or the CSV line when given', () => {
    const x = makeRef(3, 14, { sheet: 'Penilaian' });
    expect([x.cell, x.row, x.column, x.sheet, x.line]).toEqual(['C14', 14, 3, 'Penilaian', undefined]);
    const c = makeRef(28, 130, { line: 130 });
    expect([c.cell, c.row, c.column, c.sheet, c.line]).toEqual(['AB130', 130, 28, undefined, 130]);
    expect(makeRef(16384, 1, {}).cell).toBe('XFD1');
    expect(cellAddress(16384, 1)).toBe(`${columnLetter(16384)}1`);
  });

  it('is written to JSON as a plain object (sheet, cell, row, column, line), nothing undefined', () => {
    expect(JSON.stringify(makeRef(3, 14, { sheet: 'S' }))).toBe('{"sheet":"S","cell":"C14","row":14,"column":3}');
    expect(JSON.stringify(makeRef(1, 2, { line: 2 }))).toBe('{"cell":"A2","row":2,"column":1,"line":2}');
  });

  it('keeps no A1 name of its own (the name is made from row and column when read)', () => {
    const x = makeRef(2, 9, {});
    expect(Object.keys(x)).toEqual(['column', 'row']);
    expect(x.cell).toBe('B9');
    // So a spread copy has no `cell`: read the fields, or write it with JSON.
    expect({ ...x }).not.toHaveProperty('cell');
  });
});
