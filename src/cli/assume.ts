/**
 * `--assume CODE=VALUE` (what-if): score as if the criterion CODE had VALUE. Split at the first
 * `=`; the code must not be empty, the value may be (it takes the criterion's value away). Whether
 * the code exists and the value fits is scoring's to say (SCORE_ASSUME_UNKNOWN_CODE, ...).
 */
import { UsageError } from '../diagnostics.js';

export interface Assumption {
  code: string;
  value: string;
}

export function parseAssume(values: readonly string[] | undefined): Assumption[] {
  return (values ?? []).map((raw) => {
    const eq = raw.indexOf('=');
    const code = eq < 0 ? '' : raw.slice(0, eq).trim();
    if (code === '') throw new UsageError('USAGE_BAD_ASSUME', { value: raw });
    return { code, value: raw.slice(eq + 1).trim() };
  });
}
