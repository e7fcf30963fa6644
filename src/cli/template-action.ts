/**
 * `merit template`: rubric -> evidence template (xlsx or csv) -> a file, written atomically and
 * never over an existing file without --force. Wiring only: the layout and the bytes are in
 * src/template.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { ExitCode, UsageError } from '../diagnostics.js';
import { loadRubric } from '../rubric/load.js';
import { templateModel, TemplateUnsupported } from '../template/layout.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic.js';
import type { CliContext } from './context.js';
import { printDiagnostics } from './score-action.js';
import { TEMPLATE_FORMATS, type TemplateCliOptions, type TemplateFormat } from './template.js';
import { cliText } from '../i18n/index.js';

export async function template(ctx: CliContext, opts: TemplateCliOptions): Promise<void> {
  const path = opts.output;
  const format = opts.format ?? templateFormatOf(path);
  if (!opts.force && existsSync(path)) throw new UsageError('USAGE_OUTPUT_EXISTS', { path });
  const deterministic = Boolean(opts.deterministic) || process.env.SOURCE_DATE_EPOCH !== undefined;

  const loaded = await loadRubric(opts.rubric);
  printDiagnostics(ctx, loaded.diagnostics);
  let model;
  try {
    model = templateModel(loaded, { lang: ctx.lang, toolVersion: VERSION });
  } catch (e) {
    if (e instanceof TemplateUnsupported) {
      throw new UsageError('USAGE_TEMPLATE_RECORD_RUBRIC', { rubric: `${loaded.rubric.id}@${loaded.rubric.version}`, id: loaded.rubric.id });
    }
    throw e;
  }
  const bytes =
    format === 'xlsx'
      ? await (await import('../template/xlsx.js')).renderTemplateXlsx(model, deterministic ? {} : { date: new Date() })
      : (await import('../template/csv.js')).renderTemplateCsv(model);
  writeFileAtomic(path, bytes);
  ctx.stderr(
    ctx.err.dim(cliText(ctx.lang, 'wroteTemplate', { path, format, criteria: model.rows.filter((r) => !r.profile).length, rubric: `${model.rubric.id}@${model.rubric.version}` })) + '\n',
  );
  ctx.exitCode = ExitCode.OK;
}

/** `.xlsx` or `.csv`; anything else needs --format. */
export function templateFormatOf(path: string): TemplateFormat {
  const ext = extname(path).toLowerCase().slice(1);
  const format = TEMPLATE_FORMATS.find((f) => f === ext);
  if (!format) throw new UsageError('USAGE_FORMAT_FROM_EXTENSION', { path, extensions: TEMPLATE_FORMATS.map((f) => `.${f}`) });
  return format;
}
