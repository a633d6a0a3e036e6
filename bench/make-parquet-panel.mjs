#!/usr/bin/env node
// Writes a synthetic whole-market price panel as Parquet with DuckDB (not committed: ~300 MB):
// STOCKS stocks × DAYS weekdays of prices (long layout: date, ticker, close, sorted by ticker
// then date, row groups of 100,000 rows) plus the market index as ticker MKT, and an events
// CSV (ticker, date, id) of EVENTS random events with a full estimation window.
// Prices follow a market model: r = α + β·r_m + σ·ε with ε, r_m from a hash of (stock, day),
// so the data are the same on every run and need no memory beyond DuckDB's own.
//
// Usage: node bench/make-parquet-panel.mjs DIR [STOCKS=5000] [DAYS=5000] [EVENTS=100000]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const [dir = 'bench-data', stocks = '5000', days = '5000', eventCount = '100000'] = process.argv.slice(2);
const S = Number(stocks);
const D = Number(days);
const N = Number(eventCount);
mkdirSync(dir, { recursive: true });
const panel = join(dir, `panel-${S}x${D}.parquet`);
const eventsFile = join(dir, `events-${S}x${D}-${N}.csv`);
const { DuckDBInstance } = require('@duckdb/node-api');
const instance = await DuckDBInstance.create(':memory:', { memory_limit: '2GB', threads: '2' });
const db = await instance.connect();
// Uniform in (0, 1) from a hash; a normal by Box–Muller from two of them.
const uniform = (expr) => `((hash(${expr}) % 1000000007)::DOUBLE + 0.5) / 1000000007`;
const normal = (a, b) => `sqrt(-2 * ln(${uniform(a)})) * cos(2 * pi() * ${uniform(b)})`;
// Weekday d (0-based) → a date: 5 trading days per calendar week from 2000-01-03 (a Monday).
const dateOf = (d) => `DATE '2000-01-03' + CAST((${d} // 5) * 7 + ${d} % 5 AS INTEGER)`;
if (!existsSync(panel)) {
  const started = Date.now();
  await db.run(`CREATE TABLE market AS SELECT d, 0.0003 + 0.01 * ${normal('d * 2 + 1', 'd * 2 + 2')} AS rm FROM range(${D}) t(d)`);
  await db.run(`CREATE TABLE params AS SELECT s, 0.0002 * ${normal('s * 7 + 3', 's * 7 + 4')} AS alpha, 0.5 + ${uniform('s * 7 + 5')} AS beta, 0.01 + 0.02 * ${uniform('s * 7 + 6')} AS sigma FROM range(${S}) t(s)`);
  await db.run(`COPY (
      SELECT ${dateOf('d')} AS date, printf('S%05d', s) AS ticker,
             50 * exp(sum(ln(1 + alpha + beta * rm + sigma * ${normal('s * 100003 + d * 2 + 7', 's * 100003 + d * 2 + 8')})) OVER (PARTITION BY s ORDER BY d)) AS close
      FROM params, market
      UNION ALL
      SELECT ${dateOf('d')}, 'MKT', 1000 * exp(sum(ln(1 + rm)) OVER (ORDER BY d)) FROM market
      ORDER BY ticker, date
    ) TO '${panel}' (FORMAT parquet, ROW_GROUP_SIZE 100000)`);
  console.log(`wrote ${panel} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if (!existsSync(eventsFile)) {
  let state = 987654321;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const rows = [];
  for (let i = 0; i < N; i++) {
    const d = 262 + Math.floor(next() * (D - 264));
    const date = new Date(Date.UTC(2000, 0, 3) + (Math.floor(d / 5) * 7 + (d % 5)) * 86400000).toISOString().slice(0, 10);
    rows.push(`S${String(Math.floor(next() * S)).padStart(5, '0')},${date},e${i}`);
  }
  writeFileSync(eventsFile, `ticker,date,id\n${rows.join('\n')}\n`);
}
db.closeSync();
instance.closeSync();
console.log(JSON.stringify({ panel, events: eventsFile }));
