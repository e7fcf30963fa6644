// v1 templates do not move: the CSV bytes and the XLSX bytes' sha256 of every bundled agency
// rubric, in both languages, are golden (UPDATE_GOLDEN=1 rewrites them; read the diff first).
import { createHash } from 'node:crypto';
import { describe, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import { renderTemplateCsv } from '../../src/template/csv.js';
import { templateModel } from '../../src/template/layout.js';
import { renderTemplateXlsx } from '../../src/template/xlsx.js';
import { expectGolden } from '../helpers/golden.js';

describe('v1 templates are byte-identical to their goldens', () => {
  // panrb-19-2025 1.0.0 was the other bundled v1 agency rubric; 2.0.0 is v2, so its frozen copy stands in.
  const v1 = { 'kasn-2019': 'kasn-2019', 'panrb-19-2025': 'test/fixtures/template/panrb-19-2025-1.0.0.json' };
  for (const [id, ref] of Object.entries(v1)) {
    for (const lang of ['id', 'en'] as const) {
      it(`${id} (${lang}): csv bytes and xlsx sha256`, async () => {
        const model = templateModel(await loadRubric(ref), { lang, toolVersion: '0.0.0-test' });
        expectGolden(`template/${id}-${lang}.csv`, renderTemplateCsv(model));
        const xlsx = await renderTemplateXlsx(model);
        expectGolden(`template/${id}-${lang}.xlsx.sha256`, createHash('sha256').update(xlsx).digest('hex') + '\n');
      });
    }
  }
});
