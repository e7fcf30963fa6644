/** An assessment's report in a format of the registry (src/report/formats.ts). */
import { renderer, type RenderOptions } from '../report/formats.js';
import type { Assessment } from '../scoring/types.js';
import type { ReportFormat } from './outputs.js';

export type { RenderOptions } from '../report/formats.js';

/** Each renderer module is imported only when its format is used. */
export async function renderReport(a: Assessment, format: ReportFormat, o: RenderOptions): Promise<string | Uint8Array> {
  return renderer(format, 'agency')(a, o);
}
