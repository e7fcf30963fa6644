/**
 * The CLI's contract on hostile input (DESIGN.md §5, §6), shared by the hardening tests and
 * scripts/fuzz.mjs: the process ends within a time bound, with exit 0, 1 or 2 (never 3, never a
 * signal), and never prints a stack trace.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs the built CLI on a file (async, so several can run at once). */
export function runCli(root: string, args: readonly string[], o: { cwd: string; timeoutMs: number }): Promise<CliResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin/merit.js'), ...args], {
      cwd: o.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, MERIT_LANG: undefined, MERIT_TEST_INTERNAL_ERROR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - start, timedOut });
    });
  });
}

/** A stack frame as Node prints it (`    at fn (file.js:1:2)`), or a V8 fatal error. */
export const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|FATAL ERROR|Uncaught|node:internal/m;

/** Why a CLI run breaks the contract, or undefined when it keeps it. */
export function cliViolation(r: CliResult): string | undefined {
  if (r.timedOut) return `no exit within the time bound (${Math.round(r.ms)} ms)`;
  if (r.signal) return `killed by ${r.signal}`;
  if (r.code === 3) return `exit 3 (internal error): ${r.stderr.split('\n')[0]}`;
  if (r.code !== 0 && r.code !== 1 && r.code !== 2) return `exit ${r.code}`;
  if (STACK.test(r.stderr)) return `a stack trace on stderr: ${r.stderr.slice(0, 400)}`;
  return undefined;
}
