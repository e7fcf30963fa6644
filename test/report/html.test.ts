import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Dec } from '../../src/decimal.js';
import { predicateText } from '../../src/report/format.js';
import { renderHtml, type BandScale } from '../../src/report/html.js';
import type { Rubric } from '../../src/rubric/types.js';
import type { Assessment } from '../../src/scoring/types.js';
import { sampleAssessment, sampleBelowRange, sampleSangatBaik } from '../helpers/sample-assessment.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'output', 'html');

/** The bundled KASN rubric's scale; the samples' predicates take their colours from it. */
function kasnScale(): BandScale {
  const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics', 'kasn-2019.json'), 'utf8')) as Rubric;
  return rubric.outOfRange ? { bands: rubric.bands, outOfRange: rubric.outOfRange } : { bands: rubric.bands };
}

function withScaleColours(a: Assessment, scale: BandScale): Assessment {
  const colour = (code: string, kind: string): string | undefined =>
    kind === 'below' ? scale.outOfRange?.below?.color : scale.bands.find((b) => b.code === code)?.color;
  const fix = (p: Assessment['predicate']): Assessment['predicate'] => {
    const c = colour(p.code, p.kind);
    return c ? { ...p, color: c } : p;
  };
  return { ...a, predicate: fix(a.predicate), selfPredicate: fix(a.selfPredicate) };
}

const scale = kasnScale();
const SAMPLES: Record<string, () => Assessment> = {
  baik: () => withScaleColours(sampleAssessment({ generatedAt: '2025-01-15T08:30:00.000Z' }), scale),
  'sangat-baik': () => withScaleColours(sampleSangatBaik(), scale),
  below: () => withScaleColours(sampleBelowRange(), scale),
};

describe('renderHtml', () => {
  it('is one HTML document with the lang attribute set and the words of that language', () => {
    const id = renderHtml(sampleAssessment(), { lang: 'id', scale });
    const en = renderHtml(sampleAssessment(), { lang: 'en', scale });
    expect(id.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(id).toContain('Laporan Penilaian Sistem Merit');
    expect(id).toContain('Perencanaan Kebutuhan');
    expect(en).toContain('Merit System Assessment Report');
    expect(en).toContain('Workforce Planning');
    expect(id).toContain('@page{size:A4;margin:15mm}');
    expect(id).toContain('print-color-adjust:exact');
  });

  it('prints the exact score, the maximum and the predicate', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'id', scale });
    expect(html).toContain('<span class="score-value">288.5</span>');
    expect(html).toContain('288.5 dari 410');
    expect(html).toMatch(/class="predicate"[^>]*>III Baik</);
    const en = renderHtml(sampleSangatBaik(), { lang: 'en', scale });
    expect(en).toMatch(/class="predicate"[^>]*>IV Very Good</);
    expect(en).toContain('327 of 410');
  });

  it('escapes every text from the file and the rubric', () => {
    const a = sampleAssessment();
    a.subject = { name: '<script>alert(1)</script> & "Kab"', period: "2024'<b>", source: 'option' };
    const leaf = a.root.children![0]!.children![0]!;
    leaf.trace!.evidence = '<img src=x onerror=alert(1)>';
    leaf.trace!.notes = '</td><script>x()</script>';
    leaf.name = { id: '<svg onload=alert(1)>', en: '<svg onload=alert(1)>' };
    a.input.path = 'a"><script>.xlsx';
    const html = renderHtml(a, { lang: 'id', scale });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kab&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('2024&#39;&lt;b&gt;');
  });

  it('loads nothing: no script, no stylesheet, font or image reference, and a CSP that forbids them', () => {
    for (const make of Object.values(SAMPLES)) {
      const html = renderHtml(make(), { lang: 'id', scale });
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|video|audio|source|base)\b/i);
      expect(html).not.toMatch(/\s(src|srcset|poster|data|action|formaction|background|ping)=/i);
      expect(html).not.toMatch(/@import|@font-face/i);
      // The only url() is the hatch pattern of the band bar.
      for (const m of html.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toBe('#merit-hatch');
      // http(s) appears only as the SVG namespace, as a link a person may click, or as plain text.
      for (const m of html.matchAll(/(\w+)="(https?:[^"]*)"/g)) expect(['xmlns', 'href']).toContain(m[1]);
    }
  });

  it('shows a link to an http(s) evidence reference, and plain text for anything else', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'id', scale });
    expect(html).toContain('<a href="https://bkpsdm.contoh.go.id/peta-jabatan-2024.pdf" rel="noopener noreferrer nofollow">');
    const a = sampleAssessment();
    a.root.children![0]!.children![0]!.trace!.evidence = 'javascript:alert(1)';
    expect(renderHtml(a, { lang: 'id', scale })).not.toContain('href="javascript:');
  });

  it('draws the band scale with every band, its edges, the below-range zone and the current band', () => {
    const html = renderHtml(SAMPLES['sangat-baik']!(), { lang: 'en', scale });
    const svg = /<svg class="band-svg"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/aria-label="Score 327 on the band scale: IV Very Good;/);
    expect(svg).toMatch(/<title>Score 327/);
    expect(svg.match(/<rect class="seg/g)).toHaveLength(5); // below + I..IV
    expect(svg.match(/<rect class="seg current"/g)).toHaveLength(1);
    for (const edge of ['>0<', '>100<', '>175<', '>250<', '>325<', '>410<']) expect(svg).toContain(edge);
    expect(html).toContain('100 – &lt;175');
    expect(html).toContain('≥ 325');
    expect(html).toMatch(/<li class="current" aria-current="true">.*IV Very Good/);
    // 288.5 is in III: 36.5 points to IV.
    expect(renderHtml(sampleAssessment(), { lang: 'en', scale })).toContain('36.5 points to IV Very Good');
    const below = renderHtml(SAMPLES.below!(), { lang: 'id', scale });
    expect(below).toMatch(/<li class="current" aria-current="true">.*Di bawah Kategori I/);
    expect(below).toContain('34.5 poin lagi menuju I Buruk');
  });

  it('falls back to a plain 0..max bar when the rubric declares no bands', () => {
    const html = renderHtml(sampleAssessment({ scale: { bands: [] } }), { lang: 'id' });
    expect(html).toContain('class="band-svg"');
    expect(html).not.toContain('class="legend"');
    expect(html).toMatch(/class="predicate" style="background:#2e7d32;/);
  });

  it('draws the band scale from the assessment itself when no option is given', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'id' });
    expect(html).toContain('class="legend"');
  });

  it('links the addresses in a provenance source', () => {
    const a = sampleAssessment();
    a.provisional.parts[0] = { ...a.provisional.parts[0]!, source: 'Ketua KASN (https://contoh.example/berita?id=1&x=2), 2024' };
    const html = renderHtml(a, { lang: 'id', scale });
    expect(html).toContain('Ketua KASN (<a href="https://contoh.example/berita?id=1&amp;x=2" rel="noopener noreferrer nofollow">https://contoh.example/berita?id=1&amp;x=2</a>), 2024');
  });

  it('uses only plain hex colours from the data', () => {
    const a = sampleAssessment();
    a.predicate = { ...a.predicate, color: 'red;background:url(http://x.invalid/a.png)' };
    const html = renderHtml(a, { lang: 'id', scale });
    expect(html).not.toContain('x.invalid');
    expect(html).toMatch(/class="predicate" style="background:#2e86c1;/);
  });

  it('charts every aspect with its percentage, accessibly', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'en', scale });
    const svg = /<svg class="aspect-svg"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title>Achievement per aspect: A1 Workforce Planning \d+\.\d%; A2 Recruitment /);
    expect(svg.match(/<g class="row">/g)).toHaveLength(8);
    expect(svg).toContain('A3 Career Development');
  });

  it('has the aspect table, a leaf table per aspect with levels, points, max and source cell', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'id', scale });
    expect(html.match(/<section class="aspect" id="node-/g)).toHaveLength(8);
    // A2.1: self 4, verified 3 (used, differs), 7.5 of 10, from D8.
    const row = /<tr class="leaf st-scored">\s*<td[^>]*>A2\.1<\/td>[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row).toMatch(/Mandiri" class="num"><span>4<\/span>/);
    expect(row).toMatch(/Verifikasi" class="num used changed"><span>3<\/span>/);
    expect(row).toMatch(/Poin" class="num strong">7.5</);
    expect(row).toMatch(/Maks" class="num">10</);
    expect(row).toMatch(/Sel sumber" class="mono c-cell">D\d+</);
    expect(html).toMatch(/<tr class="leaf st-missing">\s*<td[^>]*>A5\.4<\/td>[\s\S]*?tanpa bukti/);
    expect(html).toContain('<tfoot><tr>');
  });

  it('warns about a provisional rubric and lists its parts with their sources', () => {
    const html = renderHtml(sampleAssessment(), { lang: 'id', scale });
    const box = /<section class="box warn-box"[\s\S]*?<\/section>/.exec(html)![0];
    expect(box).toContain('SEMENTARA');
    expect(box).toMatch(/<span class="k">unsur<\/span> <span class="mono">A6<\/span>, <span class="mono">A7<\/span>, <span class="mono">A8<\/span>, <span class="mono">A8.2<\/span>/);
    expect(box).toContain('href="#provisional-sources"');
    // The sources, grouped: A6, A7 and A8 share one.
    const sources = /<section class="prov-sources" id="provisional-sources"[\s\S]*?<\/section>/.exec(html)![0];
    const row = /<tr>.*Rincian nilai maksimum per aspek tidak diterbitkan.*<\/tr>/.exec(sources)![0];
    expect(row).toContain('<span class="mono">A6</span>, <span class="mono">A7</span>, <span class="mono">A8</span>');
    expect(row).toContain('disimpulkan');
    expect(sources).toContain('Praktik penilaian KASN 2021 (tidak resmi)');
    expect(sources).toContain('tidak pasti');
    const official = sampleAssessment({ provisional: { rubric: false, parts: [] } });
    official.rubric.status = 'official';
    expect(renderHtml(official, { lang: 'id', scale })).not.toContain('<section class="box warn-box"');
  });

  it('shows the assumptions (what-if) and the diagnostics', () => {
    const html = renderHtml(sampleSangatBaik(), { lang: 'en', scale });
    expect(html).toContain('whatif-box');
    expect(html).toContain('This result uses 1 assumed value');
    expect(html).toMatch(/<td data-label="Code" class="mono">A5\.4<\/td><td data-label="Assumed value" class="num">3<\/td>/);
    const belowSample = sampleBelowRange();
    const below = renderHtml(belowSample, { lang: 'en', scale });
    const error = belowSample.diagnostics.find((d) => d.severity === 'error')!;
    expect(below).toContain(`[${error.code}]`);
    expect(below).toContain(`Penilaian!${error.location!.cell!}`);
    expect(below.indexOf('sev-error')).toBeLessThan(below.indexOf('sev-warning'));
    expect(renderHtml(sampleSangatBaik({ diagnostics: [] }), { lang: 'en', scale })).toContain('No diagnostics.');
  });

  it('copes with an empty tree, a zero maximum and no matching band', () => {
    const a = sampleAssessment({ max: Dec.ZERO, percent: null, score: Dec.ZERO, selfScore: Dec.ZERO, diagnostics: [] });
    a.root = { ...a.root, children: [], max: Dec.ZERO, percent: null };
    a.predicate = { code: 'NONE', label: { id: 'Tanpa predikat', en: 'No band' }, kind: 'none' };
    for (const o of [{ lang: 'id' as const, scale }, { lang: 'en' as const }]) {
      const html = renderHtml(a, o);
      expect(html).toContain('class="band-svg"');
      expect(html).not.toContain('class="aspect-svg"');
      expect(html).not.toContain('NaN');
      expect(html).not.toContain('Infinity');
    }
  });

  it('is deterministic', () => {
    expect(renderHtml(sampleAssessment(), { lang: 'id', scale })).toBe(renderHtml(sampleAssessment(), { lang: 'id', scale }));
  });
});

// ---------------------------------------------------------------------------------------------
// In a real browser

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true';

describe.skipIf(!haveChromium && !mustRun)('renderHtml in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  interface Loaded {
    page: Page;
    requests: string[];
    errors: string[];
  }

  async function open(name: string, lang: 'id' | 'en', width: number): Promise<Loaded> {
    const html = renderHtml(SAMPLES[name]!(), { lang, scale });
    const file = join(OUT, `${name}-${lang}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(url, { waitUntil: 'load' });
    expect(requests).toEqual([url]);
    return { page, requests, errors };
  }

  async function checkVisible(page: Page, score: string, predicate: string): Promise<void> {
    for (const sel of ['svg.band-svg', 'svg.aspect-svg']) {
      const box = await page.locator(sel).boundingBox();
      expect(box, sel).not.toBeNull();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(40);
    }
    await expect.poll(() => page.locator('.score-value').textContent()).toBe(score);
    expect(await page.locator('.score-value').isVisible()).toBe(true);
    expect(await page.locator('.predicate').textContent()).toBe(predicate);
    expect(await page.locator('.predicate').isVisible()).toBe(true);
    // The predicate pill is not cut: its box lies inside the viewport width.
    const pill = (await page.locator('.predicate').boundingBox())!;
    expect(pill.x + pill.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    // The SVG text of the aspect chart is laid out (has glyph boxes).
    const labelWidth = await page.locator('svg.aspect-svg text.label').first().evaluate((el) => (el as unknown as { getComputedTextLength(): number }).getComputedTextLength());
    expect(labelWidth).toBeGreaterThan(20);
  }

  const scrollWidth = async (page: Page): Promise<number> => (await page.evaluate('document.documentElement.scrollWidth')) as number;

  it('at 1280 px: charts, score and predicate visible, no console error, no request', async () => {
    const { page, requests, errors } = await open('baik', 'id', 1280);
    await checkVisible(page, '288.5', 'III Baik');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(OUT, 'baik-id-1280.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.context().close();
  });

  it('at 390 px (phone): no horizontal overflow, tables stacked, charts scaled', async () => {
    for (const [name, lang, score, predicate] of [
      ['baik', 'id', '288.5', 'III Baik'],
      ['sangat-baik', 'en', '327', 'IV Very Good'],
      ['below', 'id', '65.5', 'Di bawah Kategori I'],
    ] as const) {
      const { page, requests, errors } = await open(name, lang, 390);
      await checkVisible(page, score, predicate);
      expect(await scrollWidth(page), name).toBeLessThanOrEqual(390);
      // Tables are stacked into cards: the header row is hidden.
      expect(await page.locator('table.leaves thead').first().isVisible()).toBe(false);
      // The charts fit the width.
      const chart = (await page.locator('svg.aspect-svg').boundingBox())!;
      expect(chart.x + chart.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(OUT, `${name}-${lang}-390.png`), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toHaveLength(1);
      await page.context().close();
    }
  });

  it('prints on A4: print media fits the page width, colours kept, a reasonable number of pages', async () => {
    for (const [name, lang, score, predicate] of [
      ['baik', 'id', '288.5', 'III Baik'],
      ['below', 'en', '65.5', predicateText(sampleBelowRange().predicate, 'en')],
    ] as const) {
      // 180 mm of printable width at 96 dpi is 680 px.
      const { page, errors } = await open(name, lang, 680);
      await page.emulateMedia({ media: 'print' });
      await checkVisible(page, score, predicate);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(680);
      // Table headers are shown (not stacked) in print.
      expect(await page.locator('table.leaves thead').first().isVisible()).toBe(true);
      const adjust = await page.locator('.predicate').evaluate((el) => (globalThis as unknown as DomWindow).getComputedStyle(el).getPropertyValue('print-color-adjust'));
      expect(adjust).toBe('exact');
      await page.screenshot({ path: join(OUT, `${name}-${lang}-print.png`), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(join(OUT, `${name}-${lang}.pdf`), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(6);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

/** The little of the DOM these tests touch (the project compiles without lib.dom). */
interface DomWindow {
  getComputedStyle(el: unknown): { getPropertyValue(name: string): string };
}

/** Pages of a PDF written by Chromium: its page tree's /Count. */
function pdfPageCount(pdf: Buffer): number {
  const s = pdf.toString('latin1');
  const counts = [...s.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g), ...s.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1]));
  if (counts.length) return Math.max(...counts);
  return (s.match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}
