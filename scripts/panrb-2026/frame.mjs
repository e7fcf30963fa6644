// The frame of panrb-19-2025 2.0.0 (see ../make-panrb-2026.mjs): header, sources, profile
// questions, the NISM composite, bands and the nominal scale. Items are in aspects-*.mjs.

export const SRC = {
  lampiran:
    'Permen PANRB 19/2025, Lampiran I (regulation text as shown on pasal.id: https://pasal.id/peraturan/permen/permenpanrb-no-19-tahun-2025/koreksi/9486909)',
  jdih: 'Permen PANRB 19/2025 as summarised by JDIH Kemenko Infrastruktur (https://jdih.kemenkoinfra.go.id/permenpanrb-192025-penyelenggaraan-sistem-merit-dalam-manajemen-aparatur-sipil-negara)',
  worksheet:
    'Kertas Kerja Evaluasi Sistem Merit 2026 (KemenPANRB) in a third-party transcription (Google Apps Script file QuestionBank.gs, repository attribution unconfirmed), not the official file',
  draft:
    'KemenPANRB draft of 28 Aug 2025 as reported in an opinion piece (https://rakyatbengkulu.disway.id/amp/707423/penerapan-sistem-meritokrasi-dalam-pemberlakuan-gaji-tunggal-bagi-asn-di-indonesia-pada-tahun-2026/64)',
  bkn: 'BKN presentation reported by Kanwil Kementerian Hukum Bengkulu, 22 Oct 2025 (https://bengkulu.kemenkum.go.id/berita-utama/dukung-asta-cita-presiden-kementerian-hukum-mantapkan-penerapan-sistem-merit-asn)',
  satuData: 'Satu Data indicator catalogue of Kab. Belitung Timur (https://sdi.beltim.go.id/kodref/09.06.030)',
};

const YES_NO = (yesId, noId) => [
  { value: 'ya', label: { id: 'Ya', en: 'Yes' }, aliases: ['Y', yesId] },
  { value: 'tidak', label: { id: 'Tidak', en: 'No' }, aliases: ['T', noId] },
];

export const PROFILE = [
  {
    code: 'jenis_instansi',
    label: { id: 'Jenis instansi', en: 'Agency type' },
    description: {
      id: 'Pertanyaan pembuka aspek 4: menentukan varian Standar Kompetensi Jabatan yang berlaku (4.1a untuk Instansi Pusat dan Pemerintah Provinsi, 4.1b untuk Pemerintah Kabupaten/Kota).',
      en: 'Opening question of aspect 4: decides which Job Competency Standards variant applies (4.1a for central agencies and provinces, 4.1b for regencies and cities).',
    },
    answers: [
      { value: 'pusat', label: { id: 'Instansi Pusat', en: 'Central agency' }, aliases: ['K/L', 'Kementerian/Lembaga', 'Kementerian', 'Lembaga'] },
      { value: 'provinsi', label: { id: 'Pemerintah Provinsi', en: 'Provincial government' }, aliases: ['Pemprov', 'Pemda Provinsi'] },
      {
        value: 'kabkota',
        label: { id: 'Pemerintah Kabupaten/Kota', en: 'Regency or city government' },
        aliases: ['Kabupaten', 'Kota', 'Pemkab', 'Pemkot', 'Pemerintah Kabupaten', 'Pemerintah Kota'],
      },
    ],
    provenance: {
      source: `${SRC.worksheet}, gate a4q0_jenis_instansi`,
      confidence: 'confirmed',
      note: 'The transcription types this three-way choice as a gate of aspect 4; it switches the SKJ item only. The aliases are ours.',
    },
  },
  {
    code: 'bayar_tpp',
    label: { id: 'Pembayaran TPP (pembuka subaspek 6.3)', en: 'Pays TPP (opening question of sub-aspect 6.3)' },
    description: {
      id: 'Apakah pemerintah provinsi/kabupaten/kota ini membayar Tambahan Penghasilan Pegawai (TPP)? Hanya "Ya" membuat 6.3 berlaku; Instansi Pusat menjawab "Bukan Pemerintah Provinsi/Kabupaten/Kota". Jawaban ini tidak dicocokkan dengan jenis instansi.',
      en: 'Does this provincial, regency or city government pay additional income (TPP)? Only "Yes" makes 6.3 apply; central agencies answer "Not a provincial, regency or city government". The answer is not checked against the agency type.',
    },
    answers: [
      { value: 'bukan_provkab', label: { id: 'Bukan Pemerintah Provinsi/Kabupaten/Kota', en: 'Not a provincial, regency or city government' }, aliases: ['Bukan Pemda'] },
      { value: 'ya', label: { id: 'Ya, membayar TPP', en: 'Yes, pays TPP' }, aliases: ['Y', 'Yes'] },
      { value: 'tidak', label: { id: 'Tidak membayar TPP', en: 'Does not pay TPP' }, aliases: ['T', 'No'] },
    ],
    provenance: {
      source: `${SRC.worksheet}, gate a6q3_gate`,
      confidence: 'uncertain',
      note: 'As transcribed: only "ya" leads to the Tukin/TPP item, so central agencies skip it although ministries pay tukin. Probably a transcription bug (the intent is likely that only regional governments without TPP skip it); not confirmed, so the rubric follows the transcription.',
    },
  },
  {
    code: 'kecelakaan_kerja',
    label: { id: 'Ada kecelakaan kerja pegawai dalam 2 tahun terakhir', en: 'An employee work accident in the last 2 years' },
    description: { id: 'Pertanyaan pembuka subaspek 6.4: "Ya" membuat 6.4b (Jaminan Kecelakaan Kerja) berlaku.', en: 'Opening question of sub-aspect 6.4: "Yes" makes 6.4b (work-accident insurance) apply.' },
    answers: YES_NO('Ada', 'Tidak ada'),
    provenance: { source: `${SRC.worksheet}, gate a6q4_kecelakaan_gate`, confidence: 'confirmed', note: 'Yes/no as transcribed; the aliases are ours.' },
  },
  {
    code: 'kematian_pegawai',
    label: { id: 'Ada pegawai yang meninggal dalam 2 tahun terakhir', en: 'An employee death in the last 2 years' },
    description: { id: 'Pertanyaan pembuka subaspek 6.4: "Ya" membuat 6.4c (Jaminan Kematian) berlaku.', en: 'Opening question of sub-aspect 6.4: "Yes" makes 6.4c (death benefit) apply.' },
    answers: YES_NO('Ada', 'Tidak ada'),
    provenance: { source: `${SRC.worksheet}, gate a6q4_kematian_gate`, confidence: 'confirmed', note: 'Yes/no as transcribed; the aliases are ours.' },
  },
];

export function top() {
  return {
    $schema: './schema/rubric-2.schema.json',
    format: 'merit-rubric/2',
    id: 'panrb-19-2025',
    version: '2.1.0',
    title: {
      id: 'Evaluasi Penerapan Sistem Merit 2026 (Permen PANRB 19/2025)',
      en: 'Merit System Evaluation 2026 (PANRB Ministerial Regulation 19/2025)',
    },
    description: {
      id:
        'Kertas kerja evaluasi Sistem Merit 2026: 8 aspek, 31 butir berskor 0–4 (30 subaspek; Standar Kompetensi Jabatan punya dua varian menurut jenis instansi), dan empat pertanyaan profil yang menentukan butir mana berlaku (27–30 butir per instansi). ' +
        'Nilai aspek = rata-rata skor/4 atas butir yang berlaku; MATURITAS = rata-rata berbobot 8 aspek; NISM = 0,75 × MATURITAS + 0,25 × SURVEI − KOREKSI; tanpa hasil survei NISM belum lengkap dan MATURITAS yang dilaporkan. ' +
        'Aturan batas kategori: nilai tiap aspek, MATURITAS, dan NISM dibulatkan sekali ke 2 desimal (setengah ke atas), baru digolongkan; jadi 0,405 → 0,41 → LANJUTAN. ' +
        'Sementara: butir berasal dari transkripsi pihak ketiga atas kertas kerja, dan bobot aspek 2–8, survei, koreksi, serta batas kategori belum terkonfirmasi.',
      en:
        'The 2026 merit-system evaluation worksheet: 8 aspects, 31 items scored 0–4 (30 sub-aspects; Job Competency Standards has two variants by agency type), and four profile questions that decide which items apply (27–30 per agency). ' +
        'Aspect score = mean of level/4 over the items that apply; MATURITAS = weighted mean of the 8 aspects; NISM = 0.75 × MATURITAS + 0.25 × SURVEI − KOREKSI; without a survey result NISM is incomplete and MATURITAS is reported. ' +
        'Band edge rule: each aspect, MATURITAS and NISM are rounded once to 2 decimals (half up), then classified; so 0.405 → 0.41 → LANJUTAN. ' +
        'Provisional: the items come from a third-party transcription of the worksheet, and the weights of aspects 2–8, the survey, the correction and the band edges are not confirmed.',
    },
    status: 'provisional',
    // Printed by every report under the provisional warning.
    notice: {
      id: 'Bobot aspek 2–7 belum diketahui; pembagian rata sementara (masing-masing 4 dari 30 poin). Bobot aspek 8 (10%) dari draf 2025.',
      en: "Weights of aspects 2–7 are not known; provisional equal split (4 of 30 points each). Aspect 8's 10% is from a 2025 draft.",
    },
    legalBasis: [
      {
        ref: 'Permen PANRB 19/2025',
        title: {
          id: 'Peraturan Menteri PANRB Nomor 19 Tahun 2025 tentang Penyelenggaraan Sistem Merit dalam Manajemen Aparatur Sipil Negara',
          en: 'PANRB Ministerial Regulation 19/2025 on the Merit System in Civil-Service Management (replaces Permen PANRB 40/2018)',
        },
        url: 'https://jdih.kemenkoinfra.go.id/permenpanrb-192025-penyelenggaraan-sistem-merit-dalam-manajemen-aparatur-sipil-negara',
        date: '2025-12-31',
      },
      {
        ref: 'Kertas Kerja Evaluasi Sistem Merit 2026',
        title: {
          id: 'Kertas Kerja Evaluasi Sistem Merit 2026 (KemenPANRB); dipakai dari transkripsi pihak ketiga, bukan berkas resmi',
          en: '2026 Merit System Evaluation Worksheet (KemenPANRB); used from a third-party transcription, not the official file',
        },
      },
    ],
    subject: 'agency',
    provenance: {
      source:
        'Kertas Kerja Evaluasi Sistem Merit 2026, third-party transcription (items, ladders, gates); Permen PANRB 19/2025: Lampiran I on pasal.id (aspect 1) and the JDIH summary (aspects, measurement); KemenPANRB draft of Aug 2025 and BKN of Oct 2025, both as reported (aspect 8 weight, composite, correction, bands). Links in each node\'s provenance.',
      confidence: 'uncertain',
      note:
        'Provisional. Third-party transcription: every item, level ladder and gate comes from a transcription of the 2026 worksheet that has not been checked against the official KemenPANRB file (its header claims 33 scored questions; it holds 31 score entries); "confirmed" on an item means the transcription says so. ' +
        'Confirmed in the regulation: its 8 aspects, and for aspect 1 the name, description, Bobot Aspek 10% and sub-aspects 1.1-1.3 (Lampiran I); measurement by self-assessment and a survey. ' +
        'Secondary only: aspect 8 at 10% (Aug 2025 draft), NISM = 75% maturity + 25% survey, a correction factor, the DASAR-MAJU bands and their use per aspect. ' +
        'Inferred: aspect score = mean of level/4 over the items that apply (items switched off by a profile answer leave the mean); rounding to 2 decimals at each aspect, MATURITAS and NISM. Placeholder: the weights of aspects 2-7 (equal split). ' +
        'Level texts are our own short words, not the worksheet\'s sentences.',
    },
    missing: 'zero',
    rounding: { decimals: 2, mode: 'half-up' },
    evidence: {
      aliases: {
        code: ['Nomor Subaspek', 'Kode Butir'],
        name: ['Pertanyaan', 'Butir'],
        level: ['Skor', 'Skor Mandiri', 'Level Maturitas', 'Tingkat Maturitas'],
        verified: ['Skor Verifikasi', 'Skor Terverifikasi'],
        evidence: ['Dokumen Bukti Dukung'],
        verifierNotes: ['Catatan Verifikator'],
      },
    },
  };
}

export function root(aspects, rounding) {
  const secondary = `${SRC.draft}; ${SRC.bkn}`;
  return {
    code: 'NISM',
    name: { id: 'Nilai Indeks Sistem Merit', en: 'Merit System Index' },
    description: {
      id: 'NISM = 0,75 × MATURITAS + 0,25 × SURVEI − KOREKSI, dibulatkan sekali ke 2 desimal lalu digolongkan.',
      en: 'NISM = 0.75 × MATURITAS + 0.25 × SURVEI − KOREKSI, rounded once to 2 decimals, then classified.',
    },
    aggregate: 'composite',
    fallback: 'MATURITAS',
    rounding,
    provenance: {
      source: `${secondary}; ${SRC.jdih} (measurement by self-assessment and survey)`,
      confidence: 'uncertain',
      note: 'The 75/25 composite is reported by two secondary sources before the regulation was signed (the Aug 2025 draft; BKN in Oct 2025); the regulation summary confirms only that measurement combines self-assessment and a survey. Without a survey result the index is incomplete and MATURITAS stands in (fallback). Rounded once to 2 decimals, half up, then classified.',
    },
    children: [
      {
        code: 'MATURITAS',
        name: { id: 'Maturitas Penyelenggaraan Sistem Merit', en: 'Merit System Maturity' },
        description: {
          id: 'Rata-rata berbobot nilai 8 aspek (bobot dalam poin: A1 3, A2–A7 masing-masing 4, A8 3, dari 30), dibulatkan ke 2 desimal.',
          en: 'Weighted mean of the 8 aspect scores (weights in points: A1 3, A2–A7 4 each, A8 3, of 30), rounded to 2 decimals.',
        },
        aggregate: 'weightedMean',
        weightUnit: 'points',
        scale: 1,
        coefficient: 0.75,
        rounding,
        bands: 'kategori',
        provenance: {
          source: secondary,
          confidence: 'uncertain',
          note: 'Coefficient 0.75 from secondary sources (see NISM). Aspect weights: aspect 1 confirmed, aspect 8 from the draft, aspects 2-7 a placeholder (see each aspect). How levels become maturity is inferred, not seen in any source: each aspect is the plain mean of level/4 over its items that apply, rounded to 2 decimals; MATURITAS is the weighted mean of the aspects, rounded to 2 decimals. The categories are applied per aspect as well, as a regional indicator catalogue does (' + SRC.satuData + ').',
        },
        children: aspects,
      },
      {
        code: 'SURVEI',
        name: { id: 'Survei Kepuasan dan Keterikatan Pegawai ASN', en: 'Employee Satisfaction and Engagement Survey' },
        description: {
          id: 'Hasil survei sebagai angka 0–1 di kolom Level (0–100 atau dengan % juga diterima). Wajib: tanpa hasil survei, NISM belum lengkap.',
          en: 'The survey result as a number 0–1 in the Level column (0–100 or with % is accepted too). Required: without it NISM is incomplete.',
        },
        coefficient: 0.25,
        required: true,
        scoring: { kind: 'number', min: 0, max: 1, percentAccepted: true },
        provenance: {
          source: `${secondary}; ${SRC.jdih} (that a satisfaction survey is part of the measurement)`,
          confidence: 'uncertain',
          note: 'Coefficient 0.25 from secondary sources. How the survey is run and scaled is not known: here its result is a 0-1 figure (a 0-100 figure, or one written with %, is divided by 100).',
        },
      },
      {
        code: 'KOREKSI',
        name: { id: 'Faktor Koreksi', en: 'Correction Factor' },
        description: {
          id: 'Pengurangan karena pelanggaran atau kondisi negatif, 0–1; tulis alasannya di kolom Bukti Dukung atau Catatan. Tanpa baris, tidak ada koreksi.',
          en: 'A deduction for violations or negative conditions, 0–1; write the reason in the evidence or notes column. No row means no correction.',
        },
        coefficient: 1,
        scoring: { kind: 'deduction', max: 1, default: 0 },
        provenance: {
          source: SRC.bkn,
          confidence: 'uncertain',
          note: 'BKN presenters said a correction factor for violations or negative conditions can change the final result; its size and rule are not known. Here an amount from 0 to 1 is subtracted from NISM (0 without a row); the upper bound 1 is a placeholder. The reason is the row\'s evidence or notes.',
        },
      },
    ],
  };
}

const BANDS = [
  ['DASAR', 'Dasar', 'Basic', { min: 0, minInclusive: true, max: 0.41, maxInclusive: false }, '#c0392b', '"0 – 04", read as 0-0.40'],
  ['LANJUTAN', 'Lanjutan', 'Developing', { min: 0.41, minInclusive: true, max: 0.61, maxInclusive: false }, '#e67e22', '"041 – 0,6", read as 0.41-0.60'],
  ['MENENGAH', 'Menengah', 'Intermediate', { min: 0.61, minInclusive: true, max: 0.81, maxInclusive: false }, '#d4ac0d', '"0,61 – 0,8", read as 0.61-0.80'],
  ['TINGGI', 'Tinggi', 'High', { min: 0.81, minInclusive: true, max: 1, maxInclusive: true }, '#2e86c1', '"0,81 – 1", read as 0.81-1.00'],
  ['MAJU', 'Maju', 'Advanced', { min: 1, minInclusive: false }, '#1e8449', '"> 1"'],
];

/**
 * The DASAR-TINGGI bands, for the index (`index`) or as the per-node set (`aspect`). MAJU ("> 1")
 * is no band: no score of this rubric can exceed 1, so it is the index's `outOfRange.above` label
 * (see `maju`), where a future bonus component would land, and an aspect never has it.
 */
export function bands(use) {
  return BANDS.filter(([code]) => code !== 'MAJU').map(([code, id, en, edges, color, printed]) => {
    const edge =
      code === 'MAJU'
        ? 'Above 1: no score of this rubric can reach it (NISM is at most 1; a bonus component is not known).'
        : 'Scores are rounded to 2 decimals (half up) before they are classified, so half-open edges at the printed starts (0.41, 0.61, 0.81) leave no gap: 0.405 rounds to 0.41, LANJUTAN.';
    const where = use === 'aspect' ? ' Applied to each aspect and to MATURITAS; per-aspect use as in the Satu Data catalogue.' : '';
    return {
      code,
      label: { id, en },
      ...edges,
      color,
      provenance: {
        source: use === 'aspect' ? `${SRC.draft}; ${SRC.satuData}` : SRC.draft,
        confidence: 'uncertain',
        note: `Printed as ${printed}. ${edge}${where} Whether the signed regulation kept these bands is not known.`,
      },
    };
  });
}

/** MAJU as the index's label above 1 (printed "> 1" in the draft; unreachable while NISM is at most 1). */
export function maju() {
  const [code, id, en, , color] = BANDS.find(([c]) => c === 'MAJU');
  return { code, label: { id, en }, color };
}

export function nominal() {
  return {
    label: { id: 'NISM dalam persen', en: 'NISM as a percentage' },
    factor: 100,
    unit: '%',
    provenance: { source: 'No source: a presentation of the same index', confidence: 'inferred', note: 'NISM × 100, for reading; changes no score.' },
  };
}
