/**
 * Which report goes where: `--format` and `--output` may each repeat. An output's format is the
 * `--format` at the same position, else it is inferred from the output's extension. With no
 * `--output`, one format goes to stdout.
 */
import { existsSync, realpathSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UsageError } from '../diagnostics.js';

export const REPORT_FORMATS = ['text', 'json', 'csv', 'md', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.txt': 'text',
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
};

export interface PlannedOutput {
  format: ReportFormat;
  /** Undefined: stdout. */
  path?: string;
}

export function formatFromPath(path: string): ReportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

export function planOutputs(formats: readonly string[], outputs: readonly string[], available: readonly ReportFormat[] = REPORT_FORMATS): PlannedOutput[] {
  const known = available as readonly string[];
  for (const f of formats) if (!known.includes(f)) throw new UsageError('USAGE_UNKNOWN_FORMAT', { format: f, formats: [...available] });
  if (outputs.length === 0) {
    if (formats.length > 1) throw new UsageError('USAGE_MANY_FORMATS_TO_STDOUT', { count: formats.length });
    return [{ format: (formats[0] as ReportFormat | undefined) ?? 'text' }];
  }
  const planned: PlannedOutput[] = outputs.map((path, i) => {
    const format = (formats[i] as ReportFormat | undefined) ?? formatFromPath(path);
    if (!format) throw new UsageError('USAGE_FORMAT_FROM_EXTENSION', { path, extensions: Object.keys(BY_EXTENSION) });
    if (!known.includes(format)) throw new UsageError('USAGE_UNKNOWN_FORMAT', { format, formats: [...available] });
    return { format, path };
  });
  const extra = formats.slice(outputs.length);
  if (extra.length > 1) throw new UsageError('USAGE_MANY_FORMATS_TO_STDOUT', { count: extra.length });
  if (extra.length === 1) planned.push({ format: extra[0] as ReportFormat });
  const seen = new Set<string>();
  for (const p of planned) {
    if (!p.path) continue;
    const key = resolve(p.path);
    if (seen.has(key)) throw new UsageError('USAGE_OUTPUT_TWICE', { path: p.path });
    seen.add(key);
  }
  return planned;
}

/** Refuses to write over an input file (compared by real path, so links count). */
export function assertNotInput(outputs: readonly PlannedOutput[], inputs: readonly string[]): void {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const inputSet = new Set(inputs.map(real));
  for (const o of outputs) if (o.path && inputSet.has(real(o.path))) throw new UsageError('USAGE_OUTPUT_IS_INPUT', { path: o.path });
}
