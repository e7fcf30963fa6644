/**
 * Agency scoring: rubric + evidence table -> Assessment. Pure (no I/O, no clock: `now` is an
 * option), deterministic, exact (Dec everywhere). The rules:
 *
 * - Evidence rows are matched to leaves by code (NFKC, trimmed, case-insensitive). A duplicate
 *   code keeps the first row; the later row is an error (a warning when it holds the same values).
 * - A leaf uses, in order: an `--assume` value, the verified value, the self-assessed value. The
 *   assumed value takes the place of the verified one (`trace.verified.assumed`, the file's value
 *   kept in `trace.replaced`); `selfScore` always comes from the self-assessed values alone, on the
 *   same tree (same maxima and exclusions).
 * - No value: the node's missing policy (inherited, default the rubric's, default `zero`).
 * - An unusable value in the column that counts is an error: the leaf scores 0 with status `error`
 *   (never a fallback to the other column). An unusable value in a column that does not count is
 *   a warning.
 * - Node `score`/`max` are in the node's own units; a `sum` parent adds weight × score and
 *   weight × max; a `weightedMean` parent computes Σ wᵢ·(scoreᵢ/maxᵢ) / Σ wᵢ × scale over the
 *   children whose max is above zero. Caps apply after. Rounding is applied once, to the total.
 */
import { diag, type Args, type Diagnostic } from '../diagnostics.js';
import type { EvidenceRow, EvidenceTable, RawValue } from '../evidence/types.js';
import { nearest } from '../rubric/suggest.js';
import { roundTotal, walk } from '../rubric/tree.js';
import { DEFAULT_NOT_APPLICABLE, isLeaf, type LeafNode, type LoadedRubric, type Rubric } from '../rubric/types.js';
import { VERSION } from '../version.js';
import { roundBy } from './aggregate.js';
import { classify, noPredicate } from './bands.js';
import { bandSetsOf, cappedPredicate } from './categories.js';
import { cellName, evaluateTree, locate, percentOf, unscoredTree, type LeafEvidence, type SourcedValue, type TreeOptions } from './evaluate.js';
import { DiagnosticFolder } from './fold.js';
import { nextSteps } from './next-steps.js';
import { applicability, resolveProfile, rowValue } from './profile.js';
import type { Assessment, NodeResult, ProfileResult } from './types.js';
import { codeKey, isEmptyValue, lookupKey, textOf } from './values.js';
import { Dec } from '../decimal.js';

export { evaluateTree, leafScorer, nodeHead, percentOf, type LeafEvidence, type SourcedValue, type TreeOptions } from './evaluate.js';

export interface ScoreOptions {
  /** Agency name when the workbook has none. */
  subject?: string;
  /** Period when the workbook has none. */
  period?: string;
  /** What-if: score as if these codes had these values (`--assume A3.2=4`; a profile code too). */
  assume?: { code: string; value: string }[];
  /** v2: profile answers from the command line (`--profile jenis_instansi=kabkota`); they win over the evidence, with an info diagnostic. */
  profile?: { code: string; value: string }[];
  /**
   * v2: list the next steps per aspect (default true). `merit gap` turns it off for the what-ifs
   * it scores by the hundred, which it reads for totals and categories only.
   */
  nextSteps?: boolean;
  /** Timestamp for `generatedAt`; absent means no timestamp (deterministic). */
  now?: Date;
  toolVersion?: string;
}

// ---------------------------------------------------------------------------------------------
// The agency assessment

/** `dir/kab-agam.xlsx` -> `kab-agam` (no path module: scoring does no I/O). */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
}

/**
 * The closest leaf code, for "did you mean": at most 2 edits, a swap of two letters counting as
 * two (plain Levenshtein), for a key of 2 or more characters; the first in tree order at a tie.
 */
function suggest(key: string, leaves: { key: string; leaf: LeafNode }[]): string | undefined {
  return nearest(key, leaves, { text: (l) => l.key, transpositions: false, accept: (d, word) => word.length >= 2 && d <= 2 })?.leaf.code;
}

const valueKey = (v: { text: string; raw: RawValue } | undefined): string => (v && !isEmptyValue(v) ? v.text.normalize('NFKC').trim().toLowerCase() : '');

export function rubricInfo(loaded: LoadedRubric): Assessment['rubric'] {
  const r = loaded.rubric;
  const info: Assessment['rubric'] = { id: r.id, version: r.version, sha256: loaded.sha256, title: r.title, status: r.status, subject: r.subject, source: loaded.source };
  if (loaded.base) info.base = loaded.base;
  if (r.format === 'merit-rubric/2' && r.notice) info.notice = { id: r.notice.id, en: r.notice.en };
  return info;
}

function subjectOf(table: EvidenceTable, options: ScoreOptions): Assessment['subject'] {
  const fromSheet = table.meta.subject?.value.trim();
  const fromOption = options.subject?.trim();
  const s: Assessment['subject'] = fromSheet
    ? { name: fromSheet, source: 'workbook' }
    : fromOption
      ? { name: fromOption, source: 'option' }
      : { name: baseName(table.file), source: 'filename' };
  const period = table.meta.period?.value.trim() || options.period?.trim();
  if (period) s.period = period;
  return s;
}

/** The rubric's provisional parts (its status, and nodes and bands not `confirmed`): every report and the template say so. */
export function provisionalParts(rubric: Rubric): Assessment['provisional'] {
  const parts: Assessment['provisional']['parts'] = [];
  const rubricProvisional = rubric.status === 'provisional';
  const rp = rubric.provenance;
  if (rubricProvisional || (rp && rp.confidence !== 'confirmed')) {
    parts.push({
      kind: 'rubric',
      code: rubric.id,
      confidence: rp && rp.confidence !== 'confirmed' ? rp.confidence : 'inferred',
      source: rp?.source ?? rubric.legalBasis[0]?.ref ?? '',
    });
  }
  for (const { node } of walk(rubric.root)) {
    const p = node.provenance;
    if (p && p.confidence !== 'confirmed') parts.push({ kind: 'node', code: node.code, confidence: p.confidence, source: p.source });
  }
  for (const b of rubric.bands) {
    const p = b.provenance;
    if (p && p.confidence !== 'confirmed') parts.push({ kind: 'band', code: b.code, confidence: p.confidence, source: p.source });
  }
  return { rubric: rubricProvisional, parts };
}

function inputInfo(table: EvidenceTable): Assessment['input'] {
  const input: Assessment['input'] = { path: table.file, sha256: table.sha256, format: table.format };
  if (table.sheet !== undefined) input.sheet = table.sheet;
  return input;
}

/**
 * Scores an agency evidence table against a rubric. Never throws for bad evidence: every problem
 * is a diagnostic in the result (errors mean the CLI exits 2). The result's `diagnostics` hold the
 * rubric's load warnings, the reader's diagnostics, then scoring's own, in that order.
 */
export function scoreAgency(loaded: LoadedRubric, table: EvidenceTable, options: ScoreOptions = {}): Assessment {
  const rubric = loaded.rubric;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Per-row diagnostics (the reader's and the row matching's) past 100 of a kind are folded.
  const rowDiagnostics = new DiagnosticFolder(diagnostics);
  for (const d of table.diagnostics) rowDiagnostics.push(d);
  const file = table.file;

  const stamp = table.meta.stamp;
  if (stamp) {
    if (stamp.id !== rubric.id || stamp.version !== rubric.version) {
      diagnostics.push(
        diag('SCORE_STAMP_MISMATCH', 'warning', { stampId: stamp.id, stampVersion: stamp.version, rubricId: rubric.id, rubricVersion: rubric.version }, { file }),
      );
    } else if (stamp.sha256 !== undefined && loaded.sha256 && stamp.sha256.toLowerCase() !== loaded.sha256.toLowerCase()) {
      diagnostics.push(diag('SCORE_STAMP_HASH_MISMATCH', 'info', { rubricId: rubric.id, rubricVersion: rubric.version }, { file }));
    }
  }

  let root: NodeResult;
  const assumptions: Assessment['assumptions'] = [];
  if (rubric.subject !== 'agency') {
    rowDiagnostics.finish();
    diagnostics.push(diag('SCORE_RECORD_RUBRIC', 'error', { rubric: `${rubric.id}@${rubric.version}` }, { file }));
    root = unscoredTree(rubric.root, 0, rubric.root.missing ?? rubric.missing ?? 'zero');
    return assemble(loaded, table, options, root, false, assumptions, diagnostics);
  }

  const { leafList, leafByKey, groupKeys, keyOf, extraKeys, profileKeys } = codeIndex(rubric);
  /** v2: rows that answer profile questions or hold a ratio's numbers (not leaves). */
  const extraRows = new Map<string, EvidenceRow>();

  // Match rows to leaves.
  const rowByKey = new Map<string, EvidenceRow>();
  for (const row of table.rows) {
    const key = codeKey(row.code.text ?? '');
    const hasValue = !isEmptyValue(row.level) || !isEmptyValue(row.verified);
    if (key === '') {
      if (hasValue) rowDiagnostics.push(diag('SCORE_ROW_WITHOUT_CODE', 'warning', {}, locate(file, row.code.ref, '')));
      continue;
    }
    const leaf = leafByKey.get(key);
    if (!leaf && extraKeys.has(key)) {
      if (!extraRows.has(key)) extraRows.set(key, row);
      else rowDiagnostics.push(diag('SCORE_DUPLICATE_CODE', 'error', { value: row.code.text, first: cellName(extraRows.get(key)!.code.ref), firstRow: extraRows.get(key)!.row, same: false }, locate(file, row.code.ref, row.code.text)));
      continue;
    }
    if (!leaf) {
      const group = groupKeys.has(key);
      if (group && !hasValue) continue; // an aspect heading row
      const args: Args = { value: row.code.text, group };
      const severity = hasValue ? 'warning' : 'info';
      // No did-you-mean for a row that is folded (it compares the code with every leaf).
      const suggestion = group || !rowDiagnostics.listed('SCORE_UNKNOWN_CODE', severity) ? undefined : suggest(key, leafList);
      const loc = locate(file, row.code.ref, row.code.text);
      rowDiagnostics.push(diag('SCORE_UNKNOWN_CODE', severity, suggestion ? { ...args, suggestion } : args, loc));
      continue;
    }
    const first = rowByKey.get(key);
    if (first) {
      const same = valueKey(first.level) === valueKey(row.level) && valueKey(first.verified) === valueKey(row.verified);
      rowDiagnostics.push(
        diag(
          'SCORE_DUPLICATE_CODE',
          same ? 'warning' : 'error',
          { value: row.code.text, first: cellName(first.code.ref), firstRow: first.row, same },
          locate(file, row.code.ref, leaf.code),
        ),
      );
      continue;
    }
    rowByKey.set(key, row);
  }
  rowDiagnostics.finish();
  if (table.rows.length === 0) diagnostics.push(diag('SCORE_NO_ROWS', 'warning', {}, { file }));
  // Rows with codes, none of them this rubric's: evidence made for another rubric must not pass
  // quietly as a score of 0 (the CLI adds which bundled rubrics the codes do match).
  const coded = table.rows.filter((r) => codeKey(r.code.text ?? '') !== '').length;
  const noneMatched = coded > 0 && rowByKey.size === 0 && extraRows.size === 0;
  if (noneMatched) diagnostics.push(diag('SCORE_NO_MATCHING_CODES', 'error', { rubric: `${rubric.id}@${rubric.version}`, rows: coded }, { file }));

  // What-if values.
  const assumed = new Map<string, { leaf: LeafNode; value: string }>();
  const profileOptions: { code: string; value: string; source: 'option' | 'assume' }[] = (options.profile ?? []).map((p) => ({ ...p, source: 'option' }));
  for (const a of options.assume ?? []) {
    const key = codeKey(a.code);
    if (profileKeys.has(key)) {
      profileOptions.push({ code: a.code, value: a.value, source: 'assume' });
      assumptions.push({ code: a.code, value: a.value });
      continue;
    }
    const leaf = leafByKey.get(key);
    if (!leaf) {
      const group = groupKeys.has(key);
      const suggestion = group ? undefined : suggest(key, leafList);
      diagnostics.push(diag('SCORE_ASSUME_UNKNOWN_CODE', 'error', suggestion ? { value: a.code, group, suggestion } : { value: a.code, group }, { code: a.code }));
      continue;
    }
    const previous = assumed.get(key);
    if (previous) diagnostics.push(diag('SCORE_ASSUME_DUPLICATE', 'warning', { code: leaf.code, value: a.value, previous: previous.value }, { code: leaf.code }));
    assumed.set(key, { leaf, value: a.value });
  }
  for (const { leaf, value } of assumed.values()) assumptions.push({ code: leaf.code, value });

  const v2 = rubric.format === 'merit-rubric/2';
  if (!v2 && options.profile?.length) diagnostics.push(diag('SCORE_PROFILE_IGNORED', 'warning', { rubric: `${rubric.id}@${rubric.version}` }, { file }));
  let profile: ProfileResult[] | undefined;
  const treeOptions: Partial<TreeOptions> = {};
  if (v2) {
    if (rubric.profile?.length || profileOptions.length) {
      const resolved = resolveProfile(rubric, { rows: extraRows, options: profileOptions, file });
      profile = resolved.results;
      diagnostics.push(...resolved.diagnostics);
    }
    const criterionValue = (code: string): SourcedValue | undefined => {
      const key = codeKey(code);
      const a = assumed.get(key);
      return a ? { raw: a.value, text: a.value.trim() } : rowValue(rowByKey.get(key));
    };
    treeOptions.applicability = applicability(rubric, profile ?? [], criterionValue);
    treeOptions.notApplicableKeys = new Set((rubric.notApplicableValues ?? DEFAULT_NOT_APPLICABLE).map(lookupKey));
  }

  const tree = evaluateTree(rubric, {
    ...treeOptions,
    file,
    parse: { decimalComma: table.csv?.decimalComma === true },
    quietMissingRows: table.rows.length === 0 || noneMatched,
    evidenceFor: (leaf) => {
      const key = keyOf.get(leaf)!;
      const row = rowByKey.get(key);
      const a = assumed.get(key);
      const ratio = leaf.scoring.kind === 'ratio' && !rowValue(row) ? ratioValue(leaf.scoring.numerator, leaf.scoring.denominator, extraRows) : undefined;
      if (ratio) return { self: ratio, ...(a ? { assumed: a.value } : {}) };
      if (!row && !a) return undefined;
      const ev: LeafEvidence = {};
      if (row) {
        ev.row = { ref: row.code.ref };
        if (row.level) ev.self = row.level;
        if (row.verified) ev.verified = row.verified;
        const evidence = row.evidence?.text.trim();
        if (evidence) ev.evidence = evidence;
        const notes = row.notes?.text.trim();
        if (notes) ev.notes = notes;
      }
      if (a) ev.assumed = a.value;
      return ev;
    },
  });
  diagnostics.push(...tree.diagnostics);
  const a = assemble(loaded, table, options, tree.root, true, assumptions, diagnostics);
  if (profile) a.profile = profile;
  return a;
}

/** v2 ratio leaves of agency rubrics: the two rows' values joined as `n/d` (the ratio kind reads it). */
function ratioValue(numerator: string, denominator: string, rows: ReadonlyMap<string, EvidenceRow>): SourcedValue | undefined {
  const n = rowValue(rows.get(codeKey(numerator)));
  const d = rowValue(rows.get(codeKey(denominator)));
  if (!n || !d) return undefined;
  const text = `${textOf(n)}/${textOf(d)}`;
  return n.ref ? { raw: text, text, ref: n.ref } : { raw: text, text };
}

interface CodeIndex {
  leafList: { key: string; leaf: LeafNode }[];
  leafByKey: Map<string, LeafNode>;
  groupKeys: Set<string>;
  keyOf: Map<LeafNode, string>;
  /** v2: codes of rows that are no leaf: profile questions and ratio inputs. */
  extraKeys: Set<string>;
  profileKeys: Set<string>;
}
const codeIndexes = new WeakMap<Rubric, CodeIndex>();

/** The rubric's codes by `codeKey`, made once per rubric (a batch scores many files with one). */
function codeIndex(rubric: Rubric): CodeIndex {
  let index = codeIndexes.get(rubric);
  if (index) return index;
  index = { leafList: [], leafByKey: new Map(), groupKeys: new Set(), keyOf: new Map(), extraKeys: new Set(), profileKeys: new Set() };
  for (const q of rubric.profile ?? []) {
    index.profileKeys.add(codeKey(q.code));
    index.extraKeys.add(codeKey(q.code));
  }
  for (const { node } of walk(rubric.root)) {
    const key = codeKey(node.code);
    if (isLeaf(node)) {
      if (!index.leafByKey.has(key)) index.leafByKey.set(key, node);
      index.leafList.push({ key, leaf: node });
      index.keyOf.set(node, key);
      if (node.scoring.kind === 'ratio') for (const c of [node.scoring.numerator, node.scoring.denominator]) index.extraKeys.add(codeKey(c));
    } else index.groupKeys.add(key);
  }
  codeIndexes.set(rubric, index);
  return index;
}

function assemble(
  loaded: LoadedRubric,
  table: EvidenceTable,
  options: ScoreOptions,
  root: NodeResult,
  /** false: nothing was scored (record rubric): no predicate. */
  scored: boolean,
  assumptions: Assessment['assumptions'],
  diagnostics: Diagnostic[],
): Assessment {
  const rubric = loaded.rubric;
  const score = roundTotal(root.score, rubric);
  const selfScore = roundTotal(root.selfScore, rubric);
  const a: Assessment = {
    tool: { name: 'merit', version: options.toolVersion ?? VERSION },
    rubric: rubricInfo(loaded),
    input: inputInfo(table),
    subject: subjectOf(table, options),
    score,
    unroundedScore: root.score,
    selfScore,
    max: root.max,
    percent: percentOf(score, root.max),
    coverage: root.coverage,
    predicate: scored ? totalPredicate(score, rubric, root) : noPredicate(),
    selfPredicate: scored ? totalPredicate(selfScore, rubric, root) : noPredicate(),
    root,
    assumptions,
    scale: { bands: rubric.bands, ...(rubric.outOfRange ? { outOfRange: rubric.outOfRange } : {}) },
    provisional: provisionalParts(rubric),
    diagnostics,
  };
  if (rubric.nominal && scored) {
    const n = rubric.nominal;
    let value = score.mul(Dec.num(n.factor)).add(n.offset !== undefined ? Dec.num(n.offset) : Dec.ZERO);
    if (n.rounding) value = roundBy(value, n.rounding);
    a.nominal = { value, label: n.label, ...(n.unit !== undefined ? { unit: n.unit } : {}) };
  }
  if (root.incomplete) a.incomplete = { code: root.code, ...root.incomplete };
  // v2: what stands below each aspect's category (computed here, never by a renderer).
  if (scored && rubric.format === 'merit-rubric/2' && options.nextSteps !== false) a.nextSteps = nextSteps(rubric, root);
  if (options.now) a.generatedAt = options.now.toISOString();
  return a;
}

/** The total's predicate: its band, stepped down by band caps (v2). */
function totalPredicate(score: Dec, rubric: Rubric, root: NodeResult): Assessment['predicate'] {
  if (rubric.format !== 'merit-rubric/2' || !rubric.bands.some((b) => b.requires)) return classify(score, rubric);
  return cappedPredicate(score, rubric, root, root, bandSetsOf(rubric, root));
}
