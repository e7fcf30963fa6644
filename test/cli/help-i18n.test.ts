// --help and commander's own messages in one language (--lang, MERIT_LANG), every command's help
// ending with examples, and commander's errors worded by merit (src/cli/help.ts).
import { describe, expect, it } from 'vitest';
import { translateCommanderError } from '../../src/cli/help.js';
import { merit } from '../helpers/cli.js';

/** Every command path, read from the help itself (so a new command is checked too). */
function commandPaths(): string[] {
  const paths: string[] = [];
  const visit = (path: string[]) => {
    paths.push(path.join(' '));
    const text = merit([...path, '--help', '--lang', 'en']).stdout;
    const section = text.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
    for (const line of section.split('\n')) {
      const name = /^ {2}([a-z-]+)/.exec(line)?.[1];
      if (name && name !== 'help') visit([...path, name]);
    }
  };
  visit([]);
  return paths;
}
const PATHS = commandPaths();

const ENGLISH = [/\bUsage:/, /\bOptions:/, /\bArguments:/, /\bCommands:/, /\bdefault:/, /\bchoices:/, /display help/, /\bExamples:/, / \/ [a-z]/];
const INDONESIAN = [/Pemakaian:/, /\bOpsi:/, /\bArgumen:/, /\bPerintah:/, /\bbawaan\b/, /\bpilihan:/, /\bContoh:/, /\btampilkan\b/, /\bberkas\b/];

describe('--help in one language', () => {
  it('finds every command (the tree has them all)', () => {
    expect(PATHS).toEqual(expect.arrayContaining(['', 'score', 'rubric', 'rubric list', 'rubric show', 'rubric validate', 'completion']));
  });

  it('every command, argument and option has words in both languages', () => {
    const r = merit([], { env: { MERIT_CHECK_HELP_WORDS: '1' } });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.each(PATHS)('merit %s --help: Indonesian only, English only, 2–4 examples of its own options', (path) => {
    const args = path ? path.split(' ') : [];
    const id = merit([...args, '--help']);
    const en = merit([...args, '--help', '--lang', 'en']);
    expect(id.code).toBe(0);
    for (const word of ENGLISH) expect(id.stdout, `${word} in the Indonesian help of ${path}`).not.toMatch(word);
    for (const word of INDONESIAN) expect(en.stdout, `${word} in the English help of ${path}`).not.toMatch(word);
    for (const [text, title] of [
      [id.stdout, 'Contoh:'],
      [en.stdout, 'Examples:'],
    ] as const) {
      const examples = text.split(`\n${title}\n`)[1]!.split('\n\n')[0]!.split('\n').filter((l) => l.startsWith('  $ '));
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(4);
      for (const example of examples) {
        const words = example.slice(4).split('#')[0]!.trim().split(/\s+/);
        if (words[0] !== 'merit') continue; // a shell line (`source <(merit completion bash)`)
        expect(words.slice(1, 1 + args.length), example).toEqual(args);
        // Each flag of the example is one the command (or merit itself) has.
        for (const flag of words.filter((w) => /^--?[a-z]/i.test(w))) expect(`${text}\n${merit(['--help']).stdout}`, `${flag} in ${example}`).toContain(flag);
      }
    }
  });

  it('shows defaults and choices in the language', () => {
    expect(merit(['score', '--help']).stdout.replace(/\s+/g, ' ')).toMatch(/\(pilihan: "text", "json", .*bawaan: text\)/);
    expect(merit(['score', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ')).toMatch(/\(choices: "text", "json", .*default: text\)/);
    expect(merit(['rubric', 'list', '--help']).stdout.replace(/\s+/g, ' ')).toContain('(pilihan: "text", "json", bawaan: "text")');
    expect(merit(['score', '--help']).stdout.replace(/\s+/g, ' ')).toContain('--max-rows <n> batas jumlah baris (bawaan: 100000)');
  });

  it('MERIT_LANG picks the language; --lang wins over it', () => {
    expect(merit(['--help'], { env: { MERIT_LANG: 'en' } }).stdout).toMatch(/^Usage: merit/);
    expect(merit(['--help'], { env: { MERIT_LANG: 'en_US.UTF-8' } }).stdout).toMatch(/^Usage: merit/);
    expect(merit(['--help', '--lang', 'id'], { env: { MERIT_LANG: 'en' } }).stdout).toMatch(/^Pemakaian: merit/);
    expect(merit(['--lang=en', '--help']).stdout).toMatch(/^Usage: merit/);
  });
});

describe("commander's messages in the language", () => {
  it('unknown option with did-you-mean, and the usage hint names the command (not the --lang value)', () => {
    const en = merit(['--lang', 'en', 'score', 'x', '--rubrik', 'y']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("error: unknown option '--rubrik'\n(Did you mean --rubric?)\n  see `merit score --help`\n");
    const id = merit(['score', 'x', '--rubrik', 'y']);
    expect(id.stderr).toBe("galat: opsi tidak dikenal '--rubrik'\n(Maksud Anda --rubric?)\n  lihat `merit score --help`\n");
  });

  it('unknown command in a group, missing argument, bad choice, excess arguments, missing option value', () => {
    expect(merit(['rubric', 'sho']).stderr).toBe("galat: perintah tidak dikenal 'sho'\n(Maksud Anda show?)\n  lihat `merit rubric --help`\n");
    expect(merit(['score']).stderr).toContain("galat: argumen wajib 'inputs' tidak diberikan");
    const choice = merit(['rubric', 'list', '-f', 'yaml']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("galat: nilai 'yaml' untuk opsi '-f, --format <format>' tidak sah. Pilihan yang ada: text, json.");
    expect(merit(['explain', 'a', 'b', 'c']).stderr).toContain("galat: terlalu banyak argumen untuk 'explain': diharapkan 2, diberikan 3");
    expect(merit(['score', 'x', '--fail-under']).stderr).toContain("galat: opsi '--fail-under <score>' perlu nilai");
    expect(merit(['gap', 'x', '-t', 'III', '--target-aspects', 'DASAR', '--lang', 'en']).stderr).toContain(
      "error: '--target-aspects <band>' cannot be used with '-t, --target <code>'",
    );
  });

  it('MERIT_LANG=fr warns (as --lang fr is an error) and goes on in Indonesian', () => {
    const env = merit(['rubric', 'list'], { env: { MERIT_LANG: 'fr' } });
    expect(env.code).toBe(0);
    expect(env.stderr).toBe('merit: MERIT_LANG=fr tidak dikenal (pilihan: id, en); memakai id\n');
    expect(env.stdout).toMatch(/^ID +VERSI/);
    const flag = merit(['--lang', 'fr', 'rubric', 'list']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("galat: nilai 'fr' untuk opsi '--lang <lang>' tidak sah. Pilihan yang ada: id, en.");
  });

  it('translates every message shape commander writes, and passes unknown ones through', () => {
    const cases: [string, string][] = [
      ["error: unknown option '--x'", "galat: opsi tidak dikenal '--x'"],
      ["error: unknown option '--x'\n(Did you mean one of --a, --b?)", "galat: opsi tidak dikenal '--x'\n(Maksud Anda salah satu dari --a, --b?)"],
      ["error: unknown command 'x'", "galat: perintah tidak dikenal 'x'"],
      ["error: missing required argument 'file'", "galat: argumen wajib 'file' tidak diberikan"],
      ["error: option '--a <v>' argument missing", "galat: opsi '--a <v>' perlu nilai"],
      ["error: required option '-o, --output <file>' not specified", "galat: opsi wajib '-o, --output <file>' tidak diberikan"],
      ['error: too many arguments. Expected 1 argument but got 2.', 'galat: terlalu banyak argumen: diharapkan 1, diberikan 2'],
      ["error: option '--a <v>' argument 'q' is invalid. Allowed choices are x, y.", "galat: nilai 'q' untuk opsi '--a <v>' tidak sah. Pilihan yang ada: x, y."],
      ["error: command-argument value 'q' is invalid for argument 'shell'. Allowed choices are bash.", "galat: nilai 'q' untuk argumen 'shell' tidak sah. Pilihan yang ada: bash."],
      ["error: option '-a' cannot be used with option '-b'", "galat: '-a' tidak dapat dipakai bersama '-b'"],
      ['something commander may say one day', 'something commander may say one day'],
    ];
    for (const [english, indonesian] of cases) {
      expect(translateCommanderError(english, 'id')).toBe(indonesian);
      expect(translateCommanderError(english, 'en')).not.toMatch(/galat|Maksud/);
    }
  });
});

describe('rubric list and rubric show take -f json', () => {
  it('list: merit-rubric-list/1 with id, version, status, title per rubric', () => {
    const r = merit(['rubric', 'list', '-f', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { schema: string; rubrics: { id: string; version: string; status: string; title: { id: string; en: string } }[] };
    expect(list.schema).toBe('merit-rubric-list/1');
    expect(list.rubrics.map((x) => x.id)).toContain('kasn-2019');
    for (const x of list.rubrics) expect(Object.keys(x)).toEqual(expect.arrayContaining(['id', 'version', 'status', 'title']));
  });

  it('show: merit-rubric-show/1 with the tree', () => {
    const r = merit(['rubric', 'show', 'kasn-2019', '-f', 'json']);
    expect(r.code).toBe(0);
    const show = JSON.parse(r.stdout) as { schema: string; id: string };
    expect(show).toMatchObject({ schema: 'merit-rubric-show/1', id: 'kasn-2019' });
  });
});
