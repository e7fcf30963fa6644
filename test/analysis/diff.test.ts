/** `diffAssessments`: deltas, predicate change, level changes, and the rubric/evidence split. */
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { LoadedRubric, RubricNode } from '../../src/rubric/types.js';
import { diffAssessments } from '../../src/scoring/diff.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { group, loaded, lv, rubric, table } from '../scoring/helpers.js';

const s = (d: { toString(): string } | null | undefined): string | null => (d == null ? null : d.toString());

async function examples() {
  const l = await loadRubric('kasn-2019');
  const kabTable = await readEvidence('examples/kab-contoh-baik.xlsx');
  const provTable = await readEvidence('examples/prov-contoh-sangat-baik.xlsx');
  return { l, kabTable, provTable, kab: scoreAgency(l, kabTable), prov: scoreAgency(l, provTable) };
}

/** kasn-2019 as version 2.0.0 with A3.2's weight 6.5 -> 8.5 and A5.1's 7 -> 5 (other bytes, other sha256). */
function kasnV2(l: LoadedRubric): LoadedRubric {
  const r = structuredClone(l.rubric);
  r.version = '2.0.0';
  const find = (n: RubricNode, code: string): RubricNode | undefined =>
    n.code === code ? n : 'children' in n ? n.children.map((c) => find(c, code)).find(Boolean) : undefined;
  const set = (code: string, weight: number): void => {
    const leaf = find(r.root, code) as { scoring: { weight?: number } };
    leaf.scoring.weight = weight;
  };
  set('A3.2', 8.5);
  set('A5.1', 5);
  return { ...l, rubric: r, sha256: 'c'.repeat(64), source: 'kasn-v2.json', bundled: false };
}

describe('kab (old) against prov (new), same rubric', () => {
  it('totals, predicate, aspects and changed levels', async () => {
    const { kab, prov } = await examples();
    const d = diffAssessments(kab, prov);
    expect([s(d.score), s(d.max), d.predicate.change, d.sameRubric, d.regression, d.split]).toEqual(['48', '0', 'up', true, false, undefined]);
    expect(d.nodes.filter((x) => x.depth === 1).map((x) => `${x.code} ${s(x.a!.score)}->${s(x.b!.score)} ${s(x.delta!.score)}`)).toEqual([
      'A1 36.5->40 3.5',
      'A2 33.5->33.5 0',
      'A3 78->104 26',
      'A4 26.5->30 3.5',
      'A5 60->67 7',
      'A6 27->30 3',
      'A7 11.25->13.25 2',
      'A8 15.75->18.75 3',
    ]);
    expect(d.levels.map((x) => `${x.code} ${x.a.value}${x.a.used[0]}@${x.a.ref?.cell}->${x.b.value}${x.b.used[0]}@${x.b.ref?.cell} ${s(x.delta)}`)).toEqual([
      'A1.2 3v@D7->4v@D7 3.5',
      'A3.1 3v@D12->4v@D12 6.5',
      'A3.2 2v@D13->3v@D13 6.5',
      'A3.3 2v@D14->3v@D14 6.5',
      'A3.5 2v@D16->3v@D16 6.5',
      'A4.1 2v@D17->3v@D17 3.5',
      'A5.1 3v@D20->4v@D20 7',
      'A5.2 2v@D21->3v@D21 6.5',
      'A5.3 4v@D22->3v@D22 -6.5',
      'A6.3 2v@D25->3v@D25 3',
      'A7.1 3s@C26->4v@D26 2',
      'A7.2 3s@C27->3v@D27 0',
      'A8.2 2v@D29->3v@D29 3',
    ]);
    expect([d.added, d.removed]).toEqual([[], []]);
  });

  it('the other way round is a regression', async () => {
    const { kab, prov } = await examples();
    const d = diffAssessments(prov, kab);
    expect([s(d.score), d.predicate.change, d.regression]).toEqual(['-48', 'down', true]);
  });
});

describe('across rubric versions: the split, checked by hand', () => {
  // kab under v2: A3.2 verified level 2 × 8.5 = 17 (was 13, +4); A5.1 verified 3 × 5 = 15 (was
  // 21, -6): 288.5 - 2 = 286.5. prov under v2: A3.2 level 3 (+6), A5.1 level 4 (-8): 336.5 - 2
  // = 334.5. Total change 334.5 - 288.5 = +46 = rubric effect (286.5 - 288.5 = -2) + evidence
  // effect (334.5 - 286.5 = +48).
  it('rubric effect -2, evidence effect +48', async () => {
    const { l, kab, kabTable, provTable } = await examples();
    const v2 = kasnV2(l);
    const provV2 = scoreAgency(v2, provTable);
    const kabV2 = scoreAgency(v2, kabTable);
    expect([s(kabV2.score), s(provV2.score)]).toEqual(['286.5', '334.5']);
    const d = diffAssessments(kab, provV2, kabV2);
    expect(d.sameRubric).toBe(false);
    expect([s(d.score), s(d.split!.rescored!.score), s(d.split!.rubricEffect), s(d.split!.evidenceEffect)]).toEqual(['46', '286.5', '-2', '48']);
    expect(d.split!.rubricEffect!.add(d.split!.evidenceEffect!).eq(d.score)).toBe(true);
    // Aspect maxima moved with the weights: A3 130 -> 138, A5 80 -> 72.
    expect(d.nodes.filter((x) => x.delta && !x.delta.max.isZero()).map((x) => `${x.code} ${s(x.delta!.max)}`)).toEqual(['A3 8', 'A3.2 8', 'A5 -8', 'A5.1 -8']);
  });

  it('when the old evidence is not available the split says why', async () => {
    const { l, kab, provTable } = await examples();
    const d = diffAssessments(kab, scoreAgency(kasnV2(l), provTable), { unavailable: 'old-evidence-missing', needed: 'examples/kab-contoh-baik.xlsx' });
    expect(d.split).toEqual({ unavailable: 'old-evidence-missing', needed: 'examples/kab-contoh-baik.xlsx' });
  });
});

describe('criteria added and removed', () => {
  it('nodes only on one side are listed, in place', () => {
    const r1 = rubric(group('R', [group('X', [lv('X1'), lv('X2')]), group('Y', [lv('Y1')])]));
    const r2 = rubric(group('R', [group('X', [lv('X1'), lv('X3')]), group('Z', [lv('Z1')])]), { version: '2.0.0' });
    const l1 = loaded(r1);
    const l2 = loaded(r2, { sha256: 'd'.repeat(64) });
    const a = scoreAgency(l1, table([['X1', 1], ['X2', 2], ['Y1', 3]]));
    const b = scoreAgency(l2, table([['X1', 1], ['X3', 4], ['Z1', 2]]));
    const d = diffAssessments(a, b);
    expect(d.nodes.map((x) => `${x.code}:${x.presence}`)).toEqual(['R:both', 'X:both', 'X1:both', 'X3:added', 'X2:removed', 'Z:added', 'Z1:added', 'Y:removed', 'Y1:removed']);
    expect([d.added, d.removed]).toEqual([['X3', 'Z1'], ['X2', 'Y1']]);
    // Rubrics differ but no re-scored assessment was given: no split at all.
    expect(d.split).toBeUndefined();
  });
});
