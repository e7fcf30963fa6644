// `merit template` for a v2 rubric (test/helpers/v2-rubric.ts), below the CLI: profile questions
// first with a dropdown of their answers, a hint column saying when a criterion applies, the
// not-applicable word in the dropdown of criteria that may be declared so, number and deduction
// rules, the _merit stamp; and the round trip template -> filled with exceljs -> read -> scored.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { matchField, aliasMap } from '../../src/evidence/header.js';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { renderTemplateCsv } from '../../src/template/csv.js';
import { EVIDENCE_SHEET, templateModel } from '../../src/template/layout.js';
import { renderTemplateXlsx, TEMPLATE_HEADER_ROW } from '../../src/template/xlsx.js';
import { ujiRubric } from '../helpers/v2-rubric.js';
import { find, loaded } from '../scoring/helpers.js';

const L = loaded(ujiRubric());

async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('the v2 layout', () => {
  const m = templateModel(L, { lang: 'id', toolVersion: '0.0.0-test' });

  it('adds a hint column the reader does not take for a field', () => {
    expect(m.columns.map((c) => c.header)).toEqual(['Kode', 'Aspek', 'Sub-aspek', 'Berlaku bila / pilihan', 'Level', 'Level Verifikasi', 'Bukti Dukung', 'Catatan']);
    expect(matchField('Berlaku bila / pilihan', aliasMap(undefined))).toBeUndefined();
    expect(m.columns.find((c) => c.key === 'hint')?.input).toBe(false);
  });

  it('puts the profile questions first, with their answers; then the criteria by aspect', () => {
    expect(m.rows.map((r) => [r.code, r.aspect])).toEqual([
      ['jenis', 'Profil instansi'],
      ['P1', 'Perencanaan'],
      ['P2a', 'Perencanaan'],
      ['P2b', 'Perencanaan'],
      ['P3', 'Perencanaan'],
      ['K1', 'Kinerja'],
      ['K2', 'Kinerja'],
      ['K3', 'Kinerja'],
      ['SUR', 'Survei'],
      ['KOR', 'Koreksi'],
    ]);
    const q = m.rows[0]!;
    expect(q.rule).toEqual({ kind: 'list', values: ['Instansi Pusat', 'Instansi Daerah'], strict: true });
    expect(q.hint).toBe('Pilihan: Instansi Pusat | Instansi Daerah');
    expect(q.note).toContain('Instansi Daerah (daerah)');
  });

  it('says when a criterion applies, offers the not-applicable word where it is allowed, and keeps the kinds\' number rules', () => {
    const row = (code: string) => m.rows.find((r) => r.code === code)!;
    expect(row('P2a').hint).toBe('Berlaku bila Jenis instansi = Instansi Pusat');
    expect(row('P2b').note).toContain('Berlaku bila Jenis instansi = Instansi Daerah');
    expect(row('P1').hint).toBeUndefined();
    expect(row('P3').rule).toEqual({ kind: 'list', values: ['0', '1', '2', '3', '4', 'Tidak Berlaku'], strict: true });
    expect(row('P3').hint).toBe('Tulis "Tidak Berlaku" bila tidak berlaku');
    expect(row('P1').rule).toEqual({ kind: 'list', values: ['0', '1', '2', '3', '4'], strict: true });
    const bounds = (code: string): (string | undefined)[] => {
      const rule = row(code).rule;
      return rule.kind === 'decimal' ? [rule.min?.toString(), rule.max?.toString()] : [];
    };
    expect(bounds('SUR')).toEqual(['0', '100']); // 0–1, or a percentage
    expect(bounds('KOR')).toEqual(['0', '0.1']);
    const en = templateModel(L, { lang: 'en' });
    expect(en.rows.find((r) => r.code === 'P3')!.rule).toMatchObject({ values: ['0', '1', '2', '3', '4', 'Not applicable'] });
    expect(en.rows.find((r) => r.code === 'P2a')!.hint).toBe('Applies when Agency type = Central agency');
    expect(en.columns.find((c) => c.key === 'hint')?.header).toBe('Applies when / choices');
  });

  it('the rubric\'s own not-applicable word wins; conditions over a criterion and notIn are worded', () => {
    const r = ujiRubric();
    r.notApplicableValues = ['TB', 'N/A'];
    const k = (r.root.children[0] as { children: { children: { code: string; when?: unknown }[] }[] }).children[1]!.children[2]!;
    k.when = { criterion: 'K1', notIn: ['0'] };
    const mm = templateModel(loaded(r), { lang: 'id' });
    expect(mm.rows.find((x) => x.code === 'P3')!.rule).toMatchObject({ values: ['0', '1', '2', '3', '4', 'TB'] });
    expect(mm.rows.find((x) => x.code === 'K3')!.hint).toBe('Berlaku bila kriteria K1 bukan 0');
  });

  it('instructions: the profile questions, conditions and the not-applicable word, in both languages', () => {
    const keys = m.instructions.map((i) => i.key ?? i.texts?.id ?? '');
    expect(keys).toContain('Profil instansi');
    expect(keys).toContain('jenis');
    const na = m.instructions.find((i) => i.texts?.id.includes('"Tidak Berlaku"'));
    expect(na?.texts?.en).toContain('"Not applicable"');
    expect(m.stamp.slice(0, 3)).toEqual([
      ['rubric_id', 'uji-v2'],
      ['rubric_version', '1.0.0'],
      ['rubric_sha256', 'a'.repeat(64)],
    ]);
  });
});

describe('round trip: v2 template -> filled with exceljs -> read -> scored', () => {
  // Daerah; P1 3, P2b 4, P3 "Tidak Berlaku", K1 2, K2 2, K3 verified 4 over self 1, SUR 80 (%), KOR 0.05.
  // P = mean(3/4, 4/4) = 0.875 (A); K = mean(2/4, 2/4, 4/4) = 2/3 (B); MAT = 0.5 × 0.875 + 0.5 × 2/3
  // = 0.7708… → 0.77 (B); NI = 0.8 × 0.77 + 0.2 × 0.8 − 0.05 = 0.726 → 0.73 (B).
  const FILL: Record<string, { level?: string | number; verified?: number }> = {
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
  const expectScored = (a: ReturnType<typeof scoreAgency>) => {
    expect(a.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(a.profile?.map((p) => [p.code, p.value, p.source])).toEqual([['jenis', 'daerah', 'evidence']]);
    expect(find(a.root, 'P').score.toString()).toBe('0.875');
    expect(find(a.root, 'P').category?.code).toBe('A');
    expect(find(a.root, 'K').category?.code).toBe('B');
    expect(find(a.root, 'P3').notApplicable?.reason).toBe('declared');
    expect(find(a.root, 'P2a').notApplicable?.reason).toBe('condition');
    expect(find(a.root, 'MAT').score.toString()).toBe('0.77');
    expect([a.unroundedScore.toString(), a.score.toString(), a.predicate.code]).toEqual(['0.726', '0.73', 'B']);
  };

  it('xlsx', async () => {
    const m = templateModel(L, { lang: 'id', toolVersion: '0.0.0-test' });
    const wb = await open(await renderTemplateXlsx(m));
    const ws = wb.getWorksheet(EVIDENCE_SHEET)!;
    const head = ws.getRow(TEMPLATE_HEADER_ROW);
    const col = (h: string): number => (head.values as unknown[]).findIndex((v) => v === h);
    const level = col('Level');
    const verified = col('Level Verifikasi');
    // The dropdowns as written: the profile's answers, the not-applicable word.
    const validationOf = (code: string) => {
      let found: ExcelJS.DataValidation | undefined;
      ws.eachRow((row, r) => {
        if (r > TEMPLATE_HEADER_ROW && row.getCell(1).value === code) found = row.getCell(level).dataValidation;
      });
      return found;
    };
    expect(validationOf('jenis')?.formulae).toEqual(['"Instansi Pusat,Instansi Daerah"']);
    expect(validationOf('P3')?.formulae).toEqual(['"0,1,2,3,4,Tidak Berlaku"']);
    expect(validationOf('SUR')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    ws.getCell('B3').value = 'Kabupaten Uji';
    ws.getCell('B4').value = 2026;
    ws.eachRow((row, r) => {
      if (r <= TEMPLATE_HEADER_ROW) return;
      const fill = FILL[String(row.getCell(1).value)];
      if (fill?.level !== undefined) row.getCell(level).value = fill.level;
      if (fill?.verified !== undefined) row.getCell(verified).value = fill.verified;
    });
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readEvidenceBytes(filled, 'filled.xlsx', {});
    expect(table.meta.stamp).toMatchObject({ id: 'uji-v2', version: '1.0.0' });
    const a = scoreAgency(L, table);
    expectScored(a);
    expect(find(a.root, 'K3').trace?.verified?.ref?.cell).toMatch(/^F\d+$/);
  });

  it('csv (as Excel would save it)', () => {
    const m = templateModel(L, { lang: 'id', toolVersion: '0.0.0-test' });
    const lines = renderTemplateCsv(m).split('\r\n');
    expect(lines[4]).toBe('Kode;Aspek;Sub-aspek;Berlaku bila / pilihan;Level;Level Verifikasi;Bukti Dukung;Catatan');
    expect(lines[5]).toBe('jenis;Profil instansi;Jenis instansi;Pilihan: Instansi Pusat | Instansi Daerah;;;;');
    expect(lines[7]).toBe('P2a;Perencanaan;Standar (pusat);Berlaku bila Jenis instansi = Instansi Pusat;;;;');
    const out = lines.map((line) => {
      const cells = line.split(';');
      const fill = FILL[cells[0]!];
      if (!fill) return line;
      cells[4] = fill.level !== undefined ? String(fill.level).replace('.', ',') : '';
      cells[5] = fill.verified !== undefined ? String(fill.verified) : '';
      return cells.join(';');
    });
    return readEvidenceBytes(Buffer.from(out.join('\r\n'), 'utf8'), 'filled.csv', {}).then((table) => expectScored(scoreAgency(L, table)));
  });
});
