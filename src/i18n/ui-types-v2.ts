/**
 * Words of the v2 parts of `merit template`, `merit gap`, `merit explain` and `merit diff`
 * (docs/rubric-v2.md): profile questions, conditions, not-applicable items, aspects' categories,
 * composites, normalisation and node rounding. Printed only for merit-rubric/2 results, so v1
 * output keeps its words.
 */
export interface TemplateV2Words {
  /** The v2 hint column's header: the first spelling the reader does not take for a field wins. */
  hintHeaders: readonly string[];
  /** What the hint column holds. */
  hintMeaning: string;
  /** The aspect cell of profile rows. */
  profileAspect: string;
  chooseAnswer: string;
  /** `Pilihan: A | B` */
  answers: (list: string) => string;
  /** `Berlaku bila jenis = Instansi Pusat` */
  appliesWhen: (conditions: string) => string;
  /** `jenis = Instansi Pusat atau Pemda` */
  is: (subject: string, values: string) => string;
  isNot: (subject: string, values: string) => string;
  or: string;
  and: string;
  criterion: (code: string) => string;
  column: (key: string) => string;
  /** Leaves that may be declared not applicable. */
  orNotApplicable: (word: string) => string;
  /** Instructions: the profile section's heading and its text. */
  profileKey: string;
  profileText: string;
  /** Instructions: conditions and not-applicable items. */
  applicabilityKey: string;
  conditionsText: (hintHeader: string) => string;
  notApplicableText: (word: string) => string;
}

export interface AnalysisV2Words {
  // gap --target-aspects
  aspectsTitle: string;
  aspectsTarget: (band: string) => string;
  aspectHead: (code: string, name: string, from: string, to: string) => string;
  stepsWord: (n: number) => string;
  aspectAlready: (category: string) => string;
  aspectUnreachable: (best: string) => string;
  aspectGain: string;
  requirement: string;
  allAlready: (band: string) => string;
  someUnreachable: string;
  joint: string;
  aspectsRule: string;
  notApplicableSkipped: (list: string) => string;
  totalAfter: string;
  /** gap, method `frontier`: the fewest steps are proven, the choice among equals is not. */
  stepsMinimal: string;

  // explain
  notApplicableHead: string;
  /** `berlaku bila profil jenis ∈ {pusat}; di sini: Instansi Daerah` */
  conditionWhy: (subject: string, op: 'in' | 'notIn', values: string, value: string | undefined) => string;
  profileSubject: (code: string, label: string) => string;
  criterionSubject: (code: string) => string;
  columnSubject: (key: string) => string;
  declaredWhy: (word: string, cell: string | undefined) => string;
  refusedWhy: string;
  leftOut: string;
  normalised: (score: string, max: string, n: string, result: string) => string;
  nodeRounding: (from: string, to: string, rule: string) => string;
  category: (category: string, range: string) => string;
  capped: (from: string, children: string, atLeast: string, of: string) => string;
  incomplete: (missing: string, fallback: string) => string;
  profileHead: string;
  unanswered: string;

  // diff
  categoriesHeading: (n: number) => string;
  noCategoryChanges: string;
}

/**
 * Words of the next steps per aspect in every report (src/scoring/next-steps.ts has the rule) and
 * of a rubric's notice. Printed only when an assessment carries them.
 */
export interface NextStepsWords {
  /** Heading of the section. */
  heading: string;
  /** The rule in one sentence, under the heading. */
  rule: string;
  /** An aspect below its set's top band: `Developing 0.54 → Intermediate (from 0.61)` */
  toward: (from: string, score: string, to: string, edge: string) => string;
  /** An aspect in its set's top band: `High 0.83, the top category (from 0.81)` */
  top: (category: string, score: string, edge: string) => string;
  /** Column heads. */
  aspect: string;
  item: string;
  levelNow: string;
  nextLevel: string;
  /** Column head (XLSX): the next level's label. */
  levelLabel: string;
  requirement: string;
  gap: string;
  nextCategory: string;
  /** `level 1 → 2 Established` */
  change: (now: string, next: string, label: string) => string;
  /** An item with no readable level now. */
  noLevel: string;
  /** XLSX sheet name (at most 31 characters). */
  sheet: string;
  /** Label of the rubric's notice (XLSX field, HTML heading, CSV status word). */
  notice: string;
}
