/**
 * `merit-batch/1`: a batch as JSON, described by schemas/merit-batch-1.schema.json.
 *
 * `results` holds one `merit-report/1` object per scored file (exactly what `merit score
 * --format json` prints for that file alone), sorted by input path; `outcomes` has one entry per
 * input, scored or not, with its exit code and gate results; `summary` has the counts, the files
 * per predicate, the score statistics, the worst exit code and the files that could not be
 * scored with their diagnostics. Key order is fixed; with `deterministic` no timestamp is written.
 */
import { diagnosticCounts, type BatchResult } from '../scoring/batch.js';
import { nodes } from './format.js';
import { compact, diagnostic, local, nOrNull, reportObject, rubricObject, type JsonOptions, type Obj } from './json.js';

export const BATCH_SCHEMA = 'merit-batch/1';

export function renderBatchJson(r: BatchResult, o: JsonOptions): string {
  return [...batchJsonChunks(r, o)].join('');
}

/** Placeholder for `results` in the skeleton; JSON escapes NUL, so no real value can look like it. */
const RESULTS = '\u0000merit:results\u0000';

/**
 * The same bytes as `renderBatchJson`, in pieces: the skeleton up to `results`, one report per
 * scored file, then the rest. A batch of hundreds of files is written without ever holding all of
 * its JSON (tens of MB) or all of its report objects in memory at once.
 */
export function* batchJsonChunks(r: BatchResult, o: JsonOptions): Generator<string> {
  const skeleton = JSON.stringify(batchObject(r, o, false), null, 2) + '\n';
  const marker = JSON.stringify(RESULTS);
  const at = skeleton.indexOf(marker);
  yield skeleton.slice(0, at);
  const scored = r.items.filter((i) => i.assessment);
  if (scored.length === 0) yield '[]';
  else {
    yield '[\n';
    for (let k = 0; k < scored.length; k++) {
      // An element at depth 2, as JSON.stringify(whole, null, 2) indents it: nest it two arrays
      // deep and cut the brackets off (`[\n  [\n` and `\n  ]\n]`, six characters each).
      const json = JSON.stringify([[reportObject(scored[k]!.assessment!, o)]], null, 2).slice(6, -6);
      yield `${json}${k < scored.length - 1 ? ',' : ''}\n`;
    }
    yield '  ]';
  }
  yield skeleton.slice(at + marker.length);
}

/** The batch as one object (with every report in `results`, unless `withResults` is false). */
export function batchObject(r: BatchResult, o: JsonOptions, withResults = true): Obj {
  const results: Obj[] = [];
  const outcomes: Obj[] = [];
  let index = 0;
  for (const item of r.items) {
    const { errors, warnings } = diagnosticCounts(item);
    const outcome: Obj = { input: item.input, status: item.status, exitCode: item.exitCode };
    if (item.assessment) {
      outcome.result = index++;
      outcome.score = item.assessment.score.toNumber();
      outcome.predicate = item.assessment.predicate.code;
      // v2 (optional keys): the nominal figure, an incomplete total, the per-node categories.
      const a = item.assessment;
      if (a.nominal) outcome.nominal = a.nominal.value.toNumber();
      if (a.incomplete) outcome.incomplete = { missing: [...a.incomplete.missing], fallback: a.incomplete.fallback };
      const categories = [...nodes(a.root)].filter((n) => n.category).map((n) => ({ code: n.code, category: n.category!.code }));
      if (categories.length) outcome.categories = categories;
      if (withResults) results.push(reportObject(item.assessment, o));
    }
    outcome.gates = item.gates.map((g) => ({ gate: g.gate, passed: g.passed, expected: g.expected, found: g.found }));
    outcome.errors = errors;
    outcome.warnings = warnings;
    outcomes.push(outcome);
  }
  const s = r.summary;
  const out: Obj = {
    schema: BATCH_SCHEMA,
    tool: { name: r.tool.name, version: r.tool.version },
    rubric: rubricObject(r.rubric),
    gates: compact({ failUnder: r.gates.failUnder?.toNumber(), minPredicate: r.gates.minPredicate, minCoverage: r.gates.minCoverage?.toNumber(), minAspect: r.gates.minAspect?.map((m) => ({ code: m.code, min: m.score?.toNumber() ?? m.band! })), maxWarnings: r.gates.maxWarnings }),
    results: withResults ? results : RESULTS,
    outcomes,
    summary: {
      files: s.files,
      scored: s.scored,
      failed: s.failed,
      gateFailures: s.gateFailures,
      withErrors: s.withErrors,
      byPredicate: s.byPredicate.map((p) => compact({ code: p.code, label: local(p.label), kind: p.kind, color: p.color, count: p.count })),
      mean: nOrNull(s.mean),
      median: nOrNull(s.median),
      min: nOrNull(s.min),
      max: nOrNull(s.max),
      exitCode: s.exitCode,
      failures: r.items
        .filter((i) => i.status === 'failed')
        .map((i) => ({ input: i.input, exitCode: i.exitCode, diagnostics: i.diagnostics.map(diagnostic) })),
    },
  };
  if (!o.deterministic && r.generatedAt !== undefined) out.generatedAt = r.generatedAt;
  return out;
}
