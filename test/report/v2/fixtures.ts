/**
 * v2 assessments for the renderer tests, scored for real from test/fixtures/v2/mini-2026.json
 * (the rubric the scorer's own tests work by hand): profile answers, a variant pair, a gated item,
 * a declared not-applicable item, maturity means with categories, a composite with a survey and a
 * correction, a band cap and a nominal figure.
 *
 * - `kabkota()`    — 0.6975 → 0.7 MENENGAH, nominal 70 %, three items not applicable.
 * - `capped()`     — 0.85 would be TINGGI, but A2 is below MENENGAH → MENENGAH.
 * - `incomplete()` — no survey row: the composite stands in with MAT (0.73).
 * - `extended()`   — kabkota with a base rubric and a criterion condition (hand-set on the result).
 */
import { readFileSync } from 'node:fs';
import type { Rubric } from '../../../src/rubric/types.js';
import { summarize, type BatchItem, type BatchResult } from '../../../src/scoring/batch.js';
import { scoreAgency } from '../../../src/scoring/score.js';
import type { Assessment, NodeResult } from '../../../src/scoring/types.js';
import { find, loaded, table, type RowSpec } from '../../scoring/helpers.js';

export const RUBRIC = JSON.parse(readFileSync(new URL('../../fixtures/v2/mini-2026.json', import.meta.url), 'utf8')) as Rubric;

/** The regency's evidence (test/fixtures/v2/mini-2026-kabkota.csv). */
export const KABKOTA: RowSpec[] = [
  { code: 'jenis', level: 'Pemerintah Kabupaten/Kota' },
  { code: 'kecelakaan', level: 'Tidak' },
  { code: '1.1', level: 3, evidence: 'SK rencana kebutuhan' },
  { code: '1.2b', level: 4, evidence: 'SK standar kompetensi' },
  { code: '2.1', level: 2 },
  { code: '2.3', level: 'TB', notes: 'tidak ada perkara' },
  { code: 'SUR', level: 80, evidence: 'laporan survei' },
  { code: 'KOR', level: '0,05', notes: 'temuan pelanggaran netralitas' },
];

const change = (rows: RowSpec[], changes: Record<string, RowSpec | null>): RowSpec[] =>
  rows.filter((r) => !(String(r.code) in changes)).concat(Object.values(changes).filter((r): r is RowSpec => r !== null));

function score(rows: RowSpec[], options: Parameters<typeof scoreAgency>[2] = {}): Assessment {
  const a = scoreAgency(loaded(RUBRIC, { source: 'test/fixtures/v2/mini-2026.json' }), table(rows, { decimalComma: true, subject: 'Pemerintah Kabupaten Uji', period: '2026' }), options);
  delete a.generatedAt;
  return a;
}

export const kabkota = (): Assessment => score(KABKOTA);

export const capped = (): Assessment => score(change(KABKOTA, { '1.1': { code: '1.1', level: 4 }, SUR: { code: 'SUR', level: '100%' }, KOR: null }));

export const incomplete = (): Assessment => score(change(KABKOTA, { SUR: null }));

/** A central agency answered on the command line (`--profile jenis=pusat`). */
export const pusat = (): Assessment => score(change(KABKOTA, { '1.2a': { code: '1.2a', level: 2 } }), { profile: [{ code: 'jenis', value: 'pusat' }] });

/** kabkota, as if built on a base rubric, with 2.2 gated on a criterion instead of the profile. */
export function extended(): Assessment {
  const a = kabkota();
  a.rubric.base = { id: 'panrb-2026', version: '1.0.0', sha256: 'c'.repeat(64), source: 'panrb-2026' };
  const n: NodeResult = find(a.root, '2.2');
  n.notApplicable = { reason: 'condition', condition: { criterion: '2.1', in: ['3', '4'] }, value: '2', ref: { sheet: undefined, cell: 'C10', row: 10, column: 3, line: 10 } as never };
  return a;
}

/** The three agencies (kabkota, capped, incomplete) as one batch. */
export function batch(): BatchResult {
  const made: [string, Assessment][] = [
    ['uji/a-kabkota.csv', kabkota()],
    ['uji/b-capped.csv', { ...capped(), subject: { name: 'Pemerintah Kota Uji', period: '2026', source: 'workbook' } }],
    ['uji/c-incomplete.csv', { ...incomplete(), subject: { name: 'Pemerintah Provinsi Uji', period: '2026', source: 'workbook' } }],
  ];
  const items: BatchItem[] = made.map(([input, a]) => ({ input, status: 'scored', exitCode: 0, assessment: a, gates: [], diagnostics: a.diagnostics, outputs: [] }));
  const first = made[0]![1];
  return { tool: first.tool, rubric: first.rubric, gates: {}, items, summary: summarize(items, RUBRIC.bands) };
}
