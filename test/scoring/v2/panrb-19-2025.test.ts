/**
 * The bundled panrb-19-2025 2.1.0 (merit-rubric/2, the 2026 worksheet): its shape checked against
 * the worksheet's numbering, gates and variants, and agencies scored end to end with the real
 * scorer. Every expected number is worked by hand in the comments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/decimal.js';
import { isLeaf, type GroupNode, type LeafNode, type Rubric, type RubricNode } from '../../../src/rubric/types.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import { find, loaded, table, type RowSpec } from '../helpers.js';

const RUBRIC = JSON.parse(readFileSync(new URL('../../../rubrics/panrb-19-2025.json', import.meta.url), 'utf8')) as Rubric;
const L = loaded(RUBRIC);

/** The worksheet's scored items in its order (31 entries; 4.1a/4.1b are the two SKJ variants). */
const CODES = [
  ...['1.1', '1.2', '1.3'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3', '3.4'],
  ...['4.1a', '4.1b', '4.2', '4.3'],
  ...['5.1', '5.2', '5.3', '5.4'],
  ...['6.1', '6.2', '6.3', '6.4a', '6.4b', '6.4c', '6.4d'],
  '7.1',
  ...['8.1', '8.2'],
];

const ASPECTS: [string, string, number][] = [
  ['A1', 'Perencanaan Kebutuhan dan Standardisasi Jabatan', 3],
  ['A2', 'Manajemen Talenta', 4],
  ['A3', 'Pengelolaan Kinerja', 4],
  ['A4', 'Pengembangan Kompetensi', 4],
  ['A5', 'Penguatan Budaya Kerja dan Citra Institusi', 4],
  ['A6', 'Penghargaan dan Pengakuan', 4],
  ['A7', 'Disiplin, Pemberhentian, dan Upaya Administratif', 4],
  ['A8', 'Digitalisasi Manajemen ASN', 3],
];

function* nodes(n: RubricNode): Generator<RubricNode> {
  yield n;
  if (!isLeaf(n)) for (const c of n.children) yield* nodes(c);
}
const all = [...nodes(RUBRIC.root)];
const leaves = all.filter(isLeaf) as LeafNode[];
const items = leaves.filter((l) => l.scoring.kind === 'levels');
const node = (code: string) => all.find((n) => n.code === code)!;
const s = (d: Dec | null | undefined): string | undefined => d?.toString();

describe('panrb-19-2025 2.1.0: the shape', () => {
  it('is a provisional v2 agency rubric: NISM = composite of MATURITAS, SURVEI, KOREKSI', () => {
    expect(RUBRIC).toMatchObject({ format: 'merit-rubric/2', id: 'panrb-19-2025', version: '2.1.0', status: 'provisional', subject: 'agency' });
    expect(RUBRIC.root).toMatchObject({ code: 'NISM', aggregate: 'composite', fallback: 'MATURITAS', rounding: { decimals: 2 } });
    expect(RUBRIC.root.children.map((c) => [c.code, c.coefficient, c.required])).toEqual([
      ['MATURITAS', 0.75, undefined],
      ['SURVEI', 0.25, true],
      ['KOREKSI', 1, undefined],
    ]);
    expect(node('SURVEI')).toMatchObject({ scoring: { kind: 'number', min: 0, max: 1, percentAccepted: true } });
    expect(node('KOREKSI')).toMatchObject({ scoring: { kind: 'deduction', max: 1, default: 0 } });
    expect(RUBRIC.nominal).toMatchObject({ factor: 100, unit: '%' });
  });

  it('has the 8 aspects with their official names, points 3 + 6 × 4 + 3 = 30, each a rounded mean with categories', () => {
    const mat = node('MATURITAS') as GroupNode;
    expect(mat).toMatchObject({ aggregate: 'weightedMean', weightUnit: 'points', bands: 'kategori', rounding: { decimals: 2 } });
    expect(mat.children.map((a) => [a.code, a.name.id, a.weight])).toEqual(ASPECTS);
    for (const a of mat.children) expect(a, a.code).toMatchObject({ aggregate: 'mean', bands: 'kategori', rounding: { decimals: 2, mode: 'half-up' } });
  });

  it('has the worksheet items in order, each five levels 0–4 with own descriptions in both languages', () => {
    expect(items.map((l) => l.code)).toEqual(CODES);
    const scale = RUBRIC.scales!['skor-0-4']!.levels;
    for (const item of items) {
      const sc = item.scoring as { scale?: string; levels?: { value: number; label: unknown; description?: { id: string; en: string } }[] };
      expect(sc.scale, item.code).toBe('skor-0-4');
      expect(sc.levels!.map((l) => l.value), item.code).toEqual([0, 1, 2, 3, 4]);
      sc.levels!.forEach((l, i) => {
        expect(l.label, `${item.code} ${i}`).toEqual(scale[i]!.label);
        expect(l.description!.id.length, `${item.code} ${i}`).toBeGreaterThan(5);
        expect(l.description!.en.length, `${item.code} ${i}`).toBeGreaterThan(5);
      });
      expect(item.notApplicable, item.code).toBeUndefined();
    }
  });

  it('asks the agency type and three gates; every condition names a declared question and answers', () => {
    const profile = new Map(RUBRIC.profile!.map((q) => [q.code, q.answers.map((a) => a.value)]));
    expect([...profile]).toEqual([
      ['jenis_instansi', ['pusat', 'provinsi', 'kabkota']],
      ['bayar_tpp', ['bukan_provkab', 'ya', 'tidak']],
      ['kecelakaan_kerja', ['ya', 'tidak']],
      ['kematian_pegawai', ['ya', 'tidak']],
    ]);
    const gated = all.filter((n) => n.when).map((n) => [n.code, n.when!.profile, n.when!.in]);
    expect(gated).toEqual([
      ['4.1a', 'jenis_instansi', ['pusat', 'provinsi']],
      ['4.1b', 'jenis_instansi', ['kabkota']],
      ['6.3', 'bayar_tpp', ['ya']],
      ['6.4b', 'kecelakaan_kerja', ['ya']],
      ['6.4c', 'kematian_pegawai', ['ya']],
    ]);
    for (const [, q, values] of gated) for (const v of values as string[]) expect(profile.get(q as string)).toContain(v);
  });

  it('the two SKJ variants cover each agency type exactly once', () => {
    const variants = all.filter((n) => n.variant === 'skj');
    expect(variants.map((n) => n.code)).toEqual(['4.1a', '4.1b']);
    const covered = variants.flatMap((n) => n.when!.in!);
    expect(covered.sort()).toEqual(['kabkota', 'provinsi', 'pusat']);
  });

  it('gives every node, band and question a provenance; aspect 1 confirmed, aspects 2–8 not', () => {
    for (const n of all) expect(n.provenance?.source, n.code).toBeTruthy();
    for (const b of [...RUBRIC.bands, ...RUBRIC.bandSets!.kategori!]) expect(b.provenance?.confidence, b.code).toBe('uncertain');
    for (const q of RUBRIC.profile!) expect(q.provenance?.source, q.code).toContain('transcription');
    for (const item of items) expect(item.provenance!.source, item.code).toMatch(/third-party transcription.*question a\d/);
    expect(node('A1').provenance!.confidence).toBe('confirmed');
    for (const c of ['A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'MATURITAS', 'SURVEI', 'KOREKSI', 'NISM']) expect(node(c).provenance!.confidence, c).toBe('uncertain');
    expect(RUBRIC.provenance!.confidence).toBe('uncertain');
  });

  it('uses the same DASAR–TINGGI bands for the index and for each aspect; MAJU (> 1) is the index\'s label above the reachable range', () => {
    const edges = (bs: typeof RUBRIC.bands) => bs.map((b) => [b.code, b.min, b.minInclusive, b.max, b.maxInclusive]);
    expect(edges(RUBRIC.bands)).toEqual([
      ['DASAR', 0, true, 0.41, false],
      ['LANJUTAN', 0.41, true, 0.61, false],
      ['MENENGAH', 0.61, true, 0.81, false],
      ['TINGGI', 0.81, true, 1, true],
    ]);
    expect(edges(RUBRIC.bandSets!.kategori!)).toEqual(edges(RUBRIC.bands));
    expect(RUBRIC.outOfRange?.above?.code).toBe('MAJU');
  });
});

const rows = (profile: Record<string, string>, levels: Record<string, number>, extra: RowSpec[] = []): RowSpec[] => [
  ...Object.entries(profile).map(([code, level]) => ({ code, level })),
  ...Object.entries(levels).map(([code, level]) => ({ code, level })),
  ...extra,
];
const every = (level: number, except: string[] = []) => Object.fromEntries(CODES.filter((c) => !except.includes(c)).map((c) => [c, level]));

describe('panrb-19-2025 2.1.0: scored', () => {
  it('a regency that pays TPP, with a death and no accident: every aspect, MATURITAS and NISM by hand', () => {
    const levels = {
      ...{ '1.1': 3, '1.2': 4, '1.3': 2 },
      ...{ '2.1': 2, '2.2': 1, '2.3': 3, '2.4': 2, '2.5': 1, '2.6': 0 },
      ...{ '3.1': 4, '3.2': 3, '3.3': 3, '3.4': 2 },
      ...{ '4.1b': 3, '4.2': 2, '4.3': 3 },
      ...{ '5.1': 2, '5.2': 3, '5.3': 2, '5.4': 1 },
      ...{ '6.1': 3, '6.2': 4, '6.3': 2, '6.4a': 3, '6.4c': 2, '6.4d': 3 },
      '7.1': 2,
      ...{ '8.1': 1, '8.2': 2 },
    };
    const profile = { jenis_instansi: 'Pemerintah Kabupaten/Kota', bayar_tpp: 'Ya', kecelakaan_kerja: 'Tidak', kematian_pegawai: 'ya' };
    const a = scoreAgency(L, table(rows(profile, levels, [{ code: 'SURVEI', level: '70%' }, { code: 'KOREKSI', level: 0.02, notes: 'temuan pelanggaran' }])));
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(a.profile?.map((p) => p.value)).toEqual(['kabkota', 'ya', 'tidak', 'ya']);
    // A1 (3+4+2)/12 = 0.75; A2 9/24 = 0.375 → 0.38; A3 12/16 = 0.75; A4 8/12 → 0.67; A5 8/16 = 0.5;
    // A6 over the 6 that apply (6.4b is off) 17/24 → 0.71; A7 2/4 = 0.5; A8 3/8 = 0.375 → 0.38.
    const expected: [string, string, string][] = [
      ['A1', '0.75', 'MENENGAH'],
      ['A2', '0.38', 'DASAR'],
      ['A3', '0.75', 'MENENGAH'],
      ['A4', '0.67', 'MENENGAH'],
      ['A5', '0.5', 'LANJUTAN'],
      ['A6', '0.71', 'MENENGAH'],
      ['A7', '0.5', 'LANJUTAN'],
      ['A8', '0.38', 'DASAR'],
    ];
    for (const [code, score, cat] of expected) {
      expect(s(find(a.root, code).score), code).toBe(score);
      expect(find(a.root, code).category?.code, code).toBe(cat);
    }
    for (const code of ['4.1a', '6.4b']) expect(find(a.root, code).status, code).toBe('not-applicable');
    // MATURITAS = (3×0.75 + 4×0.38 + 4×0.75 + 4×0.67 + 4×0.5 + 4×0.71 + 4×0.5 + 3×0.38) / 30 = 17.43 / 30 = 0.581 → 0.58.
    expect(s(find(a.root, 'MATURITAS').unrounded)).toBe('0.581');
    expect(s(find(a.root, 'MATURITAS').score)).toBe('0.58');
    expect(find(a.root, 'MATURITAS').category?.code).toBe('LANJUTAN');
    // NISM = 0.75 × 0.58 + 0.25 × 0.70 − 0.02 = 0.435 + 0.175 − 0.02 = 0.59.
    expect(s(a.score)).toBe('0.59');
    expect(a.predicate.code).toBe('LANJUTAN');
    expect(s(a.nominal?.value)).toBe('59');
    expect(find(a.root, 'KOREKSI').trace?.notes).toBe('temuan pelanggaran');
  });

  it('a central agency: 4.1a applies, the TPP item and the death item do not; all at 4 gives 1, TINGGI (MAJU is out of reach)', () => {
    const profile = { jenis_instansi: 'K/L', bayar_tpp: 'bukan_provkab', kecelakaan_kerja: 'Ada', kematian_pegawai: 'Tidak' };
    const a = scoreAgency(L, table(rows(profile, every(4, ['4.1b', '6.3', '6.4c']), [{ code: 'SURVEI', level: 1 }])));
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const code of ['4.1b', '6.3', '6.4c']) expect(find(a.root, code).status, code).toBe('not-applicable');
    for (const code of ['4.1a', '6.4b']) expect(find(a.root, code).status, code).toBe('scored');
    expect(s(a.score)).toBe('1');
    expect(a.predicate.code).toBe('TINGGI');
  });

  it('an applicable item without a row counts 0: the accident item at a province (A6 = 4/5 = 0.8 → MENENGAH)', () => {
    const profile = { jenis_instansi: 'provinsi', bayar_tpp: 'tidak', kecelakaan_kerja: 'ya', kematian_pegawai: 'tidak' };
    const a = scoreAgency(L, table(rows(profile, every(4, ['4.1b', '6.3', '6.4b', '6.4c']), [{ code: 'SURVEI', level: 1 }])));
    expect(find(a.root, '6.4b').status).toBe('missing');
    expect(s(find(a.root, 'A6').score)).toBe('0.8');
    expect(find(a.root, 'A6').category?.code).toBe('MENENGAH');
  });

  it('without a survey result NISM is incomplete and MATURITAS stands in', () => {
    const profile = { jenis_instansi: 'kabkota', bayar_tpp: 'ya', kecelakaan_kerja: 'tidak', kematian_pegawai: 'tidak' };
    const a = scoreAgency(L, table(rows(profile, every(2, ['4.1a', '6.4b', '6.4c']))));
    expect(a.incomplete).toEqual({ code: 'NISM', missing: ['SURVEI'], fallback: 'MATURITAS' });
    expect(s(a.score)).toBe('0.5');
    expect(a.predicate.code).toBe('LANJUTAN');
  });

  it('rounds once to 2 decimals before classifying: 0.405 → 0.41 LANJUTAN, 0.4049 → 0.40 DASAR', () => {
    const profile = { jenis_instansi: 'kabkota', bayar_tpp: 'ya', kecelakaan_kerja: 'tidak', kematian_pegawai: 'tidak' };
    const base = rows(profile, every(2, ['4.1a', '6.4b', '6.4c']));
    // Every item at 2: every aspect 0.5, MATURITAS 0.5; NISM = 0.375 + 0.25 × survey.
    const up = scoreAgency(L, table([...base, { code: 'SURVEI', level: 0.12 }]));
    expect(s(up.root.unrounded)).toBe('0.405');
    expect(s(up.score)).toBe('0.41');
    expect(up.predicate.code).toBe('LANJUTAN');
    const down = scoreAgency(L, table([...base, { code: 'SURVEI', level: 0.1196 }]));
    expect(s(down.root.unrounded)).toBe('0.4049');
    expect(s(down.score)).toBe('0.4');
    expect(down.predicate.code).toBe('DASAR');
  });
});
