/**
 * The HTML format: one self-contained page (html/page.ts), its charts (html/charts.ts) and its
 * stylesheet (html/style.ts).
 */
export { renderHtml, type HtmlOptions } from './html/page.js';
export { esc } from './html/escape.js';
export type { BandScale } from './band-colours.js';
