/** English words of the diagnostics of the command line. Codes are stable: never rename one. */
import { a, fsReason } from '../../helpers/cli.js';
import type { Mirror } from '../../types.js';
import type { cli as id } from '../../id/diagnostics/cli.js';

export const cli: Mirror<typeof id> = {
  USAGE_UNKNOWN_TARGET: {
    text: (x) => `--target '${a(x.value)}' is not a predicate code of rubric ${a(x.rubric)}`,
    hint: (x) => `known codes (ascending): ${a(x.codes)}`,
  },
  USAGE_UNKNOWN_CODE: {
    text: (x) => `code '${a(x.value)}' is not in rubric ${a(x.rubric)}`,
    hint: (x) => (x.suggestion ? `did you mean ${a(x.suggestion)}?` : 'list the codes with `merit rubric show`'),
  },
  USAGE_NO_ASPECTS: {
    text: (x) => `--target-aspects: rubric ${a(x.rubric)} has no aspects with categories`,
    hint: () => 'an aspect is a node (not the root) with bands of its own and no descendant with bands; use --target for the total\'s predicate',
  },
  USAGE_UNKNOWN_ASPECT_BAND: {
    text: (x) => `--target-aspects '${a(x.value)}' is not a category of aspect ${a(x.aspect)} in rubric ${a(x.rubric)}`,
    hint: (x) => `categories every aspect has: ${a(x.codes) || '(none in common)'}`,
  },
  USAGE_RECORD_RUBRIC: {
    text: (x) => `merit ${a(x.command)} works with agency rubrics; ${a(x.rubric)} scores records (employees)`,
    hint: () => 'choose an agency rubric, for example --rubric kasn-2019',
  },
  USAGE_RECORDS_AGENCY: {
    text: (x) => `--records is for record rubrics (one row per employee); ${a(x.rubric)} is an agency rubric`,
    hint: () => 'for example --rubric ip-asn-2019',
  },
  USAGE_RUBRIC_NOT_CHOSEN: {
    text: (x) => `${a(x.file)}: no bundled rubric has every code of this file${x.stamp ? ` (stamp ${a(x.stamp)} is not a bundled rubric)` : ''}; matches: ${a(x.candidates)}`,
    hint: () => 'name the rubric, for example --rubric panrb-19-2025 or --rubric ./my-rubric.json',
  },
  USAGE_RUBRIC_AMBIGUOUS: {
    text: (x) => `${a(x.file)}: the codes of this file match more than one bundled rubric: ${a(x.candidates)}`,
    hint: () => 'choose one with --rubric',
  },
  USAGE_RUBRIC_NO_CODES: {
    text: (x) => `${a(x.file)}: no criterion codes to choose a rubric by; bundled rubrics: ${a(x.candidates)}`,
    hint: () => 'name the rubric with --rubric (employee files: --rubric ip-asn-2019)',
  },
  USAGE_RECORDS_BATCH: {
    text: () => '--records writes one file for one input file; it cannot be used with several inputs at once',
    hint: () => 'score the files one at a time, each with its own --records',
  },
  USAGE_UNKNOWN_FORMAT: { text: (x) => `unknown format '${a(x.format)}'`, hint: (x) => `available formats: ${a(x.formats)}` },
  USAGE_MANY_FORMATS_TO_STDOUT: {
    text: (x) => `${a(x.count)} formats without --output: only one report can go to stdout`,
    hint: () => 'give one --output per format, e.g. -f json -o report.json -f html -o report.html',
  },
  USAGE_FORMAT_FROM_EXTENSION: {
    text: (x) => `cannot tell the format of '${a(x.path)}' from its extension`,
    hint: (x) => `add --format, or use one of: ${a(x.extensions)}`,
  },
  USAGE_OUTPUT_TWICE: { text: (x) => `'${a(x.path)}' is given as --output twice` },
  USAGE_OUTPUT_IS_INPUT: {
    text: (x) => `refusing to write the report over the input file '${a(x.path)}'`,
    hint: () => 'choose another --output path',
  },
  USAGE_BAD_NUMBER: { text: (x) => `${a(x.option)} needs a number, not '${a(x.value)}'` },
  USAGE_BAD_SIZE: { text: (x) => `${a(x.option)} needs a size such as 50MB, 512k or 1G, not '${a(x.value)}'` },
  USAGE_UNKNOWN_PREDICATE: {
    text: (x) => `--min-predicate '${a(x.value)}' is not a band code of rubric ${a(x.rubric)}`,
    hint: (x) => `known codes (ascending): ${a(x.codes)}`,
  },
  USAGE_NO_MATCH: {
    text: (x) => `pattern '${a(x.pattern)}' matches no file`,
    hint: () => 'check the pattern (hidden files, ~$lock files and node_modules are skipped); quote it so the shell does not expand it',
  },
  USAGE_NO_EVIDENCE_IN_DIRECTORY: {
    text: (x) => `directory '${a(x.path)}' holds no evidence file (${a(x.extensions)})`,
    hint: () => 'subdirectories are searched too; hidden files, ~$lock files and node_modules are skipped',
  },
  USAGE_PER_FILE_FORMAT: {
    text: (x) => `format ${a(x.format)} is a per-file report and cannot summarise several files`,
    hint: (x) => `write one report per file with --output-dir DIR -f ${a(x.format)}; summaries: ${a(x.formats)}`,
  },
  BATCH_INTERNAL_ERROR: {
    text: (x) => `internal error (a bug in merit) while scoring this file: ${a(x.message)}`,
    hint: () => 'run again with --debug to see the stack trace, and report it',
  },
  USAGE_UNKNOWN_GROUP_BY: {
    text: (x) => `--group-by '${a(x.field)}' is not folder, period or a profile question code of this rubric`,
    hint: (x) => `available: ${a(x.fields)}`,
  },
  USAGE_BINARY_TO_TERMINAL: {
    text: (x) => `format ${a(x.format)} is binary and is not printed to a terminal`,
    hint: () => 'add --output report.xlsx',
  },
  USAGE_OUTPUT_EXISTS: {
    text: (x) => `'${a(x.path)}' already exists and is not overwritten`,
    hint: () => 'add --force to overwrite it, or choose another name',
  },
  USAGE_TEMPLATE_RECORD_RUBRIC: {
    text: (x) => `rubric ${a(x.rubric)} scores one row per record, e.g. per employee (subject: record); templates are for agency rubrics only so far`,
    hint: (x) => `the record file's columns are listed by \`merit rubric show ${a(x.id)}\``,
  },
  USAGE_BAD_ASSUME: { text: (x) => `--assume '${a(x.value)}' must be CODE=VALUE`, hint: () => 'e.g. --assume A3.2=4 --assume A5.1=3' },
  USAGE_BAD_PROFILE: {
    text: (x) => `--profile '${a(x.value)}' must be CODE=VALUE (a profile question's code and its answer)`,
    hint: () => 'e.g. --profile jenis_instansi=kabkota; the questions and their answers are in `merit rubric show`',
  },
  USAGE_BAD_MIN_ASPECT: { text: (x) => `--min-aspect '${a(x.value)}' must be CODE=SCORE or CODE=CATEGORY`, hint: () => 'e.g. --min-aspect A1=30 --min-aspect 1.1=MENENGAH' },
  USAGE_CONFIG_NOT_FOUND: { text: (x) => `configuration file '${a(x.path)}' not found`, hint: () => 'check the file name given to --config' },
  USAGE_CONFIG_TOO_LARGE: { text: (x) => `configuration file '${a(x.path)}' is too large (limit ${a(x.limit)} bytes)`, hint: () => 'a merit configuration is a few lines of JSON' },
  USAGE_STDIN_TTY: { text: () => "'-' reads the evidence from stdin, but stdin is a terminal", hint: () => 'pipe the file in, e.g. merit score - < evidence.xlsx' },
  USAGE_STDIN_RECORDS: { text: (x) => `rubric ${a(x.rubric)} scores a per-employee file, which is read from disk (streamed, possibly twice), not from stdin`, hint: () => 'save it to a file first and give its name' },
  USAGE_RECORDS_STDOUT: { text: () => '--records - writes the per-employee scores to stdout, so the report cannot go there too', hint: () => 'write the report to a file, e.g. -o report.json' },
  USAGE_RECORDS_XLSX_ROWS: { text: (x) => `--records .xlsx: more than ${a(x.limit)} rows, the limit of one Excel sheet; the file is not written`, hint: () => 'write --records to a .csv (no row limit)' },
  USAGE_OUTPUT_UNWRITABLE: {
    text: (x) => `cannot write '${a(x.path)}': ${fsReason(x.reason, 'en')}`,
    hint: () => 'choose another path for --output / --output-dir / --records, or fix the folder',
  },
  USAGE_OUTPUT_COLLISION: {
    text: (x) => `'${a(x.path)}' would be written twice in one run (${a(x.first)} and ${a(x.second)}); nothing was written`,
    hint: () => 'give --output a name outside --output-dir, or one that no per-input report and no manifest.json uses',
  },
  USAGE_OUTPUT_DIR_IS_INPUT: {
    text: (x) => `the input folder '${a(x.path)}' is also the --output-dir; the output folder is never read as evidence, so nothing was scored`,
    hint: () => 'choose another --output-dir, e.g. --output-dir reports',
  },
  USAGE_OUTPUT_LOCKED: {
    text: (x) => `'${a(x.path)}' could not be replaced (${a(x.code)}, tried ${a(x.attempts)} times): another program has it open, or it is read-only`,
    hint: () => 'close the file (e.g. in Excel) and run again, or write to another name with --output',
  },
};
