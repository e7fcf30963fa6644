/**
 * A small merit-rubric/2 made for the v2 CLI, template and analysis tests (not bundled, not an
 * official instrument): a profile question with a variant pair, a declared not-applicable item,
 * two maturity aspects (plain means) with categories, the maturity (percent weights, node
 * rounding) in a composite with a required survey and a correction, and a band cap on the total.
 *
 * The regency's evidence (`UJI_ROWS`): P = mean(2/4, 1/4) = 0.375 (D), K = mean(3/4, 1/4, 0/4) =
 * 1/3 (D), MAT = 0.5 × 0.375 + 0.5 × 1/3 = 0.3541… → 0.35 (D), NI = 0.8 × 0.35 + 0.2 × 0.7 − 0 =
 * 0.42 (C).
 */
import type { Band, Level, Rubric } from '../../src/rubric/types.js';

const t = (id: string, en = id): { id: string; en: string } => ({ id, en });

export const L04: Level[] = [0, 1, 2, 3, 4].map((v) => ({
  value: v,
  label: t(`Level ${v}`),
  description: t(`Syarat level ${v}: bukti tahap ${v}`, `Level ${v} requires: stage ${v} evidence`),
}));

export const KAT: Band[] = [
  { code: 'D', label: t('Dasar', 'Basic'), min: 0, max: 0.4 },
  { code: 'C', label: t('Cukup', 'Fair'), min: 0.4, max: 0.6 },
  { code: 'B', label: t('Baik', 'Good'), min: 0.6, max: 0.8 },
  { code: 'A', label: t('Andal', 'Strong'), min: 0.8, max: 1, maxInclusive: true },
];

export function ujiRubric(): Rubric {
  return {
    format: 'merit-rubric/2',
    id: 'uji-v2',
    version: '1.0.0',
    title: t('Rubrik uji v2', 'v2 test rubric'),
    status: 'provisional',
    legalBasis: [{ ref: 'Uji 2/2026' }],
    subject: 'agency',
    rounding: { decimals: 2 },
    scales: { l04: { levels: L04 } },
    profile: [
      {
        code: 'jenis',
        label: t('Jenis instansi', 'Agency type'),
        answers: [
          { value: 'pusat', label: t('Instansi Pusat', 'Central agency') },
          { value: 'daerah', label: t('Instansi Daerah', 'Regional agency'), aliases: ['pemda'] },
        ],
      },
    ],
    bandSets: { kat: KAT },
    root: {
      code: 'NI',
      name: t('Indeks', 'Index'),
      aggregate: 'composite',
      fallback: 'MAT',
      children: [
        {
          code: 'MAT',
          name: t('Kematangan', 'Maturity'),
          aggregate: 'weightedMean',
          weightUnit: 'percent',
          coefficient: 0.8,
          rounding: { decimals: 2 },
          bands: 'kat',
          children: [
            {
              code: 'P',
              name: t('Perencanaan', 'Planning'),
              weight: 50,
              aggregate: 'mean',
              bands: 'kat',
              children: [
                { code: 'P1', name: t('Rencana kebutuhan', 'Needs plan'), scoring: { kind: 'levels', scale: 'l04' } },
                { code: 'P2a', name: t('Standar (pusat)', 'Standard (central)'), variant: 'std', when: { profile: 'jenis', in: ['pusat'] }, scoring: { kind: 'levels', scale: 'l04' } },
                { code: 'P2b', name: t('Standar (daerah)', 'Standard (regional)'), variant: 'std', when: { profile: 'jenis', in: ['daerah'] }, scoring: { kind: 'levels', scale: 'l04' } },
                { code: 'P3', name: t('Bantuan hukum', 'Legal aid'), notApplicable: { allowed: true }, scoring: { kind: 'levels', scale: 'l04' } },
              ],
            },
            {
              code: 'K',
              name: t('Kinerja', 'Performance'),
              weight: 50,
              aggregate: 'mean',
              bands: 'kat',
              children: [
                { code: 'K1', name: t('Perjanjian kinerja', 'Performance agreement'), scoring: { kind: 'levels', scale: 'l04' } },
                { code: 'K2', name: t('Penilaian kinerja', 'Performance appraisal'), scoring: { kind: 'levels', scale: 'l04' } },
                { code: 'K3', name: t('Tindak lanjut', 'Follow-up'), scoring: { kind: 'levels', scale: 'l04' } },
              ],
            },
          ],
        },
        { code: 'SUR', name: t('Survei', 'Survey'), coefficient: 0.2, required: true, scoring: { kind: 'number', min: 0, max: 1, percentAccepted: true } },
        { code: 'KOR', name: t('Koreksi', 'Correction'), scoring: { kind: 'deduction', max: 0.1 } },
      ],
    },
    outOfRange: { below: { code: 'BAWAH', label: t('Di bawah Dasar', 'Below Basic') } },
    bands: [
      ...KAT.slice(0, 3),
      { ...KAT[3]!, requires: { atLeast: 'B', of: 'MAT' } },
    ],
  };
}

/** The regency's evidence rows (code, level). */
export const UJI_ROWS: [string, string | number][] = [
  ['jenis', 'Instansi Daerah'],
  ['P1', 2],
  ['P2b', 1],
  ['P3', 'Tidak Berlaku'],
  ['K1', 3],
  ['K2', 1],
  ['K3', 0],
  ['SUR', '0.7'],
  ['KOR', 0],
];

/** The same as a CSV evidence file (`,`-separated). */
export function ujiCsv(rows: [string, string | number][] = UJI_ROWS): string {
  return `Kode,Level\n${rows.map(([c, v]) => `${c},${v}`).join('\n')}\n`;
}
