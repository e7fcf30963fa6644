/**
 * The evidence template of an agency rubric, as data: what `merit template` writes, before it
 * becomes an XLSX workbook (xlsx.ts) or a CSV file (csv.ts). Pure: no I/O, no exceljs.
 *
 * The layout is the one the readers parse (docs/evidence-format.md): label cells for the agency
 * and the year above a header row, then one row per leaf. Every header is a spelling the reader
 * knows (src/evidence/header.ts) and is checked against the rubric's own aliases, so that the
 * reader maps each column back to its field; the aspect column gets a header the reader ignores.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { aliasMap, HEADER_NAMES, matchField } from '../evidence/header.js';
import { STAMP_KEYS, STAMP_SHEET } from '../evidence/xlsx.js';
import { num, text } from '../report/format.js';
import { kindOf } from '../rubric/kinds/index.js';
import type { InputRule } from '../rubric/kinds/types.js';
import { leafRange, walk } from '../rubric/tree.js';
import { isLeaf, type EvidenceField, type LeafNode, type Level, type LoadedRubric, type LocalText, type Rubric } from '../rubric/types.js';
import { provisionalParts } from '../scoring/score.js';
import { VERSION } from '../version.js';
import { ui, templateWords, type StepArgs, type TemplateWords } from '../i18n/index.js';
import { leafInput, n } from './inputs.js';
import { isV2, v2Instructions, v2Rows } from './v2.js';

/** The evidence sheet's name (the same in both languages). */
export const EVIDENCE_SHEET = 'Penilaian';

/** The fields a template row has, in column order; `aspect` is for people only. */
export type TemplateColumnKey = 'code' | 'aspect' | 'name' | 'hint' | 'level' | 'verified' | 'evidence' | 'notes';

export interface TemplateColumn {
  key: TemplateColumnKey;
  header: string;
  /** What the column holds (the header cell's note). */
  note: string;
  /** Column width in characters (xlsx). */
  width: number;
  /** Filled in by people: unlocked on the protected sheet. */
  input: boolean;
}

/** What a value cell accepts: a dropdown, or a number within bounds. */
export type { InputRule } from '../rubric/kinds/types.js';

export interface TemplateRow {
  code: string;
  aspect: string;
  name: string;
  rule: InputRule;
  /** The level cell's note: what each value means and the points it gives. */
  note: string;
  /** The short text shown when the cell is selected (at most 255 characters), and its title. */
  prompt: string;
  promptTitle: string;
  /** v2: when the criterion applies, or (a profile question) the answers to choose from. */
  hint?: string;
  /** v2: a profile question's row (shown first). */
  profile?: boolean;
}

export type InstructionStyle = 'title' | 'heading' | 'text' | 'warning' | 'blank';

/** A row of the instructions sheet: a key (column A) and the text in both languages. */
export interface InstructionRow {
  style: InstructionStyle;
  key?: string;
  texts?: Record<Lang, string>;
}

export interface TemplateModel {
  lang: Lang;
  rubric: { id: string; version: string; sha256: string; status: Rubric['status'] };
  sheets: { instructions: string; evidence: string; stamp: string };
  /** Evidence sheet title rows: the rubric's title; its id, version and status. */
  title: string;
  subtitle: string;
  /** Points to the instructions sheet (xlsx only). */
  seeInstructions: string;
  labels: { subject: string; period: string };
  columns: TemplateColumn[];
  rows: TemplateRow[];
  /** Key/value rows of the hidden stamp sheet, in the layout the reader parses. */
  stamp: [string, string][];
  instructions: InstructionRow[];
  /** The rubric is provisional, or has provisional parts. */
  provisional: boolean;
}

export interface TemplateOptions {
  lang: Lang;
  toolVersion?: string;
}

/** The template's headers per language. Indonesian: the reader's first spelling of each field. */
const HEADERS: Record<Lang, Record<Exclude<TemplateColumnKey, 'aspect' | 'hint'>, string>> = {
  id: {
    code: HEADER_NAMES.code[0]!,
    name: HEADER_NAMES.name[0]!,
    level: HEADER_NAMES.level[0]!,
    verified: HEADER_NAMES.verified[0]!,
    evidence: HEADER_NAMES.evidence[0]!,
    notes: HEADER_NAMES.notes[0]!,
  },
  // `Level` in both: rubric texts refer to "the Level column".
  en: { code: 'Code', name: 'Criterion', level: 'Level', verified: 'Verified level', evidence: 'Evidence', notes: 'Notes' },
};

const WIDTHS: Record<TemplateColumnKey, number> = { code: 10, aspect: 24, name: 50, hint: 30, level: 12, verified: 13, evidence: 40, notes: 32 };
const INPUT_COLUMNS = new Set<TemplateColumnKey>(['level', 'verified', 'evidence', 'notes']);

/** Thrown for a rubric a template cannot be made for (the CLI turns it into a usage error). */
export class TemplateUnsupported extends Error {
  constructor(readonly subject: Rubric['subject']) {
    super(`no template for ${subject} rubrics`);
  }
}

export function templateModel(loaded: LoadedRubric, o: TemplateOptions): TemplateModel {
  const rubric = loaded.rubric;
  if (rubric.subject !== 'agency') throw new TemplateUnsupported(rubric.subject);
  const { lang } = o;
  const w = templateWords(lang);
  const columns = templateColumns(rubric, lang);
  const header = (key: TemplateColumnKey): string => columns.find((c) => c.key === key)?.header ?? '';
  const provisional = provisionalParts(rubric);
  const isProvisional = provisional.rubric || provisional.parts.length > 0;

  const rows: TemplateRow[] = [];
  if (isV2(rubric)) rows.push(...v2Rows(rubric, lang));
  else {
    for (const top of rubric.root.children) {
      for (const { node } of walk(top)) {
        if (!isLeaf(node)) continue;
        const input = leafInput(node, rubric, lang);
        rows.push({ code: node.code, aspect: text(top.name, lang), name: text(node.name, lang), ...input });
      }
    }
  }

  const status = ui(lang).rubricStatus[rubric.status];
  return {
    lang,
    rubric: { id: rubric.id, version: rubric.version, sha256: loaded.sha256, status: rubric.status },
    sheets: { instructions: w.instructionsSheet, evidence: EVIDENCE_SHEET, stamp: STAMP_SHEET },
    title: text(rubric.title, lang),
    subtitle: w.rubricLine(rubric.id, rubric.version, status),
    seeInstructions: w.seeInstructions(w.instructionsSheet),
    labels: { subject: w.subjectLabel, period: w.periodLabel },
    columns,
    rows,
    stamp: [
      [STAMP_KEYS.id, rubric.id],
      [STAMP_KEYS.version, rubric.version],
      [STAMP_KEYS.sha256, loaded.sha256],
      ['rubric_title', text(rubric.title, lang)],
      ['template_lang', lang],
      ['generator', `merit ${o.toolVersion ?? VERSION}`],
    ],
    instructions: instructions(rubric, lang, columns, isProvisional ? provisional.parts.length : undefined, header),
    provisional: isProvisional,
  };
}

// ---------------------------------------------------------------------------------------------
// Columns

/** The columns, each header checked to name its field for this rubric's aliases. */
export function templateColumns(rubric: Pick<Rubric, 'evidence'> & Partial<Pick<Rubric, 'format'>>, lang: Lang): TemplateColumn[] {
  const aliases = rubric.evidence?.aliases;
  const map = aliasMap(aliases);
  const w = templateWords(lang);
  const fieldHeader = (field: EvidenceField): string => {
    const candidates = [HEADERS[lang][field as Exclude<TemplateColumnKey, 'aspect' | 'hint'>], ...HEADER_NAMES[field], ...(aliases?.[field] ?? [])];
    // The rubric's aliases win over built-in spellings, so a built-in one may name another field.
    return candidates.find((h) => h !== undefined && matchField(h, map) === field) ?? candidates[0]!;
  };
  const aspect = w.aspectHeaders.find((h) => matchField(h, map) === undefined);
  // v2: a column saying when a row applies (or which answers a question takes), read by people only.
  const hint = rubric.format === 'merit-rubric/2' ? w.v2.hintHeaders.find((h) => matchField(h, map) === undefined) : undefined;
  const keys: TemplateColumnKey[] = ['code', 'aspect', 'name', 'hint', 'level', 'verified', 'evidence', 'notes'];
  const out: TemplateColumn[] = [];
  for (const key of keys) {
    if (key === 'aspect' && aspect === undefined) continue;
    if (key === 'hint' && hint === undefined) continue;
    out.push({
      key,
      header: key === 'aspect' ? aspect! : key === 'hint' ? hint! : fieldHeader(key),
      note: key === 'level' ? `${w.columnMeaning.level}\n${w.levelsGeneral}` : key === 'hint' ? w.v2.hintMeaning : w.columnMeaning[key],
      width: WIDTHS[key],
      input: INPUT_COLUMNS.has(key),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inputs per leaf

/** `0–100`, `≥ 0`: the bounds of a number rule as the language writes them ('' without bounds). */
export function boundsText(rule: Extract<InputRule, { kind: 'decimal' }>, lang: Lang): string {
  if (rule.min && rule.max) return `${n(rule.min, lang)}–${n(rule.max, lang)}`;
  if (rule.min) return `≥ ${n(rule.min, lang)}`;
  if (rule.max) return `≤ ${n(rule.max, lang)}`;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Instructions (both languages)

const LANGS: readonly Lang[] = ['id', 'en'];

function both(f: (w: TemplateWords, lang: Lang) => string): Record<Lang, string> {
  return { id: f(templateWords('id'), 'id'), en: f(templateWords('en'), 'en') };
}

function local(t: LocalText | undefined): Record<Lang, string> {
  return { id: text(t, 'id'), en: text(t, 'en') };
}

function instructions(
  rubric: Rubric,
  lang: Lang,
  columns: TemplateColumn[],
  provisionalCount: number | undefined,
  header: (key: TemplateColumnKey) => string,
): InstructionRow[] {
  const w = templateWords(lang);
  const keyOf = (f: (w: TemplateWords) => string): string => {
    const [a, b] = lang === 'id' ? LANGS : [...LANGS].reverse();
    const ka = f(templateWords(a!));
    const kb = f(templateWords(b!));
    return ka === kb ? ka : `${ka} / ${kb}`;
  };
  const out: InstructionRow[] = [];
  const blank = (): void => void out.push({ style: 'blank' });
  const heading = (f: (w: TemplateWords) => string): void => void out.push({ style: 'heading', texts: both((x) => f(x)) });

  out.push({ style: 'title', texts: both((x) => x.instructionsTitle) });
  blank();
  out.push({ style: 'text', key: keyOf((x) => x.rubricKey), texts: both((x, l) => `${text(rubric.title, l)} — ${rubric.id} ${x.version(rubric.version)}`) });
  out.push({
    style: provisionalCount !== undefined ? 'warning' : 'text',
    key: keyOf((x) => x.statusKey),
    texts: both((x, l) => (provisionalCount !== undefined ? ui(l).provisionalWarning(provisionalCount) : x.official)),
  });
  rubric.legalBasis.forEach((b, i) => {
    out.push({
      style: 'text',
      ...(i === 0 ? { key: keyOf((x) => x.legalKey) } : {}),
      texts: both((_x, l) => [b.ref, b.title ? text(b.title, l) : '', b.url ?? ''].filter(Boolean).join(' — ')),
    });
  });

  blank();
  heading((x) => x.stepsKey);
  const stepArgs: StepArgs = {
    evidenceSheet: EVIDENCE_SHEET,
    subjectLabel: w.subjectLabel,
    periodLabel: w.periodLabel,
    levelHeader: header('level'),
    verifiedHeader: header('verified'),
    evidenceHeader: header('evidence'),
    notesHeader: header('notes'),
    missing: rubric.root.missing ?? rubric.missing ?? 'zero',
    rubric: rubric.id,
  };
  const stepsEn = templateWords('en').steps(stepArgs);
  templateWords('id').steps(stepArgs).forEach((s, i) => out.push({ style: 'text', key: String(i + 1), texts: { id: s, en: stepsEn[i] ?? '' } }));
  if (isV2(rubric)) out.push(...v2Instructions(rubric, header('hint')));

  blank();
  heading((x) => x.columnsKey);
  for (const c of columns) {
    out.push({ style: 'text', key: c.header, texts: both((x) => (c.key === 'hint' ? x.v2.hintMeaning : x.columnMeaning[c.key])) });
  }

  // Level tables: one per shared scale, and one per leaf with its own levels.
  const tables: { title: Record<Lang, string>; levels: Level[] }[] = [];
  const seenScales = new Set<string>();
  const others: LeafNode[] = [];
  for (const { node } of walk(rubric.root)) {
    if (!isLeaf(node)) continue;
    const kind = kindOf(node);
    if (!kind.levelTable) {
      others.push(node);
      continue;
    }
    const source = kind.levelTable(node.scoring);
    if (source && 'levels' in source) tables.push({ title: both((x) => x.levelsOf(node.code)), levels: source.levels });
    else if (source && !seenScales.has(source.scale)) {
      const name = source.scale;
      seenScales.add(name);
      const label = rubric.scales?.[name]?.label;
      const scales = rubric.scales;
      tables.push({ title: label ? local(label) : both((x) => x.levelsOf(name)), levels: (scales && Object.hasOwn(scales, name) ? scales[name]?.levels : undefined) ?? [] });
    }
  }
  if (tables.length > 0) {
    blank();
    heading((x) => x.levelsKey);
    out.push({ style: 'text', texts: both((x) => x.levelsGeneral) });
    for (const t of tables) {
      out.push({ style: 'heading', texts: t.title });
      for (const level of t.levels) {
        out.push({
          style: 'text',
          key: String(level.value),
          texts: both((_x, l) =>
            [text(level.label, l), level.description ? text(level.description, l) : '', level.evidence ? text(level.evidence, l) : ''].filter(Boolean).join('\n'),
          ),
        });
      }
    }
  }
  if (others.length > 0) {
    blank();
    heading((x) => x.otherKindsKey);
    for (const leaf of others) {
      out.push({ style: 'text', key: leaf.code, texts: both((_x, l) => leafInput(leaf, rubric, l).note) });
    }
  }

  blank();
  heading((x) => x.stampKey);
  out.push({ style: 'text', texts: both((x) => x.stampText(STAMP_SHEET)) });
  return out;
}
