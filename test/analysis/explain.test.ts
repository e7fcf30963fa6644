/** `explainNode`: the chain from a leaf's cell up to the predicate, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { UsageError } from '../../src/diagnostics.js';
import { readEvidence } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import { renderExplainText } from '../../src/report/explain.js';
import { explainNode } from '../../src/scoring/explain.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { group, loaded, lv, rubric, t, table } from '../scoring/helpers.js';

const s = (d: { toString(): string } | undefined | null): string | undefined => (d == null ? undefined : d.toString());
const PLAIN = new Chalk({ level: 0 });

async function kab() {
  const l = await loadRubric('kasn-2019');
  return { l, a: scoreAgency(l, await readEvidence('examples/kab-contoh-baik.xlsx')) };
}

describe('explain on the kab example', () => {
  it('a leaf: both values, the verified one counts, and 13 points all the way up', async () => {
    const { l, a } = await kab();
    const e = explainNode(a, 'a3.2', l.rubric);
    expect(e.path).toEqual(['KASN2019', 'A3', 'A3.2']);
    expect(e.leaf!.values.map((v) => [v.role, v.value.ref?.cell, v.value.raw, v.value.parsed, s(v.value.points), v.counts])).toEqual([
      ['self', 'C13', 3, 3, '19.5', false],
      ['verified', 'D13', 2, 2, '13', true],
    ]);
    expect(e.leaf!.rule).toBe('level 2 × 6.5 = 13');
    expect(e.chain.map((c) => [c.code, c.aggregate, s(c.uncapped), s(c.score), s(c.max), c.via, s(c.contribution)])).toEqual([
      ['A3', 'sum', '78', '78', '130', 'A3.2', '13'],
      ['KASN2019', 'sum', '288.5', '288.5', '410', 'A3', '13'],
    ]);
    expect(s(e.contribution)).toBe('13');
    expect(e.ofTotal!.toString({ maxDecimals: 4 })).toBe('0.0451');
    expect(e.total.rounding).toEqual({ step: 0.5, mode: 'half-up' });
    expect([e.total.predicate.code, e.total.band?.min, e.total.band?.max]).toEqual(['III', 250, 325]);
    expect(e.shareOfMax.toString({ maxDecimals: 4 })).toBe('0.0634');
  });

  it('a group: its children and its own sum', async () => {
    const { l, a } = await kab();
    const e = explainNode(a, 'A3', l.rubric);
    expect(e.group!.terms.map((x) => `${x.code}=${x.value.toString()}`)).toEqual(['A3.1=19.5', 'A3.2=13', 'A3.3=13', 'A3.4=19.5', 'A3.5=13']);
    expect([s(e.group!.uncapped), s(e.contribution)]).toEqual(['78', '78']);
  });

  it('an unknown code is a usage error with a did-you-mean', async () => {
    const { a } = await kab();
    try {
      explainNode(a, 'A3.22');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect([(e as UsageError).code, (e as UsageError).args.suggestion]).toEqual(['USAGE_UNKNOWN_CODE', 'A3.2']);
    }
  });
});

describe('caps and weighted means', () => {
  // M (weighted mean, scale 100) of G (sum, cap 5) and b (levels 0..4, at 2: 2 of 4), weights 1
  // and 1. G holds a (weight 3, at 2: 6), so G = min(6, 5) = 5 of max min(12, 5) = 5.
  // M = (1 × 5/5 + 1 × 2/4) / 2 × 100 = 75. What a adds: 6 in G, cut by the cap to 6 × 5/6 = 5;
  // in M 1 × (5/5) / 2 × 100 = 50, two thirds of 75. b adds 1 × (2/4) / 2 × 100 = 25.
  const r = rubric(group('M', [group('G', [lv('a', 4, 3)], { cap: 5 }), lv('b', 4, 1)], { aggregate: 'weightedMean', scale: 100 }), {
    bands: [
      { code: 'LOW', label: t('Rendah', 'Low'), min: 0, max: 70 },
      { code: 'HIGH', label: t('Tinggi', 'High'), min: 70, maxInclusive: true, max: 100 },
    ],
  });
  const l = loaded(r);
  const a = scoreAgency(l, table([['a', 2], ['b', 2]]));

  it('contributions through a binding cap and a mean', () => {
    const e = explainNode(a, 'a', r);
    expect(e.chain.map((c) => [c.code, s(c.uncapped), c.capApplied, s(c.score), s(c.contribution)])).toEqual([
      ['G', '6', true, '5', '5'],
      ['M', '75', false, '75', '50'],
    ]);
    expect(s(e.chain[1]!.scale)).toBe('100');
    expect(e.ofTotal!.toString({ maxDecimals: 4 })).toBe('0.6667');
    expect(s(explainNode(a, 'b', r).contribution)).toBe('25');
    expect(e.total.rounding).toBeNull();
  });

  it('without the rubric the scale is taken from the node (no cap) and the rounding is unknown', () => {
    const e = explainNode(a, 'b');
    expect(s(e.chain[0]!.scale)).toBe('100');
    expect(s(e.contribution)).toBe('25');
    expect(e.total.rounding).toBeUndefined();
  });

  it('text, exactly', () => {
    const text = renderExplainText({ kind: 'evidence', path: 'data/kab-uji.xlsx', assessment: a }, explainNode(a, 'a', r), { lang: 'en', color: PLAIN, width: 80 });
    expect(text).toBe(
      [
        'Explanation: a Criterion a',
        'Agency  kab-uji',
        'File    data/kab-uji.xlsx (Penilaian)',
        'Rubric  test-rubric@1.0.0 · official · Test rubric',
        'Path    M › G › a',
        '',
        'Evidence',
        '  Self  C6  2 → level 2  6  ← counts',
        'Rule    level 2 × 3 = 6',
        'Points  6 of 12 (50.0%) · scored',
        '',
        'Up the tree',
        '  G Aspect G · sum',
        '    6 = 6',
        '    cap 5: min(6, 5) = 5',
        '    = 5 of 5 (100.0%)',
        '    a adds 5',
        '  M Aspect M · weighted mean',
        '    (5/5 + 2/4) / 2 × 100 = 75 of 100 (75.0%)',
        '    a adds 50',
        '',
        'Total      75 → 75 (no rounding)',
        'Predicate  HIGH High (70 ≤ score ≤ 100)',
        'Share      a adds 50 of 75 (66.7% of the total); its share of the rubric\'s',
        '           maximum is 50.0%',
        '',
      ].join('\n'),
    );
  });
});
