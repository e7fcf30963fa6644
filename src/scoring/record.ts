/**
 * Record mode: every row of a record file (one employee) is scored with the rubric's tree, then
 * the population is aggregated. Pure and streaming: the caller feeds rows one at a time
 * (`RecordSession.add`) and asks for the Assessment at the end (`finish`); nothing here holds
 * more than O(groups + distinct value combinations) state, never O(rows).
 *
 * The rules:
 *
 * - A record is scored with the same leaf kinds and the same tree as an agency (evaluateTree),
 *   each leaf reading its declared `column`. `when` conditions are decided on the record's cells
 *   (case- and space-insensitive). A group whose children are all conditional and none applies
 *   (a post type no competence path names) is an error, never a silent 0.
 * - The record's score is its total rounded once as the rubric says; its predicate that score's
 *   band.
 * - A row with an error (a value that cannot be read, a required cell left empty, no path) is left
 *   out of the population and counted as skipped. Its diagnostics are located (cell, and the row
 *   as the file shows it); the first `maxListed` errors are listed, and a summary counts them all.
 * - The population score is the exact mean of the record scores, rounded once more as the rubric
 *   says. Each node of the tree holds the mean of its scores (and of its maximum) over the records
 *   it applies to, so the root's children are the per-dimension means.
 * - Breakdowns by each `population.groupBy` column: count, exact mean, rounded mean, predicate and
 *   per-dimension means. A column a lookup leaf reads is grouped by the lookup case the value
 *   matches (S1, S-1 and Sarjana land in one group, labelled with the case's label); any other
 *   column by its value, ignoring case and spacing (labelled with the first spelling seen). Empty
 *   cells form their own group; past `maxGroups` groups a column's further values share one
 *   "other" group.
 * - `population.recordId`: a repeated id is a warning (both rows still count), located at the
 *   repeat and naming the first row (see record-ids.ts for how this stays within bounded memory).
 *
 * Speed: each cell a leaf, a condition or a group-by reads becomes a small code first
 * (record-codes.ts), and every per-value result is kept by code. A record is scored by FastTree
 * (record-fast.ts), the tree compiled into exact scaled-integer arithmetic; its maxima and counts
 * are added once per record *shape*, not per record. A record it cannot score exactly (an error,
 * a number that does not scale) goes to the reference path, evaluateTree, whose outcomes are
 * cached by the record's values (bounded). Sums are exact but mostly plain float additions of
 * scaled integers (record-sums.ts). docs/performance.md (record mode) has the measurements.
 */
import { Dec } from '../decimal.js';
import { diag, type Args, type Diagnostic, type Location, type Severity } from '../diagnostics.js';
import type { RecordColumnRef, RecordInput } from '../evidence/records.js';
import type { InputFormat, RawValue } from '../evidence/types.js';
import { accepts, conditionKey, effectiveShares, roundTotal, walk } from '../rubric/tree.js';
import { isLeaf, type ColumnDef, type GroupNode, type LeafNode, type LoadedRubric, type LocalText, type Rubric, type RubricNode } from '../rubric/types.js';
import { VERSION } from '../version.js';
import { classify, fromBand, noPredicate, orderedBands } from './bands.js';
import { IdConfirmation, IdTracker, type IdCandidates } from './record-ids.js';
import { ValueCodes } from './record-codes.js';
import { FastTree, textOf, type Shape } from './record-fast.js';
import { scaled, SCALED_ZERO, SumVector, unscaled, type Scaled } from './record-sums.js';
import { baseName, evaluateTree, nodeHead, percentOf, provisionalParts, rubricInfo, type LeafEvidence } from './score.js';
import type { Assessment, NodeResult, PopulationBreakdown, PopulationGroup, PopulationSummary, Predicate } from './types.js';
import { codeKey, lookupInfo, matchLookup, type LookupInfo } from './values.js';
import { scoringLabels } from '../i18n/labels.js';

export interface RecordSessionOptions {
  /** Path as the user gave it (diagnostic locations). */
  file: string;
  format: InputFormat;
  sheet?: string;
  /** For each of the rubric's `columns`: where it is in the file, or undefined when absent. */
  columns: readonly (RecordColumnRef | undefined)[];
  /** The file writes numbers with a decimal comma (semicolon CSV). */
  decimalComma?: boolean;
  /** Located row diagnostics listed per severity (default 100). */
  maxListed?: number;
  /** Groups per group-by column before further values share one "other" group (default 1000). */
  maxGroups?: number;
  /** An estimate of the row count (sizes the repeated-id filter). */
  expectedRows?: number;
  /** Score every record with the reference path (evaluateTree), never the fast one: for tests. */
  reference?: boolean;
}

export interface RecordFinishOptions {
  sha256: string;
  /** Reader diagnostics (header, encoding, ...), listed before the rows'. */
  diagnostics?: readonly Diagnostic[];
  subject?: string;
  period?: string;
  /** `Instansi:` / `Tahun:` cells above the header, which win over the options. */
  meta?: { subject?: string | undefined; period?: string | undefined };
  now?: Date;
  toolVersion?: string;
}

/** What one row scored. */
export interface RecordResult {
  status: 'scored' | 'skipped';
  /**
   * The record's score (its total rounded as the rubric says) as a JS number: exact in print for
   * any score with at most six decimals (the population math itself is exact, in Decs).
   */
  score?: number;
  predicate?: Predicate;
  /** Points of each top-level node (dimension), in rubric order; null where it does not apply. */
  dimensions?: readonly (number | null)[];
  /** Codes of the row's errors (skipped) or warnings (scored). */
  problems: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Internal shapes

interface Problem {
  code: string;
  severity: Severity;
  args: Args;
  /** Node code the problem is about. */
  node?: string;
  /** Index into the rubric's columns: the cell to point at. */
  column?: number;
}

/** A record scored by the reference path (evaluateTree): cached by the values it read. */
interface Outcome {
  score: Dec;
  predicate: Predicate;
  error: boolean;
  problems: Problem[];
  problemCodes: string[];
  /** Per node, in walk order. */
  applies: Uint8Array;
  nodeScore: Scaled[];
  nodeMax: Scaled[];
  nodeCovered: Scaled[];
  /** The record score, scaled, for population and group sums. */
  total: Scaled;
  /** Index into the session's predicate list. */
  band: number;
  /** For RecordResult. */
  scoreNumber: number;
  dimensions: (number | null)[];
}

/** Counts of one info problem (a leaf's empty cells) over the rows. */
interface Summary {
  problem: Problem;
  count: number;
  row: number;
}

interface GroupPlan {
  index: number;
  def: ColumnDef;
  lookup?: LookupInfo;
  entries: Map<string, GroupEntry>;
  /** Code of the cell value (in the column's ValueCodes) -> entry; emptied when the codes reset. */
  byCode: (GroupEntry | undefined)[];
  other?: GroupEntry;
}

interface GroupEntry {
  key: string;
  label: LocalText;
  kind: PopulationGroup['kind'];
  order: number;
  /** Slot 0: the record scores; slot 1 + d: dimension d. */
  sums: SumVector;
}

const CACHE_LIMIT = 4096;
/** Distinct values per column whose results are kept (see record-codes.ts). */
const CODE_CAPACITY = 4096;
const NONE: readonly string[] = Object.freeze([]);
const NO_CANDIDATES: IdCandidates = { size: 0, has: () => false };

/** Space, tab, CR, LF, NBSP and the like: what trim() removes at the ends. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) || c === 0x1680;
}

/** An empty cell: null, or text that trims to nothing. */
function isBlank(v: RawValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  return v.length === 0 || (isSpace(v.charCodeAt(0)) && v.trim() === '');
}
const SEP = '\u0001';

const NO_REF = { cell: '', row: 0, column: 0 };

/** A record id (NIP) as compared for repeats: the cell's trimmed text. */
export const recordIdText = textOf;

/** The columns a record rubric reads: leaves, conditions, group-by and the record id. */
export function usedColumns(rubric: Rubric): Set<string> {
  const used = new Set<string>();
  for (const { node } of walk(rubric.root)) {
    if (node.when) used.add(node.when.column);
    if (isLeaf(node) && node.column !== undefined) used.add(node.column);
  }
  for (const key of rubric.population?.groupBy ?? []) used.add(key);
  if (rubric.population?.recordId !== undefined) used.add(rubric.population.recordId);
  return used;
}

export class RecordSession {
  private readonly rubric: Rubric;
  private readonly cols: readonly ColumnDef[];
  private readonly colIndex = new Map<string, number>();
  private readonly nodes: RubricNode[] = [];
  private readonly dims: number[] = [];
  private readonly leafColumn = new Map<LeafNode, number>();
  /** Groups whose children are all conditional, by node index. */
  private readonly pathGroups: { index: number; node: GroupNode }[] = [];
  private readonly keyColumns: number[];
  private readonly required: number[];
  private readonly idIndex: number | undefined;
  private readonly groups: GroupPlan[];
  private readonly predicates: Predicate[];
  private readonly bandIndex = new Map<string, number>();
  private readonly maxListed: number;
  private readonly maxGroups: number;

  private cache = new Map<string, Outcome>();
  private readonly fast: FastTree<Summary> | undefined;
  /** The columns coded for every row, and the codes of the current row (by column). */
  private readonly coded: number[];
  private readonly tablesCoded: ValueCodes[];
  private readonly rowCodes: Int32Array;
  /** FastTree band -> index into `predicates`. */
  /** FastTree band + 3 -> index into `predicates` (bands are -3..n-1). */
  private readonly fastBand: Int32Array;
  /** Per fast-path leaf: its missing-value summary (created on first use). */
  private readonly leafSummaries: (Summary | undefined)[] = [];
  private fastMin = Infinity;
  private fastMax = -Infinity;
  private readonly ids: IdTracker | undefined;

  // Population state: O(nodes + groups), whatever the number of rows.
  private rows = 0;
  private scoredCount = 0;
  private skippedCount = 0;
  /** Per node i: slot i its score, n + i its maximum, 2n + i its covered maximum. */
  private readonly sums: SumVector;
  private readonly n: number;
  private readonly bandCounts: number[];
  private min: Dec | null = null;
  private max: Dec | null = null;
  private readonly listed: Record<'error' | 'warning', Diagnostic[]> = { error: [], warning: [] };
  private readonly counted: Record<'error' | 'warning', number> = { error: 0, warning: 0 };
  /** Info problems (an empty cell counted as 0) summarised per code and node. */
  private readonly summaries = new Map<string, Summary>();

  constructor(
    readonly loaded: LoadedRubric,
    private readonly options: RecordSessionOptions,
  ) {
    this.rubric = loaded.rubric;
    this.cols = this.rubric.columns ?? [];
    this.cols.forEach((c, i) => this.colIndex.set(c.key, i));
    this.maxListed = options.maxListed ?? 100;
    this.maxGroups = options.maxGroups ?? 1000;

    const used = new Set<number>();
    for (const { node } of walk(this.rubric.root)) {
      const i = this.nodes.length;
      this.nodes.push(node);
      if (node.when) {
        const c = this.colIndex.get(node.when.column);
        if (c !== undefined) used.add(c);
      }
      if (isLeaf(node)) {
        const c = node.column !== undefined ? this.colIndex.get(node.column) : undefined;
        if (c !== undefined) {
          this.leafColumn.set(node, c);
          used.add(c);
        }
      } else if (node.children.length > 0 && node.children.every((ch) => ch.when)) {
        this.pathGroups.push({ index: i, node });
      }
    }
    for (const child of this.rubric.root.children) this.dims.push(this.nodes.indexOf(child));
    this.keyColumns = [...used].sort((a, b) => a - b);
    this.required = this.cols.flatMap((c, i) => (c.required ? [i] : []));
    const idKey = this.rubric.population?.recordId;
    this.idIndex = idKey !== undefined ? this.colIndex.get(idKey) : undefined;
    if (this.idIndex !== undefined) this.ids = new IdTracker(options.expectedRows);

    const tables: (ValueCodes | undefined)[] = new Array<ValueCodes | undefined>(this.cols.length + 1).fill(undefined);
    const codesFor = (c: number): ValueCodes => (tables[c] ??= new ValueCodes(CODE_CAPACITY));
    this.fast = options.reference ? undefined : FastTree.compile<Summary>(this.rubric, this.colIndex, options.decimalComma === true, codesFor);
    if (!this.fast) tables.fill(undefined);

    this.groups = (this.rubric.population?.groupBy ?? []).flatMap((key) => {
      const index = this.colIndex.get(key);
      if (index === undefined) return [];
      const reader = [...this.leafColumn].find(([leaf, c]) => c === index && leaf.scoring.kind === 'lookup')?.[0];
      const table = codesFor(index);
      const plan: GroupPlan = { index, def: this.cols[index]!, entries: new Map(), byCode: [] };
      table.onReset(() => (plan.byCode = []));
      if (reader && reader.scoring.kind === 'lookup') plan.lookup = lookupInfo(reader.scoring);
      return [plan];
    });
    this.coded = [];
    for (let c = 0; c < this.cols.length; c++) if (tables[c]) this.coded.push(c);
    this.tablesCoded = this.coded.map((c) => tables[c]!);
    this.rowCodes = new Int32Array(this.cols.length + 1);

    const bands = orderedBands(this.rubric);
    const range = this.rubric.outOfRange;
    this.predicates = [
      ...bands.map((b) => fromBand(b, 'band')),
      ...(range?.below ? [fromBand(range.below, 'below')] : []),
      ...(range?.above ? [fromBand(range.above, 'above')] : []),
      noPredicate(),
    ];
    this.predicates.forEach((p, i) => this.bandIndex.set(`${p.kind}:${p.code}`, i));
    this.bandCounts = this.predicates.map(() => 0);

    const nb = bands.length;
    const below = range?.below ? 1 : 0;
    this.fastBand = Int32Array.from({ length: nb + 3 }, (_, k) => {
      const b = k - 3;
      return b >= 0 ? b : b === -1 ? nb : b === -2 ? nb + below : this.predicates.length - 1;
    });

    const n = this.nodes.length;
    this.n = n;
    this.sums = new SumVector(3 * n);
    if (this.fast) this.fast.onDrain = (shape) => this.addShape(shape);
    this.result = { status: 'scored', score: 0, predicate: noPredicate(), dimensions: this.dims.map(() => null), problems: NONE };
  }

  /** The rubric's columns, in order (what `RecordInput.values` is aligned with). */
  get columns(): readonly ColumnDef[] {
    return this.cols;
  }

  /** The top-level nodes, in rubric order (what `RecordOutcome.dimensions` is aligned with). */
  get dimensionNodes(): readonly RubricNode[] {
    return this.dims.map((i) => this.nodes[i]!);
  }

  /** The result of the fast path, reused from row to row. */
  private readonly result: { status: 'scored'; score: number; predicate: Predicate; dimensions: (number | null)[]; problems: readonly string[] };

  /**
   * Scores one row and adds it to the population (unless it has an error). The result may be the
   * same object as the previous call's, updated: use it before adding the next row. With
   * `detail: false` a scored row's result carries only its status (nothing reads it: faster).
   */
  add(input: RecordInput, detail = true): RecordResult {
    this.rows++;
    const values = input.values;
    let problems: Problem[] | undefined;

    const required = this.required;
    for (let k = 0; k < required.length; k++) {
      const i = required[k]!;
      if (isBlank(values[i])) {
        (problems ??= []).push({ code: 'SCORE_REQUIRED_EMPTY', severity: 'error', args: { header: this.header(i) }, column: i });
      }
    }
    if (input.problems) {
      for (const p of input.problems) (problems ??= []).push({ code: p.code, severity: 'error', args: p.args, column: p.index });
    }
    if (problems) return this.skip(input, problems);

    // Each coded column's value as its code (leaf results, conditions and groups are kept per code).
    const codes = this.rowCodes;
    const coded = this.coded;
    const tables = this.tablesCoded;
    for (let k = 0; k < coded.length; k++) {
      const c = coded[k]!;
      codes[c] = tables[k]!.code(values[c] ?? null);
    }

    const fast = this.fast;
    if (fast && fast.evaluate(values, codes)) {
      this.countFast(fast, values, input.row);
      this.trackId(values);
      const r = this.result;
      if (!detail) return r;
      const dims = r.dimensions;
      const applies = fast.shape.applies;
      for (let d = 0; d < dims.length; d++) {
        const i = this.dims[d]!;
        dims[d] = applies[i] ? fast.score[i]! / 1e6 : null;
      }
      r.score = fast.total / 1e6;
      r.predicate = this.predicates[this.fastBand[fast.band + 3]!]!;
      return r;
    }

    const outcome = this.outcomeFor(values);
    if (outcome.error) return this.skip(input, outcome.problems);
    this.count(outcome, values);
    for (const p of outcome.problems) this.note(p, input);
    this.trackId(values);
    return { status: 'scored', score: outcome.scoreNumber, predicate: outcome.predicate, dimensions: outcome.dimensions, problems: outcome.problemCodes };
  }

  /** Notes the row's record id (repeats are confirmed after the pass: see `idCandidates`). */
  private trackId(values: readonly RawValue[]): void {
    const ids = this.ids;
    if (!ids) return;
    const raw = values[this.idIndex!] ?? null;
    if (raw === null) return;
    const id = typeof raw === 'string' && !isSpace(raw.charCodeAt(0)) && !isSpace(raw.charCodeAt(raw.length - 1)) ? raw : textOf(raw);
    if (id !== '') ids.add(id);
  }

  /** Ids that may repeat: a second read must confirm them (see record-ids.ts); empty when none does. */
  get idCandidates(): IdCandidates {
    return this.ids?.candidates ?? NO_CANDIDATES;
  }

  /** For the second read: the column of the record id, and how to read an id from a raw value. */
  get idColumn(): number | undefined {
    return this.idIndex;
  }

  /** Builds the confirmation the second read feeds (`confirmation.add(id, row)` per row). */
  confirmation(): IdConfirmation {
    return new IdConfirmation(this.idCandidates, this.maxListed);
  }

  /**
   * The Assessment of the whole population. `confirmed`: the second read of the ids, required
   * when `idCandidates` is not empty.
   */
  finish(o: RecordFinishOptions, confirmed?: IdConfirmation): Assessment {
    if (this.idCandidates.size > 0 && !confirmed) throw new Error('RecordSession.finish: the repeated ids need a second read (confirmation)');
    const rubric = this.rubric;
    const file = this.options.file;
    const diagnostics: Diagnostic[] = [...this.loaded.diagnostics, ...(o.diagnostics ?? [])];
    diagnostics.push(...this.listed.error);

    // Repeated ids, as the second read confirmed them.
    const { listed: repeats, total } = confirmed?.result() ?? { listed: [], total: 0 };
    let repeatTotal = total;
    const estimated = (this.ids?.uncounted ?? 0) > 0;
    if (estimated) repeatTotal += this.ids!.uncounted;
    const idCol = this.idIndex;
    for (const r of repeats) {
      diagnostics.push(
        diag('SCORE_DUPLICATE_RECORD_ID', 'warning', { value: r.id, header: idCol !== undefined ? this.header(idCol) : '', first: r.first }, this.location(r.row, idCol)),
      );
    }
    diagnostics.push(...this.listed.warning);

    for (const { problem, count, row } of [...this.summaries.values()].sort((a, b) => a.row - b.row)) {
      if (count === 0) continue;
      const code = problem.code === 'SCORE_MISSING_EVIDENCE' ? 'SCORE_MISSING_VALUES' : problem.code;
      diagnostics.push(diag(code, 'info', { ...problem.args, count, firstRow: row }, this.location(row, problem.column, problem.node)));
    }
    if (this.skippedCount > 0) {
      diagnostics.push(
        diag('SCORE_ROWS_SKIPPED', 'error', { skipped: this.skippedCount, rows: this.rows, errors: this.counted.error, listed: this.listed.error.length }, { file }),
      );
    }
    const warnings = this.counted.warning + repeatTotal;
    const listedWarnings = this.listed.warning.length + repeats.length;
    if (warnings > listedWarnings) diagnostics.push(diag('SCORE_WARNINGS_CAPPED', 'info', { total: warnings, listed: listedWarnings }, { file }));
    if (this.scoredCount === 0) diagnostics.push(diag('SCORE_NO_RECORDS', 'error', { rows: this.rows }, { file }));

    this.fast?.drain();
    const root = this.meanTree();
    const mean = this.sums.mean(0);
    const score = mean ? roundTotal(mean, rubric) : Dec.ZERO;
    const predicate = mean ? classify(score, rubric) : noPredicate();
    const subject: Assessment['subject'] = o.meta?.subject
      ? { name: o.meta.subject, source: 'workbook' }
      : o.subject?.trim()
        ? { name: o.subject.trim(), source: 'option' }
        : { name: baseName(file), source: 'filename' };
    const period = o.meta?.period ?? o.period?.trim();
    if (period) subject.period = period;

    let min = this.min;
    let max = this.max;
    if (this.fastMin !== Infinity) {
      const fmin = unscaled(this.fastMin);
      const fmax = unscaled(this.fastMax);
      min = min === null || fmin.lt(min) ? fmin : min;
      max = max === null || fmax.gt(max) ? fmax : max;
    }
    const population: PopulationSummary = {
      aggregate: 'mean',
      rows: this.rows,
      scored: this.scoredCount,
      skipped: this.skippedCount,
      duplicates: { count: repeatTotal, estimated },
      mean,
      min,
      max,
      distribution: this.distribution(),
      dimensions: (root.children ?? []).map((c) => ({
        code: c.code,
        name: c.name,
        mean: c.records ? c.score : null,
        max: c.records ? c.max : null,
        percent: c.records ? c.percent : null,
        records: c.records ?? 0,
      })),
      breakdowns: this.groups.map((g) => this.breakdown(g)),
    };
    if (idCol !== undefined) population.recordId = { column: this.cols[idCol]!.key, header: this.cols[idCol]!.header };

    const input: Assessment['input'] = { path: file, sha256: o.sha256, format: this.options.format };
    if (this.options.sheet !== undefined) input.sheet = this.options.sheet;
    const a: Assessment = {
      tool: { name: 'merit', version: o.toolVersion ?? VERSION },
      rubric: rubricInfo(this.loaded),
      input,
      subject,
      score,
      unroundedScore: mean ?? Dec.ZERO,
      selfScore: score,
      max: root.max,
      percent: mean ? percentOf(score, root.max) : null,
      coverage: root.coverage,
      predicate,
      selfPredicate: predicate,
      scale: { bands: rubric.bands, ...(rubric.outOfRange ? { outOfRange: rubric.outOfRange } : {}) },
      root,
      assumptions: [],
      provisional: provisionalParts(rubric),
      diagnostics,
      population,
    };
    if (o.now) a.generatedAt = o.now.toISOString();
    return a;
  }

  // -------------------------------------------------------------------------------------------
  // One record

  private outcomeFor(values: readonly RawValue[]): Outcome {
    let key = '';
    for (const i of this.keyColumns) {
      const v = values[i] ?? null;
      key += (v === null ? '\u0000' : typeof v === 'string' ? v : typeof v === 'number' ? `\u0002${v}` : v ? '\u0003' : '\u0004') + SEP;
    }
    let o = this.cache.get(key);
    if (!o) {
      if (this.cache.size >= CACHE_LIMIT) this.cache = new Map();
      o = this.evaluate(values);
      this.cache.set(key, o);
    }
    return o;
  }

  private evaluate(values: readonly RawValue[]): Outcome {
    const rubric = this.rubric;
    const cellOf = (i: number | undefined): LeafEvidence['self'] => {
      const raw = i === undefined ? null : (values[i] ?? null);
      return raw === null ? undefined : { raw, text: textOf(raw) };
    };
    const tree = evaluateTree(rubric, {
      parse: { decimalComma: this.options.decimalComma === true },
      evidenceFor: (leaf) => {
        const self = cellOf(this.leafColumn.get(leaf));
        return self ? { row: { ref: NO_REF }, self } : { row: { ref: NO_REF } };
      },
      applies: (node) => {
        const c = this.colIndex.get(node.when!.column);
        const text = c === undefined ? '' : textOf(values[c] ?? null);
        return accepts(node, text === '' ? undefined : conditionKey(text));
      },
    });

    const flat: NodeResult[] = [];
    const visit = (n: NodeResult): void => {
      flat.push(n);
      for (const c of n.children ?? []) visit(c);
    };
    visit(tree.root);

    const problems: Problem[] = [];
    for (const d of tree.diagnostics) {
      const code = d.location?.code;
      const node = code !== undefined ? this.nodes.find((x) => x.code === code) : undefined;
      const column = node && isLeaf(node) ? this.leafColumn.get(node) : undefined;
      const args: Args = column !== undefined ? { ...d.args, column: 'record', header: this.header(column) } : d.args;
      problems.push({ code: d.code, severity: d.severity, args, ...(code !== undefined ? { node: code } : {}), ...(column !== undefined ? { column } : {}) });
    }
    for (const { index, node } of this.pathGroups) {
      const r = flat[index]!;
      if (r.status === 'not-applicable' || !(r.children ?? []).every((c) => c.status === 'not-applicable')) continue;
      const columnKey = node.children[0]!.when!.column;
      const c = this.colIndex.get(columnKey);
      const expected = [...new Set(node.children.flatMap((ch) => ch.when?.in ?? []))];
      problems.push({
        code: 'SCORE_NO_CONDITION_MATCH',
        severity: 'error',
        args: { code: node.code, header: c !== undefined ? this.header(c) : columnKey, value: c !== undefined ? textOf(values[c] ?? null) : '', expected },
        node: node.code,
        ...(c !== undefined ? { column: c } : {}),
      });
    }

    const total = roundTotal(tree.root.score, rubric);
    const predicate = classify(total, rubric);
    const n = flat.length;
    const applies = new Uint8Array(n);
    const nodeScore: Scaled[] = new Array<Scaled>(n);
    const nodeMax: Scaled[] = new Array<Scaled>(n);
    const nodeCovered: Scaled[] = new Array<Scaled>(n);
    for (let i = 0; i < n; i++) {
      const r = flat[i]!;
      const on = r.status !== 'not-applicable';
      applies[i] = on ? 1 : 0;
      // The root adds the record's (rounded) score: the population mean is a mean of record scores.
      nodeScore[i] = on ? scaled(i === 0 ? total : r.score) : SCALED_ZERO;
      nodeMax[i] = on ? scaled(r.max) : SCALED_ZERO;
      nodeCovered[i] = on ? scaled(r.max.mul(r.coverage)) : SCALED_ZERO;
    }
    const error = problems.some((p) => p.severity === 'error');
    return {
      score: total,
      predicate,
      scoreNumber: total.toNumber(),
      dimensions: this.dims.map((i) => (applies[i] ? flat[i]!.score.toNumber() : null)),
      error,
      problems,
      problemCodes: [...new Set(problems.filter((p) => p.severity === (error ? 'error' : 'warning')).map((p) => p.code))],
      applies,
      nodeScore,
      nodeMax,
      nodeCovered,
      total: nodeScore[0]!,
      band: this.bandIndex.get(`${predicate.kind}:${predicate.code}`) ?? this.predicates.length - 1,
    };
  }

  private count(o: Outcome, values: readonly RawValue[]): void {
    this.scoredCount++;
    const applies = o.applies;
    const sums = this.sums;
    const n = this.n;
    for (let i = 0; i < applies.length; i++) {
      if (applies[i] === 0) continue;
      sums.addScaled(i, o.nodeScore[i]!);
      sums.addScaled(n + i, o.nodeMax[i]!);
      sums.addScaled(2 * n + i, o.nodeCovered[i]!);
    }
    sums.tick();
    this.bandCounts[o.band]!++;
    if (this.min === null || o.score.lt(this.min)) this.min = o.score;
    if (this.max === null || o.score.gt(this.max)) this.max = o.score;
    for (const g of this.groups) {
      const entry = this.groupEntry(g, values[g.index] ?? null, this.rowCodes[g.index]!);
      const v = entry.sums;
      v.addScaled(0, o.total);
      for (let d = 0; d < this.dims.length; d++) {
        const i = this.dims[d]!;
        if (applies[i] === 1) v.addScaled(1 + d, o.nodeScore[i]!);
      }
      v.tick();
    }
  }

  /**
   * Adds the record the fast path just scored to the population: its scores here; its shape's
   * counts and maxima once per shape (`addShape`, when the tree hands its shapes over).
   */
  private countFast(f: FastTree<Summary>, values: readonly RawValue[], row: number): void {
    this.scoredCount++;
    const shape = f.shape;
    shape.count++;
    const total = f.total;
    const ints = this.sums.ints;
    const score = f.score;
    // The root adds the record's rounded score; every other applying node its score.
    ints[0] = ints[0]! + total;
    const order = shape.order;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      ints[i] = ints[i]! + score[i]!;
    }
    this.sums.tick();
    this.bandCounts[this.fastBand[f.band + 3]!]!++;
    if (total < this.fastMin) this.fastMin = total;
    if (total > this.fastMax) this.fastMax = total;
    const groups = this.groups;
    const dims = this.dims;
    const applies = shape.applies;
    const codes = this.rowCodes;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const code = codes[g.index]!;
      const v = (g.byCode[code] ?? this.groupEntry(g, values[g.index] ?? null, code)).sums;
      const gi = v.ints;
      const gc = v.counts;
      gi[0] = gi[0]! + total;
      gc[0] = gc[0]! + 1;
      for (let d = 0; d < dims.length; d++) {
        const i = dims[d]!;
        if (applies[i] === 1) {
          gi[1 + d] = gi[1 + d]! + score[i]!;
          gc[1 + d] = gc[1 + d]! + 1;
        }
      }
      v.tick();
    }
    if (shape.empties.length > 0) {
      const notes = shape.notes ?? this.shapeNotes(f, shape, row);
      for (let k = 0; k < notes.length; k++) notes[k]!.count++;
    }
  }

  /** The missing-value summaries of a shape's empty leaves (created at the first row that has one). */
  private shapeNotes(f: FastTree<Summary>, shape: Shape<Summary>, row: number): Summary[] {
    const notes: Summary[] = [];
    for (const leaf of shape.empties) {
      let summary = this.leafSummaries[leaf];
      if (!summary) {
        const node = f.leaves[leaf]!;
        const problem = this.missingProblem(node);
        const key = `${problem.code}\u0000${node.code}`;
        summary = this.summaries.get(key) ?? { problem, count: 0, row };
        this.summaries.set(key, summary);
        this.leafSummaries[leaf] = summary;
      }
      notes.push(summary);
    }
    shape.notes = notes;
    return notes;
  }

  /** A shape's records into the population: each applying node's count, maximum and covered maximum. */
  private addShape(shape: Shape<Summary>): void {
    const sums = this.sums;
    const n = this.n;
    const times = shape.count;
    const { applies, max, covered } = shape;
    for (let i = 0; i < n; i++) {
      if (applies[i] === 0) continue;
      sums.addCount(i, times);
      sums.addTimes(n + i, max[i]!, times);
      sums.addTimes(2 * n + i, covered[i]!, times);
    }
  }

  /** The info problem of an empty cell in a leaf's column (as the reference path words it). */
  private missingProblem(leaf: LeafNode): Problem {
    let policy = this.rubric.root.missing ?? this.rubric.missing ?? 'zero';
    for (const { node } of walk(this.rubric.root)) {
      if (node.missing !== undefined && (node === leaf || contains(node, leaf))) policy = node.missing;
    }
    const column = this.leafColumn.get(leaf);
    const args: Args = { code: leaf.code, policy, hasRow: true, ...(column !== undefined ? { column: 'record', header: this.header(column) } : {}) };
    return { code: 'SCORE_MISSING_EVIDENCE', severity: 'info', args, node: leaf.code, ...(column !== undefined ? { column } : {}) };
  }

  private skip(input: RecordInput, problems: readonly Problem[]): RecordResult {
    this.skippedCount++;
    const codes: string[] = [];
    for (const p of problems) {
      this.note(p, input);
      if (p.severity === 'error' && !codes.includes(p.code)) codes.push(p.code);
    }
    return { status: 'skipped', problems: codes };
  }

  /** Lists a row's problem (errors and warnings up to the cap), or adds it to its summary (info). */
  private note(p: Problem, input: RecordInput): void {
    if (p.severity === 'info') {
      const key = `${p.code}\u0000${p.node ?? ''}`;
      const s = this.summaries.get(key);
      if (s) {
        s.count++;
        if (s.count === 1) s.row = input.row;
      } else this.summaries.set(key, { problem: p, count: 1, row: input.row });
      return;
    }
    this.counted[p.severity]++;
    const list = this.listed[p.severity];
    if (list.length < this.maxListed) list.push(diag(p.code, p.severity, p.args, this.location(input.row, p.column, p.node)));
  }

  private location(row: number, column?: number, code?: string): Location {
    const o = this.options;
    const loc: Location = { file: o.file };
    if (o.format === 'csv') loc.line = row;
    if (o.sheet !== undefined) loc.sheet = o.sheet;
    const ref = column !== undefined ? o.columns[column] : undefined;
    if (ref) loc.cell = `${ref.letter}${row}`;
    loc.row = row;
    if (code !== undefined) loc.code = code;
    return loc;
  }

  private header(i: number): string {
    return this.options.columns[i]?.header ?? this.cols[i]!.header.id;
  }

  // -------------------------------------------------------------------------------------------
  // Groups

  /** The group of a cell value, whose code (in the column's ValueCodes) is `code`. */
  private groupEntry(g: GroupPlan, raw: RawValue, code: number): GroupEntry {
    const byCode = g.byCode;
    const cached = byCode[code];
    if (cached !== undefined) return cached;
    const entry = this.findGroup(g, raw);
    // Grown in order (no holes past the end): codes come in order, but a code may skip a row here.
    while (byCode.length < code) byCode.push(undefined);
    byCode[code] = entry;
    return entry;
  }

  private findGroup(g: GroupPlan, raw: RawValue): GroupEntry {
    const text = textOf(raw);
    let key: string;
    let label: LocalText;
    let kind: GroupEntry['kind'];
    let order: number;
    const matched = g.lookup && text !== '' ? matchLookup({ raw, text }, g.lookup) : undefined;
    if (text === '') {
      [key, label, kind, order] = ['empty', { ...scoringLabels.emptyGroup }, 'empty', Number.MAX_SAFE_INTEGER - 1];
    } else if (matched?.status === 'ok') {
      const c = g.lookup!.scoring.cases[matched.value]!;
      const first = c.match[0] ?? text;
      [key, label, kind, order] = [`case:${matched.value}`, c.label ? { id: c.label.id, en: c.label.en } : { id: first, en: first }, 'case', matched.value];
    } else {
      [key, label, kind, order] = [`value:${codeKey(text)}`, { id: text, en: text }, 'value', g.lookup ? g.lookup.scoring.cases.length : 0];
    }
    let entry = g.entries.get(key);
    if (!entry) {
      if (g.entries.size >= this.maxGroups && kind !== 'empty') {
        g.other ??= this.newEntry('other', { ...scoringLabels.otherGroup }, 'other', Number.MAX_SAFE_INTEGER);
        entry = g.other;
      } else {
        entry = this.newEntry(key, label, kind, order);
        g.entries.set(key, entry);
      }
    }
    return entry;
  }

  private newEntry(key: string, label: LocalText, kind: GroupEntry['kind'], order: number): GroupEntry {
    return { key, label, kind, order, sums: new SumVector(1 + this.dims.length) };
  }

  private breakdown(g: GroupPlan): PopulationBreakdown {
    const entries = [...g.entries.values(), ...(g.other ? [g.other] : [])];
    entries.sort((a, b) => a.order - b.order || a.label.id.localeCompare(b.label.id, 'id') || a.key.localeCompare(b.key));
    return {
      column: g.def.key,
      header: g.def.header,
      by: g.lookup ? 'lookup' : 'value',
      groups: entries.map((e) => {
        const mean = e.sums.mean(0);
        const score = mean ? roundTotal(mean, this.rubric) : null;
        return {
          key: e.key,
          label: e.label,
          kind: e.kind,
          count: e.sums.count(0),
          mean,
          score,
          predicate: score ? classify(score, this.rubric) : noPredicate(),
          dimensions: this.dims.map((i, d) => ({ code: this.nodes[i]!.code, mean: e.sums.mean(1 + d) })),
        };
      }),
    };
  }

  // -------------------------------------------------------------------------------------------
  // The tree of means

  private distribution(): PopulationSummary['distribution'] {
    const scored = this.scoredCount;
    return this.predicates.flatMap((p, i) => {
      const count = this.bandCounts[i]!;
      if (p.kind !== 'band' && count === 0) return [];
      const item: PopulationSummary['distribution'][number] = {
        code: p.code,
        label: p.label,
        kind: p.kind,
        count,
        share: scored > 0 ? Dec.of(BigInt(count), BigInt(scored)) : null,
      };
      if (p.color !== undefined) item.color = p.color;
      return [item];
    });
  }

  private meanTree(): NodeResult {
    const shares = effectiveShares(this.rubric);
    const build = (node: RubricNode, depth: number, at: { i: number }, policy: NodeResult['missingPolicy']): NodeResult => {
      const i = at.i++;
      const n = this.n;
      const records = this.sums.count(i);
      const score = this.sums.mean(i) ?? Dec.ZERO;
      const max = this.sums.mean(n + i, i) ?? Dec.ZERO;
      const maxSum = this.sums.value(n + i);
      const r: NodeResult = {
        ...nodeHead(node, depth),
        ...(!isLeaf(node) && node.cap !== undefined ? { cap: Dec.num(node.cap) } : {}),
        status: records === 0 ? (this.scoredCount === 0 ? 'missing' : 'not-applicable') : 'scored',
        score,
        selfScore: score,
        max,
        percent: records ? percentOf(score, max) : null,
        share: shares.get(node) ?? Dec.ZERO,
        coverage: maxSum.gt(Dec.ZERO) ? this.sums.value(2 * n + i).div(maxSum) : Dec.ZERO,
        missingPolicy: policy,
        records,
      };
      if (node.provenance) r.provenance = node.provenance;
      if (!isLeaf(node)) r.children = node.children.map((c) => build(c, depth + 1, at, c.missing ?? policy));
      return r;
    };
    return build(this.rubric.root, 0, { i: 0 }, this.rubric.root.missing ?? this.rubric.missing ?? 'zero');
  }
}

function contains(group: RubricNode, node: RubricNode): boolean {
  if (isLeaf(group)) return false;
  return group.children.some((c) => c === node || contains(c, node));
}
