/**
 * One evidence file, start to end: read, score, hold to the gates. `merit score` (one file),
 * every file of a batch, and the analysis commands (gap, diff, explain) all go through here, so
 * a file is read and scored the same way whichever command asks.
 *
 * Why here in src/cli and not below it: record rubrics stream their rows through
 * record-action.ts, which writes `--records FILE.csv` as the rows go by (a file the CLI owns).
 * The module does no terminal I/O and takes no command-line options: commands turn their flags
 * into FileSettings (score-options.ts) and print what comes back, so no command imports another.
 */
import { ExitCode, hasErrors, UsageError, type Lang } from '../diagnostics.js';
import { STDIN_NAME } from '../evidence/stdin.js';
import { readEvidence } from '../evidence/read.js';
import { sameHeaderWith } from '../evidence/header.js';
import type { EvidenceTable, ReadLimits } from '../evidence/types.js';
import type { LoadedRubric } from '../rubric/types.js';
import { evaluateGates, type GateResult, type Gates } from '../scoring/gates.js';
import { scoreAgency } from '../scoring/score.js';
import type { Assessment } from '../scoring/types.js';
import { VERSION } from '../version.js';
import type { Assumption } from './assume.js';

/** How to read an evidence file. */
export interface ReadSettings {
  sheet?: string;
  limits: Partial<ReadLimits>;
  /**
   * The file as already read without rubric aliases (to choose its rubric): used again when the
   * chosen rubric declares no header aliases, so the file is read once.
   */
  preread?: EvidenceTable;
}

/** What scoring one file needs besides the file and the rubric. */
export interface FileSettings extends ReadSettings {
  subject?: string;
  period?: string;
  /** Timestamp for the report; undefined with --deterministic. */
  now?: Date;
  gates: Gates;
  /** `--assume CODE=VALUE` (what-if). */
  assume?: Assumption[];
  /** v2: `--profile CODE=VALUE` (answers to profile questions; they win over the file's). */
  profile?: Assumption[];
  /** Record rubrics: `--records FILE.csv`, written with this delimiter and language. */
  records?: { path: string; csvDelimiter?: ',' | ';' | '\t'; lang?: Lang };
}

/** What scoring a table needs besides the table and the rubric (all optional: analysis passes none). */
export type ScoreSettings = Pick<FileSettings, 'subject' | 'period' | 'now' | 'assume' | 'profile'>;

export interface FileScore {
  assessment: Assessment;
  gates: GateResult[];
}

/** Reads an agency evidence file, with the column aliases its rubric declares. Throws InputError when it cannot be read at all. */
export function readTable(file: string, loaded: LoadedRubric, s: ReadSettings): Promise<EvidenceTable> {
  return readEvidence(file, { ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), aliases: loaded.rubric.evidence?.aliases, limits: s.limits });
}

/** Scores a table read with `readTable`, stamped with this tool's version. */
export function scoreTable(loaded: LoadedRubric, table: EvidenceTable, s: ScoreSettings = {}): Assessment {
  return scoreAgency(loaded, table, { subject: s.subject, period: s.period, assume: s.assume, ...(s.profile?.length ? { profile: s.profile } : {}), now: s.now, toolVersion: VERSION });
}

/** Read, then score (agency rubrics); the table is kept for the analyses that re-score it. */
export async function scoreEvidenceFile(file: string, loaded: LoadedRubric, s: ReadSettings & ScoreSettings): Promise<{ table: EvidenceTable; assessment: Assessment }> {
  // The table read to choose the rubric is used when the rubric's column aliases change nothing.
  const aliases = loaded.rubric.evidence?.aliases;
  const table = s.preread && (!aliases || sameHeaderWith(s.preread, aliases)) ? s.preread : await readTable(file, loaded, s);
  const assessment = scoreTable(loaded, table, s);
  // Evidence made for another rubric: say which bundled rubrics its codes do match.
  const foreign = assessment.diagnostics.find((d) => d.code === 'SCORE_NO_MATCHING_CODES');
  if (foreign) {
    const matches = await (await import('./rubric-choice.js')).matchingBundled(table);
    if (matches.length > 0) foreign.args = { ...foreign.args, matches: matches.join(', ') };
  }
  return { table, assessment };
}

/**
 * One evidence file, start to end: read, score, hold to the gates. The single run and every file
 * of a batch go through here. Throws InputError when the file cannot be read at all (and
 * GateError for a gate that names no band of the rubric).
 */
export async function scoreFile(file: string, loaded: LoadedRubric, s: FileSettings): Promise<FileScore> {
  // Record rubrics (one row per employee, aggregated): their own reader and scoring.
  if (loaded.rubric.subject === 'record') {
    // Record files are streamed from disk (read twice when an id may repeat): no pipe.
    if (file === STDIN_NAME) throw new UsageError('USAGE_STDIN_RECORDS', { rubric: loaded.rubric.id });
    const { scoreRecordFile } = await import('./record-action.js');
    const records = s.records ? { records: s.records.path, csvDelimiter: s.records.csvDelimiter, lang: s.records.lang } : {};
    const assessment = await scoreRecordFile(file, loaded, { sheet: s.sheet, limits: s.limits, subject: s.subject, period: s.period, now: s.now, toolVersion: VERSION, ...records });
    return { assessment, gates: evaluateGates(assessment, loaded.rubric, s.gates, loaded.diagnostics) };
  }
  const { assessment } = await scoreEvidenceFile(file, loaded, s);
  return { assessment, gates: evaluateGates(assessment, loaded.rubric, s.gates, loaded.diagnostics) };
}

/** A scored file's exit code: an error in the evidence (2) outranks a failed gate (1). */
export function fileExitCode(r: FileScore): 0 | 1 | 2 {
  return hasErrors(r.assessment.diagnostics) ? ExitCode.INPUT : r.gates.some((g) => !g.passed) ? ExitCode.GATE_FAILED : ExitCode.OK;
}
