// The project's own Jupyter set-up: a TypeScript (tslab) kernelspec generated
// into <root>/.jupyter/kernels/market-reaction-ts, the self-link
// node_modules/market-reaction -> <root> so notebooks import the package by name,
// and the environment that points Jupyter at them without touching the user's
// global Jupyter (~/.jupyter, ~/.local/share/jupyter). All functions are idempotent.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';
export const KERNEL_NAME = 'market-reaction-ts';
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Everything Jupyter reads or writes for this project lives here (gitignored). */
export const jupyterDir = join(root, '.jupyter');
const kernelDir = join(jupyterDir, 'kernels', KERNEL_NAME);
const tslabBin = join(root, 'node_modules', 'tslab', 'bin', 'tslab');

/**
 * Environment for any Jupyter process of this project: kernels from .jupyter/,
 * config, data and runtime files inside the project too.
 */
export function jupyterEnv(base = process.env) {
  return {
    ...base,
    JUPYTER_PATH: jupyterDir,
    JUPYTER_DATA_DIR: join(jupyterDir, 'data'),
    JUPYTER_CONFIG_DIR: join(jupyterDir, 'config'),
    JUPYTER_RUNTIME_DIR: join(root, '.jupyter-runtime'),
    // Kernels get a fixed time zone so dates in outputs do not depend on the machine.
    TZ: 'UTC',
  };
}

/**
 * Writes the kernelspec: tslab from this project's node_modules, run by the Node
 * that runs this script (absolute paths: Jupyter may start with another PATH).
 * Returns the kernel.json path.
 */
export function ensureKernelspec() {
  if (!existsSync(tslabBin)) {
    throw new Error(`tslab is not installed in ${relative(process.cwd(), root) || '.'}/node_modules: run "npm ci" first`);
  }
  const spec = {
    argv: [process.execPath, tslabBin, 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript (market-reaction)',
    language: 'typescript',
    env: { TZ: 'UTC' },
  };
  const file = join(kernelDir, 'kernel.json');
  const text = JSON.stringify(spec, null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(kernelDir, { recursive: true });
    writeFileSync(file, text);
  }
  return file;
}

/**
 * Makes `require('market-reaction')` (and its types) resolve to this project,
 * as they would for a user who installed the package: node_modules/market-reaction
 * is a symlink to the repository root, so package.json main/types (dist/) apply.
 */
export function ensureSelfLink() {
  const link = join(root, 'node_modules', 'market-reaction');
  let current = null;
  try {
    current = lstatSync(link);
  } catch {
    // absent: create below
  }
  if (current?.isSymbolicLink() && resolve(dirname(link), readlinkSync(link)) === root) return link;
  if (current && !current.isSymbolicLink()) {
    throw new Error(`${link} exists and is not a link to the project: remove it and rerun "npm run setup"`);
  }
  if (current) rmSync(link);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync('..', link, 'dir');
  return link;
}

/** Kernelspec + self-link: everything a notebook of this project needs besides dist/. */
export function ensureNotebookKernel() {
  ensureSelfLink();
  return ensureKernelspec();
}

/**
 * Runs scripts/execute-notebooks.py (arguments `args`, writing into `outDir`) and makes
 * sure no kernel outlives it: the executor kills its kernels on any exit it sees
 * (timeouts, errors, SIGTERM), and any still listed in OUT_DIR/kernels.pid afterwards
 * (the executor itself killed or hung past `timeoutMs`) are killed here.
 * Returns spawnSync's result.
 */
export function executeNotebooks(args, outDir, { timeoutMs = 600_000 } = {}) {
  const result = spawnSync(PYTHON, [join(root, 'scripts', 'execute-notebooks.py'), '--out-dir', outDir, ...args], {
    env: jupyterEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGTERM',
  });
  const pidFile = join(outDir, 'kernels.pid');
  if (existsSync(pidFile)) {
    for (const pid of readFileSync(pidFile, 'utf8').split('\n').filter(Boolean).map(Number)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(pidFile, { force: true });
  }
  return result;
}
