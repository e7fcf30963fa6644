/**
 * Worksheet elements merit never reads, cut out of a sheet's bytes before exceljs parses it:
 * data validations, conditional formats and extension lists (x14 validations and formats). The
 * worksheet parser already ignores them (xlsx.ts, `ignoreNodes`), but its XML parser still walks
 * every tag inside: 100 MB of validations (the inflated-size limit) took 12–18 s. Cut here with
 * a byte search, they cost a few milliseconds. Each is a direct child of `<worksheet>` in the
 * schema (an extLst also inside cells and rules: cut there too); an element whose end is not
 * found is left as it is (the XML parser will judge the file).
 */

/** Start tags whose whole element is cut (no namespace prefix, as exceljs reads them). */
export const TRIMMED_ELEMENTS = ['dataValidations', 'conditionalFormatting', 'extLst'] as const;

const GT = 0x3e;
const SLASH = 0x2f;

/** The sheet's bytes without the TRIMMED_ELEMENTS; the same buffer when there are none. */
export function trimSheet(xml: Buffer): Buffer {
  const cuts: [number, number][] = [];
  for (const name of TRIMMED_ELEMENTS) {
    const open = Buffer.from(`<${name}`, 'latin1');
    const close = Buffer.from(`</${name}>`, 'latin1');
    for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
      const next = xml[i + open.length];
      if (next !== GT && next !== SLASH && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
      const tagEnd = xml.indexOf(GT, i);
      if (tagEnd < 0) break;
      if (xml[tagEnd - 1] === SLASH) {
        const last = cuts[cuts.length - 1];
        if (last && last[1] === i) last[1] = tagEnd + 1;
        else cuts.push([i, tagEnd + 1]);
        i = tagEnd;
        continue;
      }
      const end = elementEnd(xml, open, close, tagEnd + 1);
      if (end < 0) break;
      // Elements one after the other (a run of conditional formats) make one cut.
      const last = cuts[cuts.length - 1];
      if (last && last[1] === i) last[1] = end;
      else cuts.push([i, end]);
      i = end - 1;
    }
  }
  if (cuts.length === 0) return xml;
  cuts.sort((a, b) => a[0] - b[0]);
  const kept: Buffer[] = [];
  let at = 0;
  for (const [from, to] of cuts) {
    if (from < at) continue; // inside an element already cut (an extLst's own x14 children)
    kept.push(xml.subarray(at, from));
    at = to;
  }
  kept.push(xml.subarray(at));
  return Buffer.concat(kept);
}

/** The index after the close tag matching an element whose start tag ended before `from` (same-named elements nest). */
function elementEnd(xml: Buffer, open: Buffer, close: Buffer, from: number): number {
  let depth = 1;
  let at = from;
  for (;;) {
    const c = xml.indexOf(close, at);
    if (c < 0) return -1;
    // Start tags of the same name before this close tag open deeper elements (not self-closing ones).
    for (let o = xml.indexOf(open, at); o >= 0 && o < c; o = xml.indexOf(open, o + 1)) {
      const next = xml[o + open.length];
      if (next !== GT && next !== SLASH && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
      const end = xml.indexOf(GT, o);
      if (end >= 0 && xml[end - 1] !== SLASH) depth++;
    }
    at = c + close.length;
    if (--depth === 0) return at;
  }
}
