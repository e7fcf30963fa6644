import { describe, expect, test } from 'vitest';
import { BY_EXTENSION, REPORT_FORMATS } from '../../src/cli/outputs.js';
import { EXTENSION_OF, PER_INPUT_FORMATS, SUMMARY_EXTENSIONS, SUMMARY_FORMATS } from '../../src/cli/batch-render.js';
import { FORMATS, formatHelp, formatNames } from '../../src/report/formats.js';
import { displayWidth, fit, fitLeft, wrap } from '../../src/report/layout.js';
import { inkOn, predicateColour, predicateColourByCode } from '../../src/report/band-colours.js';

describe('the format registry', () => {
  test('the CLI lists come from it, in the order they always had', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'csv', 'md', 'html', 'xlsx']);
    expect(Object.entries(BY_EXTENSION)).toEqual(Object.entries({ '.txt': 'text', '.json': 'json', '.csv': 'csv', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx' }));
    // html and xlsx summarise a batch too: the national dashboard and the ranking workbook.
    expect(SUMMARY_FORMATS).toEqual(['text', 'json', 'csv', 'md', 'html', 'xlsx', 'junit']);
    expect(PER_INPUT_FORMATS).toEqual(['text', 'json', 'csv', 'md', 'html', 'xlsx', 'junit']);
    expect(Object.entries(SUMMARY_EXTENSIONS)).toEqual(Object.entries({ '.txt': 'text', '.json': 'json', '.csv': 'csv', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx', '.xml': 'junit' }));
    expect(EXTENSION_OF).toEqual({ text: 'txt', json: 'json', csv: 'csv', md: 'md', html: 'html', xlsx: 'xlsx', junit: 'xml' });
  });

  test('the analyses render as text and JSON; only XLSX is binary', () => {
    expect(formatNames('gap')).toEqual(['text', 'json']);
    expect(formatNames('diff')).toEqual(['text', 'json']);
    expect(formatNames('explain')).toEqual(['text', 'json']);
    expect(FORMATS.filter((f) => f.binary).map((f) => f.name)).toEqual(['xlsx']);
    expect(formatHelp('en', 'gap')).toEqual(['text  text for the terminal (.txt)', 'json  JSON (merit-report/1 and friends) (.json)']);
  });
});

describe('layout by display width', () => {
  test('ASCII and Latin text: width = length, as the goldens need', () => {
    expect(displayWidth('Sangat Baik — é')).toBe(15);
    expect(fit('abcdef', 4)).toBe('abc…');
    expect(fitLeft('/a/b/file.xlsx', 8)).toBe('…le.xlsx');
  });

  test('wide characters take two columns and are never split', () => {
    expect(displayWidth('中文')).toBe(4);
    expect(fit('中文字', 4)).toBe('中…');
    expect(displayWidth(fit('中文字', 4))).toBeLessThanOrEqual(4);
    expect(wrap('中文 中文 中文', 9)).toEqual(['中文 中文', '中文']);
  });

  test('colour codes and marks take no column; emoji and ZWJ sequences take two and are not split', () => {
    expect(displayWidth('\u001b[31mBaik\u001b[39m')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
    expect(displayWidth('✅ ok')).toBe(5);
    expect(displayWidth('👩‍💻')).toBe(2); // woman + ZWJ + laptop: one cluster
    expect(fit('👩‍💻👩‍💻x', 3)).toBe('👩‍💻…');
    expect(displayWidth('🇮🇩')).toBe(2);
  });
});

describe('band colours', () => {
  test('XLSX (by code) and HTML (by rank) agree on roman codes in order', () => {
    const bands = ['I', 'II', 'III', 'IV', 'V'].map((code) => ({ code, label: { id: code, en: code } }));
    for (const b of bands) {
      const p = { code: b.code, label: b.label, kind: 'band' as const };
      expect(predicateColourByCode(p)).toBe(predicateColour(p, { bands }));
    }
  });

  test('one contrast rule', () => {
    expect(inkOn('#ffffff')).toBe('#111827');
    expect(inkOn('#c0392b')).toBe('#ffffff');
    expect(inkOn('fff')).toBe('#111827');
  });
});
