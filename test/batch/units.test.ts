// Batch pieces without the binary: input expansion, lanes, output names, summary and ranking,
// and the renderers' contracts (streamed JSON = whole JSON, 80 columns, escaping), progress.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { mapLanes, outputNames } from '../../src/cli/batch-action.js';
import { commonRoot, expandInputs, patternRoot } from '../../src/cli/inputs.js';
import { createProgress } from '../../src/cli/progress.js';
import { Dec } from '../../src/decimal.js';
import { UsageError } from '../../src/diagnostics.js';
import { batchJsonChunks, batchObject, renderBatchJson } from '../../src/report/batch-json.js';
import { renderBatchJunit } from '../../src/report/batch-junit.js';
import { renderBatchMarkdown } from '../../src/report/batch-markdown.js';
import { renderBatchText, shortAgency } from '../../src/report/batch-text.js';
import { renderBatchCsv } from '../../src/report/batch-csv.js';
import { ranked, summarize, type BatchItem, type BatchResult } from '../../src/scoring/batch.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik, SCALE } from '../helpers/sample-assessment.js';
import { expectValidBatch, parseJunit } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'merit-batch-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const touch = (rel: string, content = 'x') => {
  mkdirSync(join(tmp, rel, '..'), { recursive: true });
  writeFileSync(join(tmp, rel), content);
};

describe('expandInputs', () => {
  touch('a/one.xlsx');
  touch('a/TWO.CSV');
  touch('a/sub/three.csv');
  touch('a/~$one.xlsx');
  touch('a/.hidden.csv');
  touch('a/.git/x.csv');
  touch('a/node_modules/p/y.csv');
  touch('a/readme.md');
  touch('a/out/r.csv');
  touch('a/out/manifest.json', '{"schema": "merit-manifest/1"}');
  touch('b/[draft].csv');

  it('searches directories for .xlsx/.csv at any depth, case-insensitively, skipping lock, hidden, node_modules and report folders', async () => {
    const r = await expandInputs(['a'], { cwd: tmp });
    expect(r).toEqual({ files: ['a/TWO.CSV', 'a/one.xlsx', 'a/sub/three.csv'], batch: true, roots: ['a'], skipped: ['a/~$one.xlsx'] });
  });

  it('one plain file is not a batch, even when missing; two are', async () => {
    expect(await expandInputs(['a/one.xlsx'], { cwd: tmp })).toMatchObject({ files: ['a/one.xlsx'], batch: false });
    expect(await expandInputs(['missing.xlsx'], { cwd: tmp })).toMatchObject({ files: ['missing.xlsx'], batch: false });
    expect((await expandInputs(['a/one.xlsx', 'a/TWO.CSV'], { cwd: tmp })).batch).toBe(true);
  });

  it('a file whose name looks like a glob is a file', async () => {
    expect((await expandInputs(['b/[draft].csv'], { cwd: tmp })).files).toEqual(['b/[draft].csv']);
  });

  it('globs: matches sorted, no match is USAGE_NO_MATCH, an empty directory USAGE_NO_EVIDENCE_IN_DIRECTORY', async () => {
    expect((await expandInputs(['a/**/*.csv'], { cwd: tmp })).files).toEqual(['a/sub/three.csv']);
    await expect(expandInputs(['a/**/*.ods'], { cwd: tmp })).rejects.toMatchObject({ code: 'USAGE_NO_MATCH', args: { pattern: 'a/**/*.ods' } });
    mkdirSync(join(tmp, 'empty'), { recursive: true });
    const e = await expandInputs(['empty'], { cwd: tmp }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect(e).toMatchObject({ code: 'USAGE_NO_EVIDENCE_IN_DIRECTORY', args: { path: 'empty' } });
  });

  it('duplicates by real path (links, ./) keep the first name; excluded folders are not searched', async () => {
    symlinkSync(join(tmp, 'a/one.xlsx'), join(tmp, 'link.xlsx'));
    const r = await expandInputs(['link.xlsx', './a/one.xlsx', 'a'], { cwd: tmp });
    expect(r.files).toEqual(['a/TWO.CSV', 'a/sub/three.csv', 'link.xlsx']);
    expect((await expandInputs(['a'], { cwd: tmp, exclude: ['a/sub'] })).files).toEqual(['a/TWO.CSV', 'a/one.xlsx']);
  });

  it('pattern roots and the common root of arguments', () => {
    expect(patternRoot('evidence/2024/*.xlsx')).toBe('evidence/2024');
    expect(patternRoot('**/*.csv')).toBe('.');
    expect(patternRoot('/data/{a,b}/*.csv')).toBe('/data');
    expect(commonRoot(['x/a', 'x/b/c'], '/w')).toBe('/w/x');
    expect(commonRoot(['x/ab', 'x/a'], '/w')).toBe('/w/x');
    expect(commonRoot(['/p/q', '/r'], '/w')).toBe('/');
  });
});

describe('output names under --output-dir', () => {
  it('relative to the common root, keeping the input extension; names equal but for case get -2', () => {
    const names = outputNames(['ev/a/kab.xlsx', 'ev/a/kab.csv', 'ev/b/kab.xlsx', 'ev/b/KAB.xlsx'], ['ev'], '/w');
    expect([...names.values()]).toEqual(['a/kab.xlsx', 'a/kab.csv', 'b/kab.xlsx', 'b/KAB.xlsx-2']);
    expect([...outputNames(['/elsewhere/x.csv', 'ev/y.csv'], ['/elsewhere', 'ev'], '/w').values()]).toEqual(['elsewhere/x.csv', 'w/ev/y.csv']);
  });
});

describe('lanes', () => {
  it('keep the input order, start files in order, run at most `lanes` at once, and a file over the byte budget alone', async () => {
    touch('lanes/small1.csv', 'a');
    touch('lanes/small2.csv', 'b');
    touch('lanes/big.csv', 'x'.repeat(100));
    touch('lanes/small3.csv', 'c');
    const files = ['small1.csv', 'big.csv', 'small2.csv', 'small3.csv'].map((f) => join(tmp, 'lanes', f));
    let running = 0;
    const seen: string[][] = [];
    const active = new Set<string>();
    const started: number[] = [];
    const out = await mapLanes(files, 2, 50, async (f, i) => {
      started.push(i);
      active.add(f);
      running++;
      seen.push([...active]);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      active.delete(f);
      return i;
    });
    expect(out).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]); // the big file is not overtaken
    expect(Math.max(...seen.map((s) => s.length))).toBeLessThanOrEqual(2);
    for (const s of seen) if (s.some((f) => f.endsWith('big.csv'))) expect(s).toHaveLength(1);
    expect(running).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

function item(input: string, assessment?: ReturnType<typeof sampleAssessment>, over: Partial<BatchItem> = {}): BatchItem {
  return assessment
    ? { input, status: 'scored', exitCode: 0, assessment, gates: [], diagnostics: assessment.diagnostics, outputs: [], ...over }
    : { input, status: 'failed', exitCode: 2, gates: [], diagnostics: [{ code: 'EVIDENCE_CORRUPT', severity: 'error', args: { detail: 'bad zip' }, location: { file: input } }], outputs: [], ...over };
}

function batch(items: BatchItem[]): BatchResult {
  const a = sampleAssessment();
  return { tool: a.tool, rubric: a.rubric, gates: { failUnder: Dec.int(250) }, items, summary: summarize(items, SCALE.bands), generatedAt: '2026-01-02T03:04:05.678Z' };
}

const long = (name: string) => sampleAssessment({ subject: { name, period: '2024', source: 'workbook' } });
const ITEMS = [
  item('ev/kab.xlsx', long('Pemerintah Kabupaten Contoh Dengan Nama Yang Sangat Panjang Sekali')),
  item('ev/prov.xlsx', sampleSangatBaik()),
  item('ev/=cmd.csv', sampleBelowRange({ subject: { name: '=HYPERLINK("x")|<b>', source: 'workbook' } }), {
    exitCode: 1,
    gates: [{ gate: 'fail-under', passed: false, expected: '>= 250', found: '65.5' }],
  }),
  item('ev/tie.xlsx', sampleAssessment()),
  item('ev/broken <&> "x".xlsx'),
];

describe('summary and ranking', () => {
  it('counts per band (zeros included), worst exit code, competition ranking with ties', () => {
    const r = batch(ITEMS);
    expect(r.summary).toMatchObject({ files: 5, scored: 4, failed: 1, gateFailures: 1, exitCode: 2 });
    expect(r.summary.median!.toString()).toBe('288.5');
    const ranks = ranked(r.items).map((x) => [x.item.input, x.rank]);
    expect(ranks).toEqual([
      ['ev/prov.xlsx', 1],
      ['ev/kab.xlsx', 2],
      ['ev/tie.xlsx', 2],
      ['ev/=cmd.csv', 4],
      ['ev/broken <&> "x".xlsx', undefined],
    ]);
  });
});

describe('renderers', () => {
  const r = batch(ITEMS);

  it('JSON: the streamed chunks are exactly JSON.stringify of the whole, and valid merit-batch/1', () => {
    for (const deterministic of [true, false]) {
      const whole = JSON.stringify(batchObject(r, { deterministic }), null, 2) + '\n';
      expect([...batchJsonChunks(r, { deterministic })].join('')).toBe(whole);
    }
    expectValidBatch(renderBatchJson(r, { deterministic: true }));
    expect(renderBatchJson(batch([item('only-bad.xlsx')]), { deterministic: true })).toMatch(/"results": \[\],/);
  });

  it('text: no line wider than the width, in both languages and at several widths, with or without colour', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const width of [40, 60, 80, 100, 160]) {
        for (const level of [0, 3] as const) {
          const out = renderBatchText(r, { lang, width, verbose: true, color: new Chalk({ level }) });
          // eslint-disable-next-line no-control-regex
          for (const line of out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) expect([...line].length, `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
        }
      }
    }
    const en = renderBatchText(r, { lang: 'en', width: 80, verbose: false, color: new Chalk({ level: 0 }) });
    expect(en).toMatch(/Pemkab Contoh Dengan/);
    expect(en).toMatch(/unreadable · EVIDENCE_CORRUPT/);
    expect(en).toMatch(/fail-under: expected >= 250, found 65\.5/);
    expect(shortAgency('Pemerintah Provinsi Jawa Tengah', 20)).toBe('Pemprov Jawa Tengah');
    expect(shortAgency('Pemerintah Provinsi Jawa Tengah', 40)).toBe('Pemerintah Provinsi Jawa Tengah');
  });

  it('CSV: formula-like text from files is neutralised, fields quoted', () => {
    const csv = renderBatchCsv(r, { lang: 'en', delimiter: ',' });
    expect(csv).toMatch(/,ev\/=cmd\.csv,"'=HYPERLINK\(""x""\)\|<b>",/);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('Markdown: table cells escaped', () => {
    const md = renderBatchMarkdown(r, { lang: 'en' });
    expect(md).toMatch(/=HYPERLINK\("x"\)\\\|&lt;b&gt;/);
    expect(md).not.toMatch(/<b>/);
  });

  it('JUnit: escaped, well-formed, counts consistent; deterministic has no time', () => {
    const xml = renderBatchJunit(r, { lang: 'en', deterministic: false });
    const { suites, root } = parseJunit(xml);
    expect(root['@_tests']).toBe('5');
    expect(suites[0]!.testcase.map((c) => c['@_name'])).toContain('ev/broken <&> "x".xlsx');
    expect(xml).toMatch(/timestamp="2026-01-02T03:04:05"/);
    const det = renderBatchJunit(r, { lang: 'en', deterministic: true });
    expect(det).not.toMatch(/time=|timestamp=/);
    parseJunit(renderBatchJunit(batch([item('ev/\u0001ctl.xlsx')]), { lang: 'id', deterministic: true }));
  });
});

describe('progress', () => {
  const fake = (isTTY: boolean) => Object.assign(new PassThrough(), { isTTY, columns: 80 }) as unknown as NodeJS.WriteStream & PassThrough;

  it('draws files done/total and the current file on a terminal', async () => {
    const stream = fake(true);
    let out = '';
    stream.on('data', (c: Buffer) => (out += c.toString()));
    const p = await createProgress(3, { enabled: true, lang: 'en', stream });
    p.start('ev/kab.xlsx');
    p.done();
    p.start('ev/prov.xlsx');
    p.done();
    p.stop();
    // cli-progress redraws at most 10 times a second: the last state is what is certain.
    expect(out).toMatch(/2\/3 files \| ETA \d+s \| ev\/prov\.xlsx/);
  });

  it('draws nothing when not a terminal or disabled (--quiet)', async () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const stream = fake(tty);
      let out = '';
      stream.on('data', (c: Buffer) => (out += c.toString()));
      const p = await createProgress(3, { enabled, lang: 'en', stream });
      p.start('a');
      p.done();
      p.stop();
      expect(out).toBe('');
    }
  });
});
