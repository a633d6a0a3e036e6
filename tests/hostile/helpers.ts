/** Running the built CLI as a user does (a child process, real files and pipes), and the checks every hostile case makes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/market-reaction.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `market-reaction ARGS` in a child process. `input` is piped to standard input; `stdoutTo`
 * sends standard output to a file (e.g. /dev/full) the way a shell redirection does.
 */
export function cli(args: string[], options: { input?: string | Buffer; stdoutTo?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const fs = require('node:fs') as typeof import('node:fs');
    const out = options.stdoutTo ? fs.openSync(options.stdoutTo, 'w') : 'pipe';
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', out, 'pipe'], env: { ...process.env, MARKET_REACTION_DEBUG: '' } });
    if (typeof out === 'number') fs.closeSync(out);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdin!.on('error', () => undefined); // the CLI may stop reading early (size limit)
    child.stdin!.end(options.input ?? '');
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder. */
export function tmp(prefix = 'mr-hostile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `text` to `dir/name` and returns the path. */
export function file(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The contract of a refused run: the exit code, exactly one line on stderr, no stack frames. */
export function expectOneLineError(run: Run, code: number, message?: RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^market-reaction: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/internal error/);
  if (message) expect(run.stderr).toMatch(message);
}

/** No temporary or partial files of ours left in `dir`. */
export function expectNoTemporaryFiles(dir: string): void {
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

/** A daily close series on business days from `start`, as `Date,Close` CSV; `price(i)` gives the i-th close. */
export function priceCsv(start: string, days: number, price: (i: number) => number | string): string {
  const rows = ['Date,Close'];
  let t = Date.parse(`${start}T00:00:00Z`);
  for (let i = 0; i < days; ) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) rows.push(`${new Date(t).toISOString().slice(0, 10)},${price(i++)}`);
    t += 86_400_000;
  }
  return `${rows.join('\n')}\n`;
}

/** A deterministic pseudo-random walk of closes (no Math.random: the tests are reproducible). */
export function walk(seed: number, base = 100): (i: number) => number {
  const closes: number[] = [];
  let x = seed;
  let level = base;
  return (i: number) => {
    while (closes.length <= i) {
      x = (x * 1103515245 + 12345) % 2147483648;
      level *= 1 + ((x / 2147483648) - 0.5) * 0.03;
      closes.push(Number(level.toFixed(4)));
    }
    return closes[i];
  };
}
