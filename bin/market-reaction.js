#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI lives in the built package (dist/cli/main.js).
// A reader that closes the pipe early (`… | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
require('../dist/cli/main.js').runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
