import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../args';
import { InputError, UsageError } from '../../errors';
import { checkMoveClaim, parseMoveClaim, type ClaimCheck, type MoveClaim } from '../../eventstudy/claim';
import type { EventSpec } from '../../eventstudy/eventStudy';
import { writeOutDirTables } from '../../eventstudy/output/outDir';
import { partialToJson, shardOf } from '../../eventstudy/partial';
import type { EventStudyOptions, EventStudyResult, ModelName, NonTradingDayPolicy } from '../../eventstudy/types';
import { writeTextFile } from '../../io/write';
import { readEventsCsv, readPanel } from '../../panel/readPanel';
import { readPriceFile } from '../../prices/readPriceFile';
import { createProgress } from '../../progress';
import type { PriceSeries } from '../../prices/types';
import type { CliIO, Command } from '../command';
import { outputPlan, runDuckDB, runInMemory, runMerge, type StudyRun } from './event-study-run';

const HELP = `Usage: market-reaction event-study --stock FILE --market FILE --event DATE [--event DATE …] [options]
       market-reaction event-study --panel FILE|DIR --market FILE|TICKER --events FILE [options]
       market-reaction event-study --stock FILE [--market FILE] --check-claim "Samsung +1.95% on 2019-08-20"
       market-reaction event-study merge PART… [--format table|json|csv] [--out DIR]

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
  --model NAME             market (default) | market-adjusted | mean-adjusted
  --estimation FROM,TO     estimation window in trading days relative to day 0 (default -260,-11)
  --window FROM,TO         event window (default -1,1)
  --min-estimation N       fewest estimation returns per event (default min(100, window length))
  --returns KIND           simple (default) | log
  --non-trading-day P      next (default) | previous | skip: where day 0 goes when the date is not a trading day
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
                           aar.csv and the CAAR chart (caar.svg/png/html) into DIR
  --overlaps FILE          list the overlapping event pairs (same stock) as CSV; each event's
                           output has their counts by kind
  --quiet                  no progress on stderr (shown for runs over a second)

Scale:
  --shard I/K              run only the events of shard I of K (stocks hashed to shards) and
                           write the partial sums to --partial FILE (or DIR/partial-I-of-K.json)
  --partial FILE           where --shard writes its partial sums
  merge PART…              merge shards' partial sums: the same tests as one run over all events

Returns in JSON/CSV are fractions (0.0195 = +1.95%); the table shows percent.`;

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
    const engine = values.engine ?? (values.panel && /\.parquet$/i.test(values.panel) ? 'duckdb' : 'memory');
    if (engine !== 'memory' && engine !== 'duckdb') throw new UsageError(`--engine must be memory or duckdb, got "${engine}"`);
    if (engine === 'duckdb' && !values.panel) throw new UsageError('--engine duckdb needs --panel FILE (Parquet or CSV)');
    const stocks = stockFiles.map((file) => readPriceFile(file, priceColumn ? { priceColumn } : {}));
    const panelStocks = values.panel && engine === 'memory' ? await readPanel(values.panel, priceColumn ? { priceColumn } : {}) : [];
    const market = values.market ? marketSeries(values.market, panelStocks, priceColumn) : undefined;
    const studyOptions = studyOptionsFrom(values);
    const claims = [...(values['check-claim'] ?? []).map(parseMoveClaim), ...(values.facts ? readFacts(values.facts) : [])];
    const eventArgs = values.event ?? [];
    if (claims.length === 0 && eventArgs.length === 0 && !values.events) throw new UsageError('event-study needs --event DATE, --events FILE or --check-claim TEXT');
    const head: Record<string, unknown> = {};
    const text: string[] = [];
    if (claims.length > 0) {
      if (stocks.length === 0) throw new UsageError('--check-claim needs --stock FILE');
      const checks = claims.map((claim) => {
        const { series, isMarket, note } = seriesForClaim(claim, stocks, market?.series);
        const quoted = readPriceFile(series.source.file!, { name: series.name, priceColumn: priceColumn ?? closeColumnOf(series) });
        // A market's move has no abnormal return against itself.
        const check = checkMoveClaim(claim, quoted, isMarket ? {} : { market: market?.series, returnSeries: series, eventStudy: studyOptions });
        return note ? { ...check, note: check.note ? `${note}; ${check.note}` : note } : check;
      });
      head.claims = checks.map(claimJson);
      text.push(...checks.map(formatClaim));
    }
    if (eventArgs.length === 0 && !values.events) {
      io.stdout(plan.format === 'table' ? text.join('\n\n') : JSON.stringify(head, null, plan.pretty ? 2 : undefined));
      return 0;
    }
    if (!market) throw new UsageError('event-study needs --market FILE (or a --panel TICKER) to measure abnormal returns');
    const known = [...stocks, ...panelStocks];
    let events = [...eventSpecs(eventArgs, known), ...(values.events ? eventsFromFile(values.events, known, priceColumn, !values.panel ? 'none' : engine === 'duckdb' ? 'file' : 'memory') : [])];
    const shard = values.shard ? parseShard(values.shard) : undefined;
    if (shard) events = events.filter((e) => shardOf(typeof e.stock === 'string' ? e.stock : e.stock.name, shard.count) === shard.index);
    const progress = createProgress({ unit: 'events', label: 'event-study', writeLine: io.stderr, quiet: values.quiet });
    const run: StudyRun = { plan, io, head, text, stocks: known, events, options: studyOptions, onProgress: progress.update, formatTable: formatStudy };
    try {
      const { partial, aggregate } = engine === 'duckdb' ? await runDuckDB(run, values.panel!, market, priceColumn) : runInMemory(run, market.series!);
      if (shard) writeTextFile(partialPath(values, shard), partialToJson(partial(), shard));
      if (plan.out) await writeOutDirTables(plan.out, aggregate, partial());
    } finally {
      progress.stop();
    }
    return 0;
  },
};

/** The market: a price file, or a ticker of the panel (a Parquet panel's ticker is read by DuckDB). */
function marketSeries(value: string, panel: PriceSeries[], priceColumn: string | undefined): { series?: PriceSeries; ticker?: string } {
  const inPanel = panel.find((s) => s.name === value);
  if (inPanel) return { series: inPanel };
  if (existsSync(value)) return { series: readPriceFile(value, priceColumn ? { priceColumn } : {}) };
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

function partialPath(values: Values, shard: { index: number; count: number }): string {
  if (values.partial) return values.partial;
  if (values.out) return join(values.out, `partial-${shard.index}-of-${shard.count}.json`);
  throw new UsageError('--shard needs --partial FILE (or --out DIR) for its partial sums');
}

function parseOptions(args: string[]) {
  return parseCommandArgs('event-study', args, {
    stock: { type: 'string', multiple: true },
    market: { type: 'string' },
    event: { type: 'string', multiple: true },
    events: { type: 'string' },
    model: { type: 'string' },
    estimation: { type: 'string' },
    window: { type: 'string' },
    'min-estimation': { type: 'string' },
    returns: { type: 'string' },
    'non-trading-day': { type: 'string' },
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
    out: { type: 'string' },
    overlaps: { type: 'string' },
    quiet: { type: 'boolean' },
    shard: { type: 'string' },
    partial: { type: 'string' },
  });
}

export type Values = ReturnType<typeof parseOptions>['values'];

function studyOptionsFrom(values: Values): EventStudyOptions {
  const model = values.model ?? 'market';
  if (!['market', 'market-adjusted', 'mean-adjusted'].includes(model)) throw new UsageError(`--model must be market, market-adjusted or mean-adjusted, got "${model}"`);
  const options: EventStudyOptions = { model: model as ModelName };
  if (values.estimation) options.estimation = parseWindow('--estimation', values.estimation);
  if (values.window) options.window = parseWindow('--window', values.window);
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
  options.excludeOtherEvents = values['exclude-other-events'] ?? false;
  options.predictionErrorAdjusted = values['pe-adjusted'] ?? false;
  if (values.sigma) {
    if (values.sigma !== 'dof' && values.sigma !== 'n-1') throw new UsageError(`--sigma must be dof or n-1, got "${values.sigma}"`);
    options.sigmaDenominator = values.sigma;
  }
  return options;
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
    if (!stocks.some((s) => s.name === stock)) throw new UsageError(`--event ${arg}: no --stock file named "${stock}" (stocks: ${stocks.map((s) => s.name).join(', ')})`);
    return [{ stock, date }];
  });
}

/**
 * Events from a CSV (ticker or stock, date, optional id). A ticker that is not a --stock
 * name or a panel ticker is read as a price-file path, once per path however many events name it.
 * With the DuckDB engine tickers are looked up in the panel file instead.
 */
function eventsFromFile(file: string, stocks: PriceSeries[], priceColumn: string | undefined, panel: 'none' | 'memory' | 'file'): EventSpec[] {
  const rows = readEventsCsv(file);
  if (panel === 'file') return rows.map((r) => ({ stock: r.stock, date: r.date, ...(r.id ? { id: r.id } : {}) }));
  const byName = new Map(stocks.map((s) => [s.name, s]));
  const byPath = new Map<string, PriceSeries>();
  return rows.map(({ stock: name, date, id, line }) => {
    let stock = byName.get(name) ?? byPath.get(name);
    if (!stock) {
      // A ticker missing from a panel is that event's status (unknown_stock), as with DuckDB.
      if (panel === 'memory' && !existsSync(name)) return { stock: name, date, ...(id ? { id } : {}) };
      if (!existsSync(name)) throw new InputError(`stock "${name}" is neither a --stock name, a --panel ticker nor a price file`, { file, line, value: name });
      stock = readPriceFile(name, priceColumn ? { priceColumn } : {});
      byPath.set(name, stock);
      stocks.push(stock);
    }
    return { stock: stock.name, date, ...(id ? { id } : {}) };
  });
}

/**
 * The file a claim is about: the market for "market"/"index" subjects or a subject
 * matching the market's file name, else the stock whose file name contains the
 * subject's first word (or vice versa). With no match, the first stock — and a note
 * saying so, so that the comparison is never silently about another series.
 */
function seriesForClaim(claim: MoveClaim, stocks: PriceSeries[], market: PriceSeries | undefined): { series: PriceSeries; isMarket: boolean; note?: string } {
  const word = (claim.subject.toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? []).find((w) => !['the', 'a', 'an', 'wider', 'broader'].includes(w)) ?? '';
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ' ');
  const matches = (s: PriceSeries) => word.length > 1 && (key(s.name).split(' ').includes(word) || key(s.name).startsWith(word));
  if (market && (/\b(market|index|benchmark)\b/i.test(claim.subject) || matches(market))) return { series: market, isMarket: true };
  const stock = stocks.find(matches);
  if (stock) return { series: stock, isMarket: false };
  if (stocks.length === 0) throw new UsageError(`--check-claim "${claim.subject}": no --stock or --market file matches the subject`);
  return { series: stocks[0], isMarket: false, note: `subject "${claim.subject}" matches no file name; compared with ${stocks[0].name}` };
}

/** Articles quote unadjusted closes, so claims are checked on Close when the file also has Adj Close. */
function closeColumnOf(series: PriceSeries): string | undefined {
  return series.source.format === 'yahoo' ? series.source.columns.find((h) => h.toLowerCase() === 'close') : undefined;
}

function readFacts(file: string): MoveClaim[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read facts JSON (${(error as Error).message})`, { file });
  }
  const moves = Array.isArray(data) ? data : (data as { moves?: unknown[] })?.moves;
  if (!Array.isArray(moves)) throw new InputError('facts file must be an array of {subject, changePct, date} or an object with "moves"', { file });
  return moves.map((m, i) => {
    const { subject, changePct, date } = m as { subject?: unknown; changePct?: unknown; date?: unknown };
    if (typeof subject !== 'string' || typeof changePct !== 'number' || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new InputError(`move ${i + 1} needs subject (string), changePct (number, percent) and date (YYYY-MM-DD)`, { file, value: m });
    }
    const decimals = (String(changePct).split('.')[1] ?? '').length;
    return { subject, changePct, date, decimals };
  });
}

function claimJson(c: ClaimCheck) {
  const frac = (pct: number | undefined) => (pct === undefined ? null : pct / 100);
  return {
    claim: `${c.claim.subject} ${c.claim.changePct >= 0 ? '+' : ''}${c.claim.changePct}% on ${c.claim.date}`,
    subject: c.claim.subject,
    date: c.claim.date,
    claimed_change: c.claim.changePct / 100,
    verdict: c.verdict,
    series: c.series,
    price_column: c.priceColumn,
    previous_date: c.previousDate ?? null,
    previous_price: c.previousPrice ?? null,
    price: c.price ?? null,
    actual_change: frac(c.actualPct),
    difference: frac(c.differencePp),
    tolerance: c.tolerancePp / 100,
    market_change: frac(c.marketChangePct),
    abnormal_return: frac(c.abnormalPct),
    abnormal_t: c.abnormalT ?? null,
    ...(c.note ? { note: c.note } : {}),
  };
}

const pct = (fraction: number, digits = 2) => (Number.isFinite(fraction) ? `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(digits)}%` : 'n/a');
const fix = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function formatClaim(c: ClaimCheck): string {
  const stated = `${c.claim.subject} ${c.claim.changePct >= 0 ? '+' : ''}${c.claim.changePct}% on ${c.claim.date}`;
  if (c.verdict === 'no_data') return `Claim: ${stated}\n  no data: ${c.note}`;
  const lines = [
    `Claim: ${stated}`,
    `  data (${c.series}, ${c.priceColumn}): ${c.previousDate} ${c.previousPrice} → ${c.claim.date} ${c.price} = ${pct(c.actualPct! / 100, 4)}`,
    `  difference: ${(c.differencePp! >= 0 ? '+' : '') + c.differencePp!.toFixed(4)} pp (tolerance ±${c.tolerancePp} pp): ${c.verdict.toUpperCase()}`,
  ];
  if (c.marketChangePct !== undefined) lines.push(`  market that day: ${pct(c.marketChangePct / 100)}`);
  if (c.abnormalPct !== undefined) lines.push(`  abnormal return (market model): ${pct(c.abnormalPct / 100)} (t = ${fix(c.abnormalT!, 2)})`);
  if (c.note) lines.push(`  note: ${c.note}`);
  return lines.join('\n');
}

/** The text report (only for --format table). */
function formatStudy(result: EventStudyResult, stocks: PriceSeries[], market: PriceSeries | undefined): string {
  const o = result.options;
  const describe = (s: PriceSeries) => `${s.name} (${s.source.file}, format ${s.source.format}, column ${s.source.priceColumn}${s.source.skippedRows.length ? `, ${s.source.skippedRows.length} rows without price skipped` : ''})`;
  const lines = [
    `Event study: ${o.model} model, estimation [${o.estimation.join(', ')}], window [${o.window.join(', ')}], ${o.returns} returns`,
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
    lines.push('', 'Overlaps (other events of the same stock; --overlaps FILE lists the pairs):');
    for (const e of overlapping) lines.push(`  ${e.id}: ${e.overlaps!.eventWindows} sharing event-window days, ${e.overlaps!.inEstimation} in its estimation window${excluded}`);
  }
  const a = result.aggregate;
  lines.push('', `Across ${a.nEvents} event(s): CAAR ${pct(a.caar)}; AAR ${a.aar.map((d) => `day ${d.day} ${pct(d.aar)}`).join(', ')}`);
  const testRows = [
    ['test (CAAR = 0)', 'statistic', 'p-value', 'distribution'],
    ...a.tests.map((t) => [t.name, fix(t.statistic), fix(t.pValue, 4), t.distribution + (t.df !== undefined ? `(${t.df})` : '') + (t.note ? `  ${t.note}` : '')]),
  ];
  const testWidths = widthsOf(testRows);
  for (const cellsOfTest of testRows) lines.push(row(cellsOfTest, testWidths));
  return lines.join('\n');
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

/** Column widths fitting every row. */
function widthsOf(rows: string[][]): number[] {
  return rows.reduce<number[]>((w, cells) => cells.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
}
