#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package (dist/cli/main.js).
// Node ≥ 22.1 keeps compiled code between runs (faster start-up); on older Node this does nothing.
require('node:module').enableCompileCache?.();
const cli = require('../dist/cli/main.js');
// A failed write to standard output (closed pipe, full disk) is one line, never a stack trace.
cli.guardStandardOutput();
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
