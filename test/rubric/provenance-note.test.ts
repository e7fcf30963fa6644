import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noteIn } from '../../src/rubric/text.js';
import { noteFromCell } from '../../src/rubric/sheet.js';

describe('provenance notes in one or two languages', () => {
  it('a plain string note reads the same in both languages; a bilingual one gives the language asked for', () => {
    expect(noteIn('Old note.', 'id')).toBe('Old note.');
    expect(noteIn('Old note.', 'en')).toBe('Old note.');
    expect(noteIn({ id: 'Catatan.', en: 'Note.' }, 'id')).toBe('Catatan.');
    expect(noteIn({ id: 'Catatan.', en: 'Note.' }, 'en')).toBe('Note.');
    expect(noteIn({ id: 'Catatan.', en: '' }, 'en')).toBe('Catatan.');
    expect(noteIn(undefined, 'id')).toBeUndefined();
  });

  it('a sheet cell holding {"id","en"} is a bilingual note; any other text stays a string', () => {
    expect(noteFromCell('{"id":"Catatan.","en":"Note."}')).toEqual({ id: 'Catatan.', en: 'Note.' });
    expect(noteFromCell('{not json')).toBe('{not json');
    expect(noteFromCell('{"id":"x","en":"y","z":1}')).toBe('{"id":"x","en":"y","z":1}');
    expect(noteFromCell('Plain.')).toBe('Plain.');
  });

  it('every bundled rubric note is written in both languages', () => {
    for (const f of ['kasn-2019', 'ip-asn-2019', 'panrb-19-2025']) {
      const notes: unknown[] = [];
      const walk = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') {
          const o = x as Record<string, unknown>;
          const p = o.provenance as { note?: unknown } | undefined;
          if (p && p.note !== undefined) notes.push(p.note);
          Object.values(o).forEach(walk);
        }
      };
      walk(JSON.parse(readFileSync(`rubrics/${f}.json`, 'utf8')));
      expect(notes.length).toBeGreaterThan(20);
      for (const n of notes) expect(n).toEqual({ id: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
    }
  });
});
