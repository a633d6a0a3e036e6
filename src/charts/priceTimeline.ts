/** Price timeline: a stock and its benchmark indexed to 100 at a reference day, with event days marked. */
import { ValueError, expectObject } from '../errors';
import { formatPct, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { AXIS_FORMAT, CHART_COLORS, CHART_SIZE, NAME_MAX_CHARS, type ChartSource } from './theme';
import { atLeast, finite, isoDate, nonEmpty } from './validate';

/** One closing price. */
export interface ClosePoint {
  /** ISO date `YYYY-MM-DD` (a trading day, UTC calendar date). */
  date: string;
  /** Closing price or index level (> 0) in the series' own unit. */
  close: number;
}

/** A named price series. */
export interface TimelineSeries {
  /** Name as shown, e.g. "Samsung Electronics (005930.KS)" (untrusted text). */
  name: string;
  closes: readonly ClosePoint[];
}

/** A day to mark on the timeline. */
export interface TimelineEvent {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** What happened, e.g. "Export approval reported" (untrusted text). */
  label: string;
}

/** Input of {@link priceTimelineSpec}. */
export interface PriceTimelineInput {
  stock: TimelineSeries;
  benchmark: TimelineSeries;
  /** ISO date of the day both series are set to 100 (must be a date of both series). */
  referenceDate: string;
  events?: readonly TimelineEvent[];
  source: ChartSource;
  /**
   * What the plotted prices are, for the axis and tooltip: "Close" (default), "Adj Close"
   * (dividend- and split-adjusted), "Price"… — the column the series was read from.
   */
  priceLabel?: string;
}

/**
 * Lines of a stock and its benchmark, each indexed to 100 at the reference day
 * (index = 100 · close / close on the reference day), with a vertical rule and a label on
 * each event day. Dates are UTC calendar days. The y axis is not forced to 0: an index
 * chart shows moves around 100.
 *
 * @param input two series of closes (> 0), the reference day, events and the source
 * @returns a vega-lite spec
 * @throws {ValueError} on a bad date or close, duplicate dates, more than 10,000 closes per series, or a reference day missing from a series
 * @example
 * const spec = priceTimelineSpec({
 *   stock: { name: 'Samsung', closes: [{ date: '2019-08-19', close: 43600 }, { date: '2019-08-20', close: 44450 }] },
 *   benchmark: { name: 'KOSPI', closes: [{ date: '2019-08-19', close: 1939.9 }, { date: '2019-08-20', close: 1960.25 }] },
 *   referenceDate: '2019-08-19',
 *   source: { source: 'Yahoo Finance' },
 * });
 * spec.title.text // => 'Samsung and KOSPI indexed to 100 on 2019-08-19'
 */
export function priceTimelineSpec(input: PriceTimelineInput): ChartSpec {
  expectObject(input, 'input', 'priceTimelineSpec');
  const fn = 'priceTimelineSpec';
  const referenceDate = isoDate(input.referenceDate, `${fn}: referenceDate`);
  const priceLabel = input.priceLabel?.trim() || 'Close';
  const stock = indexSeries(input.stock, referenceDate, `${fn}: stock`);
  const bench = indexSeries(input.benchmark, referenceDate, `${fn}: benchmark`);
  if (stock.name === bench.name) throw new ValueError(`${fn}: stock and benchmark need different names, got "${stock.name}" twice`);
  const points = [...stock.points, ...bench.points];
  const events = (input.events ?? []).map((event, i) => ({
    date: isoDate(event.date, `${fn}: events[${i}].date`),
    label: shortText(nonEmpty(event.label, `${fn}: events[${i}].label`), NAME_MAX_CHARS),
    // Staggered label rows (pixels from the top) so labels of nearby days do not overlap.
    labelY: 6 + 14 * (i % 3),
  }));
  const dates = points.map((p) => p.date).sort();
  const indexValues = points.map((p) => p.index);
  const low = indexValues.reduce((m, v) => Math.min(m, v), Infinity);
  const high = indexValues.reduce((m, v) => Math.max(m, v), -Infinity);
  const pad = Math.max((high - low) * 0.06, 0.5);
  // Room above the lines for up to three rows of event labels.
  const top = high + pad + (events.length > 0 ? (high - low + 2 * pad) * 0.22 : 0);

  // ISO days for short spans; months when the span is long enough for day labels to crowd.
  const spanDays = (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 86_400_000;
  const x = {
    field: 'date',
    type: 'temporal',
    scale: { type: 'utc', domain: [dates[0], dates[dates.length - 1]] },
    axis: { title: 'Date (UTC)', format: spanDays > 180 ? '%Y-%m' : '%Y-%m-%d', labelAngle: 0, tickCount: 8, labelOverlap: true },
  };
  const layers: Record<string, unknown>[] = [
    { mark: { type: 'rule', color: CHART_COLORS.zero, strokeDash: [2, 2], opacity: 0.6 }, encoding: { y: { datum: 100, type: 'quantitative' } } },
    {
      mark: { type: 'line' },
      encoding: {
        x,
        y: { field: 'index', type: 'quantitative', scale: { domain: [low - pad, top], zero: false, nice: false }, axis: { title: `${priceLabel} indexed to 100 on ${referenceDate}`, format: AXIS_FORMAT.index } },
        color: {
          field: 'series',
          type: 'nominal',
          scale: { domain: [stock.name, bench.name], range: [CHART_COLORS.stock, CHART_COLORS.benchmark] },
          legend: { title: null },
        },
        tooltip: [
          { field: 'series', type: 'nominal', title: 'Series' },
          { field: 'date', type: 'nominal', title: 'Date (UTC)' },
          { field: 'closeText', type: 'nominal', title: priceLabel },
          { field: 'indexText', type: 'nominal', title: `Index (${referenceDate} = 100)` },
          { field: 'changeText', type: 'nominal', title: 'Change from the day before (%)' },
        ],
      },
    },
  ];
  if (events.length > 0) {
    layers.push({
      data: { values: events },
      layer: [
        { mark: { type: 'rule', color: CHART_COLORS.event, strokeDash: [5, 3] }, encoding: { x } },
        {
          mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', color: CHART_COLORS.event, fontWeight: 'bold' },
          encoding: { x, y: { field: 'labelY', type: 'quantitative', scale: null }, text: { field: 'label', type: 'nominal' } },
        },
      ],
      encoding: { tooltip: [{ field: 'date', type: 'nominal', title: 'Event day (UTC)' }, { field: 'label', type: 'nominal', title: 'Event' }] },
    });
  }
  return finishSpec(
    { width: CHART_SIZE.width, height: CHART_SIZE.height, data: { values: points }, layer: layers },
    `${stock.name} and ${bench.name} indexed to 100 on ${referenceDate}`,
    input.source,
    `${dates[0]} to ${dates[dates.length - 1]}; change from the reference day to the last day: ${formatPct(stock.lastIndex - 100)} and ${formatPct(bench.lastIndex - 100)}`,
  );
}

interface IndexedPoint {
  series: string;
  date: string;
  index: number;
  closeText: string;
  indexText: string;
  changeText: string;
}

/** Most closes per series a timeline draws (10,000 trading days ≈ 40 years); more cannot be read on one chart. */
export const MAX_TIMELINE_POINTS = 10_000;

/** Checks a series, sorts it by date and indexes it to 100 at `referenceDate`. */
function indexSeries(series: TimelineSeries, referenceDate: string, what: string): { name: string; points: IndexedPoint[]; lastIndex: number } {
  const name = shortText(nonEmpty(series?.name, `${what}.name`), NAME_MAX_CHARS);
  atLeast(series?.closes, 1, `${what}.closes`);
  if (series.closes.length > MAX_TIMELINE_POINTS) {
    throw new ValueError(`${what}.closes has ${series.closes.length.toLocaleString('en-US')} closes; a timeline draws at most ${MAX_TIMELINE_POINTS.toLocaleString('en-US')} per series (about 40 years of trading days): choose a shorter range (chart timeline --from/--to)`);
  }
  const closes = series.closes
    .map((point, i) => {
      const close = finite(point.close, `${what}.closes[${i}].close`);
      if (close <= 0) throw new ValueError(`${what}.closes[${i}].close must be positive, got ${close}`);
      return { date: isoDate(point.date, `${what}.closes[${i}].date`), close };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  closes.forEach((point, i) => {
    if (i > 0 && closes[i - 1].date === point.date) throw new ValueError(`${what}.closes has the date ${point.date} twice`);
  });
  const base = closes.find((point) => point.date === referenceDate);
  if (!base) throw new ValueError(`${what}.closes has no close on the reference day ${referenceDate}`);
  const points = closes.map((point, i) => {
    const index = (100 * point.close) / base.close;
    const change = i > 0 ? `${formatPct((100 * point.close) / closes[i - 1].close - 100)}` : '';
    return { series: name, date: point.date, index, closeText: point.close.toLocaleString('en-US', { maximumFractionDigits: 4 }), indexText: index.toFixed(2), changeText: change };
  });
  return { name, points, lastIndex: points[points.length - 1].index };
}
