/** JSON value builders shared by every merit JSON document (report, batch, gap, diff, explain, population). */
import type { Dec } from '../decimal.js';
import type { LocalText } from '../rubric/types.js';
import type { Predicate } from '../scoring/types.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };

export function predicate(p: Predicate): Obj {
  return compact({ code: p.code, label: local(p.label), kind: p.kind, color: p.color });
}

export function local(t: LocalText): Obj {
  return { id: t.id, en: t.en };
}

export function n(d: Dec): number {
  return d.toNumber();
}

export function nOrNull(d: Dec | null | undefined): number | null {
  return d ? d.toNumber() : null;
}

/** Drops undefined values, keeping the order the keys were written in. */
export function compact(o: { [key: string]: Json | undefined }): Obj {
  const r: Obj = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) r[k] = v;
  return r;
}
