/**
 * The national dashboard (`merit score DIR -o ringkasan.html`) on generated batches of 10, 1 and
 * 600 agencies: its contents, links, escaping, determinism, and the page in Chromium (no request,
 * no console error, every agency present, one heatmap cell per agency and aspect, sorting and
 * filtering). Run `npm run build` first (the CLI is the built binary).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';
import { writeBatch } from '../helpers/national-gen.mjs';

const OUT = join(ROOT, 'test', 'output', 'national');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'merit-national-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function score(dir: string, out: string, ...extra: string[]): ReturnType<typeof merit> {
  return merit(['score', dir, '-o', out, '--deterministic', '-q', ...extra], { cwd: tmp });
}

/** Heatmap rows: [agency name, total, cell texts]. */
function heatmapRows(html: string): { name: string; cells: string[] }[] {
  const tbody = /<table class="hm" id="hm">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
  return [...tbody.matchAll(/<tr [^>]*><td class="ag"[^>]*>([^<]*)<\/td><td class="tot">[^<]*<\/td>(.*?)<\/tr>/g)].map((m) => ({
    name: m[1]!,
    cells: [...m[2]!.matchAll(/<td class="c ([^"]+)"/g)].map((c) => c[1]!),
  }));
}

describe('dashboard of 10 agencies (kasn-2019, v1: percent of maximum)', () => {
  let html: string;
  beforeAll(() => {
    writeBatch(join(tmp, 'v1'), { rubric: 'kasn-2019', count: 10 });
    // The first -f pairs with -o (the dashboard), the second is the per-agency reports' format.
    const r = score('v1', 'ringkasan.html', '--group-by', 'folder', '--output-dir', 'per', '-f', 'html', '-f', 'html', '--lang', 'en');
    expect(r.code).toBe(2); // one file cannot be read
    html = readFileSync(join(tmp, 'ringkasan.html'), 'utf8');
  });

  it('has the headline: scored and failed counts, mean, median, a distribution bar and the histogram with the band edges', () => {
    expect(html).toMatch(/Agencies scored<\/div><div class="mid">9<\/div>/);
    expect(html).toMatch(/Could not be read<\/div><div class="mid">1<\/div>/);
    expect(html).toContain('class="dist"');
    const svg = /<svg class="hist-svg"[\s\S]*?<\/svg>/.exec(html)![0];
    // KASN bands start at 100, 175, 250, 325; the scale runs 0..410.
    for (const edge of ['100', '175', '250', '325']) expect(svg).toMatch(new RegExp(`class="edge-v"[^>]*>${edge}<`));
    expect(svg.match(/<rect class="bin"/g)!.length).toBeGreaterThan(0);
  });

  it('colours the heatmap by percent of the maximum, one cell per agency and aspect (8 aspects)', () => {
    const rows = heatmapRows(html);
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(r.cells).toHaveLength(8);
    expect(rows.flatMap((r) => r.cells).every((c) => /^p[0-4]$/.test(c))).toBe(true);
    expect(html).toContain('Colour: percent of the aspect maximum.');
  });

  it('groups by folder, each with its distribution and mean', () => {
    for (const g of ['wilayah-1', 'wilayah-2', 'wilayah-3', 'wilayah-4']) expect(html).toMatch(new RegExp(`<tr><td>${g}</td><td class="num">\\d+</td>`));
    expect(html).toContain('<option value="wilayah-2">wilayah-2</option>');
  });

  it('ranks ties together and links every agency to its per-agency report', () => {
    // Agencies 002 and 003 have the same evidence: the same rank.
    const rank = (n: string) => new RegExp(`<tr><td class="num">(\\d+)</td><td class="ag">[^<]*${n}`).exec(html)![1];
    expect(rank('Contoh 002')).toBe(rank('Contoh 003'));
    const links = [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links).toHaveLength(9);
    for (const href of links) expect(existsSync(resolve(tmp, decodeURIComponent(href)))).toBe(true);
    expect(links[0]).toMatch(/^per\/wilayah-\d\/instansi-\d+\.csv\.html$/);
  });

  it('lists the failure with its first diagnostic', () => {
    const fails = /<ul class="fails">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(fails).toContain('v1/wilayah-2/instansi-010.csv');
    expect(fails).toContain('[EVIDENCE_HEADER_NOT_FOUND]');
    expect(fails).toContain('Exit code 2');
  });

  it('loads nothing and allows only its own script, by hash', () => {
    const csp = /content="(default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-([^']+)')"/.exec(html)!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(createHash('sha256').update(scripts[0]![1]!, 'utf8').digest('base64')).toBe(csp[2]);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
  });

  it('is deterministic', () => {
    expect(score('v1', 'again.html', '--group-by', 'folder', '--output-dir', 'per', '-f', 'html', '-f', 'html', '--lang', 'en').code).toBe(2);
    expect(readFileSync(join(tmp, 'again.html'), 'utf8')).toBe(html.replaceAll('ringkasan.html', 'again.html'));
  });
});

describe('dashboard edge cases', () => {
  it('a batch of one agency', () => {
    writeBatch(join(tmp, 'one'), { rubric: 'panrb-19-2025', count: 1 });
    const r = score('one', 'one.html', '--group-by', 'jenis_instansi');
    expect(r.code).toBe(0);
    const html = readFileSync(join(tmp, 'one.html'), 'utf8');
    expect(heatmapRows(html)).toHaveLength(1);
    expect(html).toContain('Semua berkas terbaca.');
    expect(html).toContain('Dikelompokkan menurut Jenis instansi');
  });

  it('escapes agency names from the evidence', () => {
    const dir = join(tmp, 'hostile');
    mkdirSync(dir, { recursive: true });
    const csv = readFileSync(join(ROOT, 'examples', 'kota-contoh.csv'), 'utf8').replace('Pemerintah Kota Contoh', '<img src=x onerror=alert(1)>"');
    writeFileSync(join(dir, 'a.csv'), csv);
    writeFileSync(join(dir, 'b.csv'), csv);
    expect(score('hostile', 'hostile.html').code).toBe(0);
    const html = readFileSync(join(tmp, 'hostile.html'), 'utf8');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;');
  });

  it('--group-by names folder, period or a profile question; anything else is a usage error', () => {
    const r = merit(['score', 'one', '-o', 'x.html', '--group-by', 'nope', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--group-by 'nope' is not folder, period or a profile question code");
    expect(r.stderr).toContain('jenis_instansi');
  });
});

// ---------------------------------------------------------------------------------------------
// 600 agencies in Chromium

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM) && process.env.CI !== 'true')('dashboard of 600 agencies (panrb-19-2025, v2) in Chromium', () => {
  let browser: Browser;
  let file: string;
  let html: string;
  const ASPECTS = 8;

  beforeAll(async () => {
    writeBatch(join(tmp, 'n600'), { rubric: 'panrb-19-2025', count: 600 });
    const r = score('n600', 'n600.html', '--group-by', 'jenis_instansi');
    expect(r.code).toBe(2);
    file = join(tmp, 'n600.html');
    html = readFileSync(file, 'utf8');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    mkdirSync(OUT, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('stays under 2 MB', () => {
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('at 1280 px: no request but the file, no console error, every agency, agencies × aspects heatmap cells', async () => {
    const { page, requests, errors } = await open(1280);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    const names = await page.$$eval('#hm tbody td.ag', (tds) => tds.map((t) => t.textContent));
    expect(names).toHaveLength(599);
    const numbers = new Set(names.map((n) => Number(/Contoh (\d+)$/.exec(n ?? '')?.[1])));
    for (let i = 1; i < 600; i++) expect(numbers.has(i)).toBe(true);
    expect(await page.locator('#hm tbody td.c').count()).toBe(599 * ASPECTS);
    expect(await page.locator('#hm thead th').count()).toBe(2 + ASPECTS);
    // Not-applicable items do not make an aspect not applicable; agency 004 has no A8 items (absent evidence scores 0).
    expect(await page.locator('.fails li').count()).toBe(1);
    expect(await page.locator('#hm-controls').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, 'n600-1280.png') });
    await page.locator('#hm-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'n600-1280-heatmap.png') });
    await page.context().close();
  });

  it('sorts by an aspect and filters by group', async () => {
    const { page, errors } = await open(1280);
    await page.selectOption('#hm-sort', '5'); // the fourth aspect (A4): cell index 2 + 3
    const a4 = await page.$$eval('#hm tbody tr', (rows) => rows.map((r) => Number(r.children[5]!.getAttribute('data-s') ?? -1)));
    expect(a4).toEqual([...a4].sort((x, y) => y - x));
    await page.selectOption('#hm-group', 'pusat');
    const visible = await page.$$eval('#hm tbody tr', (rows) => rows.filter((r) => !r.hasAttribute('hidden')).map((r) => r.getAttribute('data-g')));
    expect(visible.length).toBe(199);
    expect(new Set(visible)).toEqual(new Set(['pusat']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 390 px: readable on a phone, no horizontal scroll of the page itself', async () => {
    const { page, errors } = await open(390);
    expect(errors).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(OUT, 'n600-390.png') });
    await page.locator('#hm-h').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'n600-390-heatmap.png') });
    await page.context().close();
  });

  it('prints on A4', async () => {
    const { page } = await open(1280);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#hm-controls').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    mkdirSync(dirname(join(OUT, 'n600.pdf')), { recursive: true });
    writeFileSync(join(OUT, 'n600.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(html).toContain('@page{size:A4;margin:15mm}');
    await page.context().close();
  });
});
