// v1 templates do not move: the CSV bytes and the XLSX bytes' sha256 of every bundled merit-rubric/1
// agency rubric, in both languages, are golden (UPDATE_GOLDEN=1 rewrites them; read the diff
// first). panrb-19-2025 is merit-rubric/2 since 2.0.0; its template is tested in v2.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import { renderTemplateCsv } from '../../src/template/csv.js';
import { templateModel } from '../../src/template/layout.js';
import { renderTemplateXlsx } from '../../src/template/xlsx.js';
import { expectGolden } from '../helpers/golden.js';

describe('v1 templates are byte-identical to their goldens', () => {
  it('kasn-2019 is still a merit-rubric/1 agency rubric', async () => {
    const l = await loadRubric('kasn-2019');
    expect([l.rubric.format, l.rubric.subject]).toEqual(['merit-rubric/1', 'agency']);
  });
  for (const id of ['kasn-2019']) {
    for (const lang of ['id', 'en'] as const) {
      it(`${id} (${lang}): csv bytes and xlsx sha256`, async () => {
        const model = templateModel(await loadRubric(id), { lang, toolVersion: '0.0.0-test' });
        expectGolden(`template/${id}-${lang}.csv`, renderTemplateCsv(model));
        const xlsx = await renderTemplateXlsx(model);
        expectGolden(`template/${id}-${lang}.xlsx.sha256`, createHash('sha256').update(xlsx).digest('hex') + '\n');
      });
    }
  }
});
