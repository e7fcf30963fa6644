/**
 * Header detection shared by the XLSX and CSV readers.
 *
 * The header is the row, among the first non-empty rows of a sheet, whose cells best match the
 * known column names (Indonesian and English, plus the rubric's aliases), compared case-, space-,
 * accent- and punctuation-insensitively (`No. Kode` = `nokode`). It needs at least a code column
 * and a level column (self-assessed or verified). Title rows and merged title cells above it are
 * skipped, and label cells above it (`Instansi: ...`, `Tahun: ...`) give the agency and period.
 *
 * Two-row headers, common in Indonesian forms, are understood too: a merged `Nilai` over
 * `Mandiri | Verifikasi` reads as `Nilai Mandiri` and `Nilai Verifikasi`.
 */
import { error, warning, type Diagnostic } from '../diagnostics.js';
import type { EvidenceField } from '../rubric/types.js';
import { columnLetter, makeRef, normaliseKey } from './cells.js';
import type { EvidenceTable, HeaderColumn, MetaValue } from './types.js';

/** How many non-empty rows from the top of a sheet are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

/** Built-in header spellings per field, Indonesian first. Matching ignores case, spaces, punctuation. */
export const HEADER_NAMES: Readonly<Record<EvidenceField, readonly string[]>> = {
  code: [
    'Kode',
    'Kode Sub Aspek',
    'Kode Kriteria',
    'Kode Indikator',
    'No. Kode',
    'Nomor Kode',
    'Code',
    'Criterion code',
    'Sub-aspect code',
    'Indicator code',
  ],
  level: [
    'Level',
    'Nilai',
    'Level Mandiri',
    'Nilai Mandiri',
    'Penilaian Mandiri',
    'Mandiri',
    'Self',
    'Self-assessed',
    'Self level',
    'Self-assessed level',
    'Self-assessment',
  ],
  verified: [
    'Level Verifikasi',
    'Verifikasi',
    'Nilai Verifikasi',
    'Level Terverifikasi',
    'Hasil Verifikasi',
    'Verified',
    'Verified level',
    'Verification',
  ],
  evidence: ['Bukti Dukung', 'Bukti', 'Link Bukti Dukung', 'Tautan', 'Tautan Bukti Dukung', 'Evidence', 'Supporting evidence', 'Link'],
  notes: ['Catatan', 'Keterangan', 'Notes', 'Note', 'Remarks'],
  name: ['Sub-aspek', 'Sub Aspek', 'Kriteria', 'Nama Kriteria', 'Uraian', 'Indikator', 'Name', 'Criterion', 'Sub-aspect', 'Indicator', 'Description'],
  verifierNotes: ['Catatan Verifikator', 'Catatan Verifikasi', 'Verifier notes', 'Verifier comments'],
};

/** Label cells above the header: `Instansi: Kab. Agam`, or `Tahun` with the value to its right. */
export const META_LABELS: Readonly<Record<'subject' | 'period', readonly string[]>> = {
  subject: ['Instansi', 'Nama Instansi', 'Instansi Pemerintah', 'Agency', 'Agency name', 'Organisation', 'Organization'],
  period: ['Tahun', 'Periode', 'Tahun Penilaian', 'Periode Penilaian', 'Period', 'Year'],
};

const FIELD_ORDER: readonly EvidenceField[] = ['code', 'name', 'level', 'verified', 'evidence', 'notes', 'verifierNotes'];

/** One of the first rows of a sheet, as text. `texts[c - 1]` is column c. */
export interface ScanRow {
  /** Row number as the file shows it. */
  row: number;
  /** CSV: physical line of the record's start. */
  line?: number;
  texts: readonly (string | undefined)[];
  /** Merged cells: the text of the merge's master cell, for cells that are not the master. */
  inherited?: readonly (string | undefined)[];
}

export interface HeaderFound {
  ok: true;
  /** Index (into the scanned rows) of the last header row; data starts after it. */
  index: number;
  headerRow: number;
  columns: HeaderColumn[];
  meta: { subject?: MetaValue; period?: MetaValue };
  diagnostics: Diagnostic[];
}

export interface HeaderMissing {
  ok: false;
  /** First and last row searched ('' when the sheet is empty). */
  firstRow?: number;
  lastRow?: number;
  /** The row that came closest, and what it had. */
  best?: { row: number; line?: number; headers: string[] };
}

export interface HeaderOptions {
  file: string;
  sheet?: string;
  aliases?: Partial<Record<EvidenceField, readonly string[]>>;
}

type AliasMap = Map<string, EvidenceField>;

let builtInMap: AliasMap | undefined;
/** Maps made for a rubric's aliases (a batch reads every file with the same rubric). */
const aliasMaps = new WeakMap<object, AliasMap>();

export function aliasMap(aliases?: Partial<Record<EvidenceField, readonly string[]>>): AliasMap {
  const hasAliases = aliases !== undefined && FIELD_ORDER.some((f) => (aliases[f]?.length ?? 0) > 0);
  if (!hasAliases && builtInMap) return builtInMap;
  const made = aliases && aliasMaps.get(aliases);
  if (made) return made;
  const map: AliasMap = new Map();
  for (const field of FIELD_ORDER) for (const name of HEADER_NAMES[field]) map.set(normaliseKey(name), field);
  // Rubric aliases win over built-in spellings.
  if (aliases) {
    for (const field of FIELD_ORDER) {
      for (const name of aliases[field] ?? []) {
        const key = normaliseKey(name);
        if (key) map.set(key, field);
      }
    }
  }
  if (!hasAliases) builtInMap = map;
  else aliasMaps.set(aliases, map);
  return map;
}

/** The field a header text names, if any: exact key, else the key without a parenthesised part. */
export function matchField(text: string | undefined, map: AliasMap): EvidenceField | undefined {
  if (!text) return undefined;
  if (text.length > MATCH_MEMO_CHARS) return matchFieldOnce(text, map);
  // Header searches look at the same short texts in every file of a batch (titles, headers, codes).
  let seen = matched.get(map);
  if (!seen) matched.set(map, (seen = new Map()));
  const known = seen.get(text);
  if (known !== undefined) return known || undefined;
  const field = matchFieldOnce(text, map);
  if (seen.size >= MATCH_MEMO_LIMIT) seen.clear();
  seen.set(text, field ?? '');
  return field;
}

const matched = new WeakMap<AliasMap, Map<string, EvidenceField | ''>>();
const MATCH_MEMO_LIMIT = 20_000;
const MATCH_MEMO_CHARS = 200;

function matchFieldOnce(text: string, map: AliasMap): EvidenceField | undefined {
  const direct = map.get(normaliseKey(text));
  if (direct) return direct;
  const bare = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  if (bare !== text) return map.get(normaliseKey(bare));
  return undefined;
}

interface Candidate {
  index: number;
  upperIndex: number;
  headerRow: number;
  columns: { field: EvidenceField; header: string; column: number }[];
  duplicates: { field: EvidenceField; header: string; column: number; first: number }[];
  fields: Set<EvidenceField>;
}

function candidateFrom(index: number, upperIndex: number, headerRow: number, headers: (string | undefined)[], map: AliasMap): Candidate {
  const columns: Candidate['columns'] = [];
  const duplicates: Candidate['duplicates'] = [];
  const firstCol = new Map<EvidenceField, number>();
  headers.forEach((header, i) => {
    if (!header) return;
    const field = matchField(header, map);
    if (!field) return;
    const column = i + 1;
    const first = firstCol.get(field);
    if (first !== undefined) {
      duplicates.push({ field, header: header.trim(), column, first });
      return;
    }
    firstCol.set(field, column);
    columns.push({ field, header: header.trim(), column });
  });
  return { index, upperIndex, headerRow, columns, duplicates, fields: new Set(firstCol.keys()) };
}

function qualifies(c: Candidate): boolean {
  return c.fields.has('code') && (c.fields.has('level') || c.fields.has('verified'));
}

function twoRowHeaders(upper: ScanRow, lower: ScanRow, map: AliasMap): (string | undefined)[] {
  const width = Math.max(upper.texts.length, lower.texts.length, upper.inherited?.length ?? 0);
  const out: (string | undefined)[] = [];
  for (let i = 0; i < width; i++) {
    const top = upper.texts[i] || upper.inherited?.[i] || '';
    // A merged slave in the lower row (a header merged over both rows) counts as empty.
    const bottom = lower.texts[i] || '';
    if (!bottom) out.push(top || undefined);
    else if (!top) out.push(bottom);
    else {
      const combined = `${top} ${bottom}`;
      out.push(matchField(combined, map) ? combined : bottom);
    }
  }
  return out;
}

/** Finds the header among the first rows of a sheet (pass at most HEADER_SCAN_ROWS non-empty rows). */
export function findHeader(rows: readonly ScanRow[], options: HeaderOptions): HeaderFound | HeaderMissing {
  const map = aliasMap(options.aliases);
  let best: Candidate | undefined;
  let closest: Candidate | undefined;
  const consider = (c: Candidate): void => {
    if (qualifies(c)) {
      if (!best || c.fields.size > best.fields.size) best = c;
    } else if (c.fields.size > 0 && (!closest || c.fields.size > closest.fields.size)) {
      closest = c;
    }
  };
  rows.forEach((r, i) => {
    consider(candidateFrom(i, i, r.row, [...r.texts], map));
  });
  // Two-row headers must match strictly more fields than any single row.
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (!next || next.row !== r.row + 1) return;
    const c = candidateFrom(i + 1, i, next.row, twoRowHeaders(r, next, map), map);
    if (qualifies(c) && (!best || c.fields.size > best.fields.size)) best = c;
  });

  if (!best) {
    const missing: HeaderMissing = { ok: false };
    if (rows.length) {
      missing.firstRow = rows[0]!.row;
      missing.lastRow = rows[rows.length - 1]!.row;
    }
    if (closest) {
      const r = rows[closest.index]!;
      missing.best = { row: r.row, headers: closest.columns.map((c) => c.header) };
      if (r.line !== undefined) missing.best.line = r.line;
    }
    return missing;
  }

  const found = best;
  const headerScan = rows[found.index]!;
  const where = (r: ScanRow): { sheet?: string; line?: number } => {
    const w: { sheet?: string; line?: number } = {};
    if (options.sheet !== undefined) w.sheet = options.sheet;
    if (r.line !== undefined) w.line = r.line;
    return w;
  };
  const columns: HeaderColumn[] = found.columns
    .map((c) => ({ field: c.field, header: c.header, column: c.column, letter: columnLetter(c.column) }))
    .sort((a, b) => a.column - b.column);
  const diagnostics: Diagnostic[] = found.duplicates.map((d) => {
    const ref = makeRef(d.column, found.headerRow, where(headerScan));
    return warning(
      'EVIDENCE_DUPLICATE_HEADER',
      { field: d.field, header: d.header, first: `${columnLetter(d.first)}${found.headerRow}`, cell: ref.cell },
      locationOf(options.file, ref),
    );
  });
  const meta = findMeta(rows.slice(0, found.upperIndex), where);
  return { ok: true, index: found.index, headerRow: found.headerRow, columns, meta, diagnostics };
}

const SUBJECT_KEYS = new Set(META_LABELS.subject.map(normaliseKey));
const PERIOD_KEYS = new Set(META_LABELS.period.map(normaliseKey));

/** `Instansi: …` and `Tahun: …` label cells in the rows above a header (shared with the record readers). */
export function findMeta(rows: readonly ScanRow[], where: (r: ScanRow) => { sheet?: string; line?: number }): HeaderFound['meta'] {
  const meta: HeaderFound['meta'] = {};
  for (const r of rows) {
    r.texts.forEach((text, i) => {
      if (!text) return;
      const colon = text.indexOf(':');
      const label = normaliseKey(colon >= 0 ? text.slice(0, colon) : text);
      const kind = SUBJECT_KEYS.has(label) ? 'subject' : PERIOD_KEYS.has(label) ? 'period' : undefined;
      if (!kind || meta[kind]) return;
      const after = colon >= 0 ? text.slice(colon + 1).trim() : '';
      if (after) {
        meta[kind] = { value: after, ref: makeRef(i + 1, r.row, where(r)) };
        return;
      }
      for (let j = i + 1; j < r.texts.length; j++) {
        const v = (r.texts[j] ?? '').replace(/^\s*:\s*/, '').trim();
        if (v) {
          meta[kind] = { value: v, ref: makeRef(j + 1, r.row, where(r)) };
          return;
        }
      }
    });
  }
  return meta;
}

/** Location of a cell for a diagnostic: `file Sheet!D14`, or `file:14 D14` for CSV. */
export function locationOf(file: string, ref: { sheet?: string; cell?: string; row?: number; line?: number }): Diagnostic['location'] {
  const loc: NonNullable<Diagnostic['location']> = { file };
  if (ref.line !== undefined) loc.line = ref.line;
  if (ref.sheet !== undefined) loc.sheet = ref.sheet;
  if (ref.cell !== undefined) loc.cell = ref.cell;
  if (ref.row !== undefined) loc.row = ref.row;
  return loc;
}

const SHORT_NAMES: Readonly<Record<EvidenceField, readonly string[]>> = {
  code: ['Kode', 'Code'],
  level: ['Level', 'Nilai', 'Self'],
  verified: ['Level Verifikasi', 'Verified'],
  evidence: ['Bukti Dukung', 'Evidence'],
  notes: ['Catatan', 'Notes'],
  name: ['Sub Aspek', 'Name'],
  verifierNotes: ['Catatan Verifikator', 'Verifier notes'],
};

/** The spellings named in EVIDENCE_HEADER_NOT_FOUND: the usual ones plus the rubric's aliases. */
export function expectedHeaders(field: EvidenceField, aliases?: Partial<Record<EvidenceField, readonly string[]>>): string[] {
  return [...new Set([...SHORT_NAMES[field], ...(aliases?.[field] ?? [])])];
}

/** EVIDENCE_HEADER_NOT_FOUND for one sheet (or CSV file), naming what was looked for and where. */
export function headerNotFound(
  file: string,
  missing: HeaderMissing,
  options: { sheet?: string; sheets?: readonly string[]; aliases?: Partial<Record<EvidenceField, readonly string[]>>; csv?: boolean },
): Diagnostic {
  const rows = missing.firstRow === undefined ? '' : `${missing.firstRow}–${missing.lastRow}`;
  const args: Record<string, string | readonly string[] | number | undefined> = {
    code: expectedHeaders('code', options.aliases),
    level: expectedHeaders('level', options.aliases),
    verified: expectedHeaders('verified', options.aliases),
    rows,
    sheet: options.sheet,
    sheets: options.sheets,
  };
  if (missing.best) {
    args.bestRow = missing.best.row;
    args.bestHeaders = missing.best.headers;
  }
  const loc: NonNullable<Diagnostic['location']> = { file };
  if (options.sheet !== undefined) loc.sheet = options.sheet;
  if (missing.best) {
    if (options.csv && missing.best.line !== undefined) loc.line = missing.best.line;
    else loc.row = missing.best.row;
  }
  return error('EVIDENCE_HEADER_NOT_FOUND', args, loc);
}

/**
 * Whether a table read without column aliases has the header it would have with them: the same
 * header row, columns and labelled values, and no duplicate header either way. Then the rows are
 * the same and the file need not be read again (a second read of a 40 MB CSV held two tables at
 * once: issue 15 item 9). False when the table kept no header scan (workbooks).
 */
export function sameHeaderWith(table: EvidenceTable, aliases: Partial<Record<EvidenceField, readonly string[]>>): boolean {
  if (!table.headerScan) return false;
  const h = findHeader(table.headerScan, { file: table.file, aliases, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) });
  if (!h.ok || h.headerRow !== table.headerRow || h.diagnostics.length > 0) return false;
  if (table.diagnostics.some((d) => d.code === 'EVIDENCE_DUPLICATE_HEADER')) return false;
  const sameMeta = (a?: MetaValue, b?: MetaValue): boolean => a?.value === b?.value && a?.ref.cell === b?.ref.cell;
  if (!sameMeta(h.meta.subject, table.meta.subject) || !sameMeta(h.meta.period, table.meta.period)) return false;
  return h.columns.length === table.columns.length && h.columns.every((c, i) => {
    const t = table.columns[i]!;
    return c.field === t.field && c.column === t.column && c.header === t.header;
  });
}
