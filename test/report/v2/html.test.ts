/**
 * The HTML report with rubric language v2 results: the profile section first, category badges in
 * their band colours, the nominal figure, a capped predicate, the incomplete warning, composite
 * parts, not-applicable items with why; still one self-contained page with everything escaped.
 */
import { describe, expect, it } from 'vitest';
import { RANK_COLOURS } from '../../../src/report/band-colours.js';
import { renderHtml } from '../../../src/report/html/page.js';
import type { Assessment } from '../../../src/scoring/types.js';
import { capped, extended, incomplete, kabkota, pusat } from './fixtures.js';

const page = (a: Assessment, lang: 'id' | 'en' = 'en'): string => renderHtml(a, { lang });

describe('HTML report: v2 results', () => {
  it('shows the profile answers first, right after the header', () => {
    const out = page(kabkota(), 'id');
    const at = out.indexOf('<section class="profile"');
    expect(at).toBeGreaterThan(out.indexOf('<header class="head">'));
    expect(at).toBeLessThan(out.indexOf('<section class="score"'));
    expect(out).toContain('<tr><td>Jenis instansi</td><td class="strong">Pemerintah Kabupaten/Kota</td><td class="mono">C6</td></tr>');
    expect(page(pusat())).toContain('<tr><td>Agency type</td><td class="strong">Central agency</td><td class="mono">--profile</td></tr>');
  });

  it('paints each category as a badge in its band colour, with readable ink', () => {
    const out = page(kabkota());
    // The bands' ranks in the scale: DASAR, LANJUTAN, MENENGAH, TINGGI, MAJU.
    expect(out).toContain(`<span class="cat" style="background:${RANK_COLOURS[3]};color:#ffffff" title="TINGGI">High</span>`);
    expect(out).toContain(`<span class="cat" style="background:${RANK_COLOURS[1]};color:#111827" title="LANJUTAN">Developing</span>`);
    expect(out).toContain('<th scope="col">Category</th></tr></thead>');
    // The criteria tables carry the badge on the group's row.
    expect(out).toMatch(/<td class="name">Planning <span class="cat" style="background:#1e8449;color:#ffffff" title="TINGGI">High<\/span><\/td>/);
    // A category column needs the room: the aspect chart goes above the table.
    expect(out).toContain('<div class="split stacked">');
  });

  it('puts the nominal figure under the total and a capped predicate under the predicate', () => {
    expect(page(kabkota())).toContain('<div class="sub nominal">Index as a percentage: <b>70 %</b></div>');
    expect(page(capped())).toContain('<div class="capped">would be TINGGI High, but A2 Protection is below MENENGAH Intermediate</div>');
    expect(page(kabkota())).not.toContain('class="capped"');
  });

  it('warns about an incomplete composite in a box by the score', () => {
    const out = page(incomplete(), 'id');
    const box = out.indexOf('<section class="box warn-box" role="alert" aria-labelledby="incomplete-h">');
    expect(box).toBeGreaterThan(out.indexOf('<section class="score"'));
    expect(out).toContain('<p>NI Indeks belum lengkap: memerlukan SUR Survei kepuasan dan keterikatan; yang ditampilkan MAT Indeks kematangan.</p>');
    expect(out).toContain('<tr class="t-missing"><td class="mono">SUR</td><td>Survei kepuasan dan keterikatan</td><td class="num">0.25</td><td class="num">–</td><td class="num strong">tanpa bukti</td></tr>');
  });

  it('shows a composite term by term, the correction with its reason', () => {
    const out = page(kabkota());
    expect(out).toContain('<h3 id="composite-h-NI">Parts of NI Index</h3>');
    expect(out).toContain('<tr><td class="mono">MAT</td><td>Maturity index</td><td class="num">0.75</td><td class="num">0.73</td><td class="num strong">0.5475</td></tr>');
    expect(out).toContain('<tr><td class="mono">KOR</td><td>Correction factor<div class="reason">temuan pelanggaran netralitas</div></td><td class="num">1</td><td class="num">-0.05</td><td class="num strong">-0.05</td></tr>');
    expect(out).toContain('<td class="num">0.6975 → 0.7</td>');
  });

  it('says why items do not apply, in a list and on their rows; a rounded node shows its score before rounding', () => {
    const out = page(kabkota(), 'id');
    expect(out).toContain('<h3 id="na-h">Tidak berlaku (3)</h3>');
    expect(out).toContain('<li><span class="mono">1.2a</span> Standar kompetensi (pusat)<div class="na-reason">berlaku bila Jenis instansi: Instansi Pusat; di sini: Pemerintah Kabupaten/Kota (C6)</div></li>');
    expect(out).toContain('<div class="na-reason">dinyatakan tidak berlaku: &quot;TB&quot; di C11 (tidak ada perkara)</div></td>');
    expect(out).toContain('<span class="h-score">0.73 dari 1 · 73.0% · sebelum pembulatan 0.725</span> <span class="cat"');
    expect(page(extended())).toContain('<div><dt>Base rubric</dt><dd><span class="mono">panrb-2026@1.0.0</span></dd></div>');
  });

  it('stays one self-contained page and escapes hostile text in the new parts', () => {
    const a = kabkota();
    a.profile![0]!.label = { id: '<script>alert(1)</script>', en: '<script>alert(1)</script>' };
    a.profile![0]!.answer = { id: '"><img src=x onerror=alert(1)>', en: '"><img src=x onerror=alert(1)>' };
    a.root.children![2]!.trace!.notes = '<b>bold</b>';
    const out = page(a);
    expect(out).not.toMatch(/<script|<img|<b>bold/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(out).not.toMatch(/(?:src|href)="https?:/);
  });
});
