/**
 * Year over year (`merit diff 2025/ 2026/`): the matching and the transition matrix against a
 * hand-counted example (pure), and the command on generated folders and saved batches (text, JSON
 * against merit-batch-diff/1, Markdown, --fail-on-regression / --max-regressions, the
 * rubric/evidence split when the rubric changed). Run `npm run build` first.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { diffBatches, type SideItem } from '../../src/scoring/batch-diff.js';
import { renderBatchDiffMarkdown } from '../../src/report/batch-diff.js';
import { renderBatchDiffHtml } from '../../src/report/batch-diff-html.js';
import { merit, ROOT } from '../helpers/cli.js';
import { writeBatch } from '../helpers/national-gen.mjs';
import { predicateFor, sampleAssessment } from '../helpers/sample-assessment.js';

function agency(input: string, name: string, score: number, source: 'workbook' | 'filename' = 'workbook'): SideItem {
  const s = Dec.parse(String(score))!;
  return { input, diagnostics: [], assessment: sampleAssessment({ score: s, predicate: predicateFor(s), subject: { name, period: '2025', source }, input: { path: input, sha256: 'x', format: 'csv' } }) };
}

describe('diffBatches (pure)', () => {
  // KASN bands: I [100,175) II [175,250) III [250,325) IV ≥ 325; below 100: BELOW.
  const a: SideItem[] = [
    agency('2025/a.csv', 'Kab A', 150), // I   -> II
    agency('2025/b.csv', 'Kab B', 200), // II  -> II
    agency('2025/c.csv', 'Kab C', 210), // II  -> I   (a regression)
    agency('2025/d.csv', 'Kab D', 300), // III -> III
    agency('2025/e.csv', 'Kab E', 260), // III -> IV
    agency('2025/f.csv', 'Kab  F', 330), // IV -> IV  (name spaced and cased differently)
    agency('2025/g.csv', 'Kab G', 50), //  BELOW -> III (renamed; matched by its path)
    agency('2025/gone.csv', 'Kab Hilang', 120), // only in 2025
    { input: '2025/broken.csv', diagnostics: [] }, // unreadable in 2025, scored in 2026
  ];
  const b: SideItem[] = [
    agency('2026/a.csv', 'Kab A', 180),
    agency('2026/b.csv', 'Kab B', 200),
    agency('2026/c.csv', 'Kab C', 170),
    agency('2026/d.csv', 'Kab D', 310),
    agency('2026/e.csv', 'Kab E', 340),
    agency('2026/f.csv', 'kab f', 400),
    agency('2026/g.csv', 'Kabupaten G Baru', 255),
    agency('2026/new.csv', 'Kab Baru', 90),
    agency('2026/broken.csv', 'Kab Rusak', 111),
  ];
  const r = diffBatches(a, b);

  it('counts the transitions as counted by hand', () => {
    expect(r.transitions.codes).toEqual(['BELOW', 'I', 'II', 'III', 'IV']);
    //                 to: BELOW I  II III IV
    expect(r.transitions.counts).toEqual([
      [0, 0, 0, 1, 0], // BELOW: g
      [0, 0, 1, 0, 0], // I: a
      [0, 1, 1, 0, 0], // II: c, b
      [0, 0, 0, 1, 1], // III: d, e
      [0, 0, 0, 0, 1], // IV: f
    ]);
  });

  it('matches by subject (case and spaces aside), else by path, and lists the rest by year', () => {
    expect(r.matched).toHaveLength(7);
    expect(r.matched.find((m) => m.name === 'kab f')!.by).toBe('subject');
    expect(r.matched.find((m) => m.name === 'Kabupaten G Baru')!.by).toBe('path');
    expect(r.onlyA.map((x) => x.name)).toEqual(['Kab Hilang']);
    expect(r.onlyB.map((x) => x.name)).toEqual(['Kab Baru', 'Kab Rusak']);
  });

  it('ranks the movers and finds the regressions', () => {
    expect(r.rises.map((m) => [m.name, m.delta.toNumber()])).toEqual([
      ['Kabupaten G Baru', 205],
      ['Kab E', 80],
      ['kab f', 70],
      ['Kab A', 30],
      ['Kab D', 10],
    ]);
    expect(r.falls.map((m) => [m.name, m.delta.toNumber()])).toEqual([['Kab C', -40]]);
    expect(r.regressions.map((m) => m.name)).toEqual(['Kab C']);
    expect(r.mean.delta!.toNumber()).toBeCloseTo(355 / 7, 9); // (30 + 0 − 40 + 10 + 80 + 70 + 205) / 7
  });

  it('says it as one self-contained HTML page: the matrix cell by cell, fell below the diagonal, names escaped', () => {
    const hostile = diffBatches(a, [...b.slice(0, -1), agency('2026/x.csv', 'Kab <script>alert(1)</script>', 111)]);
    const html = renderBatchDiffHtml(hostile, { lang: 'en', tool: { name: 'merit', version: 't' } });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html).toContain('Kab &lt;script&gt;alert(1)&lt;/script&gt;');
    const body = html.slice(html.indexOf('<table class="tm">'));
    const rows = [...body.slice(0, body.indexOf('</table>')).matchAll(/<tr><th>[\s\S]*?<\/tr>/g)].slice(1);
    const cells = rows.map((row) => [...row[0].matchAll(/<td class="n (\w+)">(\d+)<\/td>/g)].map((m) => [m[1], Number(m[2])]));
    expect(cells.map((row) => row.map((c) => c[1]))).toEqual(hostile.transitions.counts);
    // Kab C went II -> I: a non-empty cell below the diagonal is "fell"; g went BELOW -> III: "rose".
    expect(cells[2]![1]).toEqual(['fell', 1]);
    expect(cells[0]![3]).toEqual(['rose', 1]);
    expect(cells[3]![3]).toEqual(['same', 1]);
    for (const m of [...hostile.rises, ...hostile.falls]) expect(html).toContain(m.name.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('says it in Markdown with the matrix as a table', () => {
    const md = renderBatchDiffMarkdown(r, { lang: 'en' });
    expect(md).toContain('| from \\\\ to | BELOW | I | II | III | IV |');
    expect(md).toContain('| II | 0 | 1 | 1 | 0 | 0 |');
    expect(md).toContain('| Kab C | 210 II Fair | 170 I Poor | -40 |');
  });
});

// ---------------------------------------------------------------------------------------------
// The command

let tmp: string;
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'merit-batch-diff-1.schema.json'), 'utf8')) as object);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'merit-yoy-'));
  // Without the generator's unreadable last file, so that the exit code is the gate's.
  const old = writeBatch(join(tmp, '2025'), { rubric: 'kasn-2019', count: 8, seed: 3, period: '2025' });
  const now = writeBatch(join(tmp, '2026'), { rubric: 'kasn-2019', count: 9, seed: 5, period: '2026', bias: 0.4 });
  unlinkSync(join(tmp, '2025', old.at(-1)!));
  unlinkSync(join(tmp, '2026', now.at(-1)!));
  expect(merit(['score', '2025', '-o', '2025.batch.json', '--deterministic', '-q'], { cwd: tmp }).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('merit diff of two years', () => {
  it('a saved batch against a folder, as JSON valid against merit-batch-diff/1, the same as two folders', () => {
    const r = merit(['diff', '2025.batch.json', '2026', '-f', 'json'], { cwd: tmp });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { schema: string; matched: { a: { score: number }; b: { score: number }; delta: number }[]; transitions: { counts: number[][] }; onlyB: { name: string }[] };
    expect(validate(j), JSON.stringify(validate.errors)).toBe(true);
    expect(j.schema).toBe('merit-batch-diff/1');
    expect(j.matched).toHaveLength(7);
    for (const m of j.matched) expect(m.delta).toBeCloseTo(m.b.score - m.a.score, 9);
    expect(j.transitions.counts.flat().reduce((s, x) => s + x, 0)).toBe(7);
    expect(j.onlyB.map((x) => x.name)).toEqual(['Pemerintah Kabupaten Contoh 008'.replace('Kabupaten', 'Provinsi')]);
    const folders = merit(['diff', '2025', '2026', '-f', 'json'], { cwd: tmp });
    const strip = (s: string) => s.replace(/"input": "[^"]*"/g, '');
    expect(strip(folders.stdout)).toBe(strip(r.stdout));
  });

  it('--fail-on-regression exits 1 when an agency fell a category; --max-regressions allows some', () => {
    const md = merit(['diff', '2025', '2026', '-f', 'md', '--fail-on-regression', '--lang', 'en'], { cwd: tmp });
    expect(md.stdout).toContain('### Category transitions');
    const regressions = Number(/- (\d+) agenc(?:y|ies) fell a category/.exec(md.stdout)![1]);
    expect(regressions).toBeGreaterThan(0);
    expect(md.code).toBe(1);
    expect(md.stderr).toContain('max-regressions');
    expect(merit(['diff', '2025', '2026', '--max-regressions', String(regressions), '-q'], { cwd: tmp }).code).toBe(0);
    expect(merit(['diff', '2025', '2026', '--max-regressions', String(regressions - 1), '-q'], { cwd: tmp }).code).toBe(1);
    expect(merit(['diff', '2025', '2026', '--max-regressions', 'x'], { cwd: tmp }).code).toBe(2);
  });

  it('when the rubric changed, splits each change into the rubric effect and the evidence effect', () => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'kasn-2019.json'), 'utf8')) as { version: string; root: { children: { children: { weight?: number }[] }[] } };
    rubric.version = '9.0.0';
    for (const leaf of rubric.root.children[0]!.children) leaf.weight = (leaf.weight ?? 1) * 2;
    writeFileSync(join(tmp, 'kasn-changed.json'), JSON.stringify(rubric));
    const r = merit(['diff', '2025.batch.json', '2026', '--rubric', 'kasn-changed.json', '-f', 'json', '-q'], { cwd: tmp });
    const j = JSON.parse(r.stdout) as { rubric: { same: boolean }; matched: { delta: number; split: { rubricEffect: number; evidenceEffect: number } }[]; split: { agencies: number } };
    expect(validate(j), JSON.stringify(validate.errors)).toBe(true);
    expect(j.rubric.same).toBe(false);
    expect(j.split.agencies).toBe(7);
    for (const m of j.matched) expect(m.split.rubricEffect + m.split.evidenceEffect).toBeCloseTo(m.delta, 9);
    expect(j.matched.some((m) => m.split.rubricEffect !== 0)).toBe(true);
  });

  it('-o perubahan.html writes the page (the format from the extension); the one-file diff has no html', () => {
    const r = merit(['diff', '2025.batch.json', '2026', '-o', 'perubahan.html', '--lang', 'en'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(tmp, 'perubahan.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Category transitions');
    const one = merit(['diff', 'examples/kota-contoh.csv', 'examples/kota-contoh.csv', '-f', 'html']);
    expect(one.code).toBe(2);
  });
});
