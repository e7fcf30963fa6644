/**
 * v2 `extends` (src/rubric/extends.ts through loadRubric / checkRubric): a rubric built on a
 * bundled one or on a file, overrides by node code, chains, and diagnostics put in the file that
 * wrote the part they are about.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type Diagnostic } from '../../src/diagnostics.js';
import { readEvidence } from '../../src/evidence/read.js';
import { formatDiagnostic } from '../../src/i18n/index.js';
import { checkRubric, loadRubric } from '../../src/rubric/load.js';
import { walk } from '../../src/rubric/tree.js';
import type { Rubric } from '../../src/rubric/types.js';
import { scoreAgency } from '../../src/scoring/score.js';
import type { NodeResult } from '../../src/scoring/types.js';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'merit-extends-'));
const KASN = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as Rubric;
const CONTOH = readFileSync(join(ROOT, 'test/fixtures/rubrics/v2/contoh-2026.json'), 'utf8');

/** Writes a rubric file (pretty JSON, so lines can be found) and returns its path. */
function write(name: string, doc: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return path;
}

const ext = (id: string, extendsOf: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  format: 'merit-rubric/2',
  id,
  version: '1.0.0',
  status: 'provisional',
  extends: extendsOf,
  ...more,
});

async function loadErrors(path: string): Promise<readonly Diagnostic[]> {
  try {
    await loadRubric(path);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).diagnostics;
  }
  throw new Error(`expected ${path} not to load`);
}

/** The 1-based line of the first `needle` in a file. */
const lineOf = (path: string, needle: string): number => {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
};

/** A node result as plain JSON (exact decimals as their text), to compare two trees whole. */
const tree = (r: NodeResult) => JSON.parse(JSON.stringify(r));

describe('extends a bundled rubric', () => {
  const evidence = readEvidence(join(ROOT, 'examples/kota-contoh.csv'));

  it('with no overrides scores exactly as its base, and records the base', async () => {
    const path = write('kasn-copy.json', ext('kasn-copy', { id: 'kasn-2019', version: KASN.version }));
    const loaded = await loadRubric(path);
    expect(loaded.rubric.id).toBe('kasn-copy');
    expect(loaded.rubric.format).toBe('merit-rubric/2');
    expect(loaded.rubric.extends).toBeUndefined();
    const bytes = readFileSync(join(ROOT, 'rubrics/kasn-2019.json'));
    expect(loaded.base).toEqual({ id: 'kasn-2019', version: KASN.version, sha256: createHash('sha256').update(bytes).digest('hex'), source: 'kasn-2019' });
    expect(loaded.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    const base = await loadRubric('kasn-2019');
    const a = scoreAgency(loaded, await evidence);
    const b = scoreAgency(base, await evidence);
    expect(tree(a.root)).toEqual(tree(b.root));
    expect(a.score.toString()).toBe(b.score.toString());
    expect(a.predicate.code).toBe(b.predicate.code);
    expect(a.rubric.base).toEqual(loaded.base);
  });

  it('overrides change exactly the named weights (codes compare case-insensitively)', async () => {
    const path = write('kasn-heavier.json', ext('kasn-heavier', { id: 'kasn-2019', version: KASN.version }, { override: { weights: { 'A1.1': 2, 'a2.1': 3 } } }));
    const loaded = await loadRubric(path);
    const expected = structuredClone(KASN.root);
    for (const { node } of walk(expected)) {
      if (node.code === 'A1.1') node.weight = 2;
      if (node.code === 'A2.1') node.weight = 3;
    }
    expect(loaded.rubric.root).toEqual(expected);
    const base = await loadRubric('kasn-2019');
    const a = scoreAgency(loaded, await evidence);
    const b = scoreAgency(base, await evidence);
    const byCode = (r: NodeResult, out = new Map<string, NodeResult>()) => {
      out.set(r.code, r);
      for (const c of r.children ?? []) byCode(c, out);
      return out;
    };
    const na = byCode(a.root);
    const nb = byCode(b.root);
    const differs = (code: string) => na.get(code)!.score.toString() !== nb.get(code)!.score.toString() || na.get(code)!.weight.toString() !== nb.get(code)!.weight.toString();
    // The two leaves (their weight), their aspects and the total (their scores); nothing else.
    expect([...na.keys()].filter(differs).sort()).toEqual(['A1', 'A1.1', 'A2', 'A2.1', a.root.code].sort());
    expect(na.get('A1.1')!.weight.toString()).toBe('2');
    expect(na.get('A1.1')!.score.toString()).toBe(nb.get('A1.1')!.score.toString());
    const a11 = nb.get('A1.1')!.score;
    expect(na.get('A1')!.score.sub(nb.get('A1')!.score).toString()).toBe(a11.toString());
  });
});

describe('extends a file', () => {
  const contoh = JSON.parse(CONTOH) as Rubric;
  const basePath = write('contoh-2026.json', CONTOH);

  it('reads the base relative to the extending file; texts, provenance, coefficients, bands and band sets are overridden by code', async () => {
    const bands = structuredClone(contoh.bands).map((b) => ({ ...b, label: { id: `${b.label.id}!`, en: b.label.en } }));
    const kematangan = structuredClone(contoh.bandSets!.kematangan!).map((b) => ({ ...b, color: '#123456' }));
    const path = write('contoh-lokal.json', ext('contoh-lokal', { id: 'contoh-2026', version: '1.0.0', path: './contoh-2026.json' }, {
      title: { id: 'Contoh lokal', en: 'Local example' },
      override: {
        texts: { A: { name: { id: 'Perencanaan SDM', en: 'HR planning' } } },
        provenance: { SUR: { source: 'Survei 2026', confidence: 'confirmed' } },
        coefficients: { MAT: 0.7, SUR: 0.3 },
        bands,
        bandSets: { kematangan },
      },
    }));
    const loaded = await loadRubric(path);
    const r = loaded.rubric;
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.base).toMatchObject({ id: 'contoh-2026', version: '1.0.0', source: basePath });
    expect(r.title.en).toBe('Local example');
    expect(r.profile).toEqual(contoh.profile);
    const nodes = new Map([...walk(r.root)].map(({ node }) => [node.code, node]));
    expect(nodes.get('A')!.name.en).toBe('HR planning');
    expect(nodes.get('SUR')!.provenance).toEqual({ source: 'Survei 2026', confidence: 'confirmed' });
    expect([nodes.get('MAT')!.coefficient, nodes.get('SUR')!.coefficient]).toEqual([0.7, 0.3]);
    expect(r.bands.map((b) => b.label.id)).toEqual(['Kurang!', 'Baik!', 'Sangat Baik!']);
    expect(r.bandSets!.kematangan!.every((b) => b.color === '#123456')).toBe(true);
  });

  it('a chain: an extension of an extension', async () => {
    write('lokal-1.json', ext('lokal-1', { id: 'contoh-2026', version: '1.0.0', path: 'contoh-2026.json' }, { override: { weights: { A: 70, B: 30 } } }));
    const path = write('lokal-2.json', ext('lokal-2', { id: 'lokal-1', version: '1.0.0', path: 'lokal-1.json' }, { override: { weights: { A: 55, B: 45 } } }));
    const loaded = await loadRubric(path);
    expect(loaded.base?.id).toBe('lokal-1');
    const nodes = new Map([...walk(loaded.rubric.root)].map(({ node }) => [node.code, node]));
    expect([nodes.get('A')!.weight, nodes.get('B')!.weight]).toEqual([55, 45]);
  });

  it('the extending file\'s own tree replaces the base\'s', async () => {
    const root = { code: 'R', name: { id: 'R', en: 'R' }, children: [{ code: 'X', name: { id: 'X', en: 'X' }, scoring: { kind: 'boolean', true: 1 } }] };
    const path = write('own-root.json', ext('own-root', { id: 'contoh-2026', version: '1.0.0', path: 'contoh-2026.json' }, {
      root,
      bands: [{ code: 'ALL', label: { id: 'Semua', en: 'All' } }],
      bandSets: {},
    }));
    const loaded = await loadRubric(path);
    expect(loaded.rubric.root).toEqual(root);
  });

  it('the merged rubric is linted as a whole; each problem is put in the file that wrote it', async () => {
    // A weight override breaks the base's percent sum (the problem is in the base's weightUnit) ...
    const path = write('bad-sum.json', ext('bad-sum', { id: 'contoh-2026', version: '1.0.0', path: 'contoh-2026.json' }, {
      override: { weights: { A: 50 }, bands: [{ code: 'X', label: { id: 'x', en: 'x' }, min: 0, max: 0.5 }, { code: 'Y', label: { id: 'y', en: 'y' }, min: 0.6 }] },
    }));
    const ds = await loadErrors(path);
    // ... and the overridden bands leave a gap (the problem is in the extending file).
    expect(ds.map((d) => [d.code, d.location?.file, d.location?.pointer, d.location?.line])).toEqual([
      ['RUBRIC_BAND_GAP', path, '/override/bands/1/min', lineOf(path, '"min": 0.6')],
      ['RUBRIC_WEIGHTS_PERCENT_SUM', basePath, '/root/children/0/weightUnit', lineOf(basePath, '"weightUnit"')],
    ]);
  });
});

describe('extends problems', () => {
  it('RUBRIC_EXTENDS_NOT_FOUND: an unknown bundled id (did-you-mean) or a missing file', async () => {
    const byId = write('typo.json', ext('typo', { id: 'kasn2019', version: '1.0.0' }));
    const [d] = await loadErrors(byId);
    expect(d).toMatchObject({ code: 'RUBRIC_EXTENDS_NOT_FOUND', args: { id: 'kasn2019', suggestion: 'kasn-2019' }, location: { file: byId, pointer: '/extends/id', line: lineOf(byId, '"id": "kasn2019"') } });
    const byPath = write('nofile.json', ext('nofile', { id: 'x', version: '1.0.0', path: 'nowhere.json' }));
    const [e] = await loadErrors(byPath);
    expect(e).toMatchObject({ code: 'RUBRIC_EXTENDS_NOT_FOUND', args: { path: 'nowhere.json' }, location: { pointer: '/extends/path', line: lineOf(byPath, '"path"') } });
    expect(formatDiagnostic(e!, 'en')).toContain('base rubric "nowhere.json" not found');
  });

  it('RUBRIC_EXTENDS_VERSION: the base is another version', async () => {
    const path = write('old.json', ext('old', { id: 'kasn-2019', version: '0.9.0' }));
    const [d, ...rest] = await loadErrors(path);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'RUBRIC_EXTENDS_VERSION', args: { id: 'kasn-2019', expected: '0.9.0', found: KASN.version }, location: { pointer: '/extends/version', line: lineOf(path, '"version": "0.9.0"') } });
  });

  it('RUBRIC_EXTENDS_CYCLE', async () => {
    write('cycle-a.json', ext('cycle-a', { id: 'cycle-b', version: '1.0.0', path: 'cycle-b.json' }));
    const b = write('cycle-b.json', ext('cycle-b', { id: 'cycle-a', version: '1.0.0', path: 'cycle-a.json' }));
    const [d] = await loadErrors(b);
    expect(d).toMatchObject({ code: 'RUBRIC_EXTENDS_CYCLE', args: { chain: 'cycle-b → cycle-a → cycle-b' } });
  });

  it('RUBRIC_EXTENDS_DEPTH: at most 4 rubrics under one', async () => {
    for (let i = 1; i <= 5; i++) write(`deep-${i}.json`, ext(`deep-${i}`, i === 5 ? { id: 'kasn-2019', version: KASN.version } : { id: `deep-${i + 1}`, version: '1.0.0', path: `deep-${i + 1}.json` }));
    const [d] = await loadErrors(join(tmp, 'deep-1.json'));
    expect(d).toMatchObject({ code: 'RUBRIC_EXTENDS_DEPTH', args: { max: 4 } });
    expect(d!.location?.file).toBe(join(tmp, 'deep-5.json'));
    // Four under one is fine.
    expect((await loadRubric(join(tmp, 'deep-2.json'))).base?.id).toBe('deep-3');
  });

  it('RUBRIC_OVERRIDE_UNKNOWN_CODE, with a did-you-mean, at the override\'s key', async () => {
    const path = write('unknown-code.json', ext('unknown-code', { id: 'kasn-2019', version: KASN.version }, { override: { weights: { 'A1.9': 2, A11: 1 } } }));
    const ds = await loadErrors(path);
    expect(ds.map((d) => [d.code, d.args.code, d.args.suggestion, d.location?.pointer, d.location?.line])).toEqual([
      ['RUBRIC_OVERRIDE_UNKNOWN_CODE', 'A1.9', 'A1.1', '/override/weights/A1.9', lineOf(path, '"A1.9"')],
      ['RUBRIC_OVERRIDE_UNKNOWN_CODE', 'A11', 'A1', '/override/weights/A11', lineOf(path, '"A11"')],
    ]);
  });

  it('a base with errors reports them in the base file', async () => {
    const bad = write('bad-base.json', { ...JSON.parse(CONTOH), id: 'bad-base', bandSets: {} });
    const path = write('on-bad.json', ext('on-bad', { id: 'bad-base', version: '1.0.0', path: 'bad-base.json' }));
    const ds = await loadErrors(path);
    expect(new Set(ds.map((d) => d.location?.file))).toEqual(new Set([bad]));
    expect(ds.map((d) => d.code)).toContain('RUBRIC_BANDSET_UNKNOWN');
  });

  it('merit rubric validate (checkRubric) resolves the chain too', async () => {
    const path = write('checked.json', ext('checked', { id: 'kasn-2019', version: KASN.version }));
    const check = await checkRubric(path);
    expect(check.validation.rubric?.id).toBe('checked');
    expect(check.base?.id).toBe('kasn-2019');
  });
});
