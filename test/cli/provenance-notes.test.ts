/**
 * Issue 16 item 5: provenance notes in the reader's language, on the built binary. A bundled rubric
 * writes every note in Indonesian and English; an older rubric's plain string note still loads,
 * scores and shows (the same text in both languages); a note in one language only is refused,
 * located; going from a string note to a bilingual one moves no score.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const kasn = (): Json => JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as Json;
const A11 = (r: Json): Json => r.root.children[0].children[0];

/** kasn-2019 as an older rubric wrote it: every note one (English) string. */
function withStringNotes(change: (r: Json) => void = () => {}): string {
  const r = kasn();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Json;
      if (o.provenance?.note && typeof o.provenance.note === 'object') o.provenance.note = o.provenance.note.en;
      Object.values(o).forEach(walk);
    }
  };
  walk(r);
  change(r);
  const file = join(mkdtempSync(join(tmpdir(), 'merit-notes-')), 'kasn-string-notes.json');
  writeFileSync(file, JSON.stringify(r, null, 2));
  return file;
}

const EN_A11 = (A11(kasn()).provenance.note as { en: string }).en;
const ID_A11 = (A11(kasn()).provenance.note as { id: string }).id;
const words = (s: string, n: number) => s.split(/\s+/).slice(0, n).join(' ');

describe('provenance notes in the chosen language', () => {
  it('rubric show: the note of an unconfirmed part under its source, in Indonesian or English', () => {
    const id = merit(['rubric', 'show', 'kasn-2019', '--lang', 'id'], { env: { COLUMNS: '200' } });
    const en = merit(['rubric', 'show', 'kasn-2019', '--lang', 'en'], { env: { COLUMNS: '200' } });
    expect(id.code).toBe(0);
    expect(en.code).toBe(0);
    expect(id.stdout).toContain(`catatan: ${words(ID_A11, 6)}`);
    expect(en.stdout).toContain(`note: ${words(EN_A11, 6)}`);
    expect(id.stdout).not.toContain(words(EN_A11, 6));
    expect(en.stdout).not.toContain(words(ID_A11, 6));
    // A confirmed part's note is not repeated (its source says it all): the root's is confirmed.
    const root = kasn().root.provenance;
    expect(root.confidence).toBe('confirmed');
    if (root.note) expect(en.stdout).not.toContain(words(root.note.en, 6));
  });

  it('rubric show in a narrow terminal keeps a note to two lines, cut with an ellipsis', () => {
    const r = merit(['rubric', 'show', 'kasn-2019', '--lang', 'en'], { env: { COLUMNS: '60' } });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith(`note: ${words(EN_A11, 3)}`));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]!.endsWith('…')).toBe(true);
    expect(lines[at + 2]).toMatch(/^\s+A1\.2\s/); // the next criterion: the note took two lines
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(60);
  });

  it('the booklet (rubric show -f md) writes the note in the chosen language', () => {
    const id = merit(['rubric', 'show', 'kasn-2019', '-f', 'md', '--lang', 'id']);
    const en = merit(['rubric', 'show', 'kasn-2019', '-f', 'md', '--lang', 'en']);
    expect(id.stdout).toContain(words(ID_A11, 8));
    expect(en.stdout).toContain(words(EN_A11, 8));
    expect(id.stdout).not.toContain(words(EN_A11, 8));
  });

  it('the JSON report keeps note one (English) string and adds noteText in both languages', () => {
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json', '--lang', 'id']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Json;
    const a11 = doc.root.children[0].children[0];
    expect(a11.provenance.note).toBe(EN_A11);
    expect(a11.provenance.noteText).toEqual({ id: ID_A11, en: EN_A11 });
  });
});

describe('an older rubric with string notes', () => {
  const old = withStringNotes();

  it('validates, scores the same, and shows its note as written in both languages', () => {
    expect(merit(['rubric', 'validate', old]).code).toBe(0);
    const bundled = JSON.parse(merit(['score', 'examples/kab-contoh-baik.xlsx', '-f', 'json']).stdout) as Json;
    const r = merit(['score', 'examples/kab-contoh-baik.xlsx', '-r', old, '-f', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Json;
    expect(doc.score).toBe(bundled.score);
    expect(doc.predicate).toEqual(bundled.predicate);
    const a11 = doc.root.children[0].children[0];
    expect(a11.provenance.note).toBe(EN_A11);
    expect(a11.provenance.noteText).toBeUndefined();
    for (const lang of ['id', 'en']) {
      const show = merit(['rubric', 'show', old, '--lang', lang], { env: { COLUMNS: '200' } });
      expect(show.stdout).toContain(`${lang === 'id' ? 'catatan' : 'note'}: ${words(EN_A11, 6)}`);
    }
  });

  it('rubric diff: a string note becoming bilingual is a text change that moves no score', () => {
    const older = withStringNotes((r) => (r.version = '1.1.0'));
    const r = merit(['rubric', 'diff', older, 'kasn-2019', '-f', 'json']);
    const doc = JSON.parse(r.stdout) as Json;
    const notes = (doc.changes as Json[]).filter((c) => c.kind === 'provenance');
    expect(notes.length).toBeGreaterThan(20);
    expect(notes.every((c) => c.scoring === false)).toBe(true);
    expect((doc.changes as Json[]).filter((c) => c.scoring)).toEqual([]);
    expect(doc.verdict).toMatchObject({ needsMajor: false, ok: true });
    expect(r.code).toBe(0);
  });

  it('a note in one language only is refused at its location (exit 2)', () => {
    const bad = withStringNotes((r) => (A11(r).provenance.note = { id: 'Hanya Indonesia.' }));
    const r = merit(['rubric', 'validate', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('/root/children/0/children/0/provenance/note');
  });
});
