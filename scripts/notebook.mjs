#!/usr/bin/env node
// `npm run notebook [-- jupyter options]`: starts Jupyter Notebook in notebooks/
// with the project's TypeScript kernel ("TypeScript (market-reaction)"), installing
// Jupyter from Debian packages first when it is missing and we may (root + apt);
// otherwise prints the one command to run. Jupyter's config, data and runtime
// files stay in the project (.jupyter/, .jupyter-runtime/): ~/.jupyter is not touched.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PYTHON, ensureNotebookKernel, jupyterEnv, root } from './jupyter-kernel.mjs';

const deps = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-system-deps.mjs'), 'jupyter'], { stdio: 'inherit' });
if (deps.status !== 0) process.exit(deps.status ?? 1);
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('market-reaction is not built (dist/index.js missing): run "npm run build" and retry.');
  process.exit(1);
}
try {
  ensureNotebookKernel();
} catch (error) {
  console.error(`market-reaction: ${error.message}`);
  process.exit(1);
}

const args = ['-m', 'notebook', `--notebook-dir=${join(root, 'notebooks')}`];
// Jupyter refuses to start as root unless told; root is the usual user in containers and CI boxes.
if (process.getuid?.() === 0) args.push('--allow-root');
args.push(...process.argv.slice(2));
const jupyter = spawn(PYTHON, args, { stdio: 'inherit', env: jupyterEnv() });
// Ctrl-C reaches Jupyter through the terminal's process group; wait for it to shut down.
process.on('SIGINT', () => {});
jupyter.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
