/** Indonesian words of the evidence template (`merit template`). */
import type { MissingPolicy } from '../../vocabulary.js';
import type { TemplateWords } from '../ui-types.js';
import { templateV2 } from './v2.js';

const MISSING: Record<MissingPolicy, string> = {
  zero: 'dinilai 0',
  exclude: 'tidak dihitung (dikeluarkan juga dari nilai maksimum)',
  error: 'dianggap galat: setiap kriteria harus diisi',
};

export const template: TemplateWords = {
  instructionsSheet: 'Petunjuk',
  instructionsTitle: 'Petunjuk pengisian berkas bukti',
  aspectHeaders: ['Aspek', 'Kelompok Aspek', 'Induk'],
  subjectLabel: 'Instansi:',
  periodLabel: 'Tahun:',
  rubricLine: (r, v, s) => `Rubrik ${r} versi ${v} (${s})`,
  seeInstructions: (sheet) => `lihat lembar ${sheet}`,

  rubricKey: 'Rubrik',
  version: (v) => `versi ${v}`,
  statusKey: 'Status',
  official: 'Resmi: bobot dan kriteria diambil dari lampiran resmi peraturan.',
  legalKey: 'Dasar hukum',
  stepsKey: 'Cara mengisi',
  steps: (o) => [
    `Buka lembar ${o.evidenceSheet}. Isi nama instansi di sebelah "${o.subjectLabel}" dan tahun penilaian di sebelah "${o.periodLabel}".`,
    `Untuk setiap kriteria, pilih level capaian di kolom ${o.levelHeader} dari daftar pilihan. Arti setiap level dan poinnya ada di catatan sel level (arahkan kursor ke sel) dan di tabel level di bawah.`,
    `Tulis bukti dukung (tautan atau nama dokumen) di kolom ${o.evidenceHeader}, dan keterangan bila perlu di kolom ${o.notesHeader}.`,
    `Kolom ${o.verifiedHeader} diisi oleh verifikator (asesor), bukan oleh instansi. Bila terisi, level verifikasi yang dihitung.`,
    `Kosongkan sel level bila tidak ada bukti: menurut rubrik ini kriteria tanpa bukti ${MISSING[o.missing]}.`,
    'Jangan mengubah kode, judul kolom, atau lembar tersembunyi _merit (identitas rubrik). Baris dan kolom lain boleh diubah ukurannya.',
    `Hitung nilai: merit score <berkas> --rubric ${o.rubric}`,
  ],
  columnsKey: 'Kolom',
  columnMeaning: {
    code: 'Kode kriteria dari rubrik. Jangan diubah: baris dicocokkan dengan rubrik melalui kode ini.',
    aspect: 'Aspek (kelompok teratas) tempat kriteria berada. Hanya keterangan.',
    name: 'Nama kriteria. Hanya keterangan.',
    level: 'Level penilaian mandiri oleh instansi (pilih dari daftar).',
    verified: 'Level hasil verifikasi, diisi verifikator. Bila terisi, level ini yang dihitung.',
    evidence: 'Bukti dukung: tautan atau nama dokumen.',
    notes: 'Catatan instansi.',
    verifierNotes: 'Catatan verifikator.',
  },
  levelsKey: 'Arti level',
  levelsGeneral:
    'Level 0 berarti tidak ada bukti; level yang lebih tinggi berarti penerapan yang lebih lengkap dan terbukti. Poin setiap level untuk tiap kriteria ada di catatan sel level.',
  levelsOf: (what) => `Level ${what}`,
  otherKindsKey: 'Kriteria bukan level',
  stampKey: 'Lembar _merit',
  stampText: (sheet) =>
    `Lembar tersembunyi ${sheet} mencatat id, versi, dan sidik (sha256) rubrik. merit memperingatkan bila berkas ini dinilai dengan rubrik atau versi lain.`,

  points: (p) => `${p} poin`,
  maxPoints: (p) => `maks ${p} poin`,
  linearRule: (o) =>
    `Isi angka. Poin = nilai × ${o.factor}${o.offset ? ` + ${o.offset}` : ''}, paling rendah ${o.floor}, paling tinggi ${o.cap}${o.at ? ` (tercapai pada nilai ${o.at})` : ''}.`,
  thresholdStep: (op, min, p) => `${op} ${min} → ${p} poin`,
  otherwise: (p) => `lainnya → ${p} poin`,
  lookupDefault: (p) => `nilai lain → ${p} poin`,
  yes: 'Ya',
  no: 'Tidak',
  chooseLevel: 'Pilih level',
  chooseValue: 'Pilih nilai',
  enterNumber: 'Isi angka',
  orPercent: 'atau persen 0–100',
  invalidTitle: 'Nilai tidak sah',
  invalidList: (a) => `Pilih salah satu: ${a}`,
  invalidNumber: (r) => `Isi angka ${r}.`,
  v2: templateV2,
};
