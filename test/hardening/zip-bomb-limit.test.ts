/**
 * Issue 15, item 15: a zip bomb scored with a raised --max-inflated-size (8GB) used to read for
 * 11 s, hold 3 GB and then call the workbook "corrupt" (a part too large for one string). One
 * part may inflate to at most PART_CAP (≈512 MiB) whatever the flag says; past it the diagnostic
 * names the part, that limit, the flag and its value, before anything is inflated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART_CAP } from '../../src/evidence/sniff.js';
import { merit, ROOT } from '../helpers/cli.js';
import { unzip } from '../helpers/unzip.js';
import { endRecord, entryHeaders } from '../helpers/zip.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'merit-bomb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `head`, then `spaces` spaces, then `tail`, deflated as it streams (the bytes are never held). */
async function deflatedBomb(head: Buffer, spaces: number, tail: Buffer): Promise<{ body: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => z.on('end', resolve));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  let crc = crc32(head);
  z.write(head);
  for (let left = spaces; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!z.write(piece)) await new Promise((resolve) => z.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  z.end(tail);
  await done;
  return { body: Buffer.concat(out), crc, size: head.length + spaces + tail.length };
}

let bomb: string;
beforeAll(async () => {
  const items = unzip(readFileSync(join(ROOT, 'examples/kab-contoh-baik.xlsx')));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const it of items) {
    let body: Buffer;
    let crc: number;
    let size: number;
    if (it.name === 'xl/sharedStrings.xml') {
      const text = it.data.toString('utf8');
      const cut = text.lastIndexOf('</sst>');
      ({ body, crc, size } = await deflatedBomb(Buffer.from(text.slice(0, cut)), PART_CAP + (64 << 20), Buffer.from(text.slice(cut))));
    } else {
      body = deflateRawSync(it.data);
      crc = crc32(it.data);
      size = it.data.length;
    }
    const h = entryHeaders({ name: it.name, flags: 0x800, method: 8, crc, compressed: body.length, size, offset });
    locals.push(h.local, body);
    centrals.push(h.central);
    offset += h.local.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  bomb = join(tmp, 'bomb.xlsx');
  writeFileSync(bomb, Buffer.concat([...locals, cd, endRecord(items.length, cd.length, offset)]));
}, 120_000);

describe('a zip bomb under a raised --max-inflated-size', () => {
  it('names the per-part limit, the flag and its value (not "corrupt")', () => {
    const r = merit(['--lang', 'en', 'score', bomb, '--max-inflated-size', '8GB', '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/EVIDENCE_PART_TOO_LARGE/);
    expect(r.stderr).toContain('Part xl/sharedStrings.xml inflates to');
    expect(r.stderr).toContain(`merit reads at most 512.0 MB per part, whatever --max-inflated-size allows (8192.0 MB here)`);
    expect(r.stderr).not.toMatch(/EVIDENCE_CORRUPT|more than its declared|internal error/);
  });

  it('the default limit still says the workbook inflates past --max-inflated-size', () => {
    const r = merit(['--lang', 'en', 'score', bomb, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/EVIDENCE_INFLATED_TOO_LARGE/);
    expect(r.stderr).toContain('--max-inflated-size');
  });
});
