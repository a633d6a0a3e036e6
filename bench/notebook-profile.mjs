#!/usr/bin/env node
// Where a notebook's time goes inside the tslab kernel, without Jupyter: loads tslab's
// converter and executor in this process exactly as `tslab kernel` does (cwd = the
// notebook's folder), then runs each code cell, timing separately the TypeScript work
// (type-check + emit, tslab's `convert`) and the cell's own run (our code: analysis,
// tables, chart rendering). Display messages go to a stub instead of ZeroMQ.
// Usage: node bench/notebook-profile.mjs notebooks/01-article-reaction.ipynb [--json]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? 'notebooks/01-article-reaction.ipynb');
const notebook = JSON.parse(readFileSync(file, 'utf8'));
process.chdir(dirname(file));

const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; };
const now = () => performance.now() / 1000;
function timed(fn) {
  const [w, c] = [now(), cpu()];
  const value = fn();
  return { value, wall: now() - w, cpu: cpu() - c };
}
async function timedAsync(fn) {
  const [w, c] = [now(), cpu()];
  const value = await fn();
  return { value, wall: now() - w, cpu: cpu() - c };
}

const require = createRequire(join(root, 'node_modules', 'tslab', 'package.json'));
const phases = [];
const load = timed(() => ({
  converter: require('./dist/converter.js'),
  executor: require('./dist/executor.js'),
  jupyter: require('./dist/jupyter.js'),
}));
phases.push({ phase: 'load tslab + TypeScript 5.0', ...load });
const { converter, executor, jupyter } = load.value;
const displays = [];
jupyter.lastWriteDisplayData = (message) => displays.push(Object.keys(message.data));

const conv = timed(() => converter.createConverter({ isJS: false, isBrowser: false }));
phases.push({ phase: 'create converter (lib + @types/node)', ...conv });
let compile = { wall: 0, cpu: 0 };
const node = conv.value;
const convs = {
  node: {
    ...node,
    convert(prev, src) {
      const t = timed(() => node.convert(prev, src));
      compile = t;
      return t.value;
    },
  },
  close: () => node.close(),
};
const stdout = [];
const exec = executor.createExecutor(process.cwd(), convs, {
  log: (...a) => stdout.push(a),
  error: (...a) => stdout.push(['stderr', ...a]),
});
const cells = [];
let index = 0;
for (const cell of notebook.cells) {
  index += 1;
  if (cell.cell_type !== 'code') continue;
  const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
  const before = displays.length;
  compile = { wall: 0, cpu: 0 };
  const total = await timedAsync(() => exec.execute(source));
  const errors = stdout.filter((line) => line[0] === 'stderr');
  if (errors.length) console.error(`cell ${index}:`, errors.map((e) => e.slice(1).join(' ')).join('\n'));
  stdout.length = 0;
  cells.push({
    cell: index,
    ok: total.value,
    compileWall: compile.wall,
    compileCpu: compile.cpu,
    runWall: total.wall - compile.wall,
    runCpu: total.cpu - compile.cpu,
    displays: displays.slice(before).map((keys) => keys.filter((k) => k !== 'text/plain').join('+')),
  });
}
exec.close();
const sum = (key) => cells.reduce((s, c) => s + c[key], 0);
const report = {
  notebook: file,
  phases,
  cells,
  totals: {
    startCpu: phases.reduce((s, p) => s + p.cpu, 0),
    compileCpu: sum('compileCpu'),
    runCpu: sum('runCpu'),
    processCpu: cpu(),
  },
};
if (asJson) {
  console.log(JSON.stringify(report));
} else {
  const f = (x) => x.toFixed(2).padStart(6);
  console.log(`${file}`);
  for (const p of phases) console.log(`  ${p.phase.padEnd(42)} wall ${f(p.wall)} s  CPU ${f(p.cpu)} s`);
  for (const c of cells) {
    console.log(`  cell ${String(c.cell).padEnd(3)} compile wall ${f(c.compileWall)} CPU ${f(c.compileCpu)} | run wall ${f(c.runWall)} CPU ${f(c.runCpu)}  ${c.displays.join(', ')}${c.ok ? '' : '  FAILED'}`);
  }
  const t = report.totals;
  console.log(`  CPU: kernel start ${f(t.startCpu)} s, TypeScript per cell ${f(t.compileCpu)} s, cells' own run ${f(t.runCpu)} s; whole process ${f(t.processCpu)} s`);
}
