/** compareRubrics and bumpOf (src/rubric/compare.ts): semver steps and which changes can move a score. */
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import { bumpOf, compareRubrics } from '../../src/rubric/compare.js';

describe('bumpOf', () => {
  it.each([
    ['1.1.0', '2.0.0', 'major'],
    ['1.1.0', '1.2.0', 'minor'],
    ['1.1.0', '1.1.1', 'patch'],
    ['1.1.0', '1.1.0', 'none'],
    ['2.0.0', '1.9.9', 'downgrade'],
    ['1.1.0', '1.0.9', 'downgrade'],
    ['2.0.0-rc.1', '2.0.0', 'patch'],
    ['10.0.0', '9.0.0', 'downgrade'],
  ])('%s → %s: %s', (a, b, bump) => {
    expect(bumpOf(a, b)).toBe(bump);
  });
});

describe('compareRubrics', () => {
  it('every bundled rubric against itself: no change, versions ok', async () => {
    for (const id of ['kasn-2019', 'ip-asn-2019', 'panrb-19-2025']) {
      const { rubric } = await loadRubric(id);
      const c = compareRubrics(rubric, structuredClone(rubric));
      expect(c.changes).toEqual([]);
      expect(c.verdict).toMatchObject({ bump: 'none', needsMajor: false, ok: true });
    }
  });

  it('v2: a coefficient, a condition, a node category edge and a band set edge can move a score; a provenance note cannot', async () => {
    const { rubric } = await loadRubric('panrb-19-2025');
    const b = structuredClone(rubric);
    const survey = b.root.children.find((n) => n.code === 'SURVEI')!;
    survey.coefficient = 0.3;
    const gated = [...(function* walk(n: typeof b.root): Generator<typeof b.root> { yield n; for (const c of (n.children ?? []) as (typeof b.root)[]) yield* walk(c); })(b.root)].find((n) => n.when)!;
    gated.when = { ...gated.when!, in: ['tidak'] };
    const set = Object.keys(b.bandSets!)[0]!;
    b.bandSets![set]![1]!.min = 0.42;
    b.bandSets![set]![0]!.max = 0.42;
    b.provenance = { ...b.provenance!, note: 'changed' };
    const c = compareRubrics(rubric, b);
    const got = c.changes.map((x) => `${x.kind}:${x.target}:${x.scoring}`);
    expect(got).toEqual(expect.arrayContaining(['coefficient:SURVEI:true', `condition:${gated.code}:true`, `band-edges:bandSets/${set}/${b.bandSets![set]![1]!.code}:true`, 'provenance:rubric:false']));
    expect(c.verdict.needsMajor).toBe(true);
  });
});
