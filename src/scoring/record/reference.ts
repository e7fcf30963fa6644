/**
 * The reference path of record mode: one record scored by evaluateTree (the agency scorer's own
 * tree walk), rounded and classified as the rubric says, its diagnostics worded as an agency's
 * are. Outcomes are cached by the values the record's leaves, conditions and group-bys read.
 */
import type { Dec } from '../../decimal.js';
import type { Args } from '../../diagnostics.js';
import type { RawValue } from '../../evidence/types.js';
import { accepts, conditionKey, roundTotal, walk } from '../../rubric/tree.js';
import { isLeaf, type GroupNode, type LeafNode, type Rubric, type RubricNode } from '../../rubric/types.js';
import { classify } from '../bands.js';
import { evaluateTree, type LeafEvidence } from '../score.js';
import type { NodeResult, Predicate } from '../types.js';
import { textOf } from './cells.js';
import type { Problem, RowProblems } from './problems.js';
import { scaled, SCALED_ZERO, type Scaled } from './sums.js';

/** A record scored by the reference path (evaluateTree): cached by the values it read. */
export interface Outcome {
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

const CACHE_LIMIT = 4096;
const SEP = '\u0001';
const NO_REF = { cell: '', row: 0, column: 0 };

export class ReferencePath {
  /** The rubric's nodes in walk order (the index every per-node array uses). */
  readonly nodes: RubricNode[] = [];
  /** Walk-order indexes of the top-level nodes (dimensions). */
  readonly dims: number[] = [];
  /** Each leaf's column (index into the rubric's columns), when the rubric declares it. */
  readonly leafColumn = new Map<LeafNode, number>();
  /** v2 ratio leaves: their numerator and denominator columns. */
  readonly ratioColumns = new Map<LeafNode, [number, number]>();
  /** Groups whose children are all conditional, by node index. */
  private readonly pathGroups: { index: number; node: GroupNode }[] = [];
  /** The columns a leaf or a condition reads: what a cached outcome is keyed by. */
  private readonly keyColumns: number[];
  private cache = new Map<string, Outcome>();

  constructor(
    private readonly rubric: Rubric,
    private readonly colIndex: ReadonlyMap<string, number>,
    private readonly problems: RowProblems,
    private readonly decimalComma: boolean,
    /** A predicate's index in the session's list (`kind:code` -> index), and the index of none. */
    private readonly bandIndex: ReadonlyMap<string, number>,
    private readonly noBand: number,
  ) {
    const used = new Set<number>();
    for (const { node } of walk(rubric.root)) {
      const i = this.nodes.length;
      this.nodes.push(node);
      if (node.when) {
        const c = colIndex.get(node.when.column ?? "");
        if (c !== undefined) used.add(c);
      }
      if (isLeaf(node) && node.scoring.kind === 'ratio') {
        // v2: a ratio of two number columns of the record.
        const n = colIndex.get(node.scoring.numerator);
        const d = colIndex.get(node.scoring.denominator);
        if (n !== undefined && d !== undefined) {
          this.ratioColumns.set(node, [n, d]);
          used.add(n).add(d);
        }
      } else if (isLeaf(node)) {
        const c = node.column !== undefined ? colIndex.get(node.column) : undefined;
        if (c !== undefined) {
          this.leafColumn.set(node, c);
          used.add(c);
        }
      } else if (node.children.length > 0 && node.children.every((ch) => ch.when)) {
        this.pathGroups.push({ index: i, node });
      }
    }
    for (const child of rubric.root.children) this.dims.push(this.nodes.indexOf(child));
    this.keyColumns = [...used].sort((a, b) => a - b);
  }

  /** The outcome of a record, from the cache when a record with the same values was scored. */
  outcomeFor(values: readonly RawValue[]): Outcome {
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
      parse: { decimalComma: this.decimalComma },
      evidenceFor: (leaf) => {
        const ratio = this.ratioColumns.get(leaf);
        if (ratio) {
          const [n, d] = ratio.map(cellOf);
          const text = n && d ? `${n.text}/${d.text}` : '';
          return text ? { row: { ref: NO_REF }, self: { raw: text, text } } : { row: { ref: NO_REF } };
        }
        const self = cellOf(this.leafColumn.get(leaf));
        return self ? { row: { ref: NO_REF }, self } : { row: { ref: NO_REF } };
      },
      applies: (node) => {
        const c = this.colIndex.get(node.when!.column ?? "");
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
      const args: Args = column !== undefined ? { ...d.args, column: 'record', header: this.problems.header(column) } : d.args;
      problems.push({ code: d.code, severity: d.severity, args, ...(code !== undefined ? { node: code } : {}), ...(column !== undefined ? { column } : {}) });
    }
    for (const { index, node } of this.pathGroups) {
      const r = flat[index]!;
      if (r.status === 'not-applicable' || !(r.children ?? []).every((c) => c.status === 'not-applicable')) continue;
      const columnKey = node.children[0]!.when!.column ?? "";
      const c = this.colIndex.get(columnKey);
      const expected = [...new Set(node.children.flatMap((ch) => ch.when?.in ?? []))];
      problems.push({
        code: 'SCORE_NO_CONDITION_MATCH',
        severity: 'error',
        args: { code: node.code, header: c !== undefined ? this.problems.header(c) : columnKey, value: c !== undefined ? textOf(values[c] ?? null) : '', expected },
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
      band: this.bandIndex.get(`${predicate.kind}:${predicate.code}`) ?? this.noBand,
    };
  }

  /** The info problem of an empty cell in a leaf's column (as the reference path words it). */
  missingProblem(leaf: LeafNode): Problem {
    let policy = this.rubric.root.missing ?? this.rubric.missing ?? 'zero';
    for (const { node } of walk(this.rubric.root)) {
      if (node.missing !== undefined && (node === leaf || contains(node, leaf))) policy = node.missing;
    }
    const column = this.leafColumn.get(leaf);
    const args: Args = { code: leaf.code, policy, hasRow: true, ...(column !== undefined ? { column: 'record', header: this.problems.header(column) } : {}) };
    return { code: 'SCORE_MISSING_EVIDENCE', severity: 'info', args, node: leaf.code, ...(column !== undefined ? { column } : {}) };
  }
}

function contains(group: RubricNode, node: RubricNode): boolean {
  if (isLeaf(group)) return false;
  return group.children.some((c) => c === node || contains(c, node));
}
