// `merit template` below the CLI: the layout model, the XLSX and CSV bytes read back with exceljs
// and with merit's own reader, and the round trip template -> filled by a script -> scored.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal.js';
import { aliasMap, HEADER_NAMES, matchField, META_LABELS } from '../../src/evidence/header.js';
import { normaliseKey } from '../../src/evidence/cells.js';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { loadRubric } from '../../src/rubric/load.js';
import { leaves } from '../../src/rubric/tree.js';
import type { LoadedRubric } from '../../src/rubric/types.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { renderTemplateCsv } from '../../src/template/csv.js';
import { EVIDENCE_SHEET, templateModel, TemplateUnsupported, type TemplateModel } from '../../src/template/layout.js';
import { renderTemplateXlsx, TEMPLATE_HEADER_ROW } from '../../src/template/xlsx.js';
import { group, leaf, loaded, lv, rubric, t } from '../scoring/helpers.js';

/**
 * panrb-19-2025 1.0.0, frozen: the bundled rubric is now 2.0.0 (merit-rubric/2); these tests keep
 * a v1 agency rubric whose aliases read "Aspek" as the name column.
 */
const PANRB_V1 = 'test/fixtures/template/panrb-19-2025-1.0.0.json';
const AGENCY_RUBRICS = ['kasn-2019', PANRB_V1];

async function model(id: string, lang: 'id' | 'en' = 'id'): Promise<{ loaded: LoadedRubric; model: TemplateModel }> {
  const l = await loadRubric(id);
  return { loaded: l, model: templateModel(l, { lang, toolVersion: '0.0.0-test' }) };
}

async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const noteText = (cell: ExcelJS.Cell): string => {
  const n = cell.note as string | { texts?: { text: string }[] } | undefined;
  return typeof n === 'string' ? n : (n?.texts ?? []).map((x) => x.text).join('');
};

/** A rubric with every leaf kind (built in the test, scored in memory). */
function everyKind(): LoadedRubric {
  const long = Array.from({ length: 40 }, (_, i) => ({ match: [`Kategori panjang nomor ${i + 1}`], points: i % 5 }));
  return loaded(
    rubric(
      group('R', [
        group('A', [lv('A.1', 4, 2.5), leaf('A.2', { kind: 'boolean', true: 5 })]),
        group('B', [
          leaf('B.1', { kind: 'lookup', cases: [{ match: ['S-3', 'S3'], points: 25, label: t('Doktor', 'Doctorate') }, { match: ['S-2'], points: 20 }] }),
          leaf('B.2', { kind: 'lookup', cases: long, default: 0 }),
          leaf('B.3', { kind: 'thresholds', steps: [{ min: 10, points: 4 }, { min: 5, inclusive: false, points: 2 }], otherwise: 0 }),
        ]),
        leaf('C', { kind: 'linear', factor: 0.01, cap: 1 }, { name: t('=Survei', '=Survey'), description: t('Tulis angka 0-100.', 'Write a number 0-100.') }),
      ]),
      { id: 'every-kind', version: '2.1.0', status: 'provisional' },
    ),
  );
}

describe('the layout model', () => {
  it('writes the first spelling of each field in Indonesian, and every header maps back to its field', async () => {
    const { model: m } = await model('kasn-2019');
    expect(m.columns.map((c) => c.header)).toEqual([
      HEADER_NAMES.code[0],
      'Aspek',
      HEADER_NAMES.name[0],
      HEADER_NAMES.level[0],
      HEADER_NAMES.verified[0],
      HEADER_NAMES.evidence[0],
      HEADER_NAMES.notes[0],
    ]);
    expect(m.columns.map((c) => c.header)).toEqual(['Kode', 'Aspek', 'Sub-aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan']);
    for (const id of AGENCY_RUBRICS) {
      for (const lang of ['id', 'en'] as const) {
        const { loaded: l, model: mm } = await model(id, lang);
        const map = aliasMap(l.rubric.evidence?.aliases);
        for (const c of mm.columns) expect(matchField(c.header, map), `${id} ${lang} ${c.header}`).toBe(c.key === 'aspect' ? undefined : c.key);
        const labels = [mm.labels.subject, mm.labels.period].map((x) => normaliseKey(x.replace(/:$/, '')));
        expect(META_LABELS.subject.map(normaliseKey)).toContain(labels[0]);
        expect(META_LABELS.period.map(normaliseKey)).toContain(labels[1]);
      }
    }
  });

  it('gives the aspect column a header the rubric does not read as a field (panrb-19-2025 1.0.0 reads "Aspek" as the name)', async () => {
    const { model: m } = await model(PANRB_V1);
    expect(m.columns.map((c) => c.header)).toEqual(['Kode', 'Kelompok Aspek', 'Sub-aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan']);
    expect((await model(PANRB_V1, 'en')).model.columns.map((c) => c.header)).toEqual([
      'Code',
      'Aspect',
      'Criterion',
      'Level',
      'Verified level',
      'Evidence',
      'Notes',
    ]);
  });

  it('has one row per leaf with its top-level aspect, and the allowed values', async () => {
    const { loaded: l, model: m } = await model(PANRB_V1);
    expect(m.rows.map((r) => r.code)).toEqual(leaves(l.rubric).map((x) => x.code));
    const m71 = m.rows.find((r) => r.code === 'M7.1')!;
    expect(m71.aspect).toBe('Maturitas Penyelenggaraan Sistem Merit');
    expect(m71.rule).toEqual({ kind: 'list', values: ['0', '1', '2', '3', '4', '5'], strict: true });
    const skk = m.rows.find((r) => r.code === 'SKK')!;
    expect(skk.aspect).toBe('Survei Kepuasan dan Keterikatan Pegawai ASN');
    expect(skk.rule).toEqual({ kind: 'decimal', min: Dec.ZERO, max: Dec.int(100) });
    expect(skk.note).toBe(
      'SKK · maks 1 poin\nTulis hasil survei sebagai angka 0-100 di kolom Level.\nIsi angka. Poin = nilai × 0,01, paling rendah 0, paling tinggi 1 (tercapai pada nilai 100).',
    );
  });

  it('notes each level with its label and points, in the chosen language', async () => {
    const a11 = (await model('kasn-2019')).model.rows[0]!;
    expect(a11.note).toBe(
      'A1.1 · maks 14 poin\n0 — Tidak ada bukti (0 poin)\n1 — Level 1 (3,5 poin)\n2 — Level 2 (7 poin)\n3 — Level 3 (10,5 poin)\n4 — Level 4 (tertinggi) (14 poin)',
    );
    expect(a11.prompt).toBe('0 Tidak ada bukti · 1 Level 1 · 2 Level 2 · 3 Level 3 · 4 Level 4 (tertinggi)');
    const en = (await model('kasn-2019', 'en')).model.rows[0]!;
    expect(en.note.split('\n').slice(0, 2)).toEqual(['A1.1 · max 14 points', '0 — No evidence (0 points)']);
    expect(en.note).toContain('3 — Level 3 (10.5 points)');
  });

  it('fits rules to boolean, lookup, thresholds and linear leaves', () => {
    const m = templateModel(everyKind(), { lang: 'id' });
    const row = (code: string) => m.rows.find((r) => r.code === code)!;
    expect(row('A.2').rule).toEqual({ kind: 'list', values: ['Ya', 'Tidak'], strict: true });
    expect(row('A.2').note).toBe('A.2 · maks 5 poin\nYa → 5 poin\nTidak → 0 poin');
    expect(row('B.1').rule).toEqual({ kind: 'list', values: ['S-3', 'S-2'], strict: true });
    expect(row('B.1').note).toBe('B.1 · maks 25 poin\nS-3 (Doktor) → 25 poin\nS-2 → 20 poin');
    expect(row('B.2').rule).toMatchObject({ kind: 'list', strict: false });
    expect(row('B.3').rule).toEqual({ kind: 'decimal', min: Dec.ZERO });
    expect(row('B.3').note).toBe('B.3 · maks 4 poin\n≥ 10 → 4 poin\n> 5 → 2 poin\nlainnya → 0 poin');
    expect(row('C').aspect).toBe('=Survei');
    expect(row('C').rule).toEqual({ kind: 'decimal', min: Dec.ZERO, max: Dec.int(100) });
  });

  it('refuses record rubrics (their files have one row per employee)', async () => {
    const l = await loadRubric('ip-asn-2019');
    expect(() => templateModel(l, { lang: 'id' })).toThrow(TemplateUnsupported);
  });

  it('writes the provisional warning and the legal basis in both languages', async () => {
    const { model: m } = await model('kasn-2019', 'en');
    const status = m.instructions.find((r) => r.key === 'Status')!;
    expect(status.style).toBe('warning');
    expect(status.texts!.id).toMatch(/^Rubrik ini berstatus SEMENTARA: \d+ bagian/);
    expect(status.texts!.en).toMatch(/^This rubric is PROVISIONAL: \d+ parts/);
    expect(m.instructions.find((r) => r.key === 'Legal basis / Dasar hukum')!.texts!.id).toContain('UU 5/2014');
    const official = templateModel(loaded(rubric(group('R', [lv('X')]))), { lang: 'id' });
    expect(official.provisional).toBe(false);
    expect(official.instructions.find((r) => r.key === 'Status')).toMatchObject({ style: 'text', texts: { id: expect.stringMatching(/^Resmi/) } });
  });
});

describe('the XLSX template, opened again with exceljs', () => {
  it('has the instructions, the evidence sheet and the hidden stamp', async () => {
    const { loaded: l, model: m } = await model('kasn-2019');
    const wb = await open(await renderTemplateXlsx(m));
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Petunjuk', 'visible'],
      ['Penilaian', 'visible'],
      ['_merit', 'hidden'],
    ]);
    const stamp = wb.getWorksheet('_merit')!;
    expect([1, 2, 3].map((r) => [stamp.getCell(r, 1).value, stamp.getCell(r, 2).value])).toEqual([
      ['rubric_id', 'kasn-2019'],
      ['rubric_version', '1.2.0'],
      ['rubric_sha256', l.sha256],
    ]);
    const ws = wb.getWorksheet(EVIDENCE_SHEET)!;
    expect(ws.getCell('A1').value).toBe(m.title);
    expect(ws.getCell('A2').value).toBe('Rubrik kasn-2019 versi 1.2.0 (sementara) · lihat lembar Petunjuk');
    expect([ws.getCell('A3').value, ws.getCell('B3').value, ws.getCell('A4').value, ws.getCell('B4').value]).toEqual(['Instansi:', null, 'Tahun:', null]);
    expect(ws.getRow(TEMPLATE_HEADER_ROW).values).toEqual([undefined, 'Kode', 'Aspek', 'Sub-aspek', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan']);
    expect(ws.getCell('A7').value).toBe('A1.1');
    expect(ws.getCell('B7').value).toBe('Perencanaan Kebutuhan');
    expect(ws.getCell('A30').value).toBe('A8.2');
    expect(ws.rowCount).toBe(TEMPLATE_HEADER_ROW + 24);
  });

  it('has dropdowns, notes, a frozen header and a protected sheet with the input cells unlocked', async () => {
    const wb = await open(await renderTemplateXlsx((await model('kasn-2019')).model));
    const ws = wb.getWorksheet(EVIDENCE_SHEET)!;
    for (const addr of ['D7', 'E7', 'D30', 'E30']) {
      expect(ws.getCell(addr).dataValidation, addr).toMatchObject({ type: 'list', allowBlank: true, formulae: ['"0,1,2,3,4"'], showErrorMessage: true, errorStyle: 'stop' });
    }
    expect(ws.getCell('D7').dataValidation.promptTitle).toBe('A1.1: Pilih level');
    expect(noteText(ws.getCell('D7'))).toContain('3 — Level 3 (10,5 poin)');
    expect(noteText(ws.getCell('D30'))).toContain('4 — Level 4 (tertinggi) (12 poin)');
    expect(noteText(ws.getCell('E6'))).toContain('verifikator');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: TEMPLATE_HEADER_ROW });
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection.hashValue).toBeUndefined(); // no password
    for (const addr of ['D7', 'E7', 'F7', 'G7', 'B3', 'B4']) expect(ws.getCell(addr).protection?.locked, addr).toBe(false);
    for (const addr of ['A6', 'D6', 'A7', 'B7', 'C7', 'A3']) expect(ws.getCell(addr).protection?.locked ?? true, addr).toBe(true);
    expect(ws.getColumn(3).width).toBe(50);
    expect(ws.getCell('C7').alignment.wrapText).toBe(true);
  });

  it('puts long dropdown lists on the hidden sheet and neutralises formula-like text', async () => {
    const wb = await open(await renderTemplateXlsx(templateModel(everyKind(), { lang: 'id' })));
    const ws = wb.getWorksheet(EVIDENCE_SHEET)!;
    const rowOf = (code: string) => ws.getColumn(1).values.indexOf(code);
    const v = (code: string) => ws.getCell(rowOf(code), 4).dataValidation;
    expect(v('A.2')).toMatchObject({ type: 'list', formulae: ['"Ya,Tidak"'] });
    expect(v('B.1')).toMatchObject({ type: 'list', formulae: ['"S-3,S-2"'], errorStyle: 'stop' });
    expect(v('B.2')).toMatchObject({ type: 'list', formulae: ["'_merit'!$D$2:$D$41"], errorStyle: 'warning' });
    expect(v('B.3')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning' });
    expect(v('C')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100], error: 'Isi angka 0–100.' });
    const stamp = wb.getWorksheet('_merit')!;
    expect([stamp.getCell('D1').value, stamp.getCell('D2').value, stamp.getCell('D41').value]).toEqual(['B.2', 'Kategori panjang nomor 1', 'Kategori panjang nomor 40']);
    expect(ws.getCell(rowOf('C'), 3).value).toBe("'=Survei");
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula, cell.address).toBeFalsy()));
  });

  it('is byte-identical for the same rubric and date', async () => {
    const { model: m } = await model('kasn-2019');
    const a = await renderTemplateXlsx(m);
    const b = await renderTemplateXlsx(m);
    expect(a.equals(b)).toBe(true);
  });
});

describe('the reader reads the templates back', () => {
  for (const id of AGENCY_RUBRICS) {
    for (const lang of ['id', 'en'] as const) {
      it(`${id} (${lang}): xlsx and csv, with no diagnostic`, async () => {
        const { loaded: l, model: m } = await model(id, lang);
        const xlsx = await readEvidenceBytes(await renderTemplateXlsx(m), 'template.xlsx', { aliases: l.rubric.evidence?.aliases });
        expect(xlsx.sheet).toBe('Penilaian');
        expect(xlsx.headerRow).toBe(TEMPLATE_HEADER_ROW);
        expect(xlsx.meta.stamp).toEqual({ id: l.rubric.id, version: l.rubric.version, sha256: l.sha256 });
        const csv = await readEvidenceBytes(Buffer.from(renderTemplateCsv(m), 'utf8'), 'template.csv', { aliases: l.rubric.evidence?.aliases });
        expect(csv.csv).toMatchObject({ delimiter: ';', bom: true, encoding: 'utf-8' });
        expect(csv.headerRow).toBe(5);
        for (const table of [xlsx, csv]) {
          expect(table.diagnostics).toEqual([]);
          expect(table.columns.map((c) => c.field)).toEqual(['code', 'name', 'level', 'verified', 'evidence', 'notes']);
          // No row holds a level yet: every criterion is missing evidence.
          expect(table.meta.subject).toBeUndefined();
          expect(table.meta.period).toBeUndefined();
          const a = scoreAgency(l, table);
          expect(a.score.toString()).toBe('0');
          expect(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).not.toContain('SCORE_STAMP_MISMATCH');
        }
      });
    }
  }
});

describe('the CSV template', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF, every row as wide as the header', async () => {
    const csv = renderTemplateCsv((await model('kasn-2019')).model);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 6)).toEqual([
      'Penilaian Mandiri Penerapan Sistem Merit (Peraturan KASN 9/2019);;;;;;',
      'Rubrik kasn-2019 versi 1.2.0 (sementara);;;;;;',
      'Instansi:;;;;;;',
      'Tahun:;;;;;;',
      'Kode;Aspek;Sub-aspek;Level;Level Verifikasi;Bukti Dukung;Catatan',
      'A1.1;Perencanaan Kebutuhan;Rencana kebutuhan ASN 5 tahun;;;;',
    ]);
    expect(lines).toHaveLength(5 + 24);
    for (const l of lines) expect(l.split(';')).toHaveLength(7);
  });
});

describe('round trip: template -> filled by a script -> scored', () => {
  // kasn-2019: points = level × the leaf's weight; the verified level wins where present.
  // A1.1 (3.5) self 3 -> 10.5; A1.2 (3.5) self 4, verified 2 -> 7; A3.1 (6.5) self 4 -> 26;
  // A5.1 (7) self 2, verified 3 -> 21; A8.2 (3) self 1 -> 3; every other criterion left empty -> 0.
  // Total 10.5 + 7 + 26 + 21 + 3 = 67.5; self-assessed 10.5 + 14 + 26 + 14 + 3 = 67.5.
  const FILL: Record<string, { level?: number; verified?: number; evidence?: string }> = {
    'A1.1': { level: 3, evidence: 'SK 1/2024' },
    'A1.2': { level: 4, verified: 2 },
    'A3.1': { level: 4, evidence: 'https://contoh.go.id/a31.pdf' },
    'A5.1': { level: 2, verified: 3 },
    'A8.2': { level: 1 },
  };

  it('xlsx', async () => {
    const { loaded: l, model: m } = await model('kasn-2019');
    const wb = await open(await renderTemplateXlsx(m));
    const ws = wb.getWorksheet(EVIDENCE_SHEET)!;
    ws.getCell('B3').value = 'Kabupaten Contoh';
    ws.getCell('B4').value = 2025;
    ws.eachRow((row, r) => {
      if (r <= TEMPLATE_HEADER_ROW) return;
      const fill = FILL[String(row.getCell(1).value)];
      if (!fill) return;
      if (fill.level !== undefined) row.getCell(4).value = fill.level;
      if (fill.verified !== undefined) row.getCell(5).value = fill.verified;
      if (fill.evidence !== undefined) row.getCell(6).value = fill.evidence;
    });
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readEvidenceBytes(filled, 'filled.xlsx', { aliases: l.rubric.evidence?.aliases });
    // Every criterion's row is read (it has a code); the empty ones are missing evidence.
    expect(table.rows).toHaveLength(24);
    const a = scoreAgency(l, table);
    expect(a.score.toString()).toBe('67.5');
    expect(a.selfScore.toString()).toBe('67.5');
    expect(a.subject).toEqual({ name: 'Kabupaten Contoh', period: '2025', source: 'workbook' });
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const a12 = a.root.children![0]!.children![1]!;
    expect(a12.trace).toMatchObject({ used: 'verified', verified: { ref: { sheet: 'Penilaian', cell: 'E8' }, parsed: 2 } });
  });

  it('csv (as Excel would save it: levels typed in, `;`, CRLF)', async () => {
    const { loaded: l, model: m } = await model('kasn-2019');
    const lines = renderTemplateCsv(m).split('\r\n');
    const out = lines.map((line) => {
      if (line.startsWith('Instansi:')) return 'Instansi:;Kota Contoh;;;;;';
      if (line.startsWith('Tahun:')) return 'Tahun:;2025;;;;;';
      const cells = line.split(';');
      const fill = FILL[cells[0]!];
      if (!fill) return line;
      cells[3] = fill.level !== undefined ? String(fill.level) : '';
      cells[4] = fill.verified !== undefined ? String(fill.verified) : '';
      cells[5] = fill.evidence ?? '';
      return cells.join(';');
    });
    const table = await readEvidenceBytes(Buffer.from(out.join('\r\n'), 'utf8'), 'filled.csv', { aliases: l.rubric.evidence?.aliases });
    const a = scoreAgency(l, table);
    expect(a.score.toString()).toBe('67.5');
    expect(a.subject).toEqual({ name: 'Kota Contoh', period: '2025', source: 'workbook' });
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a workbook made for another rubric version warns, naming both', async () => {
    const { loaded: l, model: m } = await model('kasn-2019');
    const table = await readEvidenceBytes(await renderTemplateXlsx(m), 'old.xlsx');
    const newer: LoadedRubric = { ...l, rubric: { ...l.rubric, version: '2.0.0' } };
    const mismatch = scoreAgency(newer, table).diagnostics.find((d) => d.code === 'SCORE_STAMP_MISMATCH');
    expect(mismatch).toMatchObject({ severity: 'warning', args: { stampId: 'kasn-2019', stampVersion: '1.2.0', rubricId: 'kasn-2019', rubricVersion: '2.0.0' } });
  });
});
