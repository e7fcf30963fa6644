/**
 * Which parts of an xlsx package reach exceljs (xlsx-parts.ts), and the exceljs version the
 * parser hand-off is written against.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wantedPart } from '../../src/evidence/xlsx-parts.js';

describe('wantedPart', () => {
  it('keeps what the reader needs, with or without a leading slash', () => {
    for (const name of [
      '_rels/.rels',
      'xl/workbook.xml',
      '/xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet12.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
    ]) {
      expect(wantedPart(name), name).toBe(true);
    }
  });

  it('leaves out pictures, themes, drawings, tables, notes, document properties and folders', () => {
    for (const name of [
      'xl/comments1.xml',
      'xl/comments/comment1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/drawings/commentsDrawing1.vml',
      '[Content_Types].xml',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/theme/theme1.xml',
      'xl/media/image1.png',
      'xl/media/image2.jpeg',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/tables/table1.xml',
      'xl/calcChain.xml',
      'xl/worksheets/',
    ]) {
      expect(wantedPart(name), name).toBe(false);
    }
  });

  it('exceljs stays pinned at the version whose parsers xlsx.ts and records-xlsx.ts call', () => {
    // A devDependency: dist/ bundles it, so the published package has no dependencies at all.
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.exceljs).toBe('4.4.0');
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/exceljs/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(installed.version).toBe('4.4.0');
  });
});
