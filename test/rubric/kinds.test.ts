/**
 * The leaf-kind registry: every registered kind is in the rubric JSON Schema, and a kind added
 * through the registry alone (a toy `percentBand`, made here) is linted, scored, shown and put in
 * the evidence template without any other file knowing it.
 */
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Dec } from '../../src/decimal.js';
import type { CliContext } from '../../src/cli/context.js';
import { kindNames, V1_KINDS, kindOf, registerKind, unregisterKind, type LeafKind } from '../../src/rubric/kinds/index.js';
import { emptyResult, invalidResult, parseNumberText, textOf } from '../../src/rubric/kinds/parse.js';
import { lintRubric } from '../../src/rubric/lint.js';
import { leafRange, rubricRange } from '../../src/rubric/tree.js';
import type { LeafNode, LoadedRubric, Scoring } from '../../src/rubric/types.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { compileLeaf } from '../../src/scoring/values.js';
import { templateModel } from '../../src/template/layout.js';
import { group, leaf, loaded, lv, rubric, t, table } from '../scoring/helpers.js';

const toyLoaded = vi.hoisted(() => ({ current: undefined as LoadedRubric | undefined }));
vi.mock('../../src/rubric/load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rubric/load.js')>();
  return { ...real, loadRubric: async (ref: string) => (ref === 'toy' && toyLoaded.current ? toyLoaded.current : real.loadRubric(ref)) };
});

describe('the registered kinds', () => {
  it('the v1 kinds are the kinds rubric-1.schema.json lists', () => {
    const schema = JSON.parse(readFileSync(new URL('../../rubrics/schema/rubric-1.schema.json', import.meta.url), 'utf8'));
    const listed: string[] = schema.$defs.scoring.properties.kind.enum;
    expect([...V1_KINDS].sort()).toEqual([...listed].sort());
    expect(kindNames()).toEqual(expect.arrayContaining([...V1_KINDS]));
    // Each listed kind has its own part of the schema, chosen by `kind`.
    const chosen = (schema.$defs.scoring.allOf as { if: { properties: { kind: { const: string } } } }[]).map((c) => c.if.properties.kind.const);
    expect(chosen.sort()).toEqual([...listed].sort());
  });

  it('rubric-2.schema.json lists exactly the registered kinds, each with its own part of the schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../rubrics/schema/rubric-2.schema.json', import.meta.url), 'utf8'));
    const listed: string[] = schema.$defs.scoring.properties.kind.enum;
    expect([...listed].sort()).toEqual(kindNames().sort());
    const chosen = (schema.$defs.scoring.allOf as { if: { properties: { kind: { const: string } } }; then: { $ref: string } }[]).map((c) => [c.if.properties.kind.const, c.then.$ref]);
    expect(chosen.map(([k]) => k).sort()).toEqual(kindNames().sort());
    for (const [kind, ref] of chosen) expect(schema.$defs[ref!.replace('#/$defs/', '')].properties.kind.const).toBe(kind);
  });

  it('an unknown kind is an error, not a silent zero', () => {
    expect(() => kindOf({ kind: 'nope' })).toThrow(/unknown leaf kind "nope"/);
  });
});

// ---------------------------------------------------------------------------------------------
// A toy kind: a percentage (`75%`, `0.75`), scored by the band of 10 it falls in.

interface PercentBandScoring {
  kind: 'percentBand';
  /** Points per band of 10 percentage points, lowest first (11 bands: 0-9, ..., 90-99, 100). */
  points: number[];
}

const percentBand: LeafKind<PercentBandScoring> = {
  kind: 'percentBand',
  numberColumn: true,
  pointValues: (s) => s.points.map((p) => Dec.num(p)),
  lint(s, { code, pointer, err }) {
    if (s.points.length !== 11) err('RUBRIC_LEVELS_MISSING', { code }, `${pointer}/points`, { code });
  },
  compile(s) {
    return (value) => {
      if (value === undefined) return emptyResult();
      const text = textOf(value).replace(/%$/, '');
      const r = parseNumberText(text);
      if (r.status === 'empty') return emptyResult();
      if (r.status === 'invalid') return invalidResult('percentBand', value, r.problem);
      const pct = textOf(value).endsWith('%') ? r.value : r.value.mul(Dec.int(100));
      const band = Math.max(0, Math.min(10, Number(pct.div(Dec.int(10)).floor())));
      const points = Dec.num(s.points[band] ?? 0);
      return { status: 'ok', parsed: pct.toNumber(), points, rule: `percentBand ${pct.toString()}% → ${points.toString()}` };
    };
  },
  describe: ({ scoring, column }, _rubric, lang) => (lang === 'id' ? `pita persen, ${scoring.points.length} pita` : `percent bands, ${scoring.points.length} bands`) + (column ? ` ← ${column}` : ''),
  templateInput: ({ scoring }, { words, num }) => ({
    rule: { kind: 'decimal', min: Dec.ZERO, max: Dec.int(100) },
    lines: scoring.points.map((p, i) => `${i * 10}% → ${words.points(num(p))}`),
    prompt: '0–100%',
    promptTitle: words.enterNumber,
  }),
};

const BANDS = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5];
const toyLeaf = (code: string, points = BANDS): LeafNode => leaf(code, { kind: 'percentBand', points } as unknown as Scoring);

describe('a kind added through the registry only', () => {
  beforeAll(() => registerKind(percentBand));
  afterAll(() => unregisterKind('percentBand'));

  const r = rubric(group('ROOT', [lv('A1', 4), toyLeaf('P1')]), {
    bands: [
      { code: 'LOW', label: t('Rendah', 'Low'), max: 5 },
      { code: 'HIGH', label: t('Tinggi', 'High'), min: 5 },
    ],
  });

  it('gives its range and maximum', () => {
    expect(leafRange(toyLeaf('P1'), r)).toEqual({ min: Dec.ZERO, max: Dec.int(5) });
    expect(rubricRange(r).max.toString()).toBe('9');
  });

  it('is linted by its own rules', () => {
    expect(lintRubric(r).filter((d) => d.severity === 'error')).toEqual([]);
    const bad = rubric(group('ROOT', [toyLeaf('P1', [1, 2])]), { bands: [{ code: 'ALL', label: t('Semua', 'All') }] });
    expect(lintRubric(bad).map((d) => [d.code, d.location?.pointer])).toContainEqual(['RUBRIC_LEVELS_MISSING', '/root/children/0/scoring/points']);
  });

  it('reads values into points', () => {
    const score = compileLeaf(toyLeaf('P1'), r);
    expect(score({ raw: '75%', text: '75%' })).toMatchObject({ status: 'ok', parsed: 75, rule: 'percentBand 75% → 3' });
    expect(score({ raw: 0.95, text: '0.95' }).points?.toString()).toBe('4');
    expect(score({ raw: '', text: '' }).status).toBe('empty');
    expect(score({ raw: 'banyak', text: 'banyak' })).toMatchObject({ status: 'invalid', problem: { code: 'SCORE_NOT_A_NUMBER' } });
  });

  it('is scored in an assessment', () => {
    const a = scoreAgency(loaded(r), table([['A1', 3], ['P1', '100%']]));
    expect(a.score.toString()).toBe('8');
    expect(a.predicate.code).toBe('HIGH');
  });

  it('is described in rubric show (text and json)', async () => {
    toyLoaded.current = loaded(r);
    const { show } = await import('../../src/cli/rubric-action.js');
    const out: string[] = [];
    const ctx: CliContext = { lang: 'en', debug: false, quiet: false, out: new Chalk({ level: 0 }), err: new Chalk({ level: 0 }), columns: 100, stdout: (s) => out.push(s), stderr: () => {}, exitCode: 0 };
    await show(ctx, 'toy', { format: 'text' });
    expect(out.join('')).toContain('percent bands, 11 bands');
    out.length = 0;
    await show(ctx, 'toy', { format: 'json' });
    const json = JSON.parse(out.join(''));
    expect(json.tree.children[1]).toMatchObject({ code: 'P1', scoring: 'percentBand', max: 5 });
  });

  it('is put in the evidence template', () => {
    const m = templateModel(loaded(r), { lang: 'en' });
    const row = m.rows.find((x) => x.code === 'P1')!;
    expect(row.rule).toEqual({ kind: 'decimal', min: Dec.ZERO, max: Dec.int(100) });
    expect(row.note.split('\n')).toEqual(['P1 · max 5 points', ...BANDS.map((p, i) => `${i * 10}% → ${p} point${p === 1 ? '' : 's'}`)]);
    expect(row.promptTitle).toBe('Enter a number');
    // Not an ordinal kind: described in the instructions' notes on other kinds.
    expect(m.instructions.some((x) => x.key === 'P1')).toBe(true);
  });
});
