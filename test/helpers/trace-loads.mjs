// Preloaded with `node --import`: records every module URL this process loads into the file named
// by MERIT_TRACE_LOADS, so tests can prove which chunks a command pulls in.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.MERIT_TRACE_LOADS) appendFileSync(process.env.MERIT_TRACE_LOADS, url + '\\n');
  return next(url, context);
}`),
);
