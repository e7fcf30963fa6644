// What-if (`--assume`) in every report format: the assumed value is marked, and the file's value it
// took the place of is shown. Scored for real: examples/kab-contoh-baik.xlsx with the bundled
// kasn-2019 rubric and three assumptions:
// - A3.2=4: the file's verified level 2 (Penilaian!D13) is replaced (`trace.replaced`);
// - A5.1=4: the file's verified level 3 (D20) is replaced;
// - A7.1=4: the file has only a self-assessed 3 (C26), which counted before.
// 288.5 + (26 - 13) + (28 - 21) + (8 - 6) = 310.5, still III.
import ExcelJS from 'exceljs';
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/evidence/read.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { loadRubric } from '../../src/rubric/load.js';
import { scoreAgency } from '../../src/scoring/score.js';
import type { Assessment } from '../../src/scoring/types.js';
import { ROOT } from '../helpers/cli.js';
import { expectValidReport } from '../helpers/report-schema.js';

let a: Assessment;
beforeAll(async () => {
  const loaded = await loadRubric('kasn-2019');
  const table = await readEvidence(`${ROOT}/examples/kab-contoh-baik.xlsx`);
  a = scoreAgency(loaded, table, {
    assume: [
      { code: 'A3.2', value: '4' },
      { code: 'A5.1', value: '4' },
      { code: 'A7.1', value: '4' },
    ],
  });
  a.input.path = 'examples/kab-contoh-baik.xlsx';
});

describe('--assume in every report format', () => {
  it('scores as if the levels were set', () => {
    expect(a.score.toString()).toBe('310.5');
    expect(a.selfScore.toString()).toBe('308.5'); // self-assessed levels are untouched
    expect(a.predicate.code).toBe('III');
  });

  it('text: the list with the values they replaced, and the mark in the verbose table', () => {
    const out = renderText(a, { lang: 'en', color: new Chalk({ level: 0 }), width: 160, verbose: true });
    expect(out).toContain('* This result uses 3 assumed values (--assume), not from the file.');
    expect(out).toContain('Assumptions: A3.2=4 (was 2), A5.1=4 (was 3), A7.1=4 (was 3)');
    expect(out).toMatch(/^ {2}A3\.2† .* 3 → 4\* \(was 2\) +assumed +Hasil/m);
    expect(out).toMatch(/^ {2}A7\.1† .* 3 → 4\* +assumed /m);
    expect(out).toContain('* assumed');
    const id = renderText(a, { lang: 'id', color: new Chalk({ level: 0 }), width: 100, verbose: false });
    expect(id).toContain('Asumsi: A3.2=4 (semula 2), A5.1=4 (semula 3), A7.1=4 (semula 3)');
  });

  it('json: `assumed` on the value, the file value in `replaced`, valid against the schema', () => {
    const json = renderJson(a, { deterministic: true });
    expectValidReport(json);
    const r = JSON.parse(json);
    expect(r.assumptions).toEqual([
      { code: 'A3.2', value: '4' },
      { code: 'A5.1', value: '4' },
      { code: 'A7.1', value: '4' },
    ]);
    const a32 = r.root.children[2].children[1];
    expect(a32.code).toBe('A3.2');
    expect(Object.keys(a32.trace)).toEqual(['kind', 'used', 'rule', 'self', 'verified', 'replaced', 'evidence', 'notes']);
    expect(a32.trace.verified).toEqual({ raw: '4', parsed: 4, points: 26, assumed: true });
    expect(a32.trace.replaced).toEqual({ ref: { sheet: 'Penilaian', cell: 'D13', row: 13, column: 4 }, raw: 2, parsed: 2, points: 13 });
    const a71 = r.root.children[6].children[0];
    expect(a71.trace.replaced).toBeUndefined();
    expect(a71.trace.self.points).toBe(6);
  });

  it('csv: the evidence cell says "assumed" and names the value and cell it replaced', () => {
    const en = renderCsv(a, { lang: 'en', delimiter: ',' });
    expect(en).toContain('\r\nA3.2,2,Profil dan pemetaan kompetensi pegawai,Employee competency profiles and mapping,3,4,verified,26,26,100.0,scored,(assumed · was 2 · Penilaian!D13),');
    expect(en).toContain(',8,8,100.0,scored,(assumed · was 3 · Penilaian!C26),');
    const id = renderCsv(a, { lang: 'id', delimiter: ';' });
    expect(id).toContain(';dinilai;(asumsi · semula 2 · Penilaian!D13);Hasil pemetaan');
  });

  it('md: the mark, the replaced value, and the list', () => {
    const md = renderMarkdown(a, { lang: 'en' });
    expect(md).toContain('> This result uses 3 assumed values (--assume), not from the file.');
    expect(md).toContain('> Assumptions: `A3.2=4` (was 2), `A5.1=4` (was 3), `A7.1=4` (was 3)');
    expect(md).toMatch(/\| A3\.2 † \| Employee competency profiles and mapping \| 3 → 4\\\* \(was 2\) \| 26 \| 26 \| \*assumed\* \|/);
    expect(md).toMatch(/\| A7\.1 † \| [^|]+ \| 3 → 4\\\* \| 8 \| 8 \| \*assumed\* \|/);
    expect(md).toContain('\\* assumed');
  });

  it('html: the badge, the replaced value, and the value in the file next to each assumption', () => {
    const html = renderHtml(a, { lang: 'en' });
    expect(html).toContain('This result uses 3 assumed values');
    expect(html).toContain('<th scope="col">Value in file</th>');
    expect(html).toContain(
      '<td data-label="Code" class="mono">A3.2</td><td data-label="Assumed value" class="num">4</td><td data-label="Value in file" class="num">2 <span class="muted mono">D13</span></td>',
    );
    expect(html).toContain('<span>4</span> <span class="badge info">assumed</span> <span class="muted">was 2</span></td>');
    expect(html).toMatch(/<td data-label="Source cell" class="mono c-cell"><span class="muted">assumed<\/span><\/td>/);
  });

  it('xlsx: the marked cell with a note, "(assumed)" as the evidence cell, and the value in the file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(a, { lang: 'en' })) as unknown as ArrayBuffer);
    const detail = wb.getWorksheet('Detail')!;
    const rowOf = (code: string) => detail.getRow(detail.getColumn(1).values.indexOf(code));
    const a32 = rowOf('A3.2');
    expect(a32.getCell(5).value).toBe(4);
    expect(a32.getCell(5).font.italic).toBe(true);
    expect(a32.getCell(5).note).toBe('assumed (--assume); was 2 (Penilaian!D13)');
    expect(a32.getCell(10).value).toBe('(assumed)');
    expect(rowOf('A7.1').getCell(5).note).toBe('assumed (--assume); was 3 (Penilaian!C26)');
    const summary = wb.getWorksheet('Summary')!;
    const head = summary.getColumn(2).values.indexOf('Assumed value');
    expect(summary.getRow(head).values).toEqual([undefined, 'Code', 'Assumed value', 'Value in file']);
    expect(summary.getRow(head + 1).values).toEqual([undefined, 'A3.2', '4', 'was 2 (Penilaian!D13)']);
    expect(summary.getRow(head + 3).values).toEqual([undefined, 'A7.1', '4', 'was 3 (Penilaian!C26)']);
  });
});
