#!/usr/bin/env node
// Whole-market panel benchmark (not a test): a synthetic 5,000-stock × 5,000-day Parquet
// panel (25 M prices, ~240 MB; generated once by bench/make-parquet-panel.mjs into
// BENCH_DATA_DIR, default $TMPDIR/market-reaction-bench, never committed) and 100,000 events,
// market model, all tests, through `market-reaction event-study --panel … --engine duckdb`
// (DuckDB reads only the windows each batch of tickers needs). Prints wall and CPU time,
// peak RSS (goal ≤ 2 GB) and the output's size.
//
// Environment: BENCH_PANEL=STOCKSxDAYSxEVENTS (default 5000x5000x100000), BENCH_DATA_DIR.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'bin', 'market-reaction.js');
const [S, D, N] = (process.env.BENCH_PANEL ?? '5000x5000x100000').split('x').map(Number);
const dir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'market-reaction-bench');
const TIME = '/usr/bin/time';

if (!existsSync(TIME)) {
  console.log('skipped: needs /usr/bin/time (Debian package "time") to measure peak RSS');
  process.exit(0);
}
const panel = join(dir, `panel-${S}x${D}.parquet`);
const events = join(dir, `events-${S}x${D}-${N}.csv`);
if (!existsSync(panel) || !existsSync(events)) {
  console.log(`generating ${panel} (${S} stocks × ${D} days) and ${N} events with DuckDB — about 5 minutes on 2 cores, once …`);
  const gen = spawnSync(process.execPath, [join(here, 'make-parquet-panel.mjs'), dir, String(S), String(D), String(N)], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(1);
}
const out = join(dir, `out-${S}x${D}-${N}.jsonl`);
const run = spawnSync('sh', ['-c', `exec ${TIME} -f 'TIME %e %U %S %M' ${process.execPath} ${BIN} event-study --panel ${panel} --market MKT --events ${events} --format jsonl --quiet > ${out}`], { encoding: 'utf8' });
const line = run.stderr.split('\n').find((l) => l.startsWith('TIME '));
if (run.status !== 0 || !line) {
  console.log(`failed (exit ${run.status}): ${run.stderr.slice(-500)}`);
  process.exit(1);
}
const [wall, user, sys, rssKb] = line.split(' ').slice(1).map(Number);
const rssMb = rssKb / 1024;
const lines = Number(spawnSync('wc', ['-l', out], { encoding: 'utf8' }).stdout.trim().split(' ')[0]);
console.log(`panel: ${S} stocks × ${D} days in Parquet (${(statSync(panel).size / 1048576).toFixed(0)} MB), ${N} events, market model [-260,-11], window [-1,1], all tests`);
console.log(`CLI --engine duckdb --format jsonl: ${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU, peak RSS ${rssMb.toFixed(0)} MB (goal ≤ 2048 MB: ${rssMb <= 2048 ? 'met' : 'NOT met'}), ${lines - 1} event lines + 1 aggregate line, ${(statSync(out).size / 1048576).toFixed(0)} MB`);
rmSync(out, { force: true });
