import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import type { Lang } from '../../src/diagnostics.js';
import { renderText } from '../../src/report/text.js';
import type { Assessment } from '../../src/scoring/types.js';
import { expectGolden } from '../helpers/golden.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

const plain = new Chalk({ level: 0 });
const truecolor = new Chalk({ level: 3 });
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const strip = (s: string): string => s.replace(ANSI, '');
const cps = (s: string): number => [...s].length;

const samples: [string, () => Assessment][] = [
  ['baik', () => sampleAssessment()],
  ['sangat-baik', () => sampleSangatBaik()],
  ['below', () => sampleBelowRange()],
];

describe('renderText', () => {
  for (const [name, make] of samples) {
    for (const width of [30, 40, 57, 80, 100, 119, 120, 160, 200]) {
      for (const verbose of [false, true]) {
        it(`${name}: no line longer than ${width} (verbose ${verbose})`, () => {
          for (const lang of ['id', 'en'] as Lang[]) {
            for (const color of [plain, truecolor]) {
              const out = strip(renderText(make(), { lang, color, width, verbose }));
              const long = out.split('\n').filter((l) => cps(l) > width);
              expect(long).toEqual([]);
            }
          }
        });
      }
    }
  }

  it('shows the header, the total against the maximum, the predicate and coverage', () => {
    const out = renderText(sampleAssessment(), { lang: 'id', color: plain, width: 80, verbose: false });
    expect(out).toContain('Kabupaten Contoh · 2024');
    expect(out).toContain('examples/kab-contoh-baik.xlsx (Penilaian)');
    expect(out).toContain('kasn-2019@1.0.0 · sementara');
    expect(out).toMatch(/Nilai akhir +288\.5 dari 410 \(70\.4%\)/);
    expect(out).toMatch(/Predikat +III Baik/);
    expect(out).toMatch(/Nilai mandiri +298\.5 · III Baik/);
    expect(out).toMatch(/Cakupan bukti +95\.1%/);
    expect(out).toContain('6 bagian');
    // one row per aspect, with a bar
    expect(out).toMatch(/^A3 +Pengembangan Karier +90 +130 +69\.2 +█+░+$/m);
    // non-verbose: no criteria
    expect(out).not.toMatch(/^ +A1\.1/m);
  });

  it('speaks English', () => {
    const out = renderText(sampleAssessment(), { lang: 'en', color: plain, width: 80, verbose: false });
    expect(out).toMatch(/Total +288\.5 of 410 \(70\.4%\)/);
    expect(out).toMatch(/Predicate +III Good/);
    expect(out).toContain('This rubric is PROVISIONAL: 6 parts');
    expect(out).toContain('Workforce Planning');
  });

  it('verbose lists every criterion with self → verified levels and the source cell', () => {
    const out = renderText(sampleAssessment(), { lang: 'en', color: plain, width: 80, verbose: true });
    expect(out).toMatch(/^ {2}A1\.1 +Job analysis.* 7\.5 +10 +75\.0 +3 → 3 +D7$/m);
    expect(out).toMatch(/^ {2}A2\.1 .* 4 → 3 +D11$/m);
    // self only: the self cell is the source
    expect(out).toMatch(/^ {2}A2\.3 .* 3 → – +C13$/m);
    expect(out).toMatch(/^ {2}A5\.4 .* 0 +20 +0\.0 +– → – +missing$/m);
    expect(out).toMatch(/^ {2}A8\.2† .* 85 → 85 +D31$/m);
  });

  it('wide verbose output adds the evidence text', () => {
    const out = renderText(sampleAssessment(), { lang: 'id', color: plain, width: 160, verbose: true });
    expect(out).toMatch(/A1\.1 +Analisis jabatan dan analisis beban kerja .* D7 +Dokumen Anjab-ABK 2024/);
  });

  it('marks assumed values and shows the assumptions', () => {
    const out = renderText(sampleSangatBaik(), { lang: 'en', color: plain, width: 80, verbose: true });
    expect(out).toContain('This result uses 1 assumed value (--assume)');
    expect(out).toContain('Assumptions: A5.4=3');
    expect(out).toMatch(/A5\.4 .* – → 3\* +assumed$/m);
    expect(out).toContain('* assumed');
    expect(out).toMatch(/Predicate +IV Very Good/);
    expect(out).toMatch(/Self-assessed +322 · III Good/);
  });

  it('shows the below-range label, errors in the table and diagnostics grouped by severity', () => {
    const out = renderText(sampleBelowRange(), { lang: 'id', color: plain, width: 80, verbose: true });
    expect(out).toMatch(/Predikat +Di bawah Kategori I/);
    expect(out).toMatch(/A4\.1 .* 5 → – +C12 galat$/m);
    expect(out).toContain('Diagnostik (1 galat, 16 peringatan, 1 info)');
    const galat = out.indexOf('\nGalat\n');
    const peringatan = out.indexOf('\nPeringatan\n');
    const info = out.indexOf('\nInfo\n');
    expect(galat).toBeGreaterThan(0);
    expect(peringatan).toBeGreaterThan(galat);
    expect(info).toBeGreaterThan(peringatan);
    expect(out).toContain('Penilaian!C12: galat:');
    expect(out).toContain('[SCORE_LEVEL_OUT_OF_RANGE]');
  });

  it('leaves the self line out when self and verified agree', () => {
    const a = sampleAssessment();
    const out = renderText({ ...a, selfScore: a.score, selfPredicate: a.predicate }, { lang: 'en', color: plain, width: 80, verbose: false });
    expect(out).not.toContain('Self-assessed');
  });

  it('no escape codes with a level-0 chalk (NO_COLOR); colour text equals plain text once stripped', () => {
    for (const [, make] of samples) {
      for (const verbose of [false, true]) {
        const o = { lang: 'id' as Lang, width: 80, verbose };
        const p = renderText(make(), { ...o, color: plain });
        expect(p).not.toMatch(/\u001b/);
        const c = renderText(make(), { ...o, color: truecolor });
        expect(c).toMatch(ANSI);
        expect(strip(c)).toBe(p);
      }
    }
  });

  it('paints the predicate in its band colour, or a default by rank', () => {
    const out = renderText(sampleAssessment(), { lang: 'id', color: truecolor, width: 80, verbose: false });
    expect(out).toContain('\u001b[38;2;46;125;50mIII Baik'); // #2e7d32
    const a = sampleAssessment();
    const noColour = renderText({ ...a, predicate: { ...a.predicate, color: undefined } }, { lang: 'id', color: truecolor, width: 80, verbose: false });
    expect(noColour).toMatch(/\u001b\[32mIII Baik/); // green
  });

  it('handles a maximum of zero and a missing period', () => {
    const a = sampleAssessment({ percent: null, max: Dec.ZERO, subject: { name: 'Kota X', source: 'option' } });
    const out = renderText(a, { lang: 'en', color: plain, width: 80, verbose: false });
    expect(out).toMatch(/Total +288\.5 of 0\n/);
    expect(out).toMatch(/Agency +Kota X\n/);
  });

  it('truncates long names and paths to fit', () => {
    const a = sampleAssessment({ input: { path: `data/${'sangat-panjang/'.repeat(10)}bukti.xlsx`, sha256: '0'.repeat(64), format: 'xlsx' } });
    const out = renderText(a, { lang: 'id', color: plain, width: 80, verbose: false });
    expect(out).toMatch(/^Berkas +….*\/bukti\.xlsx$/m);
  });

  it('golden: 80 columns, plain, Indonesian; 160 columns verbose, English', () => {
    expectGolden('text/baik-80-id.txt', renderText(sampleAssessment(), { lang: 'id', color: plain, width: 80, verbose: false }));
    expectGolden('text/baik-160-en-verbose.txt', renderText(sampleAssessment(), { lang: 'en', color: plain, width: 160, verbose: true }));
  });
});
