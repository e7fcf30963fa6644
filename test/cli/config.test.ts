// The configuration file: found from the working directory upward (merit.config.json,
// .meritrc.json, package.json "merit") or --config FILE; validated with located errors (exit 2);
// flags and environment variables win over it; `merit config` and `merit score --print-config`
// say where each setting came from. Built binary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = join(ROOT, 'examples/kota-contoh.csv');

/** A fresh project folder with these files. */
function project(name: string, files: Record<string, unknown>): string {
  const d = join(dir, name);
  mkdirSync(join(d, 'sub'), { recursive: true });
  for (const [f, v] of Object.entries(files)) writeFileSync(join(d, f), typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  return d;
}

type Row = { value: unknown; source: string; file?: string; flag?: string; env?: string };
const settings = (stdout: string): Record<string, Row> => (JSON.parse(stdout) as { settings: Record<string, Row> }).settings;

describe('finding the file', () => {
  it('merit.config.json in a parent folder: merit config shows its values and where they came from', () => {
    const d = project('upward', { 'merit.config.json': { rubric: 'kasn-2019', lang: 'en', gates: { failUnder: 300 }, limits: { maxRows: 5000 } } });
    const r = merit(['config'], { cwd: join(d, 'sub') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('configuration file: ../merit.config.json');
    expect(r.stdout).toMatch(/gates\.failUnder\s+300\s+\.\.\/merit\.config\.json/);
    expect(r.stdout).toMatch(/limits\.maxCells\s+1000000\s+default/);
    const j = merit(['config', '-f', 'json'], { cwd: join(d, 'sub') });
    const s = settings(j.stdout);
    expect(s['rubric']).toEqual({ value: 'kasn-2019', source: 'file', file: '../merit.config.json' });
    expect(s['limits.maxRows']).toEqual({ value: '5000', source: 'file', file: '../merit.config.json' });
    expect(s['gates.minPredicate']).toEqual({ value: null, source: 'default' });
  });

  it('.meritrc.json, and the "merit" key of package.json (a package.json without one is passed by)', () => {
    const rc = project('rc', { '.meritrc.json': { gates: { minCoverage: 50 } } });
    expect(settings(merit(['config', '-f', 'json'], { cwd: rc }).stdout)['gates.minCoverage']).toMatchObject({ value: '50', source: 'file', file: '.meritrc.json' });
    const pkg = project('pkg', { 'package.json': { name: 'x', merit: { gates: { maxWarnings: 3 } } } });
    writeFileSync(join(pkg, 'sub', 'package.json'), JSON.stringify({ name: 'inner' }));
    const s = settings(merit(['config', '-f', 'json'], { cwd: join(pkg, 'sub') }).stdout);
    expect(s['gates.maxWarnings']).toEqual({ value: '3', source: 'file', file: '../package.json' });
  });

  it('none found: everything is the default', () => {
    const d = project('none', {});
    const r = merit(['config'], { cwd: d, env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('configuration file: none');
    expect(r.stdout).not.toMatch(/\s(flag|file)\s/);
  });
});

describe('the file is applied to merit score', () => {
  it('its gates, format and language are used (exit 1 on its gate, words in English)', () => {
    const d = project('gates', { 'merit.config.json': { format: 'json', lang: 'en', gates: { failUnder: 300, minAspect: { A1: 20 } } } });
    const r = merit(['score', EXAMPLE], { cwd: d });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).score).toBe(194.5);
    expect(r.stderr).toContain('gate fail-under failed: expected >= 300, found 194.5');
    expect(r.stderr).toContain('gate min-aspect passed: expected A1 >= 20, found A1 26.5');
  });

  it('a flag wins over the file; MERIT_LANG too', () => {
    const d = project('flags', { 'merit.config.json': { format: 'json', lang: 'en', gates: { failUnder: 300 } } });
    const r = merit(['score', EXAMPLE, '--fail-under', '100', '-f', 'text'], { cwd: d, env: { MERIT_LANG: 'id' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('gerbang fail-under lolos: diharapkan >= 100');
    expect(() => JSON.parse(r.stdout)).toThrow();
    const p = merit(['score', EXAMPLE, '--fail-under', '100', '--print-config'], { cwd: d });
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/gates\.failUnder\s+100\s+flag --fail-under/);
    expect(p.stdout).toMatch(/format\s+json\s+merit\.config\.json/);
  });

  it('paths in the file are relative to its folder', () => {
    const d = project('paths', { 'merit.config.json': { format: ['json'], output: ['out/report.json'] } });
    const r = merit(['score', EXAMPLE], { cwd: join(d, 'sub') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(d, 'out/report.json'), 'utf8')).score).toBe(194.5);
  });

  it('--config FILE names the file, and --deterministic from SOURCE_DATE_EPOCH is said to come from the environment', () => {
    const d = project('explicit', { 'ci.json': { rubric: 'kasn-2019' } });
    const s = settings(merit(['config', '--config', 'ci.json', '-f', 'json'], { cwd: d, env: { SOURCE_DATE_EPOCH: '0' } }).stdout);
    expect(s['rubric']).toMatchObject({ source: 'file', file: 'ci.json' });
    expect(s['deterministic']).toEqual({ value: true, source: 'env', env: 'SOURCE_DATE_EPOCH' });
  });
});

describe('a bad file is a located error (exit 2)', () => {
  it('schema errors say file:line:col, with a did-you-mean for a typo', () => {
    const d = project('bad', { 'merit.config.json': '{\n  "rubrik": "kasn-2019",\n  "gates": { "failUnder": "300", "minCoverage": 120 }\n}\n' });
    const r = merit(['score', EXAMPLE], { cwd: d, env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('merit.config.json:2:3 /rubrik: error: unknown key "rubrik". Did you mean "rubric"?');
    expect(r.stderr).toContain('merit.config.json:3:27 /gates/failUnder: error: expected number, found string');
    expect(r.stderr).toContain('merit.config.json:3:49 /gates/minCoverage');
  });

  it('invalid JSON, a wrong "merit" key in package.json, and a missing --config file', () => {
    const d = project('syntax', { 'merit.config.json': '{ "lang": "en", }' });
    const r = merit(['config'], { cwd: d, env: { MERIT_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('merit.config.json:1:15');
    expect(r.stderr).toContain('RUBRIC_JSON_SYNTAX');
    const p = project('pkgbad', { 'package.json': '{"name":"x","merit":{"gates":{"maxWarnings":-1}}}' });
    const q = merit(['config'], { cwd: p, env: { MERIT_LANG: 'en' } });
    expect(q.code).toBe(2);
    expect(q.stderr).toContain('package.json:1:45 /merit/gates/maxWarnings');
    const m = merit(['score', EXAMPLE, '--config', 'nope.json'], { cwd: d, env: { MERIT_LANG: 'en' } });
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("configuration file 'nope.json' not found");
  });

  it('a .js file is never run: named with --config it is read as JSON and refused', () => {
    const d = project('js', { 'merit.config.js': 'process.exit(42)' });
    const r = merit(['config', '--config', 'merit.config.js'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('RUBRIC_JSON_SYNTAX');
  });
});

describe('gap, diff, explain and template', () => {
  const XLSX = join(ROOT, 'examples/kab-contoh-baik.xlsx');

  it('gap takes the rubric, language and limits from the file, not its report format or gates', () => {
    const d = project('gap', { 'merit.config.json': { rubric: 'kasn-2019', lang: 'en', format: 'html', gates: { failUnder: 400 }, limits: { maxRows: 5 } } });
    const r = merit(['gap', XLSX], { cwd: join(d, 'sub') });
    expect(r.stdout).toContain('Gap analysis'); // text in English, not HTML
    expect(r.stdout).toContain('kasn-2019@');
    expect(r.stderr).toContain('The sheet has more than 5 data rows'); // the file's limit
    expect(r.code).toBe(2);
    const f = merit(['gap', XLSX, '--max-rows', '1000', '-f', 'json'], { cwd: join(d, 'sub') });
    expect(f.code, f.stderr).toBe(0); // a flag wins; the file's failUnder 400 is score's, not gap's
    expect(JSON.parse(f.stdout).current.score).toBe(288.5);
  });

  it('explain and diff read the file named with --config', () => {
    const d = project('explain', { 'team.json': { lang: 'en', sheet: 'Penilaian' } });
    const e = merit(['explain', XLSX, 'A3.2', '--config', join(d, 'team.json')], { env: { MERIT_LANG: undefined } });
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/Employee competency profiles/);
    const x = merit(['diff', XLSX, join(ROOT, 'examples/prov-contoh-sangat-baik.xlsx'), '--config', join(d, 'nope.json')], { env: { MERIT_LANG: 'en' } });
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('not found');
  });

  it('template writes the workbook of the file\'s rubric, deterministic as the file says', () => {
    const d = project('template', { 'merit.config.json': { rubric: 'panrb-19-2025', lang: 'en', deterministic: true } });
    const a = merit(['template', '-o', 'a.xlsx'], { cwd: d });
    const b = merit(['template', '-o', 'b.xlsx'], { cwd: d });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout + a.stderr).toContain('rubric panrb-19-2025@');
    expect(readFileSync(join(d, 'a.xlsx')).equals(readFileSync(join(d, 'b.xlsx')))).toBe(true);
    const c = merit(['template', '-o', 'c.csv', '-r', 'kasn-2019'], { cwd: d });
    expect(c.stdout + c.stderr).toContain('rubric kasn-2019@'); // the flag wins
  });
});
