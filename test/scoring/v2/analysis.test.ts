/**
 * `merit explain` and `merit diff` on a v2 rubric (test/helpers/v2-rubric.ts), and the v2 JSON of
 * gap, explain and diff against their schemas: conditions and not-applicable reasons, the mean,
 * percent weights, node rounding and the composite in the chain, categories per node, and what
 * changed category between two assessments.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import { parseReport } from '../../../src/evidence/saved-report.js';
import { renderDiffJson, renderDiffText } from '../../../src/report/diff.js';
import { renderJson } from '../../../src/report/json.js';
import { renderExplainJson, renderExplainText } from '../../../src/report/explain.js';
import { renderGapAspectsJson, renderGapAspectsText } from '../../../src/report/gap-aspects.js';
import { renderGapJson, renderGapText } from '../../../src/report/gap.js';
import { findPredicateCode } from '../../../src/scoring/bands.js';
import { diffAssessments } from '../../../src/scoring/diff.js';
import { explainNode } from '../../../src/scoring/explain.js';
import { analyseAspectGap } from '../../../src/scoring/gap-aspects.js';
import { analyseGap } from '../../../src/scoring/gap.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { expectValid } from '../../analysis/schemas.js';
import { KAT, UJI_ROWS, ujiRubric } from '../../helpers/v2-rubric.js';
import { loaded, table } from '../helpers.js';

const L = loaded(ujiRubric());
const R = L.rubric;
type Rows = [string, string | number][];
const rowsWith = (changes: Record<string, string | number | null>): Rows =>
  UJI_ROWS.filter(([c]) => changes[c] !== null).map(([c, v]) => [c, c in changes ? changes[c]! : v]);
// The regency with a correction of 0.05: NI = 0.8 × 0.35 + 0.2 × 0.7 − 0.05 = 0.37 (D).
const ROWS = rowsWith({ KOR: '0.05' });
const A = scoreAgency(L, table(ROWS));
const plain = { lang: 'id' as const, color: new Chalk({ level: 0 }), width: 100 };
const input = (a: Assessment) => ({ kind: 'evidence' as const, path: 'uji.csv', assessment: a });
const explain = (code: string, a: Assessment = A) => explainNode(a, code, R);
const text = (code: string, a: Assessment = A, lang: 'id' | 'en' = 'id', width = 100) => renderExplainText(input(a), explain(code, a), { ...plain, lang, width });

describe('explain: conditions and not applicable', () => {
  it('a variant whose profile condition does not hold: why, with the answer, and that it is left out', () => {
    const e = explain('P2a');
    expect(e.notApplicable).toMatchObject({ code: 'P2a', why: { reason: 'condition', value: 'Instansi Daerah' } });
    expect(e.conditions).toEqual([{ code: 'P2a', condition: { profile: 'jenis', in: ['pusat'] }, holds: false, value: 'Instansi Daerah' }]);
    const t = text('P2a');
    expect(t).toContain('Tidak berlaku (P2a): berlaku bila profil jenis (Jenis instansi) salah satu dari pusat; di sini:\nInstansi Daerah');
    expect(t).toContain('tidak ikut dihitung: nilai dan maksimumnya 0');
    expect(text('P2a', A, 'en', 120)).toContain('Not applicable (P2a): applies when profile jenis (Agency type) is one of pusat; here: Instansi Daerah');
    expect(e.chain[0]!.contribution?.toString()).toBe('0');
  });

  it('the variant that applies says which answer let it in', () => {
    expect(explain('P2b').conditions).toEqual([{ code: 'P2b', condition: { profile: 'jenis', in: ['daerah'] }, holds: true, value: 'Instansi Daerah' }]);
    expect(text('P2b')).toContain('✓ P2b: berlaku bila profil jenis (Jenis instansi) salah satu dari daerah; di sini: Instansi Daerah');
  });

  it('a criterion declared not applicable: the word and its cell', () => {
    expect(explain('P3').notApplicable).toMatchObject({ code: 'P3', why: { reason: 'declared', value: 'Tidak Berlaku' } });
    expect(text('P3')).toContain('Tidak berlaku (P3): dinyatakan tidak berlaku dengan "Tidak Berlaku" di C9');
  });
});

describe('explain: the chain through means, percent weights, node rounding and the composite', () => {
  it('K1 (3 of 4) → K = (3/4 + 1/4 + 0/4) / 3 → MAT rounds 0.3541… to 0.35 → NI 0.8 × 0.35 …', () => {
    const e = explain('K1');
    const [k, mat, ni] = e.chain;
    expect([k!.aggregate, k!.weightTotal?.toString(), k!.contribution?.toString()]).toEqual(['mean', '3', '0.25']);
    expect(k!.category?.predicate.code).toBe('D');
    expect(mat!.rounding).toMatchObject({ to: Dec.parse('0.35') });
    expect(mat!.rounding!.from.eq(Dec.of(85n, 240n))).toBe(true); // (0.375 + 1/3) / 2
    // Through MAT: 0.25 × 50/100, scaled by its rounding 0.35 / 0.3541…; through NI × 0.8.
    expect(mat!.contribution!.eq(Dec.of(1n, 8n).mul(Dec.parse('0.35')!).div(Dec.of(85n, 240n)))).toBe(true);
    expect(ni!.contribution!.eq(mat!.contribution!.mul(Dec.parse('0.8')!))).toBe(true);
    const t = text('K1');
    expect(t).toContain('  K Kinerja · rerata kematangan\n    (3/4 + 1/4 + 0/4) / 3 = 0.3333\n    = 0.3333 dari 1 (33.3%)\n    kategori D Dasar (0 ≤ nilai < 0.4)');
    expect(t).toContain('    (50% × 0.375/1 + 50% × 0.3333/1) / 100 = 0.3542\n    dibulatkan di unsur ini: 0.3542 → 0.35 (dibulatkan ke 2 desimal, setengah ke atas)');
    expect(t).toContain('  NI Indeks · gabungan\n    0.8 × 0.35 + 0.2 × 0.7 − 0.05 = 0.37');
  });

  it('the parts of P and K through the rounded MAT add up to what MAT puts into the total', () => {
    const p = explain('P').contribution!;
    const k = explain('K').contribution!;
    expect(p.add(k).toString()).toBe('0.28');
    expect(explain('MAT').contribution?.toString()).toBe('0.28');
  });

  it('the composite shows its coefficients; without the survey it stands in with MAT and says so', () => {
    const g = explain('NI').group!;
    expect(g.terms.map((t) => [t.code, t.coefficient?.toString(), t.value.toString()])).toEqual([
      ['MAT', '0.8', '0.28'],
      ['SUR', '0.2', '0.14'],
      ['KOR', '1', '-0.05'],
    ]);
    const b = scoreAgency(L, table(rowsWith({ SUR: null })));
    const e = explain('NI', b);
    expect(e.group?.incomplete).toEqual({ missing: ['SUR'], fallback: 'MAT' });
    expect(e.total.incomplete).toEqual({ code: 'NI', missing: ['SUR'], fallback: 'MAT' });
    expect(text('NI', b)).toContain('  MAT = 0.35\n  belum lengkap: SUR tanpa bukti; MAT yang dipakai');
  });

  it('a predicate held back by the band cap says by which aspect', () => {
    const b = scoreAgency(L, table(rowsWith({ P1: 4, P2b: 4, K3: 2, SUR: 1 })));
    expect(text('NI', b)).toContain('Predikat     B Baik (0.6 ≤ nilai < 0.8); semestinya A, tetapi K (anak MAT) di bawah B');
  });

  it('v2 explain JSON is valid merit-explain/1 and carries the v2 keys', () => {
    for (const code of ['NI', 'MAT', 'P', 'P2a', 'P3', 'K1', 'KOR']) {
      const doc = expectValid('explain', renderExplainJson(input(A), explain(code)));
      if (code === 'P2a') expect(doc.notApplicable).toEqual({ code: 'P2a', reason: 'condition', condition: { profile: 'jenis', in: ['pusat'] }, value: 'Instansi Daerah', ref: { sheet: 'Penilaian', cell: 'C6' } });
      if (code === 'MAT') expect((doc.group as { rounding: unknown }).rounding).toEqual({ from: 0.354166666667, to: 0.35, rule: { decimals: 2, mode: 'half-up' } });
    }
  });
});

describe('diff: categories per node', () => {
  const B = scoreAgency(L, table(rowsWith({ KOR: '0.05', P1: 4, K1: 4, K2: 4 })));
  const rank = (code: string, category: string) => (['P', 'K', 'MAT'].includes(code) ? findPredicateCode({ bands: KAT }, category)?.rank : undefined);

  it('lists the nodes whose category changed, from → to, up or down', () => {
    // B: P = (4 + 1)/8 = 0.625 (B), K = (4 + 4 + 0)/12 = 2/3 (B), MAT = 0.6458… → 0.65 (B).
    const d = diffAssessments(A, B, undefined, { categoryRank: rank });
    expect(d.categories?.map((c) => [c.code, c.a?.code, c.b?.code, c.change])).toEqual([
      ['MAT', 'D', 'B', 'up'],
      ['P', 'D', 'B', 'up'],
      ['K', 'D', 'B', 'up'],
    ]);
    const t = renderDiffText(input(A), input(B), d, plain);
    expect(t).toContain('Kategori yang berubah (3)');
    expect(t).toMatch(/MAT\s+Kematangan\s+D Dasar\s+B Baik\s+naik/);
    expect(expectValid('diff', renderDiffJson(input(A), input(B), d)).categories).toHaveLength(3);
    // Back down, and without ranks the direction is unknown.
    expect(diffAssessments(B, A, undefined, { categoryRank: rank }).categories?.[0]?.change).toBe('down');
    expect(diffAssessments(A, B).categories?.[0]?.change).toBe('unknown');
  });

  it('no change: says so; a v1 pair has no categories at all', () => {
    const d = diffAssessments(A, A, undefined, { categoryRank: rank });
    expect(d.categories).toEqual([]);
    expect(renderDiffText(input(A), input(A), d, plain)).toContain('Tidak ada kategori yang berubah.');
  });
});

describe('gap: v2 text and JSON', () => {
  const tb = table(ROWS);
  it('the index: each change says what the level asks; JSON valid with requirement and notApplicable', () => {
    const g = analyseGap(L, tb, A);
    const t = renderGapText(A, g, plain);
    expect(t).toContain('K1 → 4: Syarat: Syarat level 4: bukti tahap 4');
    expect(t).toContain('Kriteria yang tidak berlaku tidak dinaikkan: P2a, P3.');
    const doc = expectValid('gap', renderGapJson(A, g));
    expect(doc.notApplicable).toEqual(['P2a', 'P3']);
    expect((doc.changes as { requirement: unknown }[])[0]!.requirement).toEqual({ id: 'Syarat level 4: bukti tahap 4', en: 'Level 4 requires: stage 4 evidence' });
  });

  it('--target-aspects: per aspect, text and JSON', () => {
    const g = analyseAspectGap(L, tb, A, 'B');
    const t = renderGapAspectsText(A, g, plain);
    expect(t).toContain('Target  setiap aspek minimal B Baik');
    expect(t).toContain('P Perencanaan · D Dasar 0.375 → B Baik 0.625 · 2 langkah');
    expect(t).toContain('K Kinerja · D Dasar 0.3333 → B Baik 0.6667 · 4 langkah');
    expect(t).toMatch(/P1\s+Rencana kebutuhan\s+C7\s+mandiri\s+2 → 4\s+\+0\.25/);
    const doc = expectValid('gap', renderGapAspectsJson(A, g));
    expect(doc.aspects).toMatchObject({ band: 'B', joint: false });
    expect((doc.aspects as { results: { code: string; steps: number }[] }).results.map((r) => [r.code, r.steps])).toEqual([
      ['P', 2],
      ['K', 4],
    ]);
    expect(doc.steps).toBe(6);
    const en = renderGapAspectsText(A, g, { ...plain, lang: 'en' });
    expect(en).toContain('Gap analysis per aspect');
    expect(en).toContain('K3 → 4: Requires: Level 4 requires: stage 4 evidence');
  });
});

describe('a saved v2 report reads back whole', () => {
  it('rendering it again gives the same bytes, and explain and diff work from it as from the evidence', async () => {
    const capped = scoreAgency(L, table(rowsWith({ P1: 4, P2b: 4, K3: 2, SUR: 1 })), { profile: [{ code: 'jenis', value: 'daerah' }] });
    for (const a of [A, capped, scoreAgency(L, table(rowsWith({ SUR: null })))]) {
      const json = renderJson(a, { deterministic: true });
      const back = await parseReport(json, 'uji.json');
      expect(renderJson(back, { deterministic: true })).toBe(json);
      expect(back.profile?.[0]?.value).toBe('daerah');
      for (const code of ['NI', 'MAT', 'P2a', 'P3', 'K1']) {
        expect(renderExplainText({ ...input(back), kind: 'report' }, explainNode(back, code, R), plain)).toBe(renderExplainText({ ...input(a), kind: 'report' }, explainNode(a, code, R), plain));
      }
    }
    expect((await parseReport(renderJson(capped, { deterministic: true }), 'c.json')).predicate.capped?.children).toEqual(['K']);
    const back = await parseReport(renderJson(A, { deterministic: true }), 'a.json');
    expect(diffAssessments(back, capped).categories?.length).toBeGreaterThan(0);
  });
});
