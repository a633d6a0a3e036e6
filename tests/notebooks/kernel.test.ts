/**
 * The project's own Jupyter kernel (scripts/jupyter-kernel.mjs, run by `prepare`):
 * a kernelspec inside the project pointing at this project's tslab, and the
 * node_modules/market-reaction self-link notebooks import through. Idempotent.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Runs ensureNotebookKernel() in a fresh Node process and returns what it reports. */
function ensureKernel(): { kernelJson: string; env: Record<string, string> } {
  const script = `import('./scripts/jupyter-kernel.mjs').then((m) => {
    const kernelJson = m.ensureNotebookKernel();
    const { JUPYTER_PATH, JUPYTER_CONFIG_DIR, JUPYTER_DATA_DIR, JUPYTER_RUNTIME_DIR } = m.jupyterEnv({});
    console.log(JSON.stringify({ kernelJson, env: { JUPYTER_PATH, JUPYTER_CONFIG_DIR, JUPYTER_DATA_DIR, JUPYTER_RUNTIME_DIR } }));
  })`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

describe.skipIf(!existsSync(join(root, 'node_modules', 'tslab')))('project kernel set-up', () => {
  it('writes a kernelspec inside the project that starts this project’s tslab', () => {
    const { kernelJson } = ensureKernel();
    expect(kernelJson).toBe(join(root, '.jupyter', 'kernels', 'market-reaction-ts', 'kernel.json'));
    const spec = JSON.parse(readFileSync(kernelJson, 'utf8'));
    expect(spec.argv).toEqual([process.execPath, join(root, 'node_modules', 'tslab', 'bin', 'tslab'), 'kernel', '--config-path', '{connection_file}']);
    expect(spec).toMatchObject({ display_name: 'TypeScript (market-reaction)', language: 'typescript' });
  });

  it('keeps every Jupyter path inside the project', () => {
    for (const dir of Object.values(ensureKernel().env)) expect(dir.startsWith(root + '/')).toBe(true);
  });

  it('links node_modules/market-reaction to the project, idempotently', () => {
    ensureKernel();
    ensureKernel();
    expect(realpathSync(join(root, 'node_modules', 'market-reaction'))).toBe(realpathSync(root));
    // Resolved as a user's script would: package.json main/types from dist/.
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'market-reaction', 'package.json'), 'utf8'));
    expect([pkg.main, pkg.types]).toEqual(['dist/index.js', 'dist/index.d.ts']);
  });
});

describe('notebook execution limits', () => {
  it('stops a cell that runs past --timeout and leaves no kernel running', { timeout: 120_000 }, async () => {
    const { jupyterMissing } = await import('./jupyter');
    const missing = jupyterMissing(root);
    if (missing) return console.warn(`notebook timeout test skipped: ${missing}`);
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const outDir = mkdtempSync(join(tmpdir(), 'market-reaction-hang-'));
    // fixtures/hang.ipynb: cell 1 is `while (true) { x++; }`
    const script = `import('./scripts/jupyter-kernel.mjs').then((m) => {
      const run = m.executeNotebooks(['--kernel', m.KERNEL_NAME, '--timeout', '5', ${JSON.stringify(join(__dirname, 'fixtures', 'hang.ipynb'))}], ${JSON.stringify(outDir)});
      process.stdout.write(run.stdout);
    })`;
    const [report] = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })).notebooks;
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ cell: 1, kind: 'kernel' });
    expect(report.problems[0].message).toMatch(/CellTimeoutError/);
    expect(report.kernel_pid).toBeGreaterThan(0);
    expect(() => process.kill(report.kernel_pid, 0)).toThrow(); // no such process
  });
});
