#!/usr/bin/env node
// Writes rubrics/panrb-19-2025.json 2.1.0 (merit-rubric/2) from the own-words tables in
// scripts/panrb-2026/ (run: node scripts/make-panrb-2026.mjs; `--check` only compares).
//
// The committed JSON is the source of truth. This script is how 2.0.0 and 2.1.0 (provenance notes
// in Indonesian and English, scripts/panrb-2026/notes-id.mjs) were produced: the item
// tables are easier to review than the JSON. If you edit the JSON by hand, carry the edit here
// too or leave the script alone; `--check` says whether the two still agree.
//
// Sources (all public; see rubrics/README.md): the worksheet "Kertas Kerja Evaluasi Sistem Merit
// 2026" in a third-party transcription (items, ladders, gates); Permen PANRB 19/2025 Lampiran I
// (aspect 1 and its weight); a KemenPANRB draft of Aug 2025 and a BKN presentation of Oct 2025 as
// reported by others (aspect 8 weight, 75/25 composite, correction factor, bands). Level texts are
// our own short words, never the worksheet's sentences.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASPECTS_1_4 } from './panrb-2026/aspects-1-4.mjs';
import { ASPECTS_5_8 } from './panrb-2026/aspects-5-8.mjs';
import { bands, maju, nominal, PROFILE, root, SRC, top } from './panrb-2026/frame.mjs';
import { noteId } from './panrb-2026/notes-id.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'rubrics', 'panrb-19-2025.json');

const t = ([id, en]) => ({ id, en });

/** The generic 0-4 labels (the shared scale); every leaf repeats them with its own descriptions. */
const LABELS = [
  ['Belum ada', 'Not in place'],
  ['Rintisan', 'Initial'],
  ['Terpenuhi', 'Established'],
  ['Bermutu', 'Quality assured'],
  ['Dimanfaatkan', 'Used and improving'],
];

const WEIGHTS = {
  A1: {
    weight: 3,
    provenance: (a) => ({
      source: `${SRC.lampiran} (name, Bobot Aspek 10%, description)`,
      confidence: 'confirmed',
      note: 'Bobot Aspek 10% as Lampiran I gives it, written as 3 of 30 points (weightUnit points) so that aspects 2-7 can share the remaining 80% exactly (4 of 30 each). The description is our paraphrase of the Lampiran I row. How the items make the aspect\'s 0-1 score is inferred: see MATURITAS.',
    }),
  },
  'A2-A7': {
    weight: 4,
    provenance: (a) => ({
      source: `${SRC.jdih} (name); ${SRC.worksheet}, aspect ${a.no} (description, paraphrased)`,
      confidence: 'uncertain',
      note: 'Weights of aspects 2-7 unknown; provisional equal split: after aspect 1 (10%, confirmed) and aspect 8 (10%, draft) the remaining 80% is split six ways, 4 of 30 points each = 13.333...% (exact; 80/6 has no finite decimal, hence points, not percent). The name is in the regulation\'s list of aspects (JDIH summary); its Lampiran I row was not seen.',
    }),
  },
  A8: {
    weight: 3,
    provenance: (a) => ({
      source: `${SRC.draft} (weight 10%, sub-items 8.1 and 8.2); ${SRC.jdih} (name); ${SRC.worksheet}, aspect ${a.no} (description, paraphrased)`,
      confidence: 'uncertain',
      note: '10% only from the pre-signature draft of 28 Aug 2025 (written as 3 of 30 points); whether Lampiran I kept it is not known. The name is in the regulation\'s list of aspects (JDIH summary).',
    }),
  },
};

const NODE_ROUNDING = { decimals: 2, mode: 'half-up' };

function leafNode(item) {
  const levels = item.levels.map((lv, value) => ({
    value,
    label: t(LABELS[value]),
    description: t(lv),
    ...(lv.length > 2 ? { evidence: { id: lv[2], en: lv[3] } } : {}),
  }));
  if (levels.length !== 5) throw new Error(`${item.code}: expected 5 levels, got ${levels.length}`);
  const note = [
    'Sub-aspect, question and 0-4 ladder as the transcription gives them; the level texts are our own short words; evidence is required above level 0.',
    item.note ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    code: item.code,
    name: t(item.name),
    description: t(item.desc),
    ...(item.variant ? { variant: item.variant } : {}),
    ...(item.when ? { when: item.when } : {}),
    scoring: { kind: 'levels', scale: 'skor-0-4', levels },
    provenance: { source: `${SRC.worksheet}, question ${item.ws}`, confidence: item.conf ?? 'confirmed', note },
  };
}

function aspectNode(a) {
  const w = WEIGHTS[a.weight];
  return {
    code: a.code,
    name: t(a.name),
    description: t(a.desc),
    weight: w.weight,
    aggregate: 'mean',
    rounding: NODE_ROUNDING,
    bands: 'kategori',
    provenance: w.provenance(a),
    children: a.items.map(leafNode),
  };
}

/** Every provenance note written in English here becomes `{ id, en }` (the Indonesian from notes-id.mjs). */
function bilingualNotes(value) {
  if (Array.isArray(value)) return value.map(bilingualNotes);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'provenance' && v && typeof v.note === 'string') out[k] = { ...v, note: { id: noteId(v.note), en: v.note } };
    else out[k] = bilingualNotes(v);
  }
  return out;
}

function build() {
  return bilingualNotes(buildEnglish());
}

function buildEnglish() {
  const aspects = [...ASPECTS_1_4, ...ASPECTS_5_8].map(aspectNode);
  return {
    ...top(),
    scales: {
      'skor-0-4': {
        label: { id: 'Skor kertas kerja 0–4 (label umum; uraian tiap level ada pada tiap subaspek)', en: 'Worksheet score 0–4 (generic labels; each sub-aspect describes its own levels)' },
        levels: LABELS.map((l, value) => ({ value, label: t(l) })),
      },
    },
    profile: PROFILE,
    bandSets: { kategori: bands('aspect') },
    nominal: nominal(),
    root: root(aspects, NODE_ROUNDING),
    bands: bands('index'),
    outOfRange: {
      below: { code: 'DI_BAWAH_DASAR', label: { id: 'Di bawah Dasar (koreksi melebihi nilai)', en: 'Below Basic (the correction exceeds the index)' }, color: '#7b241c' },
      above: maju(),
    },
  };
}

// ---- JSON text: objects that fit on one line stay on one line ----------------------------------

const WIDTH = 120;

/** One-line JSON with a space after `:` and `,`. */
function flat(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  return `{${Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`)
    .join(', ')}}`;
}

/** `lead`: the characters before the value on its line (indent and key). */
function format(value, indent = '', lead = 0) {
  const line = flat(value);
  if (value === null || typeof value !== 'object' || lead + line.length <= WIDTH) return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner, inner.length)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, inner.length + JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`;
}

const text = `${format(build())}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    console.error('rubrics/panrb-19-2025.json differs from what scripts/make-panrb-2026.mjs writes');
    process.exit(1);
  }
  console.log('rubrics/panrb-19-2025.json matches the script');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
