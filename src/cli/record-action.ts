/**
 * Record rubrics (`subject: record`): stream a record file through RecordSession, optionally
 * writing every record's scores to `--records FILE.csv` as the rows go by, and return the
 * population Assessment. Wiring only: reading is src/evidence/records*.ts, scoring
 * src/scoring/record/, the records line format src/report/records.ts.
 *
 * Memory stays flat: each row is read, scored, written and dropped before the next. The records file
 * goes to a temporary file next to the target and is renamed into place only at the end, so an
 * error or Ctrl-C never leaves half of one.
 */
import { mkdirSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../diagnostics.js';
import { openRecordFile, type RecordReadOptions } from '../evidence/records.js';
import type { ReadLimits } from '../evidence/types.js';
import { recordsCsv } from '../report/records.js';
import { recordsSheet } from '../report/records-xlsx.js';
import { ui } from '../i18n/index.js';
import { openRecordsXlsx, type RecordsXlsxFile } from './records-xlsx-file.js';
import type { LoadedRubric } from '../rubric/types.js';
import { recordIdText, RecordSession, usedColumns } from '../scoring/record/index.js';
import type { Assessment } from '../scoring/types.js';
import { VERSION } from '../version.js';
import { openAtomicStream, type AtomicStream } from './atomic.js';

export interface RecordFileOptions {
  /** `--sheet NAME|NUMBER` */
  sheet?: string;
  /** Limits given on the command line (record files have generous defaults of their own). */
  limits?: Partial<ReadLimits>;
  /** Agency name and period when the file has no `Instansi:` / `Tahun:` cells. */
  subject?: string;
  period?: string;
  /** Timestamp for the report; undefined: deterministic. */
  now?: Date;
  toolVersion?: string;
  /** `--records FILE.csv`: each record's scores, streamed, written atomically. */
  records?: string;
  /** Delimiter of the records file (`;` writes decimal commas); default `,`. */
  csvDelimiter?: ',' | ';' | '\t';
  /** Language of the records file's header and status words (default id). */
  lang?: Lang;
}

/**
 * Scores a record file. Throws InputError when the file cannot be read at all (not found, no
 * header with the rubric's required columns, not a workbook); problems in rows are diagnostics in
 * the Assessment (errors mean the CLI exits 2).
 */
export async function scoreRecordFile(file: string, loaded: LoadedRubric, options: RecordFileOptions = {}): Promise<Assessment> {
  const rubric = loaded.rubric;
  const columns = rubric.columns ?? [];
  const readOptions: RecordReadOptions = { used: usedColumns(rubric) };
  if (options.sheet !== undefined) readOptions.sheet = options.sheet;
  if (options.limits) readOptions.limits = options.limits;
  const reader = await openRecordFile(file, columns, readOptions);
  const layout = reader.layout;
  const session = new RecordSession(loaded, {
    file,
    format: layout.format,
    ...(layout.sheet !== undefined ? { sheet: layout.sheet } : {}),
    columns: layout.columns,
    decimalComma: layout.csv?.decimalComma === true,
    expectedRows: layout.estimatedRows,
  });

  let out: AtomicStream | undefined;
  // `--records FILE.xlsx`: a workbook, identifiers as text (records-xlsx-file.ts).
  const xlsx = options.records !== undefined && /\.xlsx$/i.test(options.records) ? options.records : undefined;
  let book: RecordsXlsxFile | undefined;
  try {
    if (xlsx !== undefined) {
      const sheet = recordsSheet(rubric, options.lang ?? 'id');
      mkdirSync(dirname(resolve(xlsx)), { recursive: true });
      book = openRecordsXlsx(xlsx, sheet, ui(options.lang ?? 'id').population.records);
      const b = book;
      await reader.read((row) => b.write(sheet.cells(row, session.add(row))));
    }
    const csv = options.records && xlsx === undefined ? recordsCsv(rubric, { lang: options.lang ?? 'id', delimiter: options.csvDelimiter ?? ',' }) : undefined;
    if (options.records && csv) {
      // Like every other output, into a folder created when missing (atomic.ts).
      out = options.records === '-' ? stdoutStream() : openAtomicStream(options.records);
      out.write(csv.header);
    }
    if (out && csv) {
      const o = out;
      await reader.read((row) => o.write(csv.line(row, session.add(row))));
    } else if (!book) await reader.read((row) => void session.add(row, false));

    // Repeated ids the one-pass filter could only suspect: a second read confirms them.
    let confirmed;
    const idColumn = session.idColumn;
    if (session.idCandidates.size > 0 && idColumn !== undefined) {
      const confirmation = session.confirmation();
      const again = await openRecordFile(file, columns, readOptions);
      await again.read((row) => {
        const v = row.values[idColumn];
        if (v !== null && v !== undefined) confirmation.add(recordIdText(v), row.row);
      });
      confirmed = confirmation;
    }

    const assessment = session.finish(
      {
        sha256: await reader.sha256(),
        diagnostics: layout.diagnostics,
        subject: options.subject,
        period: options.period,
        meta: { subject: layout.meta.subject?.value.trim() || undefined, period: layout.meta.period?.value.trim() || undefined },
        now: options.now,
        toolVersion: options.toolVersion ?? VERSION,
      },
      confirmed,
    );
    out?.commit();
    out = undefined;
    await book?.commit();
    book = undefined;
    return assessment;
  } finally {
    out?.abort();
    book?.abort();
  }
}

/**
 * `--records -`: the lines go to standard output as they come (in blocks of about 1 MiB). A reader
 * that stops early (`| head`) ends the writing, not the scoring.
 */
function stdoutStream(): AtomicStream {
  let buffer = '';
  let closed = false;
  const flush = (): void => {
    const bytes = Buffer.from(buffer, 'utf8');
    buffer = '';
    let offset = 0;
    while (!closed && offset < bytes.length) {
      try {
        offset += writeSync(1, bytes, offset, bytes.length - offset);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') closed = true;
        // A non-blocking pipe that is full: wait a moment for the reader.
        else if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        else throw e;
      }
    }
  };
  return {
    write(text) {
      buffer += text;
      if (buffer.length >= 1 << 20) flush();
    },
    commit: flush,
    abort() {
      buffer = '';
    },
  };
}
