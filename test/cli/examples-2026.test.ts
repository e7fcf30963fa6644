// The 2026 examples (examples/README.md works them out by hand): filled `merit template --rubric
// panrb-19-2025` worksheets, scored on the built binary without naming the rubric (the workbook's
// stamp chooses it). Golden: the JSON report next to each example, and the regency's text report.
import { describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { expectValidReport } from '../helpers/report-schema.js';

type Node = { code: string; score: number; status: string; category?: { code: string }; children?: Node[]; notApplicable?: { reason: string } };
const flat = (n: Node): Node[] => [n, ...(n.children ?? []).flatMap(flat)];

const EXAMPLES = [
  {
    file: 'examples/kab-contoh-2026.xlsx',
    nism: 0.66,
    predicate: 'MENENGAH',
    maturity: 0.62,
    aspects: { A1: [0.67, 'MENENGAH'], A2: [0.54, 'LANJUTAN'], A3: [0.63, 'MENENGAH'], A4: [0.67, 'MENENGAH'], A5: [0.69, 'MENENGAH'], A6: [0.83, 'TINGGI'], A7: [0.5, 'LANJUTAN'], A8: [0.38, 'DASAR'] },
    notApplicable: ['4.1a', '6.4b'],
    nominal: 66,
  },
  {
    file: 'examples/kementerian-contoh-2026.xlsx',
    nism: 0.83,
    predicate: 'TINGGI',
    maturity: 0.87,
    aspects: { A1: [0.92, 'TINGGI'], A2: [0.79, 'MENENGAH'], A3: [0.88, 'TINGGI'], A4: [0.92, 'TINGGI'], A5: [0.88, 'TINGGI'], A6: [0.95, 'TINGGI'], A7: [0.75, 'MENENGAH'], A8: [0.88, 'TINGGI'] },
    notApplicable: ['4.1b', '6.3', '6.4c'],
    nominal: 83,
  },
] as const;

describe('the 2026 examples score as worked out by hand', () => {
  for (const ex of EXAMPLES) {
    it(`${ex.file} → NISM ${ex.nism} ${ex.predicate}`, () => {
      const r = merit(['score', ex.file, '-f', 'json', '--deterministic']);
      expect(r.code, r.stderr).toBe(0);
      expectValidReport(r.stdout);
      const report = JSON.parse(r.stdout);
      expect(report.rubric).toMatchObject({ id: 'panrb-19-2025', version: '2.1.0', status: 'provisional' });
      expect(report.score).toBe(ex.nism);
      expect(report.predicate.code).toBe(ex.predicate);
      expect(report.nominal.value).toBe(ex.nominal);
      expect(report.incomplete).toBeUndefined();
      const nodes = flat(report.root as Node);
      const byCode = new Map(nodes.map((n) => [n.code, n]));
      expect(byCode.get('MATURITAS')!.score).toBe(ex.maturity);
      for (const [code, [score, category]] of Object.entries(ex.aspects)) {
        expect(byCode.get(code)!.score, code).toBe(score);
        expect(byCode.get(code)!.category?.code, code).toBe(category);
      }
      expect(nodes.filter((n) => n.status === 'not-applicable').map((n) => n.code)).toEqual(ex.notApplicable);
      expect(report.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
      expectGolden(`../../../${ex.file.replace(/\.xlsx$/, '.report.json')}`, r.stdout);
    });
  }

  it("the regency's text report at 100 columns (golden)", () => {
    const r = merit(['score', 'examples/kab-contoh-2026.xlsx'], { env: { COLUMNS: '100' } });
    expect(r.code, r.stderr).toBe(0);
    expectGolden('text/kab-contoh-2026-100-id.txt', r.stdout);
  });

  it('without the survey the index is incomplete: the maturity index stands in, and the report says so', () => {
    const r = merit(['score', 'examples/kab-contoh-2026.xlsx', '--assume', 'SURVEI=', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.incomplete).toEqual({ code: 'NISM', missing: ['SURVEI'], fallback: 'MATURITAS' });
    expect(report.score).toBe(0.62);
    const text = merit(['score', 'examples/kab-contoh-2026.xlsx', '--assume', 'SURVEI=']).stdout;
    expect(text).toMatch(/NISM Nilai Indeks Sistem Merit belum lengkap: memerlukan SURVEI/);
  });
});
