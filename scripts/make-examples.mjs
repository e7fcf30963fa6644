#!/usr/bin/env node
// Writes the example evidence files in examples/ (run: node scripts/make-examples.mjs).
//
// Deterministic: the same script gives byte-identical files on every run and in every time
// zone (fixed workbook dates, fixed zip entry dates). The levels below are the whole content of
// the examples; examples/README.md computes their expected scores by hand from
// rubrics/kasn-2019.json and rubrics/ip-asn-2019.json. Change a level here and the README's
// arithmetic must change with it.
//
// Every agency, person, NIP and link is fictitious: agencies are "Contoh" (example), NIPs are
// 000000000000000001..30, links use the reserved `.example` top-level domain.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (name) => join(root, 'examples', name);

// exceljs zips with JSZip, which stamps every entry with `new Date()` unless a default is set.
// Set it on the very JSZip instance exceljs loads.
const require = createRequire(import.meta.url);
const requireFromExceljs = createRequire(require.resolve('exceljs'));
const JSZip = requireFromExceljs('jszip');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 31, 0, 0, 0));
JSZip.defaults.date = FIXED_DATE;
const ExcelJS = require('exceljs');

const kasn = JSON.parse(readFileSync(join(root, 'rubrics/kasn-2019.json'), 'utf8'));
/** code -> Indonesian sub-aspect name, in rubric order. */
const LEAVES = [];
for (const aspect of kasn.root.children) for (const leaf of aspect.children) LEAVES.push({ code: leaf.code, name: leaf.name.id });

const TITLE = 'Penilaian Mandiri Penerapan Sistem Merit';
const HEADER = ['Kode', 'Sub-aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan'];

// ---------------------------------------------------------------------------------------------
// Example data: [code, self level, verified level (null = not verified), evidence, notes].
// Evidence is a string, or {text, link} for a hyperlink cell.

const link = (agency, file, text) => ({ text: text ?? `https://bkpsdm.${agency}.example/bukti/${file}`, link: `https://bkpsdm.${agency}.example/bukti/${file}` });

/** Kabupaten Contoh: verified total 288.5 (III Baik); self total 308.25 -> 308.5. */
const KAB = [
  ['A1.1', 4, 4, link('kab-contoh', 'A1.1-rencana-kebutuhan-2024-2028.pdf'), 'Ditetapkan dengan Peraturan Bupati'],
  ['A1.2', 4, 3, 'Dokumen Anjab-ABK 2023.pdf', 'Peta jabatan belum mencakup seluruh unit kerja (verifikator)'],
  ['A1.3', 4, 4, 'Rekap formasi CPNS dan PPPK 2024.xlsx', ''],
  ['A2.1', 4, 4, link('kab-contoh', 'A2.1-rencana-pengadaan-2024.pdf', 'Rencana pengadaan 2024 (PDF)'), ''],
  ['A2.2', 3, 3, 'SK Panitia Seleksi 2024.pdf', ''],
  ['A2.3', 3, 3, 'Laporan orientasi CPNS 2024.pdf', ''],
  ['A3.1', 3, 3, 'Perbup Standar Kompetensi Jabatan.pdf', ''],
  ['A3.2', 3, 2, 'Hasil pemetaan kompetensi 2023.xlsx', 'Pemetaan baru mencakup pejabat administrator (verifikator)'],
  ['A3.3', 2, 2, 'Rencana pengembangan kompetensi 2024.pdf', ''],
  ['A3.4', 3, 3, link('kab-contoh', 'A3.4-talent-pool.pdf'), 'Sembilan kotak talenta (nine box) untuk JPT pratama'],
  ['A3.5', 2, 2, 'Draf rencana suksesi.docx', 'Masih draf'],
  ['A4.1', 3, 2, 'Draf Perbup Pola Karier.docx', 'Pola karier belum ditetapkan (verifikator)'],
  ['A4.2', 3, 3, 'Pengumuman seleksi terbuka JPT 2024.pdf', ''],
  ['A4.3', 3, 3, 'SK mutasi 2024 dan pertimbangan Baperjakat.pdf', ''],
  ['A5.1', 3, 3, 'Perbup Manajemen Kinerja.pdf', ''],
  ['A5.2', 3, 2, 'Rekap evaluasi kinerja triwulan.xlsx', 'Evaluasi baru dua triwulan (verifikator)'],
  ['A5.3', 4, 4, 'Berita acara Baperjakat.pdf', ''],
  ['A6.1', 3, 3, 'Perbup Tambahan Penghasilan Pegawai.pdf', ''],
  ['A6.2', 3, 3, 'SK penghargaan pegawai berprestasi 2024.pdf', ''],
  ['A6.3', 3, 2, 'Rekap penegakan disiplin 2024.xlsx', 'Kode etik belum disosialisasikan ke semua OPD (verifikator)'],
  ['A7.1', 3, null, 'MoU bantuan hukum dan kepesertaan BPJS.pdf', ''],
  ['A7.2', 3, null, 'SOP layanan kepegawaian.pdf', ''],
  ['A8.1', 2, 3, link('kab-contoh', 'A8.1-integrasi-siasn.png'), 'Integrasi SIASN sudah berjalan (dinaikkan verifikator)'],
  ['A8.2', 2, 2, 'Tangkapan layar e-office.png', ''],
];

/** Provinsi Contoh: verified total 336.5 (IV Sangat Baik); self total 343.25 -> 343.5. */
const PROV = [
  ['A1.1', 4, 4, link('prov-contoh', 'A1.1-rencana-kebutuhan.pdf'), ''],
  ['A1.2', 4, 4, 'Anjab-ABK dan peta jabatan 2024.pdf', ''],
  ['A1.3', 4, 4, 'Rekap pemenuhan kebutuhan 2024.xlsx', ''],
  ['A2.1', 4, 4, 'Rencana pengadaan ASN 2024.pdf', ''],
  ['A2.2', 3, 3, 'Pergub pengadaan ASN.pdf', ''],
  ['A2.3', 3, 3, 'Laporan orientasi CPNS 2024.pdf', ''],
  ['A3.1', 4, 4, 'Pergub Standar Kompetensi Jabatan.pdf', ''],
  ['A3.2', 3, 3, 'Profil kompetensi seluruh pejabat.xlsx', ''],
  ['A3.3', 3, 3, 'Rencana pengembangan kompetensi 2024.pdf', ''],
  ['A3.4', 3, 3, link('prov-contoh', 'A3.4-manajemen-talenta.pdf', 'Manajemen talenta (tautan)'), ''],
  ['A3.5', 3, 3, 'Rencana suksesi JPT.pdf', ''],
  ['A4.1', 3, 3, 'Pergub Pola Karier.pdf', ''],
  ['A4.2', 4, 3, 'Seleksi terbuka JPT 2024.pdf', 'Seleksi administrator belum terbuka (verifikator)'],
  ['A4.3', 3, 3, 'SK mutasi 2024.pdf', ''],
  ['A5.1', 4, 4, 'Pergub Manajemen Kinerja.pdf', ''],
  ['A5.2', 3, 3, 'Evaluasi kinerja berkala 2024.xlsx', ''],
  ['A5.3', 3, 3, 'Berita acara Baperjakat.pdf', ''],
  ['A6.1', 3, 3, 'Pergub TPP berbasis kinerja.pdf', ''],
  ['A6.2', 3, 3, 'SK penghargaan 2024.pdf', ''],
  ['A6.3', 3, 3, 'Rekap penegakan disiplin.xlsx', ''],
  ['A7.1', 4, 4, 'Pergub bantuan hukum ASN.pdf', ''],
  ['A7.2', 3, 3, 'SOP layanan kepegawaian daring.pdf', ''],
  ['A8.1', 4, 3, link('prov-contoh', 'A8.1-simpeg.png'), 'Integrasi dengan SIASN belum penuh (verifikator)'],
  ['A8.2', 3, 3, 'Tangkapan layar e-office.png', ''],
];

/** Kota Contoh (CSV, not yet verified): self total 194.25 -> 194.5 (II Kurang). */
const KOTA = [
  ['A1.1', 3, null, 'Rencana kebutuhan ASN 2022-2026.pdf', ''],
  ['A1.2', 2, null, 'Anjab-ABK 2021.pdf', 'Anjab-ABK belum dimutakhirkan'],
  ['A1.3', 3, null, 'Rekap formasi 2024.xlsx', 'Pemenuhan formasi 2024: 87,5% dari kebutuhan'],
  ['A2.1', 3, null, 'Rencana pengadaan 2024.pdf', ''],
  ['A2.2', 2, null, 'Pengumuman seleksi 2024.pdf', 'Pengumuman di situs web; belum ada kebijakan tertulis'],
  ['A2.3', 2, null, 'Jadwal orientasi CPNS.pdf', ''],
  ['A3.1', 2, null, 'Draf standar kompetensi jabatan.docx', ''],
  ['A3.2', 2, null, 'Hasil asesmen kompetensi 2023.xlsx', 'Baru 42,5% pejabat yang diases'],
  ['A3.3', 1, null, 'Rekap JP pelatihan 2024.xlsx', 'Rata-rata 12,5 JP per pegawai'],
  ['A3.4', 1, null, '', 'Talent pool belum dibentuk'],
  ['A3.5', 0, null, '', 'Belum ada rencana suksesi'],
  ['A4.1', 2, null, 'Draf "Pola Karier" Kota Contoh.docx', 'Dokumen "Pola Karier" masih dalam penyusunan'],
  ['A4.2', 2, null, 'Pengumuman seleksi JPT 2023.pdf', ''],
  ['A4.3', 2, null, 'SK mutasi 2024.pdf', ''],
  ['A5.1', 3, null, 'Perwali Manajemen Kinerja.pdf', ''],
  ['A5.2', 2, null, 'Rekap SKP 2024.xlsx', ''],
  ['A5.3', 2, null, '', ''],
  ['A6.1', 2, null, 'Perwali TPP.pdf', ''],
  ['A6.2', 2, null, 'SK penghargaan 2023.pdf', ''],
  ['A6.3', 3, null, 'Rekap hukuman disiplin 2024.xlsx', ''],
  ['A7.1', 2, null, 'Kepesertaan BPJS.pdf', ''],
  ['A7.2', 1, null, '', 'Layanan kepegawaian masih manual'],
  ['A8.1', 2, null, 'Tangkapan layar SIMPEG.png', ''],
  ['A8.2', 1, null, '', 'E-office baru uji coba'],
];

// ---------------------------------------------------------------------------------------------
// Employees for ip-asn-2019 (record rubric). All fictitious.

const PEGAWAI_HEADER = [
  'NIP', 'Nama', 'Unit Kerja', 'Jenis Jabatan', 'Jenis Kelamin', 'Pendidikan Terakhir', 'Diklat Kepemimpinan',
  'Diklat Fungsional', 'Diklat Teknis (JP)', 'Seminar/Workshop (jumlah)', 'Predikat Kinerja (SKP)', 'Hukuman Disiplin',
];
const SETDA = 'Sekretariat Daerah', DISDIK = 'Dinas Pendidikan', DINKES = 'Dinas Kesehatan', BKPSDM = 'BKPSDM';
// [unit, jenis jabatan, jk, pendidikan, diklat pim, diklat fungsional, JP teknis, seminar, predikat SKP, hukdis]
const PEGAWAI = [
  [SETDA, 'Struktural', 'L', 'S-2', 'Ya', 'Ya', 48, 3, 'Sangat Baik', 'Tidak Ada'],
  [SETDA, 'Struktural', 'P', 'S-1', 'Ya', 'Tidak', 20, 1, 'Baik', 'Tidak Ada'],
  [DISDIK, 'Fungsional', 'P', 'S-1', 'Tidak', 'Ya', 14, 1, 'Butuh Perbaikan', 'Sedang'],
  [DISDIK, 'Pelaksana', 'L', 'SLTA', 'Tidak', 'Tidak', 12, 0, 'Baik', 'Ringan'],
  [DINKES, 'Fungsional', 'P', 'S-3', 'Tidak', 'Ya', 32, 2, 'Sangat Baik', 'Tidak Ada'],
  [DINKES, 'Pelaksana', 'L', 'D-III', 'Tidak', 'Tidak', 40, 1, 'Baik', 'Tidak Ada'],
  [BKPSDM, 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', 20, 2, 'Baik', 'Tidak Ada'],
  [BKPSDM, 'Pelaksana', 'P', 'D-I', 'Tidak', 'Tidak', 0, 0, 'Cukup', 'Tidak Ada'],
  [SETDA, 'Pelaksana', 'P', 'S1', '-', '-', 16, 1, 'Sangat Baik', 'Tidak Ada'],
  [DISDIK, 'Fungsional', 'L', 'Magister', 'Tidak', 'Ya', 8, 0, 'Baik', 'Tidak Ada'],
  [DISDIK, 'JFT', 'P', 'D-IV', 'Tidak', 'Tidak', 20, 1, 'Baik', 'Tidak Ada'],
  [DINKES, 'Struktural', 'L', 'S-1', 'Tidak', 'Tidak', 10, 0, 'Kurang', 'Berat'],
  [DINKES, 'Pelaksana', 'P', 'SMK', 'Tidak', 'Tidak', 20, 0, 'Butuh Perbaikan', 'Tidak Ada'],
  [BKPSDM, 'Fungsional', 'L', 'S-1', 'Tidak', 'Ya', 24, 1, 'Sangat Baik', 'Tidak Ada'],
  [BKPSDM, 'Pelaksana', 'L', 'SMP', 'Tidak', 'Tidak', 6, 0, 'Sangat Kurang', 'Ringan'],
  [SETDA, 'Struktural', 'P', 'S-2', 'Ya', 'Tidak', 18, 1, 'Sangat Baik', 'Tidak Ada'],
  [SETDA, 'Fungsional', 'L', 'S-1', 'Tidak', 'Ya', 20, 0, 'Baik', 'Sedang'],
  [DISDIK, 'Pelaksana', 'P', 'D-II', 'Tidak', 'Tidak', 20, 2, 'Baik', 'Tidak Ada'],
  [DISDIK, 'Fungsional', 'P', 'S-2', 'Tidak', 'Ya', 13, 1, 'Baik', 'Tidak Ada'],
  [DINKES, 'Fungsional', 'L', 'D-III', 'Tidak', 'Ya', 20, 1, 'Kurang', 'Tidak Ada'],
  [DINKES, 'Pelaksana', 'L', 'SLTA', 'Tidak', 'Tidak', 20, 1, 'Buruk', 'Tidak Ada'],
  [BKPSDM, 'Struktural', 'P', 'S-1', 'Ya', 'Tidak', 1, 0, 'Baik', 'Tidak Ada'],
  [BKPSDM, 'Fungsional', 'P', 'S-1', 'Tidak', 'Ya', 20, 1, 'Sangat Baik', 'Ringan'],
  [SETDA, 'Pelaksana', 'L', 'D-III', 'Tidak', 'Tidak', 10, 1, 'Baik', 'Tidak Ada'],
  [SETDA, 'Pelaksana', 'P', 'SLTA', 'Tidak', 'Tidak', 25, 0, 'Sangat Baik', 'Tidak Ada'],
  [DISDIK, 'Fungsional', 'L', 'S-1', 'Ya', 'Ya', 60, 4, 'Baik', 'Tidak Ada'],
  [DISDIK, 'Pelaksana', 'P', 'S-1', 'Ya', 'Tidak', 20, 1, 'Baik', 'Tidak Ada'],
  [DINKES, 'Struktural', 'L', 'S-2', 'Ya', 'Tidak', 20, 1, 'Sangat Baik', 'Tidak Ada'],
  [DINKES, 'Fungsional', 'P', 'S-1', 'Tidak', 'Ya', 16, 1, 'Sangat Baik', 'Tidak Ada'],
  [BKPSDM, 'Pelaksana', 'P', 'SD', 'Tidak', 'Tidak', 4, 0, 'Cukup', 'Tidak Pernah'],
];

// ---------------------------------------------------------------------------------------------
// Writers

function checkCodes(name, rows) {
  const codes = rows.map((r) => r[0]).join(',');
  const expected = LEAVES.map((l) => l.code).join(',');
  if (codes !== expected) throw new Error(`${name}: codes ${codes} do not match the rubric's leaves ${expected}`);
}

async function writeWorkbook(file, agency, year, rows) {
  checkCodes(file, rows);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'merit scripts/make-examples.mjs';
  wb.lastModifiedBy = 'merit scripts/make-examples.mjs';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Penilaian', { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.columns = [{ width: 8 }, { width: 60 }, { width: 8 }, { width: 16 }, { width: 52 }, { width: 60 }];

  ws.mergeCells('A1:F1');
  const title = ws.getCell('A1');
  title.value = TITLE;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.getCell('A2').value = 'Instansi:';
  ws.getCell('B2').value = agency;
  ws.getCell('A3').value = 'Tahun:';
  ws.getCell('B3').value = year;
  for (const a of ['A2', 'A3']) ws.getCell(a).font = { bold: true };
  ws.getCell('B3').alignment = { horizontal: 'left' };

  const header = ws.getRow(5);
  header.values = HEADER;
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { bottom: { style: 'thin' } };
  });

  const names = new Map(LEAVES.map((l) => [l.code, l.name]));
  rows.forEach(([code, self, verified, evidence, notes], i) => {
    const row = ws.getRow(6 + i);
    row.getCell(1).value = code;
    row.getCell(2).value = names.get(code);
    row.getCell(3).value = self;
    if (verified !== null) row.getCell(4).value = verified;
    if (typeof evidence === 'object') {
      row.getCell(5).value = { text: evidence.text, hyperlink: evidence.link };
      row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
    } else if (evidence) {
      row.getCell(5).value = evidence;
    }
    if (notes) row.getCell(6).value = notes;
    for (const c of [3, 4]) row.getCell(c).alignment = { horizontal: 'center' };
  });
  writeFileSync(out(file), Buffer.from(await wb.xlsx.writeBuffer()));
}

/** A CSV the way Indonesian Excel saves "CSV UTF-8": BOM, `;` separators, CRLF, `"` quoting. */
function csv(rows) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

function writeEvidenceCsv(file, agency, year, rows) {
  checkCodes(file, rows);
  const names = new Map(LEAVES.map((l) => [l.code, l.name]));
  const blank = ['', '', '', '', '', ''];
  const lines = [
    [TITLE, '', '', '', '', ''],
    ['Instansi:', agency, '', '', '', ''],
    ['Tahun:', year, '', '', '', ''],
    blank,
    HEADER,
    ...rows.map(([code, self, verified, evidence, notes]) => [
      code, names.get(code), self, verified ?? '', typeof evidence === 'object' ? evidence.link : evidence, notes,
    ]),
  ];
  writeFileSync(out(file), csv(lines));
}

function writePegawaiCsv(file) {
  const lines = [
    PEGAWAI_HEADER,
    ...PEGAWAI.map((p, i) => {
      const n = String(i + 1).padStart(2, '0');
      return [`0000000000000000${n}`, `Pegawai Contoh ${n}`, ...p];
    }),
  ];
  writeFileSync(out(file), csv(lines));
}

await writeWorkbook('kab-contoh-baik.xlsx', 'Pemerintah Kabupaten Contoh', 2024, KAB);
await writeWorkbook('prov-contoh-sangat-baik.xlsx', 'Pemerintah Provinsi Contoh', 2024, PROV);
writeEvidenceCsv('kota-contoh.csv', 'Pemerintah Kota Contoh', 2024, KOTA);
writePegawaiCsv('pegawai-contoh.csv');
console.log('wrote examples/kab-contoh-baik.xlsx, examples/prov-contoh-sangat-baik.xlsx, examples/kota-contoh.csv, examples/pegawai-contoh.csv');
