/**
 * Batch progress on stderr: files done / total, ETA and the file being read, drawn by
 * cli-progress. Only when stderr is a terminal and not with --quiet; otherwise (CI logs, pipes,
 * redirects) nothing at all. cli-progress is imported only when a bar is drawn.
 */
import type { Lang } from '../diagnostics.js';
import { fitLeft } from '../report/layout.js';
import { cliText } from '../i18n/core.js';
import { visible } from '../i18n/visible.js';

export interface Progress {
  /** A file is being read (the last one started is shown). */
  start(file: string): void;
  /** A file is finished. */
  done(): void;
  /** Removes the bar; call before printing anything else on stderr. */
  stop(): void;
}

const NONE: Progress = { start() {}, done() {}, stop() {} };

export async function createProgress(total: number, o: { enabled: boolean; lang: Lang; stream?: NodeJS.WriteStream }): Promise<Progress> {
  const stream = o.stream ?? process.stderr;
  if (!o.enabled || !stream.isTTY || total < 2) return NONE;
  const { SingleBar } = (await import('cli-progress')).default;
  const columns = stream.columns || 80;
  // bar (20) + counts + ETA take about 45 columns; the file name gets the rest.
  const fileW = Math.max(10, columns - 48 - String(total).length * 2);
  const bar = new SingleBar({
    stream,
    format: `{bar} {value}/{total} ${cliText(o.lang, 'progressFiles')} | ETA {eta_formatted} | {file}`,
    barsize: 20,
    hideCursor: true,
    clearOnComplete: true,
    linewrap: false,
    etaBuffer: 50,
    fps: 10,
  });
  let done = 0;
  let current = '';
  bar.start(total, 0, { file: '' });
  return {
    start(file) {
      current = fitLeft(visible(file), fileW);
      bar.update(done, { file: current });
    },
    done() {
      done++;
      bar.update(done, { file: current });
    },
    stop() {
      bar.stop();
    },
  };
}
