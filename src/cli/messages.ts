/** Words of the command line itself (not diagnostics of inputs). Codes are stable. */
import type { Args, Lang, MessageCatalog } from '../diagnostics.js';

export const cliMessages: MessageCatalog = {};

const TEXT = {
  internalError: {
    id: (a: Args) => `galat internal (bug di merit): ${a.message}`,
    en: (a: Args) => `internal error (a bug in merit): ${a.message}`,
  },
  debugHint: {
    id: () => 'jalankan lagi dengan --debug untuk melihat stack trace, lalu laporkan',
    en: () => 'run again with --debug to see the stack trace, and report it',
  },
  usageHint: {
    id: (a: Args) => `lihat \`${a.command} --help\``,
    en: (a: Args) => `see \`${a.command} --help\``,
  },
} satisfies Record<string, { id: (a: Args) => string; en: (a: Args) => string }>;

export type CliTextKey = keyof typeof TEXT;

export function cliText(lang: Lang, key: CliTextKey, args: Args = {}): string {
  return TEXT[key][lang](args);
}
