/**
 * The corpus of broken rubrics: one file per lint rule and per common mistake, each with the exact
 * diagnostics it must produce (code, line:column, JSON pointer) and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { catalogOf } from '../helpers/words.js';
import { validateRubricText } from '../../src/rubric/validate.js';

const rubricMessages = catalogOf('rubric');

const DIR = join(import.meta.dirname, '../fixtures/rubrics');

/** [code, line, column, pointer]; pointer undefined for JSON syntax errors. */
type Expected = [code: string, line: number, column: number, pointer?: string];

const INVALID: Record<string, Expected[]> = {
  // --- not JSON, or hostile JSON
  'malformed-json.json': [['RUBRIC_JSON_SYNTAX', 6, 3]],
  'trailing-comma.json': [['RUBRIC_JSON_SYNTAX', 8, 24]],
  'comment.json': [['RUBRIC_JSON_SYNTAX', 10, 3]],
  'single-quote.json': [['RUBRIC_JSON_SYNTAX', 4, 3]],
  'empty-file.json': [['RUBRIC_JSON_SYNTAX', 1, 1]],
  'duplicate-key.json': [['RUBRIC_DUPLICATE_KEY', 18, 3, '/status']],
  'proto-key.json': [
    ['RUBRIC_FORBIDDEN_KEY', 18, 3, '/__proto__'],
    ['RUBRIC_FORBIDDEN_KEY', 105, 9, '/root/children/1/constructor'],
  ],
  'huge-number.json': [['RUBRIC_NUMBER_RANGE', 150, 14, '/bands/2/min']],
  'too-deep.json': [['RUBRIC_TOO_DEEP', 2, 77, '/$schema' + '/0'.repeat(63)]],
  // --- schema
  'typo-key.json': [['RUBRIC_UNKNOWN_KEY', 40, 11, '/scales/l04/levels/2/lable']],
  'typo-scoring.json': [['RUBRIC_UNKNOWN_KEY', 115, 13, '/root/children/1/children/0/scorring']],
  'string-number.json': [['RUBRIC_TYPE', 97, 25, '/root/children/0/children/1/scoring/weight']],
  'wrong-types.json': [
    ['RUBRIC_TYPE', 6, 12, '/title'],
    ['RUBRIC_TYPE', 8, 17, '/legalBasis'],
    ['RUBRIC_TYPE', 135, 14, '/bands/1/min'],
  ],
  'non-integer-level.json': [['RUBRIC_TYPE', 32, 20, '/scales/l04/levels/1/value']],
  'missing-required.json': [['RUBRIC_REQUIRED', 1, 1, '']],
  'bad-enum.json': [
    ['RUBRIC_ENUM', 10, 13, '/status'],
    ['RUBRIC_ENUM', 116, 23, '/root/children/1/children/0/scoring/kind'],
  ],
  'bad-format.json': [['RUBRIC_FORMAT', 3, 13, '/format']],
  'bad-population.json': [['RUBRIC_CONST', 171, 18, '/population/aggregate']],
  'bad-patterns.json': [
    ['RUBRIC_PATTERN', 4, 9, '/id'],
    ['RUBRIC_PATTERN', 5, 14, '/version'],
    ['RUBRIC_PATTERN', 14, 14, '/legalBasis/0/url'],
    ['RUBRIC_PATTERN', 134, 16, '/bands/0/color'],
  ],
  'bad-range.json': [
    ['RUBRIC_RANGE', 19, 13, '/rounding/step'],
    ['RUBRIC_RANGE', 25, 20, '/scales/l04/levels/0/value'],
    ['RUBRIC_RANGE', 101, 19, '/root/children/0/weight'],
  ],
  'rounding-both.json': [['RUBRIC_ROUNDING', 18, 15, '/rounding']],
  'node-kind.json': [
    ['RUBRIC_NODE_KIND', 87, 13, '/root/children/0/children/0/children'],
    ['RUBRIC_NODE_KIND', 123, 11, '/root/children/1/children/0'],
  ],
  'empty-children.json': [['RUBRIC_TOO_FEW', 108, 21, '/root/children/1/children']],
  'empty-text.json': [['RUBRIC_TOO_SHORT', 73, 17, '/root/children/0/name/en']],
  'long-code.json': [['RUBRIC_TOO_LONG', 70, 17, '/root/children/0/code']],
  // --- semantic lint
  'duplicate-code.json': [['RUBRIC_DUPLICATE_CODE', 110, 21, '/root/children/1/children/0/code']],
  'levels-hole.json': [['RUBRIC_LEVELS_HOLE', 39, 20, '/scales/l04/levels/2/value']],
  'levels-order.json': [['RUBRIC_LEVELS_ORDER', 39, 20, '/scales/l04/levels/2/value']],
  'levels-start.json': [['RUBRIC_LEVELS_START', 25, 20, '/scales/l04/levels/0/value']],
  'points-decreasing.json': [['RUBRIC_POINTS_DECREASING', 54, 21, '/scales/l04/levels/3/points']],
  'unknown-scale.json': [['RUBRIC_UNKNOWN_SCALE', 117, 24, '/root/children/1/children/0/scoring/scale']],
  'levels-missing.json': [['RUBRIC_LEVELS_MISSING', 115, 24, '/root/children/1/children/0/scoring']],
  'levels-mismatch.json': [['RUBRIC_LEVELS_MISMATCH', 119, 25, '/root/children/1/children/0/scoring/levels']],
  'lookup-overlap.json': [['RUBRIC_LOOKUP_OVERLAP', 94, 17, '/root/children/0/scoring/cases/2/match/1']],
  'thresholds-order.json': [['RUBRIC_THRESHOLDS_ORDER', 142, 22, '/root/children/2/scoring/steps/1/min']],
  'linear-cap.json': [['RUBRIC_LINEAR_CAP', 118, 18, '/root/children/1/scoring/cap']],
  'cap-not-positive.json': [['RUBRIC_CAP_NOT_POSITIVE', 101, 16, '/root/children/0/cap']],
  'weighted-zero-max.json': [['RUBRIC_ZERO_MAX_CHILD', 123, 7, '/root/children/2']],
  'zero-max.json': [['RUBRIC_ZERO_MAX', 67, 11, '/root']],
  'band-overlap.json': [['RUBRIC_BAND_OVERLAP', 141, 14, '/bands/1/min']],
  'band-gap.json': [['RUBRIC_BAND_GAP', 141, 14, '/bands/1/min']],
  'band-order.json': [['RUBRIC_BAND_ORDER', 141, 14, '/bands/1/min']],
  'band-empty.json': [['RUBRIC_BAND_EMPTY', 135, 5, '/bands/1']],
  'missing-below-label.json': [['RUBRIC_BELOW_UNCOVERED', 132, 14, '/bands/0/min']],
  'missing-above-label.json': [['RUBRIC_ABOVE_UNCOVERED', 151, 14, '/bands/2/max']],
  'duplicate-band-code.json': [['RUBRIC_DUPLICATE_BAND_CODE', 155, 15, '/outOfRange/below/code']],
  'official-inferred.json': [
    ['RUBRIC_OFFICIAL_UNCONFIRMED', 128, 25, '/root/children/1/provenance/confidence'],
    ['RUBRIC_OFFICIAL_UNCONFIRMED', 161, 23, '/bands/2/provenance/confidence'],
  ],
  'agency-column.json': [
    ['RUBRIC_AGENCY_COLUMN', 101, 9, '/root/children/0/when'],
    ['RUBRIC_AGENCY_COLUMN', 126, 13, '/root/children/1/children/0/column'],
    ['RUBRIC_RECORD_ONLY', 169, 3, '/population'],
  ],
  'bad-condition-column.json': [
    ['RUBRIC_UNKNOWN_COLUMN', 109, 21, '/root/children/1/when/column'],
    ['RUBRIC_UNKNOWN_COLUMN', 174, 7, '/population/groupBy/1'],
  ],
  'condition-empty.json': [['RUBRIC_CONDITION_EMPTY', 108, 17, '/root/children/1/when']],
  'column-type.json': [['RUBRIC_COLUMN_TYPE', 133, 19, '/root/children/2/column']],
  'duplicate-column.json': [['RUBRIC_DUPLICATE_COLUMN', 62, 14, '/columns/5/key']],
  'record-without-columns.json': [
    ['RUBRIC_RECORD_REQUIRES', 1, 1, ''],
    ['RUBRIC_RECORD_REQUIRES', 1, 1, ''],
    ['RUBRIC_LEAF_COLUMN_MISSING', 27, 7, '/root/children/0'],
    ['RUBRIC_LEAF_COLUMN_MISSING', 59, 7, '/root/children/1'],
    ['RUBRIC_LEAF_COLUMN_MISSING', 71, 7, '/root/children/2'],
  ],
};

/** Valid rubrics that must warn, exactly so. */
const WARN: Record<string, Expected[]> = {
  'no-zero-level.json': [['RUBRIC_NO_ZERO_LEVEL', 23, 17, '/scales/l04/levels']],
  'unused-scale.json': [['RUBRIC_UNUSED_SCALE', 61, 5, '/scales/spare']],
  'band-unreachable.json': [['RUBRIC_BAND_UNREACHABLE', 153, 5, '/bands/3']],
  'cap-never-binds.json': [['RUBRIC_CAP_NEVER_BINDS', 101, 16, '/root/children/0/cap']],
  'scale-ignored.json': [['RUBRIC_SCALE_IGNORED', 101, 9, '/root/children/0/scale']],
};

async function check(dir: string, file: string) {
  const text = readFileSync(join(DIR, dir, file), 'utf8');
  const r = await validateRubricText(text, file);
  const got = r.diagnostics.map((d): Expected => {
    const loc = d.location!;
    expect(loc.file).toBe(file);
    return loc.pointer === undefined ? [d.code, loc.line!, loc.column!] : [d.code, loc.line!, loc.column!, loc.pointer];
  });
  return { r, got };
}

describe('invalid rubric corpus', () => {
  const files = readdirSync(join(DIR, 'invalid')).filter((f) => f.endsWith('.json')).sort();

  it('has an expectation for every file and a file for every expectation', () => {
    expect(files).toEqual(Object.keys(INVALID).sort());
  });

  it.each(Object.entries(INVALID))('%s', async (file, expected) => {
    const { r, got } = await check('invalid', file);
    expect(got).toEqual(expected);
    expect(r.rubric).toBeUndefined();
    for (const d of r.diagnostics) {
      expect(d.severity).toBe('error');
      // Every code has words in both languages.
      expect(rubricMessages[d.code], d.code).toBeDefined();
    }
  });
});

describe('rubrics that are valid but warn', () => {
  const files = readdirSync(join(DIR, 'warn')).filter((f) => f.endsWith('.json')).sort();

  it('has an expectation for every file', () => {
    expect(files).toEqual(Object.keys(WARN).sort());
  });

  it.each(Object.entries(WARN))('%s', async (file, expected) => {
    const { r, got } = await check('warn', file);
    expect(got).toEqual(expected);
    expect(r.rubric).toBeDefined();
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('valid fixtures', () => {
  it.each(readdirSync(join(DIR, 'valid')).filter((f) => f.endsWith('.json')))('%s is valid without warnings', async (file) => {
    const { r, got } = await check('valid', file);
    expect(got).toEqual([]);
    expect(r.rubric?.format).toBe('merit-rubric/1');
  });
});

describe('messages carry what a person needs', () => {
  const first = async (file: string, lang: 'id' | 'en' = 'en') => formatDiagnostic((await check('invalid', file)).r.diagnostics[0]!, lang);

  it('suggests the key a typo meant, and does not also say the real key is missing', async () => {
    expect(await first('typo-key.json')).toContain('unknown key "lable". Did you mean "label"?');
    expect(await first('typo-scoring.json')).toContain('Did you mean "scoring"?');
    expect(await first('typo-key.json', 'id')).toContain('Maksud Anda "label"?');
  });

  it('says expected number, found string, and how to fix it', async () => {
    expect(await first('string-number.json')).toBe(
      'string-number.json:97:25 /root/children/0/children/1/scoring/weight: error: expected number, found string [RUBRIC_TYPE]\n  hint: remove the quotes: write 5, not "5"',
    );
  });

  it('lists allowed values of an enum with a did-you-mean', async () => {
    const d = (await check('invalid', 'bad-enum.json')).r.diagnostics[1]!;
    expect(d.args).toMatchObject({ value: 'level', suggestion: 'levels', allowed: ['levels', 'lookup', 'thresholds', 'linear', 'boolean'] });
  });

  it('names the first occurrence of a duplicate code', async () => {
    expect(await first('duplicate-code.json')).toContain('code "A1.2" is already used at /root/children/0/children/1 (line 89:21)');
  });

  it('shows the gap and the reachable range', async () => {
    expect(await first('band-gap.json')).toContain('gap [35, 40) between bands I [20, 35) and II [40, 60) (reachable scores: 0–80, in steps of 0.5)');
  });

  it('suggests a declared column', async () => {
    expect(await first('bad-condition-column.json')).toContain('column "jabtan" is not declared in "columns". Did you mean "jabatan"?');
  });

  it('speaks Indonesian', async () => {
    expect(await first('missing-below-label.json', 'id')).toContain('galat: skor di bawah 20 (pita terendah I) dapat terjadi tetapi tidak punya label');
    expect(await first('malformed-json.json', 'id')).toBe(
      "malformed-json.json:6:3: galat: JSON tidak sah: diharapkan ',' atau '}', ditemukan '\"' [RUBRIC_JSON_SYNTAX]\n  saran: mungkin ada koma yang terlupa di akhir baris sebelumnya",
    );
  });
});
