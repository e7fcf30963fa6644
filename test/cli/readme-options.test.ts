// README's option tables and `--help` agree: every option --help lists for a command is in a
// README table for that command, and every option a table lists is one the command has. A table
// names its commands in its header: "| `merit gap`, `merit diff` option | meaning |".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merit, ROOT } from '../helpers/cli.js';

/** The flags (`-r`, `--rubric`) written in backticks in a table cell. */
function flagsIn(cell: string): string[] {
  const code = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return code.flatMap((c) => [...c.matchAll(/(?:^|[\s,/])(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

/** Command path (`''`, `score`, `rubric show`) → the flags README's tables give it. */
function readmeTables(): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    const header = /^\| ((?:`merit[^`]*`(?:, )?)+) options? \|/.exec(line);
    if (!header || !lines[i + 1]?.startsWith('|---')) continue;
    const commands = [...header[1]!.matchAll(/`merit ?([^`]*)`/g)].map((m) => m[1]!);
    const flags = new Set<string>();
    for (const row of lines.slice(i + 2)) {
      if (!row.startsWith('|')) break;
      const first = row.split(/(?<!\\)\|/)[1] ?? '';
      for (const f of flagsIn(first)) flags.add(f);
    }
    for (const c of commands) tables.set(c, new Set([...(tables.get(c) ?? []), ...flags]));
  }
  return tables;
}

/** The flags of a command's `--help` (its Options section), and its subcommands. */
function helpOf(path: string): { flags: Set<string>; subcommands: string[] } {
  const text = merit([...(path ? path.split(' ') : []), '--help', '--lang', 'en']).stdout;
  const section = (title: string) => text.split(`\n${title}\n`)[1]?.split('\n\n')[0] ?? '';
  const flags = new Set<string>();
  for (const line of section('Options:').split('\n')) {
    const term = /^ {2}(-\S.*?)(?: {2,}|$)/.exec(line)?.[1];
    if (term) for (const m of term.matchAll(/(?:^|, )(--?[a-zA-Z][\w-]*)/g)) flags.add(m[1]!);
  }
  const subcommands = section('Commands:')
    .split('\n')
    .map((l) => /^ {2}([a-z-]+)/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined && n !== 'help');
  return { flags, subcommands };
}

const tables = readmeTables();
const paths: string[] = [];
(function walk(path: string) {
  paths.push(path);
  for (const sub of helpOf(path).subcommands) walk(path ? `${path} ${sub}` : sub);
})('');

describe('README option tables and --help', () => {
  it('the README has tables (the header convention is found)', () => {
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['', 'score', 'template', 'gap', 'diff', 'explain', 'rubric show']));
  });

  it.each(paths)('merit %s', (path) => {
    const help = helpOf(path).flags;
    // -h/--help is on every command; only merit's own table lists it.
    if (path !== '') for (const f of ['-h', '--help']) help.delete(f);
    const readme = tables.get(path) ?? new Set<string>();
    const missing = [...help].filter((f) => !readme.has(f));
    const extra = [...readme].filter((f) => !help.has(f));
    expect({ missingFromReadme: missing, notInHelp: extra }).toEqual({ missingFromReadme: [], notInHelp: [] });
  });
});
