// Generated batches of agencies for the national view (tests and bench/national.mjs): CSV evidence
// for the bundled rubrics kasn-2019 (v1) and panrb-19-2025 (v2), deterministic (seeded).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Seeded LCG: the same files on every run. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Leaf codes of a bundled rubric, in rubric order. */
export function leafCodes(rubricId) {
  const r = JSON.parse(readFileSync(join(ROOT, 'rubrics', `${rubricId}.json`), 'utf8'));
  const out = [];
  const walk = (n) => (n.children ? n.children.forEach(walk) : out.push(n.code));
  walk(r.root);
  return out;
}

const KINDS = [
  ['kabkota', 'Pemerintah Kabupaten'],
  ['provinsi', 'Pemerintah Provinsi'],
  ['pusat', 'Kementerian'],
];

/**
 * Writes `count` agencies under `dir` (in folders by region: `wilayah-1/` …) and returns their
 * relative paths. Special files (when count allows): the last one cannot be read (no header row);
 * agencies 1 and 2 have the same evidence (a tie); agency 3 leaves a whole aspect out (v1: A8;
 * v2: every A8 item); v2 agencies answer the profile so that some items do not apply.
 */
export function writeBatch(dir, { rubric, count, seed = 7, period = '2025', bias = 0 }) {
  const rand = rng(seed);
  const leaves = leafCodes(rubric);
  const v2 = rubric === 'panrb-19-2025';
  const files = [];
  let tieLevels;
  for (let i = 0; i < count; i++) {
    const region = `wilayah-${(i % 4) + 1}`;
    const [kind, prefix] = KINDS[i % 3];
    const name = `${prefix} Contoh ${String(i + 1).padStart(3, '0')}`;
    const rel = `${region}/instansi-${String(i + 1).padStart(3, '0')}.csv`;
    files.push(rel);
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (count > 2 && i === count - 1) {
      writeFileSync(path, `Instansi:;${name}\r\nA1.1;3\r\n`);
      continue;
    }
    // Each agency has an overall strength; levels scatter around it.
    const strength = Math.min(4, Math.max(0, rand() * 4.4 + bias));
    let levels = leaves.map(() => Math.min(4, Math.max(0, Math.round(strength + (rand() - 0.5) * 2.2))));
    if (i === 1 || i === 2) levels = tieLevels ??= levels;
    const rows = ['Instansi:;' + name, 'Tahun:;' + period, '', v2 ? 'Kode;Level;Bukti Dukung' : 'Kode;Sub-aspek;Level;Level Verifikasi;Bukti Dukung;Catatan'];
    if (v2) {
      rows.push(`jenis_instansi;${kind}`);
      rows.push(`bayar_tpp;${kind === 'pusat' ? 'bukan_provkab' : i % 2 ? 'ya' : 'tidak'}`);
      rows.push(`kecelakaan_kerja;${i % 5 === 0 ? 'ya' : 'tidak'}`);
      rows.push(`kematian_pegawai;${i % 7 === 0 ? 'ya' : 'tidak'}`);
    }
    leaves.forEach((code, k) => {
      if (count > 3 && i === 3 && (v2 ? code.startsWith('8.') : code.startsWith('A8'))) return;
      if (v2 && code === 'SURVEI') return void rows.push(`SURVEI;${(0.4 + (levels[k] / 4) * 0.55).toFixed(2)};survei.pdf`);
      if (v2 && code === 'KOREKSI') return void (i % 11 === 5 && rows.push('KOREKSI;0.05;teguran'));
      rows.push(v2 ? `${code};${levels[k]};bukti-${code}.pdf` : `${code};;${levels[k]};;bukti.pdf;`);
    });
    writeFileSync(path, rows.join('\r\n') + '\r\n');
  }
  return files;
}
