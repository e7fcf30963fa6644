/**
 * Types of the standalone ajv validator that scripts/build.mjs generates from
 * rubrics/schema/rubric-1.schema.json (validate-rubric.js, gitignored; run `npm run build`).
 * Compiled with allErrors and verbose, so every error carries `data` and `parentSchema`.
 */
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export { validate };
export default validate;
