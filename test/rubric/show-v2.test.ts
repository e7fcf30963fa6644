/**
 * `merit rubric show` of a merit-rubric/2 rubric through the built binary (run `npm run build`
 * first): profile questions, conditions, variants, not-applicable rules, weight shares,
 * composite parts, node rounding and categories, band caps, band sets, the nominal figure and the
 * base of an `extends` rubric, in text and JSON. A v1 rubric's output does not change (cli.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const FILE = 'test/fixtures/rubrics/v2/contoh-2026.json';

describe('merit rubric show, merit-rubric/2', () => {
  const text = merit(['rubric', 'show', FILE, '--lang', 'en']);
  const lines = text.stdout.split('\n');
  /** The detail text of a node: its dim lines after its row, joined (they wrap at 80 columns). */
  const details = (code: string): string => {
    const at = lines.findIndex((l) => new RegExp(`^\\s*${code.replace('.', '\\.')}\\s{2,}`).test(l));
    const out: string[] = [];
    for (let i = at + 1; i < lines.length && /^\s{12}\S/.test(lines[i]!); i++) out.push(lines[i]!.trim());
    return out.join(' ');
  };

  it('exits 0 within 80 columns', () => {
    expect(text.code).toBe(0);
    for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(80);
  });

  it('shows the nominal figure, the not-applicable values and the profile questions with their answers', () => {
    expect(text.stdout).toContain('Nominal figure: Index as a percentage = total × 100 (%)');
    expect(text.stdout).toContain('"Not applicable" values: N/A, NA, TB, Tidak Berlaku, Not applicable');
    expect(text.stdout).toMatch(/^Profile questions\nJENIS {2}Agency type\n {7}pusat {3}Central agency\n {7}daerah {2}Regional government · also written: pemda$/m);
  });

  it('shows every node\'s aggregate, part of its parent, condition, variant and rules', () => {
    expect(details('IDX')).toBe('composite: Σ coefficient × score · fallback MAT');
    expect(details('MAT')).toBe('weighted mean × 1 · weights in percent · coefficient 0.8 · rounded: 2 decimals (half-up) · categories kematangan: DASAR [0, 0.5) · MENENGAH [0.5, 0.8) · TINGGI [0.8, 1]');
    expect(details('A')).toContain('mean × 1 · weight 60 (60.0% of the weights in MAT)');
    // The two variants are alternatives: the mean of A has two items for any agency.
    expect(details('A.1')).toBe('levels 0–4 (m04) · 50.0% of the mean of A');
    expect(details('A.2p')).toBe('levels 0–4 (m04) · 50.0% of the mean of A · when profile JENIS ∈ {pusat} · variant standar');
    expect(details('B.2')).toBe('levels 0–4 (m04) · 50.0% of the mean of B · may be declared not applicable (No legal case)');
    expect(details('SUR')).toBe('number 0–1 (or percent) · coefficient 0.2 · required (without evidence: MAT stands in)');
    expect(details('KOR')).toBe('deduction 0–0.1 · coefficient 1');
  });

  it('shows the band caps and the band sets with the nodes using them', () => {
    expect(text.stdout).toMatch(/^ {2}SANGAT_BAIK {2}\[0\.8, 1\] {4}Very good · needs every child of MAT ≥ MENENGAH$/m);
    expect(text.stdout).toMatch(/^Band sets \(node categories\)\n {2}kematangan · used by MAT, A, B\n {4}DASAR {5}\[0, 0\.5\) {4}Basic$/m);
  });

  it('speaks Indonesian', () => {
    // Detail lines wrap at 80 columns: compare with the wrapping undone.
    const id = merit(['rubric', 'show', FILE]).stdout.replace(/\s+/g, ' ');
    expect(id).toContain('Pertanyaan profil');
    expect(id).toContain('bila profil JENIS ∈ {pusat}');
    expect(id).toContain('boleh dinyatakan tidak berlaku (Tidak ada perkara)');
    expect(id).toContain('perlu setiap anak MAT ≥ MENENGAH');
  });

  it('as JSON: the v2 keys of every node and of the rubric', () => {
    const doc = JSON.parse(merit(['rubric', 'show', FILE, '--format', 'json']).stdout);
    expect(doc).toMatchObject({ format: 'merit-rubric/2', notApplicableValues: ['N/A', 'NA', 'TB', 'Tidak Berlaku', 'Not applicable'], nominal: { factor: 100, unit: '%' } });
    expect(doc.profile[0].answers.map((a: { value: string }) => a.value)).toEqual(['pusat', 'daerah']);
    expect(doc.bandSets.kematangan.map((b: { code: string; edges: string }) => [b.code, b.edges])).toEqual([['DASAR', '[0, 0.5)'], ['MENENGAH', '[0.5, 0.8)'], ['TINGGI', '[0.8, 1]']]);
    expect(doc.tree).toMatchObject({ aggregate: 'composite', fallback: 'MAT', min: -0.1, max: 1 });
    const [mat, sur, kor] = doc.tree.children;
    expect(mat).toMatchObject({ coefficient: 0.8, weightUnit: 'percent', rounding: { decimals: 2 }, bands: { set: 'kematangan' } });
    expect(mat.children.map((c: { code: string; weightPercent: number }) => [c.code, c.weightPercent])).toEqual([['A', 60], ['B', 40]]);
    expect(mat.children[0].children[1]).toMatchObject({ code: 'A.2p', variant: 'standar', when: { profile: 'JENIS', in: ['pusat'] }, weightPercent: 50 });
    expect(mat.children[1].children[1].notApplicable).toEqual({ allowed: true, reason: { id: 'Tidak ada perkara', en: 'No legal case' } });
    expect(sur).toMatchObject({ coefficient: 0.2, required: true, scoring: 'number' });
    expect(kor).toMatchObject({ coefficient: 1, scoring: 'deduction', min: -0.1, max: 0 });
    expect(doc.bands[2].requires).toEqual({ atLeast: 'MENENGAH', of: 'MAT' });
  });

  it('shows the base of an extending rubric', () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-show-'));
    const path = join(dir, 'ext.json');
    writeFileSync(path, JSON.stringify({ format: 'merit-rubric/2', id: 'ext', version: '2.0.0', status: 'provisional', extends: { id: 'contoh-2026', version: '1.0.0', path: join(ROOT, FILE) } }));
    const r = merit(['rubric', 'show', path, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ext 2\.0\.0 — Example Index 2026$/m);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(`Built on: contoh-2026 1.0.0 (${join(ROOT, FILE)}) · sha256 `);
    const doc = JSON.parse(merit(['rubric', 'show', path, '--format', 'json']).stdout);
    expect(doc.base).toMatchObject({ id: 'contoh-2026', version: '1.0.0' });
  });
});
