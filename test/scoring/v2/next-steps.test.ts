/**
 * Next steps per aspect (src/scoring/next-steps.ts): the regency example of 2026 scored in-process
 * and worked by hand, then the rule's edges on small rubrics made here.
 *
 * panrb-19-2025: every item is a 0–4 level, share = level / 4, each aspect is the mean of its
 * items' shares with max 1, rounded to 2 decimals; band set `kategori`: DASAR [0, 0.41),
 * LANJUTAN [0.41, 0.61), MENENGAH [0.61, 0.81), TINGGI [0.81, 1]. An item is listed when its
 * share (× the aspect's max 1, rounded to 2 decimals: 0.25, 0.5, 0.75 stay as they are) is below
 * the lower edge of the aspect's next band, or of its own when it is TINGGI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../../src/evidence/read.js';
import { loadRubric } from '../../../src/rubric/load.js';
import type { Band, GroupNode, Rubric } from '../../../src/rubric/types.js';
import { nextSteps } from '../../../src/scoring/next-steps.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { Assessment, NextStep } from '../../../src/scoring/types.js';
import { group, leaf, levels, loaded, lv, rubric, t, table, type RowSpec } from '../helpers.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function example(): Promise<Assessment> {
  const L = await loadRubric('panrb-19-2025');
  const evidence = await readEvidence(`${ROOT}examples/kab-contoh-2026.xlsx`, { aliases: L.rubric.evidence?.aliases });
  return scoreAgency(L, evidence);
}

/** `code level→next (gap)` per item, for compact expectations. */
const items = (s: NextStep): string[] => s.items.map((i) => `${i.code} ${i.level ?? '–'}→${i.next.value} (${i.gap})`);
const step = (a: Assessment, code: string): NextStep | undefined => a.nextSteps!.find((s) => s.code === code);

describe('next steps: Kabupaten Contoh 2026 (examples/kab-contoh-2026.xlsx), by hand', () => {
  it('lists the aspects in rubric order, each with its category and the band above it', async () => {
    const a = await example();
    expect(a.nextSteps!.map((s) => `${s.code} ${s.score} ${s.category.code}→${s.target.code} ${s.target.min} ${s.target.next ? 'next' : 'own'}`)).toEqual([
      'A1 0.67 MENENGAH→TINGGI 0.81 next',
      'A2 0.54 LANJUTAN→MENENGAH 0.61 next',
      'A3 0.63 MENENGAH→TINGGI 0.81 next',
      'A4 0.67 MENENGAH→TINGGI 0.81 next',
      'A5 0.69 MENENGAH→TINGGI 0.81 next',
      // A6 0.83 is TINGGI, the top band: its items are held against TINGGI's own edge.
      'A6 0.83 TINGGI→TINGGI 0.81 own',
      'A7 0.5 LANJUTAN→MENENGAH 0.61 next',
      'A8 0.38 DASAR→LANJUTAN 0.41 next',
    ]);
    // MATURITAS has a category too, but its children are aspects, not items.
    expect(step(a, 'MATURITAS')).toBeUndefined();
  });

  it('A2 LANJUTAN 0.54 → MENENGAH 0.61: 2.5 at level 1 first (0.61 − 0.25 = 0.36), then the level-2 items in rubric order (0.61 − 0.5 = 0.11)', async () => {
    const a2 = step(await example(), 'A2')!;
    // Levels 2, 3, 3, 2, 1, 2: mean share (0.5 + 0.75 + 0.75 + 0.5 + 0.25 + 0.5) / 6 = 3.25 / 6 = 0.541… → 0.54.
    // 2.2 and 2.3 at level 3 (0.75 ≥ 0.61) are not listed.
    expect(items(a2)).toEqual(['2.5 1→2 (0.36)', '2.1 2→3 (0.11)', '2.4 2→3 (0.11)', '2.6 2→3 (0.11)']);
    const i25 = a2.items[0]!;
    expect(i25.name.id).toBe('Retensi Talenta');
    expect(i25.ref).toMatchObject({ sheet: 'Penilaian', cell: 'E18' });
    expect([String(i25.share), String(i25.value)]).toEqual(['0.25', '0.25']);
    const r = JSON.parse(readFileSync(`${ROOT}rubrics/panrb-19-2025.json`, 'utf8')) as Rubric;
    const rubric25 = (r.root.children[0] as GroupNode).children[1] as GroupNode;
    const level2 = (rubric25.children[4] as { scoring: { levels: { value: number; label: unknown; description: unknown }[] } }).scoring.levels[2]!;
    expect(i25.next).toEqual({ value: 2, label: level2.label, description: level2.description, share: expect.anything() });
    expect(String(i25.next.share)).toBe('0.5');
  });

  it('A8 DASAR 0.38 → LANJUTAN 0.41: only 8.2 at level 1 (0.25 < 0.41, gap 0.16); 8.1 at level 2 (0.5 ≥ 0.41) already stands above', async () => {
    const a8 = step(await example(), 'A8')!;
    // (0.5 + 0.25) / 2 = 0.375 → 0.38 (half up): DASAR.
    expect(items(a8)).toEqual(['8.2 1→2 (0.16)']);
    expect(a8.items[0]!.ref?.cell).toBe('E41');
  });

  it('A6 TINGGI 0.83 (top band): the items below TINGGI itself, 0.81 − 0.5 = 0.31 before 0.81 − 0.75 = 0.06; 4s and the not-applicable 6.4b are not listed', async () => {
    // 4, 4, 3, 3, n/a, 2, 4: (1 + 1 + 0.75 + 0.75 + 0.5 + 1) / 6 = 5 / 6 = 0.833… → 0.83.
    expect(items(step(await example(), 'A6')!)).toEqual(['6.4c 2→3 (0.31)', '6.3 3→4 (0.06)', '6.4a 3→4 (0.06)']);
  });

  it('MENENGAH aspects list every item below 0.81: level 2 (gap 0.31) before level 3 (gap 0.06); A4 leaves out the variant 4.1a that does not apply', async () => {
    const a = await example();
    expect(items(step(a, 'A1')!)).toEqual(['1.2 2→3 (0.31)', '1.1 3→4 (0.06)', '1.3 3→4 (0.06)']);
    expect(items(step(a, 'A3')!)).toEqual(['3.3 2→3 (0.31)', '3.4 2→3 (0.31)', '3.1 3→4 (0.06)', '3.2 3→4 (0.06)']);
    expect(items(step(a, 'A4')!)).toEqual(['4.2 2→3 (0.31)', '4.1b 3→4 (0.06)', '4.3 3→4 (0.06)']);
    expect(items(step(a, 'A7')!)).toEqual(['7.1 2→3 (0.11)']);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule's edges, on rubrics made here

const BANDS: Band[] = [
  { code: 'D', label: t('Dasar', 'Basic'), min: 0, max: 0.4 },
  { code: 'M', label: t('Menengah', 'Intermediate'), min: 0.4, max: 0.8 },
  { code: 'T', label: t('Tinggi', 'High'), min: 0.8, max: 1, maxInclusive: true, color: '#1e8449' },
];

function v2(root: GroupNode, extra: Partial<Rubric> = {}): Rubric {
  return rubric(root, { format: 'merit-rubric/2', bandSets: { k: BANDS }, bands: BANDS, ...extra });
}

const score = (r: Rubric, rows: RowSpec[]): Assessment => scoreAgency(loaded(r), table(rows));

describe('next steps: the rule', () => {
  const aspect = (code: string, children: GroupNode['children'], extra: Partial<GroupNode> = {}): GroupNode => group(code, children, { aggregate: 'mean', bands: 'k', ...extra });

  it('a missing item has no level (share 0) and its next level is the lowest above 0; items at the top level never appear', () => {
    const r = v2(group('ROOT', [aspect('A', [lv('a1'), lv('a2'), lv('a3')])], { aggregate: 'weightedMean' }));
    const a = score(r, [{ code: 'a1', level: 4 }, { code: 'a3', level: 2 }]);
    // (1 + 0 + 0.5) / 3 = 0.5: M; target T from 0.8: a2 (0, gap 0.8), a3 (0.5, gap 0.3).
    expect(a.nextSteps!.map(items)).toEqual([['a2 –→1 (0.8)', 'a3 2→3 (0.3)']]);
    expect(a.nextSteps![0]!.items[0]!.ref).toBeUndefined();
  });

  it('the verified level counts; an assumed one is flagged and has no cell', () => {
    const r = v2(group('ROOT', [aspect('A', [lv('a1'), lv('a2')])], { aggregate: 'weightedMean' }));
    // (0.25 + 0.25) / 2 = 0.25 → D; target M from 0.4; equal gaps 0.15 keep rubric order.
    const a = score(r, [{ code: 'a1', level: 4, verified: 1 }, { code: 'a2', level: 1 }]);
    expect(a.nextSteps![0]!.items.map((i) => [i.code, i.level, i.ref?.cell])).toEqual([['a1', 1, 'D6'], ['a2', 1, 'C7']]);
    const b = scoreAgency(loaded(r), table([{ code: 'a1', level: 4 }, { code: 'a2', level: 1 }]), { assume: [{ code: 'a1', value: '1' }] });
    expect(b.nextSteps![0]!.items[0]).toMatchObject({ code: 'a1', level: 1, assumed: true });
    expect(b.nextSteps![0]!.items[0]!.ref).toBeUndefined();
  });

  it('an aspect in the top band with every item at or above its edge is left out; an unreadable level is listed with no level', () => {
    const r = v2(group('ROOT', [aspect('A', [lv('a1'), lv('a2')]), aspect('B', [lv('b1'), lv('b2')])], { aggregate: 'weightedMean' }));
    const a = score(r, [{ code: 'a1', level: 4 }, { code: 'a2', level: 4 }, { code: 'b1', level: 'x' }, { code: 'b2', level: 4 }]);
    // A: 1 → T, nothing below 0.8. B: (0 + 1) / 2 = 0.5 → M; b1 is an error (share 0).
    expect(a.nextSteps!.map((s) => s.code)).toEqual(['B']);
    expect(items(a.nextSteps![0]!)).toEqual(['b1 –→1 (0.8)']);
  });

  it('only levels leaves count: a number leaf in the aspect and groups of aspects are not listed', () => {
    const num = leaf('n1', { kind: 'number', min: 0, max: 1 });
    const r = v2(group('ROOT', [aspect('A', [lv('a1'), num]), aspect('B', [lv('b1')])], { aggregate: 'weightedMean', bands: 'k' }));
    const a = score(r, [{ code: 'a1', level: 1 }, { code: 'n1', level: 0.2 }, { code: 'b1', level: 1 }]);
    expect(a.nextSteps!.map((s) => `${s.code}: ${items(s).join(', ')}`)).toEqual(['A: a1 1→2 (0.15)', 'B: b1 1→2 (0.15)']);
  });

  it('compares on the aspect scale, rounded as the aspect rounds: 3/8 = 0.375 → 0.4 meets M; unrounded it would not', () => {
    const eight = (code: string) => lv(code, 8);
    const make = (rounding?: GroupNode['rounding']) => v2(group('ROOT', [aspect('A', [eight('a1'), eight('a2')], rounding ? { rounding } : {})], { aggregate: 'weightedMean' }));
    // a1 at 3/8 = 0.375, a2 at 1/8 = 0.125: mean 0.25 → D; target M from 0.4.
    const rows = [{ code: 'a1', level: 3 }, { code: 'a2', level: 1 }];
    expect(score(make({ decimals: 1 }), rows).nextSteps!.map(items)).toEqual([['a2 1→2 (0.3)']]);
    expect(score(make(), rows).nextSteps!.map(items)).toEqual([['a2 1→2 (0.275)', 'a1 3→4 (0.025)']]);
  });

  it('an aspect on 0–100 (scale 100) holds 100 × share against its bands', () => {
    const bands100: Band[] = BANDS.map((b) => ({ ...b, min: b.min! * 100, ...(b.max !== undefined ? { max: b.max * 100 } : {}) }));
    const r = v2(group('ROOT', [group('A', [lv('a1'), lv('a2')], { aggregate: 'mean', scale: 100, bands: bands100 })], { aggregate: 'weightedMean' }));
    const a = score(r, [{ code: 'a1', level: 3 }, { code: 'a2', level: 1 }]);
    // (75 + 25) / 2 = 50 → M; target T from 80: a2 at 25 (gap 55), a1 at 75 (gap 5).
    expect(a.nextSteps!.map(items)).toEqual([['a2 1→2 (55)', 'a1 3→4 (5)']]);
    expect(String(a.nextSteps![0]!.items[0]!.share)).toBe('0.25');
  });

  it("takes the next level's description from the leaf, else from its scale; level points decide what is next", () => {
    const scale = { levels: [0, 1, 2].map((v) => ({ value: v, label: t(`L${v}`), description: t(`skala ${v}`, `scale ${v}`) })) };
    const own = leaf('a1', { kind: 'levels', scale: 's', levels: [0, 1, 2].map((v) => ({ value: v, label: t(`L${v}`), ...(v === 1 ? { description: t('sendiri', 'own') } : {}) })) });
    const shared = leaf('a2', { kind: 'levels', scale: 's' });
    // Points 0, 0, 5: level 1 gives no more than level 0, so from 0 the next level is 2.
    const flat = leaf('a3', { kind: 'levels', levels: levels(2, (v) => (v === 2 ? 5 : 0)) });
    const r = v2(group('ROOT', [aspect('A', [own, shared, flat])], { aggregate: 'weightedMean' }), { scales: { s: scale } });
    // Every item at 0: the aspect is 0 → D, target M from 0.4.
    const a = score(r, [{ code: 'a1', level: 0 }, { code: 'a2', level: 0 }, { code: 'a3', level: 0 }]);
    const byCode = Object.fromEntries(a.nextSteps![0]!.items.map((i) => [i.code, i.next]));
    expect(byCode.a1).toMatchObject({ value: 1, description: { en: 'own' } });
    expect(byCode.a2).toMatchObject({ value: 1, description: { en: 'scale 1' } });
    expect(byCode.a3).toMatchObject({ value: 2 });
    expect(byCode.a3!.description).toBeUndefined();
  });

  it('is absent for v1 rubrics, for a v2 rubric scored as records and when turned off; the pure function gives [] for v1', () => {
    const v1 = rubric(group('ROOT', [group('A', [lv('a1')])]));
    const a = score(v1, [{ code: 'a1', level: 1 }]);
    expect(a.nextSteps).toBeUndefined();
    expect(nextSteps(v1, a.root)).toEqual([]);
    const rec = score(v2(group('ROOT', [aspect('A', [lv('a1')])], { aggregate: 'weightedMean' }), { subject: 'record' }), []);
    expect(rec.nextSteps).toBeUndefined();
    // A v2 rubric with nothing below any edge: an empty list, so JSON says "computed, nothing to do".
    const top = score(v2(group('ROOT', [aspect('A', [lv('a1')])], { aggregate: 'weightedMean' })), [{ code: 'a1', level: 4 }]);
    expect(top.nextSteps).toEqual([]);
    // merit gap's what-ifs turn it off (ScoreOptions.nextSteps: false).
    const r = v2(group('ROOT', [aspect('A', [lv('a1')])], { aggregate: 'weightedMean' }));
    expect(scoreAgency(loaded(r), table([{ code: 'a1', level: 1 }]), { nextSteps: false }).nextSteps).toBeUndefined();
    expect(scoreAgency(loaded(r), table([{ code: 'a1', level: 1 }])).nextSteps).toHaveLength(1);
  });
});
