/** merit-report/1 `population` (see common.ts). */
import type { PopulationSummary } from '../../scoring/types.js';
import { compact, local, nOrNull, predicate, type Obj } from '../json-values.js';

export function populationJson(p: PopulationSummary): Obj {
  return compact({
    aggregate: p.aggregate,
    rows: p.rows,
    scored: p.scored,
    skipped: p.skipped,
    duplicates: { count: p.duplicates.count, estimated: p.duplicates.estimated },
    recordId: p.recordId ? { column: p.recordId.column, header: local(p.recordId.header) } : undefined,
    mean: nOrNull(p.mean),
    min: nOrNull(p.min),
    max: nOrNull(p.max),
    distribution: p.distribution.map((d) => compact({ code: d.code, label: local(d.label), kind: d.kind, color: d.color, count: d.count, share: nOrNull(d.share) })),
    dimensions: p.dimensions.map((d) => ({ code: d.code, name: local(d.name), mean: nOrNull(d.mean), max: nOrNull(d.max), percent: nOrNull(d.percent), records: d.records })),
    breakdowns: p.breakdowns.map((b) => ({
      column: b.column,
      header: local(b.header),
      by: b.by,
      groups: b.groups.map((g) => ({
        key: g.key,
        label: local(g.label),
        kind: g.kind,
        count: g.count,
        mean: nOrNull(g.mean),
        score: nOrNull(g.score),
        predicate: predicate(g.predicate),
        dimensions: g.dimensions.map((m) => ({ code: m.code, mean: nOrNull(m.mean) })),
      })),
    })),
  });
}
