import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Assessment, NodeResult } from '../../src/scoring/types.js';
import { expectGolden } from '../helpers/golden.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

function withLeaf(patch: { evidence?: string; name?: string }): Assessment {
  const a = sampleAssessment();
  const leaf = a.root.children![0]!.children![0]!;
  const patched: NodeResult = {
    ...leaf,
    trace: { ...leaf.trace!, evidence: patch.evidence ?? leaf.trace!.evidence },
    name: patch.name ? { id: patch.name, en: patch.name } : leaf.name,
  };
  a.root.children![0]!.children![0] = patched;
  a.root.children![0]!.name = patch.name ? { id: patch.name, en: patch.name } : a.root.children![0]!.name;
  return a;
}

/** Cells of a GFM table row, honouring `\|` escapes. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('renderMarkdown', () => {
  it('summary line with score, maximum, predicate and coverage; provisional warning as a blockquote', () => {
    const md = renderMarkdown(sampleAssessment(), { lang: 'id' });
    expect(md).toMatch(/^## Kabupaten Contoh · 2024 — Penilaian Sistem Merit/);
    expect(md).toContain('**Nilai: 288.5 / 410** (70.4%) · **Predikat: III Baik** · Cakupan bukti: 95.1%');
    expect(md).toContain('Nilai mandiri: 298.5 (III Baik)');
    expect(md).toMatch(/^> Rubrik ini berstatus SEMENTARA: 6 bagian/m);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('aspect table and one <details> block per aspect with leaves and source cells', () => {
    const md = renderMarkdown(sampleAssessment(), { lang: 'en' });
    expect(md).toContain('| A3 | Career Development | 90 | 130 | 69.2 |');
    expect(md).toContain('| | **Total** | **288.5** | **410** | **70.4** |');
    expect(md.match(/<details>/g)).toHaveLength(8);
    expect(md.match(/<\/details>/g)).toHaveLength(8);
    expect(md).toContain('<summary><b>A2</b> Recruitment — 30 / 40 (75.0%)</summary>');
    expect(md).toContain('| A2.1 | Open and competitive recruitment | 4 → 3 | 7.5 | 10 | `D11` | Laporan seleksi CASN 2023 |');
    expect(md).toContain('| A5.4 | Follow-up on appraisal results | – → – | 0 | 20 | *missing* |  |');
    // a blank line after <summary> and before </details>, or GitHub does not render the table
    expect(md).toMatch(/<\/summary>\n\n\|/);
    expect(md).toMatch(/\|\n\n<\/details>/);
  });

  it('every table row has as many cells as its header', () => {
    for (const a of [sampleAssessment(), sampleSangatBaik(), sampleBelowRange(), withLeaf({ evidence: 'a | b || c \\| d', name: 'x|y' })]) {
      const lines = renderMarkdown(a, { lang: 'id' }).split('\n');
      let expected = 0;
      for (const [i, line] of lines.entries()) {
        if (!line.startsWith('|')) {
          expected = 0;
          continue;
        }
        if (expected === 0) {
          expected = cells(line).length;
          expect(lines[i + 1]).toMatch(/^\|[-:|]+\|$/);
        }
        expect(cells(line), line).toHaveLength(expected);
      }
    }
  });

  it('escapes HTML and Markdown in text from the evidence and the rubric', () => {
    const md = renderMarkdown(withLeaf({ evidence: '<script>alert(1)</script> *bold* _i_ [x](y) `c` ~s~ $m$ & | ok', name: '<b>Nama</b>' }), { lang: 'id' });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>Nama</b>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\_i\\_ \\[x\\](y) \\`c\\` \\~s\\~ \\$m\\$ &amp; \\| ok');
    expect(md).toContain('<summary><b>A1</b> &lt;b&gt;Nama&lt;/b&gt; — ');
  });

  it('keeps @mentions and #references in evidence from pinging anyone', () => {
    const md = renderMarkdown(sampleBelowRange(), { lang: 'id' });
    expect(md).not.toMatch(/@SIASN/);
    expect(md).toContain('@\u2060SIASN dashboard');
    const md2 = renderMarkdown(withLeaf({ evidence: 'lihat #12 dan @budi' }), { lang: 'id' });
    expect(md2).toContain('lihat #\u206012 dan @\u2060budi');
  });

  it('marks assumed values and lists assumptions', () => {
    const md = renderMarkdown(sampleSangatBaik(), { lang: 'en' });
    expect(md).toContain('> This result uses 1 assumed value (--assume), not from the file.');
    expect(md).toContain('> Assumptions: `A5.4=3`');
    expect(md).toContain('| A5.4 | Follow-up on appraisal results | – → 3\\* | 15 | 20 | *assumed* |');
    expect(md).toContain('**Predicate: IV Very Good**');
    expect(md).toContain('Self-assessed: 322 (III Good)');
  });

  it('diagnostics: listed with location and code; many fold into <details>, errors stay open', () => {
    const few = renderMarkdown(sampleAssessment(), { lang: 'en' });
    expect(few).toContain('### Diagnostics (2 warnings, 2 info)');
    expect(few).toMatch(/^- \*\*warning\*\* `examples\/kab-contoh-baik.xlsx Penilaian!A32`: .* `SCORE_DUPLICATE_CODE`$/m);
    expect(few).toMatch(/^ {2}Hint: /m);
    const many = renderMarkdown(sampleBelowRange(), { lang: 'en' });
    expect(many).toContain('### Diagnostics (1 error, 16 warnings, 1 info)');
    const errorAt = many.indexOf('- **error** `examples/kab-contoh-kurang.xlsx Penilaian!C12`');
    const foldAt = many.indexOf('<summary>16 warnings, 1 info</summary>');
    expect(errorAt).toBeGreaterThan(0);
    expect(foldAt).toBeGreaterThan(errorAt);
  });

  it('fits a PR comment (GitHub limit 65536 characters)', () => {
    for (const a of [sampleAssessment(), sampleSangatBaik(), sampleBelowRange()]) {
      expect(renderMarkdown(a, { lang: 'id' }).length).toBeLessThan(65536);
    }
  });

  it('golden files', () => {
    expectGolden('md/baik-id.md', renderMarkdown(sampleAssessment(), { lang: 'id' }));
    expectGolden('md/sangat-baik-en.md', renderMarkdown(sampleSangatBaik(), { lang: 'en' }));
    expectGolden('md/below-id.md', renderMarkdown(sampleBelowRange(), { lang: 'id' }));
  });
});
