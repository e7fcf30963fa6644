/**
 * Editor support: every `$schema` in a bundled rubric and in a bundled fixture expectation
 * resolves from a checkout and from the installed package (the files `npm pack` ships).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

function withSchema(): string[] {
  const out = readdirSync(join(ROOT, 'rubrics'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `rubrics/${f}`);
  for (const id of readdirSync(join(ROOT, 'rubrics/fixtures'))) {
    for (const f of readdirSync(join(ROOT, 'rubrics/fixtures', id))) if (f.endsWith('.expect.json')) out.push(`rubrics/fixtures/${id}/${f}`);
  }
  return out.sort();
}

const schemaOf = (file: string): string => JSON.parse(readFileSync(join(ROOT, file), 'utf8')).$schema;

describe('$schema paths', () => {
  const files = withSchema();

  it('every bundled rubric and fixture expectation names a relative $schema that exists in a checkout', () => {
    expect(files.length).toBeGreaterThanOrEqual(3 + 9);
    for (const f of files) {
      const ref = schemaOf(f);
      expect(ref, f).toMatch(/^\.{1,2}\//);
      expect(existsSync(join(ROOT, dirname(f), ref)), `${f} -> ${ref}`).toBe(true);
    }
  });

  it('... and in the installed package: the file and its schema are both shipped', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const shipped = new Set<string>((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((x) => x.path));
    for (const f of files) {
      expect(shipped.has(f), f).toBe(true);
      expect(shipped.has(posix.normalize(posix.join(posix.dirname(f), schemaOf(f)))), `${f} -> ${schemaOf(f)}`).toBe(true);
    }
  });
});
