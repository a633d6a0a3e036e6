// Start-up of the CLI, whole process (node start + imports + work), median of several runs:
//   market-reaction --help            goal ≤ 0.15 s
//   market-reaction analyze <seed>    goal ≤ 0.35 s (summary on stdout; --out DIR also draws charts)
// Beside them, in the same run: Node's own start (node -e 0), and the Python peer's
// imports (python3 -c "import pandas, altair"), what a pandas + Altair user pays first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'market-reaction.js');
const seed = join(root, 'seeds', '000_fbcb48a8abd69ce1.txt');
const runs = Number(process.env.BENCH_RUNS ?? 9);

// CPU time (user + system) comes from GNU time when present: unlike wall time it does not
// grow when other processes share the cores.
const gnuTime = existsSync('/usr/bin/time');

function time(command, args) {
  const seconds = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', 'CPU %U %S', command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    const match = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
    if (match) cpu.push(Number(match[1]) + Number(match[2]));
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { median: median(seconds), min: Math.min(...seconds), cpu: cpu.length ? median(cpu) : undefined };
}

const rows = [
  ['node -e 0 (Node start alone)', process.execPath, ['-e', '0']],
  ['market-reaction --help', process.execPath, [bin, '--help'], 0.15],
  ['market-reaction analyze <seed>', process.execPath, [bin, 'analyze', seed], 0.35],
  ['market-reaction analyze <seed> --out DIR (+ 12 chart files)', process.execPath, [bin, 'analyze', seed, '--out', mkdtempSync(join(tmpdir(), 'mr-bench-'))]],
  ['market-reaction facts <seed>', process.execPath, [bin, 'facts', seed]],
];
if (existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import pandas, altair']).status === 0) {
  rows.push(['peer: python3 -c "import pandas, altair"', '/usr/bin/python3', ['-c', 'import pandas, altair']]);
}
console.log(`whole process: wall time median (min) of ${runs} runs${gnuTime ? ', CPU time (user + system) median' : ''}`);
let missed = 0;
for (const [label, command, args, goal] of rows) {
  const { median, min, cpu } = time(command, args);
  // Goals are judged on CPU time when measured (equal to wall time on an idle machine), else wall.
  const judged = cpu ?? median;
  const verdict = goal === undefined ? '' : `  goal ≤ ${goal} s (${cpu === undefined ? 'wall' : 'CPU'}): ${judged <= goal ? 'met' : 'MISSED'}`;
  if (goal !== undefined && judged > goal) missed += 1;
  const cpuText = cpu === undefined ? '' : `  CPU ${cpu.toFixed(2)} s`;
  console.log(`  ${label.padEnd(62)} ${median.toFixed(3)} s (${min.toFixed(3)})${cpuText}${verdict}`);
}
if (missed) console.log(`  ${missed} start-up goal(s) missed (machine load counts: see the Node start line)`);
