/** Registers every module's diagnostic words. Imported once by the CLI and by tests that format. */
import { registerMessages } from '../diagnostics.js';
import { cliMessages } from '../cli/messages.js';
import { evidenceMessages } from '../evidence/messages.js';
import { reportMessages } from '../report/messages.js';
import { rubricMessages } from '../rubric/messages.js';
import { scoringMessages } from '../scoring/messages.js';

let done = false;
export function registerAllMessages(): void {
  if (done) return;
  done = true;
  for (const c of [rubricMessages, evidenceMessages, scoringMessages, reportMessages, cliMessages]) registerMessages(c);
}
registerAllMessages();
