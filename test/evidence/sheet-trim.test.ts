/**
 * The worksheet elements merit never reads are cut out before exceljs parses a sheet
 * (sheet-trim.ts, issue 15 item 5): validations, conditional formats, extension lists.
 */
import { describe, expect, it } from 'vitest';
import { trimSheet } from '../../src/evidence/sheet-trim.js';

const trim = (xml: string) => trimSheet(Buffer.from(xml)).toString();

describe('trimSheet', () => {
  it('cuts data validations, every conditional format and the extension list, keeping the rest', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;5</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="B1"><cfRule type="expression" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="whole" sqref="C6:D29"><formula1>0</formula1></dataValidation></dataValidations>' +
      '<hyperlinks><hyperlink ref="E6" r:id="rId1"/></hyperlinks>' +
      '<extLst><ext uri="{x}"><x14:conditionalFormattings><x14:conditionalFormatting/></x14:conditionalFormattings><extLst><ext/></extLst></ext></extLst></worksheet>';
    expect(trim(xml)).toBe('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks><hyperlink ref="E6" r:id="rId1"/></hyperlinks></worksheet>');
  });

  it('self-closing elements go too; similar names and prefixed elements stay', () => {
    expect(trim('<worksheet><dataValidations count="0"/><dataValidationsX/><x:extLst/></worksheet>')).toBe('<worksheet><dataValidationsX/><x:extLst/></worksheet>');
  });

  it('a sheet without them is the same buffer; an element without its end is left to the XML parser', () => {
    const plain = Buffer.from('<worksheet><sheetData/></worksheet>');
    expect(trimSheet(plain)).toBe(plain);
    expect(trim('<worksheet><dataValidations count="1"><dataValidation/></worksheet>')).toBe('<worksheet><dataValidations count="1"><dataValidation/></worksheet>');
  });
});
