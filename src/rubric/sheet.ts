/**
 * The criteria-sheet layout of `merit rubric import | export` (docs/rubric-sheet.md): a rubric as
 * four sheets of plain rows, and back. Pure: cells in, cells out (the CLI reads and writes the
 * workbook). Every value the import places in the rubric records the cell it came from, so a
 * validation diagnostic at a JSON pointer can be reported at its cell (`Kriteria!D14`).
 *
 * - `Rubrik`: Kunci | Nilai — the top-level keys: texts as `title.id` / `title.en`, provenance as
 *   `provenance.source` / `.confidence` / `.note` (a note in both languages as JSON), strings as they are, anything else as JSON.
 * - `Kriteria`: one row per node in tree order (parent before child, children in order).
 * - `Level`: the levels of each shared scale (Skala) and of each leaf with its own (Kode).
 * - `Pita`: the rubric's bands (Himpunan empty), the band sets (`set:NAME`) and the nodes' own
 *   bands (`node:CODE`), each in rank order.
 */
import { error, type Diagnostic, type Location } from '../diagnostics.js';
import type { Band, Condition, Level, LocalText, Provenance, Rubric, RubricNode } from './types.js';

export type CellValue = string | number | boolean | null;
export type Row = CellValue[];
export type Sheets = Record<string, Row[]>;

export const SHEET = { meta: 'Rubrik', criteria: 'Kriteria', levels: 'Level', bands: 'Pita' } as const;

export const HEADERS = {
  meta: ['Kunci', 'Nilai'],
  criteria: ['Kode', 'Induk', 'Nama (id)', 'Nama (en)', 'Uraian (id)', 'Uraian (en)', 'Jenis', 'Bobot', 'Skala', 'Bobot level', 'Berlaku bila', 'Asal', 'Keyakinan', 'Catatan asal', 'Lainnya (JSON)', 'Penilaian lain (JSON)'],
  levels: ['Skala', 'Kode', 'Nilai', 'Poin', 'Label (id)', 'Label (en)', 'Uraian (id)', 'Uraian (en)', 'Bukti (id)', 'Bukti (en)'],
  bands: ['Himpunan', 'Kode', 'Label (id)', 'Label (en)', 'Min', 'Min inklusif', 'Maks', 'Maks inklusif', 'Warna', 'Syarat (JSON)', 'Asal', 'Keyakinan', 'Catatan asal'],
} as const;

const TEXT_KEYS = ['title', 'description', 'notice'] as const;
const STRING_KEYS = new Set(['$schema', 'format', 'id', 'version', 'status', 'subject', 'missing']);
const NODE_OWN = new Set(['code', 'name', 'description', 'weight', 'when', 'provenance', 'children', 'scoring', 'aggregate']);
const SCORING_OWN = new Set(['kind', 'scale', 'weight', 'levels']);
const AGGREGATES = new Set(['sum', 'weightedMean', 'mean', 'max', 'min', 'composite']);

const col = (i: number): string => String.fromCharCode(65 + i);
const json = (v: unknown): string => JSON.stringify(v);

// ---------------------------------------------------------------------------------------------
// Export

export function rubricToSheets(r: Rubric): Sheets {
  const meta: Row[] = [[...HEADERS.meta]];
  for (const [key, value] of Object.entries(r)) {
    if (key === 'root' || key === 'bands' || key === 'bandSets' || key === 'scales' || value === undefined) continue;
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      const t = value as { id: string; en: string };
      meta.push([`${key}.id`, t.id], [`${key}.en`, t.en]);
    } else if (key === 'provenance') {
      const p = value as Provenance;
      meta.push(['provenance.source', p.source], ['provenance.confidence', p.confidence]);
      if (p.note !== undefined) meta.push(['provenance.note', noteCell(p.note)]);
    } else if (STRING_KEYS.has(key) && typeof value === 'string') meta.push([key, value]);
    else meta.push([key, json(value)]);
  }
  if (r.bandSets !== undefined && Object.keys(r.bandSets).length === 0) meta.push(['bandSets', '{}']);

  const criteria: Row[] = [[...HEADERS.criteria]];
  const levels: Row[] = [[...HEADERS.levels]];
  const bands: Row[] = [[...HEADERS.bands]];
  for (const [name, scale] of Object.entries(r.scales ?? {})) {
    if (scale.label) levels.push([name, null, null, null, scale.label.id, scale.label.en, null, null, null, null]);
    for (const l of scale.levels) levels.push(levelRow(name, null, l));
  }
  const walk = (n: RubricNode, parent: string | null) => {
    const scoring = 'scoring' in n ? (n.scoring as unknown as Record<string, unknown>) : undefined;
    const rest = Object.fromEntries(Object.entries(n).filter(([k]) => !NODE_OWN.has(k) && !(k === 'bands' && Array.isArray(n.bands))));
    const scoringRest = scoring ? Object.fromEntries(Object.entries(scoring).filter(([k]) => !SCORING_OWN.has(k))) : {};
    const kind = scoring ? String(scoring.kind) : 'aggregate' in n && n.aggregate !== undefined ? n.aggregate : 'group';
    criteria.push([
      n.code,
      parent,
      n.name.id,
      n.name.en,
      n.description?.id ?? null,
      n.description?.en ?? null,
      kind,
      n.weight ?? null,
      (scoring?.scale as string | undefined) ?? null,
      (scoring?.weight as number | undefined) ?? null,
      n.when ? conditionText(n.when) : null,
      n.provenance?.source ?? null,
      n.provenance?.confidence ?? null,
      noteCellOrNull(n.provenance?.note),
      Object.keys(rest).length ? json(rest) : null,
      Object.keys(scoringRest).length ? json(scoringRest) : null,
    ]);
    if (scoring && Array.isArray(scoring.levels)) for (const l of scoring.levels as Level[]) levels.push(levelRow(null, n.code, l));
    if (Array.isArray(n.bands)) for (const b of n.bands) bands.push(bandRow(`node:${n.code}`, b));
    if ('children' in n) for (const c of n.children) walk(c, n.code);
  };
  walk(r.root, null);
  for (const b of r.bands) bands.push(bandRow(null, b));
  for (const [name, set] of Object.entries(r.bandSets ?? {})) for (const b of set) bands.push(bandRow(`set:${name}`, b));
  return { [SHEET.meta]: meta, [SHEET.criteria]: criteria, [SHEET.levels]: levels, [SHEET.bands]: bands };
}

/** A provenance note in one cell: a plain string as it is, a note in both languages as JSON (`{"id":…,"en":…}`). */
function noteCell(note: string | LocalText): string {
  return typeof note === 'string' ? note : json({ id: note.id, en: note.en });
}

function noteCellOrNull(note: string | LocalText | undefined): string | null {
  return note === undefined ? null : noteCell(note);
}

/** The reverse of noteCell: a cell holding `{"id":…,"en":…}` (two strings, nothing else) is a note in both languages. */
export function noteFromCell(cell: string): string | LocalText {
  if (!cell.startsWith('{')) return cell;
  try {
    const v = JSON.parse(cell) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (Object.keys(o).length === 2 && typeof o.id === 'string' && typeof o.en === 'string') return { id: o.id, en: o.en };
    }
  } catch {
    // not JSON: a plain note that happens to start with a brace
  }
  return cell;
}

function levelRow(scale: string | null, code: string | null, l: Level): Row {
  return [scale, code, l.value, l.points ?? null, l.label.id, l.label.en, l.description?.id ?? null, l.description?.en ?? null, l.evidence?.id ?? null, l.evidence?.en ?? null];
}

function bandRow(set: string | null, b: Band): Row {
  return [
    set,
    b.code,
    b.label.id,
    b.label.en,
    b.min ?? null,
    b.minInclusive ?? null,
    b.max ?? null,
    b.maxInclusive ?? null,
    b.color ?? null,
    b.requires ? json(b.requires) : null,
    b.provenance?.source ?? null,
    b.provenance?.confidence ?? null,
    noteCellOrNull(b.provenance?.note),
  ];
}

/** `profile jenis_instansi ∈ pusat, provinsi` (JSON when a value has a comma). */
export function conditionText(w: Condition): string {
  const subject = w.profile !== undefined ? ['profile', w.profile] : w.criterion !== undefined ? ['criterion', w.criterion] : ['column', w.column];
  const values = w.in ?? w.notIn ?? [];
  const keys = Object.keys(w).length;
  if (keys !== 2 || values.some((v) => v.includes(',') || v !== v.trim() || v === '') || /\s/.test(String(subject[1]))) return json(w);
  return `${subject[0]} ${subject[1]} ${w.in ? '∈' : '∉'} ${values.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Import

export interface SheetImport {
  /** The rubric as a plain value (not yet validated). */
  value?: Record<string, unknown>;
  /** Problems found while reading the sheets (each at its cell). */
  diagnostics: Diagnostic[];
  /** The cell a JSON pointer came from: the longest known prefix. */
  cellOf(pointer: string): { sheet: string; cell: string } | undefined;
}

const str = (v: CellValue | undefined): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));

export function sheetsToRubric(sheets: Sheets, file: string): SheetImport {
  const diagnostics: Diagnostic[] = [];
  const cells = new Map<string, { sheet: string; cell: string }>();
  const at = (sheet: string, c: number, r: number): Location => ({ file, sheet, cell: `${col(c)}${r}` });
  const mark = (pointer: string, sheet: string, c: number, r: number) => cells.set(pointer, { sheet, cell: `${col(c)}${r}` });
  const cellOf = (pointer: string) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const hit = cells.get(p);
      if (hit) return hit;
      if (p === '') return undefined;
    }
  };
  for (const name of Object.values(SHEET)) if (!sheets[name]) diagnostics.push(error('IMPORT_NO_SHEET', { sheet: name }, { file, sheet: name }));
  if (diagnostics.length) return { diagnostics, cellOf };

  const parseJson = (text: string, sheet: string, c: number, r: number): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      diagnostics.push(error('IMPORT_BAD_JSON', { column: HEADERS_OF[sheet]?.[c] ?? col(c) }, at(sheet, c, r)));
      return undefined;
    }
  };
  const num = (v: CellValue | undefined, sheet: string, c: number, r: number): number | undefined => {
    if (str(v) === undefined) return undefined;
    if (typeof v === 'number') return v;
    const n = Number(String(v).trim().replace(',', '.'));
    if (Number.isFinite(n) && String(v).trim() !== '') return n;
    diagnostics.push(error('IMPORT_BAD_NUMBER', { value: String(v), column: HEADERS_OF[sheet]?.[c] ?? col(c) }, at(sheet, c, r)));
    return undefined;
  };
  const bool = (v: CellValue | undefined): boolean | undefined => (v === null || v === undefined || v === '' ? undefined : v === true || /^(true|ya|yes|1)$/i.test(String(v)));
  const text = (id: CellValue | undefined, en: CellValue | undefined) => (str(id) === undefined && str(en) === undefined ? undefined : { id: str(id) ?? '', en: str(en) ?? '' });
  const prov = (source: CellValue | undefined, confidence: CellValue | undefined, note: CellValue | undefined): Provenance | undefined =>
    str(source) === undefined && str(confidence) === undefined ? undefined : ({ source: str(source) ?? '', confidence: str(confidence) ?? '', ...(str(note) !== undefined ? { note: noteFromCell(str(note)!) } : {}) } as Provenance);

  // Rubrik
  const out: Record<string, unknown> = {};
  sheets[SHEET.meta]!.slice(1).forEach((row, i) => {
    const r = i + 2;
    const key = str(row[0]);
    const value = row[1];
    if (key === undefined) return;
    const [head, part] = key.split('.', 2) as [string, string | undefined];
    if ((TEXT_KEYS as readonly string[]).includes(head) && (part === 'id' || part === 'en')) {
      const t = (out[head] ??= { id: '', en: '' }) as Record<string, string>;
      t[part] = str(value) ?? '';
      mark(`/${head}/${part}`, SHEET.meta, 1, r);
    } else if (head === 'provenance' && part !== undefined) {
      const p = (out.provenance ??= {}) as Record<string, unknown>;
      p[part] = part === 'note' ? noteFromCell(str(value) ?? '') : (str(value) ?? '');
      mark(`/provenance/${part}`, SHEET.meta, 1, r);
    } else if (STRING_KEYS.has(key)) {
      out[key] = str(value) ?? '';
      mark(`/${key}`, SHEET.meta, 1, r);
    } else {
      const v = parseJson(String(value ?? ''), SHEET.meta, 1, r);
      if (v !== undefined) out[key] = v;
      mark(`/${key}`, SHEET.meta, 1, r);
    }
  });

  // Level: shared scales, and the levels of leaves that have their own
  const scales: Record<string, { label?: { id: string; en: string }; levels: Level[] }> = {};
  const leafLevels = new Map<string, { level: Level; row: number }[]>();
  sheets[SHEET.levels]!.slice(1).forEach((row, i) => {
    const r = i + 2;
    const scale = str(row[0]);
    const code = str(row[1]);
    if (scale === undefined && code === undefined) return;
    if (str(row[2]) === undefined && scale !== undefined) {
      (scales[scale] ??= { levels: [] }).label = text(row[4], row[5])!;
      return;
    }
    const level = {
      value: num(row[2], SHEET.levels, 2, r),
      ...(str(row[3]) !== undefined ? { points: num(row[3], SHEET.levels, 3, r) } : {}),
      label: text(row[4], row[5]) ?? { id: '', en: '' },
      ...(text(row[6], row[7]) ? { description: text(row[6], row[7]) } : {}),
      ...(text(row[8], row[9]) ? { evidence: text(row[8], row[9]) } : {}),
    } as Level;
    if (scale !== undefined) {
      const s = (scales[scale] ??= { levels: [] });
      mark(`/scales/${scale}/levels/${s.levels.length}`, SHEET.levels, 2, r);
      s.levels.push(level);
    } else {
      const list = leafLevels.get(code!) ?? [];
      list.push({ level, row: r });
      leafLevels.set(code!, list);
    }
  });
  if (Object.keys(scales).length) out.scales = scales;

  // Pita
  const bandsBy = new Map<string, { band: Band; row: number }[]>();
  sheets[SHEET.bands]!.slice(1).forEach((row, i) => {
    const r = i + 2;
    if (str(row[1]) === undefined) return;
    const set = str(row[0]) ?? '';
    const requires = str(row[9]) !== undefined ? parseJson(String(row[9]), SHEET.bands, 9, r) : undefined;
    const band = {
      code: str(row[1])!,
      label: text(row[2], row[3]) ?? { id: '', en: '' },
      ...(str(row[4]) !== undefined ? { min: num(row[4], SHEET.bands, 4, r) } : {}),
      ...(bool(row[5]) !== undefined ? { minInclusive: bool(row[5]) } : {}),
      ...(str(row[6]) !== undefined ? { max: num(row[6], SHEET.bands, 6, r) } : {}),
      ...(bool(row[7]) !== undefined ? { maxInclusive: bool(row[7]) } : {}),
      ...(str(row[8]) !== undefined ? { color: str(row[8]) } : {}),
      ...(requires !== undefined ? { requires } : {}),
      ...(prov(row[10], row[11], row[12]) ? { provenance: prov(row[10], row[11], row[12]) } : {}),
    } as Band;
    const list = bandsBy.get(set) ?? [];
    list.push({ band, row: r });
    bandsBy.set(set, list);
  });
  const placeBands = (set: string, pointer: string): Band[] | undefined => {
    const list = bandsBy.get(set);
    if (!list) return undefined;
    bandsBy.delete(set);
    list.forEach(({ row }, i) => {
      mark(`${pointer}/${i}`, SHEET.bands, 1, row);
      for (const [k, c] of [['min', 4], ['minInclusive', 5], ['max', 6], ['maxInclusive', 7], ['color', 8], ['requires', 9], ['label', 2]] as const) mark(`${pointer}/${i}/${k}`, SHEET.bands, c, row);
    });
    return list.map((x) => x.band);
  };

  // Kriteria: the tree
  const nodes = new Map<string, Record<string, unknown>>();
  let root: Record<string, unknown> | undefined;
  const pointers = new Map<string, string>();
  sheets[SHEET.criteria]!.slice(1).forEach((row, i) => {
    const r = i + 2;
    const code = str(row[0]);
    if (code === undefined) return;
    const parentCode = str(row[1]);
    const kind = str(row[6]) ?? 'group';
    const node: Record<string, unknown> = { code, name: text(row[2], row[3]) ?? { id: '', en: '' } };
    const description = text(row[4], row[5]);
    if (description) node.description = description;
    if (str(row[7]) !== undefined) node.weight = num(row[7], SHEET.criteria, 7, r);
    if (str(row[10]) !== undefined) {
      const w = parseCondition(String(row[10]));
      if (w) node.when = w;
      else diagnostics.push(error('IMPORT_BAD_CONDITION', { value: String(row[10]) }, at(SHEET.criteria, 10, r)));
    }
    const p = prov(row[11], row[12], row[13]);
    if (p) node.provenance = p;
    if (str(row[14]) !== undefined) Object.assign(node, parseJson(String(row[14]), SHEET.criteria, 14, r) ?? {});
    const leaf = kind !== 'group' && !AGGREGATES.has(kind);
    let ownRows: number[] = [];
    if (leaf) {
      const scoring: Record<string, unknown> = { kind };
      if (str(row[8]) !== undefined) scoring.scale = str(row[8]);
      if (str(row[9]) !== undefined) scoring.weight = num(row[9], SHEET.criteria, 9, r);
      if (str(row[15]) !== undefined) Object.assign(scoring, parseJson(String(row[15]), SHEET.criteria, 15, r) ?? {});
      const own = leafLevels.get(code);
      if (own) {
        scoring.levels = own.map((x) => x.level);
        ownRows = own.map((x) => x.row);
        leafLevels.delete(code);
      }
      node.scoring = scoring;
    } else {
      if (kind !== 'group') node.aggregate = kind;
      node.children = [];
    }
    let pointer: string;
    if (parentCode === undefined) {
      if (root) diagnostics.push(error('IMPORT_SECOND_ROOT', { code, root: String(root.code) }, at(SHEET.criteria, 1, r)));
      root = node;
      pointer = '/root';
    } else {
      const parent = nodes.get(parentCode);
      if (!parent || !Array.isArray(parent.children)) {
        diagnostics.push(error('IMPORT_UNKNOWN_PARENT', { code, parent: parentCode }, at(SHEET.criteria, 1, r)));
        return;
      }
      pointer = `${pointers.get(parentCode)}/children/${(parent.children as unknown[]).length}`;
      (parent.children as unknown[]).push(node);
    }
    // A repeated code is the validator's RUBRIC_DUPLICATE_CODE, located at this row's cell.
    if (!nodes.has(code)) {
      nodes.set(code, node);
      pointers.set(code, pointer);
    }
    mark(pointer, SHEET.criteria, 0, r);
    for (const [k, c] of [['code', 0], ['name', 2], ['description', 4], ['scoring', 6], ['aggregate', 6], ['weight', 7], ['scoring/scale', 8], ['scoring/weight', 9], ['when', 10], ['provenance', 11], ['provenance/confidence', 12]] as const) mark(`${pointer}/${k}`, SHEET.criteria, c, r);
    const own = placeBands(`node:${code}`, `${pointer}/bands`);
    if (own) node.bands = own;
    ownRows.forEach((row, j) => mark(`${pointer}/scoring/levels/${j}`, SHEET.levels, 2, row));
  });
  // Levels whose leaf is not in Kriteria
  for (const [code, list] of leafLevels) diagnostics.push(error('IMPORT_UNKNOWN_PARENT', { code: `${code} (Level)`, parent: code }, at(SHEET.levels, 1, list[0]!.row)));
  if (root) out.root = root;
  const top = placeBands('', '/bands');
  if (top) out.bands = top;
  const sets: Record<string, Band[]> = {};
  for (const key of [...bandsBy.keys()]) {
    if (!key.startsWith('set:')) continue;
    sets[key.slice(4)] = placeBands(key, `/bandSets/${key.slice(4)}`)!;
  }
  if (Object.keys(sets).length) out.bandSets = { ...((out.bandSets as object | undefined) ?? {}), ...sets };
  for (const [key, list] of bandsBy) diagnostics.push(error('IMPORT_UNKNOWN_BAND_OWNER', { value: key }, at(SHEET.bands, 0, list[0]!.row)));
  return { value: out, diagnostics, cellOf };
}

const HEADERS_OF: Record<string, readonly string[]> = { [SHEET.meta]: HEADERS.meta, [SHEET.criteria]: HEADERS.criteria, [SHEET.levels]: HEADERS.levels, [SHEET.bands]: HEADERS.bands };

export function parseCondition(t: string): Condition | undefined {
  const s = t.trim();
  if (s.startsWith('{')) {
    try {
      return JSON.parse(s) as Condition;
    } catch {
      return undefined;
    }
  }
  const m = /^(profile|criterion|column)\s+(\S+)\s+(∈|∉)\s+(.+)$/u.exec(s);
  if (!m) return undefined;
  const values = m[4]!.split(',').map((v) => v.trim());
  return { [m[1]!]: m[2]!, [m[3] === '∈' ? 'in' : 'notIn']: values } as Condition;
}
