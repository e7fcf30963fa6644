/**
 * What `merit rubric show` adds for a `merit-rubric/2` rubric: the base it extends, the nominal
 * figure, the not-applicable values, the profile questions with their answers, every node's
 * condition, variant, not-applicable rule, weight as a share of its parent (or coefficient),
 * composite inputs, normalisation, rounding and categories, the band caps and the band sets.
 * Nothing here runs for a v1 rubric, whose output stays as it was.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { bandEdges } from '../rubric/lint.js';
import { alternativesTotal, nodeRange, walk } from '../rubric/tree.js';
import { DEFAULT_NOT_APPLICABLE, isLeaf, type Band, type Condition, type GroupNode, type LoadedRubric, type Rounding, type Rubric, type RubricNode } from '../rubric/types.js';
import { wrapStyled as wrap } from '../report/layout.js';
import type { CliContext } from './context.js';
import { rubricText } from '../i18n/index.js';
import { local } from './rubric-show-util.js';

type Key = Parameters<typeof rubricText>[1];

export const isV2 = (r: Rubric): boolean => r.format === 'merit-rubric/2';

/** The values that declare a leaf not applicable: the rubric's own, else the defaults. */
const naValues = (r: Rubric): readonly string[] => r.notApplicableValues ?? DEFAULT_NOT_APPLICABLE;

const anyDeclarable = (r: Rubric): boolean => [...walk(r.root)].some(({ node }) => node.notApplicable?.allowed === true);

export function roundingText(L: Lang, r: Rounding): string {
  return 'step' in r ? rubricText(L, 'roundStep', { step: r.step, mode: r.mode ?? 'half-up' }) : rubricText(L, 'roundDecimals', { decimals: r.decimals, mode: r.mode ?? 'half-up' });
}

/** A node's bands: the named set's, or its own. */
export function bandsOf(node: RubricNode, r: Rubric): Band[] | undefined {
  return typeof node.bands === 'string' ? r.bandSets?.[node.bands] : node.bands;
}

/** `DASAR [0, 0.5) · MENENGAH [0.5, 0.8)`. */
const bandList = (bands: Band[]): string => bands.map((b) => `${b.code} ${bandEdges(b)}`).join(' · ');

/** A percentage with one decimal. */
const pct = (d: Dec): string => d.mul(Dec.int(100)).toString({ fixed: 1 });

/**
 * A child's part of its parent's combination: its weight's share of the siblings' weights, or its
 * equal share of a mean (children that can score only), or (composite) its coefficient.
 */
export function weightShare(node: RubricNode, parent: GroupNode, r: Rubric): { kind: 'weight' | 'mean' | 'coefficient'; percent?: Dec } {
  const aggregate = parent.aggregate ?? 'sum';
  if (aggregate === 'composite') return { kind: 'coefficient' };
  // Variants are alternatives: the siblings' total counts one variant of a name.
  if (aggregate === 'mean') {
    const scores = (c: RubricNode): Dec => (nodeRange(c, r).max.gt(Dec.ZERO) ? Dec.ONE : Dec.ZERO);
    const total = alternativesTotal(parent.children, scores);
    return { kind: 'mean', percent: total.gt(Dec.ZERO) ? scores(node).div(total) : Dec.ZERO };
  }
  const w = (c: RubricNode): Dec => (c.weight !== undefined ? Dec.num(c.weight) : Dec.ONE);
  const total = alternativesTotal(parent.children, w);
  return { kind: 'weight', percent: total.gt(Dec.ZERO) ? w(node).div(total) : Dec.ZERO };
}

export function conditionText(L: Lang, w: Condition): string {
  const negate = !w.in && !!w.notIn;
  const values = (w.in ?? w.notIn ?? []).join(', ');
  if (w.profile !== undefined) return rubricText(L, 'whenProfile', { profile: w.profile, values, negate });
  if (w.criterion !== undefined) return rubricText(L, 'whenCriterion', { criterion: w.criterion, values, negate });
  return rubricText(L, 'when', { column: w.column, values, negate });
}

// ---------------------------------------------------------------------------------------------
// Text

export function v2HeaderLines(ctx: CliContext, loaded: LoadedRubric, width: number): string[] {
  const L = ctx.lang;
  const r = loaded.rubric;
  const lines: string[] = [];
  const b = loaded.base;
  if (b) lines.push(...wrap(rubricText(L, 'base', { id: b.id, version: b.version, source: b.source, sha256: b.sha256.slice(0, 16) }), width, '  '));
  const n = r.nominal;
  if (n) lines.push(...wrap(rubricText(L, 'nominal', { label: local(n.label, L), factor: n.factor, ...(n.offset !== undefined ? { offset: n.offset } : {}), unit: n.unit ?? '' }), width, '  '));
  if (r.notApplicableValues || anyDeclarable(r)) lines.push(...wrap(rubricText(L, 'naValues', { values: naValues(r).join(', ') }), width, '  '));
  return lines;
}

export function v2ProfileLines(ctx: CliContext, r: Rubric, width: number): string[] {
  if (!r.profile?.length) return [];
  const L = ctx.lang;
  const o = ctx.out;
  const lines = [o.bold(rubricText(L, 'profile'))];
  const cw = Math.max(...r.profile.map((q) => q.code.length));
  for (const q of r.profile) {
    lines.push(...wrap(`${q.code.padEnd(cw)}  ${local(q.label, L)}`, width, ' '.repeat(cw + 2)));
    const vw = Math.max(...q.answers.map((a) => a.value.length));
    for (const a of q.answers) {
      const aliases = a.aliases?.length ? ` · ${rubricText(L, 'answerAliases', { aliases: a.aliases.join(', ') })}` : '';
      const pad = ' '.repeat(cw + 2);
      lines.push(...wrap(`${pad}${a.value.padEnd(vw)}  ${local(a.label, L)}${o.dim(aliases)}`, width, pad + ' '.repeat(vw + 2)));
    }
  }
  lines.push('');
  return lines;
}

/** The detail line of a node: how it combines or scores, its part in its parent, and every v2 rule on it. */
export function v2NodeDetails(node: RubricNode, parent: GroupNode | undefined, r: Rubric, L: Lang, scoring: string): string[] {
  const t = (key: Key, args?: Parameters<typeof rubricText>[2]) => rubricText(L, key, args);
  const out: string[] = [];
  if (isLeaf(node)) out.push(scoring);
  else {
    const aggregate = node.aggregate ?? 'sum';
    out.push(
      aggregate === 'weightedMean' ? t('weightedMean', { scale: node.scale ?? 1 })
        : aggregate === 'mean' ? t('aggMean', { scale: node.scale ?? 1 })
          : aggregate === 'max' ? t('aggMax')
            : aggregate === 'min' ? t('aggMin')
              : aggregate === 'composite' ? t('aggComposite')
                : t('sum'),
    );
    if (node.weightUnit === 'percent') out.push(t('percentWeights'));
    if (node.fallback !== undefined) out.push(t('fallback', { code: node.fallback }));
  }
  if (parent) {
    const share = weightShare(node, parent, r);
    if (share.kind === 'coefficient') out.push(t('coefficient', { coefficient: node.coefficient ?? 1 }));
    else if (share.kind === 'mean') out.push(t('meanShare', { percent: pct(share.percent!), parent: parent.code }));
    else out.push(t('weightShare', { weight: node.weight ?? 1, percent: pct(share.percent!), parent: parent.code }));
  }
  if (node.required) out.push(t('required', { fallback: parent?.fallback ?? '' }));
  if (!isLeaf(node) && node.cap !== undefined) out.push(t('cap', { cap: node.cap }));
  if (node.normalize !== undefined) out.push(t('normalize', { to: node.normalize }));
  if (node.rounding) out.push(t('roundNode', { rule: roundingText(L, node.rounding) }));
  if (node.when) out.push(conditionText(L, node.when));
  if (node.variant !== undefined) out.push(t('variant', { variant: node.variant }));
  if (node.notApplicable?.allowed) out.push(t('mayBeNA', { reason: node.notApplicable.reason ? local(node.notApplicable.reason, L) : '' }));
  const bands = bandsOf(node, r);
  if (bands) out.push(t('nodeBands', { set: typeof node.bands === 'string' ? node.bands : '', bands: bandList(bands) }) + requiresNotes(bands, node.code, L));
  return out;
}

/** ` · needs every child of MAT ≥ MENENGAH` for each band of a list that has a cap. */
function requiresNotes(bands: Band[], owner: string, L: Lang): string {
  return bands.filter((b) => b.requires).map((b) => ` · ${b.code}: ${rubricText(L, 'requires', { of: b.requires!.of ?? owner, atLeast: b.requires!.atLeast })}`).join('');
}

/** After a rubric band's label: its cap, if any (the rubric's bands belong to the root). */
export function v2BandNote(b: Band, L: Lang, root: string): string {
  return b.requires ? ` · ${rubricText(L, 'requires', { of: b.requires.of ?? root, atLeast: b.requires.atLeast })}` : '';
}

export function v2BandSetLines(ctx: CliContext, r: Rubric, width: number): string[] {
  const sets = Object.entries(r.bandSets ?? {});
  if (sets.length === 0) return [];
  const L = ctx.lang;
  const o = ctx.out;
  const lines = ['', o.bold(rubricText(L, 'bandSets'))];
  for (const [name, bands] of sets) {
    const users = [...walk(r.root)].filter(({ node }) => node.bands === name).map(({ node }) => node.code);
    lines.push(...wrap(`  ${name} · ${rubricText(L, 'usedBy', { codes: users.join(', ') })}`, width, '    '));
    const cw = Math.max(...bands.map((b) => b.code.length));
    const ew = Math.max(...bands.map((b) => bandEdges(b).length));
    for (const b of bands) {
      const head = `    ${b.code.padEnd(cw)}  ${bandEdges(b).padEnd(ew)}  `;
      const note = b.requires ? ` · ${rubricText(L, 'requires', { of: b.requires.of ?? '…', atLeast: b.requires.atLeast })}` : '';
      lines.push(...wrap(head + local(b.label, L) + note, width, ' '.repeat(head.length)));
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// JSON

const bandJson = (b: Band) => ({ ...b, edges: bandEdges(b) });

export function v2NodeJson(node: RubricNode, parent: GroupNode | undefined, r: Rubric): Record<string, unknown> {
  const share = parent ? weightShare(node, parent, r) : undefined;
  const bands = bandsOf(node, r);
  return {
    ...(share?.percent !== undefined ? { weightPercent: Number(share.percent.mul(Dec.int(100)).toString({ maxDecimals: 4 })) } : {}),
    ...(node.coefficient !== undefined || parent?.aggregate === 'composite' ? { coefficient: node.coefficient ?? 1 } : {}),
    ...(node.variant !== undefined ? { variant: node.variant } : {}),
    ...(node.notApplicable ? { notApplicable: node.notApplicable } : {}),
    ...(node.required !== undefined ? { required: node.required } : {}),
    ...(node.normalize !== undefined ? { normalize: node.normalize } : {}),
    ...(node.rounding ? { rounding: node.rounding } : {}),
    ...(bands ? { bands: { ...(typeof node.bands === 'string' ? { set: node.bands } : {}), bands: bands.map(bandJson) } } : {}),
    ...(!isLeaf(node) && node.weightUnit ? { weightUnit: node.weightUnit } : {}),
    ...(!isLeaf(node) && node.fallback !== undefined ? { fallback: node.fallback } : {}),
  };
}

export function v2Json(loaded: LoadedRubric): Record<string, unknown> {
  const r = loaded.rubric;
  return {
    format: r.format,
    ...(loaded.base ? { base: loaded.base } : {}),
    profile: r.profile ?? [],
    notApplicableValues: [...naValues(r)],
    ...(r.nominal ? { nominal: r.nominal } : {}),
    bandSets: Object.fromEntries(Object.entries(r.bandSets ?? {}).map(([name, bands]) => [name, bands.map(bandJson)])),
  };
}
