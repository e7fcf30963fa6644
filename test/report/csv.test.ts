import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { neutralise, renderCsv } from '../../src/report/csv.js';
import { nodes } from '../../src/report/format.js';
import type { Assessment, NodeResult } from '../../src/scoring/types.js';
import { expectGolden } from '../helpers/golden.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

/** A small RFC 4180 parser for checking the output (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** The sample with one leaf's evidence, notes and name replaced. */
function withLeaf(patch: { evidence?: string; notes?: string; name?: string; parsed?: string }): Assessment {
  const a = sampleAssessment();
  const leaf = a.root.children![0]!.children![0]!;
  const trace = { ...leaf.trace!, evidence: patch.evidence ?? leaf.trace!.evidence, notes: patch.notes };
  if (patch.parsed !== undefined) trace.verified = { ...trace.verified!, raw: patch.parsed, parsed: patch.parsed };
  const patched: NodeResult = { ...leaf, trace, name: patch.name ? { id: patch.name, en: patch.name } : leaf.name };
  a.root.children![0]!.children![0] = patched;
  return a;
}

describe('renderCsv', () => {
  it('starts with a BOM, uses CRLF everywhere and ends with one', () => {
    const out = renderCsv(sampleAssessment(), { lang: 'en', delimiter: ',' });
    expect(out.startsWith('\ufeffCode,Depth,Name (id),Name (en),Self,Verified,Used,Score,Max,%,Status,Evidence cell,Evidence,Notes\r\n')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per node, the root first, each with the same number of fields', () => {
    for (const [a, delimiter] of [[sampleAssessment(), ','], [sampleBelowRange(), ';'], [sampleSangatBaik(), '\t']] as const) {
      const rows = parseCsv(renderCsv(a, { lang: 'id', delimiter }).slice(1), delimiter);
      const all = [a.root, ...nodes(a.root)];
      expect(rows).toHaveLength(all.length + 1);
      expect(rows.map((r) => r.length)).toEqual(rows.map(() => 14));
      expect(rows.slice(1).map((r) => r[0])).toEqual(all.map((n) => n.code));
    }
  });

  it('writes levels, points, cells and status per leaf', () => {
    const rows = parseCsv(renderCsv(sampleAssessment(), { lang: 'en', delimiter: ',' }).slice(1), ',');
    const byCode = new Map(rows.map((r) => [r[0], r]));
    expect(byCode.get('KASN')).toEqual(['KASN', '0', 'Indeks Sistem Merit', 'Merit System Index', '', '', '', '288.5', '410', '70.4', 'scored', '', '', '']);
    expect(byCode.get('A2.1')!.slice(4, 12)).toEqual(['4', '3', 'verified', '7.5', '10', '75.0', 'scored', 'Penilaian!D11']);
    expect(byCode.get('A2.3')!.slice(4, 12)).toEqual(['3', '', 'self', '7.5', '10', '75.0', 'scored', 'Penilaian!C13']);
    expect(byCode.get('A5.4')!.slice(4, 12)).toEqual(['', '', 'none', '0', '20', '0.0', 'missing', '']);
    expect(byCode.get('A6')![2]).toBe('Penggajian, Penghargaan, dan Disiplin');
  });

  it('semicolon: decimal commas for numbers only; tab: decimal points', () => {
    const semi = parseCsv(renderCsv(sampleAssessment(), { lang: 'id', delimiter: ';' }).slice(1), ';');
    const a11 = semi.find((r) => r[0] === 'A1.1')!;
    expect(a11.slice(7, 10)).toEqual(['7,5', '10', '75,0']);
    expect(a11[12]).toBe('Dokumen Anjab-ABK 2024 (SK Bupati No. 800/112/2024)'); // text keeps its dots
    expect(semi.find((r) => r[0] === 'A1.2')![12]).toBe('Renstra BKPSDM 2021-2026, Bab IV'); // a comma needs no quotes with ;
    const tab = parseCsv(renderCsv(sampleAssessment(), { lang: 'id', delimiter: '\t' }).slice(1), '\t');
    expect(tab.find((r) => r[0] === 'A1.1')!.slice(7, 10)).toEqual(['7.5', '10', '75.0']);
  });

  it('quotes fields with the delimiter, quotes and line breaks (RFC 4180)', () => {
    const a = withLeaf({ evidence: 'SK "Bupati", No. 5', notes: 'baris 1\r\nbaris 2\nbaris 3' });
    const out = renderCsv(a, { lang: 'en', delimiter: ',' });
    expect(out).toContain(',"SK ""Bupati"", No. 5","baris 1\r\nbaris 2\nbaris 3"\r\n');
    const rows = parseCsv(out.slice(1), ',');
    const r = rows.find((x) => x[0] === 'A1.1')!;
    expect(r[12]).toBe('SK "Bupati", No. 5');
    expect(r[13]).toBe('baris 1\r\nbaris 2\nbaris 3');
  });

  it('neutralises formula-like text from the evidence and the rubric', () => {
    for (const bad of ['=1+2', '+62 812', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","y")']) {
      const a = withLeaf({ evidence: bad, notes: bad, name: bad, parsed: bad });
      const rows = parseCsv(renderCsv(a, { lang: 'en', delimiter: ',' }).slice(1), ',');
      const r = rows.find((x) => x[0] === 'A1.1')!;
      expect(r[2]).toBe(`'${bad}`); // name id
      expect(r[3]).toBe(`'${bad}`); // name en
      expect(r[5]).toBe(`'${bad}`); // verified level written as text
      expect(r[12]).toBe(`'${bad}`); // evidence
      expect(r[13]).toBe(`'${bad}`); // notes
    }
    expect(neutralise('Dokumen')).toBe('Dokumen');
    expect(neutralise('')).toBe('');
    expect(neutralise('3 - 4')).toBe('3 - 4');
  });

  it('the below-range sample: evidence starting with =, +, @ is neutralised', () => {
    const out = renderCsv(sampleBelowRange(), { lang: 'id', delimiter: ',' });
    expect(out).toContain(`,"'=HYPERLINK(""http://contoh.invalid"",""klik"")"\r\n`);
    expect(out).toContain(",'+ BPJS Kesehatan,");
    expect(out).toContain(",'@SIASN dashboard,");
    expect(out).not.toMatch(/[,\n]=/);
  });

  it('never neutralises its own numbers: negative scores stay numbers', () => {
    const a = sampleAssessment();
    const leaf = a.root.children![0]!.children![0]!;
    a.root.children![0]!.children![0] = { ...leaf, score: Dec.parse('-2.5')!, percent: Dec.parse('-25')! };
    for (const delimiter of [',', ';'] as const) {
      const r = parseCsv(renderCsv(a, { lang: 'en', delimiter }).slice(1), delimiter).find((x) => x[0] === 'A1.1')!;
      expect(r.slice(7, 10)).toEqual(delimiter === ',' ? ['-2.5', '10', '-25.0'] : ['-2,5', '10', '-25,0']);
    }
  });

  it('names assumed values instead of a cell', () => {
    const rows = parseCsv(renderCsv(sampleSangatBaik(), { lang: 'en', delimiter: ',' }).slice(1), ',');
    expect(rows.find((r) => r[0] === 'A5.4')!.slice(4, 12)).toEqual(['', '3', 'verified', '15', '20', '75.0', 'scored', '(assumed)']);
  });

  it('golden files', () => {
    expectGolden('csv/baik-comma-en.csv', renderCsv(sampleAssessment(), { lang: 'en', delimiter: ',' }));
    expectGolden('csv/baik-semicolon-id.csv', renderCsv(sampleAssessment(), { lang: 'id', delimiter: ';' }));
    expectGolden('csv/below-comma-id.csv', renderCsv(sampleBelowRange(), { lang: 'id', delimiter: ',' }));
  });
});
