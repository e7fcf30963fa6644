/**
 * `merit rubric validate | list | show`. Wiring and layout only: reading and validation are in
 * src/rubric, words in src/i18n, the layout of `show` in rubric-show.ts. Imports stay light (no
 * exceljs, no ajv compile).
 */
import { ExitCode, sortDiagnostics } from '../diagnostics.js';
import { checkRubric, listBundledRubrics, loadRubric } from '../rubric/load.js';
import { fit } from '../report/layout.js';
import { writeDocument, type CliContext } from './context.js';
import type { RubricShowOptions, RubricValidateOptions } from './rubric.js';
import { diagnosticJson, paintDiagnostic, showJson, showText } from './rubric-show.js';
import { local } from './rubric-show-util.js';
import { formatDiagnostic, rubricText, rubricWord } from '../i18n/index.js';
import { visible, visibleAll } from '../i18n/visible.js';
import { parseCount } from './limits.js';

/** Diagnostics shown per file by `rubric validate` unless --max-errors says otherwise. */
export const DEFAULT_MAX_ERRORS = 100;

// ---------------------------------------------------------------------------------------------
// validate

export async function validate(ctx: CliContext, files: string[], opts: RubricValidateOptions): Promise<void> {
  const maxErrors = opts.maxErrors === undefined ? DEFAULT_MAX_ERRORS : parseCount('--max-errors', opts.maxErrors);
  const results = [];
  for (const ref of files) {
    const check = await checkRubric(ref);
    const all = sortDiagnostics(check.validation.diagnostics);
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.filter((d) => d.severity === 'warning').length;
    // Errors come first: the first --max-errors are shown, the rest only counted.
    const diagnostics = all.slice(0, maxErrors);
    const omitted = all.length - diagnostics.length;
    const rubric = check.validation.rubric;
    results.push({
      file: check.source?.file ?? ref,
      valid: errors === 0 && rubric !== undefined,
      ...(rubric ? { id: rubric.id, version: rubric.version } : {}),
      ...(check.sha256 ? { sha256: check.sha256 } : {}),
      errors,
      warnings,
      diagnostics,
      ...(omitted > 0 ? { omitted } : {}),
    });
  }

  if (opts.format === 'json') {
    const doc = {
      schema: 'merit-rubric-validation/1',
      valid: results.every((r) => r.valid),
      files: results.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d) => diagnosticJson(d, ctx.lang)) })),
    };
    ctx.stdout(JSON.stringify(doc, null, 2) + '\n');
  } else {
    for (const r of results) {
      for (const d of r.diagnostics) ctx.stdout(paintDiagnostic(ctx, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
      if (r.omitted) ctx.stdout(rubricText(ctx.lang, 'moreDiagnostics', { file: r.file, count: r.omitted, max: maxErrors }) + '\n');
      const line = r.valid
        ? ctx.out.green(`✓ ${rubricText(ctx.lang, 'valid', { file: visible(r.file), warnings: r.warnings })}`)
        : ctx.out.red(`✗ ${rubricText(ctx.lang, 'invalid', { file: visible(r.file), errors: r.errors, warnings: r.warnings })}`);
      ctx.stdout(line + '\n');
    }
    if (results.length > 1) {
      ctx.stdout(rubricText(ctx.lang, 'summary', { valid: results.filter((r) => r.valid).length, total: results.length }) + '\n');
    }
  }
  ctx.exitCode = Math.max(ctx.exitCode, results.every((r) => r.valid) ? ExitCode.OK : ExitCode.INPUT);
}

// ---------------------------------------------------------------------------------------------
// list

export async function list(ctx: CliContext, opts: RubricShowOptions): Promise<void> {
  const rubrics = await listBundledRubrics();
  if (opts.format === 'json') {
    ctx.stdout(JSON.stringify({ schema: 'merit-rubric-list/1', rubrics }, null, 2) + '\n');
    return;
  }
  if (rubrics.length === 0) {
    ctx.stdout(rubricText(ctx.lang, 'noRubrics') + '\n');
    return;
  }
  const L = ctx.lang;
  const head = [rubricText(L, 'headId'), rubricText(L, 'headVersion'), rubricText(L, 'headStatus'), rubricText(L, 'headTitle')];
  const rows = rubrics.map((r) => [r.id, r.version, rubricWord(L, 'status', r.status), visible(local(r.title, L))]);
  const w = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const titleWidth = Math.max(20, ctx.columns - w[0]! - w[1]! - w[2]! - 6);
  const line = (cells: string[]) => cells.slice(0, 3).map((c, i) => c.padEnd(w[i]!)).join('  ') + '  ' + fit(cells[3]!, titleWidth);
  ctx.stdout(ctx.out.bold(line(head).trimEnd()) + '\n');
  for (const [i, r] of rows.entries()) {
    const status = rubrics[i]!.status === 'provisional' ? ctx.out.yellow(r[2]!.padEnd(w[2]!)) : ctx.out.green(r[2]!.padEnd(w[2]!));
    ctx.stdout([r[0]!.padEnd(w[0]!), r[1]!.padEnd(w[1]!), status].join('  ') + '  ' + fit(r[3]!, titleWidth) + '\n');
  }
}

// ---------------------------------------------------------------------------------------------
// show

export async function show(ctx: CliContext, ref: string, opts: RubricShowOptions): Promise<void> {
  const loaded = await loadRubric(ref);
  for (const d of sortDiagnostics(loaded.diagnostics)) ctx.stderr(paintDiagnostic({ ...ctx, out: ctx.err }, formatDiagnostic(d, ctx.lang), d.severity) + '\n');
  if (opts.format === 'json') ctx.stdout(JSON.stringify(showJson(loaded, ctx.lang), null, 2) + '\n');
  else if (opts.format === 'md' || opts.format === 'html') {
    const { buildBooklet } = await import('./rubric-booklet.js');
    const booklet = buildBooklet(loaded, ctx.lang);
    writeDocument(ctx, opts.format === 'md' ? (await import('./rubric-booklet-md.js')).renderBookletMarkdown(booklet) : (await import('./rubric-booklet-html.js')).renderBookletHtml(booklet));
  } else ctx.stdout(showText(ctx, ...visibleAll(loaded)));
}
