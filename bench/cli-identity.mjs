#!/usr/bin/env node
// Byte-identity check for speed work on the event-study CLI (not a test): runs a fixed set of
// `market-reaction event-study` invocations — every output format (table, json, jsonl, csv, --pretty),
// --out DIR, --overlaps FILE, --shard + merge, standard output to a file and to a pipe, panels (long,
// wide, folder), events files naming tickers, stock names and price-file paths, other models and
// options, real Samsung/KOSPI data, and bad inputs — and compares each run's standard output,
// standard error, exit status and written files with a baseline saved from the build the work
// started at. Inputs are generated deterministically under the work folder (the bench's 10,000 AAPL
// events among them), so baseline and comparison read the same paths and manifests name the same
// commands.
//
//   node bench/cli-identity.mjs --save DIR [--bin PATH]   # on the starting build: write the baseline
//   node bench/cli-identity.mjs --compare DIR [--bin PATH] # after each change: exit 1 on any difference
//
// Options: --bin (default bin/market-reaction.js of this checkout; another checkout's launcher runs
// that build), --work DIR (default $TMPDIR/market-reaction-cli-identity; emptied first),
// --only SUBSTRING (run the cases whose name contains it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const saveDir = option('--save');
const compareDir = option('--compare');
if (!saveDir === !compareDir) {
  console.error('usage: node bench/cli-identity.mjs --save DIR | --compare DIR [--bin PATH] [--work DIR] [--only NAME]');
  process.exit(2);
}
const BIN = option('--bin', join(root, 'bin', 'market-reaction.js'));
const WORK = option('--work', join(tmpdir(), 'market-reaction-cli-identity'));
const ONLY = option('--only');
const AAPL = join(root, 'node_modules/@observablehq/sample-datasets/aapl.csv');
const SP500 = join(root, 'node_modules/vega-datasets/data/sp500-2000.csv');
const REAL = '/work/shared/data/real';

rmSync(WORK, { recursive: true, force: true });
const DATA = join(WORK, 'data');
const OUT = join(WORK, 'out');
mkdirSync(DATA, { recursive: true });
mkdirSync(OUT, { recursive: true });

// --- inputs --------------------------------------------------------------------------------
const write = (name, text) => {
  const path = join(DATA, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
};
// The bench's events (bench/event-study-cli.bench.mjs): AAPL dates with a full estimation window.
const aaplDates = readFileSync(AAPL, 'utf8').trim().split('\n').slice(1).map((l) => l.slice(0, 10));
const candidates = aaplDates.slice(262, aaplDates.length - 2);
let state = 424242;
const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
const benchEvents = (n) => write(`events-${n}.csv`, `ticker,date,id\n${Array.from({ length: n }, (_, i) => `aapl,${candidates[Math.floor(uniform() * candidates.length)]},e${i}`).join('\n')}\n`);
// Drawn in the bench's order (100, 900, 5,000, then 10,000): the same 10,000 events as the bench's.
for (const n of [100, 900, 5000]) benchEvents(n);
const ev10k = benchEvents(10000);
const ev1k = benchEvents(1000);

// A synthetic panel of ten stocks (one with gaps), 1,500 weekdays, 3,000 distinct (stock, date) events.
const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
const days = [];
for (let t = Date.UTC(2012, 0, 2); days.length < 1500; t += 86400000) if (new Date(t).getUTCDay() % 6 !== 0) days.push(new Date(t).toISOString().slice(0, 10));
let level = 100;
const market = days.map(() => (level *= 1 + 0.0003 + 0.01 * normal()));
const marketReturns = market.map((p, t) => (t === 0 ? 0 : p / market[t - 1] - 1));
const stocks = Array.from({ length: 10 }, (_, s) => {
  let p = 20 + 5 * s;
  const beta = 0.4 + uniform() * 1.2;
  return { name: `T${s}`, prices: marketReturns.map((r, t) => ((p *= 1 + 0.0002 + beta * r + 0.015 * normal()), s === 3 && t % 37 === 5 ? null : Number(p.toFixed(4)))) };
});
const marketFile = write('panel/market.csv', `date,close\n${days.map((d, t) => `${d},${market[t].toFixed(4)}`).join('\n')}\n`);
const long = ['date,ticker,close'];
for (const s of stocks) days.forEach((d, t) => s.prices[t] !== null && long.push(`${d},${s.name},${s.prices[t]}`));
const longFile = write('panel/long.csv', `${long.join('\n')}\n`);
const wideFile = write('panel/wide.csv', `date,${stocks.map((s) => s.name).join(',')}\n${days.map((d, t) => `${d},${stocks.map((s) => s.prices[t] ?? '').join(',')}`).join('\n')}\n`);
for (const s of stocks) write(`panel/tickers/${s.name}.csv`, `date,close\n${days.flatMap((d, t) => (s.prices[t] === null ? [] : [`${d},${s.prices[t]}`])).join('\n')}\n`);
const folder = join(DATA, 'panel/tickers');
const panelEvents = [];
const seen = new Set();
while (panelEvents.length < 3000) {
  const s = stocks[Math.floor(uniform() * stocks.length)].name;
  // Some dates fall on weekends (day 0 moves to a trading day) and some too early for an estimation window.
  const date = new Date(Date.UTC(2012, 0, 2) + Math.floor(uniform() * 2100) * 86400000).toISOString().slice(0, 10);
  if (seen.has(`${s},${date}`)) continue;
  seen.add(`${s},${date}`);
  panelEvents.push({ s, date, id: `p${panelEvents.length}` });
}
const panelEventsFile = write('panel/events.csv', `ticker,date,id\n${panelEvents.map((e) => `${e.s},${e.date},${e.id}`).join('\n')}\n`);
const noIdEvents = write('panel/events-noid.csv', `stock;date\n${panelEvents.slice(0, 500).map((e) => `${e.s};${e.date.split('-').reverse().join('.')}`).join('\n')}\n`);
const pathEvents = write('panel/events-paths.csv', `ticker,date,id\n${panelEvents.slice(0, 800).map((e) => `${join(folder, `${e.s}.csv`)},${e.date},${e.id}`).join('\n')}\n`);
const unknownEvents = write('panel/events-unknown.csv', `ticker,date,id\n${panelEvents.slice(0, 50).map((e, k) => `${k % 7 === 0 ? 'NOPE' : e.s},${e.date},${e.id}`).join('\n')}\n`);
const fewEvents = write('panel/events-few.csv', `ticker,date,id\n${panelEvents.slice(0, 40).map((e) => `${e.s},${e.date},${e.id}`).join('\n')}\n`);

// Bad inputs: one clear line each, exit 1 or 2.
const badDate = write('bad/date.csv', 'ticker,date,id\naapl,2010-03-01,a\naapl,2010-03-02,b\naapl,2010-13-45,c\n');
const badEmpty = write('bad/empty-ticker.csv', 'ticker,date\naapl,2010-03-01\n,2010-03-02\n');
const badDupId = write('bad/dup-id.csv', 'ticker,date,id\naapl,2010-03-01,x\naapl,2010-03-02,x\n');
const badDupEvent = write('bad/dup-event.csv', 'ticker,date\naapl,2010-03-01\naapl,2010-03-01\n');
const badColumns = write('bad/columns.csv', 'name,day\naapl,2010-03-01\n');
const badHeaderOnly = write('bad/header-only.csv', 'ticker,date,id\n');
const badUnknown = write('bad/unknown.csv', 'ticker,date\nmsft,2010-03-01\n');
const badPrice = write('bad/prices.csv', 'date,close\n2010-01-04,10\n2010-01-05,abc\n2010-01-06,11\n');
const csvInjection = write('bad/injection.csv', 'ticker,date,id\naapl,2010-03-01,=HYPERLINK("x")\naapl,2010-03-02,"+1,2"\n');
const crlfEvents = write('panel/events-crlf.csv', `\ufeffTicker,Date,ID\r\n${panelEvents.slice(0, 200).map((e) => `${e.s},${e.date},${e.id}`).join('\r\n')}\r\n`);

// --- cases ---------------------------------------------------------------------------------
const aaplStudy = (events) => ['event-study', '--stock', AAPL, '--market', SP500, '--events', events];
const panelStudy = (panel, events = panelEventsFile) => ['event-study', '--panel', panel, '--market', marketFile, '--events', events];
const samsung = ['event-study', '--stock', join(REAL, 'samsung_005930_KS.csv'), '--market', join(REAL, 'kospi_KS11.csv')];
const o = (name) => join(OUT, name);
/** name, argv after the bin, stdout: 'file' (redirected) or 'pipe'; files/dirs written (collected). */
const cases = [
  ['10k-like', [...aaplStudy(ev10k), '--format', 'json', '--quiet', '--tests', 'cross_sectional_t', '--no-by-day']],
  ['10k-json', [...aaplStudy(ev10k), '--format', 'json', '--quiet']],
  ['10k-json-pipe', [...aaplStudy(ev10k), '--format', 'json', '--quiet'], 'pipe'],
  ['10k-jsonl', [...aaplStudy(ev10k), '--format', 'jsonl', '--quiet']],
  ['10k-csv', [...aaplStudy(ev10k), '--format', 'csv', '--quiet', '--no-by-day']],
  ['10k-table', [...aaplStudy(ev10k), '--quiet', '--tests', 'bmp,corrado_rank']],
  ['10k-pretty', [...aaplStudy(ev10k), '--format', 'json', '--pretty', '--quiet', '--tests', 'patell,grank']],
  ['10k-overlaps', [...aaplStudy(ev10k), '--format', 'jsonl', '--quiet', '--overlaps', o('10k-overlaps.csv')], 'file', [o('10k-overlaps.csv')]],
  ['10k-out', [...aaplStudy(ev10k), '--quiet', '--out', o('10k-out')], 'file', [o('10k-out')]],
  ['1k-table-pipe', [...aaplStudy(ev1k), '--quiet'], 'pipe'],
  ['1k-progress', [...aaplStudy(ev1k), '--format', 'json', '--tests', 'cross_sectional_t']],
  ['1k-exclude', [...aaplStudy(ev1k), '--format', 'jsonl', '--quiet', '--exclude-other-events', '--pe-adjusted']],
  ['1k-estudy2', [...aaplStudy(ev1k), '--format', 'json', '--quiet', '--conventions', 'estudy2', '--sigma', 'n-1']],
  ['1k-madj-log', [...aaplStudy(ev1k), '--format', 'jsonl', '--quiet', '--model', 'market-adjusted', '--returns', 'log', '--window', '-2,2', '--window', '0,0']],
  ['1k-windows-json', [...aaplStudy(ev1k), '--format', 'json', '--quiet', '--window', '-1,1', '--window', '0,0', '--window', '-5,5', '--tests', 'bmp,wilcoxon']],
  ['1k-windows-pipe', [...aaplStudy(ev1k), '--format', 'json', '--quiet', '--window', '0,2', '--window', '-3,-1'], 'pipe'],
  ['1k-mean', [...aaplStudy(ev1k), '--format', 'csv', '--quiet', '--model', 'mean-adjusted', '--estimation', '-120,-6', '--window', '0,1']],
  ['1k-shard1', [...aaplStudy(ev1k), '--format', 'json', '--quiet', '--shard', '1/2', '--partial', o('part-1.json')], 'file', [o('part-1.json')]],
  ['1k-shard2', [...aaplStudy(ev1k), '--format', 'json', '--quiet', '--shard', '2/2', '--partial', o('part-2.json')], 'file', [o('part-2.json')]],
  ['1k-merge', ['event-study', 'merge', o('part-1.json'), o('part-2.json'), '--allow-missing']],
  ['1k-merge-json', ['event-study', 'merge', o('part-1.json'), o('part-2.json'), '--allow-missing', '--format', 'json', '--pretty']],
  ['panel-long', [...panelStudy(longFile), '--format', 'json', '--quiet']],
  ['panel-long-like', [...panelStudy(longFile), '--format', 'json', '--quiet', '--tests', 'cross_sectional_t', '--no-by-day']],
  ['panel-wide', [...panelStudy(wideFile), '--format', 'jsonl', '--quiet']],
  ['panel-folder', [...panelStudy(folder), '--format', 'csv', '--quiet']],
  ['panel-folder-table', [...panelStudy(folder, fewEvents), '--quiet']],
  ['panel-crlf', [...panelStudy(longFile, crlfEvents), '--format', 'json', '--quiet']],
  ['panel-overlaps-out', [...panelStudy(longFile), '--quiet', '--format', 'jsonl', '--overlaps', o('panel-overlaps.csv'), '--out', o('panel-out')], 'pipe', [o('panel-overlaps.csv'), o('panel-out')]],
  ['panel-market-ticker', ['event-study', '--panel', longFile, '--market', 'T0', '--events', fewEvents, '--format', 'json', '--quiet']],
  ['panel-unknown', [...panelStudy(longFile, unknownEvents), '--format', 'jsonl', '--quiet']],
  ['stocks-named', ['event-study', ...stocks.slice(0, 4).flatMap((s) => ['--stock', join(folder, `${s.name}.csv`)]), '--market', marketFile, '--events', fewEvents, '--format', 'json', '--quiet']],
  ['stocks-noid', ['event-study', ...stocks.flatMap((s) => ['--stock', join(folder, `${s.name}.csv`)]), '--market', marketFile, '--events', noIdEvents, '--format', 'jsonl', '--quiet']],
  ['paths', ['event-study', '--market', marketFile, '--events', pathEvents, '--format', 'json', '--quiet']],
  ['samsung-events', [...samsung, '--event', '2019-08-20', '--event', '2020-03-09', '--event', '2020-11-14', '--event', '2018-02-01']],
  ['samsung-json', [...samsung, '--event', '2019-08-20', '--event', '2020-03-19', '--format', 'json', '--pretty', '--stock-name', 'Samsung']],
  ['samsung-claim', [...samsung, '--check-claim', 'Samsung +1.95% on 2019-08-20']],
  ['samsung-claim-json', [...samsung, '--check-claim', 'Samsung +1.95% on 2019-08-20', '--format', 'json']],
  ['hynix-fdr', ['event-study', '--stock', join(REAL, 'skhynix_000660_KS.csv'), '--stock', join(REAL, 'samsung_005930_KS_fdr.csv'), '--market', join(REAL, 'kospi_KS11.csv'), '--event', '2020-03-23', '--event', 'skhynix_000660_KS@2019-01-24', '--format', 'csv']],
  ['injection-csv', [...aaplStudy(csvInjection), '--format', 'csv', '--quiet']],
  ['err-date', [...aaplStudy(badDate), '--format', 'json']],
  ['err-empty', [...aaplStudy(badEmpty), '--format', 'json']],
  ['err-dup-id', [...aaplStudy(badDupId)]],
  ['err-dup-event', [...aaplStudy(badDupEvent)]],
  ['err-columns', [...aaplStudy(badColumns)]],
  ['err-header-only', [...aaplStudy(badHeaderOnly)]],
  ['err-unknown', [...aaplStudy(badUnknown)]],
  ['err-missing-file', [...aaplStudy(join(DATA, 'nope.csv'))]],
  ['err-price', ['event-study', '--stock', badPrice, '--market', SP500, '--event', '2010-01-05']],
  ['err-format', [...aaplStudy(ev1k), '--format', 'xml']],
  ['err-tests', [...aaplStudy(ev1k), '--tests', 'nope']],
  ['err-no-market', ['event-study', '--stock', AAPL, '--events', ev1k]],
  ['err-none-measured', ['event-study', '--stock', AAPL, '--market', SP500, '--event', '1990-01-01', '--format', 'json']],
];

// --- run -----------------------------------------------------------------------------------
/** Every file under `path` (or the file itself), relative names → bytes. */
function collect(path) {
  if (!existsSync(path)) return { '': null };
  if (!statSync(path).isDirectory()) return { '': readFileSync(path) };
  const found = {};
  for (const name of readdirSync(path, { recursive: true }).sort()) {
    const full = join(path, name);
    if (statSync(full).isFile()) found[name] = readFileSync(full);
  }
  return found;
}

const results = {};
for (const [name, argv, stdout = 'file', files = []] of cases) {
  if (ONLY && !name.includes(ONLY)) continue;
  const stdoutFile = join(WORK, 'stdout.txt');
  let run;
  if (stdout === 'file') {
    const quoted = [process.execPath, BIN, ...argv].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    run = spawnSync('sh', ['-c', `exec ${quoted} > ${stdoutFile}`], { cwd: WORK, maxBuffer: 1 << 30 });
    run.stdout = readFileSync(stdoutFile);
  } else run = spawnSync(process.execPath, [BIN, ...argv], { cwd: WORK, maxBuffer: 1 << 30 });
  const entry = { 'stdout': run.stdout, 'stderr': Buffer.from(String(run.stderr).replaceAll(WORK, '$WORK')), 'status': Buffer.from(String(run.status)) };
  for (const f of files) for (const [rel, bytes] of Object.entries(collect(f))) entry[`file:${relative(OUT, f)}${rel ? `/${rel}` : ''}`] = bytes ?? Buffer.from('(missing)');
  results[name] = entry;
  process.stdout.write(`${name}: exit ${run.status}, ${run.stdout.length} B stdout, ${files.length ? `${Object.keys(entry).length - 3} file(s)` : 'no files'}\n`);
}

const safe = (key) => key.replaceAll('/', '__');
let differences = 0;
let compared = 0;
for (const [name, entry] of Object.entries(results)) {
  const dir = join(saveDir ?? compareDir, name);
  if (saveDir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [key, bytes] of Object.entries(entry)) writeFileSync(join(dir, safe(key)), bytes);
    continue;
  }
  const expected = existsSync(dir) ? readdirSync(dir).sort() : [];
  const actual = Object.keys(entry).map(safe).sort();
  if (expected.join('\n') !== actual.join('\n')) {
    differences++;
    console.log(`DIFF ${name}: outputs ${actual.join(', ')} vs baseline ${expected.join(', ')}`);
  }
  for (const [key, bytes] of Object.entries(entry)) {
    const file = join(dir, safe(key));
    compared++;
    if (!existsSync(file) || !readFileSync(file).equals(bytes)) {
      differences++;
      console.log(`DIFF ${name} ${key} (${bytes.length} B vs ${existsSync(file) ? statSync(file).size : 'no'} B in the baseline)`);
    }
  }
}
if (saveDir) console.log(`saved ${Object.keys(results).length} runs to ${saveDir}`);
else {
  console.log(`${compared} outputs of ${Object.keys(results).length} runs compared: ${differences === 0 ? 'identical' : `${differences} difference(s)`}`);
  if (differences > 0) process.exitCode = 1;
}
rmSync(WORK, { recursive: true, force: true });
