// Indonesian for every provenance note of rubrics/panrb-19-2025.json, keyed by the English note
// (our own words, faithful to the English: numbers, regulations and sources as they are).
// make-panrb-2026.mjs turns each English note into `{ id, en }`; a note without an entry here
// stops the script, so a new English note cannot ship without its Indonesian.

/** The sentence every item note starts with (make-panrb-2026.mjs `leafNode`). */
export const ITEM_PREFIX = [
  'Sub-aspect, question and 0-4 ladder as the transcription gives them; the level texts are our own short words; evidence is required above level 0.',
  'Subaspek, pertanyaan, dan jenjang 0-4 sesuai transkripsi; teks level adalah kata-kata singkat kami sendiri; bukti wajib di atas level 0.',
];

const BAND_EDGE = [
  'Scores are rounded to 2 decimals (half up) before they are classified, so half-open edges at the printed starts (0.41, 0.61, 0.81) leave no gap: 0.405 rounds to 0.41, LANJUTAN.',
  'Skor dibulatkan ke 2 desimal (half up) sebelum dikategorikan, jadi batas setengah terbuka pada awal yang tercetak (0.41, 0.61, 0.81) tidak menyisakan celah: 0.405 dibulatkan menjadi 0.41, LANJUTAN.',
];
const BAND_WHERE = [
  ' Applied to each aspect and to MATURITAS; per-aspect use as in the Satu Data catalogue.',
  ' Diterapkan pada tiap aspek dan pada MATURITAS; pemakaian per aspek seperti dalam katalog Satu Data.',
];

const NOTES = new Map([
  [
    'Provisional. Third-party transcription: every item, level ladder and gate comes from a transcription of the 2026 worksheet that has not been checked against the official KemenPANRB file (its header claims 33 scored questions; it holds 31 score entries); "confirmed" on an item means the transcription says so. Confirmed in the regulation: its 8 aspects, and for aspect 1 the name, description, Bobot Aspek 10% and sub-aspects 1.1-1.3 (Lampiran I); measurement by self-assessment and a survey. Secondary only: aspect 8 at 10% (Aug 2025 draft), NISM = 75% maturity + 25% survey, a correction factor, the DASAR-MAJU bands and their use per aspect. Inferred: aspect score = mean of level/4 over the items that apply (items switched off by a profile answer leave the mean); rounding to 2 decimals at each aspect, MATURITAS and NISM. Placeholder: the weights of aspects 2-7 (equal split). Level texts are our own short words, not the worksheet\'s sentences.',
    'Sementara. Transkripsi pihak ketiga: setiap butir, jenjang level, dan gerbang berasal dari transkripsi kertas kerja 2026 yang belum dicocokkan dengan berkas resmi KemenPANRB (kepalanya menyebut 33 pertanyaan berskor; isinya 31 entri skor); "terkonfirmasi" pada suatu butir berarti transkripsi menyatakannya demikian. Terkonfirmasi dalam peraturan: 8 aspeknya, dan untuk aspek 1 nama, uraian, Bobot Aspek 10% dan subaspek 1.1-1.3 (Lampiran I); pengukuran melalui penilaian mandiri dan survei. Hanya dari sumber sekunder: aspek 8 sebesar 10% (rancangan Agustus 2025), NISM = 75% maturitas + 25% survei, faktor koreksi, kategori DASAR-MAJU dan pemakaiannya per aspek. Disimpulkan: skor aspek = rata-rata level/4 atas butir yang berlaku (butir yang dimatikan oleh jawaban profil keluar dari rata-rata); pembulatan ke 2 desimal pada tiap aspek, MATURITAS, dan NISM. Pengganti sementara: bobot aspek 2-7 (dibagi rata). Teks level adalah kata-kata singkat kami sendiri, bukan kalimat kertas kerja.',
  ],
  ['The transcription types this three-way choice as a gate of aspect 4; it switches the SKJ item only. The aliases are ours.', 'Transkripsi menjadikan pilihan tiga arah ini gerbang aspek 4; ia hanya menyalakan atau mematikan butir SKJ. Alias-aliasnya buatan kami.'],
  [
    'As transcribed: only "ya" leads to the Tukin/TPP item, so central agencies skip it although ministries pay tukin. Probably a transcription bug (the intent is likely that only regional governments without TPP skip it); not confirmed, so the rubric follows the transcription.',
    'Sesuai transkripsi: hanya "ya" yang menuju butir Tukin/TPP, sehingga instansi pusat melewatinya padahal kementerian membayar tukin. Kemungkinan kesalahan transkripsi (maksudnya mungkin hanya pemerintah daerah tanpa TPP yang melewatinya); belum terkonfirmasi, jadi rubrik mengikuti transkripsi.',
  ],
  ['Yes/no as transcribed; the aliases are ours.', 'Ya/tidak sesuai transkripsi; alias-aliasnya buatan kami.'],
  ['NISM × 100, for reading; changes no score.', 'NISM × 100, agar mudah dibaca; tidak mengubah skor apa pun.'],
  [
    'The 75/25 composite is reported by two secondary sources before the regulation was signed (the Aug 2025 draft; BKN in Oct 2025); the regulation summary confirms only that measurement combines self-assessment and a survey. Without a survey result the index is incomplete and MATURITAS stands in (fallback). Rounded once to 2 decimals, half up, then classified.',
    'Komposit 75/25 dilaporkan oleh dua sumber sekunder sebelum peraturan ditandatangani (rancangan Agustus 2025; BKN pada Oktober 2025); ringkasan peraturan hanya mengonfirmasi bahwa pengukuran menggabungkan penilaian mandiri dan survei. Tanpa hasil survei indeks tidak lengkap dan MATURITAS menggantikannya (fallback). Dibulatkan sekali ke 2 desimal, half up, lalu dikategorikan.',
  ],
  [
    'Coefficient 0.75 from secondary sources (see NISM). Aspect weights: aspect 1 confirmed, aspect 8 from the draft, aspects 2-7 a placeholder (see each aspect). How levels become maturity is inferred, not seen in any source: each aspect is the plain mean of level/4 over its items that apply, rounded to 2 decimals; MATURITAS is the weighted mean of the aspects, rounded to 2 decimals. The categories are applied per aspect as well, as a regional indicator catalogue does (Satu Data indicator catalogue of Kab. Belitung Timur (https://sdi.beltim.go.id/kodref/09.06.030)).',
    'Koefisien 0.75 dari sumber sekunder (lihat NISM). Bobot aspek: aspek 1 terkonfirmasi, aspek 8 dari rancangan, aspek 2-7 pengganti sementara (lihat tiap aspek). Cara level menjadi maturitas disimpulkan, tidak terlihat di sumber mana pun: tiap aspek adalah rata-rata biasa level/4 atas butirnya yang berlaku, dibulatkan ke 2 desimal; MATURITAS adalah rata-rata tertimbang aspek, dibulatkan ke 2 desimal. Kategori juga diterapkan per aspek, seperti pada katalog indikator daerah (Satu Data indicator catalogue of Kab. Belitung Timur (https://sdi.beltim.go.id/kodref/09.06.030)).',
  ],
  [
    "Bobot Aspek 10% as Lampiran I gives it, written as 3 of 30 points (weightUnit points) so that aspects 2-7 can share the remaining 80% exactly (4 of 30 each). The description is our paraphrase of the Lampiran I row. How the items make the aspect's 0-1 score is inferred: see MATURITAS.",
    'Bobot Aspek 10% sesuai Lampiran I, ditulis sebagai 3 dari 30 poin (weightUnit points) agar aspek 2-7 dapat berbagi sisa 80% dengan tepat (masing-masing 4 dari 30). Uraiannya adalah parafrase kami atas baris Lampiran I. Cara butir membentuk skor 0-1 aspek disimpulkan: lihat MATURITAS.',
  ],
  [
    "Weights of aspects 2-7 unknown; provisional equal split: after aspect 1 (10%, confirmed) and aspect 8 (10%, draft) the remaining 80% is split six ways, 4 of 30 points each = 13.333...% (exact; 80/6 has no finite decimal, hence points, not percent). The name is in the regulation's list of aspects (JDIH summary); its Lampiran I row was not seen.",
    'Bobot aspek 2–7 belum diketahui; pembagian rata sementara: setelah aspek 1 (10%, terkonfirmasi) dan aspek 8 (10%, rancangan) sisa 80% dibagi enam, masing-masing 4 dari 30 poin = 13.333...% (tepat; 80/6 tidak punya desimal berhingga, karena itu poin, bukan persen). Namanya ada dalam daftar aspek peraturan (ringkasan JDIH); baris Lampiran I-nya belum terlihat.',
  ],
  [
    "10% only from the pre-signature draft of 28 Aug 2025 (written as 3 of 30 points); whether Lampiran I kept it is not known. The name is in the regulation's list of aspects (JDIH summary).",
    '10% hanya dari rancangan sebelum penandatanganan tertanggal 28 Agustus 2025 (ditulis sebagai 3 dari 30 poin); apakah Lampiran I mempertahankannya tidak diketahui. Namanya ada dalam daftar aspek peraturan (ringkasan JDIH).',
  ],
  [
    'Coefficient 0.25 from secondary sources. How the survey is run and scaled is not known: here its result is a 0-1 figure (a 0-100 figure, or one written with %, is divided by 100).',
    'Koefisien 0.25 dari sumber sekunder. Cara survei dijalankan dan diskalakan tidak diketahui: di sini hasilnya angka 0-1 (angka 0-100, atau yang ditulis dengan %, dibagi 100).',
  ],
  [
    "BKN presenters said a correction factor for violations or negative conditions can change the final result; its size and rule are not known. Here an amount from 0 to 1 is subtracted from NISM (0 without a row); the upper bound 1 is a placeholder. The reason is the row's evidence or notes.",
    'Pemapar BKN menyebut faktor koreksi untuk pelanggaran atau kondisi negatif dapat mengubah hasil akhir; besar dan aturannya tidak diketahui. Di sini jumlah 0 sampai 1 dikurangkan dari NISM (0 bila tidak ada barisnya); batas atas 1 adalah pengganti sementara. Alasannya ada di kolom bukti atau catatan baris itu.',
  ],
  // Item notes (after ITEM_PREFIX)
  [
    'The sub-aspect name 1.1 Analisis Jabatan is also in Lampiran I of the regulation (seen on pasal.id). The transcription states the note on which posts count twice.',
    'Nama subaspek 1.1 Analisis Jabatan juga ada di Lampiran I peraturan (terlihat di pasal.id). Transkripsi memuat catatan tentang jabatan mana yang dihitung dua kali.',
  ],
  ['The sub-aspect name 1.2 Evaluasi Jabatan is also in Lampiran I of the regulation (seen on pasal.id).', 'Nama subaspek 1.2 Evaluasi Jabatan juga ada di Lampiran I peraturan (terlihat di pasal.id).'],
  [
    'The sub-aspect name 1.3 Perencanaan Kebutuhan ASN is also in Lampiran I of the regulation (seen on pasal.id). The transcription\'s first evidence hint names a "Menteri Fungsional PANRB" (garbled); read as the PANRB Minister.',
    'Nama subaspek 1.3 Perencanaan Kebutuhan ASN juga ada di Lampiran I peraturan (terlihat di pasal.id). Petunjuk bukti pertama transkripsi menyebut "Menteri Fungsional PANRB" (rusak); dibaca sebagai Menteri PANRB.',
  ],
  [
    'The transcription\'s level 1 reads "KTI formed, but (namun) some staff mapped", which is contradictory; read as "KTI formed, some staff mapped". Three of its evidence hints repeat those of 2.2 (acquisition strategy) and are left out here.',
    'Level 1 transkripsi berbunyi "KTI formed, but (namun) some staff mapped", yang bertentangan; dibaca sebagai "KTI terbentuk, sebagian pegawai terpetakan". Tiga petunjuk buktinya mengulang petunjuk 2.2 (strategi pengadaan) dan tidak dipakai di sini.',
  ],
  [
    'In the transcription levels 2 and 3 measure different things (reach among managerial posts, then use for development or succession); kept as given.',
    'Dalam transkripsi level 2 dan 3 mengukur hal berbeda (jangkauan di antara jabatan manajerial, lalu pemakaian untuk pengembangan atau suksesi); dibiarkan sesuai aslinya.',
  ],
  ['In the transcription levels 3 and 4 do not restate that the lower levels are met; read as building on level 2.', 'Dalam transkripsi level 3 dan 4 tidak menyatakan ulang bahwa level di bawahnya terpenuhi; dibaca sebagai kelanjutan dari level 2.'],
  ["The transcription's first evidence hint is copied from 5.4 (BerAKHLAK policy) and is left out here.", 'Petunjuk bukti pertama transkripsi disalin dari 5.4 (kebijakan BerAKHLAK) dan tidak dipakai di sini.'],
  [
    'Level 0 is inferred: the transcription\'s level 0 ("no work output or realisation") is copied from 3.2 and says nothing about SKP coverage; here it is the case below level 1 (under 70%).',
    'Level 0 disimpulkan: level 0 transkripsi ("tidak ada hasil kerja atau realisasi") disalin dari 3.2 dan tidak menyebut cakupan SKP; di sini level 0 adalah keadaan di bawah level 1 (di bawah 70%).',
  ],
  ['In the transcription level 0 counts annual evaluations only while levels 1-2 count annual and periodic ones; kept as given.', 'Dalam transkripsi level 0 hanya menghitung evaluasi tahunan sedangkan level 1-2 menghitung evaluasi tahunan dan berkala; dibiarkan sesuai aslinya.'],
  [
    'Applies when the agency is an Instansi Pusat or a Pemerintah Provinsi (worksheet gate a4q0_jenis_instansi); its alternative is 4.1b.',
    'Berlaku bila instansi adalah Instansi Pusat atau Pemerintah Provinsi (gerbang kertas kerja a4q0_jenis_instansi); alternatifnya 4.1b.',
  ],
  [
    'Applies when the agency is a Pemerintah Kabupaten/Kota (worksheet gate a4q0_jenis_instansi); its alternative is 4.1a. In the transcription level 2 lists the competencies with "or technical" where 4.1a says "and technical", and level 3 cites a garbled "Keputusan Menteri SKJ.5 tahun 2026" and does not build on level 2; the level texts here follow the transcription\'s evident intent.',
    'Berlaku bila instansi adalah Pemerintah Kabupaten/Kota (gerbang kertas kerja a4q0_jenis_instansi); alternatifnya 4.1a. Dalam transkripsi level 2 menyebut kompetensi dengan "atau teknis" padahal 4.1a berbunyi "dan teknis", dan level 3 mengutip "Keputusan Menteri SKJ.5 tahun 2026" yang rusak dan tidak melanjutkan level 2; teks level di sini mengikuti maksud transkripsi yang tampak.',
  ],
  [
    'The transcription has no level for assessing all employees: level 3 says "some managerial and non-managerial"; kept as given.',
    'Transkripsi tidak punya level untuk penilaian semua pegawai: level 3 berbunyi "sebagian manajerial dan nonmanajerial"; dibiarkan sesuai aslinya.',
  ],
  [
    'The transcription\'s payment-tally hint counts "PPPK per golongan", probably meant for all employees; written here as staff per grade.',
    'Petunjuk rekap pembayaran dalam transkripsi menghitung "PPPK per golongan", kemungkinan dimaksudkan untuk semua pegawai; di sini ditulis sebagai pegawai per golongan.',
  ],
  [
    'Applies only when the TPP opening question (worksheet gate a6q3_gate) is answered "ya", as the transcription says. That also drops the item for central agencies (answer bukan_provkab), although ministries pay tukin and the item names tukin: probably a transcription bug, not confirmed. The transcription\'s note on this item is copied from 6.2 and is left out.',
    'Hanya berlaku bila pertanyaan pembuka TPP (gerbang kertas kerja a6q3_gate) dijawab "ya", sesuai transkripsi. Itu juga menggugurkan butir ini bagi instansi pusat (jawaban bukan_provkab), padahal kementerian membayar tukin dan butir ini menyebut tukin: kemungkinan kesalahan transkripsi, belum terkonfirmasi. Catatan transkripsi pada butir ini disalin dari 6.2 dan tidak dipakai.',
  ],
  [
    "The transcription's question names all four social-security schemes but its levels cover only pension and old age for PNS; the other schemes are items 6.4b-d.",
    'Pertanyaan transkripsi menyebut keempat program jaminan sosial tetapi levelnya hanya mencakup pensiun dan hari tua bagi PNS; program lainnya adalah butir 6.4b-d.',
  ],
  [
    'Applies only when the work-accident opening question (worksheet gate a6q4_kecelakaan_gate) is answered "ya". The transcription\'s evidence hint is partly garbled ("luran JKK", a truncated "Daftar Dokumen").',
    'Hanya berlaku bila pertanyaan pembuka kecelakaan kerja (gerbang kertas kerja a6q4_kecelakaan_gate) dijawab "ya". Petunjuk bukti transkripsi sebagian rusak ("luran JKK", "Daftar Dokumen" yang terpotong).',
  ],
  ['Applies only when the death opening question (worksheet gate a6q4_kematian_gate) is answered "ya".', 'Hanya berlaku bila pertanyaan pembuka kematian (gerbang kertas kerja a6q4_kematian_gate) dijawab "ya".'],
  [
    "The transcription's level 2 lost its opening words and its first evidence hint is truncated; the ladder is read as the one of 6.4a-c.",
    'Level 2 transkripsi kehilangan kata-kata pembukanya dan petunjuk bukti pertamanya terpotong; jenjangnya dibaca seperti jenjang 6.4a-c.',
  ],
  [
    'The 2025 draft split this aspect into 7.1-7.3 (Pemberhentian 7.2, Upaya Administrasi 7.3); the worksheet has one item, numbered 7.1 here.',
    'Rancangan 2025 memecah aspek ini menjadi 7.1-7.3 (Pemberhentian 7.2, Upaya Administrasi 7.3); kertas kerja punya satu butir, di sini bernomor 7.1.',
  ],
  ['The 2025 draft names 8.1 Data manajemen ASN, matching the worksheet.', 'Rancangan 2025 menyebut 8.1 Data manajemen ASN, sesuai dengan kertas kerja.'],
  ['The 2025 draft names 8.2 Layanan digital manajemen ASN, matching the worksheet.', 'Rancangan 2025 menyebut 8.2 Layanan digital manajemen ASN, sesuai dengan kertas kerja.'],
]);

/** `Printed as "0 – 04", read as 0-0.40.` and the rest of a band note. */
const BAND = /^Printed as (".+?"), read as ([\d.]+-[\d.]+)\. (.+?) Whether the signed regulation kept these bands is not known\.$/;

/** The Indonesian of one English note; throws when there is none. */
export function noteId(en) {
  if (NOTES.has(en)) return NOTES.get(en);
  if (en === ITEM_PREFIX[0]) return ITEM_PREFIX[1];
  if (en.startsWith(`${ITEM_PREFIX[0]} `)) return `${ITEM_PREFIX[1]} ${noteId(en.slice(ITEM_PREFIX[0].length + 1))}`;
  const m = BAND.exec(en);
  if (m) {
    let rest = m[3];
    let id = '';
    if (rest.startsWith(BAND_EDGE[0])) {
      id = BAND_EDGE[1];
      rest = rest.slice(BAND_EDGE[0].length);
    }
    if (rest === BAND_WHERE[0]) {
      id += BAND_WHERE[1];
      rest = '';
    }
    if (rest === '') return `Tercetak ${m[1]}, dibaca ${m[2]}. ${id} Apakah peraturan yang ditandatangani mempertahankan kategori ini tidak diketahui.`;
  }
  throw new Error(`no Indonesian for the note: ${en}`);
}
