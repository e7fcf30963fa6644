/** Types of test/hardening/per-cell-bomb.mjs. */
export const KINDS: readonly ('notes' | 'hyperlinks' | 'breaks' | 'validations' | 'formats' | 'strings')[];
export function perCellBomb(kind: (typeof KINDS)[number], n: number, options?: { target?: 'relative' | 'absolute' }): Buffer;
export function entries(bytes: Buffer): { name: string; data: Buffer }[];
