/**
 * Property tests: mangled workbooks and CSVs are either read or refused with InputError — never
 * another exception, never a hang (vitest's timeout bounds each case). A few hundred cases here;
 * set MERIT_FUZZ_RUNS for more.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/diagnostics.js';
import { readEvidenceBytes } from '../../src/evidence/read.js';
import { evidenceSheet, unzip, workbookBytes, zip } from './helpers.js';

const RUNS = Number(process.env.MERIT_FUZZ_RUNS ?? 60);
const LIMITS = { maxInflatedBytes: 8 * 1024 * 1024, maxRows: 2_000 };

async function readsOrRefuses(bytes: Buffer, name: string): Promise<void> {
  try {
    await readEvidenceBytes(bytes, name, { limits: LIMITS });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.diagnostics.length).toBeGreaterThan(0);
  }
}

let base: Buffer;
beforeAll(async () => {
  base = await workbookBytes((wb) => {
    const ws = wb.addWorksheet('Penilaian');
    ws.mergeCells('A1:D1');
    ws.getCell('A1').value = 'Judul';
    evidenceSheet(ws, [
      ['A1', 'x', 3, { formula: '1+1', result: 2 }],
      ['A2', 'y', { richText: [{ text: '4' }] }, { formula: '1/0', result: { error: '#DIV/0!' } }],
    ], 3);
    ws.getRow(5).hidden = true;
  });
});

describe('fuzz', () => {
  it('mutated xlsx bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat()), async (edits, cut) => {
        const b = Buffer.from(base);
        for (const [pos, v] of edits) b[pos % b.length] = v;
        await readsOrRefuses(cut === null ? b : b.subarray(0, cut % b.length), 'm.xlsx');
      }),
      { numRuns: RUNS },
    );
  });

  it('mutated XML inside a valid zip', async () => {
    const items = unzip(base);
    const xmlIdx = items.map((it, i) => (it.name.endsWith('.xml') ? i : -1)).filter((i) => i >= 0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...xmlIdx),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '&', '/', 'r="0"', '<c>', '</row>', 't="e"', 's="999"', '')), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat()),
        async (idx, edits, cut) => {
          const target = items[idx]!;
          let text = target.data.toString('utf8');
          for (const [pos, ins] of edits) {
            const p = pos % (text.length + 1);
            text = text.slice(0, p) + ins + text.slice(p + (ins ? 1 : 3));
          }
          if (cut !== null) text = text.slice(0, cut % (text.length + 1));
          const mutated = items.map((it, i) => (i === idx ? { ...it, data: Buffer.from(text) } : it));
          await readsOrRefuses(zip(mutated), 'x.xlsx');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random CSV text and bytes', async () => {
    const cell = fc.oneof(fc.constantFrom('Kode', 'Level', 'A1', '3,5', '"', '""', ';', ',', '\t', '\r\n', '\n', '\r', 'é', '\u0000', 'sep=;'), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 60 }), fc.uint8Array({ maxLength: 8 }), async (parts, tail) => {
        const bytes = Buffer.concat([Buffer.from(`Kode;Level\n${parts.join('')}`, 'utf8'), Buffer.from(tail)]);
        await readsOrRefuses(bytes, 'f.csv');
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
