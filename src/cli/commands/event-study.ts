import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCommandArgs } from '../args';
import { InputError, UsageError } from '../../errors';
import { parseMoveClaim } from '../../eventstudy/claim';
import type { EventSpec } from '../../eventstudy/eventStudy';
import { writeOutDirTables } from '../../eventstudy/output/outDir';
import { partialToJson, shardOf } from '../../eventstudy/partial';
import { studyIdentity } from '../../eventstudy/shardSet';
import { panelFingerprint } from '../../panel/fingerprint';
import type { EventStudyOptions, EventStudyResult, ModelName, NonTradingDayPolicy } from '../../eventstudy/types';
import { openOutputFolder } from '../../io/output-folder';
import { markAsInput, refuseInput, writeFileAtomic } from '../../io/files';
import { readEventColumns, readPanel } from '../../panel/readPanel';
import { readPriceFile } from '../../prices/readPriceFile';
import { createProgress } from '../../progress';
import type { PriceSeries } from '../../prices/types';
import type { CliIO, Command } from '../command';
import { checkClaims, claimJson, fix, formatClaim, pct, readFacts } from './event-study-claims';
import { outputPlan, runDuckDB, runInMemory, runMerge, statusTally, tableOnStdout, type StudyRun } from './event-study-run';
import { SIGNIFICANCE_LEGEND, significanceStars } from '../../eventstudy/testResult';
import { readFactorFile } from '../../prices/factorFile';
import type { FactorTable } from '../../prices/factorTable';

const HELP = `Usage: market-reaction event-study --stock FILE --market FILE --event DATE [--event DATE …] [options]
       market-reaction event-study --panel FILE|DIR --market FILE|TICKER --events FILE [options]
       market-reaction event-study --stock FILE [--market FILE] --check-claim "Samsung +1.95% on 2019-08-20"
       market-reaction event-study merge PART… [--format table|json|csv] [--out DIR [--force]] [--allow-missing] [--quiet]

Measures abnormal returns around events from daily price CSVs (Yahoo, Stooq,
investing.com, FinanceDataReader/KRX/Naver, FRED, semicolon/decimal-comma, date,close)
or from panels (long or wide CSV, a folder of price files, Parquet).

Inputs:
  --stock FILE             stock prices; repeat for several stocks
  --panel FILE|DIR         many stocks at once: a long CSV (date,ticker,price), a wide CSV
                           (date,AAPL,MSFT,…), a folder of per-ticker price files, or Parquet
  --market FILE|TICKER     market index prices: a price file, or a ticker of the --panel
  --event DATE             event date (YYYY-MM-DD) for every stock, or STOCK@DATE for one
                           stock (STOCK = file name without extension); repeatable
  --events FILE            CSV of events with columns ticker (or stock), date and optional id;
                           the ticker is a --stock name, a --panel ticker or a price file path
  --engine NAME            memory (default for CSV) | duckdb (default for Parquet): DuckDB reads
                           only the windows the events need, in batches (panels larger than memory)
  --price-column NAME      read this column instead of the detected one (e.g. Close)

Study:
  --model NAME             market (default) | market-adjusted | mean-adjusted | factor (needs --factors)
  --estimation FROM,TO     estimation window in trading days relative to day 0 (default -260,-11)
  --window FROM,TO         event window (default -1,1); repeat for more CAR windows, each tested
                           (--window -1,1 --window 0,0 --window -5,5): the first gives the daily ARs
  --conventions NAME       default (the papers) | estudy2 (R's estudy2 0.10.0: sd() σ, its distributions,
                           raw ranks, pooled p̂, 90% coverage in CAR tests) — see the README's table
  --tests A,B,…            compute and report only these tests (names as in the output, e.g.
                           bmp,corrado_rank); work only the others need is skipped (default: all 16)
  --no-by-day              no per-day tests (AAR = 0 on each window day), only the window's
  --factors FILE           daily factor returns (Fama–French CSV as published: YYYYMMDD dates, percent)
  --factor-columns A,B     factor columns used as regressors (default: every column but RF)
  --risk-free COLUMN       risk-free column subtracted from stock returns (default RF when present)
  --factor-unit UNIT       percent (default, as Kenneth French publishes) | fraction
  --stock-name NAME        the stock's name in tables, charts and the report (repeat in --stock order)
  --market-name NAME       the market's name (default: the file name)
  --report                 (with --out DIR) a self-contained HTML report (events, AAR/CAAR with band, AR/CAR per event,
                           tests with stars, data provenance, conventions) and the charts as SVG and PNG
  --min-estimation N       fewest estimation returns per event (default min(100, window length))
  --returns KIND           simple (default) | log
  --non-trading-day P      next (default) | previous | skip: where day 0 goes when the date is not a trading day
  --max-shift-days N       most calendar days day 0 may move to a trading day (default 7); farther: no_trading_day
  --max-abs-return PCT     plausibility bound on a daily return in percent (default 90); an event whose windows
                           hold a larger move gets status suspect_data naming the day and prices
  --exclude-other-events   leave other events' windows (same stock) out of each estimation window
  --pe-adjusted            per-event t statistics use the prediction-error variance
  --sigma DENOMINATOR      dof (default: SSR/(n − parameters)) | n-1 (R's sd(), as estudy2's Patell/Boehmer)
  --check-claim TEXT       compare a stated move ("Samsung +1.95% on 2019-08-20") with the file whose name
                           matches the subject (the --market file for "market"/"index" subjects)
  --facts FILE             JSON facts (an array, or {moves: [...]}, of {subject, changePct, date}) to check

Output (written as the events are computed; output size is linear in the events):
  --format FORMAT          table (default) | json (compact, one event per line) | jsonl (one event
                           per line, then one aggregate line) | csv (events table)
  --pretty                 indent the JSON
  --out DIR                write event-study.json, events.csv, ar.csv, tests.csv, tests_by_day.csv,
                           aar.csv and the CAAR chart (caar.svg/png/html) into DIR (an empty or new
                           folder, or one written by market-reaction: see its manifest)
  --force                  write into a non-empty DIR not written by market-reaction
  --overlaps FILE          list the overlapping event pairs (same stock) as CSV; each event's
                           output has their counts by kind
  --quiet                  no progress on stderr (shown for runs over a second), nor the
                           study-design warnings (they stay in the table, JSON and --out)

Scale:
  --shard I/K              run only the events of shard I of K (stocks hashed to shards) and
                           write the partial sums to --partial FILE (or DIR/partial-I-of-K.json)
  --partial FILE           where --shard writes its partial sums
  merge PART…              merge shards' partial sums: the same tests as one run over all events
                           (refuses parts of other studies or splits, a shard twice, a missing shard
                           unless --allow-missing) and the same study-design warnings

Returns in JSON/CSV are fractions (0.0195 = +1.95%); the table shows percent. Every test states the
distribution its p-value is read from; ${SIGNIFICANCE_LEGEND}.
Exit status: 0 when at least one event (or claim) is measured; 1 bad input, or no event measured
(each event's reason is printed); 2 bad usage.`;

/** `market-reaction event-study`: event study and claim checks from price files and panels. */
export const eventStudyCommand: Command = {
  name: 'event-study',
  summary: 'Abnormal returns, CARs and significance tests around event dates from price CSVs, panels or Parquet',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    if (args[0] === 'merge') return runMerge(args.slice(1), io);
    const { values } = parseOptions(args);
    const plan = outputPlan(values);
    const stockFiles = values.stock ?? [];
    if (stockFiles.length === 0 && !values.events && !values.panel) throw new UsageError('event-study needs --stock FILE, --panel FILE|DIR or --events FILE naming price files');
    const priceColumn = values['price-column'];
    // A panel DuckDB reads is never replaced by an output of this run (--overlaps, --partial).
    if (values.panel) markAsInput(values.panel);
    const engine = values.engine ?? (values.panel && /\.parquet$/i.test(values.panel) ? 'duckdb' : 'memory');
    if (engine !== 'memory' && engine !== 'duckdb') throw new UsageError(`--engine must be memory or duckdb, got "${engine}"`);
    if (engine === 'duckdb' && !values.panel) throw new UsageError('--engine duckdb needs --panel FILE (Parquet or CSV)');
    const names = seriesNames(values, stockFiles.length);
    const stocks = stockFiles.map((file, k) => readPriceFile(file, { ...(priceColumn ? { priceColumn } : {}), ...(names.stocks[k] ? { name: names.stocks[k] } : {}) }));
    const panelStocks = values.panel && engine === 'memory' ? await readPanel(values.panel, priceColumn ? { priceColumn } : {}) : [];
    const market = values.market ? marketSeries(values.market, panelStocks, priceColumn, names.market) : undefined;
    const studyOptions = studyOptionsFrom(values);
    const factors = factorsFrom(values, studyOptions);
    const report = reportOptionsFrom(values);
    const claims = [...(values['check-claim'] ?? []).map(parseMoveClaim), ...(values.facts ? readFacts(values.facts) : [])];
    const eventArgs = values.event ?? [];
    if (claims.length === 0 && eventArgs.length === 0 && !values.events) throw new UsageError('event-study needs --event DATE, --events FILE or --check-claim TEXT');
    const head: Record<string, unknown> = {};
    const text: string[] = [];
    if (claims.length > 0) {
      if (stocks.length === 0) throw new UsageError('--check-claim needs --stock FILE');
      const checks = checkClaims(claims, stocks, market?.series, priceColumn, studyOptions);
      head.claims = checks.map(claimJson);
      text.push(...checks.map(formatClaim));
    }
    if (eventArgs.length === 0 && !values.events) {
      io.stdout(plan.format === 'table' ? text.join('\n\n') : JSON.stringify(head, null, plan.pretty ? 2 : undefined));
      return 0;
    }
    if (!market && !factors) throw new UsageError('event-study needs --market FILE (or a --panel TICKER) to measure abnormal returns (or --model factor --factors FILE)');
    if (engine === 'duckdb' && (factors || report || studyOptions.carWindows)) throw new UsageError('--engine duckdb runs the market models with one --window; --model factor, --report and several --window run in memory (--engine memory)');
    const known = [...stocks, ...panelStocks];
    let events = [...eventSpecs(eventArgs, known), ...(values.events ? eventsFromFile(values.events, known, priceColumn, !values.panel ? 'none' : engine === 'duckdb' ? 'file' : 'memory') : [])];
    const shard = values.shard ? parseShard(values.shard) : undefined;
    // Checked before any work: a shard whose partial cannot be written is wasted.
    if (shard && !values.partial && !plan.out) throw new UsageError('--shard needs --partial FILE (or --out DIR) for its partial sums');
    if (values.partial && !shard) throw new UsageError('--partial FILE goes with --shard I/K (the partial sums of one shard)');
    if (values.partial) refuseInput(values.partial);
    // Every shard of one run carries the identity of the whole study (events before sharding, market).
    const study = shard ? studyIdentity(events.map((e) => ({ stock: typeof e.stock === 'string' ? e.stock : e.stock.name, date: e.date, ...(e.id !== undefined ? { id: e.id } : {}) })), market?.series?.name ?? market?.ticker, values.panel ? panelFingerprint(values.panel) : undefined) : undefined;
    if (shard) events = events.filter((e) => shardOf(typeof e.stock === 'string' ? e.stock : e.stock.name, shard.count) === shard.index);
    // The output folder is checked (ours, empty or --force) before any work.
    const folder = plan.out ? openOutputFolder(plan.out, { force: plan.force, command: ['event-study', ...args].join(' ') }) : undefined;
    const progress = createProgress({ unit: 'events', label: 'event-study', writeLine: io.stderr, quiet: values.quiet });
    const tally = statusTally();
    const run: StudyRun = { plan, folder, io, head, text, stocks: known, events, options: studyOptions, onProgress: progress.update, onStage: progress.stage, formatTable: formatStudy, warn: values.quiet || tableOnStdout(plan) ? undefined : (m: string) => io.stderr(`event-study: warning: ${m}`), factors, command: ['event-study', ...args], report, factorsFile: values.factors, tally };
    try {
      const { partial, aggregate } = engine === 'duckdb' ? await runDuckDB(run, values.panel!, market!, priceColumn) : await runInMemory(run, market?.series);
      if (shard) {
        const name = `partial-${shard.index}-of-${shard.count}.json`;
        const text = partialToJson({ ...partial(), study: study! }, shard);
        if (values.partial) writeFileAtomic(values.partial, text);
        else folder!.write(name, text);
      }
      if (folder) {
        const written = await writeOutDirTables(folder, aggregate, partial(), { chart: !report });
        folder.commit();
        if (!plan.explicitFormat) io.stdout(`Wrote ${folder.dir}: event-study.json, events.csv, ar.csv, ${written.map((f) => basename(f)).join(', ')}`);
      }
    } finally {
      progress.stop();
    }
    // A shard may hold no measurable event; only the merged run decides.
    const failure = shard ? undefined : tally.failure();
    if (failure) {
      io.stderr(`market-reaction: ${failure}`);
      return 1;
    }
    return 0;
  },
};

/** The market: a price file, or a ticker of the panel (a Parquet panel's ticker is read by DuckDB). */
function marketSeries(value: string, panel: PriceSeries[], priceColumn: string | undefined, name: string | undefined): { series?: PriceSeries; ticker?: string } {
  const inPanel = panel.find((s) => s.name === value);
  if (inPanel) return { series: inPanel };
  if (existsSync(value)) return { series: readPriceFile(value, { ...(priceColumn ? { priceColumn } : {}), ...(name ? { name } : {}) }) };
  if (panel.length > 0) throw new UsageError(`--market "${value}" is neither a price file nor a ticker of the --panel`);
  return { ticker: value };
}

function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count)) throw new UsageError(`--shard must be I/K with 1 ≤ I ≤ K, e.g. 2/8; got "${text}"`);
  return { index, count };
}

function parseOptions(args: string[]) {
  return parseCommandArgs('event-study', args, {
    stock: { type: 'string', multiple: true },
    market: { type: 'string' },
    event: { type: 'string', multiple: true },
    events: { type: 'string' },
    model: { type: 'string' },
    estimation: { type: 'string' },
    window: { type: 'string', multiple: true },
    conventions: { type: 'string' },
    tests: { type: 'string' },
    'no-by-day': { type: 'boolean' },
    factors: { type: 'string' },
    'factor-columns': { type: 'string' },
    'risk-free': { type: 'string' },
    'factor-unit': { type: 'string' },
    'stock-name': { type: 'string', multiple: true },
    'market-name': { type: 'string' },
    out: { type: 'string' },
    report: { type: 'boolean' },
    'min-estimation': { type: 'string' },
    returns: { type: 'string' },
    'non-trading-day': { type: 'string' },
    'max-shift-days': { type: 'string' },
    'max-abs-return': { type: 'string' },
    'exclude-other-events': { type: 'boolean' },
    'pe-adjusted': { type: 'boolean' },
    sigma: { type: 'string' },
    'price-column': { type: 'string' },
    'check-claim': { type: 'string', multiple: true },
    facts: { type: 'string' },
    format: { type: 'string' },
    panel: { type: 'string' },
    engine: { type: 'string' },
    pretty: { type: 'boolean' },
    overlaps: { type: 'string' },
    quiet: { type: 'boolean' },
    force: { type: 'boolean' },
    shard: { type: 'string' },
    partial: { type: 'string' },
  });
}

export type Values = ReturnType<typeof parseOptions>['values'];

function studyOptionsFrom(values: Values): EventStudyOptions {
  const model = values.model ?? 'market';
  if (!['market', 'market-adjusted', 'mean-adjusted', 'factor'].includes(model)) throw new UsageError(`--model must be market, market-adjusted, mean-adjusted or factor, got "${model}"`);
  const options: EventStudyOptions = { model: model as ModelName };
  if (values.estimation) options.estimation = parseWindow('--estimation', values.estimation);
  const windows = (values.window ?? []).map((w) => parseWindow('--window', w));
  if (windows.length > 0) options.window = windows[0];
  if (windows.length > 1) options.carWindows = windows.slice(1);
  if (values.conventions) {
    if (values.conventions !== 'default' && values.conventions !== 'estudy2') throw new UsageError(`--conventions must be default or estudy2, got "${values.conventions}"`);
    options.conventions = values.conventions;
  }
  // Names are checked by the library (OptionError: one line, exit 2).
  if (values.tests !== undefined) options.tests = values.tests.split(',').map((name) => name.trim());
  if (values['no-by-day']) options.testsByDay = false;
  if (values['min-estimation']) {
    const n = Number(values['min-estimation']);
    if (!Number.isInteger(n)) throw new UsageError(`--min-estimation must be an integer, got "${values['min-estimation']}"`);
    options.minEstimation = n;
  }
  if (values.returns) {
    if (values.returns !== 'simple' && values.returns !== 'log') throw new UsageError(`--returns must be simple or log, got "${values.returns}"`);
    options.returns = values.returns;
  }
  if (values['non-trading-day']) {
    if (!['next', 'previous', 'skip'].includes(values['non-trading-day'])) throw new UsageError(`--non-trading-day must be next, previous or skip, got "${values['non-trading-day']}"`);
    options.nonTradingDay = values['non-trading-day'] as NonTradingDayPolicy;
  }
  if (values['max-shift-days'] !== undefined) {
    const days = Number(values['max-shift-days']);
    if (!Number.isInteger(days) || days < 0) throw new UsageError(`--max-shift-days must be a whole number of calendar days ≥ 0, got "${values['max-shift-days']}"`);
    options.maxDay0ShiftDays = days;
  }
  if (values['max-abs-return'] !== undefined) {
    const pct = Number(values['max-abs-return'].replace(/%$/, ''));
    if (!(pct > 0) || !Number.isFinite(pct)) throw new UsageError(`--max-abs-return must be a percentage > 0 such as 90, got "${values['max-abs-return']}"`);
    options.maxAbsReturn = pct / 100;
  }
  options.excludeOtherEvents = values['exclude-other-events'] ?? false;
  options.predictionErrorAdjusted = values['pe-adjusted'] ?? false;
  if (values.sigma) {
    if (values.sigma !== 'dof' && values.sigma !== 'n-1') throw new UsageError(`--sigma must be dof or n-1, got "${values.sigma}"`);
    options.sigmaDenominator = values.sigma;
  }
  return options;
}

/** --stock-name (in --stock order) and --market-name: the names titles and legends use. */
function seriesNames(values: Values, stockCount: number): { stocks: string[]; market?: string } {
  const stocks = values['stock-name'] ?? [];
  if (stocks.length > stockCount) throw new UsageError(`${stocks.length} --stock-name for ${stockCount} --stock file(s): give one name per --stock, in the same order`);
  for (const name of [...stocks, values['market-name'] ?? 'x']) if (!name.trim()) throw new UsageError('--stock-name and --market-name must not be empty');
  return { stocks, market: values['market-name'] };
}

/** --factors FILE for the factor model: factor columns (default all but RF) and the risk-free column (default RF). */
function factorsFrom(values: Values, options: EventStudyOptions): FactorTable | undefined {
  if (!values.factors) {
    if (options.model === 'factor') throw new UsageError('--model factor needs --factors FILE (daily factor returns, e.g. Fama–French)');
    return undefined;
  }
  if (options.model !== 'factor') throw new UsageError('--factors needs --model factor');
  const unit = values['factor-unit'] ?? 'percent';
  if (unit !== 'percent' && unit !== 'fraction') throw new UsageError(`--factor-unit must be percent or fraction, got "${unit}"`);
  const table = readFactorFile(values.factors, { unit });
  const columns = Object.keys(table.columns);
  const riskFree = values['risk-free'] ?? (columns.includes('RF') ? 'RF' : undefined);
  const chosen = values['factor-columns'] ? values['factor-columns'].split(',').map((c) => c.trim()) : columns.filter((c) => c !== riskFree);
  for (const c of [...chosen, ...(riskFree ? [riskFree] : [])]) {
    if (!columns.includes(c)) throw new UsageError(`--factors ${values.factors}: no column "${c}" (columns: ${columns.join(', ')})`);
  }
  options.factorColumns = chosen;
  if (riskFree) options.riskFreeColumn = riskFree;
  return table;
}

/** --out DIR --report: where the HTML report goes. */
function reportOptionsFrom(values: Values): { dir: string } | undefined {
  if (!values.report) return undefined;
  if (!values.out) throw new UsageError('--report needs --out DIR (the folder the report and its charts are written to)');
  return { dir: values.out };
}

function parseWindow(name: string, text: string): [number, number] {
  const m = /^\s*\[?\s*(-?\d+)\s*[,:]\s*(-?\d+)\s*\]?\s*$/.exec(text);
  if (!m) throw new UsageError(`${name} must be FROM,TO in trading days, e.g. -260,-11; got "${text}"`);
  return [Number(m[1]), Number(m[2])];
}

function eventSpecs(args: string[], stocks: PriceSeries[]): EventSpec[] {
  return args.flatMap((arg) => {
    const m = /^(?:(.+)@)?(\d{4}-\d{2}-\d{2})$/.exec(arg.trim());
    if (!m) throw new UsageError(`--event must be YYYY-MM-DD or STOCK@YYYY-MM-DD, got "${arg}"`);
    const [, stock, date] = m;
    if (stock === undefined) return stocks.map((s) => ({ stock: s.name, date }));
    const found = stockByName(stocks, stock);
    if (!found) throw new UsageError(`--event ${arg}: no --stock file named "${stock}" (stocks: ${stocks.map((s) => s.name).join(', ')})`);
    return [{ stock: found.name, date }];
  });
}

/** A stock by its name, or by its file name without extension when --stock-name renamed it. */
function stockByName(stocks: PriceSeries[], name: string): PriceSeries | undefined {
  return stocks.find((s) => s.name === name) ?? stocks.find((s) => s.source.file !== undefined && basename(s.source.file).replace(/\.[^.]*$/, '') === name);
}

/**
 * Events from a CSV (ticker or stock, date, optional id). A ticker that is not a --stock
 * name or a panel ticker is read as a price-file path, once per path however many events name it.
 * With the DuckDB engine tickers are looked up in the panel file instead.
 */
function eventsFromFile(file: string, stocks: PriceSeries[], priceColumn: string | undefined, panel: 'none' | 'memory' | 'file'): EventSpec[] {
  const { stocks: names, dates, ids, lines } = readEventColumns(file);
  const spec = (stock: string, date: string, id: string): EventSpec => (id ? { stock, date, id } : { stock, date });
  if (panel === 'file') return names.map((name, r) => spec(name, dates[r], ids[r]));
  const byPath = new Map<string, PriceSeries>();
  // Looked up once per distinct ticker (a panel has thousands of stocks, an events file 100,000 rows).
  const known = new Map<string, PriceSeries | undefined>();
  const lookUp = (name: string) => {
    if (!known.has(name)) known.set(name, stockByName(stocks, name));
    return known.get(name);
  };
  return names.map((name, r) => {
    let stock = lookUp(name) ?? byPath.get(name);
    if (!stock) {
      // A ticker missing from a panel is that event's status (unknown_stock), as with DuckDB.
      if (panel === 'memory' && !existsSync(name)) return spec(name, dates[r], ids[r]);
      if (!existsSync(name)) throw new InputError(`stock "${name}" is neither a --stock name, a --panel ticker nor a price file`, { file, line: lines[r], value: name });
      stock = readPriceFile(name, priceColumn ? { priceColumn } : {});
      byPath.set(name, stock);
      stocks.push(stock);
      known.clear(); // its name may be a ticker looked up before
    }
    return spec(stock.name, dates[r], ids[r]);
  });
}

/** The text report (only for --format table). */
function formatStudy(result: EventStudyResult, stocks: PriceSeries[], market: PriceSeries | undefined): string {
  const o = result.options;
  const describe = (s: PriceSeries) => `${s.name} (${s.source.file}, format ${s.source.format}, column ${s.source.priceColumn}${s.source.skippedRows.length ? `, ${s.source.skippedRows.length} rows without price skipped` : ''})`;
  const lines = [
    `Event study: ${o.model} model, estimation [${o.estimation.join(', ')}], window [${o.window.join(', ')}], ${o.returns} returns, ${o.conventions} conventions`,
    ...(market ? [`Market: ${describe(market)}`] : []),
    ...stocks.map((s) => `Stock: ${describe(s)}`),
    ...result.alignment.map((a) => `Aligned ${a.stock} with ${a.market}: ${a.commonDays} common days; dropped ${a.droppedFromStock.length} stock-only and ${a.droppedFromMarket.length} market-only days`),
    '',
  ];
  const header = ['event', 'day 0', 'status', 'n', 'alpha', 'beta', 'sigma', 'R²', 'CAR', 'BHAR', 't(CAR)'];
  const cells = (e: EventStudyResult['events'][number]) => [e.id, e.day0Date ?? '-', e.status, String(e.n), pct(e.alpha, 3), fix(e.beta), pct(e.sigma), fix(e.r2), pct(e.car), pct(e.bhar), fix(e.tCar, 2)];
  const eventWidths = widthsOf([header, ...result.events.map(cells)]);
  lines.push(row(header, eventWidths));
  for (const e of result.events) {
    lines.push(row(cells(e), eventWidths));
    if (e.note) lines.push(`    note: ${e.note}`);
    if (e.reason) lines.push(`    reason: ${e.reason}`);
    for (const d of e.ar) lines.push(`    day ${String(d.day).padStart(3)}  ${d.date}  return ${pct(d.ret).padStart(8)}  expected ${pct(d.expected).padStart(8)}  AR ${pct(d.ar).padStart(8)}  t ${fix(d.tAr, 2)}`);
  }
  const overlapping = result.events.filter((e) => e.overlaps && (e.overlaps.eventWindows > 0 || e.overlaps.inEstimation > 0));
  if (overlapping.length > 0) {
    const excluded = result.options.excludeOtherEvents ? ' (excluded from estimation)' : '';
    const shown = overlapping.slice(0, 20);
    lines.push('', `Overlaps (other events of the same stock; --overlaps FILE lists every pair)${overlapping.length > shown.length ? `: ${overlapping.length.toLocaleString('en-US')} events overlap, the first ${shown.length} shown` : ''}:`);
    for (const e of shown) lines.push(`  ${e.id}: ${e.overlaps!.eventWindows} sharing event-window days, ${e.overlaps!.inEstimation} in its estimation window${excluded}`);
  }
  // The pairs themselves, when the study listed them (in memory: up to MAX_LISTED_OVERLAPS).
  const shownOverlaps = result.overlaps.slice(0, 20);
  if (result.overlaps.length > shownOverlaps.length || result.overlapCount) lines.push(`overlaps: ${(result.overlapCount ?? result.overlaps.length).toLocaleString('en-US')} pairs of events overlap; the first ${shownOverlaps.length} are listed (all in --overlaps FILE)`);
  for (const ov of shownOverlaps) lines.push(`overlap: ${ov.kind === 'in-estimation' ? `${ov.other}'s window lies in ${ov.event}'s estimation window` : `${ov.event} and ${ov.other} share event-window days`}${ov.excluded ? ' (excluded from estimation)' : ''}`);
  const a = result.aggregate;
  lines.push('', `Across ${a.nEvents} event(s): CAAR ${pct(a.caar)}; AAR ${a.aar.map((d) => `day ${d.day} ${pct(d.aar)}`).join(', ')}`);
  for (const w of result.windows) {
    lines.push('', `CAAR [${w.window.join(', ')}]: ${pct(w.caar)} over ${w.nEvents} event(s)`);
    const testRows = [
      ['test (CAAR = 0)', 'statistic', 'p-value', '', 'distribution'],
      ...w.tests.map((t) => [
        t.name,
        fix(t.statistic),
        fix(t.pValue, 4),
        significanceStars(t.pValue),
        t.distribution + (t.df !== undefined ? `(${Number.isInteger(t.df) ? t.df : t.df.toFixed(2)})` : '') + (t.days !== undefined ? `, ${t.days} day(s)` : '') + (t.note ? `  ${t.note}` : ''),
      ]),
    ];
    const testWidths = widthsOf(testRows);
    for (const cellsOfTest of testRows) lines.push(row(cellsOfTest, testWidths));
  }
  lines.push(SIGNIFICANCE_LEGEND, ...(a.warnings ?? []).map((w) => `warning: ${w.message}`));
  return lines.join('\n');
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

/** Column widths fitting every row. */
function widthsOf(rows: string[][]): number[] {
  return rows.reduce<number[]>((w, cells) => cells.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
}
