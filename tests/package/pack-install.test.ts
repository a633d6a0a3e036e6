/**
 * The package as a user installs it: scripts/pack-install.mjs packs it, installs the
 * tarball into a fresh temporary project (npm registry only; npm 11 must list no install script
 * of ours) and there runs a CommonJS script, an ESM script, the CLI, a strict TypeScript check of a
 * `tsc --init` project, ESM and CommonJS TypeScript compiled with "module": "nodenext" and run
 * (under Node 22 and 24 too when `npm run test:node-matrix` installed them), and one notebook.
 */
import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { jupyterMissing } from '../notebooks/jupyter';

const root = resolve(__dirname, '../..');

describe('npm pack → npm install into a fresh project', () => {
  it('works from CommonJS, ESM, the CLI, strict TypeScript and a notebook', { timeout: 420_000 }, async () => {
    const skipNotebook = jupyterMissing(root);
    if (skipNotebook) console.warn(`pack-install: notebook step skipped: ${skipNotebook}`);
    const args = [resolve(root, 'scripts/pack-install.mjs'), '--node', 'cached', ...(skipNotebook ? ['--no-notebook'] : [])];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, maxBuffer: 16 << 20 }).catch((error) => error);
    const report = JSON.parse(stdout);
    const failed = Object.entries(report.steps).filter(([, step]) => !(step as { ok: boolean }).ok);
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
    // Small enough to install quickly: the bundled danfojs is ~3 MB of the unpacked size.
    expect(report.steps.pack.bytes).toBeLessThan(2_000_000);
    expect(report.steps.install.duckdbInstalled).toBe(false);
    expect(report.steps.install.installScriptsListed.filter((line: string) => line.startsWith('market-reaction@'))).toEqual([]);
    expect(Object.keys(report.steps['typescript-nodenext'].ran)).toContain(process.version);
    expect(report.steps.cjs).toMatchObject({ excessPp: 0.9, rate: 1206.93, frameShape: [2, 12], svg: true });
    expect(report.steps.esm).toMatchObject({ excessPp: 0.9, rate: 1206.93, frameShape: [2, 12], svg: true });
    // Without skipLibCheck only other packages' own declarations may fail (vega-lite 5 under exactOptionalPropertyTypes).
    expect(report.steps['typescript-no-skipLibCheck'].failingDeclarationsOf).not.toContain('market-reaction');
    if (!skipNotebook) expect(report.steps.notebook.outputs[3]).toContain('image/png');
  });
});
