/**
 * `merit rubric diff` on the built binary: the changes between two rubric versions, whether the
 * version numbers say so (exit 1 when a change that can move a score has no major step), and the
 * impact on evidence files scored under both versions.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

type Rubric = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function variant(change: (r: Rubric) => void): string {
  const r = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as Rubric;
  change(r);
  const file = join(mkdtempSync(join(tmpdir(), 'merit-rdiff-')), 'kasn-variant.json');
  writeFileSync(file, JSON.stringify(r, null, 2));
  return file;
}

const json = (args: string[]) => {
  const r = merit(['rubric', 'diff', ...args, '-f', 'json']);
  return { code: r.code, doc: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('merit rubric diff: changes and the version verdict', () => {
  it('the same rubric: no changes, exit 0', () => {
    const r = merit(['rubric', 'diff', 'kasn-2019', 'kasn-2019', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes.');
    expect(r.stdout).toContain('✓ the version numbers say what the changes are');
  });

  it('a changed weight without a major step: the weight and level points, exit 1', () => {
    const file = variant((r) => (r.root.children[2].children[0].scoring.weight = 9.5));
    const { code, doc } = json(['kasn-2019', file]);
    expect(code).toBe(1);
    expect(doc.schema).toBe('merit-rubric-diff/1');
    expect(doc.changes).toContainEqual({ kind: 'weight', target: 'A3.1', detail: 'scoring.weight', from: '6.5', to: '9.5', scoring: true });
    expect(doc.changes).toContainEqual({ kind: 'level-points', target: 'A3.1', detail: 'level 4', from: '26', to: '38', scoring: true });
    expect(doc.verdict).toEqual({ from: '1.2.0', to: '1.2.0', bump: 'none', needsMajor: true, ok: false });
  });

  it('the same change with a major step: exit 0', () => {
    const file = variant((r) => {
      r.root.children[2].children[0].scoring.weight = 9.5;
      r.version = '2.0.0';
    });
    const { code, doc } = json(['kasn-2019', file]);
    expect(code).toBe(0);
    expect(doc.verdict).toMatchObject({ bump: 'major', needsMajor: true, ok: true });
  });

  it('a rename (same code, new name) needs no major step, but some step', () => {
    const renamed = (version: string) =>
      variant((r) => {
        r.root.children[0].name.en = 'Needs Planning';
        r.version = version;
      });
    const patch = json(['kasn-2019', renamed('1.2.1')]);
    expect(patch.code).toBe(0);
    expect(patch.doc.changes).toEqual([{ kind: 'node-renamed', target: 'A1', from: 'Perencanaan Kebutuhan / Needs Planning (Workforce Planning)', to: 'Perencanaan Kebutuhan / Needs Planning', scoring: false }].map((c) => ({ ...c, from: expect.any(String) })));
    expect(patch.doc.verdict).toMatchObject({ bump: 'patch', needsMajor: false, ok: true });
    expect(json(['kasn-2019', renamed('1.2.0')]).doc.verdict).toMatchObject({ bump: 'none', ok: false });
  });

  it('nodes added and removed, conditions, rounding and the missing policy', () => {
    const file = variant((r) => {
      const a8 = r.root.children[7];
      a8.children.pop();
      a8.children.push({ code: 'A8.3', name: { id: 'Baru', en: 'New' }, scoring: { kind: 'levels', scale: 'kasn-0-4', weight: 3 } });
      r.rounding = { step: 1, mode: 'half-up' };
      r.missing = 'exclude';
    });
    const kinds = json(['kasn-2019', file]).doc.changes.map((c: { kind: string; target: string }) => `${c.kind} ${c.target}`);
    expect(kinds).toEqual(expect.arrayContaining(['node-removed A8.2', 'node-added A8.3', 'rounding rubric', 'missing rubric']));
  });
});

describe('merit rubric diff: impact on evidence', () => {
  // III from 260 (and II up to it): 250 falls to II
  const edge = () =>
    variant((r) => {
      r.bands[1].max = 260;
      r.bands[2].min = 260;
    });

  it('each file under both versions, the files whose category changes, the distribution', () => {
    const { code, doc } = json(['kasn-2019', edge(), join(ROOT, 'rubrics/fixtures/kasn-2019')]);
    expect(code).toBe(1);
    expect(doc.changes).toContainEqual({ kind: 'band-edges', target: 'bands/III', from: '[250, 325)', to: '[260, 325)', scoring: true });
    expect(doc.changes).toContainEqual({ kind: 'band-edges', target: 'bands/II', from: '[175, 250)', to: '[175, 260)', scoring: true });
    const im = doc.impact;
    expect(im.files).toHaveLength(6);
    const sultra = im.files.find((f: { file: string }) => f.file.endsWith('sultra-2024.csv'));
    expect(sultra).toMatchObject({ old: { score: '250', category: 'III' }, new: { score: '250', category: 'II' }, delta: '0', categoryChanged: true, errors: [] });
    expect(im.categoryChanged).toBe(1);
    const dist = Object.fromEntries(im.distribution.map((d: { code: string; before: number; after: number }) => [d.code, [d.before, d.after]]));
    expect(dist).toEqual({ BELOW: [1, 1], I: [1, 1], II: [0, 1], III: [2, 1], IV: [2, 2] });
  });

  it('text and Markdown', () => {
    const file = edge();
    const text = merit(['rubric', 'diff', 'kasn-2019', file, join(ROOT, 'rubrics/fixtures/kasn-2019'), '--lang', 'en']);
    expect(text.stdout).toContain('* band edges  bands/III  [250, 325) → [260, 325)');
    expect(text.stdout).toMatch(/sultra-2024\.csv\s+250 III\s+250 II\s+0 !/);
    expect(text.stdout).toContain('Category changes: 1 file');
    const md = merit(['rubric', 'diff', 'kasn-2019', file, join(ROOT, 'rubrics/fixtures/kasn-2019'), '-f', 'md']);
    expect(md.stdout).toContain('❌');
    expect(md.stdout).toContain('| ⚠ | batas pita | `bands/III` | \\[250, 325) | \\[260, 325) |');
    expect(md.stdout).toContain('| `III` Baik | 2 | 1 |');
  });

  it('files made for another rubric are listed with their error and left out of the distribution', () => {
    const { doc } = json(['kasn-2019', 'kasn-2019', join(ROOT, 'examples')]);
    const foreign = doc.impact.files.find((f: { file: string }) => f.file.endsWith('kab-contoh-2026.xlsx'));
    expect(foreign.errors).toContain('SCORE_NO_MATCHING_CODES');
    const total = doc.impact.distribution.reduce((t: number, d: { before: number }) => t + d.before, 0);
    expect(total).toBe(3); // kab-contoh-baik, kota-contoh, prov-contoh-sangat-baik
  });

  it('help has examples', () => {
    const r = merit(['rubric', 'diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ merit rubric diff kasn-2019 ./kasn-2019-baru.json bukti/ --format md');
  });
});
