import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/diagnostics.js';
import { checkRubric, listBundledRubrics, loadRubric, looksLikeId } from '../../src/rubric/load.js';

const ROOT = join(import.meta.dirname, '../..');
const FIX = join(import.meta.dirname, '../fixtures/rubrics');
const tmp = mkdtempSync(join(tmpdir(), 'merit-load-'));

async function loadError(ref: string): Promise<readonly Diagnostic[]> {
  try {
    await loadRubric(ref);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).diagnostics;
  }
  throw new Error(`expected ${ref} not to load`);
}

describe('loadRubric', () => {
  it('loads a bundled rubric by id, with the sha256 of its bytes', async () => {
    const loaded = await loadRubric('kasn-2019');
    expect(loaded.bundled).toBe(true);
    expect(loaded.source).toBe('kasn-2019');
    expect(loaded.rubric.id).toBe('kasn-2019');
    const bytes = readFileSync(join(ROOT, 'rubrics/kasn-2019.json'));
    expect(loaded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(loaded.locate?.('/root')).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  });

  it('loads a rubric by path, warnings included', async () => {
    const path = join(FIX, 'warn/unused-scale.json');
    const loaded = await loadRubric(path);
    expect(loaded.bundled).toBe(false);
    expect(loaded.source).toBe(path);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['RUBRIC_UNUSED_SCALE']);
    expect(loaded.diagnostics[0]!.location).toMatchObject({ file: path, line: 61, column: 5 });
  });

  it('throws InputError with every diagnostic for an invalid rubric', async () => {
    const ds = await loadError(join(FIX, 'invalid/record-without-columns.json'));
    expect(ds.map((d) => d.code)).toEqual([
      'RUBRIC_RECORD_REQUIRES',
      'RUBRIC_RECORD_REQUIRES',
      'RUBRIC_LEAF_COLUMN_MISSING',
      'RUBRIC_LEAF_COLUMN_MISSING',
      'RUBRIC_LEAF_COLUMN_MISSING',
    ]);
  });

  it('suggests a bundled id for an unknown one', async () => {
    const [d, ...rest] = await loadError('kasn2019');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'RUBRIC_NOT_FOUND', severity: 'error', args: { ref: 'kasn2019', asId: true, suggestion: 'kasn-2019' } });
    expect(d!.args.bundled).toEqual(expect.arrayContaining(['kasn-2019', 'ip-asn-2019']));
  });

  it('reports a missing path, with a did-you-mean on its name', async () => {
    const [d] = await loadError('./nowhere/kasn-2091.json');
    expect(d).toMatchObject({ code: 'RUBRIC_NOT_FOUND', args: { asId: false, suggestion: 'kasn-2019' }, location: { file: './nowhere/kasn-2091.json' } });
  });

  it('refuses a directory, a file that is not UTF-8, and never reads a huge file', async () => {
    mkdirSync(join(tmp, 'dir.json'));
    expect((await loadError(join(tmp, 'dir.json')))[0]!.code).toBe('RUBRIC_NOT_A_FILE');
    const latin1 = join(tmp, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"id": "caf\xe9"}', 'latin1'));
    expect((await loadError(latin1)).map((d) => d.code)).toEqual(['RUBRIC_ENCODING']);
    const huge = join(tmp, 'huge.json');
    writeFileSync(huge, Buffer.alloc(8 * 1024 * 1024 + 1, 0x20));
    expect((await loadError(huge)).map((d) => d.code)).toEqual(['RUBRIC_TOO_LARGE']);
  });

  it('accepts a BOM and never follows a $schema URL', async () => {
    const text = readFileSync(join(FIX, 'valid/minimal-agency.json'), 'utf8').replace('"../../../../rubrics/schema/rubric-1.schema.json"', '"https://example.invalid/rubric.schema.json"');
    const file = join(tmp, 'bom.json');
    writeFileSync(file, '\uFEFF' + text);
    const loaded = await loadRubric(file);
    expect(loaded.rubric.id).toBe('mini');
    expect(loaded.diagnostics).toEqual([]);
  });

  it('tells ids from paths', () => {
    expect(looksLikeId('kasn-2019')).toBe(true);
    expect(looksLikeId('./kasn-2019.json')).toBe(false);
    expect(looksLikeId('kasn-2019.json')).toBe(false);
    expect(looksLikeId('Kasn')).toBe(false);
  });
});

describe('checkRubric', () => {
  it('never throws, and names the file as the user gave it', async () => {
    const r = await checkRubric('test/fixtures/rubrics/invalid/band-gap.json');
    expect(r.source?.file).toBe('test/fixtures/rubrics/invalid/band-gap.json');
    expect(r.validation.diagnostics[0]!.location?.file).toBe('test/fixtures/rubrics/invalid/band-gap.json');
    const missing = await checkRubric('nope-nope');
    expect(missing.validation.diagnostics[0]!.code).toBe('RUBRIC_NOT_FOUND');
  });
});

describe('listBundledRubrics', () => {
  it('lists every rubrics/*.json with its header fields', async () => {
    const list = await listBundledRubrics();
    const files = (await import('node:fs')).readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.json'));
    expect(list.map((r) => `${r.id}.json`).sort()).toEqual(files.sort());
    for (const r of list) {
      expect(r.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(['official', 'provisional']).toContain(r.status);
      expect(r.title.id.length).toBeGreaterThan(0);
      expect(r.file).toBe(`rubrics/${r.id}.json`);
    }
  });
});
