/**
 * Published results the bundled rubrics' bands must reproduce (rubrics/README.md lists them with
 * their sources), read from the bundled files themselves.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { loadRubric } from '../../src/rubric/load.js';
import { classify } from '../../src/scoring/bands.js';

describe('kasn-2019: published KASN results', async () => {
  const { rubric } = await loadRubric('kasn-2019');
  it.each([
    ['65.5', 'BELOW', 'Kab. Sukoharjo 2021: "sangat buruk"'],
    ['163.5', 'I', ''],
    ['250', 'III', 'Sultra 2024: 250 = Baik'],
    ['288.5', 'III', 'Kab. OKI 2022'],
    ['321.5', 'III', 'Kab. Sleman: Baik'],
    ['325.5', 'IV', 'Kab. Sleman + the four points KASN named: Sangat Baik'],
    ['327', 'IV', 'MK 2021'],
    ['330.5', 'IV', 'Kepri 2023'],
  ])('%s → %s (%s)', (score, code) => {
    expect(classify(Dec.parse(score)!, rubric).code).toBe(code);
  });

  it('the category integer ranges are confirmed, and the bands say so', () => {
    expect(rubric.bands.map((b) => b.provenance?.confidence)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed']);
  });
});
