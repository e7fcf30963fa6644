/** The criteria-sheet layout (src/rubric/sheet.ts): rubric → sheets → rubric is exact for every bundled rubric; problems are located at cells. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionText, parseCondition, rubricToSheets, sheetsToRubric, SHEET } from '../../src/rubric/sheet.js';
import type { Rubric } from '../../src/rubric/types.js';
import { ROOT } from '../helpers/cli.js';
import { canonical } from '../helpers/canonical.js';

const bundled = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.json'));

describe('rubric ↔ sheets', () => {
  it.each(bundled)('%s: the round trip is exact', (f) => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics', f), 'utf8')) as Rubric;
    const back = sheetsToRubric(rubricToSheets(rubric), 'x.xlsx');
    expect(back.diagnostics).toEqual([]);
    expect(canonical(back.value)).toBe(canonical(rubric));
  });

  it('conditions read as words and back', () => {
    for (const w of [{ profile: 'jenis_instansi', in: ['pusat', 'provinsi'] }, { criterion: '6.3a', notIn: ['tidak'] }, { column: 'jabatan', in: ['a, b'] }]) {
      expect(parseCondition(conditionText(w))).toEqual(w);
    }
    expect(conditionText({ profile: 'p', in: ['x', 'y'] })).toBe('profile p ∈ x, y');
  });

  it('problems are located at their cells', () => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as Rubric;
    const sheets = rubricToSheets(rubric);
    sheets[SHEET.criteria]![3]![1] = 'A9'; // row 4: A1.1's parent (so A1.1 is left out)
    sheets[SHEET.criteria]![4]![7] = 'tiga'; // row 5: a weight
    sheets[SHEET.criteria]![5]![14] = '{oops'; // row 6: bad JSON
    const back = sheetsToRubric(sheets, 'k.xlsx');
    expect(back.diagnostics.map((d) => `${d.code} ${d.location?.sheet}!${d.location?.cell}`)).toEqual(['IMPORT_UNKNOWN_PARENT Kriteria!B4', 'IMPORT_BAD_NUMBER Kriteria!H5', 'IMPORT_BAD_JSON Kriteria!O6']);
    expect(back.cellOf('/root/children/0/children/0/weight')).toEqual({ sheet: 'Kriteria', cell: 'H5' });
  });
});
