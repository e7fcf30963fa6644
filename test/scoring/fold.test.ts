/**
 * Issue 15 item 9: repeated per-row diagnostics are folded past 100 of a code and severity into
 * one located SCORE_DIAGNOSTICS_FOLDED (DiagnosticFolder, and scoreAgency with it).
 */
import { describe, expect, it } from 'vitest';
import { diag, type Diagnostic } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { DiagnosticFolder, LISTED_PER_CODE } from '../../src/scoring/fold.js';
import { scoreAgency } from '../../src/scoring/score.js';
import { group, loaded, lv, rubric, table } from './helpers.js';

const at = (row: number, sheet?: string): Diagnostic['location'] => ({ file: 'f.xlsx', ...(sheet ? { sheet } : {}), cell: `A${row}`, row, code: `Z${row}` });

describe('DiagnosticFolder', () => {
  it('keeps the first `cap` of a code and severity, then one summary at the first folded place', () => {
    const out: Diagnostic[] = [];
    const f = new DiagnosticFolder(out, 2);
    for (let r = 10; r < 15; r++) f.push(diag('SCORE_UNKNOWN_CODE', 'warning', { value: `Z${r}` }, at(r, 'Data 1')));
    f.push(diag('SCORE_UNKNOWN_CODE', 'info', { value: 'CATATAN' }, at(20)));
    expect(f.listed('SCORE_UNKNOWN_CODE', 'warning')).toBe(false);
    expect(f.listed('SCORE_UNKNOWN_CODE', 'info')).toBe(true);
    f.finish();
    expect(out.map((d) => [d.code, d.severity, d.location?.row])).toEqual([
      ['SCORE_UNKNOWN_CODE', 'warning', 10],
      ['SCORE_UNKNOWN_CODE', 'warning', 11],
      ['SCORE_UNKNOWN_CODE', 'info', 20],
      ['SCORE_DIAGNOSTICS_FOLDED', 'warning', 12],
    ]);
    const folded = out[3]!;
    expect(folded.args).toEqual({ of: 'SCORE_UNKNOWN_CODE', count: 3, listed: 2, last: "'Data 1'!A14" });
    // The summary names no one row's code.
    expect(folded.location).toEqual({ file: 'f.xlsx', sheet: 'Data 1', cell: 'A12', row: 12 });
    expect(formatDiagnostic(folded, 'en')).toContain("and 3 more rows whose code is not in the rubric (ignored), up to 'Data 1'!A14; not listed one by one");
    expect(formatDiagnostic(folded, 'id')).toContain("dan 3 baris lain dengan kode yang tidak ada di rubrik (diabaikan), sampai 'Data 1'!A14");
  });

  it('a code with no words of its own is named; nothing past the cap, no summary', () => {
    const out: Diagnostic[] = [];
    const f = new DiagnosticFolder(out, 1);
    f.push(diag('EVIDENCE_HIDDEN_ROW', 'warning', {}, { file: 'a.csv', line: 3 }));
    f.push(diag('EVIDENCE_HIDDEN_ROW', 'warning', {}, { file: 'a.csv', line: 4 }));
    f.push(diag('SCORE_NO_ROWS', 'warning', {}));
    f.finish();
    expect(out.map((d) => d.code)).toEqual(['EVIDENCE_HIDDEN_ROW', 'SCORE_NO_ROWS', 'SCORE_DIAGNOSTICS_FOLDED']);
    expect(formatDiagnostic(out[2]!, 'en')).toContain('and 1 more like this [EVIDENCE_HIDDEN_ROW], up to 4; not listed one by one');
  });
});

describe('scoreAgency folds per-row diagnostics', () => {
  const r = rubric(group('R', [lv('A1.1'), lv('A1.2')]));

  it(`${LISTED_PER_CODE} unknown codes are listed, the rest folded (warnings: the exit code stays 0)`, () => {
    const rows: [string, number][] = [['A1.1', 2]];
    for (let i = 0; i < 250; i++) rows.push([`Z${i}`, 1]);
    const a = scoreAgency(loaded(r), table(rows));
    const unknown = a.diagnostics.filter((d) => d.code === 'SCORE_UNKNOWN_CODE');
    expect(unknown).toHaveLength(LISTED_PER_CODE);
    const folded = a.diagnostics.filter((d) => d.code === 'SCORE_DIAGNOSTICS_FOLDED');
    expect(folded).toHaveLength(1);
    expect(folded[0]!.severity).toBe('warning');
    expect(folded[0]!.args).toMatchObject({ of: 'SCORE_UNKNOWN_CODE', count: 150, listed: LISTED_PER_CODE });
    expect(a.diagnostics.some((d) => d.severity === 'error')).toBe(false);
  });

  it('conflicting duplicates stay errors when folded', () => {
    const rows: [string, number][] = [['A1.1', 2]];
    for (let i = 0; i < 120; i++) rows.push(['A1.1', 3]);
    const a = scoreAgency(loaded(r), table(rows));
    expect(a.diagnostics.filter((d) => d.code === 'SCORE_DUPLICATE_CODE')).toHaveLength(LISTED_PER_CODE);
    const folded = a.diagnostics.find((d) => d.code === 'SCORE_DIAGNOSTICS_FOLDED');
    expect(folded).toMatchObject({ severity: 'error', args: { of: 'SCORE_DUPLICATE_CODE', count: 20 } });
  });
});
