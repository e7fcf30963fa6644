/**
 * Indonesian words of `--help` and of commander's own messages (src/cli/help.ts puts them on the
 * command tree). Options are keyed by their long flag: `options` holds the words most commands
 * share, a command's own `options` win over them. Examples: 2–4 per command, shown last.
 */
import { a } from '../helpers/cli.js';
import type { Sentence } from '../types.js';

export const help = {
  titles: { usage: 'Pemakaian:', arguments: 'Argumen:', options: 'Opsi:', commands: 'Perintah:', globalOptions: 'Opsi global:', examples: 'Contoh:' },
  usage: { options: '[opsi]', command: '[perintah]' },
  extra: { choices: 'pilihan', default: 'bawaan' },
  helpOption: 'tampilkan bantuan ini',
  helpCommand: { term: 'help [perintah]', description: 'tampilkan bantuan sebuah perintah' },
  errors: {
    prefix: () => 'galat:',
    unknownOption: (x) => `opsi tidak dikenal '${a(x.flag)}'`,
    unknownCommand: (x) => `perintah tidak dikenal '${a(x.command)}'`,
    didYouMean: (x) => `(Maksud Anda ${a(x.candidates)}?)`,
    didYouMeanOneOf: (x) => `(Maksud Anda salah satu dari ${a(x.candidates)}?)`,
    missingArgument: (x) => `argumen wajib '${a(x.name)}' tidak diberikan`,
    optionMissingArgument: (x) => `opsi '${a(x.flags)}' perlu nilai`,
    missingMandatoryOption: (x) => `opsi wajib '${a(x.flags)}' tidak diberikan`,
    excessArguments: (x) => `terlalu banyak argumen${x.command ? ` untuk '${a(x.command)}'` : ''}: diharapkan ${a(x.expected)}, diberikan ${a(x.got)}`,
    invalidValue: (x) => `nilai '${a(x.value)}' untuk opsi '${a(x.flags)}' tidak sah.`,
    invalidArgumentValue: (x) => `nilai '${a(x.value)}' untuk argumen '${a(x.name)}' tidak sah.`,
    allowedChoices: (x) => `Pilihan yang ada: ${a(x.choices)}.`,
    conflictingOption: (x) => `'${a(x.a)}' tidak dapat dipakai bersama '${a(x.b)}'`,
    unknownLangEnv: (x) => `MERIT_LANG=${a(x.value)} tidak dikenal (pilihan: ${a(x.choices)}); memakai ${a(x.used)}`,
  } satisfies Record<string, Sentence>,
  options: {
    '--help': 'tampilkan bantuan ini',
    '--version': 'tampilkan nomor versi',
    '--lang': 'bahasa keluaran; bawaan: id, atau MERIT_LANG',
    '--no-color': 'tanpa warna (juga NO_COLOR; FORCE_COLOR memaksa warna)',
    '--debug': 'tampilkan stack trace bila terjadi galat internal',
    '--rubric': 'rubrik untuk berkas bukti: id bawaan atau path (bawaan: dari stempel atau kode berkas)',
    '--format': 'format keluaran',
    '--output': 'tulis ke berkas (atomik); format dari ekstensi',
    '--sheet': 'lembar yang dibaca: nama atau nomor mulai 1 (bawaan: yang pertama dengan tajuk cocok)',
    '--profile': 'rubrik v2: jawaban pertanyaan profil untuk berkas bukti, bisa diulang',
    '--quiet': 'hanya galat',
    '--verbose': 'tampilkan setiap kriteria',
    '--deterministic': 'tanpa cap waktu (juga SOURCE_DATE_EPOCH)',
    '--max-file-size': 'batas ukuran berkas masukan',
    '--max-inflated-size': 'batas ukuran xlsx setelah dibuka',
    '--max-rows': 'batas jumlah baris',
    '--max-cell-chars': 'batas karakter per sel',
    '--max-cells': 'batas jumlah sel xlsx atau isian CSV',
  },
  exitCodes: 'Kode keluar: 0 berhasil, 1 gerbang gagal, 2 galat pemakaian atau masukan, 3 galat internal.',
  commands: {
    '': {
      description: 'Menghitung indeks sistem merit dari spreadsheet bukti dukung.',
      examples: [
        'merit score bukti.xlsx                     # laporan di terminal',
        'merit score bukti.csv -f json -o laporan.json --fail-under 250',
        'merit rubric list                          # rubrik bawaan',
        'merit template --rubric panrb-19-2025 -o kertas-kerja.xlsx',
      ],
    },
    score: {
      description: 'hitung skor dari berkas bukti',
      arguments: { inputs: 'berkas .xlsx/.csv, direktori, atau pola glob berkutip' },
      options: {
        '--rubric': 'rubrik: id bawaan atau path (bawaan: dari stempel atau kode berkas)',
        '--format': 'format keluaran, bisa diulang',
        '--output': 'tulis laporan ke berkas (atomik), bisa diulang; format dari ekstensi',
        '--output-dir': 'satu laporan per berkas masukan (format dari -f, bawaan json) + manifest.json',
        '--csv-delimiter': 'pemisah laporan CSV dan --records (; untuk Excel berbahasa Indonesia)',
        '--subject': 'nama instansi bila tidak ada di berkas (bawaan: nama berkas)',
        '--period': 'periode bila tidak ada di berkas',
        '--fail-under': 'keluar 1 bila skor di bawah nilai ini',
        '--min-predicate': 'keluar 1 bila predikat di bawah kode pita ini',
        '--min-coverage': 'keluar 1 bila bukti mencakup kurang dari persen nilai maksimum ini',
        '--assume': 'andaikan kriteria bernilai ini (what-if), bisa diulang',
        '--profile': 'rubrik v2: jawaban pertanyaan profil (menang atas berkas), bisa diulang',
        '--records': 'rubrik per pegawai: tulis nilai setiap baris ke CSV (dialirkan, atomik)',
      },
      examples: [
        'merit score bukti.xlsx --verbose                  # setiap kriteria dengan selnya',
        'merit score bukti.xlsx -o laporan.html -o laporan.xlsx',
        'merit score bukti.csv -f json -o - --min-predicate III   # gerbang CI',
        'merit score "data/**/*.xlsx" --output-dir laporan     # banyak berkas sekaligus',
      ],
    },
    template: {
      description: 'buat berkas bukti kosong untuk rubrik',
      options: {
        '--rubric': 'rubrik: id bawaan atau path',
        '--output': 'berkas .xlsx atau .csv (ditulis atomik)',
        '--format': 'format berkas (bawaan: dari ekstensi)',
        '--force': 'timpa berkas yang sudah ada',
        '--deterministic': 'tanggal dokumen tetap (juga SOURCE_DATE_EPOCH)',
      },
      examples: ['merit template -o bukti.xlsx', 'merit template --rubric panrb-19-2025 -o kertas-kerja-2026.xlsx', 'merit template --rubric ip-asn-2019 -o pegawai.csv --force'],
    },
    gap: {
      description: 'perubahan level terkecil menuju predikat berikutnya',
      arguments: { file: 'berkas bukti .xlsx atau .csv' },
      options: {
        '--target': 'kode predikat tujuan (bawaan: pita berikutnya)',
        '--target-aspects': 'rubrik v2: setiap aspek minimal kategori ini',
      },
      examples: ['merit gap bukti.xlsx', 'merit gap bukti.xlsx --target IV -f json', 'merit gap kertas-kerja-2026.xlsx --target-aspects MENENGAH'],
    },
    diff: {
      description: 'bandingkan dua penilaian (berkas bukti atau laporan JSON)',
      arguments: { a: 'yang lama: berkas bukti atau laporan .json', b: 'yang baru: berkas bukti atau laporan .json' },
      options: {
        '--old-rubric': 'rubrik untuk <a> bila berkas bukti (bawaan: --rubric)',
        '--fail-on-regression': 'keluar 1 bila nilai atau predikat turun',
        '--verbose': 'setiap unsur, bukan hanya aspek',
      },
      examples: ['merit diff laporan-2024.json bukti-2025.xlsx', 'merit diff lama.xlsx baru.xlsx --fail-on-regression', 'merit diff a.json b.json -v -f json -o selisih.json'],
    },
    explain: {
      description: 'rantai lengkap di balik poin satu kode',
      arguments: { file: 'berkas bukti atau laporan .json', code: 'kode kriteria atau aspek' },
      examples: ['merit explain bukti.xlsx A3.2', 'merit explain laporan.json A3 --lang en', 'merit explain bukti.xlsx A3.2 -f json'],
    },
    rubric: {
      description: 'periksa dan tampilkan rubrik',
      examples: ['merit rubric list', 'merit rubric show kasn-2019', 'merit rubric validate rubrik-saya.json'],
    },
    'rubric validate': {
      description: 'validasi berkas rubrik (skema + lint semantik)',
      arguments: { files: 'berkas rubrik JSON atau id bawaan' },
      options: { '--format': 'format keluaran' },
      examples: ['merit rubric validate rubrik-saya.json', 'merit rubric validate kasn-2019 rubrik-saya.json -f json'],
    },
    'rubric list': {
      description: 'daftar rubrik bawaan',
      options: { '--format': 'format keluaran (json: merit-rubric-list/1)' },
      examples: ['merit rubric list', 'merit rubric list -f json'],
    },
    'rubric show': {
      description: 'tampilkan pohon rubrik, bobot efektif, pita, dan asal-usul',
      arguments: { rubric: 'id bawaan atau path' },
      options: { '--format': 'format keluaran (json: merit-rubric-show/1)' },
      examples: ['merit rubric show kasn-2019', 'merit rubric show panrb-19-2025 -f json', 'merit rubric show ./rubrik-saya.json --lang en'],
    },
    completion: {
      description: 'cetak skrip pelengkapan shell (perintah, opsi, id rubrik, kode pita, format)',
      arguments: { shell: 'shell tujuan' },
      examples: ['source <(merit completion bash)          # bash, shell ini saja', 'merit completion zsh > "${fpath[1]}/_merit"', 'merit completion fish > ~/.config/fish/completions/merit.fish'],
    },
  },
};
