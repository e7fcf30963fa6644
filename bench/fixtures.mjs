// Deterministic benchmark inputs, written under bench/data/ (gitignored).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA = fileURLToPath(new URL('./data/', import.meta.url));

/** Seeded LCG, so every run generates the same files. */
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A rubric with `aspects` × `per` level leaves (T1.1 ...), levels 0-4, weight 0.5. */
export function benchRubric(aspects = 5, per = 10) {
  const level = (value, id, en) => ({ value, label: { id, en } });
  return {
    format: 'merit-rubric/1',
    id: `bench-${aspects * per}`,
    version: '1.0.0',
    title: { id: 'Rubrik uji kinerja', en: 'Benchmark rubric' },
    status: 'provisional',
    legalBasis: [{ ref: 'none: synthetic benchmark rubric' }],
    subject: 'agency',
    provenance: { source: 'bench/fixtures.mjs', confidence: 'uncertain', note: 'synthetic' },
    missing: 'zero',
    rounding: { step: 0.5 },
    scales: {
      l04: {
        levels: [
          level(0, 'Tidak ada bukti', 'No evidence'),
          level(1, 'Awal', 'Initial'),
          level(2, 'Berkembang', 'Developing'),
          level(3, 'Baik', 'Good'),
          level(4, 'Sangat baik', 'Very good'),
        ],
      },
    },
    root: {
      code: 'ROOT',
      name: { id: 'Total', en: 'Total' },
      children: Array.from({ length: aspects }, (_, a) => ({
        code: `T${a + 1}`,
        name: { id: `Aspek ${a + 1}`, en: `Aspect ${a + 1}` },
        children: Array.from({ length: per }, (_, i) => ({
          code: `T${a + 1}.${i + 1}`,
          name: { id: `Kriteria ${a + 1}.${i + 1}`, en: `Criterion ${a + 1}.${i + 1}` },
          scoring: { kind: 'levels', scale: 'l04', weight: 0.5 },
        })),
      })),
    },
    bands: [
      { code: 'I', label: { id: 'Rendah', en: 'Low' }, min: 0, max: 50 },
      { code: 'II', label: { id: 'Sedang', en: 'Medium' }, min: 50, max: 80 },
      { code: 'III', label: { id: 'Tinggi', en: 'High' }, min: 80 },
    ],
  };
}

/** Levels 0-4 as agencies fill them in: mostly 2 and 3, few 0 and 4. */
export const REALISTIC_LEVELS = [0.05, 0.15, 0.35, 0.3, 0.15];

/**
 * Evidence rows [code, name, level, verified, evidence, notes] for a bench rubric. `mix`: the
 * share of each level 0-4 (default uniform).
 */
export function benchRows(aspects = 5, per = 10, seed = 7, mix = [0.2, 0.2, 0.2, 0.2, 0.2]) {
  const r = rng(seed);
  const pick = () => {
    let x = r();
    for (let l = 0; l < mix.length; l++) if ((x -= mix[l]) < 0) return l;
    return mix.length - 1;
  };
  const rows = [];
  for (let a = 1; a <= aspects; a++) {
    for (let i = 1; i <= per; i++) {
      const level = pick();
      const verified = r() < 0.3 ? Math.max(0, level - 1) : null;
      rows.push([`T${a}.${i}`, `Kriteria ${a}.${i}`, level, verified, `https://contoh.go.id/bukti/${a}-${i}.pdf`, `catatan ${a}.${i}`]);
    }
  }
  return rows;
}

export const HEADER = ['Kode', 'Sub-aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan'];

export async function writeEvidenceXlsx(path, rows, { title = 'Penilaian Mandiri (bench)', subject = 'Instansi Bench' } = {}) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Penilaian');
  ws.addRow([title]);
  ws.mergeCells('A1:F1');
  ws.addRow(['Instansi:', subject]);
  ws.addRow(['Tahun:', '2024']);
  ws.addRow([]);
  ws.addRow(HEADER).font = { bold: true };
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  ws.columns.forEach((c) => (c.width = 18));
  await wb.xlsx.writeFile(path);
}

export function writeEvidenceCsv(path, rows) {
  const q = (v) => (v === null || v === undefined ? '' : /[;"\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [['Instansi:', 'Instansi Bench'], ['Tahun:', '2024'], HEADER, ...rows].map((r) => r.map(q).join(';'));
  writeFileSync(path, '\ufeff' + lines.join('\r\n') + '\r\n');
}

export async function ensureScoreFixtures() {
  mkdirSync(DATA, { recursive: true });
  const files = {
    rubric: join(DATA, 'bench-50.json'),
    xlsx: join(DATA, 'evidence50.xlsx'),
    csv: join(DATA, 'evidence50.csv'),
  };
  writeFileSync(files.rubric, JSON.stringify(benchRubric(), null, 2));
  if (!existsSync(files.xlsx)) await writeEvidenceXlsx(files.xlsx, benchRows());
  if (!existsSync(files.csv)) writeEvidenceCsv(files.csv, benchRows());
  return files;
}
