/**
 * Diagnostics are listed in one order on every machine: errors first, by location, then code, comparing text by
 * UTF-16 code units (as input paths are), never by the machine's locale.
 */
import { describe, expect, it } from 'vitest';
import { error, sortDiagnostics, warning } from '../../src/diagnostics.js';

describe('sortDiagnostics', () => {
  it('orders errors first, then by file, line, sheet, row, cell, pointer, then code', () => {
    const ds = [
      warning('B', {}, { file: 'b.csv', line: 2 }),
      error('A', {}, { file: 'b.csv', line: 1 }),
      warning('C', {}, { file: 'a.xlsx', sheet: 'S', row: 9, cell: 'C9' }),
      warning('A', {}, { file: 'a.xlsx', sheet: 'S', row: 9, cell: 'B9' }),
      error('Z', {}, { file: 'a.xlsx', sheet: 'S', row: 2, cell: 'D2' }),
    ];
    expect(sortDiagnostics(ds).map((d) => `${d.location!.file} ${d.code}`)).toEqual(['a.xlsx Z', 'b.csv A', 'a.xlsx A', 'a.xlsx C', 'b.csv B']);
  });

  // A collator (any locale) would give _x, a, ä, B, z (or ä after z in Swedish): code units do not.
  it('compares names by code units: upper case before lower case, ä after z, whatever the locale', () => {
    const files = ['ä.csv', 'z.csv', 'B.csv', 'a.csv', '_x.csv'];
    const expected = ['B.csv', '_x.csv', 'a.csv', 'z.csv', 'ä.csv'];
    expect(sortDiagnostics(files.map((file) => warning('W', {}, { file }))).map((d) => d.location!.file)).toEqual(expected);
  });
});
