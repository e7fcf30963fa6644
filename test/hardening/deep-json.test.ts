/**
 * Issue 15 item 8: JSON merit reads, nested thousands of levels deep, is refused with a located
 * diagnostic and exit 2 before anything recurses over it (saved reports for `diff`/`explain`
 * overflowed the schema validator's stack: exit 3). Rubric files already stop at 64 levels.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const REPORT = 'examples/kab-contoh-baik.report.json';
let dir: string;
let deepReport: string;
let deepRubric: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'merit-deep-'));
  // A saved report whose root holds a chain of 3,000 nodes, each the child of the one before.
  const r = JSON.parse(readFileSync(join(ROOT, REPORT), 'utf8')) as { root: Record<string, unknown> };
  const proto = { ...r.root };
  delete proto.children;
  const open = JSON.stringify(proto).slice(0, -1) + ',"children":[';
  r.root.children = ['@@'];
  deepReport = join(dir, 'deep.json');
  writeFileSync(deepReport, JSON.stringify(r).replace('"@@"', open.repeat(3000) + ']}'.repeat(3000)));
  // A rubric nested 3,000 levels deep.
  const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { root: Record<string, unknown> };
  rubric.root.children = ['@@'];
  deepRubric = join(dir, 'deep-rubric.json');
  writeFileSync(deepRubric, JSON.stringify(rubric).replace('"@@"', '{"code":"X","name":{"id":"x","en":"x"},"children":['.repeat(3000) + ']}'.repeat(3000)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deeply nested JSON input', () => {
  for (const command of ['diff', 'explain']) {
    it(`${command}: a saved report nested 3,000 levels deep is REPORT_TOO_DEEP, located, exit 2`, () => {
      const r = merit([command, deepReport, REPORT], { env: { MERIT_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/deep\.json:1:\d+: error: the report nests more than 512 levels deep/);
      expect(r.stderr).toContain('[REPORT_TOO_DEEP]');
      expect(r.stderr).not.toContain('internal');
    });
  }

  it('a real saved report is not refused by the depth guard', () => {
    const r = merit(['diff', REPORT, REPORT]);
    expect(r.code).toBe(0);
  });

  it('rubric validate and --rubric: a rubric nested 3,000 levels deep is RUBRIC_TOO_DEEP, exit 2', () => {
    const v = merit(['rubric', 'validate', deepRubric]);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('[RUBRIC_TOO_DEEP]');
    const s = merit(['score', 'examples/kab-contoh-baik.xlsx', '--rubric', deepRubric]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('[RUBRIC_TOO_DEEP]');
    expect(s.stderr).not.toContain('internal');
  });

  it('diff: a saved batch nested 3,000 levels deep is REPORT_TOO_DEEP, located, exit 2', () => {
    const batch = join(dir, 'deep.batch.json');
    writeFileSync(batch, `{"schema":"merit-batch/1","results":[${'{"a":['.repeat(3000)}${']}'.repeat(3000)}]}`);
    const r = merit(['diff', batch, batch], { env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.batch\.json:1:\d+: error: the report nests more than 514 levels deep/);
    expect(r.stderr).not.toContain('internal');
  });
});
