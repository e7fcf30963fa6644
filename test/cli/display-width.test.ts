// Tables measured in terminal columns, not UTF-16 units: CJK names (two columns a character),
// decomposed accents (a mark takes none) and emoji keep the batch table and the text report
// aligned. Run on the built binary with names in the evidence and in a rubric.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/layout.js';
import { merit, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES = ['東京都庁', 'Kabupaten Bone\u0301', 'Kota 🌊 Pantai', 'Kota Biasa'];

/** The display column where `marker` starts on each line that has it. */
const columnsOf = (lines: string[], marker: string | RegExp): number[] =>
  lines.flatMap((l) => {
    const i = typeof marker === 'string' ? l.indexOf(marker) : (marker.exec(l)?.index ?? -1);
    return i > 0 ? [displayWidth(l.slice(0, i))] : [];
  });

describe('batch table', () => {
  const evidence = join(dir, 'bukti');
  mkdirSync(evidence, { recursive: true });
  const csv = readFileSync(join(ROOT, 'examples/kota-contoh.csv'), 'utf8');
  NAMES.forEach((name, i) => writeFileSync(join(evidence, `instansi-${i}.csv`), csv.replace(/^Instansi:;[^\r\n]*/m, `Instansi:;${name}`)));

  it.each([120, 60])('columns line up after CJK, combining and emoji names (COLUMNS=%i)', (width) => {
    const r = merit(['score', evidence, '--deterministic'], { env: { COLUMNS: String(width) } });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d+ .*%/.test(l));
    expect(rows).toHaveLength(NAMES.length);
    for (const name of NAMES.slice(0, 3)) expect(r.stdout).toContain(width === 120 ? name : name.slice(0, 2));
    // The columns after the name (period when there is room, coverage) start in one column on every row.
    if (width === 120) expect(new Set(columnsOf(rows, '2024')).size, rows.join('\n')).toBe(1);
    expect(new Set(columnsOf(rows, /\d+\.\d%/)).size, rows.join('\n')).toBe(1);
    expect(r.stdout.split('\n').filter((l) => displayWidth(l) > width)).toEqual([]);
  });
});

describe('text report', () => {
  it('criterion names in CJK, with a decomposed accent or an emoji keep the columns', () => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as {
      root: { children: { children: { name: { id: string; en: string } }[] }[] };
    };
    const leaves = rubric.root.children[0]!.children;
    leaves[0]!.name.id = '東京都庁の人材計画';
    leaves[1]!.name.id = 'Analisis jabatan dan pete\u0301a';
    leaves[2]!.name.id = 'Pemenuhan kebutuhan 🌊 ASN';
    const file = join(dir, 'rubrik-lebar.json');
    writeFileSync(file, JSON.stringify(rubric));
    for (const width of [120, 80]) {
      const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '--rubric', file, '-v', '--deterministic'], { env: { COLUMNS: String(width) } });
      expect(r.code, r.stderr).toBe(0);
      const leafRows = r.stdout.split('\n').filter((l) => / \d → \d /.test(l));
      expect(leafRows.some((l) => l.includes('東京都庁'))).toBe(true);
      // The levels column (`4 → 3`) starts in one column on every criterion row.
      expect(new Set(columnsOf(leafRows, / \d → \d /)).size, leafRows.slice(0, 4).join('\n')).toBe(1);
      expect(r.stdout.split('\n').filter((l) => displayWidth(l) > width)).toEqual([]);
    }
  });
});
