/**
 * The JSON Schema: compiles under ajv strict mode, matches src/rubric/types.ts key for key, and
 * accepts every bundled rubric (which then also pass the semantic lint).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/i18n/index.js';
import type {
  Band,
  BooleanScoring,
  DeductionScoring,
  Extends,
  NominalScale,
  NumberScoring,
  Overrides,
  ProfileAnswer,
  ProfileQuestion,
  RatioScoring,
  ColumnDef,
  Condition,
  EvidenceLayout,
  GroupNode,
  LeafNode,
  LegalBasis,
  Level,
  LevelsScoring,
  LinearScoring,
  LocalText,
  LookupScoring,
  OutOfRangeLabel,
  Population,
  Provenance,
  Rubric,
  Scale,
  ThresholdsScoring,
} from '../../src/rubric/types.js';
import { validateRubricText } from '../../src/rubric/validate.js';
import schema from '../../rubrics/schema/rubric-1.schema.json' with { type: 'json' };
import schema2 from '../../rubrics/schema/rubric-2.schema.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '../..');
type SchemaObject = { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };
const defs = (schema as unknown as { $defs: Record<string, SchemaObject> }).$defs;

/** Keys of T, each marked required or optional: `satisfies` makes the list exact at compile time. */
type KeySpec<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? 'optional' : 'required' };

/** The v1 subset of the v2 types: rubric-1.schema.json refuses the v2 keys. */
type V1Rubric = Omit<Rubric, 'bandSets' | 'profile' | 'notApplicableValues' | 'nominal' | 'notice' | 'extends' | 'override'>;
type V2NodeKeys = 'variant' | 'notApplicable' | 'coefficient' | 'required' | 'normalize' | 'rounding' | 'bands';
type V1Condition = Required<Pick<Condition, 'column'>> & Pick<Condition, 'in' | 'notIn'>;

const MIRROR: [string, SchemaObject, Record<string, 'required' | 'optional'>][] = [
  ['rubric', schema as unknown as SchemaObject, {
    $schema: 'optional', format: 'required', id: 'required', version: 'required', title: 'required', description: 'optional', status: 'required',
    legalBasis: 'required', subject: 'required', provenance: 'optional', missing: 'optional', rounding: 'optional', scales: 'optional', root: 'required',
    bands: 'required', outOfRange: 'optional', evidence: 'optional', columns: 'optional', population: 'optional',
  } satisfies KeySpec<V1Rubric>],
  ['localText', defs.localText!, { id: 'required', en: 'required' } satisfies KeySpec<LocalText>],
  ['provenance', defs.provenance!, { source: 'required', confidence: 'required', note: 'optional' } satisfies KeySpec<Provenance>],
  ['legalBasis', defs.legalBasis!, { ref: 'required', title: 'optional', url: 'optional', date: 'optional' } satisfies KeySpec<LegalBasis>],
  ['level', defs.level!, { value: 'required', points: 'optional', label: 'required', description: 'optional', evidence: 'optional' } satisfies KeySpec<Level>],
  ['scale', defs.scale!, { label: 'optional', levels: 'required' } satisfies KeySpec<Scale>],
  ['levelsScoring', defs.levelsScoring!, { kind: 'required', scale: 'optional', levels: 'optional', weight: 'optional' } satisfies KeySpec<LevelsScoring>],
  ['lookupScoring', defs.lookupScoring!, { kind: 'required', cases: 'required', default: 'optional' } satisfies KeySpec<LookupScoring>],
  ['lookupCase', (defs.lookupScoring!.properties!.cases as { items: SchemaObject }).items, { match: 'required', points: 'required', label: 'optional' } satisfies KeySpec<LookupScoring['cases'][number]>],
  ['thresholdsScoring', defs.thresholdsScoring!, { kind: 'required', steps: 'required', otherwise: 'optional' } satisfies KeySpec<ThresholdsScoring>],
  ['thresholdStep', (defs.thresholdsScoring!.properties!.steps as { items: SchemaObject }).items, { min: 'required', inclusive: 'optional', points: 'required', label: 'optional' } satisfies KeySpec<ThresholdsScoring['steps'][number]>],
  ['linearScoring', defs.linearScoring!, { kind: 'required', factor: 'required', offset: 'optional', cap: 'required', floor: 'optional' } satisfies KeySpec<LinearScoring>],
  ['booleanScoring', defs.booleanScoring!, { kind: 'required', true: 'required', false: 'optional' } satisfies KeySpec<BooleanScoring>],
  ['condition', defs.condition!, { column: 'required', in: 'optional', notIn: 'optional' } satisfies KeySpec<V1Condition>],
  ['groupNode', defs.groupNode!, {
    code: 'required', name: 'required', description: 'optional', weight: 'optional', when: 'optional', missing: 'optional', provenance: 'optional',
    aggregate: 'optional', scale: 'optional', cap: 'optional', children: 'required',
  } satisfies KeySpec<Omit<GroupNode, V2NodeKeys | 'weightUnit' | 'fallback'>>],
  ['leafNode', defs.leafNode!, {
    code: 'required', name: 'required', description: 'optional', weight: 'optional', when: 'optional', missing: 'optional', provenance: 'optional',
    scoring: 'required', column: 'optional',
  } satisfies KeySpec<Omit<LeafNode, V2NodeKeys>>],
  ['band', defs.band!, {
    code: 'required', label: 'required', min: 'optional', minInclusive: 'optional', max: 'optional', maxInclusive: 'optional', color: 'optional', provenance: 'optional',
  } satisfies KeySpec<Omit<Band, 'requires'>>],
  ['outOfRangeLabel', defs.outOfRangeLabel!, { code: 'required', label: 'required', color: 'optional' } satisfies KeySpec<OutOfRangeLabel>],
  ['evidenceLayout', defs.evidenceLayout!, { aliases: 'optional' } satisfies KeySpec<EvidenceLayout>],
  ['evidenceAliases', defs.evidenceLayout!.properties!.aliases as SchemaObject, {
    code: 'optional', level: 'optional', verified: 'optional', evidence: 'optional', notes: 'optional', name: 'optional', verifierNotes: 'optional',
  } satisfies KeySpec<NonNullable<EvidenceLayout['aliases']>>],
  ['columnDef', defs.columnDef!, { key: 'required', header: 'required', aliases: 'optional', type: 'required', required: 'optional' } satisfies KeySpec<ColumnDef>],
  ['population', defs.population!, { aggregate: 'required', groupBy: 'optional', recordId: 'optional' } satisfies KeySpec<Population>],
];

describe('rubric-1.schema.json', () => {
  it('compiles under ajv strict mode (draft 2020-12) with no format keywords', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(JSON.stringify(schema)).not.toMatch(/"format":\s*"(?!merit)/);
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":\s*"http/);
  });

  it.each(MIRROR)('%s has exactly the keys and required keys of the TypeScript type', (_name, def, spec) => {
    expect(Object.keys(def.properties ?? {}).sort()).toEqual(Object.keys(spec).sort());
    expect([...(def.required ?? [])].sort()).toEqual(Object.keys(spec).filter((k) => spec[k] === 'required').sort());
    expect(def.additionalProperties).toBe(false);
  });

  it('the generated standalone validator is up to date with the schema', () => {
    // scripts/build.mjs embeds the schema objects in the generated module.
    const generated = readFileSync(join(ROOT, 'src/rubric/generated/validate-rubric.js'), 'utf8');
    expect(generated).toContain(JSON.stringify((schema as { $comment: string }).$comment));
    for (const [name, def] of Object.entries(defs)) if (def.properties) expect(generated, name).toContain(JSON.stringify(Object.keys(def.properties)[0]));
  });
});

type Mirror = [string, SchemaObject, Record<string, 'required' | 'optional'>][];
const defs2 = (schema2 as unknown as { $defs: Record<string, SchemaObject> }).$defs;
const top2 = schema2 as unknown as SchemaObject & { else: { required: string[] }; if: { required: string[] }; dependentRequired: Record<string, string[]> };
const items = (def: SchemaObject, key: string): SchemaObject => (def.properties![key] as { items: SchemaObject }).items;

/** With `extends`, these come from the base: the schema asks for them only without it. */
const FROM_BASE = ['title', 'legalBasis', 'subject', 'root', 'bands'];

/** merit-rubric/2: every definition has exactly the keys of its TypeScript type (the whole type, v2 keys included). */
const MIRROR_2: Mirror = [
  ['localText', defs2.localText!, { id: 'required', en: 'required' } satisfies KeySpec<LocalText>],
  ['provenance', defs2.provenance!, { source: 'required', confidence: 'required', note: 'optional' } satisfies KeySpec<Provenance>],
  ['legalBasis', defs2.legalBasis!, { ref: 'required', title: 'optional', url: 'optional', date: 'optional' } satisfies KeySpec<LegalBasis>],
  ['level', defs2.level!, { value: 'required', points: 'optional', label: 'required', description: 'optional', evidence: 'optional' } satisfies KeySpec<Level>],
  ['scale', defs2.scale!, { label: 'optional', levels: 'required' } satisfies KeySpec<Scale>],
  ['levelsScoring', defs2.levelsScoring!, { kind: 'required', scale: 'optional', levels: 'optional', weight: 'optional' } satisfies KeySpec<LevelsScoring>],
  ['lookupScoring', defs2.lookupScoring!, { kind: 'required', cases: 'required', default: 'optional' } satisfies KeySpec<LookupScoring>],
  ['lookupCase', items(defs2.lookupScoring!, 'cases'), { match: 'required', points: 'required', label: 'optional' } satisfies KeySpec<LookupScoring['cases'][number]>],
  ['thresholdsScoring', defs2.thresholdsScoring!, { kind: 'required', steps: 'required', otherwise: 'optional' } satisfies KeySpec<ThresholdsScoring>],
  ['thresholdStep', items(defs2.thresholdsScoring!, 'steps'), { min: 'required', inclusive: 'optional', points: 'required', label: 'optional' } satisfies KeySpec<ThresholdsScoring['steps'][number]>],
  ['linearScoring', defs2.linearScoring!, { kind: 'required', factor: 'required', offset: 'optional', cap: 'required', floor: 'optional' } satisfies KeySpec<LinearScoring>],
  ['booleanScoring', defs2.booleanScoring!, { kind: 'required', true: 'required', false: 'optional' } satisfies KeySpec<BooleanScoring>],
  ['numberScoring', defs2.numberScoring!, {
    kind: 'required', min: 'required', max: 'required', unit: 'optional', decimals: 'optional', percentAccepted: 'optional', points: 'optional',
  } satisfies KeySpec<NumberScoring>],
  ['ratioScoring', defs2.ratioScoring!, { kind: 'required', numerator: 'required', denominator: 'required', points: 'required' } satisfies KeySpec<RatioScoring>],
  ['deductionScoring', defs2.deductionScoring!, { kind: 'required', max: 'required', default: 'optional', unit: 'optional' } satisfies KeySpec<DeductionScoring>],
  ['condition', defs2.condition!, { column: 'optional', profile: 'optional', criterion: 'optional', in: 'optional', notIn: 'optional' } satisfies KeySpec<Condition>],
  ['groupNode', defs2.groupNode!, {
    code: 'required', name: 'required', description: 'optional', weight: 'optional', when: 'optional', variant: 'optional', missing: 'optional',
    notApplicable: 'optional', coefficient: 'optional', required: 'optional', normalize: 'optional', rounding: 'optional', bands: 'optional', provenance: 'optional',
    aggregate: 'optional', weightUnit: 'optional', fallback: 'optional', scale: 'optional', cap: 'optional', children: 'required',
  } satisfies KeySpec<GroupNode>],
  ['leafNode', defs2.leafNode!, {
    code: 'required', name: 'required', description: 'optional', weight: 'optional', when: 'optional', variant: 'optional', missing: 'optional',
    notApplicable: 'optional', coefficient: 'optional', required: 'optional', normalize: 'optional', rounding: 'optional', bands: 'optional', provenance: 'optional',
    scoring: 'required', column: 'optional',
  } satisfies KeySpec<LeafNode>],
  ['notApplicable', defs2.leafNode!.properties!.notApplicable as SchemaObject, { allowed: 'required', reason: 'optional' } satisfies KeySpec<NonNullable<LeafNode['notApplicable']>>],
  ['band', defs2.band!, {
    code: 'required', label: 'required', min: 'optional', minInclusive: 'optional', max: 'optional', maxInclusive: 'optional', color: 'optional',
    requires: 'optional', provenance: 'optional',
  } satisfies KeySpec<Band>],
  ['bandRequires', defs2.bandRequires!, { atLeast: 'required', of: 'optional' } satisfies KeySpec<NonNullable<Band['requires']>>],
  ['outOfRange', (schema2 as unknown as SchemaObject).properties!.outOfRange as SchemaObject, { below: 'optional', above: 'optional' } satisfies KeySpec<NonNullable<Rubric['outOfRange']>>],
  ['outOfRangeLabel', defs2.outOfRangeLabel!, { code: 'required', label: 'required', color: 'optional' } satisfies KeySpec<OutOfRangeLabel>],
  ['evidenceLayout', defs2.evidenceLayout!, { aliases: 'optional' } satisfies KeySpec<EvidenceLayout>],
  ['evidenceAliases', defs2.evidenceLayout!.properties!.aliases as SchemaObject, {
    code: 'optional', level: 'optional', verified: 'optional', evidence: 'optional', notes: 'optional', name: 'optional', verifierNotes: 'optional',
  } satisfies KeySpec<NonNullable<EvidenceLayout['aliases']>>],
  ['columnDef', defs2.columnDef!, { key: 'required', header: 'required', aliases: 'optional', type: 'required', required: 'optional' } satisfies KeySpec<ColumnDef>],
  ['population', defs2.population!, { aggregate: 'required', groupBy: 'optional', recordId: 'optional' } satisfies KeySpec<Population>],
  ['profileQuestion', defs2.profileQuestion!, { code: 'required', label: 'required', description: 'optional', answers: 'required', provenance: 'optional' } satisfies KeySpec<ProfileQuestion>],
  ['profileAnswer', defs2.profileAnswer!, { value: 'required', label: 'required', aliases: 'optional' } satisfies KeySpec<ProfileAnswer>],
  ['nominal', defs2.nominal!, { label: 'required', factor: 'required', offset: 'optional', unit: 'optional', rounding: 'optional', provenance: 'optional' } satisfies KeySpec<NominalScale>],
  ['extends', defs2.extends!, { id: 'required', version: 'required', path: 'optional' } satisfies KeySpec<Extends>],
  ['overrides', defs2.overrides!, {
    weights: 'optional', coefficients: 'optional', texts: 'optional', provenance: 'optional', bands: 'optional', bandSets: 'optional',
  } satisfies KeySpec<Overrides>],
  ['overrideText', defs2.overrideText!, { name: 'optional', description: 'optional' } satisfies KeySpec<NonNullable<Overrides['texts']>[string]>],
];

const RUBRIC_2 = {
  $schema: 'optional', format: 'required', id: 'required', version: 'required', title: 'required', description: 'optional', status: 'required',
  legalBasis: 'required', subject: 'required', provenance: 'optional', missing: 'optional', rounding: 'optional', scales: 'optional', root: 'required',
  bands: 'required', outOfRange: 'optional', bandSets: 'optional', profile: 'optional', notApplicableValues: 'optional', nominal: 'optional',
  notice: 'optional', extends: 'optional', override: 'optional', evidence: 'optional', columns: 'optional', population: 'optional',
} satisfies KeySpec<Rubric>;

describe('rubric-2.schema.json', () => {
  it('compiles under ajv strict mode (draft 2020-12) with no format keywords', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema2)).not.toThrow();
    expect(JSON.stringify(schema2)).not.toMatch(/"format":\s*"(?!merit)/);
    expect(JSON.stringify(schema2)).not.toMatch(/"\$ref":\s*"http/);
  });

  it('the rubric has exactly the keys of Rubric; with `extends` the base supplies title, legal basis, subject, tree and bands', () => {
    expect(Object.keys(top2.properties!).sort()).toEqual(Object.keys(RUBRIC_2).sort());
    const required = Object.keys(RUBRIC_2).filter((k) => RUBRIC_2[k as keyof typeof RUBRIC_2] === 'required');
    expect([...top2.required!, ...top2.else.required].sort()).toEqual(required.sort());
    expect(top2.else.required.sort()).toEqual([...FROM_BASE].sort());
    expect(top2.if.required).toEqual(['extends']);
    expect(top2.dependentRequired).toEqual({ override: ['extends'] });
    expect(top2.additionalProperties).toBe(false);
  });

  it.each(MIRROR_2)('%s has exactly the keys and required keys of the TypeScript type', (_name, def, spec) => {
    expect(Object.keys(def.properties ?? {}).sort()).toEqual(Object.keys(spec).sort());
    expect([...(def.required ?? [])].sort()).toEqual(Object.keys(spec).filter((k) => spec[k] === 'required').sort());
    expect(def.additionalProperties).toBe(false);
  });

  it('mirrors every closed definition (rounding is the union { step } | { decimals }, checked by its oneOf)', () => {
    const mirrored = new Set(MIRROR_2.map(([, def]) => def));
    const closed = Object.entries(defs2).filter(([, def]) => def.additionalProperties === false && !mirrored.has(def)).map(([name]) => name);
    expect(closed).toEqual(['rounding']);
  });

  it('is a superset of rubric-1.schema.json: every v1 definition and key is there', () => {
    for (const [name, def] of Object.entries(defs)) {
      expect(defs2[name], name).toBeDefined();
      for (const key of Object.keys(def.properties ?? {})) expect(defs2[name]!.properties, `${name}.${key}`).toHaveProperty(key);
    }
    for (const key of Object.keys((schema as unknown as SchemaObject).properties!)) expect(top2.properties).toHaveProperty(key);
  });

  it('the generated standalone validator is up to date with the schema', () => {
    const generated = readFileSync(join(ROOT, 'src/rubric/generated/validate-rubric-2.js'), 'utf8');
    expect(generated).toContain(JSON.stringify((schema2 as { $comment: string }).$comment));
    for (const [name, def] of Object.entries(defs2)) if (def.properties) expect(generated, name).toContain(JSON.stringify(Object.keys(def.properties)[0]));
  });
});

describe('bundled rubrics', () => {
  const files = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.json')).sort();

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s passes the schema and the semantic lint', async (file) => {
    const text = readFileSync(join(ROOT, 'rubrics', file), 'utf8');
    const r = await validateRubricText(text, `rubrics/${file}`);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, 'en'));
    expect(errors).toEqual([]);
    expect(r.rubric).toBeDefined();
    expect(r.rubric!.id).toBe(file.replace(/\.json$/, ''));
    // A provisional rubric says which parts are provisional; an official one has no unconfirmed part.
    const text2 = JSON.stringify(r.rubric);
    if (r.rubric!.status === 'provisional') expect(text2).toMatch(/"confidence":"(inferred|uncertain)"/);
    expect(createHash('sha256').update(text).digest('hex')).toMatch(/^[0-9a-f]{64}$/);
  });
});
