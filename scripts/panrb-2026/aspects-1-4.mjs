// Aspects 1-4 of panrb-19-2025 2.0.0 as a compact own-words table (see ../make-panrb-2026.mjs).
//
// Every level text here is our own short summary of what must be true for the level, in
// Indonesian and English; it is not the worksheet's sentence. Names of aspects and sub-aspects are
// the official ones. `ws` is the question id in the worksheet transcription. A level is
// [id, en] or [id, en, evidence id, evidence en].

export const ASPECTS_1_4 = [
  {
    code: 'A1',
    no: 1,
    name: ['Perencanaan Kebutuhan dan Standardisasi Jabatan', 'Needs Planning and Job Standardisation'],
    desc: [
      'Instansi memetakan kebutuhan pegawai ASN dari nomenklatur jabatan yang ditetapkan atas dasar analisis jabatan dan evaluasi jabatan.',
      'The agency maps its civil-service staffing needs from a job nomenclature set on the basis of job analysis and job evaluation.',
    ],
    weight: 'A1',
    descSource: 'lampiran',
    items: [
      {
        code: '1.1',
        ws: 'a1q1',
        name: ['Analisis Jabatan', 'Job Analysis'],
        desc: [
          'Ada tidaknya Analisis Jabatan (Anjab) dan Analisis Beban Kerja (ABK) untuk jabatan manajerial dan non-manajerial, dan apakah keduanya dipakai.',
          'Whether job analyses (Anjab) and workload analyses (ABK) exist for managerial and non-managerial posts, and whether they are used.',
        ],
        levels: [
          ['Belum ada Anjab maupun ABK.', 'No Anjab and no ABK.'],
          ['Baru sebagian jabatan punya Anjab dan ABK.', 'Anjab and ABK exist for some posts only.', 'Dokumen, penetapan, atau tangkapan layar Anjab/ABK di sistem informasi.', 'Anjab/ABK documents, their adoption, or screenshots from the information system.'],
          ['Semua jabatan punya Anjab dan ABK.', 'Anjab and ABK exist for every post.', 'Anjab/ABK seluruh jabatan (dokumen atau dasbor sistem informasi).', 'Anjab/ABK for all posts (documents or an information-system dashboard).'],
          ['Seperti skor 2, dan keduanya disusun dari kebutuhan organisasi: beban kerja serta visi dan misi instansi.', 'As level 2, and both are built on what the organisation needs: workload and the agency\'s vision and mission.', 'Rencana Strategis; data ABK dan data pegawai yang ada saat kebutuhan diusulkan.', 'The strategic plan; ABK data and current staff data at the time needs were proposed.'],
          ['Seperti skor 3, dan keduanya menjadi dasar usulan pengisian jabatan, mutasi, atau pengembangan kompetensi.', 'As level 3, and both are the basis for proposals to fill posts, for transfers or for competency development.', 'Bukti pemakaian Anjab/ABK dalam usulan pengisian jabatan, mutasi, atau pengembangan kompetensi.', 'Proof that Anjab/ABK were used in proposals to fill posts, in transfers or in competency development.'],
        ],
        note: 'The sub-aspect name 1.1 Analisis Jabatan is also in Lampiran I of the regulation (seen on pasal.id). The transcription states the note on which posts count twice.',
      },
      {
        code: '1.2',
        ws: 'a1q2',
        name: ['Evaluasi Jabatan', 'Job Evaluation'],
        desc: ['Penetapan kelas jabatan dari hasil evaluasi jabatan.', 'Setting job classes from the results of job evaluation.'],
        levels: [
          ['Belum ada evaluasi jabatan.', 'No job evaluation has been made.'],
          ['Evaluasi jabatan sudah dibuat dan diajukan ke Menteri PANRB.', 'A job evaluation has been made and submitted to the PANRB Minister.', 'Surat usulan validasi evaluasi jabatan.', 'The letter submitting the job evaluation to the PANRB Minister for validation.'],
          ['Sudah ada persetujuan Menteri PANRB, tetapi peraturan kelas jabatan dari PPK belum terbit.', 'The Minister has approved it, but the staffing authority (PPK) has not yet issued the job-class regulation.', 'Persetujuan Menteri PANRB atas kelas jabatan.', 'The Minister\'s letter approving the agency\'s job classes.'],
          ['Persetujuan Menteri ada dan peraturan kelas jabatan dari PPK sudah terbit.', 'Approved by the Minister, and the PPK has issued the job-class regulation.', 'Peraturan PPK yang menetapkan jabatan dan kelas jabatan.', 'The PPK regulation on posts and job classes.'],
          ['Seperti skor 3, dan kelas jabatan menjadi dasar penghargaan (tunjangan kinerja atau TPP).', 'As level 3, and job classes drive rewards (performance allowance, tukin, or additional income, TPP).', 'Contoh slip tukin/TPP satu pegawai yang dihitung dari kelas jabatannya.', 'A sample tukin/TPP slip of one employee, computed from the job class.'],
        ],
        note: 'The sub-aspect name 1.2 Evaluasi Jabatan is also in Lampiran I of the regulation (seen on pasal.id).',
      },
      {
        code: '1.3',
        ws: 'a1q3',
        name: ['Perencanaan Kebutuhan ASN', 'Civil-Service Needs Planning'],
        desc: [
          'Peta jabatan: sudah ditetapkan, terpadu dengan sistem informasi (e-formasi, SIASN, atau aplikasi instansi), dan dipakai untuk memenuhi kebutuhan ASN.',
          'The job map (peta jabatan): adopted, integrated in an information system (e-formasi, SIASN or the agency\'s own), and used to meet staffing needs.',
        ],
        levels: [
          ['Belum ada peta jabatan.', 'No job map.'],
          ['Peta jabatan ada, tetapi belum ditetapkan.', 'A job map exists but has not been adopted.', 'Dokumen peta jabatan.', 'The job map document.'],
          ['Peta jabatan sudah ditetapkan tetapi belum masuk sistem informasi.', 'The job map is adopted but not integrated in an information system.', 'Penetapan peta jabatan; surat persetujuan kebutuhan dari Menteri PANRB.', 'The adopted job map; the Minister\'s letter approving the needs.'],
          ['Peta jabatan sudah ditetapkan dan tersambung ke sistem informasi.', 'The job map is adopted and integrated in an information system.', 'Tampilan peta jabatan di sistem informasi (tangkapan layar).', 'A screenshot of the job map in the information system.'],
          ['Seperti skor 3, dan peta jabatan menjadi dasar usulan pengisian jabatan, mutasi, atau karier.', 'As level 3, and the job map is the basis for proposals to fill posts, transfers or careers.', 'Bukti pemakaian peta jabatan untuk promosi, rotasi, rekrutmen, manajemen talenta, atau karier.', 'Proof that the job map was used for promotion, rotation, recruitment, talent management or careers.'],
        ],
        note: 'The sub-aspect name 1.3 Perencanaan Kebutuhan ASN is also in Lampiran I of the regulation (seen on pasal.id). The transcription\'s first evidence hint names a "Menteri Fungsional PANRB" (garbled); read as the PANRB Minister.',
      },
    ],
  },
  {
    code: 'A2',
    no: 2,
    name: ['Manajemen Talenta', 'Talent Management'],
    desc: [
      'Instansi mengelola talenta: memetakan talenta, memenuhi kebutuhan lewat akuisisi, mempertahankan, mengembangkan, serta memantau dan mengevaluasinya.',
      'The agency manages talent: it maps talent, meets needs through acquisition, retains and develops talent, and monitors and evaluates the whole.',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '2.1',
        ws: 'a2q1',
        name: ['Pemetaan Talenta', 'Talent Mapping'],
        desc: ['Pemakaian hasil pemetaan talenta oleh Komite Talenta Instansi (KTI).', 'How the agency talent committee (KTI) uses the results of talent mapping.'],
        levels: [
          ['KTI belum dibentuk.', 'No agency talent committee (KTI).'],
          ['KTI sudah dibentuk; baru sebagian pegawai dipetakan.', 'A KTI exists; only some employees have been mapped.', 'SK pembentukan KTI; laporan hasil pemetaan.', 'The decree forming the KTI; the mapping report.'],
          ['KTI sudah dibentuk dan semua pegawai sudah dipetakan.', 'A KTI exists and every employee has been mapped.', 'Laporan pemetaan yang mencakup semua pegawai.', 'The report mapping all employees.'],
          ['Seperti skor 2, dan pemetaan diperbarui berkala dengan instrumen yang valid.', 'As level 2, and the mapping is refreshed periodically with valid instruments.', 'Laporan hasil pemetaan yang mutakhir.', 'An up-to-date mapping report.'],
          ['Seperti skor 3, ditambah pemakaian hasil pemetaan untuk karier, kompetensi, atau suksesor di jabatan target.', 'As level 3, and the results are used for careers, competency development or placing successors in target posts.', 'Bukti pemakaian hasil pemetaan untuk karier, kompetensi, atau pengisian jabatan target.', 'Proof that the results were used for careers, competencies or filling target posts.'],
        ],
        note: 'The transcription\'s level 1 reads "KTI formed, but (namun) some staff mapped", which is contradictory; read as "KTI formed, some staff mapped". Three of its evidence hints repeat those of 2.2 (acquisition strategy) and are left out here.',
      },
      {
        code: '2.2',
        ws: 'a2q2',
        name: ['Akuisisi Talenta', 'Talent Acquisition'],
        desc: [
          'Strategi akuisisi talenta yang bertumpu pada analisis kebutuhan talenta dan basis data talenta. Jabatan target: jabatan yang lowong atau akan lowong dan akan diisi kandidat talenta.',
          'A talent-acquisition strategy built on a talent-needs analysis and a talent database. A target post is one that is or will be vacant and is to be filled by a talent candidate.',
        ],
        levels: [
          ['Belum ada strategi akuisisi talenta yang bertumpu pada analisis kebutuhan dan basis data talenta.', 'No acquisition strategy built on a talent-needs analysis and a talent database.'],
          ['Strategi seperti itu sudah ada.', 'Such a strategy exists.', 'Dokumen atau peraturan internal manajemen talenta yang memuat strategi akuisisi; bukti strategi itu disampaikan ke pegawai.', 'An internal talent-management document or regulation holding the strategy; proof it was communicated to staff.'],
          ['Strategi sudah dijalankan untuk sebagian pemangku jabatan manajerial.', 'The strategy has been applied to some holders of managerial posts.'],
          ['Strategi sudah dijalankan untuk pengembangan karier, kompetensi, atau pengisian suksesor di jabatan target.', 'The strategy has been applied to career or competency development, or to placing successors in target posts.', 'Bukti pengembangan karier atau kompetensi, atau pengisian jabatan target.', 'Proof of career or competency development, or of target posts filled.'],
          ['Seperti skor 3, dan strategi menjadi dasar rekrutmen, manajemen talenta, atau karier ASN.', 'As level 3, and the strategy is the basis for recruitment, talent management or careers.'],
        ],
        note: 'In the transcription levels 2 and 3 measure different things (reach among managerial posts, then use for development or succession); kept as given.',
      },
      {
        code: '2.3',
        ws: 'a2q3',
        name: ['Pengadaan ASN', 'Civil-Service Recruitment'],
        desc: [
          'Pengadaan ASN untuk memenuhi kebutuhan instansi. Tahapannya: pengumuman, seleksi administrasi, seleksi kompetensi, sampai pengumuman kelulusan.',
          'Recruitment of civil servants to meet the agency\'s needs. Its stages: announcement, administrative selection, competency selection, announcement of results.',
        ],
        levels: [
          ['Usulan kebutuhan pengadaan tidak berangkat dari analisis kebutuhan talenta atau rencana kebutuhan ASN.', 'Recruitment requests are not based on a talent-needs analysis or a staffing plan.'],
          ['Usulan sudah bertumpu pada kebutuhan, tetapi tahapan pengadaan belum sesuai aturan.', 'Requests are needs-based, but the recruitment stages do not follow the rules.', 'Dokumen analisis kebutuhan talenta atau rencana kebutuhan ASN; dokumen usulan kebutuhan pengadaan.', 'The talent-needs analysis or staffing plan; the recruitment request.'],
          ['Usulan bertumpu pada kebutuhan dan semua tahapan pengadaan sesuai aturan.', 'Requests are needs-based and every stage follows the rules.', 'Penetapan kebutuhan pengadaan dari KemenPANRB; pengumuman pengadaan.', 'KemenPANRB\'s decision on the recruitment quota; the recruitment announcement.'],
          ['Seperti skor 2, dan tidak ada pengangkatan atau pelantikan hasil pengadaan yang tertunda.', 'As level 2, and no appointment or swearing-in of recruits is delayed.', 'Laporan pelaksanaan pengadaan, termasuk rekap pengangkatan CPNS menjadi PNS.', 'The recruitment report, including the tally of candidates appointed as PNS.'],
          ['Seperti skor 3, dan hasil pengadaan sesuai usulan serta memberi ASN yang kompeten dan berkinerja tinggi.', 'As level 3, and recruitment matched the request and brought in competent, high-performing staff.', 'Laporan evaluasi pengadaan.', 'The recruitment evaluation report.'],
        ],
      },
      {
        code: '2.4',
        ws: 'a2q4',
        name: ['Pengembangan Talenta', 'Talent Development'],
        desc: [
          'Program atau kegiatan pengembangan talenta yang disusun dari hasil pemetaan talenta (acuan: Lampiran II Permen PANRB 20/2025 tentang Manajemen Talenta).',
          'A talent-development programme built on the talent mapping (reference: Annex II of PANRB Regulation 20/2025 on talent management).',
        ],
        levels: [
          ['Belum ada program atau kegiatan pengembangan talenta.', 'No talent-development programme.'],
          ['Program sudah ada, tetapi tidak bertumpu pada hasil pemetaan talenta.', 'A programme exists but is not based on the talent mapping.', 'Program pengembangan talenta yang tertulis.', 'The written talent-development programme.'],
          ['Program disusun dari hasil pemetaan talenta.', 'The programme is built on the talent mapping.', 'Dokumen program; dokumen yang mengaitkannya dengan kebutuhan organisasi dan kesenjangan talenta (mis. HCDP, IDP).', 'The programme; documents linking it to organisational needs and talent gaps (e.g. HCDP, IDP).'],
          ['Seperti skor 2, dan program sudah dijalankan.', 'As level 2, and the programme has been carried out.', 'Dokumentasi pelaksanaan program.', 'Records of the programme being carried out.'],
          ['Seperti skor 3, dan program mempercepat karier: promosi, pengayaan atau perluasan jabatan, pengembangan kompetensi, peningkatan kualifikasi.', 'As level 3, and the programme speeds up careers: promotion, job enrichment or enlargement, competency development, higher qualifications.', 'Dokumentasi pelaksanaan yang menunjukkan percepatan karier.', 'Records showing faster careers.'],
        ],
      },
      {
        code: '2.5',
        ws: 'a2q5',
        name: ['Retensi Talenta', 'Talent Retention'],
        desc: ['Penyusunan, penetapan, dan pelaksanaan program retensi talenta.', 'Designing, adopting and running a talent-retention programme.'],
        levels: [
          ['Kebutuhan program retensi talenta belum diidentifikasi.', 'Retention needs have not been identified.'],
          ['Kebutuhan retensi sudah diidentifikasi dan dianalisis.', 'Retention needs have been identified and analysed.', 'Dokumen identifikasi dan analisis kebutuhan retensi.', 'The identification and analysis of retention needs.'],
          ['Seperti skor 1, dan program retensi sudah ditetapkan.', 'As level 1, and a retention programme has been adopted.', 'Dokumen yang menetapkan program retensi.', 'An internal talent-management document or regulation holding the retention programme.'],
          ['Program retensi sudah berjalan bagi sebagian kelompok talenta.', 'The programme runs for some talent groups.', 'Dokumentasi pelaksanaan program per kelompok talenta.', 'Records of the programme per talent group.'],
          ['Program retensi sudah berjalan bagi semua kelompok talenta.', 'The programme runs for every talent group.', 'Dokumentasi pelaksanaan program per kelompok talenta.', 'Records of the programme per talent group.'],
        ],
        note: 'In the transcription levels 3 and 4 do not restate that the lower levels are met; read as building on level 2.',
      },
      {
        code: '2.6',
        ws: 'a2q6',
        name: ['Pemantauan dan Evaluasi', 'Monitoring and Evaluation'],
        desc: ['Pemantauan dan evaluasi penyelenggaraan manajemen talenta.', 'Monitoring and evaluation of talent management.'],
        levels: [
          ['Manajemen talenta belum dipantau dan dievaluasi.', 'Talent management is not monitored or evaluated.'],
          ['Pemantauan dan evaluasi mencakup sebagian aspek manajemen talenta.', 'Monitoring and evaluation cover some parts of talent management.', 'Laporan pemantauan dan evaluasi.', 'The monitoring and evaluation report.'],
          ['Pemantauan dan evaluasi mencakup semua aspek manajemen talenta.', 'Monitoring and evaluation cover every part of talent management.', 'Laporan evaluasi pelaksanaan kebijakan manajemen talenta.', 'The report evaluating the talent-management policy.'],
          ['Seperti skor 2, dan laporannya memuat capaian, analisis hasil pemantauan, dan rekomendasi perbaikan.', 'As level 2, and the report gives achievements, an analysis of the findings and recommendations.', 'Laporan evaluasi yang memuat capaian, analisis, dan rekomendasi.', 'The evaluation report with achievements, analysis and recommendations.'],
          ['Seperti skor 3, dan rekomendasi ditindaklanjuti dengan memperbaiki sistem manajemen talenta.', 'As level 3, and the recommendations have led to improvements of the talent-management system.', 'Perbaikan sistem manajemen talenta yang lahir dari rekomendasi.', 'Proof of improvements made on the recommendations.'],
        ],
        note: 'The transcription\'s first evidence hint is copied from 5.4 (BerAKHLAK policy) and is left out here.',
      },
    ],
  },
  {
    code: 'A3',
    no: 3,
    name: ['Pengelolaan Kinerja', 'Performance Management'],
    desc: [
      'Instansi mengelola kinerja pegawai ASN: merencanakan, melaksanakan, memantau dan membina, mengevaluasi, lalu menindaklanjuti hasil evaluasi.',
      'The agency manages employee performance: planning, carrying out, monitoring and coaching, evaluating, and following up the evaluation.',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '3.1',
        ws: 'a3q1',
        name: ['Perencanaan Kinerja', 'Performance Planning'],
        desc: [
          'Cakupan dan mutu Sasaran Kinerja Pegawai (SKP), di eKinerja atau aplikasi instansi.',
          'Coverage and quality of employee performance plans (SKP), in eKinerja or the agency\'s own application.',
        ],
        levels: [
          ['SKP lengkap (RHK, IKI, target) dimiliki kurang dari 70% pegawai.', 'Fewer than 70% of employees have an SKP with work results (RHK), indicators (IKI) and targets.'],
          ['SKP lengkap (paling sedikit RHK, IKI, target) dimiliki 70–90% pegawai.', '70–90% of employees have an SKP with at least RHK, IKI and targets.', 'Rekap SKP 2025 di aplikasi kinerja; contoh SKP per jenjang jabatan.', 'The 2025 SKP tally in the performance application; a sample SKP per job level.'],
          ['SKP lengkap dimiliki lebih dari 90% pegawai.', 'More than 90% of employees have such an SKP.', 'Rekap SKP 2025; contoh SKP yang memuat RHK, IKI, dan target.', 'The 2025 SKP tally; a sample SKP with RHK, IKI and targets.'],
          ['Seperti skor 2, dan lebih dari 80% SKP tepat waktu, berorientasi hasil, diturunkan berjenjang (cascading), dan memuat ekspektasi perilaku kerja.', 'As level 2, and over 80% of SKPs are on time, results-oriented, cascaded and state expected work behaviour.', 'Contoh pohon kinerja atau matriks pembagian peran dan hasil.', 'A sample performance tree or role-and-results matrix.'],
          ['Seperti skor 3, dan lebih dari 80% pegawai punya target periodik (milestone) untuk memantau kinerja individu.', 'As level 3, and over 80% of employees have periodic milestones for monitoring their performance.', 'Contoh target periodik (milestone) pegawai.', 'A sample of employees\' milestones or periodic action plans.'],
        ],
        conf: 'inferred',
        note: 'Level 0 is inferred: the transcription\'s level 0 ("no work output or realisation") is copied from 3.2 and says nothing about SKP coverage; here it is the case below level 1 (under 70%).',
      },
      {
        code: '3.2',
        ws: 'a3q2',
        name: ['Pelaksanaan, Pemantauan, dan Pembinaan Kinerja', 'Performance Execution, Monitoring and Coaching'],
        desc: [
          'Tersedianya hasil kerja atau realisasi kinerja, umpan balik atasan, dan pembinaan kinerja.',
          'Whether work outputs or realised performance are recorded, superiors give feedback, and performance is coached.',
        ],
        levels: [
          ['Tidak ada catatan hasil kerja atau realisasi kinerja.', 'No work outputs or realised performance are recorded.'],
          ['Realisasi tersedia, paling sedikit sekali setahun.', 'Realised performance is recorded at least once a year.', 'Rekap hasil kerja yang diunggah di aplikasi kinerja.', 'A tally of work outputs uploaded to the performance application.'],
          ['Realisasi tersedia terus-menerus, setiap periode penilaian (bulanan atau triwulanan).', 'Realised performance is recorded every appraisal period (monthly or quarterly).', 'Rekap hasil kerja per periode di aplikasi kinerja.', 'A per-period tally of work outputs in the application.'],
          ['Seperti skor 2, ditambah umpan balik atasan yang berkala, spesifik, dan tercatat.', 'As level 2, and superiors give specific, documented feedback at regular intervals.', 'Contoh umpan balik dari pejabat penilai.', 'Sample feedback from appraising officers.'],
          ['Seperti skor 3, dan ada pembinaan kinerja, paling sedikit dengan rencana perbaikan yang disepakati.', 'As level 3, and performance is coached, at least with an agreed improvement plan.', 'Contoh tindak lanjut (bimbingan, konseling) dan pengembangan dari hasil pemantauan.', 'Sample follow-up (guidance, counselling) and development from the monitoring.'],
        ],
      },
      {
        code: '3.3',
        ws: 'a3q3',
        name: ['Evaluasi Kinerja', 'Performance Evaluation'],
        desc: [
          'Evaluasi kinerja tahunan dan periodik (SKP yang sudah dinilai dan ditandatangani atasan), dan pemakaian hasilnya.',
          'Annual and periodic performance evaluations (SKPs assessed and signed by the superior), and how the results are used.',
        ],
        levels: [
          ['Kurang dari 70% pegawai punya evaluasi tahunan.', 'Fewer than 70% of employees get an annual evaluation.'],
          ['Antara 70% dan 90% pegawai sudah dievaluasi, tahunan maupun periodik.', '70–90% of employees get annual and periodic evaluations.', 'Rekap SKP 2025 yang sudah dinilai dan ditandatangani atasan; contoh SKP yang sudah dinilai.', 'The tally of 2025 SKPs assessed and signed; a sample assessed SKP.'],
          ['Lebih dari 90% pegawai sudah dievaluasi, tahunan maupun periodik.', 'More than 90% of employees get annual and periodic evaluations.', 'Rekap SKP 2025 yang sudah dinilai dan ditandatangani atasan.', 'The tally of 2025 SKPs assessed and signed.'],
          ['Seperti skor 2, dan evaluasi tepat waktu, berdasar bukti capaian, dan menggambarkan kontribusi pada organisasi.', 'As level 2, and evaluations are timely, evidence-based and reflect the contribution to the organisation.', 'Contoh penilaian oleh atasan atau unit kerja.', 'Sample appraisals by superiors or units.'],
          ['Seperti skor 3, dan hasil evaluasi dipakai untuk penghargaan, pembinaan, karier, atau pengembangan kinerja dan kompetensi.', 'As level 3, and the results are used for rewards, coaching, careers or performance and competency development.', 'Bukti pemakaian hasil evaluasi untuk penghargaan, pembinaan, atau karier.', 'Proof that results were used for rewards, coaching or careers.'],
        ],
        note: 'In the transcription level 0 counts annual evaluations only while levels 1-2 count annual and periodic ones; kept as given.',
      },
      {
        code: '3.4',
        ws: 'a3q4',
        name: ['Tindak Lanjut Evaluasi Kinerja', 'Follow-up of Performance Evaluation'],
        desc: [
          'Tindak lanjut hasil evaluasi kinerja dalam empat komponen: pelaporan kinerja, keberatan, penghargaan, dan sanksi.',
          'Follow-up of performance evaluations in four components: performance reporting, objections, rewards and sanctions.',
        ],
        levels: [
          ['Hasil evaluasi kinerja belum ditindaklanjuti.', 'Evaluations are not followed up.'],
          ['Baru satu komponen yang berjalan (mis. hanya keberatan pegawai).', 'One component works (e.g. objections only).', 'Contoh sarana dan proses keberatan pegawai (bila ada keberatan).', 'A sample of the objection channel and process (if there were objections).'],
          ['Dua atau tiga komponen berjalan.', 'Two or three components work.', 'Contoh proses komponen yang berjalan.', 'Samples of the components that work.'],
          ['Keempat komponen berjalan sesuai mekanisme dan aturan.', 'All four components work as the rules say.', 'Contoh proses penghargaan berbasis kinerja (mis. prioritas pengembangan, talent pool) dan proses pembinaan atau sanksi (bila ada).', 'Samples of performance-based rewards (e.g. development priority, talent pool) and of coaching or sanctions (if any).'],
          ['Seperti skor 3, dan tindak lanjut diterapkan konsisten pada semua pegawai dan berpengaruh pada karier.', 'As level 3, and the follow-up is applied consistently to every employee and affects careers.', 'Bukti pelaporan, keberatan, penghargaan, dan sanksi yang bertumpu pada evaluasi kinerja.', 'Proof of reporting, objections, rewards and sanctions based on evaluations.'],
        ],
      },
    ],
  },
  {
    code: 'A4',
    no: 4,
    name: ['Pengembangan Kompetensi', 'Competency Development'],
    desc: [
      'Instansi menyusun program pengembangan diri pegawai ASN untuk memenuhi kebutuhan kompetensi menurut standar kompetensi jabatan dan hasil pengukuran kompetensi, demi kinerja organisasi.',
      'The agency plans self-development for its employees to meet the competencies its job competency standards and competency assessments call for, in support of organisational performance.',
    ],
    weight: 'A2-A7',
    items: [
      {
        code: '4.1a',
        ws: 'a4q1_pusat_prov',
        name: ['Standar Kompetensi Jabatan Bagi Instansi KL/Provinsi', 'Job Competency Standards for Central Agencies and Provinces'],
        desc: [
          'Ada tidaknya Standar Kompetensi Jabatan (SKJ) dengan kompetensi manajerial, sosial kultural, dan teknis, dan apakah SKJ dipakai. Berlaku bagi Instansi Pusat dan Pemerintah Provinsi.',
          'Whether job competency standards (SKJ) exist, covering managerial, socio-cultural and technical competencies, and whether they are used. For central agencies and provinces.',
        ],
        when: { profile: 'jenis_instansi', in: ['pusat', 'provinsi'] },
        variant: 'skj',
        levels: [
          ['Belum ada SKJ.', 'No SKJ.'],
          ['SKJ ada untuk sebagian jabatan manajerial, dengan kompetensi yang belum lengkap.', 'SKJ exist for some managerial posts, with competencies missing.', 'Daftar jabatan manajerial yang sudah punya SKJ.', 'A list of the managerial posts that have SKJ.'],
          ['SKJ ada untuk semua jabatan manajerial, lengkap: manajerial, sosial kultural, dan teknis.', 'SKJ exist for every managerial post, complete: managerial, socio-cultural and technical.', 'Daftar seluruh jabatan manajerial dengan SKJ; dokumen SKJ.', 'The list of all managerial posts with SKJ; the SKJ documents.'],
          ['Seperti skor 2, dan instansi sudah menetapkan SKJ mengikuti persetujuan Menteri PANRB.', 'As level 2, and the agency has adopted the SKJ as the PANRB Minister\'s approval letter says.', 'Dokumen penetapan SKJ.', 'The adopted SKJ.'],
          ['Seperti skor 3, dan SKJ menjadi dasar pengukuran dan pengembangan kompetensi pegawai.', 'As level 3, and the SKJ are the basis for assessing and developing competencies.', 'Laporan atau dokumen yang menunjukkan pemakaian SKJ dalam pengukuran dan pengembangan kompetensi.', 'Reports showing the SKJ used in competency assessment and development.'],
        ],
        note: 'Applies when the agency is an Instansi Pusat or a Pemerintah Provinsi (worksheet gate a4q0_jenis_instansi); its alternative is 4.1b.',
      },
      {
        code: '4.1b',
        ws: 'a4q1_kabkota',
        name: ['Standar Kompetensi Jabatan Bagi Instansi Kab/Kota', 'Job Competency Standards for Regencies and Cities'],
        desc: [
          'Ada tidaknya Standar Kompetensi Jabatan (SKJ) dan apakah SKJ dipakai. Berlaku bagi Pemerintah Kabupaten/Kota.',
          'Whether job competency standards (SKJ) exist and are used. For regency and city governments.',
        ],
        when: { profile: 'jenis_instansi', in: ['kabkota'] },
        variant: 'skj',
        levels: [
          ['Belum ada SKJ.', 'No SKJ.'],
          ['SKJ ada untuk sebagian jabatan manajerial, dengan kompetensi yang belum lengkap.', 'SKJ exist for some managerial posts, with competencies missing.', 'Daftar jabatan manajerial yang sudah punya SKJ.', 'A list of the managerial posts that have SKJ.'],
          ['SKJ ada untuk semua jabatan manajerial dan aspek kompetensinya lengkap.', 'SKJ exist for every managerial post with complete competency aspects.', 'Daftar seluruh jabatan manajerial dengan SKJ.', 'The list of all managerial posts with SKJ.'],
          ['SKJ semua jabatan manajerial disusun atau ditetapkan merujuk keputusan Menteri PANRB yang menyetujui usulan SKJ, dan sesuai SOTK.', 'SKJ for all managerial posts are drawn up or adopted following the PANRB Minister\'s decision approving the SKJ proposals, and match the organisation structure (SOTK).', 'Dokumen SKJ yang disetujui Menteri PANRB.', 'The SKJ approved by the PANRB Minister.'],
          ['Seperti skor 3, dan SKJ menjadi dasar pengukuran dan pengembangan kompetensi pegawai.', 'As level 3, and the SKJ are the basis for assessing and developing competencies.', 'Laporan atau dokumen yang menunjukkan pemakaian SKJ dalam pengukuran dan pengembangan kompetensi.', 'Reports showing the SKJ used in competency assessment and development.'],
        ],
        conf: 'uncertain',
        note: 'Applies when the agency is a Pemerintah Kabupaten/Kota (worksheet gate a4q0_jenis_instansi); its alternative is 4.1a. In the transcription level 2 lists the competencies with "or technical" where 4.1a says "and technical", and level 3 cites a garbled "Keputusan Menteri SKJ.5 tahun 2026" and does not build on level 2; the level texts here follow the transcription\'s evident intent.',
      },
      {
        code: '4.2',
        ws: 'a4q2',
        name: ['Pengukuran Kompetensi', 'Competency Assessment'],
        desc: [
          'Cakupan pengukuran kompetensi PNS pada jabatan manajerial (JPT, administrator, pengawas) dan non-manajerial, dan pemakaian hasilnya.',
          'How far competency assessment reaches PNS in managerial posts (senior executive, administrator, supervisor) and non-managerial posts, and how the results are used.',
        ],
        levels: [
          ['Belum ada pengukuran kompetensi.', 'No competency assessment.'],
          ['Baru pemangku Jabatan Pimpinan Tinggi (JPT) yang diukur.', 'Only senior executives (JPT) have been assessed.', 'Laporan pengukuran yang merinci jenis dan jenjang jabatan yang diukur.', 'The assessment report broken down by post type and level.'],
          ['Sebagian pemangku jabatan manajerial sudah diukur.', 'Some managerial post holders have been assessed.', 'Laporan pengukuran yang merinci jenis dan jenjang jabatan yang diukur.', 'The assessment report broken down by post type and level.'],
          ['Sebagian pemangku jabatan manajerial dan non-manajerial sudah diukur.', 'Some managerial and some non-managerial post holders have been assessed.', 'Laporan pengukuran yang merinci jenis dan jenjang jabatan yang diukur.', 'The assessment report broken down by post type and level.'],
          ['Seperti skor 3, dan hasilnya dipakai untuk melihat kesenjangan kompetensi, merencanakan dan melaksanakan pengembangan, memetakan talenta, dan menyusun rencana karier.', 'As level 3, and the results are used to find competency gaps, plan and run development, map talent and plan careers.', 'Dokumen yang menunjukkan pemakaian hasil pengukuran.', 'Documents showing the results in use.'],
        ],
        note: 'The transcription has no level for assessing all employees: level 3 says "some managerial and non-managerial"; kept as given.',
      },
      {
        code: '4.3',
        ws: 'a4q3',
        name: ['Program Pengembangan Kompetensi', 'Competency Development Programme'],
        desc: [
          'Rencana pengembangan kompetensi pegawai (AKD, AKPK/IDP, HCDP), pelaksanaan, evaluasi, dan tindak lanjutnya.',
          'The competency-development plan (training-needs analysis AKD, AKPK/IDP, HCDP), its execution, evaluation and follow-up.',
        ],
        levels: [
          ['Belum ada rencana pengembangan kompetensi pegawai.', 'No competency-development plan.'],
          ['Dokumen rencana pengembangan kompetensi sudah disusun.', 'A competency-development plan has been drawn up.', 'AKD, AKPK/IDP, atau HCDP.', 'The AKD, AKPK/IDP or HCDP.'],
          ['Seperti skor 1, dan pengembangan kompetensi dilaksanakan sesuai rencana.', 'As level 1, and development is carried out according to the plan.', 'Catatan pelaksanaan program pengembangan kompetensi.', 'Records of the programme being carried out.'],
          ['Seperti skor 2, dan pelaksanaannya sudah dievaluasi.', 'As level 2, and the execution has been evaluated.', 'Hasil evaluasi program.', 'The programme evaluation.'],
          ['Seperti skor 3, dan hasil evaluasi sudah ditindaklanjuti.', 'As level 3, and the evaluation has been acted on.', 'Catatan tindak lanjut evaluasi.', 'Records of the follow-up.'],
        ],
      },
    ],
  },
];
