/** Types of test/helpers/national-gen.mjs. */
export function leafCodes(rubricId: string): string[];
export function writeBatch(dir: string, o: { rubric: 'kasn-2019' | 'panrb-19-2025'; count: number; seed?: number; period?: string; bias?: number }): string[];
