#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package (dist/cli/main.js).
require('../dist/cli/main.js').runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
