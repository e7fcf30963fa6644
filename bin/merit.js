#!/usr/bin/env node
// Shim: the CLI is built into dist/ by `npm run build` (run by `npm install` through `prepare`).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('merit: the CLI is not built yet; run `npm run build` (or `npm install`) first.\n');
    process.exit(3);
  }
  throw error;
});
