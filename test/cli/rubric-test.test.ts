/**
 * `merit rubric test` on the built binary: the bundled rubrics' fixture suites (the published
 * results and the examples) pass through this very command, and every kind of failure is worded
 * and exits as documented (1 mismatch, 2 broken fixture).
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const FIX = join(ROOT, 'rubrics/fixtures');

describe('merit rubric test: the bundled suites', () => {
  it.each([
    ['kasn-2019', 6],
    ['panrb-19-2025', 2],
    ['ip-asn-2019', 1],
  ])('%s: every fixture passes (%i)', (id, count) => {
    const r = merit(['rubric', 'test', id, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('merit-rubric-test-run/1');
    expect(doc.total).toBe(count);
    expect(doc.pass).toBe(count);
    // every evidence file of the folder has its expectation
    expect(readdirSync(join(FIX, id)).filter((f) => !f.endsWith('.expect.json')).length).toBe(count);
  });

  it('kasn-2019 reproduces the published totals and categories', () => {
    const doc = JSON.parse(merit(['rubric', 'test', 'kasn-2019', '-f', 'json']).stdout);
    const got = Object.fromEntries(doc.fixtures.map((f: { score: string; predicate: string; evidence: string }) => [f.score, f.predicate]));
    expect(got).toEqual({ '288.5': 'III', '250': 'III', '327': 'IV', '330.5': 'IV', '163.5': 'I', '65.5': 'BELOW' });
  });

  it('the fixture copies of the examples are the examples, byte for byte', () => {
    for (const [dir, file] of [['panrb-19-2025', 'kab-contoh-2026.xlsx'], ['panrb-19-2025', 'kementerian-contoh-2026.xlsx'], ['ip-asn-2019', 'pegawai-contoh.csv']]) {
      expect(readFileSync(join(FIX, dir!, file!)).equals(readFileSync(join(ROOT, 'examples', file!)))).toBe(true);
    }
  });
});

function fixtureDir(expectation?: object, name = 'oki'): string {
  const dir = mkdtempSync(join(tmpdir(), 'merit-rtest-'));
  copyFileSync(join(FIX, 'kasn-2019/kab-oki-2022.csv'), join(dir, `${name}.csv`));
  if (expectation) writeFileSync(join(dir, `${name}.expect.json`), JSON.stringify(expectation, null, 2));
  return dir;
}

describe('merit rubric test: failures', () => {
  it('a mismatch is printed as expected vs found with the node path, exit 1', () => {
    const dir = fixtureDir({ score: 290, predicate: 'IV', nodes: { 'A1/A1.1': { score: '4' }, A3: { status: 'missing' } }, diagnostics: ['SCORE_MISSING_EVIDENCE'] });
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('KASN2019 score: expected 290, found 288.5');
    expect(r.stdout).toContain('KASN2019 predicate: expected IV, found III');
    expect(r.stdout).toContain('KASN2019 › A1 › A1.1 score: expected 4, found 10.5');
    expect(r.stdout).toContain('KASN2019 › A3 status: expected missing, found scored');
    expect(r.stdout).toContain('KASN2019 diagnostics: expected [SCORE_MISSING_EVIDENCE], found []');
    expect(r.stdout).toContain('0 passed, 1 failed, 0 broken (of 1 fixtures)');
  });

  it('-f junit: a mismatch is a <failure type="mismatch">', () => {
    const dir = fixtureDir({ score: '290' });
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '-f', 'junit', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('tests="1" failures="1"');
    expect(r.stdout).toContain('<failure message="1 mismatch" type="mismatch">KASN2019 score: expected 290, found 288.5</failure>');
  });

  it('an invalid expectation is located (file:line:column) and breaks the fixture, exit 2', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'oki.expect.json'), '{\n  "score": "288,5",\n  "predicat": "III"\n}\n');
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('oki.expect.json:2:12 /score: error: invalid expectation file: not a number');
    expect(r.stdout).toContain('oki.expect.json:3:3 /predicat: error: invalid expectation file: unknown key "predicat" [TEST_EXPECT_INVALID]');
  });

  it('JSON syntax errors in an expectation are located too', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'oki.expect.json'), '{ "score": 288.5, }');
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/oki\.expect\.json:1:\d+: error: .*\[RUBRIC_JSON_SYNTAX\]/);
  });

  it('a node the rubric does not have (or not at that path) breaks the fixture', () => {
    const moved = merit(['rubric', 'test', 'kasn-2019', fixtureDir({ nodes: { 'A2/A1.1': { score: 1 } } }), '-f', 'json']);
    expect(moved.code).toBe(2);
    expect(JSON.parse(moved.stdout).fixtures[0].problems[0].args.code).toBe('A2/A1.1');
    const dir = fixtureDir({ nodes: { A9: { score: 1 } } });
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(2);
    const f = JSON.parse(r.stdout).fixtures[0];
    expect(f.status).toBe('broken');
    expect(f.problems[0].code).toBe('TEST_EXPECT_UNKNOWN_NODE');
    expect(f.problems[0].location.pointer).toBe('/nodes/A9');
  });

  it('evidence without an expectation is broken; a rubric without a fixture folder is a usage error', () => {
    const dir = fixtureDir();
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[TEST_NO_EXPECTATION]');
    const rubric = join(dir, 'mine.json');
    copyFileSync(join(ROOT, 'rubrics/kasn-2019.json'), rubric);
    const none = merit(['rubric', 'test', rubric, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no fixture folder');
  });
});

describe('merit rubric test --update', () => {
  it('writes expectations for fixtures that have none, never overwrites without --force', () => {
    const dir = fixtureDir();
    copyFileSync(join(FIX, 'kasn-2019/mk-2021.csv'), join(dir, 'mk.csv'));
    writeFileSync(join(dir, 'mk.expect.json'), JSON.stringify({ description: 'kept', score: 1 }));
    const r = merit(['rubric', 'test', 'kasn-2019', dir, '--update', '--lang', 'en']);
    // mk.csv has an expectation: it is tested (and fails), not overwritten
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('oki.csv  288.5 · III (expectation written)');
    const written = JSON.parse(readFileSync(join(dir, 'oki.expect.json'), 'utf8'));
    expect(written).toMatchObject({ score: '288.5', predicate: 'III', coverage: '1', diagnostics: [] });
    expect(written.nodes.A3.score).toBeDefined();
    expect(existsSync(join(ROOT, written.$schema.replace(/^(\.\.\/)+/, '')))).toBe(false); // relative to the fixture, not the root
    expect(JSON.parse(readFileSync(join(dir, 'mk.expect.json'), 'utf8')).score).toBe(1);
    // the written one passes
    expect(merit(['rubric', 'test', 'kasn-2019', join(dir, 'oki.csv')]).code).toBe(0);
    // --force overwrites, keeping the description
    expect(merit(['rubric', 'test', 'kasn-2019', dir, '--update', '--force']).code).toBe(0);
    const forced = JSON.parse(readFileSync(join(dir, 'mk.expect.json'), 'utf8'));
    expect(forced).toMatchObject({ description: 'kept', score: '327', predicate: 'IV' });
    expect(merit(['rubric', 'test', 'kasn-2019', dir]).code).toBe(0);
  });
});

describe('merit rubric test: help', () => {
  it('has examples and exit codes', () => {
    const r = merit(['rubric', 'test', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ merit rubric test kasn-2019');
    expect(r.stdout).toContain('--update');
  });
});
