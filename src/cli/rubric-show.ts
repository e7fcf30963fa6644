/**
 * The layout of `merit rubric show` (text and `--format json`): the header, the tree with every
 * node's maximum and share, the bands and the provisional parts. A `merit-rubric/2` rubric adds
 * its profile questions, conditions, variants, not-applicable rules, weights as shares of their
 * parent, composite parts, node normalisation, rounding and categories (rubric-show-v2.ts); a v1
 * rubric is shown exactly as before.
 */
import { Dec } from '../decimal.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics.js';
import { bandEdges } from '../rubric/lint.js';
import { kindOf } from '../rubric/kinds/index.js';
import { effectiveShares, intervalReachable, nodeRange, reachableScores, rubricRange, walk } from '../rubric/tree.js';
import { isLeaf, type Band, type GroupNode, type LoadedRubric, type LocalText, type Provenance, type Rubric, type RubricNode } from '../rubric/types.js';
import { fit, padEnd, wrapStyled as wrap } from '../report/layout.js';
import type { CliContext } from './context.js';
import { hintText, messageText, rubricText, rubricWord } from '../i18n/index.js';
import { local, num, provLines } from './rubric-show-util.js';
import { isV2, v2BandNote, v2BandSetLines, v2HeaderLines, v2Json, v2NodeDetails, v2NodeJson, v2ProfileLines } from './rubric-show-v2.js';

export function diagnosticJson(d: Diagnostic, lang: Lang) {
  const hint = hintText(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    message: messageText(d, lang),
    ...(hint ? { hint } : {}),
    args: d.args,
    ...(d.location ? { location: d.location } : {}),
  };
}

export function paintDiagnostic(ctx: CliContext, text: string, severity: Severity): string {
  const [first = '', ...rest] = text.split('\n');
  const paint = severity === 'error' ? ctx.out.red : severity === 'warning' ? ctx.out.yellow : ctx.out.cyan;
  return [paint(first), ...rest.map((l) => ctx.out.dim(l))].join('\n');
}

interface ProvisionalPart {
  what: 'rubric' | 'node' | 'band';
  code: string;
  name?: LocalText;
  pointer: string;
  confidence: string;
  source: string;
}

/** Every part of a rubric that is not confirmed: the rubric itself when provisional, nodes and bands. */
export function provisionalParts(rubric: Rubric): ProvisionalPart[] {
  const parts: ProvisionalPart[] = [];
  const add = (what: ProvisionalPart['what'], code: string, pointer: string, p: Provenance | undefined, name?: LocalText) => {
    if (p && p.confidence !== 'confirmed') parts.push({ what, code, pointer, confidence: p.confidence, source: p.source, ...(name ? { name } : {}) });
  };
  add('rubric', rubric.id, '', rubric.provenance);
  for (const { node, pointer } of walk(rubric.root)) add('node', node.code, pointer, node.provenance, node.name);
  rubric.bands.forEach((b, i) => add('band', b.code, `/bands/${i}`, b.provenance, b.label));
  return parts;
}

export function showJson(loaded: LoadedRubric, lang: Lang) {
  const r = loaded.rubric;
  const shares = effectiveShares(r);
  const range = rubricRange(r);
  const reach = reachableScores(r);
  const v2 = isV2(r);
  const nodeJson = (node: RubricNode, pointer: string, parent?: GroupNode): Record<string, unknown> => {
    const nr = nodeRange(node, r);
    const base: Record<string, unknown> = {
      code: node.code,
      name: node.name,
      pointer,
      min: nr.min.toNumber(),
      max: nr.max.toNumber(),
      sharePercent: Number(shares.get(node)!.mul(Dec.int(100)).toString({ maxDecimals: 4 })),
      ...(node.weight !== undefined ? { weight: node.weight } : {}),
      ...(node.when ? { when: node.when } : {}),
      ...(node.missing ? { missing: node.missing } : {}),
      ...(node.provenance ? { provenance: node.provenance } : {}),
      ...(v2 ? v2NodeJson(node, parent, r) : {}),
    };
    if (isLeaf(node)) {
      return { ...base, scoring: node.scoring.kind, ...kindOf(node).showJson?.(node.scoring, r), ...(node.column ? { column: node.column } : {}) };
    }
    return {
      ...base,
      aggregate: node.aggregate ?? 'sum',
      ...(node.scale !== undefined ? { scale: node.scale } : {}),
      ...(node.cap !== undefined ? { cap: node.cap } : {}),
      children: node.children.map((c, i) => nodeJson(c, `${pointer}/children/${i}`, node)),
    };
  };
  return {
    schema: 'merit-rubric-show/1',
    lang,
    id: r.id,
    version: r.version,
    status: r.status,
    subject: r.subject,
    title: r.title,
    ...(r.description ? { description: r.description } : {}),
    legalBasis: r.legalBasis,
    source: loaded.source,
    bundled: loaded.bundled,
    sha256: loaded.sha256,
    range: { min: range.min.toNumber(), max: range.max.toNumber() },
    reachable: { min: reach.min.toNumber(), max: reach.max.toNumber(), ...(reach.step ? { step: reach.step.toNumber() } : {}) },
    rounding: r.rounding ?? null,
    missing: r.missing ?? 'zero',
    ...(r.provenance ? { provenance: r.provenance } : {}),
    tree: nodeJson(r.root, '/root'),
    bands: r.bands.map((b) => ({ ...b, edges: bandEdges(b), reachable: bandReachable(b, reach) })),
    outOfRange: r.outOfRange ?? {},
    ...(r.columns ? { columns: r.columns } : {}),
    ...(r.population ? { population: r.population } : {}),
    provisional: provisionalParts(r),
    diagnostics: loaded.diagnostics.map((d) => diagnosticJson(d, lang)),
    ...(v2 ? v2Json(loaded) : {}),
  };
}

function bandReachable(b: Band, reach: ReturnType<typeof reachableScores>): boolean {
  return intervalReachable(
    { ...(b.min !== undefined ? { value: Dec.num(b.min) } : {}), inclusive: b.minInclusive ?? true },
    { ...(b.max !== undefined ? { value: Dec.num(b.max) } : {}), inclusive: b.maxInclusive ?? false },
    reach,
  );
}

export function showText(ctx: CliContext, loaded: LoadedRubric): string {
  const r = loaded.rubric;
  const L = ctx.lang;
  const o = ctx.out;
  const width = Math.max(60, ctx.columns);
  const lines: string[] = [];
  const t = (key: Parameters<typeof rubricText>[1], args?: Parameters<typeof rubricText>[2]) => rubricText(L, key, args);

  // Header
  lines.push(...wrap(`${o.bold(r.id)} ${r.version} — ${local(r.title, L)}`, width, '  '));
  const statusWord = rubricWord(L, 'status', r.status);
  lines.push(`${t('status')}: ${r.status === 'provisional' ? o.yellow(statusWord) : o.green(statusWord)} · ${t('subject')}: ${rubricWord(L, 'subject', r.subject)}`);
  lines.push(...wrap(`${t('legalBasis')}: ${r.legalBasis.map((b) => b.ref).join('; ')}`, width, '  '));
  const range = rubricRange(r);
  const rounding = r.rounding
    ? 'step' in r.rounding
      ? t('roundStep', { step: r.rounding.step, mode: r.rounding.mode ?? 'half-up' })
      : t('roundDecimals', { decimals: r.rounding.decimals, mode: r.rounding.mode ?? 'half-up' })
    : t('roundNone');
  lines.push(`${t('range')}: ${num(range.min)}–${num(range.max)} · ${t('rounding')}: ${rounding}`);
  lines.push(`${t('missing')}: ${rubricWord(L, 'missing', r.missing ?? 'zero')} · ${t('sha256')}: ${loaded.sha256.slice(0, 16)}…`);
  if (r.provenance) lines.push(...provLines(r.provenance, L, width, '  ', '').map((l) => o.dim(l)));
  if (r.columns) lines.push(...wrap(`${t('columns')}: ${r.columns.map((c) => `${c.key} (${c.type})`).join(', ')}`, width, '  '));
  if (r.population) {
    const p = r.population;
    const extra = [p.groupBy?.length ? `${t('groupBy')} ${p.groupBy.join(', ')}` : '', p.recordId ? `${t('recordId')} ${p.recordId}` : ''].filter(Boolean);
    lines.push(...wrap(`${t('population')}: ${p.aggregate}${extra.length ? ` · ${extra.join(' · ')}` : ''}`, width, '  '));
  }
  const v2 = isV2(r);
  if (v2) lines.push(...v2HeaderLines(ctx, loaded, width));
  lines.push('');
  if (v2) lines.push(...v2ProfileLines(ctx, r, width));

  // Tree
  const shares = effectiveShares(r);
  const rows = [...walk(r.root)];
  const codeWidth = Math.min(28, Math.max(t('headCode').length, ...rows.map((x) => x.depth * 2 + x.node.code.length)));
  const maxWidth = Math.max(t('headMax').length, ...rows.map((x) => num(nodeRange(x.node, r).max).length));
  const shareWidth = Math.max(t('headShare').length, 7);
  const nameWidth = Math.max(16, width - codeWidth - maxWidth - shareWidth - 6);
  const detailIndent = ' '.repeat(codeWidth + 2);
  lines.push(o.bold(t('tree')));
  lines.push(o.bold(`${t('headCode').padEnd(codeWidth)}  ${t('headName').padEnd(nameWidth)}  ${t('headMax').padStart(maxWidth)}  ${t('headShare').padStart(shareWidth)}`));
  for (const { node, depth, parent } of rows) {
    const code = fit(' '.repeat(depth * 2) + node.code, codeWidth).padEnd(codeWidth);
    const name = padEnd(fit(local(node.name, L), nameWidth), nameWidth);
    const max = num(nodeRange(node, r).max).padStart(maxWidth);
    const share = `${shares.get(node)!.mul(Dec.int(100)).toString({ fixed: 1 })}%`.padStart(shareWidth);
    const uncertain = node.provenance && node.provenance.confidence !== 'confirmed';
    lines.push(`${depth === 0 ? o.bold(code) : code}  ${name}  ${max}  ${uncertain ? o.yellow(share) : share}`);
    const details: string[] = [];
    if (v2) details.push(...v2NodeDetails(node, parent, r, L, isLeaf(node) ? scoringText(node, r, L) : ''));
    else {
      if (isLeaf(node)) details.push(scoringText(node, r, L));
      else details.push((node.aggregate ?? 'sum') === 'weightedMean' ? t('weightedMean', { scale: node.scale ?? 1 }) : t('sum'));
      if (node.weight !== undefined && node.weight !== 1) details.push(t('weight', { weight: node.weight }) + (parent && (parent.aggregate ?? 'sum') === 'sum' ? '×' : ''));
      if (!isLeaf(node) && node.cap !== undefined) details.push(t('cap', { cap: node.cap }));
      if (node.when) {
        const negate = !node.when.in && !!node.when.notIn;
        details.push(t('when', { column: node.when.column, values: (node.when.in ?? node.when.notIn ?? []).join(', '), negate }));
      }
    }
    if (node.missing) details.push(`${t('missing').toLowerCase()}: ${rubricWord(L, 'missing', node.missing)}`);
    lines.push(...wrap(details.join(' · '), width, detailIndent, detailIndent).map((l) => o.dim(l)));
    if (node.provenance) {
      const p = provLines(node.provenance, L, width, detailIndent);
      lines.push(...p.map((l) => (uncertain ? o.yellow(l) : o.dim(l))));
    }
  }
  lines.push(o.dim(t('shareNote')));
  lines.push('');

  // Bands, with the out-of-range labels where they apply.
  lines.push(o.bold(t('bands')));
  type BandRow = { code: string; edges: string; label: string; side?: 'below' | 'above'; provenance?: Provenance };
  const rows2: BandRow[] = [];
  const below = r.outOfRange?.below;
  const above = r.outOfRange?.above;
  const first = r.bands[0];
  const last = r.bands[r.bands.length - 1];
  if (below && first?.min !== undefined) {
    rows2.push({ code: below.code, edges: bandEdges({ max: first.min, maxInclusive: !(first.minInclusive ?? true) }), label: local(below.label, L), side: 'below' });
  }
  for (const b of r.bands) rows2.push({ code: b.code, edges: bandEdges(b), label: local(b.label, L) + (v2 ? v2BandNote(b, L, r.root.code) : ''), ...(b.provenance ? { provenance: b.provenance } : {}) });
  if (above && last?.max !== undefined) {
    rows2.push({ code: above.code, edges: bandEdges({ min: last.max, minInclusive: !(last.maxInclusive ?? false) }), label: local(above.label, L), side: 'above' });
  }
  const bw = Math.max(t('headBand').length, ...rows2.map((b) => b.code.length));
  const ew = Math.max(t('headRange').length, ...rows2.map((b) => b.edges.length));
  lines.push(o.bold(`  ${t('headBand').padEnd(bw)}  ${t('headRange').padEnd(ew)}  ${t('headLabel')}`));
  for (const b of rows2) {
    const head = `  ${b.code.padEnd(bw)}  ${b.edges.padEnd(ew)}  `;
    const side = b.side ? ` (${t(b.side)})` : '';
    const label = fit(b.label + side, Math.max(10, width - head.length));
    lines.push(head + (side && label.endsWith(side) ? label.slice(0, -side.length) + o.dim(side) : label));
    if (b.provenance) {
      const pad = ' '.repeat(Math.min(head.length, 40));
      const unconfirmed = b.provenance.confidence !== 'confirmed';
      lines.push(...provLines(b.provenance, L, width, pad).map((l) => (unconfirmed ? o.yellow(l) : o.dim(l))));
    }
  }

  if (v2) lines.push(...v2BandSetLines(ctx, r, width));

  // Warnings: one line per provisional part.
  const parts = provisionalParts(r);
  if (r.status === 'provisional' || parts.length > 0) {
    lines.push('');
    lines.push(o.bold(o.yellow(t('warnings'))));
    if (r.status === 'provisional') lines.push(o.yellow(fit(`⚠ ${t('provisionalRubric')}`, width)));
    for (const p of parts) {
      const what = t(p.what === 'node' ? 'whatNode' : p.what === 'band' ? 'whatBand' : 'whatRubric');
      const text = t('provisionalPart', { what, code: p.code, confidence: p.confidence, source: p.source });
      lines.push(o.yellow(fit(`⚠ ${text}`, width)));
    }
  }
  return lines.join('\n') + '\n';
}

function scoringText(node: Extract<RubricNode, { scoring: unknown }>, r: Rubric, L: Lang): string {
  return kindOf(node).describe(node, r, L);
}
