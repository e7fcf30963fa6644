/**
 * Record mode: a record file scored row by row, streaming, then aggregated. The rules and how the
 * files of this folder share the work: docs/records.md.
 */
import { Dec } from '../../decimal.js';
import { diag, type Diagnostic } from '../../diagnostics.js';
import type { RecordColumnRef, RecordInput } from '../../evidence/records.js';
import type { InputFormat, RawValue } from '../../evidence/types.js';
import { roundTotal, walk } from '../../rubric/tree.js';
import { isLeaf, type ColumnDef, type LoadedRubric, type Rubric, type RubricNode } from '../../rubric/types.js';
import { VERSION } from '../../version.js';
import { classify, fromBand, noPredicate, orderedBands } from '../bands.js';
import { ABOVE, BELOW, NO_BAND } from '../rules.js';
import { baseName, percentOf, provisionalParts, rubricInfo } from '../score.js';
import type { Assessment, PopulationSummary, Predicate } from '../types.js';
import { isBlank, isSpace, textOf } from './cells.js';
import { ValueCodes } from './codes.js';
import { FastTree, type Shape } from './fast.js';
import { IdConfirmation, IdTracker, type IdCandidates } from './ids.js';
import { groupPlans, Population } from './population.js';
import { RowProblems, type Problem, type Summary } from './problems.js';
import { ReferencePath } from './reference.js';

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

/** Distinct values per column whose results are kept (see codes.ts). */
const CODE_CAPACITY = 4096;
const NONE: readonly string[] = Object.freeze([]);
const NO_CANDIDATES: IdCandidates = { size: 0, has: () => false };

/** A record id (NIP) as compared for repeats: the cell's trimmed text. */
export const recordIdText = textOf;

/** The columns a record rubric reads: leaves, conditions, group-by and the record id. */
export function usedColumns(rubric: Rubric): Set<string> {
  const used = new Set<string>();
  for (const { node } of walk(rubric.root)) {
    if (node.when?.column !== undefined) used.add(node.when.column);
    if (isLeaf(node) && node.column !== undefined) used.add(node.column);
    if (isLeaf(node) && node.scoring.kind === 'ratio') used.add(node.scoring.numerator).add(node.scoring.denominator);
  }
  for (const key of rubric.population?.groupBy ?? []) used.add(key);
  if (rubric.population?.recordId !== undefined) used.add(rubric.population.recordId);
  return used;
}

export class RecordSession {
  private readonly rubric: Rubric;
  private readonly cols: readonly ColumnDef[];
  private readonly colIndex = new Map<string, number>();
  private readonly required: number[];
  private readonly idIndex: number | undefined;
  private readonly predicates: Predicate[];
  private readonly reference: ReferencePath;
  private readonly problems: RowProblems;
  private readonly population: Population<Summary>;
  /** Walk-order indexes of the top-level nodes (dimensions). */
  private readonly dims: readonly number[];

  private readonly fast: FastTree<Summary> | undefined;
  /** The columns coded for every row, and the codes of the current row (by column). */
  private readonly coded: number[];
  private readonly tablesCoded: ValueCodes[];
  private readonly rowCodes: Int32Array;
  /** FastTree band + 3 -> index into `predicates` (bands are -3..n-1: rules.ts NO_BAND, ABOVE, BELOW). */
  private readonly fastBand: Int32Array;
  /** Per fast-path leaf: its missing-value summary (created on first use). */
  private readonly leafSummaries: (Summary | undefined)[] = [];
  private readonly ids: IdTracker | undefined;

  private rows = 0;
  private skippedCount = 0;

  constructor(
    readonly loaded: LoadedRubric,
    private readonly options: RecordSessionOptions,
  ) {
    this.rubric = loaded.rubric;
    this.cols = this.rubric.columns ?? [];
    this.cols.forEach((c, i) => this.colIndex.set(c.key, i));
    this.problems = new RowProblems(options, this.cols, options.maxListed ?? 100);

    const bands = orderedBands(this.rubric);
    const range = this.rubric.outOfRange;
    this.predicates = [
      ...bands.map((b) => fromBand(b, 'band')),
      ...(range?.below ? [fromBand(range.below, 'below')] : []),
      ...(range?.above ? [fromBand(range.above, 'above')] : []),
      noPredicate(),
    ];
    const bandIndex = new Map<string, number>();
    this.predicates.forEach((p, i) => bandIndex.set(`${p.kind}:${p.code}`, i));
    const none = this.predicates.length - 1;
    const nb = bands.length;
    const below = range?.below ? 1 : 0;
    this.fastBand = Int32Array.from({ length: nb + 3 }, (_, k) => {
      const b = k - 3;
      return b >= 0 ? b : b === BELOW ? nb : b === ABOVE ? nb + below : b === NO_BAND ? none : none;
    });

    this.reference = new ReferencePath(this.rubric, this.colIndex, this.problems, options.decimalComma === true, bandIndex, none);
    this.dims = this.reference.dims;
    this.required = this.cols.flatMap((c, i) => (c.required ? [i] : []));
    const idKey = this.rubric.population?.recordId;
    this.idIndex = idKey !== undefined ? this.colIndex.get(idKey) : undefined;
    if (this.idIndex !== undefined) this.ids = new IdTracker(options.expectedRows);

    const tables: (ValueCodes | undefined)[] = new Array<ValueCodes | undefined>(this.cols.length + 1).fill(undefined);
    const codesFor = (c: number): ValueCodes => (tables[c] ??= new ValueCodes(CODE_CAPACITY));
    this.fast = options.reference ? undefined : FastTree.compile<Summary>(this.rubric, this.colIndex, options.decimalComma === true, codesFor);
    if (!this.fast) tables.fill(undefined);

    const groups = groupPlans(this.rubric, this.colIndex, this.reference.leafColumn, codesFor);
    this.population = new Population<Summary>(this.rubric, this.reference.nodes, this.dims, this.predicates, groups, options.maxGroups ?? 1000);
    this.coded = [];
    for (let c = 0; c < this.cols.length; c++) if (tables[c]) this.coded.push(c);
    this.tablesCoded = this.coded.map((c) => tables[c]!);
    this.rowCodes = new Int32Array(this.cols.length + 1);

    if (this.fast) this.fast.onDrain = (shape) => this.population.addShape(shape);
    this.result = { status: 'scored', score: 0, predicate: noPredicate(), dimensions: this.dims.map(() => null), problems: NONE };
  }

  /** The rubric's columns, in order (what `RecordInput.values` is aligned with). */
  get columns(): readonly ColumnDef[] {
    return this.cols;
  }

  /** The top-level nodes, in rubric order (what `RecordOutcome.dimensions` is aligned with). */
  get dimensionNodes(): readonly RubricNode[] {
    return this.dims.map((i) => this.reference.nodes[i]!);
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
        (problems ??= []).push({ code: 'SCORE_REQUIRED_EMPTY', severity: 'error', args: { header: this.problems.header(i) }, column: i });
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
      const band = this.fastBand[fast.band + 3]!;
      this.population.countFast(fast, band, values, codes);
      const shape = fast.shape;
      if (shape.empties.length > 0) {
        const notes = shape.notes ?? this.shapeNotes(fast, shape, input.row);
        for (let k = 0; k < notes.length; k++) notes[k]!.count++;
      }
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
      r.predicate = this.predicates[band]!;
      return r;
    }

    const outcome = this.reference.outcomeFor(values);
    if (outcome.error) return this.skip(input, outcome.problems);
    this.population.count(outcome, values, codes);
    for (const p of outcome.problems) this.problems.note(p, input.row);
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

  /** Ids that may repeat: a second read must confirm them (see ids.ts); empty when none does. */
  get idCandidates(): IdCandidates {
    return this.ids?.candidates ?? NO_CANDIDATES;
  }

  /** For the second read: the column of the record id, and how to read an id from a raw value. */
  get idColumn(): number | undefined {
    return this.idIndex;
  }

  /** Builds the confirmation the second read feeds (`confirmation.add(id, row)` per row). */
  confirmation(): IdConfirmation {
    return new IdConfirmation(this.idCandidates, this.problems.maxListed);
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
    const problems = this.problems;
    const population = this.population;
    diagnostics.push(...problems.listed.error);

    // Repeated ids, as the second read confirmed them.
    const { listed: repeats, total } = confirmed?.result() ?? { listed: [], total: 0 };
    let repeatTotal = total;
    const estimated = (this.ids?.uncounted ?? 0) > 0;
    if (estimated) repeatTotal += this.ids!.uncounted;
    const idCol = this.idIndex;
    for (const r of repeats) {
      diagnostics.push(
        diag('SCORE_DUPLICATE_RECORD_ID', 'warning', { value: r.id, header: idCol !== undefined ? problems.header(idCol) : '', first: r.first }, problems.location(r.row, idCol)),
      );
    }
    diagnostics.push(...problems.listed.warning);
    diagnostics.push(...problems.summaryDiagnostics());
    if (this.skippedCount > 0) {
      diagnostics.push(
        diag('SCORE_ROWS_SKIPPED', 'error', { skipped: this.skippedCount, rows: this.rows, errors: problems.counted.error, listed: problems.listed.error.length }, { file }),
      );
    }
    const warnings = problems.counted.warning + repeatTotal;
    const listedWarnings = problems.listed.warning.length + repeats.length;
    if (warnings > listedWarnings) diagnostics.push(diag('SCORE_WARNINGS_CAPPED', 'info', { total: warnings, listed: listedWarnings }, { file }));
    if (population.scored === 0) diagnostics.push(diag('SCORE_NO_RECORDS', 'error', { rows: this.rows }, { file }));

    this.fast?.drain();
    const root = population.meanTree();
    const mean = population.mean;
    const score = mean ? roundTotal(mean, rubric) : Dec.ZERO;
    const predicate = mean ? classify(score, rubric) : noPredicate();
    const subject: Assessment['subject'] = o.meta?.subject
      ? { name: o.meta.subject, source: 'workbook' }
      : o.subject?.trim()
        ? { name: o.subject.trim(), source: 'option' }
        : { name: baseName(file), source: 'filename' };
    const period = o.meta?.period ?? o.period?.trim();
    if (period) subject.period = period;

    const { min, max } = population.range();
    const summary: PopulationSummary = {
      aggregate: 'mean',
      rows: this.rows,
      scored: population.scored,
      skipped: this.skippedCount,
      duplicates: { count: repeatTotal, estimated },
      mean,
      min,
      max,
      distribution: population.distribution(),
      dimensions: (root.children ?? []).map((c) => ({
        code: c.code,
        name: c.name,
        mean: c.records ? c.score : null,
        max: c.records ? c.max : null,
        percent: c.records ? c.percent : null,
        records: c.records ?? 0,
      })),
      breakdowns: population.groups.map((g) => population.breakdown(g)),
    };
    if (idCol !== undefined) summary.recordId = { column: this.cols[idCol]!.key, header: this.cols[idCol]!.header };

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
      population: summary,
    };
    if (o.now) a.generatedAt = o.now.toISOString();
    return a;
  }

  // -------------------------------------------------------------------------------------------
  // Problems

  /** The missing-value summaries of a shape's empty leaves (created at the first row that has one). */
  private shapeNotes(f: FastTree<Summary>, shape: Shape<Summary>, row: number): Summary[] {
    const notes: Summary[] = [];
    for (const leaf of shape.empties) {
      let summary = this.leafSummaries[leaf];
      if (!summary) {
        const node = f.leaves[leaf]!;
        summary = this.problems.summary(this.reference.missingProblem(node), node.code, row);
        this.leafSummaries[leaf] = summary;
      }
      notes.push(summary);
    }
    shape.notes = notes;
    return notes;
  }

  private skip(input: RecordInput, problems: readonly Problem[]): RecordResult {
    this.skippedCount++;
    const codes: string[] = [];
    for (const p of problems) {
      this.problems.note(p, input.row);
      if (p.severity === 'error' && !codes.includes(p.code)) codes.push(p.code);
    }
    return { status: 'skipped', problems: codes };
  }
}
