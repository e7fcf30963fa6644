/** Where merit's own files (bundled rubrics, schemas) are, from src/ in tests or dist/ when built. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rubrics'))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('merit: cannot find the package root (rubrics/ folder)');
    dir = up;
  }
}

export const rubricsDir = (): string => join(packageRoot(), 'rubrics');
export const schemasDir = (): string => join(packageRoot(), 'schemas');
