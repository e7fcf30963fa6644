/**
 * The house rules of src/, read from the source (docs/architecture.md, "Import rule"):
 *
 * (a) Layers, top to bottom: cli → report/template → scoring → evidence → rubric → base
 *     (src/decimal.ts, diagnostics.ts, paths.ts, version.ts, src/i18n/). An import may go down or
 *     stay in its layer, never up; nothing outside src/cli imports src/cli.
 * (b) No import cycle spans two or more files, except a command module in src/cli and the action
 *     module it imports lazily (`await import('./x-action.js')`), which may import it back.
 * (c) No file in src/ is over 500 lines.
 *
 * Every import counts: static, `import type`, re-exports and dynamic `import()`. Type imports are
 * erased from the bundle but still tie one room to another, so they obey the rules too (with the
 * one allowance below).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 500;

/**
 * Violations other branches of the same change are removing (issue 12). Each line is exactly what
 * the test prints. Delete a line when its violation is gone (the test fails on a line that no longer
 * matches anything, so this list cannot go stale); the list should end empty.
 */
const KNOWN: readonly string[] = [
];

/**
 * Upward imports the design asks for. A saved report *is* an Assessment: its reader
 * (src/evidence, "readers (xlsx, csv, saved reports)") needs the Assessment's types, and only
 * its types, from src/scoring.
 */
const ALLOWED_UP: readonly { from: string; to: string; typeOnly: true }[] = [{ from: 'src/evidence/saved-report.ts', to: 'src/scoring/types.ts', typeOnly: true }];

const BASE = new Set(['src/decimal.ts', 'src/diagnostics.ts', 'src/paths.ts', 'src/version.ts', 'src/vocabulary.ts']);
const LAYERS: readonly { name: string; holds: (f: string) => boolean }[] = [
  { name: 'base', holds: (f) => BASE.has(f) || f.startsWith('src/i18n/') },
  { name: 'rubric', holds: (f) => f.startsWith('src/rubric/') },
  { name: 'evidence', holds: (f) => f.startsWith('src/evidence/') },
  { name: 'scoring', holds: (f) => f.startsWith('src/scoring/') },
  { name: 'report/template', holds: (f) => f.startsWith('src/report/') || f.startsWith('src/template/') },
  { name: 'cli', holds: (f) => f.startsWith('src/cli/') },
];

/** Layer index (0 = base), or -1 for a file in no layer. */
function layerOf(file: string): number {
  return LAYERS.findIndex((l) => l.holds(file));
}

interface Edge {
  from: string;
  to: string;
  /** Every import of `to` in `from` is `import type` / `export type` (or all its names are `type`). */
  typeOnly: boolean;
  /** Every import of `to` in `from` is a dynamic `import()`. */
  dynamicOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `src/...` with `/`, whatever the platform. */
const rel = (abs: string): string => relative(ROOT, abs).split(sep).join('/');

/** Imports of one file, by resolved target; specifiers outside src/ (packages, schemas) are skipped. */
function importsOf(abs: string, unresolved: string[]): Map<string, { type: boolean; dynamic: boolean }[]> {
  const text = readFileSync(abs, 'utf8');
  const source = ts.createSourceFile(abs, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<string, { type: boolean; dynamic: boolean }[]>();
  const add = (spec: string, type: boolean, dynamic: boolean): void => {
    if (!spec.startsWith('.')) return;
    const target = resolve(dirname(abs), spec);
    if (!target.startsWith(SRC + sep)) return;
    const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')];
    const hit = candidates.find((c) => {
      try {
        return statSync(c).isFile();
      } catch {
        return false;
      }
    });
    if (!hit) {
      unresolved.push(`${rel(abs)} -> ${spec}`);
      return;
    }
    const key = rel(hit);
    found.set(key, [...(found.get(key) ?? []), { type, dynamic }]);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const type = Boolean(clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))));
      add(node.moduleSpecifier.text, type, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier.text, node.isTypeOnly || Boolean(named && named.length > 0 && named.every((e) => e.isTypeOnly)), false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      let arg = node.arguments[0];
      // `import('exceljs/…' as string)` (a package path kept out of the type checker's reach).
      while (arg && (ts.isAsExpression(arg) || ts.isParenthesizedExpression(arg))) arg = arg.expression;
      if (arg && ts.isStringLiteralLike(arg)) add(arg.text, false, true);
      else unresolved.push(`${rel(abs)} -> import(${arg ? arg.getText(source) : ''}) (not a literal)`);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true, false); // `import('./x.js').T` in a type position
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function readGraph(): { files: string[]; edges: Edge[]; unresolved: string[] } {
  const unresolved: string[] = [];
  const absFiles = sourceFiles(SRC).sort();
  const edges: Edge[] = [];
  for (const abs of absFiles) {
    for (const [to, uses] of importsOf(abs, unresolved)) {
      edges.push({ from: rel(abs), to, typeOnly: uses.every((u) => u.type), dynamicOnly: uses.every((u) => u.dynamic) });
    }
  }
  return { files: absFiles.map(rel), edges, unresolved };
}

function layerViolations(files: readonly string[], edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const f of files) if (layerOf(f) < 0) out.push(`outside every layer: ${f}`);
  for (const e of edges) {
    if (e.from === e.to) continue;
    const [a, b] = [layerOf(e.from), layerOf(e.to)];
    const intoCli = b === LAYERS.length - 1 && a !== b;
    // A file in no layer is reported once, as such; of its imports only one into src/cli.
    if (!intoCli && (b <= a || a < 0)) continue;
    if (ALLOWED_UP.some((x) => x.from === e.from && x.to === e.to && (!x.typeOnly || e.typeOnly))) continue;
    out.push(`layer: ${e.from} -> ${e.to}${intoCli ? ' (imports src/cli)' : ''}`);
  }
  return out;
}

/** Strongly connected components of two or more files (Tarjan). */
function cycles(files: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) if (e.from !== e.to) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return out;
}

/**
 * A command module and the action it loads lazily: `src/cli/<name>.ts` importing
 * `src/cli/<name>-action.ts` only through `import()` (so `merit --help` never loads it); the
 * action may import the command's option types and lists back. Two actions importing each other
 * (score-action and batch-action once did) are a loop like any other.
 */
function isCommandAndAction(component: readonly string[], edges: readonly Edge[]): boolean {
  if (component.length !== 2) return false;
  const [x, y] = component as [string, string];
  const ok = (command: string, action: string) =>
    /^src\/cli\/[^/]+\.ts$/.test(command) &&
    action === command.replace(/\.ts$/, '-action.ts') &&
    edges.some((e) => e.from === command && e.to === action && e.dynamicOnly);
  return ok(x, y) || ok(y, x);
}

/** A cycle said as the files' imports: `a -> b -> a` for two files, every edge inside the component for more. */
function cycleViolations(files: readonly string[], edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const c of cycles(files, edges)) {
    if (isCommandAndAction(c, edges)) continue;
    if (c.length === 2) out.push(`cycle: ${c[0]} -> ${c[1]} -> ${c[0]}`);
    else {
      const inside = edges.filter((e) => c.includes(e.from) && c.includes(e.to) && e.from !== e.to).map((e) => `${e.from} -> ${e.to}`);
      out.push(`cycle: ${c.join(', ')} (imports: ${inside.join('; ')})`);
    }
  }
  return out;
}

function lineViolations(files: readonly string[]): string[] {
  return files.flatMap((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    return lines > MAX_LINES ? [`lines: ${f}`] : [];
  });
}

/** Fails with every violation not in KNOWN, one a line, and every KNOWN line that no longer happens. */
function check(violations: readonly string[], known: readonly string[] = KNOWN): void {
  const unexpected = violations.filter((v) => !known.includes(v));
  const gone = known.filter((k) => !violations.includes(k));
  const still = violations.filter((v) => known.includes(v));
  if (still.length) console.info(`known violations (being removed on other branches):\n  ${still.join('\n  ')}`);
  const message = [
    ...(unexpected.length ? ['new violations of the import rule:', ...unexpected.map((v) => `  ${v}`)] : []),
    ...(gone.length ? ['KNOWN lists violations that are gone (delete these lines):', ...gone.map((v) => `  ${v}`)] : []),
  ].join('\n');
  expect(message, message).toBe('');
}

describe('import rule', () => {
  const graph = readGraph();
  const layers = layerViolations(graph.files, graph.edges);
  const loops = cycleViolations(graph.files, graph.edges);
  const long = lineViolations(graph.files);
  const all = [...layers, ...loops, ...long];
  // Print every violation (known or not) once, so a run shows the whole picture.
  if (all.length) console.info(`import rule violations:\n  ${all.join('\n  ')}`);

  it('reads the imports it checks (every relative import resolves to a file in src/)', () => {
    expect(graph.unresolved).toEqual([]);
    expect(graph.edges.length).toBeGreaterThan(100);
  });

  it('(a) imports go down the layers: cli -> report/template -> scoring -> evidence -> rubric -> base; nothing imports src/cli', () => {
    check(layers, KNOWN.filter((k) => k.startsWith('layer: ') || k.startsWith('outside ')));
  });

  it('(b) no import cycle spans two files, except a command module and its lazily imported action', () => {
    check(loops, KNOWN.filter((k) => k.startsWith('cycle: ')));
  });

  it(`(c) no file in src/ is over ${MAX_LINES} lines`, () => {
    check(long, KNOWN.filter((k) => k.startsWith('lines: ')));
  });

  // The checker itself: each rule catches what it is meant to catch.
  it('the checker sees an upward import, an import of src/cli, a loop and the command/action pair', () => {
    const files = ['src/rubric/a.ts', 'src/scoring/b.ts', 'src/report/c.ts', 'src/report/d.ts', 'src/cli/x.ts', 'src/cli/x-action.ts'];
    const e = (from: string, to: string, typeOnly = false, dynamicOnly = false): Edge => ({ from, to, typeOnly, dynamicOnly });
    const edges = [
      e('src/rubric/a.ts', 'src/scoring/b.ts', true),
      e('src/report/c.ts', 'src/cli/x.ts'),
      e('src/report/c.ts', 'src/report/d.ts'),
      e('src/report/d.ts', 'src/report/c.ts'),
      e('src/cli/x.ts', 'src/cli/x-action.ts', false, true),
      e('src/cli/x-action.ts', 'src/cli/x.ts', true),
    ];
    expect(layerViolations(files, edges)).toEqual(['layer: src/rubric/a.ts -> src/scoring/b.ts', 'layer: src/report/c.ts -> src/cli/x.ts (imports src/cli)']);
    expect(cycleViolations(files, edges)).toEqual(['cycle: src/report/c.ts -> src/report/d.ts -> src/report/c.ts']);
    // Two actions, one loading the other lazily, are no command and its action.
    const actions = [e('src/cli/x-action.ts', 'src/cli/y-action.ts', false, true), e('src/cli/y-action.ts', 'src/cli/x-action.ts')];
    expect(cycleViolations([...files, 'src/cli/y-action.ts'], actions)).toEqual(['cycle: src/cli/x-action.ts -> src/cli/y-action.ts -> src/cli/x-action.ts']);
    // A command importing its action statically is a loop like any other.
    const eager = edges.map((x) => (x.from === 'src/cli/x.ts' && x.to === 'src/cli/x-action.ts' ? { ...x, dynamicOnly: false } : x));
    expect(cycleViolations(files, eager)).toContain('cycle: src/cli/x-action.ts -> src/cli/x.ts -> src/cli/x-action.ts');
    // A file in no layer is said once; its imports count only when they reach src/cli.
    expect(layerViolations(['src/misc/m.ts', 'src/rubric/a.ts', 'src/cli/x.ts'], [e('src/misc/m.ts', 'src/rubric/a.ts'), e('src/misc/m.ts', 'src/cli/x.ts')])).toEqual([
      'outside every layer: src/misc/m.ts',
      'layer: src/misc/m.ts -> src/cli/x.ts (imports src/cli)',
    ]);
  });
});
