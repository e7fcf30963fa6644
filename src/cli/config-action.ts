/**
 * The configuration file at run time: `loadSettings` (every command that reads one: find,
 * validate, fill the options no flag gave) and `merit config` / `merit score --print-config`
 * (every setting, its effective value and where it came from: default, the file, a flag or an
 * environment variable), as a table or as JSON.
 */
import { Command } from 'commander';
import { cliText } from '../i18n/index.js';
import { findConfig } from './config-file.js';
import { applyConfig, describeSettings, type SettingRow } from './config-settings.js';
import { createContext, type CliContext } from './context.js';

export interface EffectiveSettings {
  file?: string;
  rows: SettingRow[];
}

/** Finds the configuration (`--config FILE` or the search), fills `command`'s options from it, and says where each value came from. */
export async function loadSettings(command: Command, explicit: string | undefined): Promise<EffectiveSettings> {
  const file = await findConfig(explicit);
  applyConfig(command, file);
  return { ...(file ? { file: file.path } : {}), rows: describeSettings(command, file) };
}

export interface ConfigOptions {
  config?: string;
  format?: string;
}

/** `merit config`: the settings `merit score` would run with here (flags of `merit score` aside). */
export async function showConfig(ctx: CliContext, command: Command, opts: ConfigOptions): Promise<void> {
  // The settings are those of `merit score`: a command of their own, so that `-f` here (this
  // listing's format) is not taken for the reports' format.
  const scratch = new Command('score');
  scratch.parent = command.parent;
  const settings = await loadSettings(scratch, opts.config);
  const lang = createContext(scratch.optsWithGlobals()).lang;
  printSettings({ ...ctx, lang }, settings, opts.format === 'json' ? 'json' : 'text');
}

export function printSettings(ctx: CliContext, s: EffectiveSettings, format: 'text' | 'json'): void {
  if (format === 'json') {
    const settings = Object.fromEntries(s.rows.map((r) => [r.key, { value: r.value, source: r.source.kind, ...from(r) }]));
    ctx.stdout(JSON.stringify({ file: s.file ?? null, settings }, null, 2) + '\n');
    return;
  }
  const head = cliText(ctx.lang, 'configHeader').split('\t');
  const rows = [head, ...s.rows.map((r) => [r.key, shown(r.value), sourceWords(ctx, r)])];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = [s.file ? cliText(ctx.lang, 'configFile', { path: s.file }) : cliText(ctx.lang, 'configNone'), ''];
  for (const r of rows) lines.push(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
  ctx.stdout(lines.join('\n') + '\n');
}

function from(r: SettingRow): Record<string, string> {
  const src = r.source;
  return src.kind === 'file' ? { file: src.path } : src.kind === 'flag' ? { flag: src.flag } : src.kind === 'env' ? { env: src.name } : {};
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '-';
  return String(v);
}

function sourceWords(ctx: CliContext, r: SettingRow): string {
  const src = r.source;
  if (src.kind === 'file') return src.path;
  if (src.kind === 'flag') return cliText(ctx.lang, 'configFlag', { flag: src.flag });
  if (src.kind === 'env') return cliText(ctx.lang, 'configEnv', { name: src.name });
  return cliText(ctx.lang, 'configDefault');
}
