#!/usr/bin/env node
// Makes sure the system programs the tests and notebooks need are present:
// Jupyter (from Debian packages, run by /usr/bin/python3) and headless Chromium.
// Installs them with apt-get when missing and running as root; otherwise stops
// with a one-line instruction. Idempotent: does nothing when all are present.
// Usage: node scripts/ensure-system-deps.mjs [jupyter] [chromium]   (default: both)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';
const needs = {
  jupyter: {
    packages: ['jupyter-notebook', 'jupyter-nbconvert', 'python3-nbclient', 'python3-ipykernel'],
    present: () =>
      existsSync(PYTHON) &&
      spawnSync(PYTHON, ['-c', 'import nbclient, nbconvert, ipykernel, notebook'], { stdio: 'ignore' }).status === 0,
  },
  chromium: {
    packages: ['chromium'],
    present: () => existsSync('/usr/bin/chromium'),
  },
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(needs);
const missing = wanted.filter((name) => {
  if (!needs[name]) {
    console.error(`ensure-system-deps: unknown dependency "${name}" (known: ${Object.keys(needs).join(', ')})`);
    process.exit(2);
  }
  return !needs[name].present();
});
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((name) => needs[name].packages);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`market-reaction needs ${missing.join(' and ')}: run "sudo apt-get install -y ${packages.join(' ')}" and retry.`);
  process.exit(1);
}
console.log(`Installing ${packages.join(' ')} with apt-get (needed for ${missing.join(', ')})…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
const stillMissing = missing.filter((name) => !needs[name].present());
if (stillMissing.length) {
  console.error(`ensure-system-deps: ${stillMissing.join(', ')} still missing after apt-get install`);
  process.exit(1);
}
