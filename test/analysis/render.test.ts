/** The analysis renderers in-process: no line longer than the width, every JSON valid. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import { renderDiffJson, renderDiffText } from '../../src/report/diff.js';
import { renderExplainJson, renderExplainText } from '../../src/report/explain.js';
import { renderGapJson, renderGapText } from '../../src/report/gap.js';
import { diffAssessments } from '../../src/scoring/diff.js';
import { explainNode } from '../../src/scoring/explain.js';
import { analyseGap } from '../../src/scoring/gap.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { expectValid } from './schemas.js';

const LANGS = ['id', 'en'] as const;
const WIDTHS = [40, 50, 60, 80, 100, 160];

async function examples() {
  const l = await loadRubric('kasn-2019');
  const kabT = await readEvidence('examples/kab-contoh-baik.xlsx');
  const provT = await readEvidence('examples/prov-contoh-sangat-baik.xlsx');
  return { l, kabT, kab: scoreAgency(l, kabT), prov: scoreAgency(l, provT), provT };
}

function expectFits(text: string, width: number, what: string): void {
  for (const line of text.split('\n')) expect([...line].length, `${what} at ${width}: ${line}`).toBeLessThanOrEqual(width);
}

describe('text fits the width, in colour or not', () => {
  it('gap, diff and explain at 40 to 160 columns', async () => {
    const { l, kabT, kab, prov, provT } = await examples();
    const gaps = [analyseGap(l, kabT, kab), analyseGap(l, kabT, kab, { target: 'II' }), analyseGap(l, provT, prov)];
    const diff = diffAssessments(kab, prov);
    const explained = ['A3.2', 'A3', 'KASN2019'].map((code) => explainNode(kab, code, l.rubric));
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        for (const color of [new Chalk({ level: 0 }), new Chalk({ level: 3 })]) {
          const o = { lang, color, width };
          // Colour codes are not characters on the screen: measure without them.
          // eslint-disable-next-line no-control-regex
          const plain = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
          for (const g of gaps) expectFits(plain(renderGapText(kab, g, o)), width, 'gap');
          expectFits(plain(renderDiffText({ kind: 'evidence', path: 'a.xlsx', assessment: kab }, { kind: 'evidence', path: 'b.xlsx', assessment: prov }, diff, { ...o, verbose: true })), width, 'diff');
          for (const e of explained) expectFits(plain(renderExplainText({ kind: 'evidence', path: 'a.xlsx', assessment: kab }, e, o)), width, 'explain');
        }
      }
    }
  });
});

describe('JSON is valid in every state', () => {
  it('gap: reachable, already, top', async () => {
    const { l, kabT, kab, prov, provT } = await examples();
    expect(expectValid('gap', renderGapJson(kab, analyseGap(l, kabT, kab))).status).toBe('reachable');
    expect(expectValid('gap', renderGapJson(kab, analyseGap(l, kabT, kab, { target: 'II' }))).status).toBe('already');
    const top = expectValid('gap', renderGapJson(prov, analyseGap(l, provT, prov)));
    expect([top.status, top.target, top.after]).toEqual(['top', null, null]);
  });

  it('diff with a split, and explain for a leaf, a group and the root', async () => {
    const { l, kab, prov } = await examples();
    const a = { kind: 'evidence' as const, path: 'a.xlsx', assessment: kab };
    const b = { kind: 'report' as const, path: 'b.json', assessment: prov };
    const other = { ...prov, rubric: { ...prov.rubric, version: '2.0.0' } };
    expectValid('diff', renderDiffJson(a, { ...b, assessment: other }, diffAssessments(kab, other, kab)));
    expectValid('diff', renderDiffJson(a, { ...b, assessment: other }, diffAssessments(kab, other, { unavailable: 'old-evidence-missing', needed: 'x.xlsx' })));
    for (const code of ['A3.2', 'A3', 'KASN2019']) {
      expectValid('explain', renderExplainJson(a, explainNode(kab, code, l.rubric)));
      expectValid('explain', renderExplainJson(b, explainNode(kab, code)));
    }
  });
});
