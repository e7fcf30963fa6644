#!/usr/bin/env node
// Writes the 2026 example worksheets in examples/ (run after `npm run build`:
// node scripts/make-examples-2026.mjs). Each is what an analyst does: `merit template --rubric
// panrb-19-2025` writes the worksheet, and the levels below are filled into it, as a person would
// type them (profile answers as the dropdown's labels). examples/README.md computes their scores by
// hand from rubrics/panrb-19-2025.json; change a level here and the README's arithmetic must change.
//
// Deterministic: fixed document dates and zip entry dates, so the same script gives the same bytes.
// Every agency is fictitious ("Contoh"); links use the reserved `.example` top-level domain.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const JSZip = createRequire(require.resolve('exceljs'))('jszip');
const FIXED_DATE = new Date(Date.UTC(2026, 0, 31, 0, 0, 0));
JSZip.defaults.date = FIXED_DATE;
const ExcelJS = require('exceljs');

/** The columns of the template's Penilaian sheet (src/template/layout.ts). */
const COL = { code: 1, level: 5, verified: 6, evidence: 7, notes: 8 };

// Entries: code -> level (number, or a profile answer as written) or [level, evidence, notes].

/** Kabupaten Contoh 2026: a regency, paying TPP, no work accident (the gate answered "Tidak"), one death; survey 78 %, no correction. */
const KAB = {
  jenis_instansi: 'Pemerintah Kabupaten/Kota',
  bayar_tpp: 'Ya, membayar TPP',
  kecelakaan_kerja: 'Tidak',
  kematian_pegawai: 'Ya',
  '1.1': [3, 'https://bkpsdm.kab-contoh.example/bukti/anjab-2025.pdf'], '1.2': 2, '1.3': [3, 'Rencana kebutuhan ASN 2025-2029.pdf'],
  '2.1': 2, '2.2': 3, '2.3': 3, '2.4': 2, '2.5': [1, '', 'Program retensi baru dirancang'], '2.6': 2,
  '3.1': 3, '3.2': 3, '3.3': 2, '3.4': 2,
  '4.1b': [3, 'SK Bupati tentang SKJ.pdf'], '4.2': 2, '4.3': 3,
  '5.1': 3, '5.2': 3, '5.3': 2, '5.4': 3,
  '6.1': 4, '6.2': 4, '6.3': 3, '6.4a': 3, '6.4c': 2, '6.4d': 4,
  '7.1': 2,
  '8.1': 2, '8.2': [1, '', 'Layanan kepegawaian masih manual'],
  SURVEI: ['78%', 'Laporan survei kepuasan dan keterikatan pegawai 2025.pdf'],
};

/** Kementerian Contoh 2026: a central agency (not paying TPP), a work accident, no death; survey 0,84; correction 0,03. */
const KEMENTERIAN = {
  jenis_instansi: 'Instansi Pusat',
  bayar_tpp: 'Bukan Pemerintah Provinsi/Kabupaten/Kota',
  kecelakaan_kerja: 'Ya',
  kematian_pegawai: 'Tidak',
  '1.1': 4, '1.2': 3, '1.3': 4,
  '2.1': 3, '2.2': 4, '2.3': 3, '2.4': 3, '2.5': 3, '2.6': 3,
  '3.1': 4, '3.2': 3, '3.3': 3, '3.4': 4,
  '4.1a': [4, 'https://sdm.kementerian-contoh.example/skj'], '4.2': 3, '4.3': 4,
  '5.1': 4, '5.2': 4, '5.3': 3, '5.4': 3,
  '6.1': 4, '6.2': 4, '6.4a': 4, '6.4b': [3, 'Rekap santunan kecelakaan kerja 2025.xlsx'], '6.4d': 4,
  '7.1': 3,
  '8.1': 4, '8.2': 3,
  SURVEI: '0,84',
  KOREKSI: [0.03, 'LHP pengawasan netralitas 2025', 'Dua pelanggaran netralitas yang terbukti'],
};

async function fill(template, file, agency, year, entries) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.getWorksheet('Penilaian');
  ws.getCell('B3').value = agency;
  ws.getCell('B4').value = year;
  const left = new Set(Object.keys(entries));
  ws.eachRow((row) => {
    const code = String(row.getCell(COL.code).value ?? '');
    if (!left.delete(code)) return;
    const [level, evidence, notes] = Array.isArray(entries[code]) ? entries[code] : [entries[code]];
    row.getCell(COL.level).value = level;
    if (evidence) row.getCell(COL.evidence).value = evidence;
    if (notes) row.getCell(COL.notes).value = notes;
  });
  if (left.size) throw new Error(`${file}: no template row for ${[...left].join(', ')}`);
  writeFileSync(join(root, 'examples', file), Buffer.from(await wb.xlsx.writeBuffer()));
}

const dir = mkdtempSync(join(tmpdir(), 'merit-examples-'));
try {
  const template = join(dir, 'kertas-kerja-2026.xlsx');
  execFileSync(process.execPath, [join(root, 'bin/merit.js'), 'template', '--rubric', 'panrb-19-2025', '-o', template, '--deterministic'], { stdio: ['ignore', 'inherit', 'ignore'] });
  await fill(template, 'kab-contoh-2026.xlsx', 'Pemerintah Kabupaten Contoh', 2026, KAB);
  await fill(template, 'kementerian-contoh-2026.xlsx', 'Kementerian Contoh', 2026, KEMENTERIAN);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('wrote examples/kab-contoh-2026.xlsx, examples/kementerian-contoh-2026.xlsx');
