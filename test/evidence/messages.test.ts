import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Args } from '../../src/diagnostics.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { HEADER_NAMES, META_LABELS } from '../../src/evidence/header.js';
import { catalogOf } from '../helpers/words.js';

const evidenceMessages = catalogOf('evidence');

const SRC = fileURLToPath(new URL('../../src/evidence/', import.meta.url));

function codesInSource(): Set<string> {
  const found = new Set<string>();
  for (const f of readdirSync(SRC)) {
    if (!f.endsWith('.ts') || f === 'messages.ts') continue;
    for (const m of readFileSync(SRC + f, 'utf8').matchAll(/'(EVIDENCE_[A-Z0-9_]+)'/g)) found.add(m[1]!);
  }
  return found;
}

const SAMPLE: Args = {
  reason: 'EACCES',
  size: 62_300_000,
  limit: 1000,
  flag: '--max-rows',
  format: 'xls',
  extension: '.xlsx',
  detected: 'text',
  detail: 'broken central directory',
  sheet: 'Penilaian',
  sheets: ['1: Penilaian', '2: Petunjuk'],
  code: ['Kode', 'Code'],
  level: ['Level', 'Nilai'],
  verified: ['Level Verifikasi', 'Verified'],
  rows: '1–30',
  bestRow: 3,
  bestHeaders: ['Kode'],
  field: 'level',
  header: 'Nilai',
  first: 'C4',
  cell: 'D4',
  state: 'hidden',
  row: 14,
  column: 'F',
  others: ['Lama'],
  error: '#REF!',
  formula: '=Sheet9!A1',
  length: 40000,
  encoding: 'windows-1252',
  sample: 'Ã©',
  offset: 12,
  count: 2,
  fields: 5,
  expected: 6,
  firstLine: 7,
};

describe('evidence messages', () => {
  it('has words (id and en) for every code the readers emit, and no stale ones', () => {
    const used = codesInSource();
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((c) => !evidenceMessages[c])).toEqual([]);
    expect(Object.keys(evidenceMessages).filter((c) => !used.has(c))).toEqual([]);
  });

  it('renders every message and hint in both languages without gaps', () => {
    for (const [code, m] of Object.entries(evidenceMessages)) {
      for (const lang of ['id', 'en'] as const) {
        const text = formatDiagnostic({ code, severity: 'error', args: SAMPLE, location: { file: 'bukti.xlsx', sheet: 'Penilaian', cell: 'D14' } }, lang);
        expect(text, `${code} ${lang}`).not.toMatch(/undefined|NaN|\[object/);
        expect(text).toContain(`[${code}]`);
        expect(m[lang]({}), `${code} ${lang} with no args`).not.toMatch(/\[object/);
      }
    }
  });

  it('formats sizes per language', () => {
    const d = { code: 'EVIDENCE_FILE_TOO_LARGE', severity: 'error' as const, args: { size: 62_300_000, limit: 52_428_800, flag: '--max-file-size' }, location: { file: 'a.xlsx' } };
    expect(formatDiagnostic(d, 'id')).toContain('59,4 MB, melebihi batas 50,0 MB');
    expect(formatDiagnostic(d, 'en')).toContain('59.4 MB, over the 50.0 MB limit');
  });
});

describe('docs/evidence-format.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/evidence-format.md', import.meta.url)), 'utf8');
  it('lists every accepted header spelling and label, and explains every code', () => {
    for (const [field, names] of Object.entries(HEADER_NAMES)) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${field}\``));
      expect(line, field).toBeDefined();
      for (const n of names) expect(line, `${field}: ${n}`).toContain(n);
    }
    for (const n of [...META_LABELS.subject, ...META_LABELS.period]) expect(doc).toContain(n);
    for (const code of Object.keys(evidenceMessages)) expect(doc, code).toContain(`| \`${code}\``);
  });
});
