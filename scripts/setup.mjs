#!/usr/bin/env node
// Runs on `npm ci` / `npm install` in a clone (the "postprepare" script; `npm run setup` by hand): builds the package so
// the CLI, user scripts and notebooks can load it, then sets up the project's own
// TypeScript Jupyter kernel (scripts/jupyter-kernel.mjs). Idempotent.
// Why "postprepare" and not "prepare": npm 11 lists a package's preinstall, install, postinstall and (for a
// tarball, git or folder install) prepare scripts as install scripts to approve, so a "prepare" in the
// published package.json printed an "install-scripts" warning to every user installing the tarball, for a
// script that never runs there. `npm ci` and `npm install` run postprepare in a clone just as they run
// prepare (npm's lib/commands/ci.js and install.js); `npm pack` builds dist/ through "prepack".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNotebookKernel, root } from './jupyter-kernel.mjs';

// The package's own build (`npm run build`: vendored danfojs, tsc, the CLI bundles), through the npm running
// this script when there is one (npm_execpath), else the npm on PATH.
const npm = process.env.npm_execpath;
if (npm && /\.[cm]?js$/.test(npm)) execFileSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit', cwd: root });
else execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });

// tslab is a devDependency: without it (npm ci --omit=dev) there is no kernel to register.
// The kernel only serves notebooks, so a failure here warns instead of failing the install.
if (existsSync(join(root, 'node_modules', 'tslab'))) {
  try {
    ensureNotebookKernel();
  } catch (error) {
    console.warn(`market-reaction: notebook kernel not set up: ${error.message}`);
  }
}
