/**
 * The colours of bands and predicates, for every renderer that paints them (HTML, XLSX, the
 * terminal): one palette, one rule for the rubric's own colours, one contrast rule.
 *
 * A band the rubric gives a plain hex colour is painted in it. Otherwise the palette is taken by
 * the band's place: HTML knows the scale and counts ranks (first band = red, …); XLSX and the
 * terminal paint one predicate without the scale and go by the KASN / IP ASN roman codes, which
 * name the same ranks (I = first). The two agree on every bundled rubric; they differ only for a
 * rubric whose band codes are not I…V in order, and unifying them would change such reports'
 * bytes, so both rules stay, here, side by side.
 */
import type { Band, OutOfRangeLabel } from '../rubric/types.js';
import type { Predicate } from '../scoring/types.js';

/** Bands by rank (lowest first); HTML wraps around after the sixth. */
export const RANK_COLOURS = ['#c0392b', '#e67e22', '#2e86c1', '#1e8449', '#117a65', '#6c3483'] as const;
export const BELOW_COLOUR = '#7b241c';
export const ABOVE_COLOUR = '#4a235a';
/** No band (no score), or a band code with no rank. */
export const NEUTRAL_COLOUR = '#5d6d7e';

/**
 * The rank a roman band code names (I = 0 … V = 4). A Map: a band code is rubric text (`toString`
 * must not find Object.prototype's).
 */
const ROMAN_RANK: ReadonlyMap<string, number> = new Map([['I', 0], ['II', 1], ['III', 2], ['IV', 3], ['V', 4]]);

/** Only plain hex colours reach CSS, SVG or a workbook (lower case). */
export function safeColour(c: string | undefined): string | undefined {
  return c && /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(c) ? c.toLowerCase() : undefined;
}

/** The rubric's score scale, as the rubric file declares it (the HTML band bar draws it). */
export interface BandScale {
  bands: readonly Band[];
  outOfRange?: { below?: OutOfRangeLabel; above?: OutOfRangeLabel };
}

/** A band's colour by its rank in the scale (HTML). */
export function rankColour(b: Band, rank: number): string {
  return safeColour(b.color) ?? RANK_COLOURS[rank % RANK_COLOURS.length]!;
}

/** A predicate's colour with the scale at hand (HTML): its own, its band's by rank, else by kind. */
export function predicateColour(p: Predicate, scale: BandScale | undefined): string {
  const own = safeColour(p.color);
  if (own) return own;
  if (scale) {
    const i = scale.bands.findIndex((b) => b.code === p.code);
    const b = scale.bands[i];
    if (b) return rankColour(b, i);
    const o = p.kind === 'below' ? scale.outOfRange?.below : p.kind === 'above' ? scale.outOfRange?.above : undefined;
    const oc = safeColour(o?.color);
    if (oc) return oc;
  }
  return p.kind === 'below' ? BELOW_COLOUR : p.kind === 'above' ? ABOVE_COLOUR : NEUTRAL_COLOUR;
}

/** A predicate's colour without the scale (XLSX): its own, else by kind, else by roman code. */
export function predicateColourByCode(p: Predicate): string {
  const own = safeColour(p.color);
  if (own) return own;
  if (p.kind === 'below') return BELOW_COLOUR;
  if (p.kind === 'above') return ABOVE_COLOUR;
  if (p.kind === 'none') return NEUTRAL_COLOUR;
  const rank = ROMAN_RANK.get(p.code);
  return rank === undefined ? NEUTRAL_COLOUR : RANK_COLOURS[rank]!;
}

/** Terminal colour names chalk knows. */
export type Tone = 'red' | 'yellow' | 'green' | 'cyan' | 'gray';

/** The terminal's few colours for the same ranks (16-colour terminals have no orange or teal). */
const RANK_TONES: readonly Tone[] = ['red', 'yellow', 'green', 'cyan', 'cyan'];

/** A predicate's terminal colour when the rubric gives none: by kind, else by roman code. */
export function predicateTone(p: Predicate): Tone {
  if (p.kind === 'below') return 'red';
  if (p.kind === 'above') return 'cyan';
  if (p.kind === 'none') return 'gray';
  const rank = ROMAN_RANK.get(p.code);
  return rank === undefined ? 'green' : RANK_TONES[rank]!;
}

/**
 * Dark or white ink, whichever contrasts more with a `#rgb` / `#rrggbb` background (WCAG
 * relative luminance): `#111827` or `#ffffff`.
 */
export function inkOn(background: string): string {
  const h = background.startsWith('#') ? background.slice(1) : background;
  const hex = h.length === 3 ? h.replace(/./g, (ch) => ch + ch) : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#111827' : '#ffffff';
}

/** `#rrggbb` as an opaque ARGB for a workbook: `FFRRGGBB`. */
export function argb(hex: string): string {
  const h = hex.slice(1);
  return `FF${(h.length === 3 ? h.replace(/./g, (ch) => ch + ch) : h).toUpperCase()}`;
}

/**
 * The rank of a v2 node category: its place in the rubric's scale when its code is one of the
 * scale's bands (band sets usually share the codes), else undefined. An Assessment does not carry a
 * node's own band set, so a code outside the scale has no rank (and is painted neutral).
 */
export function categoryRank(p: Predicate, scale: BandScale | undefined): number | undefined {
  if (p.kind !== 'band' || !scale) return undefined;
  const i = scale.bands.findIndex((b) => b.code === p.code);
  return i < 0 ? undefined : i;
}

/** A v2 node category's colour (HTML, XLSX): its own, else its band's in the rubric's scale, else neutral. */
export function categoryColour(p: Predicate, scale: BandScale | undefined): string {
  const own = safeColour(p.color);
  if (own) return own;
  const rank = categoryRank(p, scale);
  if (rank !== undefined) return rankColour(scale!.bands[rank]!, rank);
  return p.kind === 'below' ? BELOW_COLOUR : p.kind === 'above' ? ABOVE_COLOUR : NEUTRAL_COLOUR;
}

/** A v2 node category's terminal colour: by its rank in the rubric's scale, else gray. */
export function categoryTone(p: Predicate, scale: BandScale | undefined): Tone {
  if (p.kind === 'below') return 'red';
  if (p.kind === 'above') return 'cyan';
  const rank = categoryRank(p, scale);
  return rank === undefined ? 'gray' : RANK_TONES[Math.min(rank, RANK_TONES.length - 1)]!;
}
