declare const MERIT_VERSION: string | undefined;

/** Injected by the build (scripts/build.mjs) and by vitest.config.ts from package.json. */
export const VERSION: string = typeof MERIT_VERSION === 'string' ? MERIT_VERSION : '0.0.0-dev';
