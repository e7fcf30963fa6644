/** Escaping for Markdown reports: HTML text, inline text, table cells, inline code (markdown.ts, markdown-v2.ts, batch-markdown.ts). */

/**
 * HTML text (inside `<summary>`, `<sub>`), on one line. A word joiner after `@` and `#` keeps
 * GitHub from turning evidence text into @mentions and #issue links in a PR comment.
 */
export function html(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, '$1\u2060');
}

/** Markdown inline text: HTML-escaped, Markdown punctuation backslash-escaped, one line. */
export function inline(s: string): string {
  return html(s).replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
}

/** A table cell: inline text; the `|` escape above keeps the column count. */
export function cell(s: string): string {
  return inline(s);
}

/**
 * Inline code that survives backticks in the text (CommonMark: a longer fence). In a table cell
 * a `|` must still be escaped (GFM splits cells before parsing code spans).
 */
export function code(s: string, inTable = false): string {
  let flat = s.replace(/[\r\n]+/g, ' ');
  if (inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
