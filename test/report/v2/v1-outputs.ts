/**
 * Every report format rendered from the v1 sample assessments (test/helpers/sample-assessment.ts),
 * keyed by name: the text report at three widths, plain and verbose, Markdown, CSV with both
 * delimiters, JSON, HTML, the XLSX workbook (as its sha256: the workbook is deterministic) and the
 * batch summaries over the three samples. test/fixtures/golden/v1-renderers.json holds these
 * outputs as the renderers made them before rubric language v2 reached the reports; v1 reports
 * must stay byte for byte the same (v1-unchanged.test.ts).
 */
import { createHash } from 'node:crypto';
import { Chalk } from 'chalk';
import type { Lang } from '../../../src/diagnostics.js';
import { renderBatchCsv } from '../../../src/report/batch-csv.js';
import { renderBatchJson } from '../../../src/report/batch-json.js';
import { renderBatchJunit } from '../../../src/report/batch-junit.js';
import { renderBatchMarkdown } from '../../../src/report/batch-markdown.js';
import { renderBatchText } from '../../../src/report/batch-text.js';
import { renderCsv } from '../../../src/report/csv.js';
import { renderHtml } from '../../../src/report/html/page.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { renderXlsx } from '../../../src/report/xlsx.js';
import { summarize, type BatchItem, type BatchResult } from '../../../src/scoring/batch.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../../helpers/sample-assessment.js';

const SAMPLES: [string, () => Assessment][] = [
  ['baik', () => sampleAssessment()],
  ['sangat-baik', () => sampleSangatBaik()],
  ['below', () => sampleBelowRange()],
];

const LANGS: Lang[] = ['id', 'en'];

export async function v1Outputs(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const colours = { plain: new Chalk({ level: 0 }), colour: new Chalk({ level: 3 }) };
  for (const [name, make] of SAMPLES) {
    const a = make();
    for (const lang of LANGS) {
      for (const width of [60, 80, 120]) {
        for (const verbose of [false, true]) out[`${name}.${lang}.${width}${verbose ? '.v' : ''}.txt`] = renderText(a, { lang, color: colours.plain, width, verbose });
      }
      out[`${name}.${lang}.100.colour.txt`] = renderText(a, { lang, color: colours.colour, width: 100, verbose: true });
      out[`${name}.${lang}.md`] = renderMarkdown(a, { lang });
      out[`${name}.${lang}.csv`] = renderCsv(a, { lang, delimiter: ',' });
      out[`${name}.${lang}.semicolon.csv`] = renderCsv(a, { lang, delimiter: ';' });
      out[`${name}.${lang}.html`] = renderHtml(a, { lang });
      out[`${name}.${lang}.xlsx.sha256`] = createHash('sha256').update(await renderXlsx(a, { lang })).digest('hex');
    }
    out[`${name}.json`] = renderJson(a, { deterministic: true });
  }
  const items: BatchItem[] = SAMPLES.map(([name, make]) => {
    const a = make();
    return { input: `batch/${name}.xlsx`, status: 'scored', exitCode: 0, assessment: a, gates: [], diagnostics: a.diagnostics, outputs: [] };
  });
  const first = items[0]!.assessment!;
  const batch: BatchResult = { tool: first.tool, rubric: first.rubric, gates: {}, items, summary: summarize(items, first.scale.bands) };
  for (const lang of LANGS) {
    for (const width of [60, 100]) out[`batch.${lang}.${width}.txt`] = renderBatchText(batch, { lang, color: colours.plain, width, verbose: false });
    out[`batch.${lang}.md`] = renderBatchMarkdown(batch, { lang });
    out[`batch.${lang}.csv`] = renderBatchCsv(batch, { lang, delimiter: ';' });
    out[`batch.${lang}.xml`] = renderBatchJunit(batch, { lang, deterministic: true });
  }
  out['batch.json'] = renderBatchJson(batch, { deterministic: true });
  return out;
}
