/**
 * What a completion script completes, read from the command tree and the registries, never from
 * hand-written lists: each command's subcommands and options (with their descriptions in the
 * chosen language), the choices commander knows, bundled rubric ids for rubric options and
 * arguments, and the band codes of the bundled rubrics for predicate and category options.
 */
import type { Argument, Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { allCommands, commandPath } from './help.js';
import { helpWords } from '../i18n/help.js';
import type { Shell } from './completion.js';
import { bashScript, fishScript, zshScript, type CompletionCommand, type CompletionOption, type Registries } from './completion-scripts.js';

/** Which registry an option's value (by long flag) or a command's arguments come from. */
const OPTION_VALUES: Readonly<Record<string, keyof Registries>> = {
  '--rubric': 'rubricIds',
  '--old-rubric': 'rubricIds',
  '--min-predicate': 'bandCodes',
  '--target': 'bandCodes',
  '--target-aspects': 'bandCodes',
};
const ARGUMENT_VALUES: Readonly<Record<string, keyof Registries>> = { 'rubric show': 'rubricIds', 'rubric validate': 'rubricIds' };

function optionModel(o: Option, reg: Registries): CompletionOption {
  const flags = [o.short, o.long].filter((f): f is string => Boolean(f));
  const takesValue = o.required || o.optional;
  const from = o.long ? OPTION_VALUES[o.long] : undefined;
  const values = !takesValue ? undefined : o.argChoices ? [...o.argChoices] : from ? reg[from] : [];
  return { flags, description: o.description, ...(values ? { values } : {}) };
}

export function completionModel(program: Command, reg: Registries, helpText: string): CompletionCommand[] {
  const globals = (program.options as Option[]).map((o) => optionModel(o, reg));
  return allCommands(program).map((cmd) => {
    const path = commandPath(cmd);
    const own = (cmd.options as Option[]).map((o) => optionModel(o, reg));
    const help = { flags: ['-h', '--help'], description: helpText };
    const registry = ARGUMENT_VALUES[path];
    const choices = cmd.registeredArguments.flatMap((a: Argument) => a.argChoices ?? []);
    return {
      path,
      description: cmd.description(),
      subcommands: cmd.commands.map((c) => c.name()),
      // merit's own options (--lang, --no-color, --debug) are accepted after any command too.
      options: [...own, ...(cmd === program ? [] : globals.filter((g) => !own.some((o) => o.flags.some((f) => g.flags.includes(f))))), help].filter(
        (o, i, all) => all.findIndex((p) => p.flags.join() === o.flags.join()) === i,
      ),
      argValues: [...choices, ...(registry ? reg[registry] : [])],
    };
  });
}

export async function registries(): Promise<Registries> {
  const { listBundledRubrics, loadRubric } = await import('../rubric/load.js');
  const rubricIds = (await listBundledRubrics()).map((r) => r.id);
  const codes = new Set<string>();
  for (const id of rubricIds) {
    const { rubric } = await loadRubric(id);
    for (const band of rubric.bands) codes.add(band.code);
    for (const set of Object.values(rubric.bandSets ?? {})) for (const band of set) codes.add(band.code);
  }
  return { rubricIds, bandCodes: [...codes] };
}

export async function completion(ctx: CliContext, shell: Shell, program: Command): Promise<void> {
  const model = completionModel(program, await registries(), helpWords(ctx.lang).helpOption);
  const script = shell === 'bash' ? bashScript(model) : shell === 'zsh' ? zshScript(model) : fishScript(model);
  ctx.stdout(script);
}
