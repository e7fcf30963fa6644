/**
 * Types of the standalone ajv validator that scripts/build.mjs generates from
 * rubrics/schema/rubric-2.schema.json (validate-rubric-2.js, gitignored; run `npm run build`).
 * Compiled with allErrors and verbose, so every error carries `data` and `parentSchema`.
 * Imported on use: only a `merit-rubric/2` file (or a v1 file's error path) loads it.
 */
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export { validate };
export default validate;
