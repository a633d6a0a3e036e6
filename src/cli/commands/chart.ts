/** `market-reaction chart <name> [ARTICLE]`: one chart as SVG, PNG, HTML or JSON. */
import { DEFAULT_ESTIMATION, DEFAULT_WINDOW } from '../../eventstudy/options';
import { basename, extname } from 'node:path';
import { isoDateOption, parseCommandArgs } from '../args';
import type { ChartSpec } from '../../charts/spec';
import { analyzeArticle } from '../../analysis/analyze';
import { seedArticle } from '../../article/curated';
import { loadFactsFor } from '../../article/facts-file';
import { analysisCharts } from '../../charts/fromAnalysis';
import { abnormalReturnsChart, caarChart } from '../../charts/fromEventStudy';
import { priceTimelineSpec } from '../../charts/priceTimeline';
import { InputError, UsageError } from '../../errors';
import { eventStudy, type EventSpec } from '../../eventstudy/eventStudy';
import type { ModelName } from '../../eventstudy/types';
import { writeFileAtomic } from '../../io/files';
import { readArticleFile } from '../../io/read';
import { readPriceFile } from '../../prices/readPriceFile';
import type { PriceSeries } from '../../prices/types';
import { toHTML } from '../../render/html';
import { toJSON } from '../../render/json';
import { svgToPNG } from '../../render/png';
import { toSVG } from '../../render/svg';
import type { CliIO, Command } from '../command';

const FORMATS = ['svg', 'png', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: market-reaction chart <name> [ARTICLE] [options]

Draws one chart and writes it as SVG, PNG, HTML (self-contained, works offline) or JSON
(the vega-lite spec).

Charts of an article's analysis (ARTICLE defaults to the seed article):
  reaction     stock vs benchmark move on the day, excess in pp
  beta         abnormal return by assumed beta, beta = 1 marked
  conversion   an amount stated in two currencies, with the implied rate
  spread       an investment's amount per year, in both currencies
  (with several comparisons or conversions: reaction-2, beta-2, spread-2, …)
  they accept --published DATE (resolves "on Tuesday"), --facts FILE (your facts for ARTICLE,
  as in analyze) and --source TEXT (the subtitle's source instead of the file name)

Charts of price files:
  timeline     stock and benchmark indexed to 100, event days marked
               needs --stock FILE --market FILE; optional --event DATE[=LABEL] (repeatable),
               --reference DATE (default: the last trading day before the first event,
               else the first day), --from DATE --to DATE (default: 30 days either side
               of the events), --source TEXT

Charts of an event study on price files (market model unless --model):
  ar-car       one event's abnormal return and CAR with 95% bands
               needs --stock FILE --market FILE --event DATE
  caar         the CAAR of several events with its 95% band (cross-sectional)
               needs --stock FILE (repeatable) --market FILE --event DATE or STOCK@DATE
               (repeatable; STOCK = the file name without extension)
  timeline and ar-car accept --stock-name TEXT and --market-name TEXT (default: file names)
  both accept --window FROM,TO (default -1,1 trading days, as event-study), --estimation
  FROM,TO (default -260,-11), --model market|market-adjusted|mean-adjusted, --source TEXT,
  --market-name TEXT; the subtitle names the sample, model and windows

Options:
  --format svg|png|html|json   output format (default: from --out's extension, else svg)
  --out FILE                   output file (default: standard output; required for png)
  --width N                    png only: image width in pixels (height follows)
  --scale N                    png only: zoom factor, e.g. 2 [default 1]
  -h, --help                   this help
  An option a chart does not use is refused (exit 2), never ignored.

Examples:
  market-reaction chart reaction --format png --out reaction.png --scale 2
  market-reaction chart timeline --stock samsung.csv --market kospi.csv --event 2019-08-20="Export approval" --out t.html`;

export const chartCommand: Command = {
  name: 'chart',
  summary: 'draw one chart (reaction, beta, conversion, spread, timeline, ar-car, caar) as SVG, PNG, HTML or JSON',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(args);
    const [name, articlePath, ...extra] = positionals;
    if (!name) throw new UsageError('chart: missing the chart name (reaction, beta, conversion, spread, timeline, ar-car, caar)');
    if (extra.length > 0) throw new UsageError(`chart: unexpected argument "${extra[0]}"`);
    refuseOptionsOf(name, values);
    const format = outputFormat(values.format, values.out);
    const png = pngOptions(values.width, values.scale, format);
    const spec =
      name === 'timeline' ? timelineSpec(values, articlePath) : name === 'ar-car' || name === 'caar' ? eventStudySpec(name, values, articlePath) : articleChart(name, articlePath, values);
    await writeOutput(spec, format, png, values.out, io);
    return 0;
  },
};

type Values = ReturnType<typeof parseOptions>['values'];

function parseOptions(args: string[]) {
  return parseCommandArgs('chart', args, {
    format: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string' },
    scale: { type: 'string' },
    stock: { type: 'string', multiple: true },
    window: { type: 'string' },
    estimation: { type: 'string' },
    model: { type: 'string' },
    market: { type: 'string' },
    event: { type: 'string', multiple: true },
    reference: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    'stock-name': { type: 'string' },
    'market-name': { type: 'string' },
    published: { type: 'string' },
    facts: { type: 'string' },
  }, true);
}

/** The options each kind of chart uses; any other given is refused, never silently ignored. */
const OUTPUT_OPTIONS = ['format', 'out', 'width', 'scale'];
const OPTIONS_OF: Record<string, string[]> = {
  'article charts (reaction, beta, conversion, spread)': [...OUTPUT_OPTIONS, 'published', 'facts', 'source'],
  timeline: [...OUTPUT_OPTIONS, 'stock', 'market', 'event', 'reference', 'from', 'to', 'source', 'stock-name', 'market-name'],
  'ar-car': [...OUTPUT_OPTIONS, 'stock', 'market', 'event', 'window', 'estimation', 'model', 'source', 'stock-name', 'market-name'],
  caar: [...OUTPUT_OPTIONS, 'stock', 'market', 'event', 'window', 'estimation', 'model', 'source', 'market-name'],
};

function refuseOptionsOf(name: string, values: Values): void {
  // own keys only: a chart named "constructor" or "toString" must not find Object.prototype
  const kind = Object.hasOwn(OPTIONS_OF, name) ? name : Object.keys(OPTIONS_OF)[0];
  for (const [option, value] of Object.entries(values)) {
    if (value === undefined || OPTIONS_OF[kind].includes(option)) continue;
    const usedBy = Object.keys(OPTIONS_OF).filter((other) => OPTIONS_OF[other].includes(option));
    throw new UsageError(`chart ${name}: --${option} does not apply to ${kind === name ? 'this chart' : kind} (it applies to ${usedBy.join(', ')})`);
  }
}

function outputFormat(format: string | undefined, out: string | undefined): Format {
  const chosen = format ?? (out ? extname(out).slice(1).toLowerCase() : 'svg');
  if (!(FORMATS as readonly string[]).includes(chosen)) {
    throw new UsageError(`chart: unknown format "${chosen}" (formats: ${FORMATS.join(', ')}${format ? '' : '; or give --format'})`);
  }
  return chosen as Format;
}

function positiveNumber(text: string, option: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`chart: ${option} needs a positive number, got "${text}"`);
  return value;
}

function pngOptions(width: string | undefined, scale: string | undefined, format: Format): { width?: number; scale?: number } {
  if ((width !== undefined || scale !== undefined) && format !== 'png') throw new UsageError('chart: --width and --scale apply to --format png only');
  if (width !== undefined && scale !== undefined) throw new UsageError('chart: give --width or --scale, not both');
  if (width !== undefined) {
    const pixels = positiveNumber(width, '--width');
    if (!Number.isInteger(pixels)) throw new UsageError(`chart: --width needs a whole number of pixels, got "${width}"`);
    return { width: pixels };
  }
  return scale === undefined ? {} : { scale: positiveNumber(scale, '--scale') };
}

function articleChart(name: string, articlePath: string | undefined, values: Values): ChartSpec {
  if (values.facts !== undefined && articlePath === undefined) throw new UsageError('chart: --facts needs the ARTICLE its quotes come from');
  const text = articlePath ? readArticleFile(articlePath) : seedArticle().text;
  const given = values.facts === undefined ? undefined : loadFactsFor(text, values.facts);
  const analysis = analyzeArticle(text, {
    ...(articlePath ? { file: articlePath } : {}),
    published: isoDateOption('chart', values.published),
    facts: given?.facts,
    factsFile: values.facts,
    // --source names the publication in the subtitle instead of the file name.
    meta: { ...given?.meta, ...(values.source === undefined ? {} : { source: values.source }) },
  });
  const charts = analysisCharts(analysis, { limit: Infinity });
  const chart = charts.find((c) => c.name === name);
  if (!chart) {
    const where = articlePath ?? 'the seed article';
    if (charts.length === 0) throw new InputError(`the article states no price moves or conversions, so it has no "${name}" chart`, { file: where });
    throw new UsageError(`chart: no chart "${name}" (charts of ${where}: ${charts.map((c) => c.name).join(', ')}; of price files: timeline, ar-car, caar)`);
  }
  return chart.spec;
}

/** A calendar date option: YYYY-MM-DD and a real day (no 2019-13-45, no 2019-02-30). */
/** Shifts an ISO date by whole days (UTC). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function timelineSpec(values: Values, extra: string | undefined): ChartSpec {
  if (extra !== undefined) throw new UsageError(`chart timeline: unexpected argument "${extra}" (give price files with --stock and --market)`);
  if (values.stock?.length !== 1 || !values.market) throw new UsageError('chart timeline: needs one --stock FILE and --market FILE (daily price CSVs)');
  const events = (values.event ?? []).map((text) => {
    const [date, ...label] = text.split('=');
    isoDateOption('chart', date, '--event');
    return { date, label: label.join('=') || date };
  });
  const eventDates = events.map((e) => e.date).sort();
  const from = isoDateOption('chart', values.from, '--from') ?? (eventDates.length ? addDays(eventDates[0], -30) : undefined);
  const to = isoDateOption('chart', values.to, '--to') ?? (eventDates.length ? addDays(eventDates[eventDates.length - 1], 30) : undefined);
  const stock = named(readPriceFile(values.stock[0]), values['stock-name']);
  const market = named(readPriceFile(values.market), values['market-name']);
  const inRange = (date: string) => (from === undefined || date >= from) && (to === undefined || date <= to);
  const closes = (series: typeof stock) => series.dates.map((date, i) => ({ date, close: series.prices[i] })).filter((p) => inRange(p.date));
  const stockCloses = closes(stock);
  const marketCloses = closes(market);
  const marketDates = new Set(marketCloses.map((p) => p.date));
  const common = stockCloses.map((p) => p.date).filter((d) => marketDates.has(d));
  if (common.length === 0) throw new InputError(`no common trading day in ${from ?? 'the start'}..${to ?? 'the end'}`, { file: values.stock[0] });
  const reference = isoDateOption('chart', values.reference, '--reference') ?? ([...common].reverse().find((d) => eventDates.length > 0 && d < eventDates[0]) ?? common[0]);
  if (!common.includes(reference)) throw new InputError(`the reference day ${reference} is not a trading day of both files in the range`, { file: values.stock[0] });
  return priceTimelineSpec({
    stock: { name: stock.name, closes: stockCloses },
    benchmark: { name: market.name === stock.name ? `${market.name} (market)` : market.name, closes: marketCloses },
    referenceDate: reference,
    events,
    // The axis names the column plotted: Yahoo files give Adj Close, not Close.
    priceLabel: stock.source.priceColumn === market.source.priceColumn ? stock.source.priceColumn : `${stock.source.priceColumn} / ${market.source.priceColumn}`,
    source: { source: values.source ?? `price files ${basename(values.stock[0])} and ${basename(values.market)}` },
  });
}

/** The series under the name given on the command line, if any. */
function named(series: PriceSeries, name: string | undefined): PriceSeries {
  return name === undefined || name.trim() === '' ? series : { ...series, name: name.trim() };
}

const MODELS: ModelName[] = ['market', 'market-adjusted', 'mean-adjusted'];

/** `FROM,TO` in trading days, e.g. "-5,5". */
function dayRange(text: string | undefined, option: string, fallback: [number, number]): [number, number] {
  if (text === undefined) return fallback;
  const match = /^\s*(-?\d+)\s*,\s*(-?\d+)\s*$/.exec(text);
  if (!match || Number(match[1]) > Number(match[2])) throw new UsageError(`chart: ${option} needs FROM,TO trading days with FROM ≤ TO, e.g. -5,5; got "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

function eventStudySpec(name: 'ar-car' | 'caar', values: Values, extra: string | undefined): ChartSpec {
  if (extra !== undefined) throw new UsageError(`chart ${name}: unexpected argument "${extra}" (give price files with --stock and --market)`);
  const stockFiles = values.stock ?? [];
  if (stockFiles.length === 0 || !values.market) throw new UsageError(`chart ${name}: needs --stock FILE and --market FILE (daily price CSVs)`);
  if (!values.event?.length) throw new UsageError(`chart ${name}: needs --event DATE (or STOCK@DATE)`);
  if (name === 'ar-car' && (stockFiles.length > 1 || values.event.length > 1)) throw new UsageError('chart ar-car: draws one event: give one --stock and one --event (use caar for several)');
  const model = values.model ?? 'market';
  if (!(MODELS as string[]).includes(model)) throw new UsageError(`chart ${name}: --model must be one of ${MODELS.join(', ')}, got "${model}"`);
  const stocks = stockFiles.map((file) => named(readPriceFile(file), stockFiles.length === 1 ? values['stock-name'] : undefined));
  const events: EventSpec[] = values.event.flatMap((text) => {
    const at = text.lastIndexOf('@');
    const date = isoDateOption('chart', at >= 0 ? text.slice(at + 1) : text, '--event')!;
    if (at < 0) return stocks.map((stock) => ({ stock: stock.name, date }));
    const stock = text.slice(0, at);
    if (!stocks.some((s) => s.name === stock)) throw new UsageError(`chart ${name}: --event ${text}: no --stock file named "${stock}" (stocks: ${stocks.map((s) => s.name).join(', ')})`);
    return [{ stock, date }];
  });
  const study = eventStudy(
    { market: named(readPriceFile(values.market), values['market-name']), stocks, events },
    // The same defaults as `event-study`, so a chart and the table beside it show the same CAR.
    { model: model as ModelName, window: dayRange(values.window, '--window', DEFAULT_WINDOW), estimation: dayRange(values.estimation, '--estimation', DEFAULT_ESTIMATION) },
  );
  const source = { source: values.source ?? `price files ${stockFiles.map((f) => basename(f)).join(', ')} and ${basename(values.market)}` };
  return name === 'ar-car' ? abnormalReturnsChart(study, undefined, { source }) : caarChart(study, { source });
}

async function writeOutput(spec: ChartSpec, format: Format, png: { width?: number; scale?: number }, out: string | undefined, io: CliIO): Promise<void> {
  if (format === 'png' && !out) throw new UsageError('chart: --format png needs --out FILE');
  const data: string | Uint8Array =
    format === 'json' ? toJSON(spec) : format === 'html' ? toHTML(spec) : format === 'svg' ? await toSVG(spec) : svgToPNG(await toSVG(spec), png);
  if (!out) {
    io.stdout(String(data));
    return;
  }
  writeFileAtomic(out, data);
  io.stderr(`wrote ${out}`);
}
