#!/usr/bin/env node
// Compiles src/ into dist/ with tsc (tsconfig.build.json), every file: the build information file
// (dist.tsbuildinfo) is removed first, so an incremental compile cannot skip an output that was deleted
// or edited by hand. tsc then writes dist.tsbuildinfo anew — as every later incremental or watching
// `tsc -p tsconfig.build.json` does whenever it rewrites files, which tells bin/market-reaction.js that the
// CLI bundles (scripts/bundle-cli.mjs, run after this in `npm run build`) hold older code.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist.tsbuildinfo'), { force: true });
try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
} catch {
  process.exit(1);
}
