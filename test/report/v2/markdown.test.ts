/**
 * The Markdown report with rubric language v2 results: profile table first, nominal next to the
 * score, capped predicate, incomplete warning, category column (categorised groups indented),
 * composite parts, not-applicable items with why; hostile text stays inside its cell.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { capped, extended, incomplete, kabkota, pusat } from './fixtures.js';

const md = (a: Assessment, lang: 'id' | 'en' = 'en'): string => renderMarkdown(a, { lang });

describe('Markdown report: v2 results', () => {
  it('opens with the profile answers, before the score line', () => {
    const out = md(kabkota(), 'id');
    expect(out).toContain('**Profil instansi**\n\n| Pertanyaan | Jawaban | Ditulis di |\n|---|---|---|\n| Jenis instansi | Pemerintah Kabupaten/Kota | `C6` |\n| Ada kecelakaan kerja dalam 2 tahun terakhir | Tidak | `C7` |\n');
    expect(out.indexOf('**Profil instansi**')).toBeLessThan(out.indexOf('**Nilai:'));
    expect(md(pusat())).toContain('| Agency type | Central agency | `--profile` |');
  });

  it('puts the nominal figure next to the score and says why a predicate is capped', () => {
    expect(md(kabkota())).toContain('**Score: 0.7 / 1** (70.0%) · Index as a percentage: **70 %** · **Predicate: MENENGAH Intermediate** · Evidence coverage: 100.0%\n');
    expect(md(capped())).toContain('\n\nPredicate: would be TINGGI High, but A2 Protection is below MENENGAH Intermediate\n');
    expect(md(kabkota())).not.toContain('would be');
  });

  it('warns about an incomplete composite', () => {
    expect(md(incomplete(), 'id')).toContain('> **NI Indeks belum lengkap: memerlukan SUR Survei kepuasan dan keterikatan; yang ditampilkan MAT Indeks kematangan.**');
  });

  it('has a category column; categorised groups below the aspects are listed, indented', () => {
    const out = md(kabkota());
    expect(out).toContain('| Code | Aspect | Score | Max | % | Category |\n|---|---|--:|--:|--:|---|\n| MAT | Maturity index | 0.73 | 1 | 73.0 | Intermediate |\n| &nbsp;&nbsp;A1 | Planning | 0.875 | 1 | 87.5 | High |\n');
    expect(out).toContain('| | **Sum before rounding** | **0.6975** | **1** | **69.8** | **Intermediate** |');
    expect(out).toContain('<summary><b>MAT</b> Maturity index — 0.73 / 1 (73.0%) · Intermediate</summary>');
  });

  it('shows the composite parts: coefficient, score and product, the correction with its reason, the sum', () => {
    expect(md(kabkota())).toContain(
      [
        '### Parts of NI Index',
        '',
        '| Code | Name | Coefficient | Score | Product |',
        '|---|---|--:|--:|--:|',
        '| MAT | Maturity index | 0.75 | 0.73 | 0.5475 |',
        '| SUR | Satisfaction and engagement survey | 0.25 | 0.8 | 0.2 |',
        '| KOR | Correction factor — temuan pelanggaran netralitas | 1 | -0.05 | -0.05 |',
        '| | **=** | | | **0.6975 → 0.7** |',
      ].join('\n'),
    );
    expect(md(incomplete())).toContain('| SUR | Satisfaction and engagement survey | 0.25 | – | *no evidence* |');
    expect(md(incomplete())).toContain('| | **=** | | | **0.73 (MAT Maturity index)** |');
  });

  it('lists the items that do not apply with why; a leaf under the root gets its own criteria table', () => {
    const out = md(kabkota(), 'id');
    expect(out).toContain('### Tidak berlaku (3)\n\n- **1.2a** Standar kompetensi (pusat): berlaku bila Jenis instansi: Instansi Pusat; di sini: Pemerintah Kabupaten/Kota (C6)\n');
    expect(out).toContain('- **2.3** Bantuan hukum: dinyatakan tidak berlaku: "TB" di C11 (tidak ada perkara)');
    expect(out).toContain('| SUR | Survei kepuasan dan keterikatan | 0.8 → – | 0.8 | 1 | `C12` | laporan survei |');
    expect(md(extended())).toContain('Base rubric: `panrb-2026@1.0.0`');
  });

  it('escapes hostile text from the rubric and the evidence in the new parts', () => {
    const a = kabkota();
    a.profile![0]!.label = { id: 'Jenis | <script>alert(1)</script>', en: 'Type | <script>alert(1)</script>' };
    a.root.children![2]!.trace!.notes = '*bold* | `x` <img src=x>';
    const out = md(a);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('| Type \\| &lt;script&gt;alert(1)&lt;/script&gt; | Regency/city | `C6` |');
    expect(out).toContain('Correction factor — \\*bold\\* \\| \\`x\\` &lt;img src=x&gt; |');
  });
});
