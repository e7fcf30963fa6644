// `merit completion bash|zsh|fish`: the bash script is run in a real bash (completion of commands,
// options, rubric ids, band codes and formats); zsh and fish are syntax-checked when the shell is
// installed, and checked for their structure otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merit } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'merit-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scripts: Record<string, string> = {};
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** The bundled rubric ids and their band codes, from merit itself (not from a list in the test). */
let rubricIds: string[] = [];
let bandCodes: string[] = [];

beforeAll(() => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = merit(['completion', shell]);
    expect(r.code, r.stderr).toBe(0);
    scripts[shell] = r.stdout;
    writeFileSync(join(dir, `merit.${shell}`), r.stdout);
  }
  rubricIds = (JSON.parse(merit(['rubric', 'list', '-f', 'json']).stdout) as { rubrics: { id: string }[] }).rubrics.map((r) => r.id);
  const codes = new Set<string>();
  for (const id of rubricIds) {
    const show = JSON.parse(merit(['rubric', 'show', id, '-f', 'json']).stdout) as { bands: { code: string }[] };
    for (const b of show.bands) codes.add(b.code);
  }
  bandCodes = [...codes];
}, 120_000);

/** What the bash script offers for the words typed so far (the last one is under the cursor). */
function complete(...words: string[]): string[] {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const program = `source ${join(dir, 'merit.bash')}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _merit; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('bash', () => {
  it('is valid bash', () => {
    const r = spawnSync('bash', ['-n', join(dir, 'merit.bash')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('completes commands and subcommands', () => {
    expect(complete('merit', 'sc')).toEqual(['score']);
    expect(complete('merit', 'rubric', 'sh')).toEqual(['show']);
    expect(complete('merit', '')).toEqual(expect.arrayContaining(['score', 'rubric', 'gap', 'diff', 'explain', 'template', 'completion']));
  });

  it('completes options of the command, merit\'s own options too', () => {
    expect(complete('merit', 'score', '--ru')).toEqual(['--rubric']);
    expect(complete('merit', 'score', 'x.xlsx', '--min-p')).toEqual(['--min-predicate']);
    expect(complete('merit', 'score', '--la')).toEqual(['--lang']);
    expect(complete('merit', 'diff', '--fail-on')).toEqual(['--fail-on-regression']);
  });

  it('completes bundled rubric ids, band codes, formats and languages as option values', () => {
    expect(rubricIds).toContain('kasn-2019');
    expect(complete('merit', 'score', '--rubric', '').sort()).toEqual([...rubricIds].sort());
    expect(complete('merit', 'score', '-r', 'kas')).toEqual(['kasn-2019']);
    expect(complete('merit', '--lang', 'en', 'score', 'x.xlsx', '--min-predicate', '').sort()).toEqual([...bandCodes].sort());
    expect(complete('merit', 'score', '-f', 'x')).toEqual(['xlsx']);
    expect(complete('merit', 'rubric', 'list', '--format', '')).toEqual(['text', 'json']);
    expect(complete('merit', '--lang', '')).toEqual(['id', 'en']);
  });

  it('a value is not taken for a command, and arguments get rubric ids and file names', () => {
    // `en` is the value of --lang, so the command path is still merit itself.
    expect(complete('merit', '--lang', 'en', 'sc')).toEqual(['score']);
    writeFileSync(join(dir, 'kas-bukti.xlsx'), '');
    expect(complete('merit', 'rubric', 'show', 'kas').sort()).toEqual(['kas-bukti.xlsx', 'kasn-2019']);
    expect(complete('merit', 'score', 'kas-b')).toEqual(['kas-bukti.xlsx']);
    expect(complete('merit', 'completion', 'f')).toEqual(['fish']);
  });
});

describe('zsh', () => {
  it(has('zsh') ? 'is valid zsh' : 'is a compdef script built on the shared data functions (zsh is not installed)', () => {
    const script = scripts.zsh!;
    if (has('zsh')) {
      const r = spawnSync('zsh', ['-n', join(dir, 'merit.zsh')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(script.startsWith('#compdef merit\n')).toBe(true);
    expect(script).toContain('compdef _merit merit');
    // The data functions are the bash script's, word for word.
    const data = (s: string) => s.slice(s.indexOf('# the subcommands'), s.indexOf('\n_merit() {'));
    expect(data(script)).toBe(data(scripts.bash!));
    // Plain sh syntax apart from zsh's expansions: bash parses it.
    expect(spawnSync('bash', ['-n', join(dir, 'merit.zsh')]).status).toBe(0);
  });
});

describe('fish', () => {
  it(has('fish') ? 'is valid fish' : 'declares every command and option (fish is not installed)', () => {
    const script = scripts.fish!;
    if (has('fish')) {
      const r = spawnSync('fish', ['-n', join(dir, 'merit.fish')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    const blocks = script.split('\n').filter((l) => /^\s*(function|switch|for|if)\b/.test(l)).length;
    const ends = script.split('\n').filter((l) => /^\s*end\s*$/.test(l)).length;
    expect(ends).toBe(blocks);
    expect(script).toContain("complete -c merit -n '__merit_at '\\'''\\''' -a 'score'");
    expect(script).toContain(`complete -c merit -n '__merit_at '\\''score'\\''' -s r -l rubric -x -a '${rubricIds.join(' ')}'`);
    expect(script).toMatch(/-l format -x -a 'text json csv md html xlsx junit'/);
    expect(script).toContain("-a 'validate'");
    for (const code of bandCodes) expect(script).toContain(code);
  });
});
