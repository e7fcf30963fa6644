/**
 * The `merit-rubric/2` schema and its generated validator, in a module of their own so that
 * validate.ts imports them on use: a v1 rubric that validates never loads them.
 */
import schema from '../../rubrics/schema/rubric-2.schema.json' with { type: 'json' };
import validate from './generated/validate-rubric-2.js';

export { schema, validate };
