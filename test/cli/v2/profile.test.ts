// `--profile CODE=VALUE` and `--assume` with a profile code on the built binary, for `merit
// score` (one file and a batch), `gap`, `explain` and `diff`; malformed values are usage errors.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectValidReport } from '../../helpers/report-schema.js';
import { ujiRubric } from '../../helpers/v2-rubric.js';
import { v2Dir } from './setup.js';

const d = v2Dir('merit-v2-profile-');
afterAll(() => d.cleanup());
const score = (extra: string[]) => d.run(['score', d.evidence, '-r', d.rubric, '-f', 'json', '--deterministic', ...extra]);

describe('merit score with a v2 rubric', () => {
  it('reads the profile from the evidence: 0.42 (C)', () => {
    const r = score([]);
    expect(r.code, r.stderr).toBe(0);
    expectValidReport(r.stdout);
    const report = JSON.parse(r.stdout) as { score: number; predicate: { code: string }; profile?: { code: string; value: string; source: string }[] };
    expect([report.score, report.predicate.code]).toEqual([0.42, 'C']);
    expect(report.profile?.map((p) => [p.code, p.value, p.source])).toEqual([['jenis', 'daerah', 'evidence']]);
  });

  it('--profile wins over the file: as a central agency P2a applies (no row: 0), P = 2/8, NI = 0.37', () => {
    const r = score(['--profile', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { score: number; diagnostics: { code: string }[]; root: unknown };
    expect(report.score).toBe(0.37);
    expect(report.diagnostics.map((x) => x.code)).toContain('SCORE_PROFILE_OVERRIDDEN');
    expectValidReport(r.stdout);
    expect(JSON.parse(r.stdout).profile).toMatchObject([{ code: 'jenis', value: 'pusat', raw: 'pusat', source: 'option' }]);
  });

  it('--assume takes a profile code too (not refused by the command line)', () => {
    const r = score(['--assume', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { score: number; assumptions: unknown };
    expect(report.score).toBe(0.37);
    expect(report.assumptions).toEqual([{ code: 'jenis', value: 'pusat' }]);
  });

  it('an answer that is not allowed is scoring\'s error (exit 2), the report still written', () => {
    const r = score(['--profile', 'jenis=provinsi', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SCORE_PROFILE_UNKNOWN');
    expect(JSON.parse(r.stdout).score).toBeDefined();
  });

  it('a malformed --profile is a usage error (exit 2) in both languages', () => {
    for (const bad of ['jenis', '=pusat', 'jenis=', ' = ']) {
      const r = score(['--profile', bad, '--lang', 'en']);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `merit: --profile '${bad}' must be CODE=VALUE (a profile question's code and its answer)\n  e.g. --profile jenis_instansi=kabkota; the questions and their answers are in \`merit rubric show\`\n`,
      );
    }
    const id = score(['--profile', 'jenis']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("merit: --profile 'jenis' harus berbentuk KODE=NILAI (kode pertanyaan profil dan jawabannya)");
  });

  it('a batch applies --profile to every file', () => {
    const other = d.evidenceWith('kab-lain.csv', { P1: 4 });
    const r = d.run(['score', d.evidence, other, '-r', d.rubric, '-f', 'json', '--deterministic', '--profile', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const batch = JSON.parse(r.stdout) as { results: { subject: { name: string }; score: number | null }[] };
    // kab-uji as central: 0.37; kab-lain as central: P = (4 + 0)/8 = 0.5, MAT = 0.4166… → 0.42, NI = 0.336 + 0.14 = 0.476 → 0.48.
    expect(Object.fromEntries(batch.results.map((f) => [f.subject.name, f.score]))).toEqual({ 'kab-uji': 0.37, 'kab-lain': 0.48 });
    expect(d.run(['score', d.evidence, other, '-r', d.rubric, '--profile', 'jenis']).code).toBe(2);
  });
});

describe('--profile on the analysis commands', () => {
  it('gap re-scores its candidates with the answer: as a central agency P2a is a candidate, P2b is not', () => {
    const r = d.run(['gap', d.evidence, '-r', d.rubric, '-f', 'json', '--profile', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout) as { notApplicable: string[]; current: { score: number }; after: { score: number } | null };
    expect(g.current.score).toBe(0.37);
    expect(g.notApplicable).toEqual(['P2b', 'P3']);
    const plain = JSON.parse(d.run(['gap', d.evidence, '-r', d.rubric, '-f', 'json']).stdout) as { notApplicable: string[] };
    expect(plain.notApplicable).toEqual(['P2a', 'P3']);
  });

  it('explain says the node does not apply under the answer given', () => {
    const r = d.run(['explain', d.evidence, 'P2b', '-r', d.rubric, '--profile', 'jenis=pusat', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Not applicable (P2b): applies when profile jenis (Agency type) is one of daerah; here: pusat');
  });

  it('diff scores both evidence files with the answer', () => {
    const other = d.evidenceWith('kab-diff.csv', { P1: 4 });
    const r = d.run(['diff', d.evidence, other, '-r', d.rubric, '-f', 'json', '--profile', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { change: { score: number }; categories: { code: string; from: { code: string }; to: { code: string }; change: string }[] };
    expect(doc.change.score).toBe(0.11); // 0.37 → 0.48
    expect(doc.categories.map((c) => [c.code, c.from.code, c.to.code, c.change])).toEqual([
      ['MAT', 'D', 'C', 'up'],
      ['P', 'D', 'C', 'up'],
    ]);
  });

  it('diff re-scores a saved report\'s evidence with the answers the report records as given', () => {
    // The old side: a report scored as a central agency. The new rubric 1.1.0 weighs P 60 and K 40.
    const old = d.at('lama.json');
    expect(d.run(['score', d.evidence, '-r', d.rubric, '-f', 'json', '-o', old, '--profile', 'jenis=pusat', '--deterministic']).code).toBe(0);
    const next = ujiRubric();
    next.version = '1.1.0';
    const [p, k] = (next.root.children[0] as { children: { weight?: number }[] }).children;
    [p!.weight, k!.weight] = [60, 40];
    writeFileSync(d.at('uji-v2-1.1.json'), JSON.stringify(next));
    const r = d.run(['diff', old, d.evidence, '-r', d.at('uji-v2-1.1.json'), '-f', 'json', '--profile', 'jenis=pusat']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { split: { rescored: { score: number } | null; rubricEffect: number } };
    // As pusat under 1.1.0: P = 2/8, K = 1/3, MAT = 0.15 + 0.1333… → 0.28, NI = 0.224 + 0.14 = 0.364 → 0.36
    // (as the file's daerah it would be 0.43): the report's answer was used.
    expect(doc.split.rescored?.score).toBe(0.36);
    expect(doc.split.rubricEffect).toBe(-0.01);
  });

  it('a malformed --profile is a usage error before any work (exit 2)', () => {
    for (const cmd of [['gap', d.evidence], ['explain', d.evidence, 'P1'], ['diff', d.evidence, d.evidence]]) {
      const r = d.run([...cmd, '-r', d.rubric, '--profile', 'jenis']);
      expect(r.code, cmd[0]).toBe(2);
      expect(r.stderr, cmd[0]).toContain("--profile 'jenis' harus berbentuk KODE=NILAI");
    }
  });
});
