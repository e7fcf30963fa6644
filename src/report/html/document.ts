/**
 * The shell every HTML page merit writes shares (the agency report, the national dashboard, the
 * year-over-year page, the rubric booklet): one self-contained document with a CSP that allows no
 * request — inline styles, and at most one inline script allowed by its hash. Pure.
 */
import { esc } from './escape.js';

export interface HtmlDocument {
  lang: string;
  title: string;
  /** `merit 1.2.3`, for the generator meta tag. */
  generator?: string;
  css: string;
  body: string;
  /** Class of `<main>`. */
  mainClass?: string;
  /** One inline script and its CSP hash (`'sha256-…'`). */
  script?: { source: string; hash: string };
}

export function htmlDocument(d: HtmlDocument): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'${d.script ? `; script-src ${d.script.hash}` : ''}`;
  return `<!DOCTYPE html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
${d.generator !== undefined ? `<meta name="generator" content="${esc(d.generator)}">\n` : ''}<title>${esc(d.title)}</title>
<style>${d.css}</style>
</head>
<body>
<main${d.mainClass ? ` class="${d.mainClass}"` : ''}>
${d.body}
</main>
${d.script ? `<script>${d.script.source}</script>\n` : ''}</body>
</html>
`;
}
