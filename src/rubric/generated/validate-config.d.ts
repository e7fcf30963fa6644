/**
 * Types of the standalone ajv validator that scripts/build.mjs generates from
 * schemas/merit-config-1.schema.json (validate-config.js, gitignored; run `npm run build`).
 * Compiled with allErrors and verbose, so every error carries `data` and `parentSchema`.
 * Imported on use: only when a configuration file is found (src/cli/config-file.ts).
 */
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export { validate };
export default validate;
