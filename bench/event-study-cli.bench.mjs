#!/usr/bin/env node
// Whole-process event-study benchmark (not a test): `market-reaction event-study` on AAPL vs
// the S&P 500 (npm sample data) with 100, 900, 5,000, 10,000 and 100,000 random event dates,
// JSON to a file, against the usual pandas + statsmodels script doing the same study
// (bench/event_study_pandas_cli.py). Prints wall time, CPU time, peak RSS and output size
// per run (from /usr/bin/time), and the ratios in CPU seconds (the comparable figure on a shared
// machine) and wall clock, goal at 10,000 events ≥ 30× in CPU on the same outputs: a second CLI run
// per size asks for exactly the peer's outputs (--tests cross_sectional_t --no-by-day); the first,
// the default full battery (16 tests for the window and each day, GRANK), is printed beside it.
//
// Each CLI figure up to 10,000 events is the median of BENCH_CLI_RUNS runs (default 5; the two CLI
// commands alternate, so both see the same load), its CPU times listed beside it; larger sizes and
// the Python script (16 s at 10,000 events) run once.
//
// Environment: BENCH_CLI_EVENTS (comma list) changes the sizes; BENCH_CLI_PY_MAX (default
// 10000) is the largest size the Python script runs (100,000 would take minutes); BENCH_CLI_RUNS
// (default 5) the CLI runs per size up to 10,000 events.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const BIN = join(root, 'bin', 'market-reaction.js');
const AAPL = join(root, 'node_modules/@observablehq/sample-datasets/aapl.csv');
const SP500 = join(root, 'node_modules/vega-datasets/data/sp500-2000.csv');
const SIZES = (process.env.BENCH_CLI_EVENTS ?? '100,900,5000,10000,100000').split(',').map(Number);
const PY_MAX = Number(process.env.BENCH_CLI_PY_MAX ?? 10000);
const RUNS = Math.max(1, Number(process.env.BENCH_CLI_RUNS ?? 5));
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';

/** Runs a command under /usr/bin/time: wall, CPU (user + sys) seconds and peak RSS. */
function measure(command, args) {
  const run = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = run.stderr.split('\n').find((l) => l.startsWith('TIME '));
  if (run.status !== 0 || !line) return { failed: `exit ${run.status}: ${run.stderr.split('\n').filter((l) => !l.startsWith('TIME ')).slice(-2).join(' ')}` };
  const [wall, user, sys, rssKb] = line.split(' ').slice(1).map(Number);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

/** The median of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each of `commands` (functions returning a `measure` result) `runs` times, alternating, and
 * gives per command the median wall and CPU time, the largest RSS and every run's CPU time.
 */
function measureAlternating(commands, runs) {
  const results = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach((command, k) => results[k].push(command()));
  return results.map((list) => {
    const failed = list.find((m) => m.failed);
    if (failed) return failed;
    return { wall: median(list.map((m) => m.wall)), cpu: median(list.map((m) => m.cpu)), rssMb: Math.max(...list.map((m) => m.rssMb)), cpus: list.map((m) => m.cpu) };
  });
}

/** "median of 5 runs (CPU 0.38 0.37 …)" for a measured CLI figure. */
const runsNote = (m) => (m.cpus && m.cpus.length > 1 ? `; median of ${m.cpus.length} runs, CPU s ${m.cpus.map((c) => c.toFixed(2)).join(' ')}` : '');

if (!existsSync(TIME)) {
  console.log('skipped: needs /usr/bin/time (Debian package "time") to measure peak RSS');
  process.exit(0);
}
const aaplDates = readFileSync(AAPL, 'utf8').trim().split('\n').slice(1).map((l) => l.slice(0, 10));
// Event dates with a full estimation window in the AAPL file (≥ 261 trading days in).
const candidates = aaplDates.slice(262, aaplDates.length - 2);
let state = 424242;
const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
const hasPandas = spawnSync(PYTHON, ['-c', 'import pandas, statsmodels, scipy'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'mr-cli-bench-'));
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
try {
  console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  console.log(`AAPL (${aaplDates.length} days) vs S&P 500, market model [-260,-11], window [-1,1], all tests; events drawn from ${candidates.length} trading days (so many share a date and overlap)`);
  console.log(`${'events'.padStart(7)} | ${'CLI --format json'.padEnd(38)} | ${'pandas + statsmodels script'.padEnd(30)} | ratio CPU (wall)`);
  console.log(`${''.padStart(7)} | ${'  same outputs as the peer: --tests cross_sectional_t --no-by-day'}`);
  let goal;
  for (const n of SIZES) {
    const events = join(dir, `events-${n}.csv`);
    const rows = Array.from({ length: n }, (_, i) => `aapl,${candidates[Math.floor(uniform() * candidates.length)]},e${i}`);
    writeFileSync(events, `ticker,date,id\n${rows.join('\n')}\n`);
    const out = join(dir, `out-${n}.json`);
    const cli = (extra, file) => measure('sh', ['-c', `exec ${process.execPath} ${BIN} event-study --stock ${AAPL} --market ${SP500} --events ${events} --format json --quiet${extra} > ${file}`]);
    // The peer's outputs exactly (per-event AR, t_AR, CAR, t_CAR, p_CAR and the cross-sectional t
    // test for the window): the like-for-like row, which decides the goal.
    const likeOut = join(dir, `like-${n}.json`);
    const [jsm, like] = measureAlternating([() => cli('', out), () => cli(' --tests cross_sectional_t --no-by-day', likeOut)], n <= 10000 ? RUNS : 1);
    let jsText = jsm.failed ?? `${jsm.wall.toFixed(2)} s (CPU ${jsm.cpu.toFixed(2)} s), ${jsm.rssMb.toFixed(0)} MB RSS, ${mb(statSync(out).size)}`;
    if (!jsm.failed) {
      const parsed = JSON.parse(readFileSync(out, 'utf8'));
      if (parsed.events.length !== n) jsText += ` (${parsed.events.length} events!)`;
    }
    let pyText = 'not run';
    let ratio = '';
    let likeRatio = '';
    if (!hasPandas) pyText = 'skipped: apt-get install python3-pandas python3-statsmodels';
    else if (n <= PY_MAX) {
      const py = measure(PYTHON, [join(here, 'event_study_pandas_cli.py'), AAPL, SP500, events, join(dir, `py-${n}.json`)]);
      pyText = py.failed ?? `${py.wall.toFixed(2)} s (CPU ${py.cpu.toFixed(2)} s), ${py.rssMb.toFixed(0)} MB RSS`;
      if (!py.failed && !jsm.failed) ratio = `${(py.cpu / jsm.cpu).toFixed(1)}× (wall ${(py.wall / jsm.wall).toFixed(1)}×)`;
      if (!py.failed && !like.failed) {
        likeRatio = `${(py.cpu / like.cpu).toFixed(1)}× (wall ${(py.wall / like.wall).toFixed(1)}×)`;
        if (n === 10000) goal = py.cpu / like.cpu;
      }
      if (!py.failed && !jsm.failed && n <= 1000) {
        // Same numbers? CAR of every event.
        const a = JSON.parse(readFileSync(out, 'utf8')).events;
        const b = JSON.parse(readFileSync(join(dir, `py-${n}.json`), 'utf8')).events;
        const worst = Math.max(...a.map((e, i) => (e.status === 'ok' ? Math.abs(e.car - b[i].car) : 0)));
        ratio += `  max |ΔCAR| ${worst.toExponential(1)}`;
      }
    } else pyText = `not run (> BENCH_CLI_PY_MAX=${PY_MAX})`;
    console.log(`${String(n).padStart(7)} | ${jsText.padEnd(38)} | ${pyText.padEnd(30)} | ${ratio}  (all 16 tests, window and each day${runsNote(jsm)})`);
    const likeText = like.failed ?? `${like.wall.toFixed(2)} s (CPU ${like.cpu.toFixed(2)} s), ${like.rssMb.toFixed(0)} MB RSS, ${mb(statSync(likeOut).size)}`;
    console.log(`${''.padStart(7)} | ${likeText.padEnd(38)} | ${''.padEnd(30)} | ${likeRatio}  (the peer's outputs${runsNote(like)})`);
  }
  const verdict = goal === undefined ? 'not measured (needs 10000 in BENCH_CLI_EVENTS and pandas)' : `${goal.toFixed(1)}×: ${goal >= 30 ? 'met' : 'NOT met'}`;
  console.log(`goal at 10,000 events: CLI ≥ 30× the pandas + statsmodels script in CPU seconds on the same outputs (whole process, same run): ${verdict}`);
  // The peer's CPU time grows with the machine's load more than the CLI's: say how loaded it was.
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${availableParallelism()} cores`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
