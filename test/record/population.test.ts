// The population: exact mean, distribution over bands, per-dimension means and breakdowns by the
// rubric's group-by columns, checked against examples/README.md; then the rules for groups
// (lookup cases merge spellings, empty cells, the group cap) and a property: the fast integer path
// and the reference path (evaluateTree) give the same Assessment on any records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { columnLetter } from '../../src/evidence/cells.js';
import type { RecordInput } from '../../src/evidence/records.js';
import type { RawValue } from '../../src/evidence/types.js';
import { RecordSession } from '../../src/scoring/record/index.js';
import type { Assessment } from '../../src/scoring/types.js';
import { EXAMPLE, ipAsnRubric, readmeGroups, readmeTable, scoreRows } from './helpers.js';

const D = (s: string): Dec => Dec.parse(s)!;

describe('pegawai-contoh.csv as a population (examples/README.md)', async () => {
  const { assessment: a } = await scoreRows(EXAMPLE);
  const p = a.population!;

  it('is the exact mean of the 30 scores, 2087 / 30, rounded once to 69.57 Rendah', () => {
    expect(p.rows).toBe(30);
    expect(p.scored).toBe(30);
    expect(p.skipped).toBe(0);
    expect(p.mean!.eq(Dec.of(2087n, 30n))).toBe(true);
    expect(a.unroundedScore.eq(Dec.of(2087n, 30n))).toBe(true);
    expect(a.score.toString()).toBe('69.57');
    expect(a.predicate.code).toBe('R');
    expect(a.max.toString()).toBe('100');
    expect(p.min!.toString()).toBe('11.75');
    expect(p.max!.toString()).toBe('100');
  });

  it('counts the bands: ST 4, T 9, S 4, R 5, SR 8 (ascending, with shares)', () => {
    expect(p.distribution.map((d) => [d.code, d.count])).toEqual([
      ['SR', 8],
      ['R', 5],
      ['S', 4],
      ['T', 9],
      ['ST', 4],
    ]);
    expect(p.distribution[3]!.share!.eq(Dec.of(9n, 30n))).toBe(true);
  });

  it('means per dimension equal the README columns summed over 30', () => {
    const t = readmeTable();
    const sum = (k: 'kual' | 'komp' | 'kin' | 'dis'): Dec => Dec.sum(t.map((e) => D(String(e[k]))));
    expect(p.dimensions.map((d) => d.code)).toEqual(['KUAL', 'KOMP', 'KIN', 'DIS']);
    (['kual', 'komp', 'kin', 'dis'] as const).forEach((k, i) => {
      expect(p.dimensions[i]!.mean!.eq(sum(k).div(Dec.int(30))), k).toBe(true);
      expect(p.dimensions[i]!.records).toBe(30);
    });
    // The tree of means: the root's children are the dimensions; KOMP's three paths count their own records.
    const komp = a.root.children![1]!;
    expect(komp.children!.map((c) => [c.code, c.records])).toEqual([
      ['KOMP.STR', 7],
      ['KOMP.JF', 11],
      ['KOMP.PL', 12],
    ]);
  });

  it('breaks down by unit, post type and gender with exact means (README population table)', () => {
    const groups = readmeGroups();
    const names: Record<string, string> = { unit_kerja: 'Unit kerja', jenis_jabatan: 'Jenis jabatan', jenis_kelamin: 'Jenis kelamin' };
    let checked = 0;
    for (const b of p.breakdowns.filter((x) => x.column !== 'pendidikan')) {
      // Post type is grouped by the scoring path it selects (Fungsional and JFT together).
      expect(b.by).toBe(b.column === 'jenis_jabatan' ? 'path' : 'value');
      for (const g of b.groups) {
        const want = groups.get(`${names[b.column]}: ${g.label.id}`);
        expect(want, `${b.column} ${g.label.id}`).toBeDefined();
        expect(g.count).toBe(want!.n);
        expect(g.mean!.eq(D(String(want!.sum)).div(Dec.int(want!.n))), `${g.label.id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(9);
    const unit = p.breakdowns.find((b) => b.column === 'unit_kerja')!;
    const pendidikan = unit.groups.find((g) => g.label.id === 'Dinas Pendidikan')!;
    expect(pendidikan.mean!.toString()).toBe('73.09375');
    expect(pendidikan.score!.toString()).toBe('73.09');
    expect(pendidikan.predicate.code).toBe('S');
  });

  it('groups education by the lookup case it matches: S1 joins S-1 / D-IV, Magister joins S-2', () => {
    const edu = p.breakdowns.find((b) => b.column === 'pendidikan')!;
    expect(edu.by).toBe('lookup');
    expect(edu.groups.map((g) => [g.label.id, g.count])).toEqual([
      ['S-3', 1],
      ['S-2', 6],
      ['S-1 / D-IV', 12],
      ['D-III', 3],
      ['SLTA / D-II / D-I', 6],
      ['Di bawah SLTA', 2],
    ]);
    expect(edu.groups.every((g) => g.kind === 'case')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Records built in the test (no file)

const POSTS = ['Struktural', 'Fungsional', 'Pelaksana', 'JFT', 'jabatan  pelaksana', 'Honorer', ''];
const EDU = ['S-3', 's2', 'Magister', 'S1', 'S-1', 'D-IV', 'D3', 'SLTA', 'SD', 'Paket C', '', ' S 2 '];
const YESNO = ['Ya', 'Tidak', '-', 'ya', 'x', '', 'mungkin'];
const NUMS: RawValue[] = ['0', '1', '12', '12,5', '12.5', '20', '48', '1.000', '3,75', '-', '', 'dua', 7, 19.5, 0.1, null];
const SKP = ['Sangat Baik', 'Baik', 'Cukup', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang', 'Buruk', 'baik ', ''];
const HUKDIS = ['Tidak Ada', 'Tidak Pernah', 'Ringan', 'Sedang', 'Berat', 'hukuman berat', ''];

async function session(extra: { reference?: boolean; maxGroups?: number; decimalComma?: boolean } = {}): Promise<RecordSession> {
  const loaded = await ipAsnRubric();
  const cols = loaded.rubric.columns!;
  return new RecordSession(loaded, {
    file: 'test.csv',
    format: 'csv',
    columns: cols.map((c, i) => ({ column: i + 1, letter: columnLetter(i + 1), header: c.header.id })),
    ...extra,
  });
}

const pick = <T>(xs: readonly T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]!);
const recordArb = fc.tuple(
  fc.nat({ max: 50 }),
  pick(['Unit A', 'Unit B', 'unit  a', '']),
  pick(POSTS),
  pick(['L', 'P']),
  pick(EDU),
  pick(YESNO),
  pick(YESNO),
  pick(NUMS),
  pick(NUMS),
  pick(SKP),
  pick(HUKDIS),
);

function toInput(r: [number, string, string, string, string, string, string, RawValue, RawValue, string, string], row: number): RecordInput {
  const [id, unit, post, sex, edu, pim, fung, jp, sem, skp, hukdis] = r;
  const blank = (v: RawValue): RawValue => (v === '' ? null : v);
  return { row, values: [`99${id}`, `Pegawai ${row}`, blank(unit), blank(post), sex, blank(edu), blank(pim), blank(fung), blank(jp), blank(sem), blank(skp), blank(hukdis)] };
}

function finish(s: RecordSession): Assessment {
  let confirmed;
  if (s.idCandidates.size > 0) confirmed = s.confirmation();
  return s.finish({ sha256: 'c'.repeat(64) }, confirmed);
}

describe('groups', () => {
  it('put empty cells in their own group, spellings of one value together, and past the cap into "other"', async () => {
    const s = await session({ maxGroups: 2 });
    const rows = [
      ['1', 'Unit A', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
      ['2', ' unit  A ', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
      ['3', 'Unit B', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
      ['4', 'Unit C', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
      ['5', 'Unit D', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
      ['6', '', 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', '20', '1', 'Baik', 'Tidak Ada'],
    ];
    rows.forEach((r, i) => s.add({ row: i + 2, values: [r[0]!, 'x', r[1] || null, r[2]!, r[3]!, r[4]!, r[5]!, r[6]!, r[7]!, r[8]!, r[9]!, r[10]!] }));
    const unit = finish(s).population!.breakdowns.find((b) => b.column === 'unit_kerja')!;
    expect(unit.groups.map((g) => [g.kind, g.label.id, g.count])).toEqual([
      ['value', 'Unit A', 2],
      ['value', 'Unit B', 1],
      ['empty', '(kosong)', 1],
      ['other', '(lainnya)', 2],
    ]);
  });
});

describe('fast path = reference path (property)', () => {
  it('gives the same row results and the same Assessment for any mix of values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 40 }), fc.boolean(), async (records, decimalComma) => {
        const fast = await session({ decimalComma });
        const ref = await session({ decimalComma, reference: true });
        records.forEach((r, i) => {
          const input = toInput(r, i + 2);
          const a = fast.add(input);
          const b = ref.add(input);
          expect({ ...a, dimensions: a.dimensions && [...a.dimensions] }).toEqual({ ...b, dimensions: b.dimensions && [...b.dimensions] });
        });
        expect(JSON.stringify(finish(fast))).toBe(JSON.stringify(finish(ref)));
      }),
      { numRuns: 150 },
    );
  });
});
