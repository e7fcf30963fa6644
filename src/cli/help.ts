/**
 * One language in `--help` and in commander's own messages. The command modules define flags
 * and behaviour; this puts the words of src/i18n/<lang>/help.ts on the whole command tree once it
 * is built: descriptions, argument and option texts, the titles commander prints (`Usage:`,
 * `Options:`), `(choices: …, default: …)`, the help option and command, examples, and the error
 * messages commander writes (unknown option, did-you-mean, missing argument, bad choice).
 *
 * An option without words in the catalog keeps the text its module gave it (the half of a
 * bilingual `id / en` text for the language): test/cli/help-i18n.test.ts fails for it, so the
 * words get written, but a merge never shows users an empty line.
 */
import { Command, type Help, type Option } from 'commander';
import type { Lang } from '../diagnostics.js';
import { commandHelp, helpWords, type HelpWords } from '../i18n/help.js';

/** `''` for merit itself, `score`, `rubric show`. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export function allCommands(root: Command): Command[] {
  return [root, ...root.commands.flatMap((c) => allCommands(c))];
}

/** The language's half of a bilingual `indonesian / english` text (modules still write those). */
function half(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  return parts.length === 2 ? parts[lang === 'id' ? 0 : 1]! : text;
}

/** The words for an option of a command, from the command's own table, else the shared one. */
export function optionWords(lang: Lang, path: string, long: string): string | undefined {
  const own = commandHelp(lang, path)?.options?.[long];
  return own ?? (helpWords(lang).options as Readonly<Record<string, string>>)[long];
}

/** `(choices: "a", "b", default: x)`, in the language; an empty list default is not shown. */
function extraInfo(w: HelpWords, choices: readonly string[] | undefined, value: unknown, shown: string | undefined, takesValue: boolean): string {
  const parts: string[] = [];
  if (choices) parts.push(`${w.extra.choices}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
  const hasDefault = shown !== undefined || (value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (takesValue && hasDefault) parts.push(`${w.extra.default}: ${shown ?? JSON.stringify(value)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function usage(cmd: Command, w: HelpWords): string {
  const args = cmd.registeredArguments.map((a) => {
    const name = a.name() + (a.variadic ? '...' : '');
    return a.required ? `<${name}>` : `[${name}]`;
  });
  return [w.usage.options, ...(cmd.commands.length ? [w.usage.command] : []), ...args].join(' ');
}

/** Puts the language's words on every command of the tree (call once, after registering). */
export function localizeProgram(program: Command, lang: Lang, onError: (cmd: Command) => void): void {
  const w = helpWords(lang);
  const titles: Record<string, string> = {
    'Usage:': w.titles.usage,
    'Arguments:': w.titles.arguments,
    'Options:': w.titles.options,
    'Commands:': w.titles.commands,
    'Global Options:': w.titles.globalOptions,
  };
  for (const cmd of allCommands(program)) {
    const path = commandPath(cmd);
    const words = commandHelp(lang, path);
    cmd.description(words?.description ?? half(cmd.description(), lang));
    for (const arg of cmd.registeredArguments) {
      (arg as { description: string }).description = words?.arguments?.[arg.name()] ?? half(arg.description, lang);
    }
    for (const option of cmd.options as Option[]) {
      const long = option.long ?? option.flags;
      option.description = optionWords(lang, path, long) ?? half(option.description, lang);
    }
    cmd.usage(usage(cmd, w));
    cmd.helpOption('-h, --help', w.helpOption);
    if (cmd.commands.length) cmd.helpCommand(w.helpCommand.term, w.helpCommand.description);
    cmd.configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      subcommandTerm: (sub: Command) => `${sub.name()} ${sub.commands.length ? '' : sub.usage()}`.trim(),
      optionDescription: (o: Option) =>
        o.description + extraInfo(w, o.argChoices, o.defaultValue, o.defaultValueDescription, o.required || o.optional),
      argumentDescription: (a) => a.description + extraInfo(w, a.argChoices, a.defaultValue, a.defaultValueDescription, true),
    } satisfies Partial<Help>);
    cmd.configureOutput({
      outputError: (text, write) => {
        onError(cmd);
        write(`${translateCommanderError(text.replace(/\n$/, ''), lang)}\n`);
      },
    });
    cmd.exitOverride().showSuggestionAfterError(true);
    const examples = words?.examples ?? [];
    const footer = [
      ...(examples.length ? ['', w.titles.examples, ...examples.map((e) => `  $ ${e}`)] : []),
      ...(cmd === program ? ['', w.exitCodes] : []),
    ];
    if (footer.length) cmd.addHelpText('after', footer.join('\n'));
  }
}

/** commander's English message (without the trailing newline) in the language; unknown shapes pass. */
export function translateCommanderError(message: string, lang: Lang): string {
  const e = helpWords(lang).errors;
  const prefix = e.prefix({});
  const [first = '', ...more] = message.split('\n');
  const suggestion = more.join('\n');
  const mean = /^\(Did you mean (one of )?(.+)\?\)$/.exec(suggestion);
  const tail = mean ? `\n${(mean[1] ? e.didYouMeanOneOf : e.didYouMean)({ candidates: mean[2]! })}` : suggestion ? `\n${suggestion}` : '';
  const reason = (text: string): string => {
    const choices = /^Allowed choices are (.+)\.$/.exec(text.trim());
    return choices ? e.allowedChoices({ choices: choices[1]! }) : text.trim();
  };
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^error: unknown option '(.+)'$/, (m) => e.unknownOption({ flag: m[1]! })],
    [/^error: unknown command '(.+)'$/, (m) => e.unknownCommand({ command: m[1]! })],
    [/^error: missing required argument '(.+)'$/, (m) => e.missingArgument({ name: m[1]! })],
    [/^error: option '(.+)' argument missing$/, (m) => e.optionMissingArgument({ flags: m[1]! })],
    [/^error: required option '(.+)' not specified$/, (m) => e.missingMandatoryOption({ flags: m[1]! })],
    [
      /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (m) => e.excessArguments({ command: m[1], expected: m[2]!, got: m[3]! }),
    ],
    [/^error: option '(.+)' argument '(.*)' is invalid\.(.*)$/s, (m) => `${e.invalidValue({ flags: m[1]!, value: m[2]! })} ${reason(m[3]!)}`.trim()],
    [
      /^error: command-argument value '(.*)' is invalid for argument '(.+)'\.(.*)$/s,
      (m) => `${e.invalidArgumentValue({ value: m[1]!, name: m[2]! })} ${reason(m[3]!)}`.trim(),
    ],
    [
      /^error: (?:option|environment variable) '(.+)' cannot be used with (?:option|environment variable) '(.+)'$/,
      (m) => e.conflictingOption({ a: m[1]!, b: m[2]! }),
    ],
  ];
  for (const [pattern, words] of rules) {
    const m = pattern.exec(first);
    if (m) return `${prefix} ${words(m)}${tail}`;
  }
  return message;
}

/**
 * Commands, arguments and options of the tree that have no words in the language's catalog
 * (`score --records`, `completion <shell>`): test/cli/help-i18n.test.ts expects none.
 */
export function missingHelpWords(program: Command, lang: Lang): string[] {
  const missing: string[] = [];
  for (const cmd of allCommands(program)) {
    const path = commandPath(cmd);
    const words = commandHelp(lang, path);
    if (!words) missing.push(`${lang}: ${path || 'merit'}`);
    for (const arg of cmd.registeredArguments) if (!words?.arguments?.[arg.name()]) missing.push(`${lang}: ${path} <${arg.name()}>`);
    for (const option of cmd.options as Option[]) {
      const long = option.long ?? option.flags;
      if (optionWords(lang, path, long) === undefined) missing.push(`${lang}: ${path || 'merit'} ${long}`);
    }
  }
  return missing;
}
