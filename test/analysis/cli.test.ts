/**
 * `merit gap`, `merit diff` and `merit explain` on the built binary (`npm run build` first):
 * exact text at 80 columns, JSON valid against its schema, exit codes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { expectValid } from './schemas.js';

const KAB = 'examples/kab-contoh-baik.xlsx';
const PROV = 'examples/prov-contoh-sangat-baik.xlsx';
const env = { COLUMNS: '80' };
const run = (args: string[], cwd?: string) => merit(args, { env, ...(cwd ? { cwd } : {}) });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'merit-analysis-'));
  // A two-criterion rubric: A (weight 3) and B (weight 2), bands I [0, 13), II [13, 30), III [30, ∞).
  writeFileSync(
    join(dir, 'small.json'),
    JSON.stringify({
      format: 'merit-rubric/1',
      id: 'small',
      version: '1.0.0',
      title: { id: 'Rubrik kecil', en: 'Small rubric' },
      status: 'official',
      legalBasis: [{ ref: 'Uji 1/2024' }],
      subject: 'agency',
      scales: { l4: { levels: [0, 1, 2, 3, 4].map((v) => ({ value: v, label: { id: `L${v}`, en: `L${v}` } })) } },
      root: {
        code: 'R',
        name: { id: 'Total', en: 'Total' },
        children: [
          { code: 'A', name: { id: 'Kriteria A', en: 'Criterion A' }, scoring: { kind: 'levels', scale: 'l4', weight: 3 } },
          { code: 'B', name: { id: 'Kriteria B', en: 'Criterion B' }, scoring: { kind: 'levels', scale: 'l4', weight: 2 } },
        ],
      },
      bands: [
        { code: 'I', label: { id: 'Satu', en: 'One' }, min: 0, max: 13 },
        { code: 'II', label: { id: 'Dua', en: 'Two' }, min: 13, max: 30 },
        { code: 'III', label: { id: 'Tiga', en: 'Three' }, min: 30 },
      ],
    }),
  );
  writeFileSync(join(dir, 'small.csv'), 'Kode,Level\nA,3\nB,0\n');
  // kasn-2019 as 2.0.0 with A3.2's weight 6.5 -> 8.5 and A5.1's 7 -> 5.
  const v2 = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { version: string; root: unknown };
  v2.version = '2.0.0';
  const visit = (n: { code: string; children?: unknown[]; scoring?: { weight?: number } }): void => {
    if (n.code === 'A3.2') n.scoring!.weight = 8.5;
    if (n.code === 'A5.1') n.scoring!.weight = 5;
    (n.children as (typeof n)[] | undefined)?.forEach(visit);
  };
  visit(v2.root as Parameters<typeof visit>[0]);
  writeFileSync(join(dir, 'kasn-v2.json'), JSON.stringify(v2, null, 2));
  // A saved report of kab (rubric 1.0.0), made from the repository root.
  expect(run(['score', KAB, '-f', 'json', '-o', join(dir, 'kab.json'), '--deterministic']).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = (...args: string[]) => run(['gap', join(dir, 'small.csv'), '--rubric', join(dir, 'small.json'), '--lang', 'en', ...args]);

describe('merit gap', () => {
  it('kab: the smallest change to IV, text at 80 columns', () => {
    const r = run(['gap', KAB]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Analisis kesenjangan',
        'Instansi  Pemerintah Kabupaten Contoh · 2024',
        'Berkas    examples/kab-contoh-baik.xlsx (Penilaian)',
        'Rubrik    kasn-2019@1.2.0 · sementara · Penilaian Mandiri Penerapan Sistem Meri…',
        '',
        'Nilai   288.5 dari 410 · III Baik',
        'Target  IV Sangat Baik (nilai ≥ 325)',
        'Kurang  36.5 poin',
        '',
        'Perubahan terkecil: 6 langkah level pada 4 kriteria (optimal)',
        'Kode  Kriteria                                    Sel  Kolom       Level    Poin',
        '────────────────────────────────────────────────────────────────────────────────',
        'A3.2  Profil dan pemetaan kompetensi pegawai      D13  verifikasi  2 → 4     +13',
        'A3.3  Rencana pengembangan kompetensi (20 JP pe…  D14  verifikasi  2 → 4     +13',
        'A5.1  Metode penilaian kinerja yang objektif da…  D20  verifikasi  3 → 4      +7',
        'A8.1  Sistem informasi kepegawaian terintegrasi…  D28  verifikasi  3 → 4   +3.25',
        '────────────────────────────────────────────────────────────────────────────────',
        '      Jumlah (6 langkah)                                                  +36.25',
        '',
        'Setelah perubahan: 325 · IV Sangat Baik (324.75 sebelum pembulatan)',
        '',
        'Hanya kriteria berlevel yang dinaikkan, pada level yang dihitung (verifikasi',
        'bila ada).',
        '',
      ].join('\n'),
    );
  });

  it('kab: JSON valid against merit-gap/1', () => {
    const r = run(['gap', KAB, '-f', 'json']);
    expect(r.code).toBe(0);
    const g = expectValid('gap', r.stdout);
    expect([g.status, g.method, g.optimal, g.steps, (g.after as { score: number }).score, (g.after as { unroundedScore: number }).unroundedScore]).toEqual([
      'reachable',
      'knapsack',
      true,
      6,
      325,
      324.75,
    ]);
    expectGolden('analysis/gap-kab.json', r.stdout);
  });

  it('greedy is not optimal: B 0 -> 2 reaches 13 exactly (greedy: A then B, 14)', () => {
    const r = small();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Gap analysis',
        'Agency  small',
        `File    ${join(dir, 'small.csv')}`.slice(0, 80),
        'Rubric  small@1.0.0 · official · Small rubric',
        '',
        'Score    9 of 20 · I One',
        'Target   II Two (score ≥ 13)',
        'Missing  4 points',
        '',
        'Smallest change: 2 level steps on 1 criterion (optimal)',
        'Code  Criterion        Cell  Column  Level  Points',
        '──────────────────────────────────────────────────',
        'B     Criterion B      B3    self    0 → 2      +4',
        '──────────────────────────────────────────────────',
        '      Total (2 steps)                           +4',
        '',
        'After the changes: 13 · II Two',
        '',
        'Only criteria scored by level are raised, on the level that counts (verified',
        'where present).',
        '',
      ].join('\n'),
    );
  });

  it('unreachable target: says so, with the best reachable score', () => {
    const r = small('--target', 'III');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Not reachable: with every level at its maximum the score is 20 · II Two, still\n10 points short.\n');
    const g = expectValid('gap', small('--target', 'III', '-f', 'json').stdout);
    expect([g.status, (g.best as { score: number }).score, g.changes]).toEqual(['unreachable', 20, []]);
  });

  it('already reached', () => {
    const r = small('--target', 'I');
    expect(r.stdout).toContain('Already reached: 9 meets I One (score ≥ 0); nothing to change.\n');
    expect(expectValid('gap', small('--target', 'I', '-f', 'json').stdout).status).toBe('already');
  });

  it('the highest band already', () => {
    const r = run(['gap', PROV, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IV Very Good is already the highest predicate; choose another with --target.\n');
  });

  it('usage errors: an unknown --target, a record rubric, a bad --format (exit 2)', () => {
    const t = run(['gap', KAB, '--target', 'V', '--lang', 'en']);
    expect([t.code, t.stdout]).toEqual([2, '']);
    expect(t.stderr).toBe("merit: --target 'V' is not a predicate code of rubric kasn-2019@1.2.0\n  known codes (ascending): BELOW, I, II, III, IV\n");
    const rec = run(['gap', 'examples/pegawai-contoh.csv', '--rubric', 'ip-asn-2019', '--lang', 'en']);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toContain('merit gap works with agency rubrics; ip-asn-2019@2.1.0 scores records (employees)');
    expect(run(['gap', KAB, '-f', 'csv']).code).toBe(2);
  });

  it('--output writes the file atomically, format from the extension', () => {
    const out = join(dir, 'gap.json');
    const r = run(['gap', KAB, '-o', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expectValid('gap', readFileSync(out, 'utf8'));
  });
});

describe('merit diff', () => {
  const KAB_PROV_EN = [
    'Assessment comparison',
    'A (old)  examples/kab-contoh-baik.xlsx · Pemerintah Kabupaten Contoh · 2024',
    'B (new)  …mples/prov-contoh-sangat-baik.xlsx · Pemerintah Provinsi Contoh · 2024',
    'Rubric   same · kasn-2019@1.2.0 · provisional',
    '',
    'Score      288.5 → 336.5 (+48)',
    'Predicate  III Good → IV Very Good (up)',
    '%          70.4 → 82.1 (+11.7)',
    '',
    'Code  Aspect                          A      B     Δ  Max    %A     %B',
    '──────────────────────────────────────────────────────────────────────',
    'A1    Workforce Needs Planning     36.5     40  +3.5   40  91.3  100.0',
    'A2    Recruitment                  33.5   33.5     0   40  83.8   83.8',
    'A3    Career Development             78    104   +26  130  60.0   80.0',
    'A4    Promotion and Transfer       26.5     30  +3.5   40  66.3   75.0',
    'A5    Performance Management         60     67    +7   80  75.0   83.8',
    'A6    Pay, Awards and Discipline     27     30    +3   40  67.5   75.0',
    'A7    Protection and Services     11.25  13.25    +2   15  75.0   88.3',
    'A8    Information System          15.75  18.75    +3   25  63.0   75.0',
    '──────────────────────────────────────────────────────────────────────',
    '      Total                       288.5  336.5   +48  410  70.4   82.1',
    '',
    'Changed levels (13)',
    'Code  Criterion                                           A        B           Δ',
    '────────────────────────────────────────────────────────────────────────────────',
    'A1.2  Job analysis, workload analysis and job map         3 (D7)   4 (D7)   +3.5',
    'A3.1  Job competency standards                            3 (D12)  4 (D12)  +6.5',
    'A3.2  Employee competency profiles and mapping            2 (D13)  3 (D13)  +6.5',
    'A3.3  Competency development plan (20 training hours pe…  2 (D14)  3 (D14)  +6.5',
    'A3.5  Succession plan                                     2 (D16)  3 (D16)  +6.5',
    'A4.1  Career pattern                                      2 (D17)  3 (D17)  +3.5',
    'A5.1  Objective and measurable performance appraisal me…  3 (D20)  4 (D20)    +7',
    'A5.2  Periodic performance evaluation                     2 (D21)  3 (D21)  +6.5',
    'A5.3  Performance results used in career decisions        4 (D22)  3 (D22)  -6.5',
    'A6.3  Enforcement of discipline, code of ethics and cod…  2 (D25)  3 (D25)    +3',
    'A7.1  Legal protection and social security for employees  3 (C26)  4 (D26)    +2',
    'A7.2  HR services and facilities for employees            3 (C27)  3 (D27)     0',
    'A8.2  E-office and employee access                        2 (D29)  3 (D29)    +3',
    'Level (cell): the level that counts and its cell',
    '',
  ];

  it('the two bundled examples, text at 80 columns', () => {
    const r = run(['diff', KAB, PROV, '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(KAB_PROV_EN.join('\n'));
  });

  it('JSON valid against merit-diff/1', () => {
    const r = run(['diff', KAB, PROV, '-f', 'json']);
    const d = expectValid('diff', r.stdout);
    expect([d.sameRubric, d.split, d.regression, (d.change as { score: number }).score, (d.levels as unknown[]).length]).toEqual([true, null, false, 48, 13]);
    expectGolden('analysis/diff-kab-prov.json', r.stdout);
  });

  it('--fail-on-regression: exit 1 when the score or predicate fell, 0 when not', () => {
    const down = run(['diff', PROV, KAB, '--fail-on-regression', '--lang', 'en']);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe('gate fail-on-regression failed: expected >= 336.5 · >= IV, found 288.5 · III\n');
    expect(down.stdout).toContain('\nRegression: the score or the predicate fell.\n');
    const up = run(['diff', KAB, PROV, '--fail-on-regression', '--lang', 'en']);
    expect(up.code).toBe(0);
    expect(up.stderr).toBe('gate fail-on-regression passed: expected >= 288.5 · >= III, found 336.5 · IV\n');
    // Without the flag a regression is reported but the exit code stays 0.
    expect(run(['diff', PROV, KAB]).code).toBe(0);
  });

  it('a saved report against evidence gives the same comparison', () => {
    const r = run(['diff', join(dir, 'kab.json'), PROV, '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]!.startsWith('A (old)  ')).toBe(true);
    expect(lines[1]!.endsWith('kab.json · Pemerintah Kabupaten Contoh · 2024 · from a report')).toBe(true);
    expect(lines.slice(2)).toEqual(KAB_PROV_EN.slice(2));
    const d = expectValid('diff', run(['diff', join(dir, 'kab.json'), PROV, '-f', 'json']).stdout);
    expect((d.a as { kind: string }).kind).toBe('report');
  });

  it('across rubric versions: rubric effect -2 and evidence effect +48 (worked out in diff.test.ts)', () => {
    const v2 = join(dir, 'kasn-v2.json');
    const r = run(['diff', KAB, PROV, '--old-rubric', 'kasn-2019', '--rubric', v2, '--lang', 'en']);
    expect(r.code).toBe(0);
    const head = r.stdout.split('\n').slice(3, 15);
    expect(head).toEqual([
      'Rubric   different · kasn-2019@1.2.0 → kasn-2019@2.0.0',
      '',
      'Score      288.5 → 334.5 (+46)',
      'Predicate  III Good → IV Very Good (up)',
      '%          70.4 → 81.6 (+11.2)',
      '',
      'Split of the change (+46)',
      "  Rubric effect    -2 = 286.5 − 288.5: A's evidence scored with B's rubric,",
      "                   minus A's score",
      "  Evidence effect  +48 = 334.5 − 286.5: B's score, minus A's evidence scored",
      "                   with B's rubric",
      '',
    ]);
    // The same from a saved report whose evidence file is still where it was.
    const fromReport = expectValid('diff', run(['diff', join(dir, 'kab.json'), PROV, '--rubric', v2, '-f', 'json']).stdout);
    expect(fromReport.split).toEqual({
      rescored: { score: 286.5, predicate: { code: 'III', label: { id: 'Baik', en: 'Good' }, kind: 'band', color: '#2e86c1' } },
      rubricEffect: -2,
      evidenceEffect: 48,
      unavailable: null,
      needed: null,
    });
  });

  it('a saved new report: its rubric is loaded again from its source when the bytes match', () => {
    const v2 = join(dir, 'kasn-v2.json');
    const prov2 = join(dir, 'prov-v2.json');
    expect(run(['score', PROV, '--rubric', v2, '-f', 'json', '-o', prov2, '--deterministic']).code).toBe(0);
    const d = expectValid('diff', run(['diff', KAB, prov2, '-f', 'json']).stdout);
    expect([d.sameRubric, (d.split as { rubricEffect: number }).rubricEffect, (d.split as { evidenceEffect: number }).evidenceEffect]).toEqual([false, -2, 48]);
    // The rubric file changed since: the split is refused, and says which file it needed.
    const changed = join(dir, 'kasn-v2-changed.json');
    writeFileSync(changed, readFileSync(v2, 'utf8') + '\n');
    const prov3 = join(dir, 'prov-v3.json');
    expect(run(['score', PROV, '--rubric', changed, '-f', 'json', '-o', prov3, '--deterministic']).code).toBe(0);
    writeFileSync(changed, readFileSync(v2, 'utf8') + '\n\n');
    const r = run(['diff', KAB, prov3, '-f', 'json']);
    expect((expectValid('diff', r.stdout).split as { unavailable: string; needed: string })).toMatchObject({ unavailable: 'new-rubric-unavailable', needed: changed });
  });

  it('the split is impossible when the old report is all there is, and says why', () => {
    // Run elsewhere: the report names examples/kab-contoh-baik.xlsx, which is not there.
    const r = run(['diff', join(dir, 'kab.json'), join(ROOT, PROV), '--rubric', join(dir, 'kasn-v2.json'), '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'The rubrics differ, but the change cannot be split into a rubric effect and an\nevidence effect: A is a saved report and its evidence file\nexamples/kab-contoh-baik.xlsx is not there.\n',
    );
    // A copy whose bytes differ from the ones the report was made from.
    const elsewhere = mkdtempSync(join(tmpdir(), 'merit-analysis-changed-'));
    try {
      writeFileSync(join(elsewhere, 'kab.json'), readFileSync(join(dir, 'kab.json')));
      mkdirSync(join(elsewhere, 'examples'));
      copyFileSync(join(ROOT, PROV), join(elsewhere, 'examples/kab-contoh-baik.xlsx'));
      const d = expectValid('diff', run(['diff', 'kab.json', join(ROOT, PROV), '--rubric', join(dir, 'kasn-v2.json'), '-f', 'json'], elsewhere).stdout);
      expect(d.split).toEqual({ rescored: null, rubricEffect: null, evidenceEffect: null, unavailable: 'old-evidence-changed', needed: 'examples/kab-contoh-baik.xlsx' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('merit explain', () => {
  it('a leaf of the kab example, text', () => {
    const r = run(['explain', KAB, 'a3.2', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        'Explanation: A3.2 Employee competency profiles and mapping',
        'Agency  Pemerintah Kabupaten Contoh · 2024',
        'File    examples/kab-contoh-baik.xlsx (Penilaian)',
        'Rubric  kasn-2019@1.2.0 · provisional · Merit System Self-Assessment (KASN Regu…',
        'Path    KASN2019 › A3 › A3.2',
        '',
        'Evidence',
        '  Self      C13  3 → level 3  19.5',
        '  Verified  D13  2 → level 2    13  ← counts',
        '  Evidence  Hasil pemetaan kompetensi 2023.xlsx',
        '  Notes     Pemetaan baru mencakup pejabat administrator (verifikator)',
        'Rule    level 2 × 6.5 = 13',
        'Points  13 of 26 (50.0%) · scored',
        '',
        'Up the tree',
        '  A3 Career Development · sum',
        '    19.5 + 13 + 13 + 19.5 + 13 = 78 of 130 (60.0%)',
        '    A3.2 adds 13',
        '  KASN2019 Merit System Application Score · sum',
        '    36.5 + 33.5 + 78 + 26.5 + 60 + 27 + 11.25 + 15.75 = 288.5 of 410 (70.4%)',
        '    A3.2 adds 13',
        '',
        'Total      288.5 → 288.5 (rounded to a multiple of 0.5, half up)',
        'Predicate  III Good (250 ≤ score < 325)',
        "Share      A3.2 adds 13 of 288.5 (4.5% of the total); its share of the rubric's",
        '           maximum is 6.3%',
        '',
        'Diagnostics (1)',
        '  examples/kab-contoh-baik.xlsx Penilaian!D13: info: criterion A3.2: verified',
        '    level 2 differs from the self-assessed 3; the verified level counts',
        '    [SCORE_VERIFIED_DIFFERS]',
        '',
      ].join('\n'),
    );
  });

  it('a group of the kab example, text in Indonesian', () => {
    const r = run(['explain', KAB, 'A3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Penjelasan: A3 Pengembangan Karier',
        'Instansi  Pemerintah Kabupaten Contoh · 2024',
        'Berkas    examples/kab-contoh-baik.xlsx (Penilaian)',
        'Rubrik    kasn-2019@1.2.0 · sementara · Penilaian Mandiri Penerapan Sistem Meri…',
        'Jalur     KASN2019 › A3',
        '',
        'Anak · jumlah',
        'Kode  Nama                                              Bobot  Nilai  Maks     %',
        '────────────────────────────────────────────────────────────────────────────────',
        'A3.1  Standar kompetensi jabatan                            1   19.5    26  75.0',
        'A3.2  Profil dan pemetaan kompetensi pegawai                1     13    26  50.0',
        'A3.3  Rencana pengembangan kompetensi (20 JP per pega…      1     13    26  50.0',
        'A3.4  Manajemen talenta dan kelompok rencana suksesi …      1   19.5    26  75.0',
        'A3.5  Rencana suksesi                                       1     13    26  50.0',
        '  19.5 + 13 + 13 + 19.5 + 13 = 78 dari 130 (60.0%)',
        '',
        'Ke atas pohon',
        '  KASN2019 Indeks Penerapan Sistem Merit · jumlah',
        '    36.5 + 33.5 + 78 + 26.5 + 60 + 27 + 11.25 + 15.75 = 288.5 dari 410 (70.4%)',
        '    A3 menyumbang 78',
        '',
        'Nilai akhir  288.5 → 288.5 (dibulatkan ke kelipatan 0.5, setengah ke atas)',
        'Predikat     III Baik (250 ≤ nilai < 325)',
        'Porsi        A3 menyumbang 78 dari 288.5 (27.0% dari total); porsinya dalam',
        '             nilai maksimum rubrik 31.7%',
        '',
        'Diagnostik (1)',
        '  examples/kab-contoh-baik.xlsx Penilaian!D13: info: kriteria A3.2: level',
        '    verifikasi 2 berbeda dari level mandiri 3; level verifikasi yang dipakai',
        '    [SCORE_VERIFIED_DIFFERS]',
        '',
      ].join('\n'),
    );
  });

  it('a saved report explains the same chain (its rubric found again by sha256)', () => {
    const fromEvidence = expectValid('explain', run(['explain', KAB, 'A3.2', '-f', 'json']).stdout);
    const fromReport = expectValid('explain', run(['explain', join(dir, 'kab.json'), 'A3.2', '-f', 'json']).stdout);
    expect(fromReport.source).toEqual({ kind: 'report', path: join(dir, 'kab.json') });
    expect({ ...fromReport, source: null }).toEqual({ ...fromEvidence, source: null });
    expect((fromEvidence.total as { rounding: unknown }).rounding).toEqual({ step: 0.5, mode: 'half-up' });
    expectGolden('analysis/explain-kab-a3.2.json', run(['explain', KAB, 'A3.2', '-f', 'json']).stdout);
    expectValid('explain', run(['explain', KAB, 'A3', '-f', 'json']).stdout);
  });

  it('an unknown code: usage error with a did-you-mean (exit 2)', () => {
    const r = run(['explain', KAB, 'A3.22', '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("merit: code 'A3.22' is not in rubric kasn-2019@1.2.0\n  did you mean A3.2?\n");
  });

  it('a file that is not a report: exit 2 with the reason', () => {
    const bad = join(dir, 'batch.json');
    writeFileSync(bad, '{"schema": "merit-batch/1", "results": []}');
    const r = run(['explain', bad, 'A1', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: a merit-batch/1 report is not supported; only merit-report/1 can be read [REPORT_UNSUPPORTED_SCHEMA]');
  });
});
