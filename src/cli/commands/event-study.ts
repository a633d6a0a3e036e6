import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCommandArgs } from '../args';
import { InputError, UsageError } from '../../errors';
import { checkMoveClaim, parseMoveClaim, type ClaimCheck, type MoveClaim } from '../../eventstudy/claim';
import { eventStudy, type EventSpec } from '../../eventstudy/eventStudy';
import { eventStudyJson } from '../../eventstudy/json';
import type { EventStudyOptions, EventStudyResult, ModelName, NonTradingDayPolicy } from '../../eventstudy/types';
import { DEFAULT_MAX_TABLE_BYTES } from '../../io/files';
import { parseJsonFile, readTextFile } from '../../io/read';
import { readCsvTable } from '../../prices/csvLine';
import { detectSlashOrder, parsePriceDate } from '../../prices/parseDate';
import { readPriceFile } from '../../prices/readPriceFile';
import type { PriceSeries } from '../../prices/types';
import type { CliIO, Command } from '../command';
import { SIGNIFICANCE_LEGEND, significanceStars } from '../../eventstudy/testResult';
import { readFactorFile } from '../../prices/factorFile';
import type { FactorTable } from '../../prices/factorTable';

const HELP = `Usage: market-reaction event-study --stock FILE --market FILE --event DATE [--event DATE …] [options]
       market-reaction event-study --stock FILE [--market FILE] --check-claim "Samsung +1.95% on 2019-08-20"

Measures abnormal returns around events from daily price CSVs (Yahoo, Stooq,
investing.com, FinanceDataReader/KRX/Naver, FRED, semicolon/decimal-comma, date,close).

Options:
  --stock FILE             stock prices; repeat for several stocks
  --market FILE            market index prices (needed except for --check-claim alone)
  --event DATE             event date (YYYY-MM-DD) for every stock, or STOCK@DATE for one
                           stock (STOCK = file name without extension); repeatable
  --events FILE            CSV of events with columns stock, date (and optional id); stock is a
                           --stock name or a price file path
  --model NAME             market (default) | market-adjusted | mean-adjusted | factor (needs --factors)
  --estimation FROM,TO     estimation window in trading days relative to day 0 (default -260,-11)
  --window FROM,TO         event window (default -1,1); repeat for more CAR windows, each tested
                           (--window -1,1 --window 0,0 --window -5,5): the first gives the daily ARs
  --conventions NAME       default (the papers) | estudy2 (R's estudy2 0.10.0: sd() σ, its distributions,
                           raw ranks, pooled p̂, 90% coverage in CAR tests) — see the README's table
  --factors FILE           daily factor returns (Fama–French CSV as published: YYYYMMDD dates, percent)
  --factor-columns A,B     factor columns used as regressors (default: every column but RF)
  --risk-free COLUMN       risk-free column subtracted from stock returns (default RF when present)
  --factor-unit UNIT       percent (default, as Kenneth French publishes) | fraction
  --stock-name NAME        the stock's name in tables, charts and the report (repeat in --stock order)
  --market-name NAME       the market's name (default: the file name)
  --out DIR                write the result into DIR (with --report: report.html and its charts)
  --report                 a self-contained HTML report (events, AAR/CAAR with band, AR/CAR per event,
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
  --price-column NAME      read this column instead of the detected one (e.g. Close)
  --check-claim TEXT       compare a stated move ("Samsung +1.95% on 2019-08-20") with the file whose name
                           matches the subject (the --market file for "market"/"index" subjects)
  --facts FILE             JSON facts (an array, or {moves: [...]}, of {subject, changePct, date}) to check
  --format FORMAT          table (default) | json

Returns in JSON are fractions (0.0195 = +1.95%); the table shows percent. Every test states the
distribution its p-value is read from; ${SIGNIFICANCE_LEGEND}.
Exit status: 0 when at least one event (or claim) is measured; 1 bad input, or no event measured
(each event's reason is printed); 2 bad usage.`;

/** `market-reaction event-study`: event study and claim checks from price files. */
export const eventStudyCommand: Command = {
  name: 'event-study',
  summary: 'Abnormal returns, CARs and significance tests around event dates from price CSVs',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseOptions(args);
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, got "${format}"`);
    const stockFiles = values.stock ?? [];
    if (stockFiles.length === 0 && !values.events) throw new UsageError('event-study needs --stock FILE (or --events FILE naming price files)');
    const priceColumn = values['price-column'];
    const names = seriesNames(values, stockFiles.length);
    const stocks = stockFiles.map((file, k) => readPriceFile(file, { ...(priceColumn ? { priceColumn } : {}), ...(names.stocks[k] ? { name: names.stocks[k] } : {}) }));
    const market = values.market ? readPriceFile(values.market, { ...(priceColumn ? { priceColumn } : {}), ...(names.market ? { name: names.market } : {}) }) : undefined;
    const studyOptions = studyOptionsFrom(values);
    const factors = factorsFrom(values, studyOptions);
    const report = reportOptionsFrom(values);
    const claims = [...(values['check-claim'] ?? []).map(parseMoveClaim), ...(values.facts ? readFacts(values.facts) : [])];
    const eventArgs = values.event ?? [];
    if (claims.length === 0 && eventArgs.length === 0 && !values.events) throw new UsageError('event-study needs --event DATE, --events FILE or --check-claim TEXT');
    const output: Record<string, unknown> = {};
    let failure: string | undefined;
    const text: string[] = [];
    if (claims.length > 0) {
      if (stocks.length === 0) throw new UsageError('--check-claim needs --stock FILE');
      const checks = claims.map((claim) => {
        const { series, isMarket, note } = seriesForClaim(claim, stocks, market);
        const quoted = readPriceFile(series.source.file!, { name: series.name, priceColumn: priceColumn ?? closeColumnOf(series) });
        // A market's move has no abnormal return against itself.
        const check = checkMoveClaim(claim, quoted, isMarket ? {} : { market, returnSeries: series, eventStudy: studyOptions });
        return note ? { ...check, note: check.note ? `${note}; ${check.note}` : note } : check;
      });
      output.claims = checks.map(claimJson);
      text.push(...checks.map(formatClaim));
    }
    if (eventArgs.length > 0 || values.events) {
      if (!market && !factors) throw new UsageError('event-study needs --market FILE to measure abnormal returns (or --model factor --factors FILE)');
      const events = [...eventSpecs(eventArgs, stocks), ...(values.events ? readEventsFile(values.events, stocks, priceColumn) : [])];
      const result = eventStudy({ market, stocks, events, ...(factors ? { factors } : {}) }, studyOptions);
      Object.assign(output, eventStudyJson(result));
      text.push(formatStudy(result, stocks, market));
      failure = noEventMeasured(result);
      if (report) {
        const { writeStudyReport } = await import('../../report/write'); // loads the renderer only when asked
        const written = await writeStudyReport(result, { dir: report.dir, stocks, market, factorsFile: values.factors, command: ['event-study', ...args] });
        text.push(`Report: ${written.join(', ')}`);
      }
    } else if (report) {
      throw new UsageError('--report needs events (--event DATE or --events FILE)');
    }
    io.stdout(format === 'json' ? JSON.stringify(output, null, 2) : text.join('\n\n'));
    if (failure) {
      io.stderr(`market-reaction: ${failure}`);
      return 1;
    }
    return 0;
  },
};

/** When no event could be measured: one line with the reasons (grouped), else undefined. */
function noEventMeasured(result: EventStudyResult): string | undefined {
  if (result.events.some((e) => e.status === 'ok')) return undefined;
  const reasons = new Map<string, number>();
  for (const e of result.events) {
    const reason = `${e.status}: ${e.reason ?? 'no reason given'}`;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const listed = [...reasons].slice(0, 3).map(([reason, n]) => (n > 1 ? `${n} events ${reason}` : reason));
  const more = reasons.size > 3 ? `; and ${reasons.size - 3} other reasons` : '';
  return `no event could be measured (${result.events.length} event(s)): ${listed.join('; ')}${more}`;
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
  });
}

type Values = ReturnType<typeof parseOptions>['values'];

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

/** Events from a CSV (stock, date, optional id); a stock that is not a --stock name is read as a price file. */
function readEventsFile(file: string, stocks: PriceSeries[], priceColumn: string | undefined): EventSpec[] {
  const text = readTextFile(file, 'events file', { maxBytes: DEFAULT_MAX_TABLE_BYTES });
  const { headers, headerLine, rows } = readCsvTable(text, 'events file', file);
  const column = (name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name);
  const [stockAt, dateAt, idAt] = [column('stock'), column('date'), column('id')];
  if (stockAt < 0 || dateAt < 0) throw new InputError(`events file needs columns stock and date (found: ${headers.join(', ')})`, { file, line: headerLine });
  const slashOrder = detectSlashOrder(rows.map((r) => r.cells[dateAt] ?? ''), { file });
  const byPath = new Map<string, PriceSeries>();
  return rows.map(({ line, cells }) => {
    const name = cells[stockAt] ?? '';
    let stock = stockByName(stocks, name) ?? byPath.get(name);
    if (!stock) {
      if (!existsSync(name)) throw new InputError(`stock "${name}" is neither a --stock name (${stocks.map((s) => s.name).join(', ')}) nor a price file`, { file, line, value: name });
      stock = readPriceFile(name, priceColumn ? { priceColumn } : {});
      // read each file once however many events name it
      byPath.set(name, stock);
      stocks.push(stock);
    }
    const date = parsePriceDate(cells[dateAt] ?? '', slashOrder);
    if (!date) throw new InputError(`unparseable event date "${cells[dateAt]}"`, { file, line, value: cells[dateAt] });
    return { stock: stock.name, date, ...(idAt >= 0 && cells[idAt] ? { id: cells[idAt] } : {}) };
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
  const data = parseJsonFile(readTextFile(file, 'facts file'), file);
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
  const shownOverlaps = result.overlaps.slice(0, 20);
  if (result.overlaps.length > shownOverlaps.length || result.overlapCount) lines.push(`overlaps: ${(result.overlapCount ?? result.overlaps.length).toLocaleString('en-US')} pairs of events overlap; the first ${shownOverlaps.length} are listed (all${result.overlapCount ? ` up to ${result.overlaps.length.toLocaleString('en-US')}` : ''} in --format json)`);
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
  lines.push(SIGNIFICANCE_LEGEND);
  return lines.join('\n');
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

/** Column widths fitting every row. */
function widthsOf(rows: string[][]): number[] {
  return rows.reduce<number[]>((w, cells) => cells.map((c, i) => Math.max(w[i] ?? 0, c.length)), []);
}
