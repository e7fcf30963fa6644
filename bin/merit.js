#!/usr/bin/env node
// Shim: the CLI is built into dist/ by `npm run build` (and by `prepack`, so a packed or git install has it).
// --debug: stack traces point into the TypeScript sources when the build has source maps (a
// developer's build does; the published package leaves them out, and names stay readable there).
if (process.argv.includes('--debug')) process.setSourceMapsEnabled?.(true);
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('merit: the CLI is not built yet; run `npm run build` first.\n');
    process.exit(3);
  }
  throw error;
});
