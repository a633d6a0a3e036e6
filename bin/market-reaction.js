#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package, bundled into one file (dist/cli/bundle.js,
// see scripts/bundle-cli.mjs: fewer files to resolve and read at start-up), or dist/cli/main.js
// when there is no bundle or it is older than the last build (tsc run without the bundle step).
const { statSync } = require('node:fs');
const { join } = require('node:path');
// Node ≥ 22.1 keeps compiled code between runs (faster start-up); on older Node this does nothing.
require('node:module').enableCompileCache?.();
// Stack traces of internal errors name the source files (the bundle's map).
if (process.env.MARKET_REACTION_DEBUG) process.setSourceMapsEnabled(true);
const dist = join(__dirname, '..', 'dist', 'cli');
const built = (file) => statSync(join(dist, file), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const cli = require(join(dist, built('bundle.js') >= built('main.js') ? 'bundle.js' : 'main.js'));
// A failed write to standard output (closed pipe, full disk) is one line, never a stack trace.
cli.guardStandardOutput();
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
