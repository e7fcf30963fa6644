/** Indonesian words of the v2 diagnostics of src/rubric (merit-rubric/2: profile, variants, composites, band sets, extends). */
import { s, q, didYouMean } from '../../helpers/rubric.js';
import type { Catalog } from '../../types.js';

const KEY_FOR: Record<string, string> = { weights: 'bobot', coefficients: 'koefisien', texts: 'teks', provenance: 'asal-usul' };

export const rubricV2 = {
  RUBRIC_DUPLICATE_PROFILE_CODE: {
    text: (a) => `kode profil ${q(a.code)} sudah dipakai ${a.node ? 'oleh node' : 'oleh pertanyaan profil'} di ${s(a.first)}`,
    hint: () => 'pertanyaan profil dijawab di lembar bukti dengan kodenya, seperti kriteria: kodenya harus unik di antara pertanyaan dan node',
  },
  RUBRIC_PROFILE_UNKNOWN: {
    text: (a) => `pertanyaan profil ${q(a.profile)} tidak ada di "profile".${didYouMean(a, 'id')}`,
    hint: (a) => (s(a.questions) ? `pertanyaan profil: ${s(a.questions)}` : 'rubrik ini tidak punya "profile"'),
  },
  RUBRIC_PROFILE_ANSWER_UNKNOWN: {
    text: (a) => `${q(a.value)} bukan jawaban pertanyaan profil ${q(a.profile)}.${didYouMean(a, 'id')}`,
    hint: (a) => `jawaban (nilai "value"): ${s(a.answers)}`,
  },
  RUBRIC_CRITERION_UNKNOWN: {
    text: (a) => `kondisi merujuk kriteria ${q(a.criterion)}, tetapi tidak ada kriteria (daun) dengan kode itu.${didYouMean(a, 'id')}`,
  },
  RUBRIC_CONDITION_SUBJECT: {
    text: (a) => (a.key === 'column' ? 'kondisi atas "column" hanya untuk rubrik dengan subject "record"' : `kondisi atas ${q(a.key)} hanya untuk rubrik dengan subject "agency"`),
    hint: (a) => (a.key === 'column' ? 'dalam rubrik instansi, kondisi memakai "profile" (pertanyaan profil) atau "criterion" (kriteria lain)' : 'dalam rubrik record, kondisi memakai "column" (kolom rekaman)'),
  },
  RUBRIC_VARIANT_SUBJECT: {
    text: (a) =>
      a.reason === 'no-profile'
        ? `varian ${q(a.variant)}: ${s(a.code)} perlu kondisi "when" atas pertanyaan profil`
        : `varian ${q(a.variant)}: ${s(a.code)} bersyarat pada pertanyaan ${q(a.profile)}, sedangkan ${s(a.other)} pada ${q(a.otherProfile)}`,
    hint: () => 'node dengan nama varian yang sama adalah alternatif: kondisinya harus atas satu pertanyaan profil yang sama',
  },
  RUBRIC_VARIANT_OVERLAP: {
    text: (a) => `varian ${q(a.variant)}: ${s(a.code)} dan ${s(a.other)} sama-sama berlaku untuk jawaban ${s(a.answers)}`,
    hint: () => 'untuk setiap jawaban tepat satu varian berlaku: pisahkan daftar "in"/"notIn"-nya',
  },
  RUBRIC_VARIANT_UNCOVERED: {
    text: (a) => `varian ${q(a.variant)}: tidak ada yang berlaku untuk jawaban ${s(a.answers)} dari pertanyaan ${q(a.profile)}`,
    hint: () => 'untuk setiap jawaban tepat satu varian berlaku: tambahkan jawaban itu ke salah satu varian',
  },
  RUBRIC_WEIGHTS_PERCENT_SUM: {
    text: (a) => `${s(a.code)}: bobot anak-anaknya berjumlah ${s(a.sum)}, bukan 100 ("weightUnit": "percent")`,
    hint: () => 'bobot dalam persen harus berjumlah tepat 100',
  },
  RUBRIC_COMPOSITE_FALLBACK: {
    text: (a) =>
      a.reason === 'missing'
        ? `${s(a.code)}: anak wajib ${s(a.child)} perlu "fallback" pada induknya (komposit)`
        : a.reason === 'not-child'
          ? `${s(a.code)}: fallback ${q(a.fallback)} bukan anak node ini.${didYouMean(a, 'id')}`
          : a.reason === 'required'
            ? `${s(a.code)}: fallback ${q(a.fallback)} sendiri wajib ("required"), sehingga tidak dapat menggantikan`
            : `${s(a.code)}: "fallback" hanya untuk "aggregate": "composite"`,
    hint: () => 'tanpa bukti anak wajib, komposit memakai skor anak "fallback" (mis. indeks kematangan) dan ditandai belum lengkap',
  },
  RUBRIC_COEFFICIENT_PARENT: {
    text: (a) => `${s(a.code)}: ${q(a.key)} hanya berlaku pada anak dari kelompok "aggregate": "composite"`,
  },
  RUBRIC_NOT_APPLICABLE_GROUP: {
    text: (a) => `${s(a.code)}: "notApplicable" hanya untuk kriteria (daun), bukan kelompok`,
    hint: () => 'kelompok yang tidak berlaku ditulis dengan kondisi "when"',
  },
  RUBRIC_BANDSET_UNKNOWN: {
    text: (a) => `himpunan pita ${q(a.set)} tidak ada di "bandSets".${didYouMean(a, 'id')}`,
    hint: (a) => (s(a.declared) ? `himpunan pita: ${s(a.declared)}` : 'rubrik ini tidak punya "bandSets"'),
  },
  RUBRIC_BAND_REQUIRES_UNKNOWN: {
    text: (a) =>
      a.reason === 'node'
        ? `pita ${s(a.band)}: "of" merujuk node ${q(a.of)} yang tidak ada.${didYouMean(a, 'id')}`
        : a.reason === 'no-bands'
          ? `pita ${s(a.band)}: tidak ada anak ${s(a.of)} yang punya pita, jadi "atLeast" ${q(a.atLeast)} tidak dapat diperiksa`
          : `pita ${s(a.band)}: ${q(a.atLeast)} bukan kode pita anak-anak ${s(a.of)}.${didYouMean(a, 'id')}`,
    hint: (a) => (s(a.known) ? `kode pita anak-anaknya: ${s(a.known)}` : 'beri anak-anaknya "bands" sendiri'),
  },
  RUBRIC_NORMALIZE_ZERO_MAX: { text: (a) => `${s(a.code)}: "normalize" tidak berpengaruh karena maksimum node ini selalu 0` },
  RUBRIC_EXTENDS_NOT_FOUND: {
    text: (a) => (a.path !== undefined ? `rubrik dasar ${q(a.path)} tidak ditemukan` : `rubrik dasar ${q(a.id)} bukan rubrik bawaan.${didYouMean(a, 'id')}`),
    hint: (a) => (a.path !== undefined ? 'path dibaca relatif terhadap berkas yang memperluasnya' : `rubrik bawaan: ${s(a.bundled) || '(tidak ada)'}`),
  },
  RUBRIC_EXTENDS_VERSION: {
    text: (a) => `rubrik dasar ${q(a.id)} berversi ${s(a.found)}, bukan ${s(a.expected)} seperti tertulis di "extends"`,
    hint: () => 'periksa perubahan rubrik dasar, lalu perbarui "extends.version"',
  },
  RUBRIC_EXTENDS_CYCLE: { text: (a) => `"extends" berputar: ${s(a.chain)}` },
  RUBRIC_EXTENDS_DEPTH: { text: (a) => `rantai "extends" lebih dari ${s(a.max)} tingkat: ${s(a.chain)}` },
  RUBRIC_OVERRIDE_UNKNOWN_CODE: {
    text: (a) => `override ${KEY_FOR[s(a.kind)] ?? s(a.kind)}: tidak ada node berkode ${q(a.code)} di rubrik dasar.${didYouMean(a, 'id')}`,
  },
} satisfies Record<string, Catalog[string]>;
