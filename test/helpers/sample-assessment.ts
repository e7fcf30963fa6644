/**
 * Hand-built Assessments for renderer tests: a KASN-2019-like agency assessment with 8 aspects.
 *
 * Built from a small table of leaves so every number is consistent by construction: leaf points
 * are `level × max/4` (levels 0..4) or `min(cap, value × factor)` for the one linear leaf; parents
 * sum their children; percent = score / max × 100; share = max / 410; coverage = share of the
 * maximum that had usable evidence.
 *
 * - `sampleAssessment()`  — 288.5 of 410, III Baik; one missing leaf, two verified-differs leaves.
 * - `sampleSangatBaik()`  — 327 of 410, IV Sangat Baik; one `--assume` value.
 * - `sampleBelowRange()`  — 65.5 of 410, below Kategori I; many missing, one level out of range.
 */
import { Dec } from '../../src/decimal.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { CellRef, RawValue } from '../../src/evidence/types.js';
import type { LocalText, Provenance } from '../../src/rubric/types.js';
import type { Assessment, LeafTrace, NodeResult, NodeStatus, Predicate, ValueTrace } from '../../src/scoring/types.js';

const SHEET = 'Penilaian';
const FILE = 'examples/kab-contoh-baik.xlsx';
const SB_FILE = 'examples/kota-contoh-sangat-baik.xlsx';
const RUBRIC_MAX = Dec.int(410);
const HUNDRED = Dec.int(100);

// ---------------------------------------------------------------------------------------------
// Rubric shape

interface AspectDef {
  code: string;
  name: LocalText;
  provenance: Provenance;
  leaves: LeafDef[];
}

interface LeafDef {
  code: string;
  name: LocalText;
  max: number;
  /** Linear leaf: points = min(max, value × factor). Otherwise levels 0..4, points = level × max/4. */
  factor?: string;
  provenance?: Provenance;
}

const CONFIRMED: Provenance = { source: 'mkri.id, berita id=17339 (skor ideal per aspek, Juni 2021)', confidence: 'confirmed' };
const INFERRED: Provenance = {
  source: 'Rincian nilai maksimum per aspek tidak diterbitkan; diturunkan dari total 410',
  confidence: 'inferred',
  note: 'Maxima of aspects 6-8 inferred from the published total of 410',
};
const UNCERTAIN: Provenance = { source: 'Praktik penilaian KASN 2021 (tidak resmi)', confidence: 'uncertain' };

const t = (id: string, en: string): LocalText => ({ id, en });

const ASPECTS: AspectDef[] = [
  {
    code: 'A1',
    name: t('Perencanaan Kebutuhan', 'Workforce Planning'),
    provenance: CONFIRMED,
    leaves: [
      { code: 'A1.1', name: t('Analisis jabatan dan analisis beban kerja', 'Job analysis and workload analysis'), max: 10 },
      { code: 'A1.2', name: t('Rencana kebutuhan ASN lima tahun', 'Five-year civil-service needs plan'), max: 10 },
      { code: 'A1.3', name: t('Peta jabatan yang ditetapkan', 'Approved position map'), max: 10 },
      { code: 'A1.4', name: t('Penetapan kebutuhan per jenis jabatan', 'Needs set per position type'), max: 10 },
    ],
  },
  {
    code: 'A2',
    name: t('Pengadaan', 'Recruitment'),
    provenance: CONFIRMED,
    leaves: [
      { code: 'A2.1', name: t('Pengadaan ASN terbuka dan kompetitif', 'Open and competitive recruitment'), max: 10 },
      { code: 'A2.2', name: t('Pengumuman seleksi yang transparan', 'Transparent selection announcements'), max: 10 },
      { code: 'A2.3', name: t('Orientasi dan masa percobaan CPNS', 'Orientation and probation of new hires'), max: 10 },
      { code: 'A2.4', name: t('Pengadaan PPPK sesuai kebutuhan', 'Contract (PPPK) hiring matched to needs'), max: 10 },
    ],
  },
  {
    code: 'A3',
    name: t('Pengembangan Karier', 'Career Development'),
    provenance: CONFIRMED,
    leaves: [
      { code: 'A3.1', name: t('Analisis kesenjangan kompetensi', 'Competency gap analysis'), max: 30 },
      { code: 'A3.2', name: t('Rencana pengembangan kompetensi individu', 'Individual development plans'), max: 30 },
      { code: 'A3.3', name: t('Pola karier yang ditetapkan', 'Established career pattern'), max: 30 },
      { code: 'A3.4', name: t('Manajemen talenta dan kelompok rencana suksesi', 'Talent management and succession pools'), max: 20 },
      { code: 'A3.5', name: t('Pengembangan kompetensi minimal 20 jam pelajaran per tahun', 'At least 20 hours of training per employee per year'), max: 20 },
    ],
  },
  {
    code: 'A4',
    name: t('Promosi dan Mutasi', 'Promotion and Transfer'),
    provenance: CONFIRMED,
    leaves: [
      { code: 'A4.1', name: t('Seleksi terbuka jabatan pimpinan tinggi', 'Open selection for senior executive posts'), max: 20 },
      { code: 'A4.2', name: t('Mutasi berdasarkan kesesuaian kompetensi', 'Transfers based on competency fit'), max: 20 },
    ],
  },
  {
    code: 'A5',
    name: t('Manajemen Kinerja', 'Performance Management'),
    provenance: CONFIRMED,
    leaves: [
      { code: 'A5.1', name: t('Perencanaan kinerja individu (SKP)', 'Individual performance planning (SKP)'), max: 20 },
      { code: 'A5.2', name: t('Pemantauan dan pembinaan kinerja', 'Performance monitoring and coaching'), max: 20 },
      { code: 'A5.3', name: t('Penilaian kinerja berbasis sistem informasi', 'System-based performance appraisal'), max: 20 },
      { code: 'A5.4', name: t('Tindak lanjut hasil penilaian kinerja', 'Follow-up on appraisal results'), max: 20 },
    ],
  },
  {
    code: 'A6',
    name: t('Penggajian, Penghargaan, dan Disiplin', 'Pay, Rewards and Discipline'),
    provenance: INFERRED,
    leaves: [
      { code: 'A6.1', name: t('Tunjangan kinerja berbasis capaian', 'Performance-based allowances'), max: 10 },
      { code: 'A6.2', name: t('Pemberian penghargaan yang terukur', 'Measurable award criteria'), max: 10 },
      { code: 'A6.3', name: t('Penegakan disiplin dan kode etik', 'Enforcement of discipline and code of ethics'), max: 20 },
    ],
  },
  {
    code: 'A7',
    name: t('Perlindungan dan Pelayanan', 'Protection and Services'),
    provenance: INFERRED,
    leaves: [
      { code: 'A7.1', name: t('Jaminan kesehatan, kecelakaan kerja dan pensiun', 'Health, work-accident and pension cover'), max: 10 },
      { code: 'A7.2', name: t('Bantuan hukum dan layanan pengaduan pegawai', 'Legal aid and staff grievance service'), max: 10 },
    ],
  },
  {
    code: 'A8',
    name: t('Sistem Informasi', 'Information Systems'),
    provenance: INFERRED,
    leaves: [
      { code: 'A8.1', name: t('Integrasi data kepegawaian dengan SIASN', 'HR data integrated with SIASN'), max: 10 },
      {
        code: 'A8.2',
        name: t('Kelengkapan data SIASN (%)', 'SIASN data completeness (%)'),
        max: 10,
        factor: '0.1',
        provenance: UNCERTAIN,
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Evidence per leaf

interface LeafEvidence {
  /** Self-assessed level (or value for the linear leaf); raw text when `text`. */
  self?: number;
  verified?: number;
  /** The cell held the number as text ('3'). */
  text?: boolean;
  /** The verified value came from `--assume`. */
  assumed?: boolean;
  evidence?: string;
  notes?: string;
  /** Value is present but unusable (level out of range). */
  invalid?: boolean;
}

type EvidenceSet = Record<string, LeafEvidence>;

const BAIK: EvidenceSet = {
  'A1.1': { self: 3, verified: 3, evidence: 'Dokumen Anjab-ABK 2024 (SK Bupati No. 800/112/2024)' },
  'A1.2': { self: 3, verified: 3, evidence: 'Renstra BKPSDM 2021-2026, Bab IV' },
  'A1.3': { self: 4, verified: 4, evidence: 'https://bkpsdm.contoh.go.id/peta-jabatan-2024.pdf' },
  'A1.4': { self: 3, verified: 3, text: true, evidence: 'Usulan formasi 2024', notes: '- dokumen belum ditandatangani' },
  'A2.1': { self: 4, verified: 3, evidence: 'Laporan seleksi CASN 2023', notes: 'Verifikator: bukti seleksi PPPK belum lengkap' },
  'A2.2': { self: 3, verified: 3, evidence: 'Pengumuman No. 810/45/BKPSDM/2023' },
  'A2.3': { self: 3, text: true, evidence: 'Jadwal orientasi CPNS 2023' },
  'A2.4': { self: 3, verified: 3, evidence: 'Formasi PPPK 2023 | lampiran 2' },
  'A3.1': { self: 3, verified: 3, evidence: 'Laporan analisis kesenjangan kompetensi 2024' },
  'A3.2': { self: 3, verified: 3, evidence: 'IDP pegawai (sampel 40 orang)' },
  'A3.3': { self: 3, verified: 2, evidence: 'Perbup No. 17/2022 tentang Pola Karier', notes: 'Pola karier belum diterapkan pada jabatan fungsional' },
  'A3.4': { self: 3, verified: 3, evidence: 'SK Tim Manajemen Talenta No. 800/77/2024' },
  'A3.5': { self: 3, verified: 3, evidence: 'Rekap JP pelatihan 2024 <lihat lampiran>' },
  'A4.1': { self: 3, verified: 3, evidence: 'Laporan Pansel JPT Pratama 2024' },
  'A4.2': { self: 2, verified: 2, evidence: 'SK mutasi & hasil uji kompetensi' },
  'A5.1': { self: 3, verified: 3, evidence: 'e-Kinerja: rekap SKP 2024' },
  'A5.2': { self: 3, verified: 3, evidence: 'Notulen dialog kinerja triwulan' },
  'A5.3': { self: 3, verified: 3, evidence: 'Aplikasi e-Kinerja BKN' },
  // A5.4: no row in the workbook (missing, counted as zero).
  'A6.1': { self: 4, verified: 4, evidence: 'Perbup TPP No. 5/2024' },
  'A6.2': { self: 3, verified: 3, evidence: 'SK penghargaan pegawai teladan 2024' },
  'A6.3': { self: 3, verified: 3, evidence: 'Rekap hukuman disiplin 2024' },
  'A7.1': { self: 3, verified: 3, evidence: 'Daftar kepesertaan BPJS Kesehatan & Taspen' },
  'A7.2': { self: 3, verified: 3, evidence: 'SOP layanan pengaduan pegawai' },
  'A8.1': { self: 4, verified: 4, evidence: 'Berita acara integrasi SIMPEG-SIASN' },
  'A8.2': { self: 85, verified: 85, evidence: 'Dashboard SIASN per 31-12-2024' },
};

const SANGAT_BAIK: EvidenceSet = {
  ...BAIK,
  'A3.1': { self: 4, verified: 4, evidence: 'Laporan analisis kesenjangan kompetensi 2024' },
  'A3.2': { self: 4, verified: 4, evidence: 'IDP seluruh pegawai' },
  'A3.3': { self: 4, verified: 3, evidence: 'Perbup No. 17/2022 tentang Pola Karier' },
  'A5.4': { verified: 3, assumed: true },
  'A8.2': { self: 95, verified: 95, evidence: 'Dashboard SIASN per 31-12-2024' },
};

const BELOW: EvidenceSet = {
  'A1.1': { self: 2, verified: 2, evidence: 'Draf Anjab 2024' },
  'A1.2': { self: 2, verified: 2 },
  'A2.1': { self: 2, verified: 1, evidence: 'Pengumuman seleksi 2023', notes: 'Seleksi hanya untuk CPNS' },
  'A3.1': { self: 2, verified: 2, evidence: 'Analisis kompetensi (draf)' },
  'A3.4': { self: 1, verified: 1 },
  'A4.1': { self: 5, invalid: true, evidence: 'Laporan Pansel', notes: '=HYPERLINK("http://contoh.invalid","klik")' },
  'A5.1': { self: 2, verified: 2, evidence: 'Rekap SKP' },
  'A6.3': { self: 2, verified: 2, text: true },
  'A7.1': { self: 2, verified: 2, evidence: '+ BPJS Kesehatan' },
  'A8.2': { self: 80, verified: 80, evidence: '@SIASN dashboard' },
};

// ---------------------------------------------------------------------------------------------
// Builder

const HEADER_ROW = 6;

function cell(column: 'C' | 'D', row: number): CellRef {
  return { sheet: SHEET, cell: `${column}${row}`, row, column: column === 'C' ? 3 : 4 };
}

function buildLeaf(def: LeafDef, ev: LeafEvidence | undefined, row: number): NodeResult {
  const max = Dec.int(def.max);
  const linear = def.factor !== undefined;
  const step = max.div(Dec.int(4));
  const pointsFor = (v: number): Dec => (linear ? Dec.int(v).mul(Dec.parse(def.factor!)!).min(max) : Dec.int(v).mul(step));
  const ruleFor = (v: number): string => (linear ? `min(${def.max}, ${v} × ${def.factor})` : `level ${v} × ${step.toString()}`);

  const valueTrace = (v: number, col: 'C' | 'D', assumed = false): ValueTrace => {
    const raw: RawValue = ev?.text ? String(v) : v;
    const points = ev?.invalid ? null : pointsFor(v);
    const trace: ValueTrace = assumed ? { raw: String(v), parsed: v, points, assumed: true } : { ref: cell(col, row), raw, parsed: v, points };
    return trace;
  };

  const self = ev?.self !== undefined ? valueTrace(ev.self, 'C') : undefined;
  const verified = ev?.verified !== undefined ? valueTrace(ev.verified, 'D', ev.assumed) : undefined;
  const usedTrace = verified ?? self;
  const used: LeafTrace['used'] = verified ? 'verified' : self ? 'self' : 'none';

  let status: NodeStatus;
  if (!usedTrace) status = 'missing';
  else if (usedTrace.points === null) status = 'error';
  else status = 'scored';

  const score = usedTrace?.points ?? Dec.ZERO;
  const selfScore = self?.points ?? Dec.ZERO;
  const usedValue = ev?.verified ?? ev?.self;
  const rule =
    status === 'missing'
      ? 'no evidence → 0'
      : status === 'error'
        ? `level ${usedValue} out of range 0..4 → 0`
        : ruleFor(usedValue!);

  const trace: LeafTrace = { kind: linear ? 'linear' : 'levels', used, rule };
  if (self) trace.self = self;
  if (verified) trace.verified = verified;
  if (ev?.evidence !== undefined) trace.evidence = ev.evidence;
  if (ev?.notes !== undefined) trace.notes = ev.notes;

  const node: NodeResult = {
    code: def.code,
    name: def.name,
    kind: 'leaf',
    depth: 2,
    weight: Dec.ONE,
    status,
    score,
    selfScore,
    max,
    percent: score.div(max).mul(HUNDRED),
    share: max.div(RUBRIC_MAX),
    coverage: status === 'scored' ? Dec.ONE : Dec.ZERO,
    missingPolicy: 'zero',
    trace,
  };
  if (def.provenance) node.provenance = def.provenance;
  return node;
}

function group(code: string, name: LocalText, depth: number, children: NodeResult[], provenance?: Provenance): NodeResult {
  const score = Dec.sum(children.map((c) => c.score));
  const selfScore = Dec.sum(children.map((c) => c.selfScore));
  const max = Dec.sum(children.map((c) => c.max));
  const covered = Dec.sum(children.map((c) => c.coverage.mul(c.max)));
  const statuses = children.map((c) => c.status);
  const status: NodeStatus = statuses.includes('error') ? 'error' : statuses.every((s) => s === 'missing') ? 'missing' : 'scored';
  const node: NodeResult = {
    code,
    name,
    kind: 'group',
    depth,
    aggregate: 'sum',
    weight: Dec.ONE,
    status,
    score,
    selfScore,
    max,
    percent: max.isZero() ? null : score.div(max).mul(HUNDRED),
    share: max.div(RUBRIC_MAX),
    coverage: max.isZero() ? Dec.ZERO : covered.div(max),
    missingPolicy: 'zero',
    children,
  };
  if (provenance) node.provenance = provenance;
  return node;
}

function buildRoot(evidence: EvidenceSet): NodeResult {
  let row = HEADER_ROW;
  const aspects = ASPECTS.map((a) => {
    const leaves = a.leaves.map((l) => {
      const ev = evidence[l.code];
      if (ev && !ev.assumed) row++;
      return buildLeaf(l, ev, row);
    });
    return group(a.code, a.name, 1, leaves, a.provenance);
  });
  return group('KASN', t('Indeks Sistem Merit', 'Merit System Index'), 0, aspects);
}

// ---------------------------------------------------------------------------------------------
// Bands

const BANDS: { code: string; label: LocalText; min: number; color: string }[] = [
  { code: 'I', label: t('Buruk', 'Poor'), min: 100, color: '#c62828' },
  { code: 'II', label: t('Kurang', 'Fair'), min: 175, color: '#ef6c00' },
  { code: 'III', label: t('Baik', 'Good'), min: 250, color: '#2e7d32' },
  { code: 'IV', label: t('Sangat Baik', 'Very Good'), min: 325, color: '#1565c0' },
];

/** The same bands as a rubric file declares them. */
export const SCALE: Assessment['scale'] = {
  bands: BANDS.map((b, i) => ({
    code: b.code,
    label: b.label,
    min: b.min,
    ...(BANDS[i + 1] ? { max: BANDS[i + 1]!.min } : {}),
    color: b.color,
  })),
  outOfRange: { below: { code: 'BELOW', label: t('Di bawah Kategori I', 'Below Category I') } },
};

export function predicateFor(score: Dec): Predicate {
  let found: Predicate | undefined;
  for (const b of BANDS) if (score.gte(Dec.int(b.min))) found = { code: b.code, label: b.label, color: b.color, kind: 'band' };
  return (
    found ?? {
      code: 'BELOW',
      label: t('Di bawah Kategori I', 'Below Kategori I'),
      color: '#6d4c41',
      kind: 'below',
    }
  );
}

// ---------------------------------------------------------------------------------------------
// Assessments

const SHA_RUBRIC = '3f1c9a7e5b2d4068a1e9c3b7d5f20486e1a3c5b7d9f1e2a4c6b8d0f2e4a6c8b0';
const SHA_INPUT = '9b2e4d6f8a0c1e3f5a7b9c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e1f';

function build(evidence: EvidenceSet, input: { path: string; sha256: string }, subject: Assessment['subject'], extra: Partial<Assessment>): Assessment {
  const root = buildRoot(evidence);
  const score = root.score; // every leaf is already a multiple of 0.5: rounding changes nothing
  const provisionalNodes = [...walk(root)].filter((n) => n.provenance && n.provenance.confidence !== 'confirmed');
  const a: Assessment = {
    tool: { name: 'merit', version: '0.1.0' },
    rubric: {
      id: 'kasn-2019',
      version: '1.0.0',
      sha256: SHA_RUBRIC,
      title: t('Penilaian Sistem Merit (Peraturan KASN 9/2019)', 'Merit System Assessment (KASN Regulation 9/2019)'),
      status: 'provisional',
      subject: 'agency',
      source: 'kasn-2019',
    },
    input: { path: input.path, sha256: input.sha256, format: 'xlsx', sheet: SHEET },
    subject,
    score,
    unroundedScore: root.score,
    selfScore: root.selfScore,
    max: root.max,
    percent: score.div(root.max).mul(HUNDRED),
    coverage: root.coverage,
    predicate: predicateFor(score),
    selfPredicate: predicateFor(root.selfScore),
    scale: SCALE,
    root,
    assumptions: [],
    provisional: {
      rubric: true,
      parts: [
        { kind: 'rubric', code: 'kasn-2019', confidence: 'inferred', source: 'Lampiran Peraturan KASN 9/2019 tidak tersedia; bobot direkonstruksi' },
        ...provisionalNodes.map((n) => ({ kind: 'node' as const, code: n.code, confidence: n.provenance!.confidence, source: n.provenance!.source })),
        { kind: 'band', code: 'IV', confidence: 'inferred', source: 'Batas ≥ 325 dari contoh publikasi KASN' },
      ],
    },
    diagnostics: [],
    ...extra,
  };
  return a;
}

function* walk(n: NodeResult): Generator<NodeResult> {
  for (const c of n.children ?? []) {
    yield c;
    yield* walk(c);
  }
}

const verifiedDiffers = (file: string, code: string, row: number, self: number, verified: number): Diagnostic => ({
  code: 'SCORE_VERIFIED_DIFFERS',
  severity: 'info',
  args: { code, self, verified },
  location: { file, sheet: SHEET, cell: `D${row}`, row, code },
});

const missing = (file: string, code: string): Diagnostic => ({
  code: 'SCORE_MISSING_EVIDENCE',
  severity: 'warning',
  args: { code, hasRow: false, policy: 'zero' },
  location: { file, code },
});

const BAIK_DIAGNOSTICS: Diagnostic[] = [
  missing(FILE, 'A5.4'),
  {
    code: 'SCORE_DUPLICATE_CODE',
    severity: 'warning',
    args: { value: 'A3.2', first: 'Penilaian!A16', same: true },
    location: { file: FILE, sheet: SHEET, cell: 'A32', row: 32, code: 'A3.2' },
  },
  verifiedDiffers(FILE, 'A2.1', 11, 4, 3),
  verifiedDiffers(FILE, 'A3.3', 17, 3, 2),
];

/** 288.5 of 410, III Baik (self 298.5, also Baik). Overrides are spread over the result. */
export function sampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return build(
    BAIK,
    { path: FILE, sha256: SHA_INPUT },
    { name: 'Kabupaten Contoh', period: '2024', source: 'workbook' },
    { diagnostics: BAIK_DIAGNOSTICS, ...overrides },
  );
}

/** 327 of 410, IV Sangat Baik (self 322, III Baik), with one `--assume A5.4=3`. */
export function sampleSangatBaik(overrides: Partial<Assessment> = {}): Assessment {
  return build(
    SANGAT_BAIK,
    { path: SB_FILE, sha256: 'c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6' },
    { name: 'Kota Contoh', period: '2024', source: 'workbook' },
    {
      assumptions: [{ code: 'A5.4', value: '3' }],
      diagnostics: [verifiedDiffers(SB_FILE, 'A2.1', 11, 4, 3), verifiedDiffers(SB_FILE, 'A3.3', 17, 4, 3)],
      ...overrides,
    },
  );
}

const MISSING_BELOW = ['A1.3', 'A1.4', 'A2.2', 'A2.3', 'A2.4', 'A3.2', 'A3.3', 'A3.5', 'A4.2', 'A5.2', 'A5.3', 'A5.4', 'A6.1', 'A6.2', 'A7.2', 'A8.1'];

/** 65.5 of 410: below Kategori I. Many criteria missing, one level out of range (error). */
export function sampleBelowRange(overrides: Partial<Assessment> = {}): Assessment {
  const path = 'examples/kab-contoh-kurang.xlsx';
  return build(
    BELOW,
    { path, sha256: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' },
    { name: 'kab-contoh-kurang', source: 'filename' },
    {
      diagnostics: [
        {
          code: 'SCORE_LEVEL_OUT_OF_RANGE',
          severity: 'error',
          args: { column: 'self', value: '5', level: '5', code: 'A4.1', allowed: '0, 1, 2, 3, 4' },
          location: { file: path, sheet: SHEET, cell: 'C12', row: 12, code: 'A4.1' },
        },
        ...MISSING_BELOW.map((code) => missing(path, code)),
        verifiedDiffers(path, 'A2.1', 9, 2, 1),
      ],
      ...overrides,
    },
  );
}
