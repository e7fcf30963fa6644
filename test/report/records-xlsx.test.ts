// The pure part of `--records FILE.xlsx`: column letters, and rows as worksheet XML (text as
// inline strings, escaped; numbers as values; empty cells left out).
import { describe, expect, it } from 'vitest';
import { columnName, rowXml } from '../../src/report/records-xlsx.js';

describe('records workbook XML', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes text as inline strings (an 18-digit NIP stays text) and numbers as values', () => {
    expect(rowXml(2, [2, '199001012020011000', 95.5, null, ''])).toBe(
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">199001012020011000</t></is></c><c r="C2"><v>95.5</v></c></row>',
    );
  });

  it('escapes markup and drops characters XML cannot hold; the header row is bold', () => {
    expect(rowXml(1, ['a<b & "c"\u0001'], true)).toBe('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; "c"</t></is></c></row>');
  });
});
