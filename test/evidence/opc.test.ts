/**
 * Relationship targets resolved the OPC way (opc.ts, issue 15 item 2): absolute, relative, `../`,
 * percent-encoded, external; and what xlsx.ts hands exceljs for a workbook and a worksheet.
 */
import { describe, expect, it } from 'vitest';
import { relativeTo, resolveTarget, workbookRels, worksheetRels } from '../../src/evidence/opc.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', './worksheets/../worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/sheet%201.xml', 'xl/worksheets/sheet 1.xml'],
    ['xl/worksheets/sheet1.xml', '../comments1.xml', 'xl/comments1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/comments/comment1.xml', 'xl/comments/comment1.xml'],
    ['xl/worksheets/sheet1.xml', '../../../../xl/tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', '..\\drawings\\vmlDrawing1.vml', 'xl/drawings/vmlDrawing1.vml'],
  ])('from %s, %s is %s', (source, target, part) => {
    expect(resolveTarget(source, { Target: target })).toBe(part);
  });

  it('external targets and URLs are no part', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', { Target: 'https://bkn.example/a.pdf', TargetMode: 'External' })).toBeUndefined();
    expect(resolveTarget('xl/worksheets/sheet1.xml', { Target: 'mailto:x@bkn.example' })).toBeUndefined();
    expect(resolveTarget('xl/workbook.xml', { Target: '' })).toBeUndefined();
  });

  it('relativeTo writes a part the way exceljs names it', () => {
    expect(relativeTo('xl', 'xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeTo('xl/worksheets', 'xl/tables/table1.xml')).toBe('../tables/table1.xml');
    expect(relativeTo('xl/worksheets', 'xl/worksheets/x.xml')).toBe('x.xml');
  });
});

describe('relationships handed to exceljs', () => {
  it("the workbook's: openpyxl's absolute targets become exceljs's relative ones", () => {
    const rels = workbookRels([
      { Id: 'rId1', Type: `${REL}/worksheet`, Target: '/xl/worksheets/sheet1.xml' },
      { Id: 'rId2', Type: `${REL}/styles`, Target: '/xl/styles.xml' },
    ]);
    expect(rels.map((r) => r.Target)).toEqual(['worksheets/sheet1.xml', 'styles.xml']);
  });

  it("a worksheet's: notes and their drawings left out, hyperlinks kept as they are, tables made relative", () => {
    const rels = worksheetRels([
      { Id: 'rId1', Type: `${REL}/comments`, Target: '/xl/comments/comment1.xml' },
      { Id: 'rId2', Type: `${REL}/vmlDrawing`, Target: '/xl/drawings/commentsDrawing1.vml' },
      { Id: 'rId3', Type: `${REL}/hyperlink`, Target: 'https://bkn.example/bukti.pdf', TargetMode: 'External' },
      { Id: 'rId4', Type: `${REL}/table`, Target: '/xl/tables/table1.xml' },
    ]);
    expect(rels).toEqual([
      { Id: 'rId3', Type: `${REL}/hyperlink`, Target: 'https://bkn.example/bukti.pdf', TargetMode: 'External' },
      { Id: 'rId4', Type: `${REL}/table`, Target: '../tables/table1.xml' },
    ]);
  });
});
