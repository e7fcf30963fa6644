// `merit gap` (the index and --target-aspects), `merit explain` and `merit diff` with a v2 rubric
// on the built binary: exit codes, the v2 lines, and JSON valid against its schema.
import { afterAll, describe, expect, it } from 'vitest';
import { expectValid } from '../../analysis/schemas.js';
import { v2Dir } from './setup.js';

const d = v2Dir('merit-v2-analysis-');
afterAll(() => d.cleanup());

describe('merit gap', () => {
  it('to the next category of the index: 0.42 (C) → B in 4 steps, re-scored through the rounded maturity', () => {
    const r = d.run(['gap', d.evidence, '-r', d.rubric]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Target  B Baik (nilai ≥ 0.6)');
    expect(r.stdout).toContain('Perubahan terkecil: 4 langkah level pada 2 kriteria (optimal)');
    expect(r.stdout).toMatch(/P2b\s+Standar \(daerah\)\s+B4\s+mandiri\s+1 → 4\s+\+0\.152/);
    expect(r.stdout).toContain('P2b → 4: Syarat: Syarat level 4: bukti tahap 4');
    expect(r.stdout).toContain('Setelah perubahan: 0.6 · B Baik (0.604 sebelum pembulatan)');
    expect(r.stdout).toContain('Kriteria yang tidak berlaku tidak dinaikkan: P2a, P3.');
    const json = d.run(['gap', d.evidence, '-r', d.rubric, '-f', 'json']);
    expect(expectValid('gap', json.stdout).steps).toBe(4);
  });

  it('--target-aspects B: every aspect to B, each step with its requirement', () => {
    const r = d.run(['gap', d.evidence, '-r', d.rubric, '--target-aspects', 'B', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Gap analysis per aspect');
    expect(r.stdout).toContain('Target  every aspect at least B Good');
    expect(r.stdout).toContain('P Planning · D Basic 0.375 → B Good 0.625 · 2 steps');
    expect(r.stdout).toContain('K Performance · D Basic 0.3333 → B Good 0.6667 · 4 steps');
    expect(r.stdout).toContain('P1 → 4: Requires: Level 4 requires: stage 4 evidence');
    const json = expectValid('gap', d.run(['gap', d.evidence, '-r', d.rubric, '--target-aspects', 'b', '-f', 'json']).stdout);
    expect(json.changes).toHaveLength(2);
    expect((json.aspects as { results: { status: string }[] }).results.map((x) => x.status)).toEqual(['reachable', 'reachable']);
  });

  it('a band no aspect has, and --target with --target-aspects, are usage errors (exit 2)', () => {
    const r = d.run(['gap', d.evidence, '-r', d.rubric, '--target-aspects', 'TINGGI', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("merit: --target-aspects 'TINGGI' is not a category of aspect P in rubric uji-v2@1.0.0\n  categories every aspect has: D, C, B, A\n");
    const both = d.run(['gap', d.evidence, '-r', d.rubric, '--target', 'B', '--target-aspects', 'B']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("galat: '--target-aspects <band>' tidak dapat dipakai bersama '-t, --target <code>'");
    const v1 = d.run(['gap', 'examples/kab-contoh-baik.xlsx', '--target-aspects', 'III', '--lang', 'en']);
    expect(v1.code).toBe(2);
    expect(v1.stderr).toContain('has no aspects with categories');
  });
});

describe('merit explain and merit diff', () => {
  it('explain a declared not-applicable criterion and the rounded maturity (exit 0, JSON valid)', () => {
    const r = d.run(['explain', d.evidence, 'P3', '-r', d.rubric]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tidak berlaku (P3): dinyatakan tidak berlaku dengan "Tidak Berlaku" di B5');
    const mat = d.run(['explain', d.evidence, 'mat', '-r', d.rubric]);
    expect(mat.stdout).toContain('dibulatkan di unsur ini: 0.3542 → 0.35 (dibulatkan ke 2 desimal, setengah ke atas)');
    expect(mat.stdout).toContain('kategori D Dasar (0 ≤ nilai < 0.4)');
    for (const code of ['NI', 'MAT', 'P2a', 'K1']) expectValid('explain', d.run(['explain', d.evidence, code, '-r', d.rubric, '-f', 'json']).stdout);
  });

  it('diff lists the categories that changed, up by the rubric\'s own band order', () => {
    const better = d.evidenceWith('lebih-baik.csv', { P1: 4, K1: 4, K2: 4 });
    const r = d.run(['diff', d.evidence, better, '-r', d.rubric, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Categories that changed (3)');
    expect(r.stdout).toMatch(/MAT\s+Maturity\s+D Basic\s+B Good\s+up/);
    const doc = expectValid('diff', d.run(['diff', d.evidence, better, '-r', d.rubric, '-f', 'json']).stdout);
    expect((doc.categories as { code: string }[]).map((c) => c.code)).toEqual(['MAT', 'P', 'K']);
  });
});
