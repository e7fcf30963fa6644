/** One entry per report format; each renderer module is imported only when its format is used. */
import type { ChalkInstance } from 'chalk';
import { Chalk } from 'chalk';
import type { Lang } from '../diagnostics.js';
import type { Assessment } from '../scoring/types.js';
import type { ReportFormat } from './outputs.js';

export interface RenderOptions {
  lang: Lang;
  /** Colours for a terminal; undefined for files (no escape codes in files). */
  color?: ChalkInstance;
  width: number;
  verbose: boolean;
  deterministic: boolean;
  csvDelimiter?: ',' | ';' | '\t';
}

const PLAIN = new Chalk({ level: 0 });

export async function renderReport(a: Assessment, format: ReportFormat, o: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'text':
      return (await import('../report/text.js')).renderText(a, { lang: o.lang, color: o.color ?? PLAIN, width: o.width, verbose: o.verbose });
    case 'json':
      return (await import('../report/json.js')).renderJson(a, { deterministic: o.deterministic });
    case 'csv':
      return (await import('../report/csv.js')).renderCsv(a, { lang: o.lang, delimiter: o.csvDelimiter ?? ',' });
    case 'md':
      return (await import('../report/markdown.js')).renderMarkdown(a, { lang: o.lang });
    case 'html':
      return (await import('../report/html.js')).renderHtml(a, { lang: o.lang });
    case 'xlsx':
      return (await import('../report/xlsx.js')).renderXlsx(a, { lang: o.lang });
  }
}
