/**
 * A temporary folder with the small v2 rubric (test/helpers/v2-rubric.ts) as a file and the
 * regency's evidence as CSV, for the v2 CLI tests on the built binary (`npm run build` first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { merit, type CliResult } from '../../helpers/cli.js';
import { ujiCsv, ujiRubric, UJI_ROWS } from '../../helpers/v2-rubric.js';

export interface V2Dir {
  dir: string;
  at: (name: string) => string;
  rubric: string;
  evidence: string;
  /** Writes an evidence CSV with some rows changed (null: left out). */
  evidenceWith: (name: string, changes: Record<string, string | number | null>) => string;
  run: (args: string[]) => CliResult;
  cleanup: () => void;
}

export function v2Dir(prefix: string): V2Dir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const at = (name: string): string => join(dir, name);
  writeFileSync(at('uji-v2.json'), JSON.stringify(ujiRubric(), null, 2));
  writeFileSync(at('kab-uji.csv'), ujiCsv());
  return {
    dir,
    at,
    rubric: at('uji-v2.json'),
    evidence: at('kab-uji.csv'),
    evidenceWith: (name, changes) => {
      const rows = UJI_ROWS.filter(([c]) => changes[c] !== null).map(([c, v]): [string, string | number] => [c, c in changes ? changes[c]! : v]);
      for (const [c, v] of Object.entries(changes)) if (v !== null && !rows.some(([r]) => r === c)) rows.push([c, v]);
      writeFileSync(at(name), ujiCsv(rows));
      return at(name);
    },
    run: (args) => merit(args, { env: { COLUMNS: '100' } }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
