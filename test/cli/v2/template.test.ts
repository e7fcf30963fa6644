// `merit template` for a v2 rubric on the built binary: the file, the words, and the round trip
// template -> filled by a script (exceljs, and as Excel saves a CSV) -> `merit score`.
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { v2Dir } from './setup.js';

const d = v2Dir('merit-v2-template-');
afterAll(() => d.cleanup());

// Daerah; P1 3, P2b 4, P3 "Tidak Berlaku", K1 2, K2 2, K3 verified 4 over self 1, SUR 80 (%), KOR 0.05:
// P = 0.875 (A), K = 2/3 (B), MAT = 0.7708… → 0.77 (B), NI = 0.8 × 0.77 + 0.2 × 0.8 − 0.05 = 0.726 → 0.73 (B).
const FILL: Record<string, { level: string | number; verified?: number }> = {
  jenis: { level: 'Instansi Daerah' },
  P1: { level: 3 },
  P2b: { level: 4 },
  P3: { level: 'Tidak Berlaku' },
  K1: { level: 2 },
  K2: { level: 2 },
  K3: { level: 1, verified: 4 },
  SUR: { level: 80 },
  KOR: { level: 0.05 },
};

interface Report {
  score: number;
  unroundedScore: number;
  predicate: { code: string };
  diagnostics: { severity: string; code: string }[];
  subject: { name: string; period?: string };
}
const expectScored = (stdout: string): void => {
  const r = JSON.parse(stdout) as Report;
  expect([r.unroundedScore, r.score, r.predicate.code]).toEqual([0.726, 0.73, 'B']);
  expect(r.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
};

describe('merit template -r v2.json', () => {
  it('writes the workbook and counts the criteria, not the profile questions', () => {
    const r = d.run(['template', '-r', d.rubric, '-o', d.at('bukti.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`ditulis: ${d.at('bukti.xlsx')} (xlsx, 9 kriteria, rubrik uji-v2@1.0.0)\n`);
  });

  it('xlsx round trip: fill with exceljs, then merit score', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(d.at('bukti.xlsx'));
    const ws = wb.getWorksheet('Penilaian')!;
    const head = ws.getRow(6).values as unknown[];
    const level = head.indexOf('Level');
    const verified = head.indexOf('Level Verifikasi');
    expect(head.indexOf('Berlaku bila / pilihan')).toBe(4);
    expect(ws.getRow(7).getCell(1).value).toBe('jenis');
    ws.getCell('B3').value = 'Kabupaten Uji';
    ws.getCell('B4').value = 2026;
    ws.eachRow((row, n) => {
      const fill = n > 6 ? FILL[String(row.getCell(1).value)] : undefined;
      if (!fill) return;
      row.getCell(level).value = fill.level;
      if (fill.verified !== undefined) row.getCell(verified).value = fill.verified;
    });
    await wb.xlsx.writeFile(d.at('terisi.xlsx'));
    // No --rubric for the file: the _merit stamp names uji-v2, which is not bundled; so it is given.
    const r = d.run(['score', d.at('terisi.xlsx'), '-r', d.rubric, '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expectScored(r.stdout);
    expect((JSON.parse(r.stdout) as Report).subject).toMatchObject({ name: 'Kabupaten Uji', period: '2026' });
  });

  it('csv round trip: as Excel saves it (`;`, decimal comma, CRLF)', () => {
    const made = d.run(['template', '-r', d.rubric, '-o', d.at('bukti.csv'), '--lang', 'en']);
    expect(made.code, made.stderr).toBe(0);
    const lines = readFileSync(d.at('bukti.csv'), 'utf8').split('\r\n');
    expect(lines[4]).toBe('Code;Aspect;Criterion;Applies when / choices;Level;Verified level;Evidence;Notes');
    expect(lines[5]).toBe('jenis;Agency profile;Agency type;Choices: Central agency | Regional agency;;;;');
    const filled = lines.map((line) => {
      const cells = line.split(';');
      const fill = FILL[cells[0]!];
      if (!fill) return line;
      cells[4] = String(fill.level === 'Tidak Berlaku' ? 'Not applicable' : fill.level === 'Instansi Daerah' ? 'Regional agency' : fill.level).replace('.', ',');
      cells[5] = fill.verified !== undefined ? String(fill.verified) : '';
      return cells.join(';');
    });
    writeFileSync(d.at('terisi.csv'), filled.join('\r\n'));
    const r = d.run(['score', d.at('terisi.csv'), '-r', d.rubric, '-f', 'json', '--deterministic']);
    expect(r.code, r.stderr).toBe(0);
    expectScored(r.stdout);
  });
});
