/**
 * v1 reports do not move: every format rendered from the v1 sample assessments must hash to what
 * the renderers produced before rubric language v2 reached them (test/fixtures/golden/
 * v1-renderers.sha256.json, made from commit 8aa03b5 with v1-outputs.ts). A mismatch names the
 * outputs that changed; render them here and at that commit to see how.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GOLDEN_DIR } from '../../helpers/golden.js';
import { v1Outputs } from './v1-outputs.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

it('every v1 output (text, Markdown, CSV, JSON, HTML, XLSX, batch summaries) is byte for byte as before v2', async () => {
  const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, 'v1-renderers.sha256.json'), 'utf8')) as Record<string, string>;
  const now = await v1Outputs();
  const hashes = Object.fromEntries(Object.entries(now).map(([k, v]) => (k.endsWith('.xlsx.sha256') ? [k.slice(0, -'.sha256'.length), v] : [k, sha(v)])));
  expect(Object.keys(hashes).length).toBe(86);
  const changed = Object.keys(golden).filter((k) => hashes[k] !== golden[k]);
  expect(changed, 'v1 outputs changed').toEqual([]);
  expect(Object.keys(hashes).sort()).toEqual(Object.keys(golden).sort());
}, 60_000);
