#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package. Each command is bundled into one file
// (dist/cli/<command>.bundle.js, see scripts/bundle-cli.mjs: fewer files to resolve and read,
// only that command's code to compile); anything else, or a bundle older than the last build
// (tsc run without the bundle step), runs dist/cli/main.js.
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
const cli = require(join(dist, bundle && built(bundle) >= built('main.js') ? bundle : 'main.js'));
// A failed write to standard output (closed pipe, full disk) is one line, never a stack trace.
cli.guardStandardOutput();
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
