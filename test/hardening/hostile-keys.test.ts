/**
 * Hostile rubric files and hostile evidence keys (issue 8): `__proto__` / `constructor` keys, huge
 * numbers, NaN-like strings, deep nesting and a `$ref` to a remote URL are each rejected with
 * their diagnostic; nothing reaches the network (proven with a preload that traps every way out);
 * and evidence codes, headers and band codes that are also Object.prototype's names
 * (`__proto__`, `constructor`, `toString`) are plain text everywhere: no pollution, no crash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { BIN, merit, ROOT } from '../helpers/cli.js';
import { ExcelJS } from '../evidence/helpers.js';
import { STACK } from './cli-contract.js';

const HOSTILE = 'test/fixtures/rubrics/hostile';
const tmp = mkdtempSync(join(tmpdir(), 'merit-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** [code, pointer] per rejected rubric. */
const REJECTED: Record<string, [string, string][]> = {
  'constructor-prototype.json': [
    ['RUBRIC_FORBIDDEN_KEY', '/constructor'],
    ['RUBRIC_FORBIDDEN_KEY', '/constructor/prototype'],
  ],
  'deep-nesting.json': [['RUBRIC_TOO_DEEP', `/x${'/0'.repeat(63)}`]],
  'nan-strings.json': [
    ['RUBRIC_TYPE', '/root/children/0/children/0/scoring/weight'],
    ['RUBRIC_TYPE', '/bands/2/min'],
  ],
  // Only the number itself: not also what the schema says of the 0 that replaced it.
  'number-overflow.json': [
    ['RUBRIC_NUMBER_RANGE', '/root/children/0/children/0/scoring/weight'],
    ['RUBRIC_NUMBER_RANGE', '/bands/2/min'],
  ],
  'remote-ref.json': [
    ['RUBRIC_UNKNOWN_KEY', '/$ref'],
    ['RUBRIC_UNKNOWN_KEY', '/root/children/0/children/0/scoring/$ref'],
  ],
};

describe('hostile rubric files', () => {
  it('every file in the folder has an expectation (object-prototype-codes.json is valid)', () => {
    const files = readdirSync(join(ROOT, HOSTILE)).sort();
    expect(files).toEqual([...Object.keys(REJECTED), 'object-prototype-codes.json'].sort());
  });

  it.each(Object.entries(REJECTED))('%s is rejected by `rubric validate` and by `score`', (file, expected) => {
    const path = `${HOSTILE}/${file}`;
    const v = merit(['rubric', 'validate', path, '--lang', 'en', '--format', 'json']);
    expect(v.code, v.stderr).toBe(2);
    const report = JSON.parse(v.stdout) as { files: { diagnostics: { code: string; location: { pointer: string; line: number } }[] }[] };
    const got = report.files[0]!.diagnostics.map((d) => [d.code, d.location.pointer]);
    expect(got).toEqual(expected);
    for (const d of report.files[0]!.diagnostics) expect(d.location.line).toBeGreaterThan(0);

    const s = merit(['score', 'examples/kota-contoh.csv', '--rubric', path, '--lang', 'en']);
    expect(s.code).toBe(2);
    for (const [code, pointer] of expected) expect(s.stderr).toContain(`${pointer}: error: `), expect(s.stderr).toContain(`[${code}]`);
    expect(s.stdout).toBe('');
    expect(s.stderr).not.toMatch(STACK);
  });
});

describe('no network, ever', () => {
  const hook = join(ROOT, 'test/hardening/no-network.mjs');
  const run = (args: string[], log: string) =>
    spawnSync(process.execPath, ['--import', hook, BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', MERIT_NETWORK_LOG: log }, encoding: 'utf8' });

  it('the trap works (a control: fetch and https.request are caught and logged)', () => {
    const log = join(tmp, 'control.log');
    const r = spawnSync(process.execPath, ['--import', hook, '-e', "try { fetch('https://example.invalid/') } catch {} import('node:https').then((h) => { try { h.request('https://example.invalid/') } catch {} })"], {
      env: { ...process.env, MERIT_NETWORK_LOG: log },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['fetch https://example.invalid/', 'https.request https://example.invalid/']);
  });

  it('a rubric with remote $schema, $ref and legal-basis URLs: validated, scored and reported without one network call', () => {
    const log = join(tmp, 'merit.log');
    // Valid, with every URL pointing away: $schema, legalBasis, and the report formats that print links.
    const text = readFileSync(join(ROOT, 'test/fixtures/rubrics/valid/minimal-agency.json'), 'utf8').replace('"../../../../rubrics/schema/rubric-1.schema.json"', '"https://example.invalid/rubric-1.schema.json"');
    const rubric = join(tmp, 'remote-schema.json');
    writeFileSync(rubric, text);
    const csv = join(tmp, 'bukti.csv');
    writeFileSync(csv, 'Kode,Level,Bukti Dukung\nA1.1,3,https://example.invalid/bukti.pdf\nA1.2,2,\nA2.1,4,\n');
    const runs = [
      ['rubric', 'validate', `${HOSTILE}/remote-ref.json`],
      ['rubric', 'show', rubric],
      ['score', csv, '--rubric', rubric, ...['json', 'html', 'xlsx', 'md', 'csv'].flatMap((f) => ['-o', join(tmp, `r.${f}`)])],
      ['template', '--rubric', rubric, '-o', join(tmp, 'templat.xlsx')],
    ];
    const codes = runs.map((args) => run(args, log).status);
    expect(codes).toEqual([2, 0, 0, 0]);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('no source file imports a network module or calls fetch', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          if (/from '(node:)?(http|https|http2|net|tls|dns|dgram)'|require\('(node:)?(http|https|net|tls|dns)'\)|\bfetch\(|undici|XMLHttpRequest|WebSocket/.test(src)) offenders.push(p);
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe('evidence keys that are Object.prototype names', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '__defineGetter__'];
  let kasn: LoadedRubric;
  let before: string[];
  beforeAll(async () => {
    kasn = await loadRubric('kasn-2019');
    before = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterAll(() => {
    // Nothing was added to, or changed on, Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });

  const check = (table: Awaited<ReturnType<typeof readEvidenceBytes>>, cellOf: (i: number) => string) => {
    expect(table.rows.map((r) => r.code.text)).toEqual([...NAMES, 'A1.1']);
    const a = scoreAgency(kasn, table, { toolVersion: 'test' });
    const unknown = a.diagnostics.filter((d) => d.code === 'SCORE_UNKNOWN_CODE');
    expect(unknown.map((d) => [d.args.value, d.location?.cell])).toEqual(NAMES.map((n, i) => [n, cellOf(i)]));
    // A1.1 still scores; every other criterion is missing, as in any sparse file.
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  };

  it('in a CSV (codes, a header and notes named __proto__)', async () => {
    const csv = ['Instansi:;__proto__', 'Kode;Level;__proto__;Catatan', ...NAMES.map((n) => `${n};3;x;${n}`), 'A1.1;4;;{"polluted":true}'].join('\n');
    const t = await readEvidenceBytes(Buffer.from(csv), 'bukti.csv');
    expect(t.meta.subject?.value).toBe('__proto__');
    check(t, (i) => `A${i + 3}`);
  });

  it('in a workbook (a sheet named __proto__ too)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('__proto__');
    ws.addRow(['Kode', 'Level', 'constructor']);
    for (const n of NAMES) ws.addRow([n, 2, n]);
    ws.addRow(['A1.1', 3, 'toString']);
    const t = await readEvidenceBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'bukti.xlsx');
    expect(t.sheet).toBe('__proto__');
    check(t, (i) => `A${i + 2}`);
  });

  it('on the CLI: --assume __proto__=3 is an unknown code (exit 2), not a crash', () => {
    const r = merit(['score', 'examples/kota-contoh.csv', '--assume', '__proto__=3', '--assume', 'constructor=1', '--lang', 'en', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[__proto__]: error: --assume "__proto__": code not in the rubric [SCORE_ASSUME_UNKNOWN_CODE]');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a valid rubric whose node, scale and band codes are toString, constructor, hasOwnProperty: every format renders', () => {
    const csv = join(tmp, 'proto-codes.csv');
    writeFileSync(csv, 'Kode,Level\ntoString,4\nhasOwnProperty,4\nisPrototypeOf,3\n');
    const rubric = `${HOSTILE}/object-prototype-codes.json`;
    const formats = ['json', 'html', 'xlsx', 'md', 'csv', 'txt'];
    const r = merit(['score', csv, '--rubric', rubric, '--min-predicate', 'toString', '--deterministic', ...formats.flatMap((f) => ['-o', join(tmp, `p.${f}`)]), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(tmp, 'p.json'), 'utf8')) as { score: number; predicate: { code: string } };
    expect([report.score, report.predicate.code]).toEqual([70, 'hasOwnProperty']);
    // Text with colours looks the band code up in a table of its own: it must not find Object's toString.
    const coloured = spawnSync(process.execPath, [BIN, 'score', csv, '--rubric', rubric], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: undefined }, encoding: 'utf8' });
    expect(coloured.status, coloured.stderr).toBe(0);
    expect(coloured.stdout).toContain('hasOwnProperty');
  });
});
