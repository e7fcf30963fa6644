/**
 * The semantic rules of merit-rubric/2, each on a one-change mutation of a valid example
 * (test/fixtures/rubrics/v2/contoh-2026.json): code, severity, JSON pointer, and the line the
 * pointer names in the text (found by what is written there, not by counting).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { validateRubricText } from '../../src/rubric/validate.js';

const FIX = join(import.meta.dirname, '../fixtures/rubrics');
/** The example, mutated freely into invalid shapes (so typed loosely). */
const BASE = JSON.parse(readFileSync(join(FIX, 'v2/contoh-2026.json'), 'utf8')) as any;

// Paths into the example.
const MAT = (d: any) => d.root.children[0];
const A = (d: any) => MAT(d).children[0];
const B = (d: any) => MAT(d).children[1];
const P_MAT = '/root/children/0';
const P_A = `${P_MAT}/children/0`;
const P_B = `${P_MAT}/children/1`;

interface Row {
  code: string;
  severity: string;
  pointer: string | undefined;
  line: number | undefined;
}

async function lint(mutate: (doc: any) => void, base: unknown = BASE) {
  const doc = structuredClone(base);
  mutate(doc);
  const text = JSON.stringify(doc, null, 2);
  const r = await validateRubricText(text, 'v2.json');
  const rows: Row[] = r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, pointer: d.location?.pointer, line: d.location?.line }));
  /** The 1-based line of the `nth` occurrence of `needle` in the text. */
  const lineOf = (needle: string, nth = 0): number => {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" not in the text`);
    }
    return text.slice(0, at).split('\n').length;
  };
  return { r, rows, lineOf };
}

const row = (code: string, pointer: string, line: number, severity = 'error'): Row => ({ code, severity, pointer, line });

describe('the v2 example', () => {
  it('is valid without warnings', async () => {
    const { r } = await lint(() => {});
    expect(r.diagnostics).toEqual([]);
    expect(r.rubric?.format).toBe('merit-rubric/2');
  });
});

describe('profile questions and conditions', () => {
  it('RUBRIC_PROFILE_UNKNOWN: when.profile names no question (did-you-mean)', async () => {
    const { r, rows, lineOf } = await lint((d) => (B(d).children[0].when = { profile: 'JENSI', in: ['pusat'] }));
    expect(rows).toEqual([row('RUBRIC_PROFILE_UNKNOWN', `${P_B}/children/0/when/profile`, lineOf('"profile": "JENSI"'))]);
    expect(r.diagnostics[0]!.args).toMatchObject({ suggestion: 'JENIS', questions: ['JENIS'] });
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toContain('profile question "JENSI" is not in "profile". Did you mean "JENIS"?');
  });

  it('RUBRIC_PROFILE_ANSWER_UNKNOWN: an in/notIn value that is no answer; a label written for a value suggests the value', async () => {
    const { r, rows, lineOf } = await lint((d) => (B(d).children[0].when = { profile: 'JENIS', notIn: ['pusatt', 'Instansi Daerah'] }));
    expect(rows).toEqual([
      row('RUBRIC_PROFILE_ANSWER_UNKNOWN', `${P_B}/children/0/when/notIn/0`, lineOf('"pusatt"')),
      row('RUBRIC_PROFILE_ANSWER_UNKNOWN', `${P_B}/children/0/when/notIn/1`, lineOf('"Instansi Daerah"', 1)),
    ]);
    expect(r.diagnostics.map((d) => d.args.suggestion)).toEqual(['pusat', 'daerah']);
    expect(formatDiagnostic(r.diagnostics[1]!, 'id')).toContain('bukan jawaban pertanyaan profil "JENIS". Maksud Anda "daerah"?');
  });

  it('RUBRIC_CRITERION_UNKNOWN: when.criterion names no leaf (a group is no criterion)', async () => {
    const { r, rows, lineOf } = await lint((d) => {
      B(d).children[1].when = { criterion: 'B.3', in: ['ya'] };
      B(d).children[0].when = { criterion: 'MAT', in: ['ya'] };
    });
    expect(rows).toEqual([
      row('RUBRIC_CRITERION_UNKNOWN', `${P_B}/children/0/when/criterion`, lineOf('"criterion": "MAT"')),
      row('RUBRIC_CRITERION_UNKNOWN', `${P_B}/children/1/when/criterion`, lineOf('"criterion": "B.3"')),
    ]);
    expect(r.diagnostics[1]!.args.suggestion).toBe('B.1');
  });

  it('a condition on another criterion that exists is fine', async () => {
    const { rows } = await lint((d) => (B(d).children[1].when = { criterion: 'B.1', in: ['4'] }));
    expect(rows).toEqual([]);
  });

  it('RUBRIC_CONDITION_SUBJECT: a column condition in an agency rubric (v2 replaces RUBRIC_AGENCY_COLUMN for `when`)', async () => {
    const { rows, lineOf } = await lint((d) => (B(d).children[0].when = { column: 'jabatan', in: ['x'] }));
    expect(rows).toEqual([row('RUBRIC_CONDITION_SUBJECT', `${P_B}/children/0/when/column`, lineOf('"column": "jabatan"'))]);
  });

  it('RUBRIC_CONDITION_SUBJECT: a profile or criterion condition in a record rubric', async () => {
    const record = { ...JSON.parse(readFileSync(join(FIX, 'valid/minimal-record.json'), 'utf8')), format: 'merit-rubric/2' };
    const { r, rows, lineOf } = await lint((d) => (d.root.children[0].when = { profile: 'JENIS', in: ['pusat'] }), record);
    expect(rows).toEqual([row('RUBRIC_CONDITION_SUBJECT', '/root/children/0/when/profile', lineOf('"profile": "JENIS"'))]);
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toContain('a condition on "profile" is only for rubrics with subject "agency"');
  });

  it('RUBRIC_CONDITION_EMPTY names the profile question', async () => {
    const { r, rows, lineOf } = await lint((d) => (B(d).children[0].when = { profile: 'JENIS' }));
    expect(rows).toEqual([row('RUBRIC_CONDITION_EMPTY', `${P_B}/children/0/when`, lineOf('"when": {', 2))]);
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toContain('the condition on profile question "JENIS" needs "in" or "notIn"');
  });

  it('RUBRIC_DUPLICATE_PROFILE_CODE: a question code repeats a question or a node code', async () => {
    const { r, rows, lineOf } = await lint((d) => {
      d.profile.push({ ...d.profile[0], code: 'jenis' }, { ...d.profile[0], code: 'KOR' });
    });
    expect(rows).toEqual([
      row('RUBRIC_DUPLICATE_PROFILE_CODE', '/profile/1/code', lineOf('"code": "jenis"')),
      row('RUBRIC_DUPLICATE_PROFILE_CODE', '/profile/2/code', lineOf('"code": "KOR"')),
    ]);
    expect(r.diagnostics[1]!.args).toMatchObject({ node: true, first: '/root/children/2' });
  });
});

describe('variants', () => {
  it('RUBRIC_VARIANT_OVERLAP: two variants apply for one answer', async () => {
    const { r, rows, lineOf } = await lint((d) => (A(d).children[2].when.in = ['daerah', 'pusat']));
    expect(rows).toEqual([row('RUBRIC_VARIANT_OVERLAP', `${P_A}/children/2/when`, lineOf('"when": {', 1))]);
    expect(r.diagnostics[0]!.args).toMatchObject({ variant: 'standar', code: 'A.2d', other: 'A.2p', answers: ['pusat'] });
  });

  it('RUBRIC_VARIANT_UNCOVERED: an answer no variant covers', async () => {
    const { r, rows, lineOf } = await lint((d) => d.profile[0].answers.push({ value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } }));
    expect(rows).toEqual([row('RUBRIC_VARIANT_UNCOVERED', `${P_A}/children/1/variant`, lineOf('"variant": "standar"'))]);
    expect(r.diagnostics[0]!.args).toMatchObject({ profile: 'JENIS', answers: ['lainnya'] });
  });

  it('notIn covers the other answers', async () => {
    const { rows } = await lint((d) => {
      d.profile[0].answers.push({ value: 'lainnya', label: { id: 'Lainnya', en: 'Other' } });
      A(d).children[2].when = { profile: 'JENIS', notIn: ['pusat'] };
    });
    expect(rows).toEqual([]);
  });

  it('RUBRIC_VARIANT_SUBJECT: a variant without a profile condition, or over another question', async () => {
    const none = await lint((d) => delete A(d).children[2].when);
    expect(none.rows).toEqual([row('RUBRIC_VARIANT_SUBJECT', `${P_A}/children/2/variant`, none.lineOf('"variant": "standar"', 1))]);
    const other = await lint((d) => {
      d.profile.push({ code: 'SKALA', label: { id: 'Skala', en: 'Size' }, answers: [{ value: 'besar', label: { id: 'Besar', en: 'Large' } }] });
      A(d).children[2].when = { profile: 'SKALA', in: ['besar'] };
    });
    expect(other.rows).toEqual([row('RUBRIC_VARIANT_SUBJECT', `${P_A}/children/2/when/profile`, other.lineOf('"profile": "SKALA"'))]);
    expect(other.r.diagnostics[0]!.args).toMatchObject({ reason: 'different', other: 'A.2p', otherProfile: 'JENIS' });
  });
});

describe('weights, composites, not-applicable, normalize', () => {
  it('RUBRIC_WEIGHTS_PERCENT_SUM says the sum', async () => {
    const { r, rows, lineOf } = await lint((d) => (A(d).weight = 50));
    expect(rows).toEqual([row('RUBRIC_WEIGHTS_PERCENT_SUM', `${P_MAT}/weightUnit`, lineOf('"weightUnit": "percent"'))]);
    expect(formatDiagnostic(r.diagnostics[0]!, 'en')).toContain("MAT: its children's weights sum to 90, not 100");
  });

  it('RUBRIC_COMPOSITE_FALLBACK: a required child without a fallback; a fallback that is no child, is required, or is not on a composite', async () => {
    const missing = await lint((d) => delete d.root.fallback);
    expect(missing.rows).toEqual([row('RUBRIC_COMPOSITE_FALLBACK', '/root/children/1/required', missing.lineOf('"required": true'))]);
    const notChild = await lint((d) => (d.root.fallback = 'MATT'));
    expect(notChild.rows).toEqual([row('RUBRIC_COMPOSITE_FALLBACK', '/root/fallback', notChild.lineOf('"fallback": "MATT"'))]);
    expect(notChild.r.diagnostics[0]!.args).toMatchObject({ reason: 'not-child', suggestion: 'MAT' });
    const required = await lint((d) => (d.root.fallback = 'SUR'));
    expect(required.rows).toEqual([row('RUBRIC_COMPOSITE_FALLBACK', '/root/fallback', required.lineOf('"fallback": "SUR"'))]);
    const notComposite = await lint((d) => (MAT(d).fallback = 'A'));
    expect(notComposite.rows).toEqual([row('RUBRIC_COMPOSITE_FALLBACK', `${P_MAT}/fallback`, notComposite.lineOf('"fallback": "A"'))]);
  });

  it('RUBRIC_COEFFICIENT_PARENT: coefficient or required outside a composite parent', async () => {
    const { r, rows, lineOf } = await lint((d) => {
      A(d).coefficient = 0.5;
      B(d).required = true;
    });
    expect(rows).toEqual([
      row('RUBRIC_COEFFICIENT_PARENT', `${P_A}/coefficient`, lineOf('"coefficient": 0.5')),
      row('RUBRIC_COEFFICIENT_PARENT', `${P_B}/required`, lineOf('"required": true')),
    ]);
    expect(r.diagnostics.map((d) => d.args.key)).toEqual(['coefficient', 'required']);
  });

  it('RUBRIC_NOT_APPLICABLE_GROUP', async () => {
    const { rows, lineOf } = await lint((d) => (B(d).notApplicable = { allowed: true }));
    expect(rows).toEqual([row('RUBRIC_NOT_APPLICABLE_GROUP', `${P_B}/notApplicable`, lineOf('"notApplicable"', 1))]);
  });

  it('RUBRIC_NORMALIZE_ZERO_MAX (warning): a normalised node whose maximum is always 0', async () => {
    const { rows, lineOf } = await lint((d) => (d.root.children[2].normalize = 1));
    expect(rows).toEqual([row('RUBRIC_NORMALIZE_ZERO_MAX', '/root/children/2/normalize', lineOf('"normalize": 1'), 'warning')]);
  });

  it('RUBRIC_ZERO_MAX_CHILD also for a mean', async () => {
    const { rows, lineOf } = await lint((d) => B(d).children.push({ code: 'B.3', name: { id: 'x', en: 'x' }, scoring: { kind: 'deduction', max: 1 } }));
    expect(rows).toEqual([row('RUBRIC_ZERO_MAX_CHILD', `${P_B}/children/2`, lineOf('"code": "B.3"') - 1)]);
  });
});

describe('band sets, node bands and band caps', () => {
  it('RUBRIC_BANDSET_UNKNOWN (did-you-mean)', async () => {
    const { r, rows, lineOf } = await lint((d) => (A(d).bands = 'kematangn'));
    expect(rows).toEqual([row('RUBRIC_BANDSET_UNKNOWN', `${P_A}/bands`, lineOf('"bands": "kematangn"'))]);
    expect(r.diagnostics[0]!.args).toMatchObject({ suggestion: 'kematangan', declared: ['kematangan'] });
  });

  it('a band set is linted like the rubric\'s bands, over the scores of the nodes using it', async () => {
    const gap = await lint((d) => (d.bandSets.kematangan[1].min = 0.55));
    expect(gap.rows).toEqual([row('RUBRIC_BAND_GAP', '/bandSets/kematangan/1/min', gap.lineOf('"min": 0.55'))]);
    const overlap = await lint((d) => (d.bandSets.spare = [{ code: 'X', label: { id: 'x', en: 'x' }, min: 0, max: 2 }, { code: 'Y', label: { id: 'y', en: 'y' }, min: 1 }]));
    expect(overlap.rows).toEqual([row('RUBRIC_BAND_OVERLAP', '/bandSets/spare/1/min', overlap.lineOf('"min": 1'))]);
    // Unreachable only when no node using the set reaches the band.
    const top = await lint((d) => d.bandSets.kematangan.push({ code: 'MAJU', label: { id: 'Maju', en: 'Advanced' }, min: 1, minInclusive: false }));
    expect(top.rows).toEqual([row('RUBRIC_BAND_UNREACHABLE', '/bandSets/kematangan/3', top.lineOf('"code": "MAJU"') - 1, 'warning')]);
  });

  it('a node\'s own bands must cover what it can reach', async () => {
    const { rows, lineOf } = await lint((d) => (A(d).bands = [{ code: 'X', label: { id: 'x', en: 'x' }, min: 0, max: 0.5 }]));
    expect(rows).toEqual([row('RUBRIC_ABOVE_UNCOVERED', `${P_A}/bands/0/max`, lineOf('"max": 0.5', 1))]);
  });

  it('RUBRIC_BAND_REQUIRES_UNKNOWN: atLeast no band of the children, of no node, of a node whose children have no bands', async () => {
    const band = await lint((d) => (d.bands[2].requires.atLeast = 'MENENGA'));
    expect(band.rows).toEqual([row('RUBRIC_BAND_REQUIRES_UNKNOWN', '/bands/2/requires/atLeast', band.lineOf('"atLeast": "MENENGA"'))]);
    expect(band.r.diagnostics[0]!.args).toMatchObject({ reason: 'band', suggestion: 'MENENGAH', known: ['DASAR', 'MENENGAH', 'TINGGI'] });
    const node = await lint((d) => (d.bands[2].requires.of = 'MATT'));
    expect(node.rows).toEqual([row('RUBRIC_BAND_REQUIRES_UNKNOWN', '/bands/2/requires/of', node.lineOf('"of": "MATT"'))]);
    expect(node.r.diagnostics[0]!.args).toMatchObject({ reason: 'node', suggestion: 'MAT' });
    const leaf = await lint((d) => (d.bands[2].requires.of = 'A.1'));
    expect(leaf.rows).toEqual([row('RUBRIC_BAND_REQUIRES_UNKNOWN', '/bands/2/requires/atLeast', leaf.lineOf('"atLeast": "MENENGAH"'))]);
    expect(leaf.r.diagnostics[0]!.args.reason).toBe('no-bands');
  });

  it('a band set\'s requires defaults to each node using it', async () => {
    const { rows, lineOf } = await lint((d) => (d.bandSets.kematangan[2].requires = { atLeast: 'MENENGAH' }));
    // MAT's children (A, B) have the set; A's and B's children (leaves) have no bands.
    expect(rows).toEqual([row('RUBRIC_BAND_REQUIRES_UNKNOWN', '/bandSets/kematangan/2/requires/atLeast', lineOf('"atLeast": "MENENGAH"'))]);
  });
});
