// Aspects 5-8 of panrb-19-2025 2.0.0 as a compact own-words table (see ../make-panrb-2026.mjs and
// the head of aspects-1-4.mjs for the conventions).

/** The shared ladder of the four social-security items (6.4a-d): what differs is the benefit. */
function socialSecurity(benefitId, benefitEn, who, whoEn, evidence) {
  const [ev1, ev1En] = evidence;
  return [
    [`Tidak ada catatan bahwa instansi mengurus administrasi dan keuangan ${benefitId} bagi ${who} yang berhak.`, `No record that the agency handles the paperwork and payments for ${benefitEn} of entitled ${whoEn}.`],
    ['Bantuan itu baru sebagian tercatat.', 'That support is only partly on record.', ev1, ev1En],
    ['Bantuan tercatat lengkap, tetapi prosesnya terlambat.', 'The support is fully on record, but processed late.', ev1, ev1En],
    ['Seperti skor 2, dan prosesnya tepat waktu.', 'As level 2, and processed on time.', ev1, ev1En],
    ['Seperti skor 3, dan pelaksanaannya dilaporkan.', 'As level 3, and the work is reported.', 'Laporan tentang bantuan itu.', 'A report on that support.'],
  ];
}

export const ASPECTS_5_8 = [
  {
    code: 'A5',
    no: 5,
    name: ['Penguatan Budaya Kerja dan Citra Institusi', 'Strengthening Work Culture and Institutional Image'],
    desc: [
      'Instansi menanamkan dan menerapkan nilai dasar ASN BerAKHLAK lewat internalisasi, keteladanan dan kepemimpinan, serta dukungan kebijakan.',
      'The agency instils and practises the BerAKHLAK core values through internalisation, role models and leadership, and policy support.',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '5.1',
        ws: 'a5q1',
        name: ['Internalisasi Nilai Dasar ASN', 'Internalising the Core Values of the Civil Service'],
        desc: [
          'Internalisasi BerAKHLAK: satu arah (lewat media seperti banner, flyer, video) dan dua arah (sosialisasi tatap muka, pelatihan, berbagi pengetahuan, benchmarking).',
          'Internalising BerAKHLAK: one-way (media such as banners, flyers, videos) and two-way (face-to-face sessions, training, knowledge sharing, benchmarking).',
        ],
        levels: [
          ['Nilai dasar belum diinternalisasi.', 'The core values have not been internalised.'],
          ['Internalisasi memakai salah satu cara: satu arah atau dua arah.', 'One-way or two-way internalisation.', 'Laporan serta foto atau catatan kegiatan internalisasi.', 'Reports and records of internalisation.'],
          ['Internalisasi memakai kedua cara (satu arah dan dua arah) dan lintas unit.', 'Both one-way and two-way internalisation, across units.', 'Laporan serta foto atau catatan kegiatan internalisasi.', 'Reports and records of internalisation.'],
          ['Seperti skor 2, dan melibatkan pimpinan serta berjalan rutin dan berkelanjutan.', 'As level 2, and leaders take part and it runs routinely and continuously.', 'Laporan serta foto atau catatan kegiatan internalisasi.', 'Reports and records of internalisation.'],
          ['Seperti skor 3, dan terbukti mengubah perilaku menurut pengukuran internal, dengan perbaikan berkelanjutan atas hasilnya.', 'As level 3, and an internal measurement shows changed behaviour, with continuous improvement on its results.', 'Laporan pengukuran internal penerapan nilai dasar, bisa diperkuat fakta eksternal (ulasan publik, testimoni, survei kepuasan).', 'An internal measurement of the values in practice, possibly backed by outside facts (public reviews, testimonials, satisfaction surveys).'],
        ],
      },
      {
        code: '5.2',
        ws: 'a5q2',
        name: ['Keteladanan dan Kepemimpinan — Pimpinan', 'Role Models and Leadership — the Head of Agency'],
        desc: [
          'Komitmen nyata pimpinan tertinggi pada nilai dasar ASN, dan programnya yang berdampak pada mutu pelayanan publik.',
          'The top leader\'s visible commitment to the core values, and programmes that improve public services.',
        ],
        levels: [
          ['Pimpinan tertinggi belum berkomitmen secara terbuka.', 'The head has not declared a commitment.'],
          ['Pimpinan sudah menyatakan komitmen (peluncuran, video komitmen, pencanangan BerAKHLAK).', 'The head has declared a commitment (launch, commitment video, BerAKHLAK pledge).', 'Dokumentasi komitmen pimpinan.', 'Records of the commitment.'],
          ['Seperti skor 1, ditambah program atau kegiatan pimpinan untuk mendorong praktik nilai dasar.', 'As level 1, and the head has programmes or activities that promote the values.', 'Dokumentasi program atau kegiatan pimpinan.', 'Records of the head\'s programmes or activities.'],
          ['Seperti skor 2, dan program itu sudah dijalankan dan dievaluasi.', 'As level 2, and the programmes have been carried out and evaluated.', 'Laporan kegiatan dan evaluasinya.', 'Activity and evaluation reports.'],
          ['Seperti skor 3, dan program itu meningkatkan mutu pelayanan publik.', 'As level 3, and the programmes have improved public services.', 'Bukti peningkatan mutu pelayanan publik.', 'Proof that public services improved.'],
        ],
      },
      {
        code: '5.3',
        ws: 'a5q3',
        name: ['Keteladanan dan Kepemimpinan — Agen Perubahan', 'Role Models and Leadership — Change Agents'],
        desc: ['Agen perubahan atau tim kerja budaya dan rencana aksinya.', 'Change agents or a culture team, and their action plan.'],
        levels: [
          ['Belum ada agen perubahan atau tim budaya, juga belum ada rencana aksi.', 'No change agents or culture team appointed, and no action plan.'],
          ['Sudah ditetapkan, tetapi belum punya rencana aksi.', 'Appointed, but without an action plan.', 'SK agen perubahan.', 'The decree appointing the change agents.'],
          ['Sudah ditetapkan dan punya rencana aksi.', 'Appointed, with an action plan.', 'Dokumen rencana aksi.', 'The action plan.'],
          ['Seperti skor 2, dan rencana aksi sudah dijalankan.', 'As level 2, and the plan has been carried out.', 'Laporan pelaksanaan rencana aksi.', 'A report on carrying out the plan.'],
          ['Seperti skor 3, dan rencana aksi sudah dievaluasi.', 'As level 3, and the plan has been evaluated.', 'Laporan evaluasi rencana aksi.', 'The evaluation of the plan.'],
        ],
      },
      {
        code: '5.4',
        ws: 'a5q4',
        name: ['Dukungan Kebijakan', 'Policy Support'],
        desc: ['Kebijakan implementasi BerAKHLAK yang mendukung budaya kerja.', 'A policy implementing BerAKHLAK in support of the work culture.'],
        levels: [
          ['Tidak ada kebijakan implementasi BerAKHLAK.', 'No BerAKHLAK implementation policy.'],
          ['Dokumen kebijakan sudah tersedia.', 'A policy document exists.', 'Rancangan atau dokumen kebijakan.', 'The draft or policy document.'],
          ['Kebijakan itu sudah ditetapkan resmi.', 'The policy has been formally adopted.', 'Kebijakan implementasi BerAKHLAK per unit yang sudah ditetapkan.', 'The adopted implementation policy per unit.'],
          ['Seperti skor 2, ditambah rumusan perilaku yang diharapkan atau cara menginternalisasi nilai dasar.', 'As level 2, and the policy spells out expected behaviour or a strategy to internalise the values.', 'Kebijakan yang memuat perilaku atau strategi internalisasi.', 'The policy with the behaviours or the strategy.'],
          ['Seperti skor 3, dan diterapkan pegawai di semua unit, sudah dievaluasi, dan ada rekomendasi perbaikan.', 'As level 3, and staff in every unit apply it, it has been evaluated, and there are recommendations.', 'Hasil evaluasi penerapan kebijakan per unit dan perilaku pegawai.', 'An evaluation per unit and of staff behaviour.'],
        ],
      },
    ],
  },
  {
    code: 'A6',
    no: 6,
    name: ['Penghargaan dan Pengakuan', 'Rewards and Recognition'],
    desc: [
      'Instansi memberi pegawai ASN penghargaan dan pengakuan berupa kenaikan pangkat, gaji dan tunjangan, serta jaminan sosial, secara adil, layak, dan kompetitif.',
      'The agency rewards and recognises its employees through promotion in rank, pay and allowances, and social security, fairly, adequately and competitively.',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '6.1',
        ws: 'a6q1',
        name: ['Kenaikan Pangkat', 'Promotion in Rank'],
        desc: ['Ketepatan waktu dan kepatuhan proses kenaikan pangkat.', 'Whether promotions in rank are timely and follow the rules.'],
        levels: [
          ['Kenaikan pangkat pegawai yang memenuhi syarat belum diproses sesuai aturan.', 'Promotions of eligible employees are not processed as the rules require.'],
          ['Sudah diproses, tetapi masih ada pegawai yang belum diproses atau terlambat.', 'Processed, but some employees are left out or late.', 'Rekap kenaikan pangkat periode terakhir: jumlah yang memenuhi syarat, yang disetujui BKN, dan yang ditetapkan dengan SK.', 'A tally of the last promotion round: eligible, approved by BKN, and decreed.'],
          ['Diproses sesuai jadwal.', 'Processed on schedule.', 'Rekap kenaikan pangkat periode terakhir; SOP kenaikan pangkat.', 'The last round\'s tally; the promotion procedure.'],
          ['Seperti skor 2, dan hak atas kenaikan pangkat dipenuhi sesuai peraturan.', 'As level 2, and the right to promotion is honoured as the law says.', 'Prosedur kenaikan pangkat yang berlaku di instansi.', 'The agency\'s promotion procedure or guideline.'],
          ['Seperti skor 3, dan pelaksanaannya dipantau, dievaluasi, dan dipakai untuk menyempurnakan pengelolaan karier.', 'As level 3, and promotions are monitored, evaluated and used to improve career management.', 'Laporan pemantauan atau evaluasi, dengan kendala dan rekomendasi.', 'A monitoring or evaluation report with problems and recommendations.'],
        ],
      },
      {
        code: '6.2',
        ws: 'a6q2',
        name: ['Gaji dan Tunjangan', 'Salary and Allowances'],
        desc: [
          'Pembayaran gaji pokok dan tunjangan melekat (pangan, jabatan, keluarga): tepat waktu, tepat jumlah, akuntabel, dan sesuai aturan.',
          'Payment of base salary and attached allowances (food, position, family): on time, in the right amount, accountable and lawful.',
        ],
        levels: [
          ['Gaji dan tunjangan melekat belum dibayarkan.', 'Salary and attached allowances are not paid.'],
          ['Dibayar, tetapi jumlahnya tidak sesuai dan/atau terlambat.', 'Paid, but in wrong amounts and/or late.', 'SOP pembayaran; rekap pembayaran bulan terakhir (jumlah pegawai per golongan, keluarga, anggaran per komponen, tanggal bayar).', 'The payment procedure; last month\'s payment tally (staff per grade, dependants, budget per component, payment date).'],
          ['Jumlahnya sesuai hak, tetapi masih terlambat.', 'The right amounts, but still late.', 'Rekap pembayaran bulan terakhir.', 'Last month\'s payment tally.'],
          ['Jumlahnya sesuai hak dan tepat waktu.', 'The right amounts, on time.', 'Rekap pembayaran bulan terakhir dengan tanggal bayar.', 'Last month\'s tally with payment dates.'],
          ['Seperti skor 3, dan pembayaran dipantau, dievaluasi, dan dipakai untuk akuntabilitas dan perbaikan berkelanjutan.', 'As level 3, and payments are monitored, evaluated and used for accountability and continuous improvement.', 'Laporan pemantauan pembayaran, dengan kendala dan rekomendasi.', 'A payment monitoring report with problems and recommendations.'],
        ],
        note: 'The transcription\'s payment-tally hint counts "PPPK per golongan", probably meant for all employees; written here as staff per grade.',
      },
      {
        code: '6.3',
        ws: 'a6q3',
        name: ['Tunjangan Kinerja atau Tambahan Penghasilan Pegawai ASN', 'Performance Allowance (Tukin) or Additional Income (TPP)'],
        desc: [
          'Pembayaran tunjangan kinerja (tukin) atau Tambahan Penghasilan Pegawai (TPP): tepat waktu, tepat jumlah, akuntabel, dan sesuai aturan. Berlaku bila instansi menjawab "Ya" pada pertanyaan pembuka TPP.',
          'Payment of the performance allowance (tukin) or additional income (TPP): on time, in the right amount, accountable and lawful. Applies when the agency answers "Yes" to the opening TPP question.',
        ],
        when: { profile: 'bayar_tpp', in: ['ya'] },
        levels: [
          ['Tukin/TPP tidak dibayar sesuai aturan.', 'Tukin or TPP is not paid as the rules require.'],
          ['Dibayar, tetapi jumlahnya tidak sesuai dan/atau terlambat.', 'Paid, but in wrong amounts and/or late.', 'Pedoman atau SOP pembayaran tukin/TPP; peraturan instansi tentang tukin/TPP.', 'The tukin/TPP payment guideline or procedure; the agency\'s tukin/TPP regulation.'],
          ['Jumlahnya sesuai hak, tetapi masih terlambat.', 'The right amounts, but still late.', 'Rekap atau tangkapan layar pembayaran tukin/TPP terakhir.', 'The last period\'s tukin/TPP payment tally.'],
          ['Jumlahnya sesuai hak dan tepat waktu.', 'The right amounts, on time.', 'Rekap atau tangkapan layar pembayaran tukin/TPP terakhir.', 'The last period\'s tukin/TPP payment tally.'],
          ['Seperti skor 3, dan pembayaran dipantau, dievaluasi, dan dipakai untuk memperbaiki pengelolaan tukin/TPP.', 'As level 3, and payments are monitored, evaluated and used to improve tukin/TPP management.', 'Laporan pemantauan pembayaran tukin/TPP, dengan kendala dan rekomendasi.', 'A tukin/TPP monitoring report with problems and recommendations.'],
        ],
        conf: 'uncertain',
        note: 'Applies only when the TPP opening question (worksheet gate a6q3_gate) is answered "ya", as the transcription says. That also drops the item for central agencies (answer bukan_provkab), although ministries pay tukin and the item names tukin: probably a transcription bug, not confirmed. The transcription\'s note on this item is copied from 6.2 and is left out.',
      },
      {
        code: '6.4a',
        ws: 'a6q4_hari_tua',
        name: ['Jaminan Sosial — Jaminan Hari Tua dan Pensiun', 'Social Security — Old-Age Savings and Pension'],
        desc: [
          'Dukungan administrasi kepegawaian dan keuangan, dan pemenuhan persyaratan, agar PNS yang memenuhi syarat menerima jaminan pensiun dan hari tua.',
          'Administrative and financial support, and help with the requirements, so that eligible civil servants (PNS) receive their pension and old-age benefits.',
        ],
        levels: socialSecurity('jaminan pensiun dan hari tua', 'the pension and old-age benefits', 'PNS', 'PNS', [
          'Rekap potongan iuran pensiun dan hari tua; daftar PNS yang segera mencapai batas usia pensiun (BUP); pertimbangan teknis BKN; daftar SK pensiun dari PPK.',
          'The tally of pension and old-age contributions withheld; the list of PNS reaching retirement age; BKN technical advice; the list of pension decrees.',
        ]),
        note: 'The transcription\'s question names all four social-security schemes but its levels cover only pension and old age for PNS; the other schemes are items 6.4b-d.',
      },
      {
        code: '6.4b',
        ws: 'a6q4_kecelakaan',
        name: ['Jaminan Sosial — Jaminan Kecelakaan Kerja', 'Social Security — Work-Accident Insurance'],
        desc: [
          'Dukungan administrasi kepegawaian dan keuangan untuk Jaminan Kecelakaan Kerja (JKK) pegawai ASN. Berlaku bila ada kecelakaan kerja pegawai dalam 2 tahun terakhir.',
          'Administrative and financial support for employees\' work-accident insurance (JKK). Applies when an employee had a work accident in the last 2 years.',
        ],
        when: { profile: 'kecelakaan_kerja', in: ['ya'] },
        levels: socialSecurity('Jaminan Kecelakaan Kerja', 'work-accident insurance', 'pegawai ASN', 'employees', [
          'Sampel berkas 2 tahun terakhir yang sudah selesai: bukti bayar iuran JKK (khusus pemerintah daerah), rekap kecelakaan kerja, penyakit akibat kerja, dan kejadian tewas, daftar SK tewas.',
          'A sample of closed files from the last 2 years: JKK contribution payments (regional governments), a tally of accidents, occupational diseases and deaths in service, the list of death-in-service decrees.',
        ]),
        note: 'Applies only when the work-accident opening question (worksheet gate a6q4_kecelakaan_gate) is answered "ya". The transcription\'s evidence hint is partly garbled ("luran JKK", a truncated "Daftar Dokumen").',
      },
      {
        code: '6.4c',
        ws: 'a6q4_kematian',
        name: ['Jaminan Sosial — Jaminan Kematian', 'Social Security — Death Benefit'],
        desc: [
          'Dukungan administrasi kepegawaian dan keuangan untuk jaminan kematian pegawai ASN. Berlaku bila ada pegawai yang meninggal dalam 2 tahun terakhir.',
          'Administrative and financial support for the death benefit of employees. Applies when an employee died in the last 2 years.',
        ],
        when: { profile: 'kematian_pegawai', in: ['ya'] },
        levels: socialSecurity('jaminan kematian', 'the death benefit', 'pegawai ASN', 'employees', [
          'Sampel berkas 2 tahun terakhir yang sudah selesai: bukti potongan iuran jaminan kematian.',
          'A sample of closed files from the last 2 years: death-benefit contributions withheld.',
        ]),
        note: 'Applies only when the death opening question (worksheet gate a6q4_kematian_gate) is answered "ya".',
      },
      {
        code: '6.4d',
        ws: 'a6q4_kesehatan',
        name: ['Jaminan Sosial — Jaminan Kesehatan', 'Social Security — Health Insurance'],
        desc: ['Dukungan administrasi kepegawaian dan keuangan untuk jaminan kesehatan pegawai ASN.', 'Administrative and financial support for employees\' health insurance.'],
        levels: socialSecurity('jaminan kesehatan', 'health insurance', 'pegawai ASN', 'employees', [
          'Dokumen iuran wajib dan penyetoran iuran jaminan kesehatan.',
          'Records of the compulsory health-insurance contributions and their payment.',
        ]),
        note: 'The transcription\'s level 2 lost its opening words and its first evidence hint is truncated; the ladder is read as the one of 6.4a-c.',
      },
    ],
  },
  {
    code: 'A7',
    no: 7,
    name: ['Disiplin, Pemberhentian, dan Upaya Administratif', 'Discipline, Dismissal and Administrative Appeals'],
    desc: [
      'Instansi mengelola disiplin, pemberhentian, dan upaya administratif agar prosesnya sesuai norma, standar, prosedur, dan kriteria (NSPK).',
      'The agency manages discipline, dismissal and administrative appeals so that they follow the applicable norms, standards, procedures and criteria (NSPK).',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '7.1',
        ws: 'a7q1',
        name: ['Pembinaan dan Penegakan Disiplin, Pemberhentian, dan Upaya Administratif', 'Guidance and Enforcement of Discipline, Dismissal and Administrative Appeals'],
        desc: [
          'Pembinaan (mencegah pelanggaran: satu arah lewat flyer atau poster, dua arah lewat sosialisasi atau webinar) dan penegakan (menindak pelanggaran), termasuk pemberhentian karena pelanggaran disiplin, sesuai NSPK dan tercatat di sistem informasi kepegawaian.',
          'Guidance (preventing violations: one-way through flyers or posters, two-way through sessions or webinars) and enforcement (acting on violations), including dismissal for disciplinary breaches, following the NSPK and recorded in the HR information system.',
        ],
        levels: [
          ['Tidak ada pembinaan soal disiplin, pemberhentian, dan upaya administratif.', 'No guidance on discipline, dismissal and administrative appeals.'],
          ['Pembinaan berjalan satu arah atau dua arah dan menambah pemahaman pegawai atas aturan disiplin dan integritas.', 'One-way or two-way guidance that improves staff understanding of the discipline rules and integrity.', 'Bukti kegiatan pembinaan (daftar hadir, materi, flyer).', 'Records of the guidance (attendance lists, material, flyers).'],
          ['Pembinaan satu arah dan dua arah, berkala (paling sedikit dua kali).', 'Both one-way and two-way guidance, regularly (at least twice).', 'Bukti kegiatan pembinaan (daftar hadir, materi, flyer).', 'Records of the guidance (attendance lists, material, flyers).'],
          ['Seperti skor 2, ditambah penanganan pelanggaran, pemberhentian, dan upaya administratif menurut NSPK.', 'As level 2, and violations, dismissals and appeals are handled according to the NSPK.', 'Sampel berkas penegakan (surat panggilan, BAP, SK hukuman disiplin); rekap kasus disiplin.', 'Sample enforcement files (summons, interview records, disciplinary decrees); a tally of disciplinary cases.'],
          ['Seperti skor 3, dan penegakannya tercatat di sistem informasi kepegawaian.', 'As level 3, and enforcement is recorded in the HR information system.', 'Tangkapan layar pencatatan di sistem informasi kepegawaian; laporan penegakan disiplin.', 'Screenshots of the records in the HR information system; the discipline enforcement report.'],
        ],
        note: 'The 2025 draft split this aspect into 7.1-7.3 (Pemberhentian 7.2, Upaya Administrasi 7.3); the worksheet has one item, numbered 7.1 here.',
      },
    ],
  },
  {
    code: 'A8',
    no: 8,
    name: ['Digitalisasi Manajemen ASN', 'Digitalisation of Civil-Service Management'],
    desc: [
      'Instansi memakai teknologi digital yang terpadu secara sistem dan data untuk memudahkan penyelenggaraan dan layanan manajemen ASN.',
      'The agency uses digital technology, integrated in systems and data, to make civil-service management and its services easier.',
    ],
    weight: 'A8',
    items: [
      {
        code: '8.1',
        ws: 'a8q1',
        name: ['Data Manajemen ASN', 'Civil-Service Management Data'],
        desc: [
          'Digitalisasi 17 jenis data manajemen ASN, antara lain peta jabatan, profil pegawai, pemetaan kompetensi dan talenta, kenaikan pangkat, SKP dan penilaian kinerja, disiplin, pembayaran gaji dan tunjangan, iuran, dan JKK/JKM.',
          'Digitising 17 kinds of civil-service management data, among them the job map, employee profiles, competency and talent mapping, promotions, SKP and appraisals, discipline, pay and allowances, contributions and JKK/JKM.',
        ],
        levels: [
          ['Belum ada data manajemen ASN dalam bentuk digital.', 'Civil-service management data are not digital.'],
          ['Sebagian data sudah digital.', 'Some of the data are digital.', 'Tangkapan layar data yang sudah digital.', 'Screenshots of the digitised data.'],
          ['Semua data sudah digital.', 'All the data are digital.', 'Tangkapan layar data yang sudah digital.', 'Screenshots of the digitised data.'],
          ['Seperti skor 2, dan semua data akurat, mutakhir, dan terpadu di dalam instansi.', 'As level 2, and all data are accurate, current and integrated within the agency.', 'Contoh dua jenis data atau lebih yang saling konsisten, akurat, dan terpadu.', 'Samples of two or more kinds of data that agree with each other, are accurate and integrated.'],
          ['Seperti skor 3, dan data dipakai untuk keputusan manajemen ASN serta terpadu secara nasional.', 'As level 3, and the data support management decisions and are integrated nationally.', 'Contoh keputusan yang memakai data, dengan tangkapan layar tindak lanjutnya.', 'A sample decision that used the data, with screenshots of its follow-up.'],
        ],
        note: 'The 2025 draft names 8.1 Data manajemen ASN, matching the worksheet.',
      },
      {
        code: '8.2',
        ws: 'a8q2',
        name: ['Layanan Digital Manajemen ASN', 'Digital Civil-Service Management Services'],
        desc: [
          'Enam jenis layanan digital: layanan dasar (presensi, cuti, surat tugas, disposisi), peta jabatan, manajemen talenta, pengelolaan kinerja, pengembangan kompetensi, dan keuangan (bukti potong pajak, slip gaji).',
          'Six kinds of digital service: basic HR services (attendance, leave, assignments, routing), the job map, talent management, performance management, competency development, and finance (tax slips, pay slips).',
        ],
        levels: [
          ['Belum ada layanan digital manajemen ASN.', 'No digital civil-service management services.'],
          ['Sebagian layanan sudah digital.', 'Some services are digital.', 'Tangkapan layar layanan digital.', 'Screenshots of the digital services.'],
          ['Semua layanan sudah digital.', 'All services are digital.', 'Tangkapan layar layanan digital.', 'Screenshots of the digital services.'],
          ['Seperti skor 2, dan semua layanan aman dan/atau andal.', 'As level 2, and every service is secure and/or reliable.', 'Laporan uji keamanan (bila layanan dibuat sendiri); laporan pemakaian helpdesk.', 'A security test report (for services built in-house); a helpdesk usage report.'],
          ['Seperti skor 3, dan layanan mudah dan cepat dipakai serta terpadu di dalam instansi.', 'As level 3, and the services are easy and quick to use and integrated within the agency.', 'Testimoni atau ulasan pengguna; laporan pemakaian layanan untuk keputusan, dengan tangkapan layar tindak lanjutnya.', 'User testimonials or reviews; a report on using the services for decisions, with screenshots of the follow-up.'],
        ],
        note: 'The 2025 draft names 8.2 Layanan digital manajemen ASN, matching the worksheet.',
      },
    ],
  },
];
