// Writes the fixture suites of the bundled rubrics (rubrics/fixtures/<id>/), run by
// `merit rubric test <id>` and by `npm test`. Deterministic: the same bytes on every run.
//
// kasn-2019: one small CSV per published KASN result (rubrics/README.md and
// test/scoring/published.test.ts list them with their sources). The levels are not the agencies'
// (those were never published): they are chosen by a small exact search so that the rubric's
// leaves (level × weight, summed, rounded to 0.5 half up) reproduce the published total; the
// expectation holds the published total and category, worked out from the bands, not by merit.
// panrb-19-2025: the two 2026 example worksheets (copied from examples/, which
// scripts/make-examples-2026.mjs writes) with the totals worked out by hand in examples/README.md.
// ip-asn-2019: the example employee file, likewise.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = '../../../schemas/merit-rubric-test-1.schema.json';

function leaves(node, out = []) {
  if (node.scoring) out.push({ code: node.code, weight: node.scoring.weight });
  for (const c of node.children ?? []) leaves(c, out);
  return out;
}

/** Levels 0–4, one per leaf, whose weighted sum is exactly `total`, each as close as possible to the mean level. */
function levelsFor(list, total) {
  const q = (x) => Math.round(x * 4); // weights are multiples of 0.25
  const target = q(total);
  const mean = Math.min(4, Math.max(0, (total / list.reduce((t, l) => t + 4 * l.weight, 0)) * 4));
  const order = [0, 1, 2, 3, 4].sort((a, b) => Math.abs(a - mean) - Math.abs(b - mean) || b - a);
  // reach[i] = set of quarter sums reachable by leaves i..n-1
  const reach = Array.from({ length: list.length + 1 }, () => new Set());
  reach[list.length].add(0);
  for (let i = list.length - 1; i >= 0; i--) for (const s of reach[i + 1]) for (let l = 0; l <= 4; l++) reach[i].add(s + l * q(list[i].weight));
  if (!reach[0].has(target)) throw new Error(`no levels give ${total}`);
  const levels = [];
  let rest = target;
  for (let i = 0; i < list.length; i++) {
    const l = order.find((l) => reach[i + 1].has(rest - l * q(list[i].weight)));
    levels.push(l);
    rest -= l * q(list[i].weight);
  }
  return levels;
}

const PUBLISHED = [
  { file: 'kab-oki-2022', total: 288.5, band: 'III', what: 'Kab. Ogan Komering Ilir 2022: 288,5 → Kategori III (Baik)' },
  { file: 'sultra-2024', total: 250, band: 'III', what: 'Prov. Sulawesi Tenggara 2024: 250 → Kategori III (Baik), the lower edge' },
  { file: 'mk-2021', total: 327, band: 'IV', what: 'Mahkamah Konstitusi 2021: 327 of 410 → Kategori IV (Sangat Baik)' },
  { file: 'kepri-2023', total: 330.5, band: 'IV', what: 'Prov. Kepulauan Riau 2023: 330,5 → Kategori IV (Sangat Baik)' },
  { file: 'kategori-i-163.5', total: 163.5, band: 'I', what: 'a published 163,5 → Kategori I (Buruk)' },
  { file: 'kab-sukoharjo-2021', total: 65.5, band: 'BELOW', what: 'Kab. Sukoharjo 2021: 65,5 → below Kategori I ("sangat buruk")' },
];

const kasn = JSON.parse(readFileSync(join(root, 'rubrics/kasn-2019.json'), 'utf8'));
const list = leaves(kasn.root);
const dir = join(root, 'rubrics/fixtures/kasn-2019');
mkdirSync(dir, { recursive: true });
for (const p of PUBLISHED) {
  const levels = levelsFor(list, p.total);
  const rows = ['Instansi:;' + p.file, 'Tahun:;' + (p.file.match(/\d{4}/)?.[0] ?? '2024'), '', 'Kode;Level', ...list.map((l, i) => `${l.code};${levels[i]}`)];
  writeFileSync(join(dir, `${p.file}.csv`), rows.join('\n') + '\n');
  const expect = { $schema: SCHEMA, description: `${p.what} (levels chosen to reproduce the total; not the agency's own)`, score: String(p.total), predicate: p.band, coverage: '1', diagnostics: [] };
  writeFileSync(join(dir, `${p.file}.expect.json`), JSON.stringify(expect, null, 2) + '\n');
}

const panrb = join(root, 'rubrics/fixtures/panrb-19-2025');
mkdirSync(panrb, { recursive: true });
const EXAMPLES = [
  { file: 'kab-contoh-2026', score: '0.66', band: 'MENENGAH', what: 'examples/kab-contoh-2026.xlsx: NISM 0.465 + 0.195 = 0.66 → MENENGAH (examples/README.md)' },
  { file: 'kementerian-contoh-2026', score: '0.83', band: 'TINGGI', what: 'examples/kementerian-contoh-2026.xlsx: NISM 0.6525 + 0.21 − 0.03 = 0.8325 → 0.83 → TINGGI (examples/README.md)' },
];
for (const e of EXAMPLES) {
  copyFileSync(join(root, 'examples', `${e.file}.xlsx`), join(panrb, `${e.file}.xlsx`));
  // Per aspect: the categories of the example's golden report (examples/<file>.report.json, checked by hand in examples/README.md).
  const report = JSON.parse(readFileSync(join(root, 'examples', `${e.file}.report.json`), 'utf8'));
  const nodes = {};
  for (const part of report.root.children) {
    nodes[part.code] = { score: String(part.score), ...(part.category ? { category: part.category.code } : {}) };
    for (const aspect of part.children ?? []) if (aspect.category) nodes[aspect.code] = { category: aspect.category.code };
  }
  const expect = { $schema: SCHEMA, description: e.what, score: e.score, predicate: e.band, coverage: '1', nodes, diagnostics: [] };
  writeFileSync(join(panrb, `${e.file}.expect.json`), JSON.stringify(expect, null, 2) + '\n');
}

// ip-asn-2019: the example employee file (mean 2087 / 30 = 69.566… → 69.57, Rendah: examples/README.md).
const ipasn = join(root, 'rubrics/fixtures/ip-asn-2019');
mkdirSync(ipasn, { recursive: true });
copyFileSync(join(root, 'examples/pegawai-contoh.csv'), join(ipasn, 'pegawai-contoh.csv'));
writeFileSync(
  join(ipasn, 'pegawai-contoh.expect.json'),
  JSON.stringify({ $schema: SCHEMA, description: 'examples/pegawai-contoh.csv: mean 2087 / 30 = 69.566… → 69.57 → Rendah (examples/README.md)', score: '69.57', predicate: 'R', coverage: '1' }, null, 2) + '\n',
);
