/**
 * `--assume CODE=VALUE` (what-if): score as if the criterion CODE had VALUE. Split at the first
 * `=`; the code must not be empty, the value may be (it takes the criterion's value away). Whether
 * the code exists and the value fits is scoring's to say (SCORE_ASSUME_UNKNOWN_CODE, ...). A v2
 * profile question's code is accepted too: scoring answers the question with the value.
 *
 * `--profile CODE=VALUE` (v2): answers a profile question. Split the same way; neither the code
 * nor the value may be empty. Whether the question and the answer exist is scoring's to say
 * (SCORE_PROFILE_UNKNOWN_QUESTION, SCORE_PROFILE_UNKNOWN).
 */
import { UsageError } from '../diagnostics.js';

export interface Assumption {
  code: string;
  value: string;
}

function split(raw: string): Assumption | undefined {
  const eq = raw.indexOf('=');
  const code = eq < 0 ? '' : raw.slice(0, eq).trim();
  return code === '' ? undefined : { code, value: raw.slice(eq + 1).trim() };
}

export function parseAssume(values: readonly string[] | undefined): Assumption[] {
  return (values ?? []).map((raw) => {
    const a = split(raw);
    if (!a) throw new UsageError('USAGE_BAD_ASSUME', { value: raw });
    return a;
  });
}

export function parseProfile(values: readonly string[] | undefined): Assumption[] {
  return (values ?? []).map((raw) => {
    const a = split(raw);
    if (!a || a.value === '') throw new UsageError('USAGE_BAD_PROFILE', { value: raw });
    return a;
  });
}
