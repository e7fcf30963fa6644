// Preloaded with `node --import` by the hardening tests: any attempt to reach the network (a TCP
// or TLS connection, a DNS lookup, an HTTP request, fetch, a UDP socket) is written to the file
// named by MERIT_NETWORK_LOG and then fails, so a test can prove that nothing was even tried.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const log = (what) => {
  if (process.env.MERIT_NETWORK_LOG) appendFileSync(process.env.MERIT_NETWORK_LOG, `${what}\n`);
  throw new Error(`network access attempted: ${what}`);
};
const trap = (mod, name, names) => {
  const m = require(mod);
  for (const n of names) if (typeof m[n] === 'function') m[n] = (...args) => log(`${name}.${n} ${String(args[0]?.href ?? args[0]?.host ?? args[0]?.port ?? args[0])}`);
};
trap('node:net', 'net', ['connect', 'createConnection']);
trap('node:tls', 'tls', ['connect']);
trap('node:dns', 'dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']);
trap('node:http', 'http', ['request', 'get']);
trap('node:https', 'https', ['request', 'get']);
trap('node:dgram', 'dgram', ['createSocket']);
const net = require('node:net');
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // An IPC pipe to a worker is not the network; anything with a port or host is.
  const o = args[0];
  if (typeof o === 'object' && o !== null && typeof o.path === 'string' && o.port === undefined) return connect.apply(this, args);
  return log(`net.Socket.connect ${JSON.stringify(o)}`);
};
globalThis.fetch = (input) => log(`fetch ${String(input)}`);
// ESM named imports of the built-ins (`import { request } from 'node:https'`) see the traps too.
syncBuiltinESMExports();
