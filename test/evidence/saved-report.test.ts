/** Reading a saved merit-report/1 back: byte-identical round trips, exact numbers, clear errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/diagnostics.js';
import { readEvidence } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import { renderJson } from '../../src/report/json.js';
import { parseReport } from '../../src/evidence/saved-report.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

async function errorsOf(text: string): Promise<Diagnostic[]> {
  try {
    await parseReport(text, 'x.json');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return [...(e as InputError).diagnostics];
  }
  throw new Error('expected an InputError');
}

describe('round trip: render JSON -> parse -> render JSON is byte-identical', () => {
  it.each([
    ['sample (Baik, assumptions, provisional parts)', sampleAssessment()],
    ['sample Sangat Baik', sampleSangatBaik()],
    ['sample below range', sampleBelowRange()],
  ])('%s', async (_name, a) => {
    for (const deterministic of [true, false]) {
      const json = renderJson(a, { deterministic });
      expect(renderJson(await parseReport(json, 'r.json'), { deterministic })).toBe(json);
    }
  });

  it.each(['kab-contoh-baik.xlsx', 'prov-contoh-sangat-baik.xlsx', 'kota-contoh.csv'])('examples/%s scored now', async (file) => {
    const loaded = await loadRubric('kasn-2019');
    const a = scoreAgency(loaded, await readEvidence(`examples/${file}`), { now: new Date('2024-06-01T00:00:00Z') });
    const json = renderJson(a, { deterministic: false });
    const back = await parseReport(json, 'r.json');
    expect(renderJson(back, { deterministic: false })).toBe(json);
    // Exact decimals, not binary approximations.
    expect(back.score.eq(a.score)).toBe(true);
    expect(back.root.children![6]!.score.toString()).toBe(a.root.children![6]!.score.toString());
  });

  it('the bundled example reports read back to the same bytes', async () => {
    for (const name of ['kab-contoh-baik', 'prov-contoh-sangat-baik', 'kota-contoh']) {
      const json = readFileSync(`examples/${name}.report.json`, 'utf8');
      expect(renderJson(await parseReport(json, `${name}.report.json`), { deterministic: true })).toBe(json);
    }
  });
});

describe('what is not a report', () => {
  it('not JSON', async () => {
    const [d] = await errorsOf('{"schema": ');
    expect(d!.code).toBe('REPORT_NOT_JSON');
    expect(d!.location).toEqual({ file: 'x.json' });
  });

  it('another schema: a batch, or no schema at all', async () => {
    expect((await errorsOf('{"schema": "merit-batch/1"}')).map((d) => [d.code, d.args.found])).toEqual([['REPORT_UNSUPPORTED_SCHEMA', 'merit-batch/1']]);
    expect((await errorsOf('[1, 2]')).map((d) => [d.code, d.args.found])).toEqual([['REPORT_UNSUPPORTED_SCHEMA', '']]);
  });

  it('schema errors, each with its JSON pointer (at most five)', async () => {
    const good = JSON.parse(renderJson(sampleAssessment(), { deterministic: true })) as Record<string, unknown>;
    const bad = { ...good, score: 'lots', extra: 1 };
    const ds = await errorsOf(JSON.stringify(bad));
    expect(ds.map((d) => [d.code, d.location?.pointer])).toEqual([
      ['REPORT_INVALID', ''],
      ['REPORT_INVALID', '/score'],
    ]);
    expect(ds[0]!.args.detail).toBe('must NOT have additional properties: extra');
  });
});
