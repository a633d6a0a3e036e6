// Notebook execution: each notebook of notebooks/ against its pandas + Altair peer
// (bench/peer/*.peer.ipynb, same analysis in Python), both executed headless by the same
// Jupyter (nbclient, scripts/execute-notebooks.py), one at a time, alternating. Also an
// empty notebook (one cell `1`) per kernel: the cost of the kernel itself.
// Reports wall time per notebook (kernel start to last output) and the kernels' CPU time
// (user + system), and the ratio ours / peer; goal: each notebook ≤ 1.5× its peer. Ours runs
// twice: charts with PNG images (as committed) and charts as spec only, the peer's outputs.
// Then where our kernel's CPU goes, per notebook (bench/notebook-profile.mjs).
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
const f1 = (x) => x.toFixed(1);
const ratio = (ours, peer) => `${(ours / peer).toFixed(2)}×`;

/** Where one notebook's kernel CPU goes (bench/notebook-profile.mjs, in-process, no Jupyter). */
function profile(path, image) {
  const result = spawnSync(process.execPath, [join(root, 'bench', 'notebook-profile.mjs'), path, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, MARKET_REACTION_CHART_IMAGE: image, TZ: 'UTC' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout.trim().split('\n').pop()).totals;
}

/** Runs `fn` with the kernels started under MARKET_REACTION_CHART_IMAGE=image (they inherit the environment). */
function withImage(image, fn) {
  const saved = process.env.MARKET_REACTION_CHART_IMAGE;
  process.env.MARKET_REACTION_CHART_IMAGE = image;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.MARKET_REACTION_CHART_IMAGE;
    else process.env.MARKET_REACTION_CHART_IMAGE = saved;
  }
}

console.log(`notebook execution, best of ${runs} runs each, wall s / kernel CPU s (user + system); the three kernels of a notebook run in turn, one at a time.`);
console.log('  ours+img  = tslab kernel, charts as spec + PNG (as committed: GitHub, nbconvert and classic Notebook show them)');
console.log("  ours      = tslab kernel, charts as spec + title only (MARKET_REACTION_CHART_IMAGE=none): the same outputs as the peer");
console.log('  peer      = pandas + Altair 4 in ipykernel (bench/peer/*.peer.ipynb): HTML tables, charts as spec only');
console.log(`  ${'notebook'.padEnd(28)} ${'ours+img'.padStart(11)} ${'ours'.padStart(11)} ${'peer'.padStart(11)}  ${'ours/peer: wall, CPU (ours+img/peer)'.padEnd(42)} goal ≤ ${GOAL}× (wall)`);
const rows = [];
for (const [label, ours, peer] of pairs) {
  const [img, plain, other] = [[], [], []];
  for (let i = 0; i < runs; i++) {
    img.push(withImage('png', () => execute(KERNEL_NAME, ours)));
    plain.push(withImage('none', () => execute(KERNEL_NAME, ours)));
    if (peer) other.push(execute('python3', peer));
  }
  const o = { wall: best(img, 'wall'), cpu: best(img, 'cpu') };
  const n = { wall: best(plain, 'wall'), cpu: best(plain, 'cpu') };
  const cell = (x) => `${f1(x.wall)}/${f1(x.cpu)}`.padStart(11);
  if (!peer) {
    console.log(`  ${label.padEnd(28)} ${cell(o)} ${cell(n)}`);
    rows.push({ label, ours: ours });
    continue;
  }
  const p = { wall: best(other, 'wall'), cpu: best(other, 'cpu') };
  const verdict = label.startsWith('empty') ? '' : `${n.wall / p.wall <= GOAL ? 'met' : 'MISSED'}`;
  const ratios = `${ratio(n.wall, p.wall)}, ${ratio(n.cpu, p.cpu)} (${ratio(o.wall, p.wall)}, ${ratio(o.cpu, p.cpu)})`;
  console.log(`  ${label.padEnd(28)} ${cell(o)} ${cell(n)} ${cell(p)}  ${ratios.padEnd(42)} ${verdict}`);
  rows.push({ label, ours });
}

console.log('\nwhere the kernel CPU goes (bench/notebook-profile.mjs: tslab loaded in-process, no Jupyter/ZeroMQ), s:');
console.log(`  ${'notebook'.padEnd(28)} ${'kernel start'.padStart(12)} ${'TypeScript'.padStart(11)} ${'cells run'.padStart(10)} ${'run +img'.padStart(9)}`);
for (const { label, ours } of rows) {
  if (label.startsWith('empty')) continue;
  const [plain, img] = [profile(ours, 'none'), profile(ours, 'png')];
  if (!plain || !img) {
    console.log(`  ${label.padEnd(28)} (profile failed)`);
    continue;
  }
  console.log(`  ${label.padEnd(28)} ${plain.startCpu.toFixed(2).padStart(12)} ${plain.compileCpu.toFixed(2).padStart(11)} ${plain.runCpu.toFixed(2).padStart(10)} ${img.runCpu.toFixed(2).padStart(9)}`);
}
console.log('  kernel start = loading TypeScript 5.0 + tslab and its first program (lib.es2022 + @types/node); TypeScript = type-check and emit of every cell; cells run = our code.');
