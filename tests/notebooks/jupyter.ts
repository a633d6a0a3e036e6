/** Whether the notebook tests can run: Jupyter (nbclient) for /usr/bin/python3, and dist/. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const PYTHON = '/usr/bin/python3';

function hasNbclient(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import nbclient, nbformat'], { stdio: 'ignore' }).status === 0;
}

/**
 * Returns why the notebooks cannot run, or null when they can. Installs Jupyter
 * first when it is missing and can be installed (root with apt, through
 * scripts/ensure-system-deps.mjs, as `npm test`'s pretest does).
 */
export function jupyterMissing(root: string): string | null {
  if (!existsSync(join(root, 'dist', 'index.js'))) return 'dist/index.js is missing: run "npm run build"';
  if (hasNbclient()) return null;
  const install = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-system-deps.mjs'), 'jupyter'], { encoding: 'utf8' });
  if (install.status === 0 && hasNbclient()) return null;
  return install.stderr.trim().split('\n').pop() || `Jupyter (nbclient) is not installed for ${PYTHON}`;
}
