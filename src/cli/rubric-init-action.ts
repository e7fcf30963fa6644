/**
 * `merit rubric init`: a new rubric from flags (id, title, aspects, criteria per aspect, level
 * scale) or `--from <bundled id>` (a `merit-rubric/2` file that `extends` it), with a fixture
 * folder next to it (one example evidence file and its expectation, written by scoring the example
 * with the new rubric), then the next commands. Non-interactive: every answer is a flag with a
 * default. Never overwrites a file without --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../diagnostics.js';
import { UsageError } from '../diagnostics.js';
import { listBundledRubrics, loadRubric } from '../rubric/load.js';
import type { Band, GroupNode, LeafNode, LocalText, Rubric } from '../rubric/types.js';
import { rubricsDir, schemasDir } from '../paths.js';
import { toolkitText } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { writeFileAtomic } from './atomic.js';
import { scoreFile } from './pipeline.js';
import { EXPECT_SCHEMA_FILE, expectationOf } from './rubric-test-expect.js';
import type { RubricInitOptions } from './rubric-toolkit-types.js';

type Key = Parameters<typeof toolkitText>[1];
/** A text in both languages from the toolkit's words. */
const both = (key: Key, args: Record<string, string | number> = {}): LocalText => ({ id: toolkitText('id', key, args), en: toolkitText('en', key, args) });

const bad = (option: string, value: string) => new UsageError('INIT_BAD_OPTION', { option, value });

/** A relative `$schema` from `file`'s folder to a file of the package. */
function relRef(file: string, target: string): string {
  const rel = relative(dirname(file), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

interface Plan {
  rubricFile: string;
  rubric: Record<string, unknown>;
  /** The example evidence: written text, or a file to copy. */
  example: { name: string; text?: string; copy?: string };
}

export async function init(ctx: CliContext, opts: RubricInitOptions): Promise<void> {
  const dir = resolve(opts.dir ?? '.');
  const plan = opts.from ? await fromBundled(opts, dir) : fromFlags(opts, dir, ctx.lang);
  const id = String(plan.rubric.id);
  const fixtureDir = join(dir, 'fixtures', id);
  const exampleFile = join(fixtureDir, plan.example.name);
  const expectFile = exampleFile.replace(/\.[^.]+$/, '.expect.json');
  for (const f of [plan.rubricFile, exampleFile, expectFile]) if (existsSync(f) && !opts.force) throw new UsageError('INIT_EXISTS', { file: relative(process.cwd(), f) || f });

  mkdirSync(fixtureDir, { recursive: true });
  writeFileAtomic(plan.rubricFile, JSON.stringify(plan.rubric, null, 2) + '\n');
  writeFileAtomic(exampleFile, plan.example.copy ? readFileSync(plan.example.copy) : plan.example.text!);
  // The expectation is what the new rubric gives the example: check it, then keep it as the test.
  const loaded = await loadRubric(plan.rubricFile);
  const { assessment } = await scoreFile(exampleFile, loaded, { limits: {}, gates: {} });
  const expectation = expectationOf(assessment, relRef(expectFile, join(schemasDir(), EXPECT_SCHEMA_FILE)), { description: `${plan.example.name}: ${toolkitText(ctx.lang, 'initProvenance')}` });
  writeFileAtomic(expectFile, JSON.stringify(expectation, null, 2) + '\n');

  const show = (f: string) => relative(process.cwd(), f) || f;
  const L = ctx.lang;
  for (const f of [plan.rubricFile, exampleFile, expectFile]) ctx.stdout(`${ctx.out.green('✓')} ${toolkitText(L, 'initWrote', { file: show(f) })}\n`);
  const r = show(plan.rubricFile);
  ctx.stdout(
    [
      '',
      ctx.out.bold(toolkitText(L, 'initNext')),
      `  ${toolkitText(L, 'initNextEdit', { file: r })}`,
      `  $ merit rubric validate ${r}`,
      `  $ merit rubric show ${r} --format html > ${id}.html`,
      `  $ merit rubric test ${r}`,
      `  $ merit template --rubric ${r} -o ${id}-bukti.xlsx`,
      `  ${toolkitText(L, 'initNextUpdate')}`,
      `  $ merit rubric test ${r} --update --force`,
      '',
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------

function fromFlags(o: RubricInitOptions, dir: string, L: Lang): Plan {
  const id = o.id ?? 'rubrik-baru';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw bad('--id', id);
  const version = o.rubricVersion ?? '0.1.0';
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw bad('--rubric-version', version);
  const aspectsArg = o.aspects ?? '3';
  const names = /^\d+$/.test(aspectsArg) ? undefined : aspectsArg.split(',').map((s) => s.trim()).filter(Boolean);
  const aspects = names ? names.length : Number(aspectsArg);
  if (!(aspects >= 1 && aspects <= 50)) throw bad('--aspects', aspectsArg);
  const criteria = Number(o.criteria ?? '3');
  if (!(Number.isInteger(criteria) && criteria >= 1 && criteria <= 50)) throw bad('--criteria', String(o.criteria));
  const m = /^(\d+)-(\d+)$/.exec(o.scale ?? '0-4');
  const lo = m ? Number(m[1]) : NaN;
  const hi = m ? Number(m[2]) : NaN;
  if (!(lo >= 0 && hi > lo && hi <= 10)) throw bad('--scale', String(o.scale));

  const children: GroupNode[] = [];
  const rows: string[] = [];
  for (let a = 1; a <= aspects; a++) {
    const leaves: LeafNode[] = [];
    for (let c = 1; c <= criteria; c++) {
      const code = `A${a}.${c}`;
      leaves.push({ code, name: both('initCriterion', { code }), scoring: { kind: 'levels', scale: 'level', weight: 1 } as LeafNode['scoring'] });
      // The example climbs through the scale, so each aspect scores differently.
      rows.push(`${code};${lo + ((a + c) % (hi - lo + 1))}`);
    }
    const name = names?.[a - 1];
    children.push({ code: `A${a}`, name: name ? { id: name, en: name } : both('initAspect', { n: a }), children: leaves });
  }
  const max = aspects * criteria * hi;
  const edge = (i: number) => Math.round(((max * i) / 4) * 100) / 100;
  const bands: Band[] = [1, 2, 3, 4].map((i) => ({
    code: ['D', 'C', 'B', 'A'][i - 1]!,
    label: both(`initBand${i}` as Key),
    ...(i > 1 ? { min: edge(i - 1) } : { min: 0 }),
    ...(i < 4 ? { max: edge(i) } : { max, maxInclusive: true }),
  }));
  const rubricFile = join(dir, `${id}.rubric.json`);
  const title: LocalText = { id: o.title ?? id, en: o.titleEn ?? o.title ?? id };
  const rubric: Rubric = {
    $schema: relRef(rubricFile, join(rubricsDir(), 'schema', 'rubric-2.schema.json')),
    format: 'merit-rubric/2',
    id,
    version,
    title,
    status: 'provisional',
    legalBasis: [{ ref: toolkitText(L, 'initLegalBasis') }],
    subject: 'agency',
    provenance: { source: toolkitText(L, 'initProvenance'), confidence: 'uncertain' },
    missing: 'zero',
    rounding: { decimals: 2, mode: 'half-up' },
    scales: { level: { levels: Array.from({ length: hi - lo + 1 }, (_, i) => ({ value: lo + i, label: both('initLevel', { n: lo + i }) })) } },
    root: { code: id.toUpperCase(), name: title, aggregate: 'sum', children },
    bands,
  };
  const text = [`Instansi:;${toolkitText(L, 'initExampleName')}`, '', 'Kode;Level', ...rows].join('\n') + '\n';
  return { rubricFile, rubric: rubric as unknown as Record<string, unknown>, example: { name: 'contoh.csv', text } };
}

async function fromBundled(o: RubricInitOptions, dir: string): Promise<Plan> {
  const from = o.from!;
  const bundled = await listBundledRubrics();
  const base = bundled.find((b) => b.id === from);
  if (!base) throw new UsageError('INIT_FROM_NOT_BUNDLED', { value: from, ids: bundled.map((b) => b.id).join(', ') });
  const { rubric } = await loadRubric(from);
  const id = o.id ?? `${from}-turunan`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw bad('--id', id);
  const version = o.rubricVersion ?? '0.1.0';
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw bad('--rubric-version', version);
  const rubricFile = join(dir, `${id}.rubric.json`);
  const doc: Record<string, unknown> = {
    $schema: relRef(rubricFile, join(rubricsDir(), 'schema', 'rubric-2.schema.json')),
    format: 'merit-rubric/2',
    id,
    version,
    status: 'provisional',
    ...(o.title ? { title: { id: o.title, en: o.titleEn ?? o.title } } : {}),
    extends: { id: from, version: rubric.version },
    override: {},
  };
  // The example: the base's first bundled fixture (real evidence made for it).
  const fixtures = join(rubricsDir(), 'fixtures', from);
  const first = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => !f.endsWith('.expect.json')).sort()[0] : undefined;
  if (!first) throw new UsageError('INIT_FROM_NOT_BUNDLED', { value: from, ids: bundled.map((b) => b.id).join(', ') });
  return { rubricFile, rubric: doc, example: { name: first, copy: join(fixtures, first) } };
}
