/**
 * Rubric language v2 in record rubrics: a ratio of two number columns, a `mean` maturity with a
 * category per dimension, scored row by row through the reference path (the fast path declines
 * v2 nodes).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedRubric, Rubric } from '../../src/rubric/types.js';
import { scoreRows } from './helpers.js';

const t = (id: string, en = id) => ({ id, en });
const KAT = [
  { code: 'RENDAH', label: t('Rendah', 'Low'), min: 0, max: 0.5 },
  { code: 'TINGGI', label: t('Tinggi', 'High'), min: 0.5, max: 1, maxInclusive: true },
];
const RUBRIC: Rubric = {
  format: 'merit-rubric/2',
  id: 'rasio-uji',
  version: '1.0.0',
  title: t('Rasio uji'),
  status: 'provisional',
  legalBasis: [{ ref: 'Uji' }],
  subject: 'record',
  columns: [
    { key: 'nip', header: t('NIP'), type: 'text' },
    { key: 'jam', header: t('Jam pelatihan'), type: 'number' },
    { key: 'target', header: t('Target jam'), type: 'number' },
    { key: 'nilai', header: t('Nilai'), type: 'number' },
  ],
  population: { aggregate: 'mean', recordId: 'nip' },
  root: {
    code: 'R',
    name: t('Indeks'),
    aggregate: 'mean',
    children: [
      { code: 'PLT', name: t('Pelatihan'), bands: KAT, scoring: { kind: 'ratio', numerator: 'jam', denominator: 'target', points: 1 } },
      { code: 'KIN', name: t('Kinerja'), column: 'nilai', bands: KAT, scoring: { kind: 'number', min: 0, max: 100 } },
    ],
  },
  bands: KAT,
};

describe('v2 record rubrics', () => {
  it('score a ratio of two columns and a number, with a mean maturity per record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-v2-'));
    const file = join(dir, 'pegawai.csv');
    // Row 1: min(1, 10/20) = 0.5 and 80/100 = 0.8 → (0.5 + 0.8) / 2 = 0.65.
    // Row 2: min(1, 30/20) = 1 and 40/100 = 0.4 → 0.7.
    writeFileSync(file, 'NIP,Jam pelatihan,Target jam,Nilai\n1,10,20,80\n2,30,20,40\n');
    const loaded: LoadedRubric = { rubric: RUBRIC, source: 'rasio-uji.json', bundled: false, sha256: '0'.repeat(64), diagnostics: [] };
    const { assessment, rows } = await scoreRows(file, loaded);
    expect(rows.map((r) => r.score)).toEqual([0.65, 0.7]);
    expect(assessment.score.toString()).toBe('0.675');
    expect(assessment.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
