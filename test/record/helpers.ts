/**
 * Record-mode test helpers: score a record file in-process (the same path as `merit score`) and
 * keep a copy of every row's result, and read the hand-computed tables of examples/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordInput } from '../../src/evidence/records.js';
import { openRecordFile } from '../../src/evidence/records.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { RecordSession, recordIdText, usedColumns, type RecordSessionOptions } from '../../src/scoring/record/index.js';
import type { Assessment } from '../../src/scoring/types.js';
import { ROOT } from '../helpers/cli.js';

export const EXAMPLE = 'examples/pegawai-contoh.csv';

let ipAsn: Promise<LoadedRubric> | undefined;
export function ipAsnRubric(): Promise<LoadedRubric> {
  return (ipAsn ??= loadRubric('ip-asn-2019'));
}

export interface RowCopy {
  row: number;
  values: RecordInput['values'];
  status: 'scored' | 'skipped';
  score?: number;
  predicate?: string;
  dimensions?: (number | null)[];
  problems: string[];
}

/** Scores a record file like record-action.ts does, keeping a copy of every row's result. */
export async function scoreRows(
  file: string,
  loaded?: LoadedRubric,
  extra: Partial<RecordSessionOptions> & { sheet?: string } = {},
): Promise<{ assessment: Assessment; rows: RowCopy[] }> {
  const l = loaded ?? (await ipAsnRubric());
  const columns = l.rubric.columns ?? [];
  const options = { used: usedColumns(l.rubric), ...(extra.sheet !== undefined ? { sheet: extra.sheet } : {}) };
  const reader = await openRecordFile(file, columns, options);
  const { sheet: _, ...sessionExtra } = extra;
  const session = new RecordSession(l, {
    file,
    format: reader.layout.format,
    ...(reader.layout.sheet !== undefined ? { sheet: reader.layout.sheet } : {}),
    columns: reader.layout.columns,
    decimalComma: reader.layout.csv?.decimalComma === true,
    ...sessionExtra,
  });
  const rows: RowCopy[] = [];
  await reader.read((input) => {
    const r = session.add(input);
    const copy: RowCopy = { row: input.row, values: [...input.values], status: r.status, problems: [...r.problems] };
    if (r.score !== undefined) copy.score = r.score;
    if (r.predicate) copy.predicate = r.predicate.code;
    if (r.dimensions) copy.dimensions = [...r.dimensions];
    rows.push(copy);
  });
  let confirmed;
  if (session.idCandidates.size > 0) {
    confirmed = session.confirmation();
    const again = await openRecordFile(file, columns, options);
    await again.read((input) => {
      const v = input.values[session.idColumn!];
      if (v !== null && v !== undefined) confirmed!.add(recordIdText(v), input.row);
    });
  }
  const meta = { subject: reader.layout.meta.subject?.value, period: reader.layout.meta.period?.value };
  const assessment = session.finish({ sha256: await reader.sha256(), diagnostics: reader.layout.diagnostics, meta }, confirmed);
  return { assessment, rows };
}

/** The "All 30 (reference values)" table of examples/README.md, by employee number. */
export interface Expected {
  no: number;
  unit: string;
  post: string;
  sex: string;
  education: string;
  kual: number;
  komp: number;
  kin: number;
  dis: number;
  total: number;
  band: string;
}

export function readmeTable(): Expected[] {
  const text = readFileSync(join(ROOT, 'examples/README.md'), 'utf8');
  const start = text.indexOf('### All 30 (reference values)');
  const lines = text.slice(start).split('\n').filter((l) => /^\| \d\d \|/.test(l));
  return lines.map((l) => {
    const c = l.split('|').slice(1, -1).map((x) => x.trim());
    return {
      no: Number(c[0]),
      unit: c[1]!,
      post: c[2]!,
      sex: c[3]!,
      education: c[4]!,
      kual: Number(c[11]),
      komp: Number(c[12]),
      kin: Number(c[13]),
      dis: Number(c[14]),
      total: Number(c[15]),
      band: c[16]!,
    };
  });
}

/** The population table of examples/README.md: `Unit kerja: BKPSDM` -> {n, sum}. */
export function readmeGroups(): Map<string, { n: number; sum: number }> {
  const text = readFileSync(join(ROOT, 'examples/README.md'), 'utf8');
  const start = text.indexOf('### Population (mean, rounded to 2 decimals)');
  const out = new Map<string, { n: number; sum: number }>();
  for (const l of text.slice(start).split('\n')) {
    const m = /^\| ([^|]+?) \| (\d+) \| ([\d.]+) \|/.exec(l);
    if (m) out.set(m[1]!, { n: Number(m[2]), sum: Number(m[3]) });
  }
  return out;
}
