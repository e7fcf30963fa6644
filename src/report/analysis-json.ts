/** What the JSON of `merit gap`, `merit diff` and `merit explain` share (key order as written). */
import type { Assessment } from '../scoring/types.js';
import { inputObject, subjectObject, type Obj } from './json.js';

/** The rubric an assessment was scored with: id, version, sha256, status, source. */
export function rubricObject(a: Assessment): Obj {
  return { id: a.rubric.id, version: a.rubric.version, sha256: a.rubric.sha256, status: a.rubric.status, source: a.rubric.source };
}

/** `schema`, `tool`, `rubric`, `input`, `subject`: the head of every analysis document. */
export function analysisHead(schema: string, a: Assessment): Obj {
  return {
    schema,
    tool: { name: a.tool.name, version: a.tool.version },
    rubric: rubricObject(a),
    input: inputObject(a),
    subject: subjectObject(a),
  };
}
