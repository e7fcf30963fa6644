/**
 * Words of the evidence template (`merit template`), in Indonesian and English. The instructions
 * sheet shows both languages side by side, so both dictionaries are used at once; the evidence
 * sheet uses the chosen one. Column headers are not here: they are spellings the reader knows
 * (src/evidence/header.ts), chosen in layout.ts.
 */
import type { Lang } from '../diagnostics.js';
import type { EvidenceField, MissingPolicy } from '../rubric/types.js';

/** What the steps name: the evidence sheet's actual labels and headers, the rubric's policy. */
export interface StepArgs {
  evidenceSheet: string;
  subjectLabel: string;
  periodLabel: string;
  levelHeader: string;
  verifiedHeader: string;
  evidenceHeader: string;
  notesHeader: string;
  missing: MissingPolicy;
  rubric: string;
}

export interface TemplateWords {
  instructionsSheet: string;
  instructionsTitle: string;
  /** The aspect column's header: the first spelling the reader does not take for a field wins. */
  aspectHeaders: readonly string[];
  /** Label cells above the header; each must be a label the reader recognises (META_LABELS). */
  subjectLabel: string;
  periodLabel: string;
  /** Second title row of the evidence sheet. */
  rubricLine: (id: string, version: string, status: string) => string;
  seeInstructions: (sheet: string) => string;

  // Instructions sheet: row keys (column A) and texts
  rubricKey: string;
  version: (version: string) => string;
  statusKey: string;
  official: string;
  legalKey: string;
  stepsKey: string;
  steps: (o: StepArgs) => string[];
  columnsKey: string;
  /** What each column holds. */
  columnMeaning: Record<EvidenceField | 'aspect', string>;
  levelsKey: string;
  levelsGeneral: string;
  /** Heading of a leaf's own levels table, or of a scale without a label. */
  levelsOf: (what: string) => string;
  otherKindsKey: string;
  stampKey: string;
  stampText: (sheet: string) => string;

  // Notes and prompts on the input cells
  points: (p: string) => string;
  maxPoints: (p: string) => string;
  /** Linear leaf: value × factor (+ offset), within floor..cap; `at` is the value reaching the cap. */
  linearRule: (o: { factor: string; offset?: string; cap: string; floor: string; at?: string }) => string;
  thresholdStep: (op: '≥' | '>', min: string, points: string) => string;
  otherwise: (points: string) => string;
  lookupDefault: (points: string) => string;
  yes: string;
  no: string;
  chooseLevel: string;
  chooseValue: string;
  enterNumber: string;
  /** Data validation error box. */
  invalidTitle: string;
  invalidList: (allowed: string) => string;
  invalidNumber: (range: string) => string;
}

const MISSING_ID: Record<MissingPolicy, string> = {
  zero: 'dinilai 0',
  exclude: 'tidak dihitung (dikeluarkan juga dari nilai maksimum)',
  error: 'dianggap galat: setiap kriteria harus diisi',
};
const MISSING_EN: Record<MissingPolicy, string> = {
  zero: 'scores 0',
  exclude: 'is left out (of the maximum too)',
  error: 'is an error: every criterion must be filled in',
};

const id: TemplateWords = {
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
    `Kosongkan sel level bila tidak ada bukti: menurut rubrik ini kriteria tanpa bukti ${MISSING_ID[o.missing]}.`,
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
  invalidTitle: 'Nilai tidak sah',
  invalidList: (a) => `Pilih salah satu: ${a}`,
  invalidNumber: (r) => `Isi angka ${r}.`,
};

const en: TemplateWords = {
  instructionsSheet: 'Instructions',
  instructionsTitle: 'How to fill in this evidence workbook',
  aspectHeaders: ['Aspect', 'Aspect group', 'Parent aspect'],
  subjectLabel: 'Agency:',
  periodLabel: 'Year:',
  rubricLine: (r, v, s) => `Rubric ${r} version ${v} (${s})`,
  seeInstructions: (sheet) => `see the ${sheet} sheet`,

  rubricKey: 'Rubric',
  version: (v) => `version ${v}`,
  statusKey: 'Status',
  official: "Official: weights and criteria are taken from the regulation's official annex.",
  legalKey: 'Legal basis',
  stepsKey: 'How to fill it in',
  steps: (o) => [
    `Open the ${o.evidenceSheet} sheet. Write the agency's name next to "${o.subjectLabel}" and the assessment year next to "${o.periodLabel}".`,
    `For every criterion, choose the level reached in the ${o.levelHeader} column from the list. What each level means and the points it gives are in the level cell's note (hover over the cell) and in the level tables below.`,
    `Write the supporting evidence (a link or a document name) in the ${o.evidenceHeader} column, and any remarks in the ${o.notesHeader} column.`,
    `The ${o.verifiedHeader} column is for the assessor (verifier), not for the agency. Where it is filled in, the verified level counts.`,
    `Leave a level cell empty when there is no evidence: under this rubric a criterion without evidence ${MISSING_EN[o.missing]}.`,
    'Do not change the codes, the column headers or the hidden _merit sheet (the rubric\'s identity). Rows and columns may be resized.',
    `Score it: merit score <file> --rubric ${o.rubric}`,
  ],
  columnsKey: 'Columns',
  columnMeaning: {
    code: 'Criterion code from the rubric. Do not change it: rows are matched to the rubric by this code.',
    aspect: 'The aspect (top-level group) the criterion belongs to. For information only.',
    name: 'Criterion name. For information only.',
    level: "The agency's self-assessed level (choose from the list).",
    verified: 'The level after verification, filled in by the assessor. Where present, this level counts.',
    evidence: 'Supporting evidence: a link or a document name.',
    notes: "The agency's notes.",
    verifierNotes: "The assessor's notes.",
  },
  levelsKey: 'What the levels mean',
  levelsGeneral:
    "Level 0 means no evidence; a higher level means a more complete, evidenced practice. Each criterion's points per level are in its level cell's note.",
  levelsOf: (what) => `Levels of ${what}`,
  otherKindsKey: 'Criteria without levels',
  stampKey: 'The _merit sheet',
  stampText: (sheet) =>
    `The hidden ${sheet} sheet records the rubric's id, version and fingerprint (sha256). merit warns when this workbook is scored with another rubric or version.`,

  points: (p) => `${p} point${p === '1' ? '' : 's'}`,
  maxPoints: (p) => `max ${p} point${p === '1' ? '' : 's'}`,
  linearRule: (o) =>
    `Enter a number. Points = value × ${o.factor}${o.offset ? ` + ${o.offset}` : ''}, at least ${o.floor}, at most ${o.cap}${o.at ? ` (reached at ${o.at})` : ''}.`,
  thresholdStep: (op, min, p) => `${op} ${min} → ${p} point${p === '1' ? '' : 's'}`,
  otherwise: (p) => `otherwise → ${p} point${p === '1' ? '' : 's'}`,
  lookupDefault: (p) => `any other value → ${p} point${p === '1' ? '' : 's'}`,
  yes: 'Yes',
  no: 'No',
  chooseLevel: 'Choose a level',
  chooseValue: 'Choose a value',
  enterNumber: 'Enter a number',
  invalidTitle: 'Invalid value',
  invalidList: (a) => `Choose one of: ${a}`,
  invalidNumber: (r) => `Enter a number ${r}.`,
};

export const TEMPLATE_WORDS: Readonly<Record<Lang, TemplateWords>> = { id, en };

/** A number as the language writes it: 3,5 in Indonesian, 3.5 in English. */
export function localNumber(text: string, lang: Lang): string {
  return lang === 'id' ? text.replace('.', ',') : text;
}
