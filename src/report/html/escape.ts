/** Escaping for HTML text and attributes, and id-safe anchors. */

/** Text and attribute values: the five characters HTML gives meaning to. */
/** An id-safe fragment of a node code. */
export function anchor(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESC[ch]!);
}
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
