#!/usr/bin/env node
// Executes the project's notebooks headless in real Jupyter (nbclient) with the
// project's TypeScript kernel, and prints a JSON report of every problem
// (error outputs, TypeScript errors, exceptions), by cell number.
//
//   node scripts/run-notebooks.mjs [--out-dir DIR] [notebooks/NAME.ipynb ...]
//       executes copies into DIR (default: a fresh temp folder); originals untouched
//   node scripts/run-notebooks.mjs --save [notebooks/NAME.ipynb ...]
//       executes and writes the outputs back into the notebooks (to commit them)
//
// Exit: 0 all clean, 1 a notebook has problems, 2 cannot run (no Jupyter, no dist/).
// Needs dist/ (npm run build) and Jupyter (node scripts/ensure-system-deps.mjs jupyter).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KERNEL_NAME, PYTHON, ensureNotebookKernel, executeNotebooks, root } from './jupyter-kernel.mjs';

function fail(message) {
  console.error(`run-notebooks: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  options: { save: { type: 'boolean', default: false }, 'out-dir': { type: 'string' } },
  allowPositionals: true,
});
const notebooksDir = join(root, 'notebooks');
const notebooks = positionals.length
  ? positionals.map((path) => resolve(path))
  : readdirSync(notebooksDir)
      .filter((name) => name.endsWith('.ipynb'))
      .sort()
      .map((name) => join(notebooksDir, name));
for (const path of notebooks) if (!existsSync(path)) fail(`no such notebook: ${path}`);

if (!existsSync(join(root, 'dist', 'index.js'))) fail('dist/index.js is missing: run "npm run build" first');
const hasJupyter = spawnSync(PYTHON, ['-c', 'import nbclient, nbformat'], { stdio: 'ignore' }).status === 0;
if (!hasJupyter) fail(`Jupyter (nbclient) is missing for ${PYTHON}: run "node scripts/ensure-system-deps.mjs jupyter"`);
try {
  ensureNotebookKernel();
} catch (error) {
  fail(error.message);
}

const outDir = values['out-dir'] ?? mkdtempSync(join(tmpdir(), 'market-reaction-notebooks-'));
const run = executeNotebooks(['--kernel', KERNEL_NAME, ...notebooks], outDir);
if (run.status !== 0) fail(`nbclient failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
const report = JSON.parse(run.stdout);

const clean = report.notebooks.every((notebook) => notebook.problems.length === 0);
if (values.save) {
  for (const notebook of report.notebooks) {
    const original = notebooks.find((path) => basename(path) === notebook.name);
    if (notebook.problems.length === 0) copyFileSync(notebook.path, original);
  }
}
for (const notebook of report.notebooks) {
  const verdict = notebook.problems.length ? `${notebook.problems.length} problem(s)` : 'ok';
  console.error(`${notebook.name}: ${verdict} in ${notebook.seconds} s${values.save && !notebook.problems.length ? ' (saved)' : ''}`);
  for (const problem of notebook.problems) console.error(`  cell ${problem.cell} ${problem.kind}: ${problem.message}`);
}
console.log(JSON.stringify(report, null, 2));
process.exit(clean ? 0 : 1);
