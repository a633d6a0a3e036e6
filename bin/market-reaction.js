#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package. Each command is bundled into one file
// (dist/cli/<command>.bundle.js, see scripts/bundle-cli.mjs: fewer files to resolve and read,
// only that command's code to compile); anything else, or a bundle older than the last compile,
// runs dist/cli/main.js. "Older than the last compile": `npm run build` compiles every file
// (main.js is rewritten) and then bundles; an incremental or watching `tsc -p tsconfig.build.json`
// rewrites only the changed files but always dist.tsbuildinfo (tsconfig.build.json) — so a bundle
// holding code a later compile replaced is never run. An installed package has no tsbuildinfo.
const { statSync } = require('node:fs');
const { join } = require('node:path');
// Node ≥ 22.1 keeps compiled code between runs (faster start-up); on older Node this does nothing.
require('node:module').enableCompileCache?.();
// Stack traces of internal errors name the built files (the bundles' source maps).
if (process.env.MARKET_REACTION_DEBUG) process.setSourceMapsEnabled(true);
const dist = join(__dirname, '..', 'dist', 'cli');
const built = (file) => statSync(join(dist, file), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const command = process.argv[2] ?? '';
const bundle = /^[a-z][a-z-]*$/.test(command) ? `${command}.bundle.js` : undefined;
const fresh = (file) => {
  const time = built(file);
  return time >= 0 && time >= built('main.js') && time >= built(join('..', '..', 'dist.tsbuildinfo'));
};
const cli = require(join(dist, bundle && fresh(bundle) ? bundle : 'main.js'));
// A failed write to standard output (closed pipe, full disk) is one line, never a stack trace.
cli.guardStandardOutput();
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
