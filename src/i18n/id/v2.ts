/** Indonesian words of the v2 parts of the template and the analysis commands. */
import type { AnalysisV2Words, TemplateV2Words } from '../ui-types-v2.js';

export const templateV2: TemplateV2Words = {
  hintHeaders: ['Berlaku bila / pilihan', 'Syarat berlaku', 'Petunjuk isian'],
  hintMeaning: 'Kapan baris dinilai, atau jawaban yang boleh dipilih. Hanya keterangan (ditulis oleh merit).',
  profileAspect: 'Profil instansi',
  chooseAnswer: 'Pilih jawaban',
  answers: (l) => `Pilihan: ${l}`,
  appliesWhen: (c) => `Berlaku bila ${c}`,
  is: (s, v) => `${s} = ${v}`,
  isNot: (s, v) => `${s} bukan ${v}`,
  or: 'atau',
  and: 'dan',
  criterion: (c) => `kriteria ${c}`,
  column: (k) => `kolom ${k}`,
  orNotApplicable: (w) => `Tulis "${w}" bila tidak berlaku`,
  profileKey: 'Profil instansi',
  profileText:
    'Jawab dulu pertanyaan profil di baris teratas lembar penilaian (pilih dari daftar): jawabannya menentukan kriteria mana yang berlaku bagi instansi.',
  applicabilityKey: 'Kriteria yang berlaku',
  conditionsText: (h) => `Kriteria dengan syarat di kolom "${h}" hanya dinilai bila syaratnya terpenuhi; bila tidak terpenuhi, kosongkan barisnya.`,
  notApplicableText: (w) =>
    `Kriteria yang boleh dinyatakan tidak berlaku memuat "${w}" di daftar pilihannya: kriteria itu lalu tidak dihitung (juga tidak dalam nilai maksimum). Di kriteria lain kata ini adalah galat.`,
};

export const analysisV2: AnalysisV2Words = {
  aspectsTitle: 'Analisis kesenjangan per aspek',
  aspectsTarget: (b) => `setiap aspek minimal ${b}`,
  aspectHead: (c, n, f, t) => `${c} ${n} · ${f} → ${t}`,
  stepsWord: (n) => `${n} langkah`,
  aspectAlready: (c) => `sudah ${c}; tidak ada yang perlu diubah`,
  aspectUnreachable: (b) => `tidak tercapai: dengan semua level di maksimum ${b}`,
  aspectGain: 'Aspek +',
  requirement: 'Syarat',
  allAlready: (b) => `Semua aspek sudah minimal ${b}; tidak ada yang perlu diubah.`,
  someUnreachable: 'Tidak semua aspek dapat mencapai target, bahkan dengan semua level di maksimum.',
  joint: 'Aspek saling terkait (syarat atau batas kategori): satu pencarian atas semua kriteria menentukan.',
  aspectsRule: 'Aspek: unsur berkategori sendiri yang tidak punya turunan berkategori. Hanya kriteria yang berlaku yang dinaikkan.',
  notApplicableSkipped: (l) => `Kriteria yang tidak berlaku tidak dinaikkan: ${l}.`,
  totalAfter: 'Total setelah perubahan',
  stepsMinimal: 'langkah paling sedikit terbukti; pilihan di antara yang sama panjang: upaya terbaik',

  notApplicableHead: 'Tidak berlaku',
  conditionWhy: (s, op, v, x) => `berlaku bila ${s} ${op === 'in' ? 'salah satu dari' : 'bukan'} ${v}; di sini: ${x ?? 'tidak dijawab'}`,
  profileSubject: (c, l) => `profil ${c} (${l})`,
  criterionSubject: (c) => `kriteria ${c}`,
  columnSubject: (k) => `kolom ${k}`,
  declaredWhy: (w, c) => `dinyatakan tidak berlaku dengan "${w}"${c ? ` di ${c}` : ''}`,
  refusedWhy: 'nilai tidak berlaku ditolak: kriteria ini tidak boleh dinyatakan tidak berlaku',
  leftOut: 'tidak ikut dihitung: nilai dan maksimumnya 0, dan rerata induknya hanya membagi dengan yang berlaku',
  normalised: (s, m, n, r) => `dinormalkan: ${s} / ${m} × ${n} = ${r}`,
  nodeRounding: (f, t, r) => `dibulatkan di unsur ini: ${f} → ${t} (${r})`,
  category: (c, r) => `kategori ${c} (${r})`,
  capped: (f, ch, a, o) => `semestinya ${f}, tetapi ${ch} (anak ${o}) di bawah ${a}`,
  incomplete: (m, f) => `belum lengkap: ${m} tanpa bukti; ${f} yang dipakai`,
  profileHead: 'Profil instansi',
  unanswered: 'tidak dijawab',

  categoriesHeading: (n) => `Kategori yang berubah (${n})`,
  noCategoryChanges: 'Tidak ada kategori yang berubah.',
};
