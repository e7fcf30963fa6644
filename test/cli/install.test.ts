// A clean install, as a user gets it: the packed tarball installed globally into a temporary
// prefix with no network, then the installed `merit` run from a folder outside the repository.
// The package has no dependencies (dist/ bundles everything), so nothing but merit is installed
// and Node cannot find a module anywhere but in the package itself.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-install-'));
const prefix = join(dir, 'prefix');
const work = join(dir, 'work');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// No user configuration, a cache of its own, no network: what installs here installs anywhere.
const npmEnv = { ...process.env, npm_config_cache: join(dir, 'cache'), npm_config_userconfig: join(dir, 'npmrc'), npm_config_update_notifier: 'false' };
let tarball = '';
let installed: SpawnSyncReturns<string>;

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
}

/** The installed `merit` (the link npm put in PREFIX/bin), run from a folder that is not the repository. */
function installedMerit(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', MERIT_LANG: undefined, NODE_PATH: undefined };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return spawnSync(join(prefix, 'bin', 'merit'), args, { cwd: work, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  // --ignore-scripts: pack the dist/ the other CLI tests run (prepack would rebuild it under them).
  const packed = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string }[];
  tarball = join(dir, info!.filename);
  installed = run(npm, ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], dir);
  copyFileSync(join(ROOT, 'examples/kab-contoh-baik.xlsx'), join(work, 'bukti.xlsx'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm install -g of the packed tarball', () => {
  it('installs offline, quietly, and nothing but merit', () => {
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toMatch(/added 1 package/);
    // No lifecycle script to allow or warn about (prepare is gone; prepack runs only when packing).
    expect(installed.stderr).not.toMatch(/warn|install-scripts|prepare/i);
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['merit']);
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'merit', 'node_modules'))).toBe(false);
  });

  it('ships the licence and no source maps, sources or tests', () => {
    const list = run('tar', ['-tzf', tarball], dir);
    expect(list.status, list.stderr).toBe(0);
    const files = list.stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/README.md');
    expect(files).toContain('package/dist/cli.js');
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(prefix, 'lib', 'node_modules', 'merit', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.scripts).not.toHaveProperty('prepare');
  });

  it('scores an example from another folder with the installed binary', () => {
    const r = installedMerit(['score', 'bukti.xlsx', '-f', 'json', '-o', 'laporan.json', '-o', 'laporan.html']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'laporan.json'), 'utf8')) as { schema: string; score: string };
    expect(report.schema).toBe('merit-report/1');
    // The same score as the repository's own build gives (examples/README.md works it out by hand).
    const here = merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json']);
    expect(report.score).toBe((JSON.parse(here.stdout) as { score: string }).score);
    expect(existsSync(join(work, 'laporan.html'))).toBe(true);
  });

  it('reads a saved report and validates a bundled rubric (the lazily loaded validators are in the package)', () => {
    const diff = installedMerit(['diff', 'laporan.json', 'laporan.json', '--lang', 'en']);
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toMatch(/Comparison|compar/i);
    const valid = installedMerit(['rubric', 'validate', 'panrb-19-2025', 'kasn-2019']);
    expect(valid.status, valid.stderr).toBe(0);
  });
});

describe('publint', () => {
  it('finds nothing to fix in the packed tarball', async () => {
    // The tarball's own files, unpacked: publint checks what users get, not the working tree.
    const unpacked = join(dir, 'unpacked');
    mkdirSync(unpacked, { recursive: true });
    const untar = run('tar', ['-xzf', tarball, '-C', unpacked], dir);
    expect(untar.status, untar.stderr).toBe(0);
    const { messages } = await publint({ pkgDir: join(unpacked, 'package'), pack: false, strict: true, level: 'suggestion' });
    expect(messages).toEqual([]);
  });
});
