/**
 * Next steps per aspect and the rubric's notice in every report format. The assessments are
 * test/fixtures/v2/mini-2026.json scored for real (fixtures.ts's regency) with a notice added to
 * the rubric and descriptions on the shared 0–4 scale, and the bundled panrb-19-2025 on
 * examples/kab-contoh-2026.xlsx (read in-process).
 *
 * The regency by hand (kat bands: DASAR < 0.41 ≤ LANJUTAN < 0.61 ≤ MENENGAH < 0.81 ≤ TINGGI):
 * A1 = mean(1.1 at 3/4, 1.2b at 4/4) = 0.875, TINGGI, the top band: 1.1 (0.75 < 0.81) is below
 * it, next level 4 "Reviewed". A2 = 2.1 at 2/4 = 0.5 (2.2 and 2.3 do not apply), LANJUTAN: the
 * target is MENENGAH from 0.61, 2.1 (0.5) is below, next level 3 (label "3", not repeated).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../../src/evidence/read.js';
import { parseReport } from '../../../src/evidence/saved-report.js';
import { renderBatchMarkdown } from '../../../src/report/batch-markdown.js';
import { renderBatchText } from '../../../src/report/batch-text.js';
import { renderCsv } from '../../../src/report/csv.js';
import { renderHtml } from '../../../src/report/html/page.js';
import { renderJson } from '../../../src/report/json.js';
import { displayWidth } from '../../../src/report/layout.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { renderXlsx } from '../../../src/report/xlsx.js';
import { loadRubric } from '../../../src/rubric/load.js';
import type { Rubric } from '../../../src/rubric/types.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { loaded, table } from '../../scoring/helpers.js';
import { expectValidReport } from '../../helpers/report-schema.js';
import { batch, KABKOTA, kabkota, RUBRIC } from './fixtures.js';

const NOTICE = { id: 'Bobot <b>sementara</b> | *draf*.', en: 'Weights <b>provisional</b> | *draft*.' };
const LEVEL_WORDS = ['Belum ada', 'Dirancang', 'Ditetapkan', 'Dipantau berkala', 'Dievaluasi'];

/** mini-2026 with a notice and a description on every level of its shared scale. */
function rubricWithNotice(notice = true): Rubric {
  const r = structuredClone(RUBRIC);
  if (notice) r.notice = NOTICE;
  r.scales!.l04!.levels = r.scales!.l04!.levels.map((l) => ({ ...l, description: { id: LEVEL_WORDS[l.value]!, en: `Level ${l.value} means ${LEVEL_WORDS[l.value]}` } }));
  return r;
}

function regency(notice = true): Assessment {
  const a = scoreAgency(loaded(rubricWithNotice(notice), { source: 'test/fixtures/v2/mini-2026.json' }), table(KABKOTA, { decimalComma: true, subject: 'Pemerintah Kabupaten Uji', period: '2026' }));
  delete a.generatedAt;
  return a;
}

async function example(): Promise<Assessment> {
  const L = await loadRubric('panrb-19-2025');
  const a = scoreAgency(L, await readEvidence(new URL('../../../examples/kab-contoh-2026.xlsx', import.meta.url).pathname, { aliases: L.rubric.evidence?.aliases }));
  delete a.generatedAt;
  return a;
}

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 3 });
const text = (a: Assessment, lang: 'id' | 'en' = 'en', width = 120): string => renderText(a, { lang, color: plain, width, verbose: false });
const section = (s: string, from: string, to?: string): string => {
  const i = s.indexOf(from);
  expect(i, from).toBeGreaterThanOrEqual(0);
  const j = to === undefined ? -1 : s.indexOf(to, i + from.length);
  return j < 0 ? s.slice(i) : s.slice(i, j);
};

describe('the scorer gives the renderers what they show', () => {
  it('the regency: A1 TINGGI (top) with 1.1; A2 LANJUTAN → MENENGAH with 2.1; the notice on the assessment', () => {
    const a = regency();
    expect(a.rubric.notice).toEqual(NOTICE);
    expect(a.nextSteps!.map((s) => [s.code, s.category.code, s.target.code, s.target.next, s.items.map((i) => `${i.code} ${i.level}→${i.next.value}`)])).toEqual([
      ['A1', 'TINGGI', 'TINGGI', false, ['1.1 3→4']],
      ['A2', 'LANJUTAN', 'MENENGAH', true, ['2.1 2→3']],
    ]);
  });
});

describe('text report', () => {
  it('prints the notice under the provisional warning and the next steps after the not-applicable items', () => {
    const s = text(regency());
    const warning = s.indexOf('! This rubric is PROVISIONAL');
    const notice = s.indexOf('  Rubric notice: Weights <b>provisional</b> | *draft*.');
    expect(warning).toBeGreaterThan(0);
    expect(notice).toBeGreaterThan(warning);
    expect(s.indexOf('Not applicable (3)')).toBeLessThan(s.indexOf('Next steps per aspect'));
    expect(section(s, 'Next steps per aspect')).toBe(
      [
        'Next steps per aspect',
        "  Items whose share (score/max) is below the lower edge of their aspect's next category, or of its own category when",
        '  that is the top one; largest gap first.',
        '',
        '  A1 Planning',
        '  High 0.875, the top category (from 0.81)',
        '    1.1 Needs plan · C8',
        '      level 3 → 4 Reviewed',
        '',
        '  A2 Protection',
        '  Developing 0.5 → Intermediate (from 0.61)',
        '    2.1 Pension · C10',
        '      level 2 → 3: Level 3 means Dipantau berkala',
        '',
      ].join('\n'),
    );
  });

  it('says it in Indonesian, and without a provisional warning the notice is a paragraph of its own', () => {
    const s = text(regency(), 'id');
    expect(s).toContain('  Catatan rubrik: Bobot <b>sementara</b> | *draf*.');
    expect(s).toContain('Langkah berikutnya per aspek');
    expect(s).toContain('  Lanjutan 0.5 → Menengah (mulai 0.61)');
    expect(s).toContain('      level 2 → 3: Dipantau berkala');
    const official = regency();
    official.provisional = { rubric: false, parts: [] };
    const lines = text(official).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  Rubric notice:'));
    expect(lines[at - 1]).toBe('');
  });

  it('fits 60 and 120 columns, plain and coloured, on the 2026 regency example', async () => {
    const a = await example();
    for (const width of [60, 120])
      for (const color of [plain, colour])
        for (const lang of ['id', 'en'] as const) {
          const s = renderText(a, { lang, color, width, verbose: false });
          expect(s.split('\n').filter((l) => displayWidth(l) > width), `${lang} ${width}`).toEqual([]);
          expect(s).toContain(lang === 'id' ? 'Langkah berikutnya per aspek' : 'Next steps per aspect');
        }
    const s = text(a, 'id', 60);
    // A8 DASAR 0.38 → LANJUTAN 0.41: only 8.2 (level 1 = 0.25) stands below.
    expect(section(s, '  A8 Digitalisasi Manajemen ASN')).toMatch(/^ {2}A8 Digitalisasi Manajemen ASN\n {2}Dasar 0\.38 → Lanjutan \(mulai 0\.41\)\n {4}8\.2 Layanan Digital Manajemen ASN · E41\n {6}level 1 → 2 Terpenuhi: /);
    expect(s).toContain('Catatan rubrik: Bobot aspek 2–7 belum diketahui;');
  });

  it('has neither without them (a v2 assessment with no notice and nothing below any edge)', () => {
    const a = regency(false);
    a.nextSteps = [];
    const s = text(a);
    expect(s).not.toContain('Rubric notice');
    expect(s).not.toContain('Next steps');
  });
});

describe('Markdown report', () => {
  it('the notice as a blockquote under the provisional warning, escaped; the next steps as a table per aspect', () => {
    const s = renderMarkdown(regency(), { lang: 'en' });
    expect(s).toContain('> This rubric is PROVISIONAL');
    expect(s).toContain('>\n> **Rubric notice:** Weights &lt;b&gt;provisional&lt;/b&gt; \\| \\*draft\\*.');
    expect(s.indexOf('### Not applicable (3)')).toBeLessThan(s.indexOf('### Next steps per aspect'));
    expect(section(s, '**A2 Protection**', '\n\n###')).toBe(
      [
        '**A2 Protection** · Developing 0.5 → Intermediate (from 0.61)',
        '',
        '| Item | Name | Cell | Level now | Next level | Requirement of the next level |',
        '|---|---|---|--:|---|---|',
        '| 2.1 | Pension | `C10` | 2 | 3 | Level 3 means Dipantau berkala |',
      ].join('\n'),
    );
    expect(s).toContain('| 1.1 | Needs plan | `C8` | 3 | 4 Reviewed |  |');
  });
});

describe('HTML report', () => {
  it('the notice in a box right after the provisional box; the next steps after the not-applicable list with badges and a table', () => {
    const s = renderHtml(regency(), { lang: 'en' });
    const prov = s.indexOf('aria-labelledby="prov-h"');
    const notice = s.indexOf('<section class="box notice-box" role="note" aria-labelledby="notice-h">');
    expect(prov).toBeGreaterThan(0);
    expect(notice).toBeGreaterThan(prov);
    expect(s).toContain('<p>Weights &lt;b&gt;provisional&lt;/b&gt; | *draft*.</p>');
    expect(s).toContain('.notice-box{');
    const next = section(s, '<section class="next-steps"', '</section>');
    expect(s.indexOf('<section class="not-applicable"')).toBeLessThan(s.indexOf('<section class="next-steps"'));
    expect(next).toContain('<h3 id="next-h">Next steps per aspect</h3>');
    expect(next).toMatch(/<h4 id="next-A2"><span class="mono">A2<\/span> Protection <span class="toward"><span class="cat"[^>]*>Developing<\/span> 0\.5 → <span class="cat"[^>]*>Intermediate<\/span> \(from 0\.61\)<\/span><\/h4>/);
    expect(next).toMatch(/<span class="cat"[^>]*>High<\/span> 0\.875, the top category \(from 0\.81\)/);
    expect(next).toContain('<td class="mono c-code">2.1</td><td class="name">Pension</td><td class="mono" data-label="Cell">C10</td><td class="num" data-label="Level now">2</td><td class="c-next" data-label="Next level"><b>3</b> </td><td class="req wide" data-label="Requirement of the next level">Level 3 means Dipantau berkala</td>');
  });

  it('a page without a notice carries no notice style', () => {
    expect(renderHtml(regency(false), { lang: 'en' })).not.toContain('notice-box');
  });
});

describe('XLSX report', () => {
  async function book(a: Assessment, lang: 'id' | 'en' = 'en'): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(a, { lang })) as unknown as ExcelJS.Buffer);
    return wb;
  }

  it('the notice as the Summary field after the provisional warning', async () => {
    const ws = (await book(regency())).getWorksheet('Summary')!;
    const rows: [unknown, unknown][] = [];
    ws.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
    const at = rows.findIndex(([k]) => k === 'Rubric notice');
    expect(rows[at - 1]![0]).toBe('Provisional');
    expect(rows[at]![1]).toBe(NOTICE.en);
  });

  it('a Next steps sheet after Detail: one row per item, numbers as numbers, categories painted', async () => {
    const wb = await book(regency());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Detail', 'Next steps', 'Diagnostics']);
    const ws = wb.getWorksheet('Next steps')!;
    const values = (r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Aspect', 'Category', 'Next category', 'Item', 'Name', 'Cell', 'Level now', 'Next level', 'Level name', 'Requirement of the next level', 'Gap']);
    expect(values(2)).toEqual(['A1', 'High (0.875)', 'High (≥ 0.81)', '1.1', 'Needs plan', 'C8', 3, 4, 'Reviewed', undefined, 0.06]);
    expect(values(3)).toEqual(['A2', 'Developing (0.5)', 'Intermediate (≥ 0.61)', '2.1', 'Pension', 'C10', 2, 3, undefined, 'Level 3 means Dipantau berkala', 0.11]);
    expect(ws.rowCount).toBe(3);
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);
    expect((await book(regency(), 'id')).worksheets.map((w) => w.name)).toContain('Langkah berikutnya');
  });

  it('no sheet without next steps', async () => {
    const a = regency(false);
    a.nextSteps = [];
    expect((await book(a)).worksheets.map((w) => w.name)).toEqual(['Summary', 'Detail', 'Diagnostics']);
  });
});

describe('JSON report', () => {
  it('rubric.notice and nextSteps, schema-valid, for the regency and the 2026 example', async () => {
    const r = JSON.parse(renderJson(regency(), { deterministic: true }));
    expect(r.rubric.notice).toEqual(NOTICE);
    expect(Object.keys(r).indexOf('nextSteps')).toBe(Object.keys(r).indexOf('root') + 1);
    expect(r.nextSteps[1]).toEqual({
      code: 'A2',
      name: { id: 'Perlindungan', en: 'Protection' },
      score: 0.5,
      category: expect.objectContaining({ code: 'LANJUTAN', kind: 'band' }),
      target: expect.objectContaining({ code: 'MENENGAH', min: 0.61, minInclusive: true, next: true }),
      items: [
        {
          code: '2.1',
          name: expect.any(Object),
          ref: { cell: 'C10', row: 10, column: 3, line: 10 },
          level: 2,
          share: 0.5,
          value: 0.5,
          gap: 0.11,
          next: { value: 3, label: { id: '3', en: '3' }, description: { id: 'Dipantau berkala', en: 'Level 3 means Dipantau berkala' }, share: 0.75 },
        },
      ],
    });
    expectValidReport(r);
    const e = JSON.parse(renderJson(await example(), { deterministic: true }));
    expectValidReport(e);
    expect(e.nextSteps.map((s: { code: string }) => s.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  });

  it('a saved report reads back with both, and renders again to the same bytes', async () => {
    for (const a of [regency(), await example()]) {
      const json = renderJson(a, { deterministic: true });
      const back = await parseReport(json, 'saved.json');
      expect(back.rubric.notice).toEqual(a.rubric.notice);
      expect(back.nextSteps?.length).toBe(a.nextSteps!.length);
      expect(renderJson(back, { deterministic: true })).toBe(json);
      expect(text(back)).toBe(text(a));
    }
  });

  it('an assessment without them has neither key', () => {
    const a = kabkota();
    delete a.nextSteps;
    const r = JSON.parse(renderJson(a, { deterministic: true }));
    expect(r.rubric.notice).toBeUndefined();
    expect('nextSteps' in r).toBe(false);
  });
});

describe('CSV report', () => {
  const rows = (a: Assessment, lang: 'id' | 'en' = 'en'): string[][] => parse(renderCsv(a, { lang, delimiter: ',' }).slice(1), { relaxColumnCount: false }) as string[][];
  const byCode = (t: string[][], code: string): Record<string, string> => Object.fromEntries(t[0]!.map((h, i) => [h, t.find((r) => r[0] === code)![i]!]));

  it('the notice as the first row (rubric id, both languages, its status word); next category, next level and requirement columns last', () => {
    const t = rows(regency());
    expect(t[1]!.slice(0, 4)).toEqual(['mini-2026', '', NOTICE.id, NOTICE.en]);
    expect(byCode(t, 'mini-2026').Status).toBe('rubric notice');
    expect(t[2]![0]).toBe('jenis');
    expect(t[0]!.slice(-3)).toEqual(['Next category', 'Next level', 'Requirement of the next level']);
    expect(byCode(t, 'A2')).toMatchObject({ 'Next category': 'MENENGAH', 'Next level': '', 'Requirement of the next level': '' });
    // A1 is in its set's top band: no next category, but 1.1 still has a next level.
    expect(byCode(t, 'A1')['Next category']).toBe('');
    expect(byCode(t, '1.1')).toMatchObject({ 'Next level': '4', 'Requirement of the next level': 'Reviewed' });
    expect(byCode(t, '2.1')).toMatchObject({ 'Next level': '3', 'Requirement of the next level': 'Level 3 means Dipantau berkala' });
    expect(byCode(t, '1.2b')['Next level']).toBe('');
    for (const r of t) expect(r.length).toBe(t[0]!.length);
    expect(byCode(rows(regency(), 'id'), 'mini-2026').Status).toBe('catatan rubrik');
  });
});

describe('batch summaries', () => {
  it('text and Markdown print the notice once, under the provisional note', () => {
    const b = batch();
    b.rubric = { ...b.rubric, notice: NOTICE };
    const t = renderBatchText(b, { lang: 'en', color: plain, width: 100, verbose: false });
    expect(t.split('Rubric notice:').length).toBe(2);
    expect(t.indexOf('Rubric notice:')).toBeGreaterThan(t.lastIndexOf('!'));
    const m = renderBatchMarkdown(b, { lang: 'id' });
    expect(m).toContain('>\n> **Catatan rubrik:** Bobot &lt;b&gt;sementara&lt;/b&gt; \\| \\*draf\\*.');
    expect(renderBatchText(batch(), { lang: 'en', color: plain, width: 100, verbose: false })).not.toContain('Rubric notice');
  });
});
