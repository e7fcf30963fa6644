/**
 * `merit rubric show --format md|html` (the booklet) on the built binary, and the HTML in
 * Chromium: no request leaves the page, nothing overflows the A4 print width, every aspect starts
 * a page. Screenshots and PDFs go to test/output/booklet/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

const OUT = join(ROOT, 'test', 'output', 'booklet');

describe('merit rubric show --format md', () => {
  it('kasn-2019: every aspect and criterion, level points, weights as points and percent, bands, legal basis, provenance', () => {
    const r = merit(['rubric', 'show', 'kasn-2019', '--format', 'md']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    for (const code of ['A1', 'A3', 'A8', 'A1.1', 'A3.5', 'A8.2']) expect(md).toContain(`\`${code}\``);
    expect(md).toContain('## `A3` Pengembangan Karier');
    expect(md).toContain('*maks 130 poin · 31.71% dari total*');
    expect(md).toContain('| **4** Level 4 (tertinggi) | 14 |'); // A1.1: level 4 × weight 3.5
    expect(md).toContain('| `III` | Baik | `[250, 325)` |');
    expect(md).toContain('Peraturan KASN 9/2019');
    expect(md).toContain('⚠ rubrik ini SEMENTARA');
    expect(md).toMatch(/> ⚠ asal \(belum pasti\): /);
  });

  it('panrb-19-2025 in English: profile questions, conditions, level requirements and evidence hints, aspect categories, notice', () => {
    const r = merit(['rubric', 'show', 'panrb-19-2025', '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toContain('*Assessment booklet*');
    expect(md).toContain('## Profile questions');
    expect(md).toContain('Weights of aspects 2–7 are not known');
    expect(md).toContain('| **1** Initial | ');
    expect(md).toContain('Anjab/ABK documents, their adoption, or screenshots from the information system.');
    expect(md).toContain('**Aspect categories**');
    expect(md).toContain('when profile jenis\\_instansi ∈ {kabkota}');
  });
});

describe('merit rubric show --format html', () => {
  it('is one self-contained page with a strict CSP and A4 print rules', () => {
    const r = merit(['rubric', 'show', 'kasn-2019', '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('section.aspect{break-before:page}');
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect((html.match(/<section class="aspect">/g) ?? []).length).toBe(8);
  });
});

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);

describe.skipIf(!haveChromium && process.env.CI !== 'true')('the booklet in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['kasn-2019', 'id', 8],
    ['panrb-19-2025', 'en', 8],
  ] as const)('%s (%s): no request leaves the page, fits A4, a page per aspect', async (id, lang, aspects) => {
    const html = merit(['rubric', 'show', id, '--format', 'html', '--lang', lang]).stdout;
    const file = join(OUT, `${id}-${lang}.html`);
    writeFileSync(file, html);
    // A4 at 96 dpi is 794 px wide; 180 mm of printable width (15 mm margins) is 680 px.
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 1000 });
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(680);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(OUT, `${id}-${lang}-print.png`), fullPage: true });
    await page.screenshot({ path: join(OUT, `${id}-${lang}-page1.png`) });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(OUT, `${id}-${lang}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // the front matter, then at least one page per aspect
    expect(pdfPageCount(pdf)).toBeGreaterThan(aspects);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

function pdfPageCount(pdf: Buffer): number {
  const s = pdf.toString('latin1');
  const counts = [...s.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g), ...s.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1]));
  if (counts.length) return Math.max(...counts);
  return (s.match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
}
