/** What the lint modules share: how a rule reports a located diagnostic. */
import type { Args, Location } from '../../diagnostics.js';
import type { Provenance } from '../types.js';

/** Reports a diagnostic: code, arguments, JSON pointer, extra location, at the key (not the value). */
export type Report = (code: string, args: Args, pointer: string, extra?: Partial<Location>, key?: boolean) => void;

export interface LintReporters {
  err: Report;
  warn: Report;
  /** `{ firstLine, firstColumn }` of a pointer, for "first at" in a message. */
  firstAt: (pointer: string) => Args;
  /** RUBRIC_OFFICIAL_UNCONFIRMED for a provenance in an official rubric. */
  checkProvenance: (prov: Provenance | undefined, pointer: string, code?: string) => void;
}

/** A JSON pointer token for a key (`~` and `/` escaped). */
export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
