import type { CliContext } from './context.js';
import type { RubricShowOptions, RubricValidateOptions } from './rubric.js';

export async function validate(_ctx: CliContext, _files: string[], _opts: RubricValidateOptions): Promise<void> {
  throw new Error('not implemented yet');
}
export async function list(_ctx: CliContext, _opts: RubricShowOptions): Promise<void> {
  throw new Error('not implemented yet');
}
export async function show(_ctx: CliContext, _id: string, _opts: RubricShowOptions): Promise<void> {
  throw new Error('not implemented yet');
}
