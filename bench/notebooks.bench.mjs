// Notebook execution: each notebook of notebooks/ against its pandas + Altair peer
// (bench/peer/*.peer.ipynb, same analysis in Python), both executed headless by the same
// Jupyter (nbclient, scripts/execute-notebooks.py), one at a time, alternating. Also an
// empty notebook (one cell `1`) per kernel: the cost of the kernel itself.
// Reports wall time per notebook (kernel start to last output) and the kernels' CPU time
// (user + system), and the ratio ours / peer; goal: each notebook ≤ 1.5× its peer.
// Needs Jupyter and Debian's python3-pandas python3-altair (installed when root).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KERNEL_NAME, PYTHON, ensureNotebookKernel, executeNotebooks } from '../scripts/jupyter-kernel.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 2);
const GOAL = 1.5;

const hasPeer = () => spawnSync(PYTHON, ['-c', 'import nbclient, pandas, altair, ipykernel'], { stdio: 'ignore' }).status === 0;
if (!hasPeer() && process.getuid?.() === 0) {
  spawnSync('apt-get', ['install', '-y', '-q', 'python3-pandas', 'python3-altair', 'python3-nbclient', 'python3-ipykernel'], { stdio: 'ignore' });
}
if (!hasPeer()) {
  console.log('skipped: needs /usr/bin/python3 with nbclient, ipykernel, pandas, altair (apt-get install python3-pandas python3-altair python3-nbclient python3-ipykernel)');
  process.exit(0);
}
ensureNotebookKernel();

const work = mkdtempSync(join(tmpdir(), 'mr-notebook-bench-'));
function emptyNotebook(kernel, name) {
  const path = join(root, 'bench', 'peer', name);
  const notebook = { cells: [{ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: '1' }], metadata: { kernelspec: { name: kernel, display_name: kernel, language: kernel === 'python3' ? 'python' : 'typescript' } }, nbformat: 4, nbformat_minor: 5 };
  writeFileSync(path, JSON.stringify(notebook));
  return path;
}

/** One notebook, alone: its wall seconds and its kernel's CPU seconds. */
function execute(kernel, path) {
  const result = executeNotebooks(['--kernel', kernel, '--jobs', '1', path], mkdtempSync(join(work, 'run-')));
  if (result.status !== 0) throw new Error(`${path}: executor exit ${result.status}: ${result.stderr.slice(-300)}`);
  const report = JSON.parse(result.stdout);
  const [notebook] = report.notebooks;
  if (notebook.problems.length) throw new Error(`${path}: ${JSON.stringify(notebook.problems).slice(0, 300)}`);
  return { wall: notebook.seconds, cpu: report.kernel_cpu_seconds };
}

const pairs = [
  ['empty notebook (one cell: 1)', emptyNotebook(KERNEL_NAME, '.empty-ts.ipynb'), emptyNotebook('python3', '.empty-py.ipynb')],
  ...['01-article-reaction', '02-won-dollar', '03-event-study'].map((name) => [
    name,
    join(root, 'notebooks', `${name}.ipynb`),
    join(root, 'bench', 'peer', `${name}.peer.ipynb`),
  ]),
];
if (existsSync(join(root, 'notebooks', '04-your-article.ipynb'))) pairs.push(['04-your-article (no peer)', join(root, 'notebooks', '04-your-article.ipynb'), null]);

const best = (list, key) => Math.min(...list.map((x) => x[key]));
console.log(`notebook execution, best of ${runs} runs each (wall s / kernel CPU s); ours = tslab kernel, peer = pandas + Altair in ipykernel`);
console.log(`  ${'notebook'.padEnd(30)} ${'ours wall'.padStart(10)} ${'peer wall'.padStart(10)} ${'ours CPU'.padStart(9)} ${'peer CPU'.padStart(9)}  ratio wall / CPU`);
for (const [label, ours, peer] of pairs) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(execute(KERNEL_NAME, ours));
    if (peer) b.push(execute('python3', peer));
  }
  const [ow, oc] = [best(a, 'wall'), best(a, 'cpu')];
  if (!peer) {
    console.log(`  ${label.padEnd(30)} ${ow.toFixed(1).padStart(10)} ${''.padStart(10)} ${oc.toFixed(1).padStart(9)}`);
    continue;
  }
  const [pw, pc] = [best(b, 'wall'), best(b, 'cpu')];
  const [rw, rc] = [ow / pw, oc / pc];
  const verdict = label.startsWith('empty') ? '' : `  goal ≤ ${GOAL}×: ${rw <= GOAL ? 'met' : 'MISSED'} (wall)`;
  console.log(`  ${label.padEnd(30)} ${ow.toFixed(1).padStart(10)} ${pw.toFixed(1).padStart(10)} ${oc.toFixed(1).padStart(9)} ${pc.toFixed(1).padStart(9)}  ${rw.toFixed(2)}× / ${rc.toFixed(2)}×${verdict}`);
}
