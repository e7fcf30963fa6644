/**
 * `merit rubric show --format md|html`: the booklet an agency hands its staff before the
 * self-assessment. This module turns a rubric into the booklet's content (texts already in the
 * chosen language, numbers already formatted); rubric-booklet-md.ts and rubric-booklet-html.ts lay
 * it out. Every aspect and criterion with its level descriptions, evidence hints, weight as points
 * and percent of the total, applicability condition, bands, legal basis, provenance and status.
 */
import { Dec } from '../decimal.js';
import type { Lang } from '../diagnostics.js';
import { bandEdges } from '../rubric/lint.js';
import { kindOf } from '../rubric/kinds/index.js';
import { levelPoints, resolveLevels } from '../rubric/kinds/levels.js';
import { effectiveShares, nodeRange, rubricRange } from '../rubric/tree.js';
import { noteIn } from '../rubric/text.js';
import { isLeaf, type Band, type GroupNode, type LoadedRubric, type LocalText, type Provenance, type RubricNode } from '../rubric/types.js';
import { rubricText, rubricWord, toolkitText } from '../i18n/index.js';
import { local, num } from './rubric-show-util.js';
import { bandsOf, conditionText, roundingText } from './rubric-show-v2.js';

export interface BookletBand {
  code: string;
  label: string;
  range: string;
  color?: string;
  note?: string;
}

export interface BookletLevel {
  value: number;
  label: string;
  points: string;
  description: string;
  evidence: string;
}

export interface BookletNode {
  code: string;
  name: string;
  description: string;
  depth: number;
  /** A group whose children include a criterion: a section of its own (a page in print). */
  aspect: boolean;
  leaf: boolean;
  /** `maks 14 poin · 3.41% dari total`. */
  weight: string;
  /** The weight as the rubric writes it, when it does. */
  rawWeight?: string;
  condition?: string;
  /** Leaves: how the value becomes points (kinds without a level table). */
  rule?: string;
  levels: BookletLevel[];
  notApplicable?: string;
  bands: BookletBand[];
  provenance?: { confidence: string; source: string; note?: string; confirmed: boolean };
  children: BookletNode[];
}

export interface Booklet {
  lang: Lang;
  id: string;
  version: string;
  title: string;
  description: string;
  status: string;
  provisional: boolean;
  notice: string;
  subject: string;
  legalBasis: { ref: string; title: string; url?: string; date?: string }[];
  provenance?: BookletNode['provenance'];
  max: string;
  rounding: string;
  missing: string;
  base?: string;
  sha256: string;
  profile: { code: string; label: string; description: string; answers: string[] }[];
  bands: BookletBand[];
  outOfRange: BookletBand[];
  tree: BookletNode;
}

const pct = (d: Dec): string => d.mul(Dec.int(100)).toString({ maxDecimals: 2 });

function prov(p: Provenance | undefined, L: Lang): BookletNode['provenance'] {
  if (!p) return undefined;
  return { confidence: rubricWord(L, 'confidence', p.confidence), source: p.source, ...(p.note ? { note: noteIn(p.note, L) } : {}), confirmed: p.confidence === 'confirmed' };
}

function band(b: Band, L: Lang): BookletBand {
  return {
    code: b.code,
    label: local(b.label, L),
    range: bandEdges(b),
    ...(b.color ? { color: b.color } : {}),
    ...(b.requires ? { note: rubricText(L, 'requires', { atLeast: b.requires.atLeast, of: b.requires.of ?? '' }) } : {}),
  };
}

export function buildBooklet(loaded: LoadedRubric, L: Lang): Booklet {
  const r = loaded.rubric;
  const shares = effectiveShares(r);
  const range = rubricRange(r);
  const text = (t: LocalText | undefined) => local(t, L);

  const node = (n: RubricNode, depth: number): BookletNode => {
    const max = nodeRange(n, r).max;
    const share = shares.get(n) ?? Dec.ZERO;
    const base: BookletNode = {
      code: n.code,
      name: text(n.name),
      description: text(n.description),
      depth,
      aspect: !isLeaf(n) && n.children.some(isLeaf),
      leaf: isLeaf(n),
      weight: toolkitText(L, 'bookletWeight', { max: num(max), percent: pct(share) }),
      ...(n.weight !== undefined ? { rawWeight: String(n.weight) } : {}),
      ...(n.when ? { condition: conditionText(L, n.when) } : {}),
      levels: [],
      ...(n.notApplicable?.allowed ? { notApplicable: rubricText(L, 'mayBeNA', { reason: text(n.notApplicable.reason) }) } : {}),
      bands: (bandsOf(n, r) ?? []).map((b) => band(b, L)),
      ...(n.provenance ? { provenance: prov(n.provenance, L) } : {}),
      children: [],
    };
    if (isLeaf(n)) {
      const table = kindOf(n).levelTable?.(n.scoring as never);
      if (table) {
        const levels = resolveLevels(n.scoring as { kind: string; scale?: string; levels?: never[] }, r);
        base.levels = levels.map((lv) => ({
          value: lv.value,
          label: text(lv.label),
          points: num(levelPoints(lv, n.scoring as { kind: string; weight?: number })),
          description: text(lv.description),
          evidence: text(lv.evidence),
        }));
      } else {
        base.rule = kindOf(n).describe(n, r, L);
      }
      return base;
    }
    base.children = (n as GroupNode).children.map((c) => node(c, depth + 1));
    return base;
  };

  return {
    lang: L,
    id: r.id,
    version: r.version,
    title: text(r.title),
    description: text(r.description),
    status: rubricWord(L, 'status', r.status),
    provisional: r.status === 'provisional',
    notice: text(r.notice),
    subject: rubricWord(L, 'subject', r.subject),
    legalBasis: r.legalBasis.map((b) => ({ ref: b.ref, title: text(b.title), ...(b.url ? { url: b.url } : {}), ...(b.date ? { date: b.date } : {}) })),
    ...(r.provenance ? { provenance: prov(r.provenance, L) } : {}),
    max: num(range.max),
    rounding: r.rounding ? roundingText(L, r.rounding) : rubricText(L, 'roundNone'),
    missing: rubricWord(L, 'missing', r.missing ?? 'zero'),
    ...(loaded.base ? { base: `${loaded.base.id} ${loaded.base.version}` } : {}),
    sha256: loaded.sha256,
    profile: (r.profile ?? []).map((q) => ({ code: q.code, label: text(q.label), description: text(q.description), answers: q.answers.map((a) => `${text(a.label)} (${a.value})`) })),
    bands: r.bands.map((b) => band(b, L)),
    outOfRange: [r.outOfRange?.below, r.outOfRange?.above].filter((b) => b !== undefined).map((b) => ({ code: b.code, label: text(b.label), range: '', ...(b.color ? { color: b.color } : {}) })),
    tree: node(r.root, 0),
  };
}
