/** Reaction bars: the stock's and the benchmark's move on the day, with the excess in pp. */
import { ValueError, expectObject } from '../errors';
import { formatPct, formatPp, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { CHART_COLORS, CHART_SIZE, NAME_MAX_CHARS, approxTextWidth, longestOf, signedAxisFor, type ChartSource } from './theme';
import { finite, isoDate, nonEmpty } from './validate';
import type { MoveApproximation } from '../article/types';
import { approximationNote } from '../article/approximation';

/** One instrument's move on the day. */
export interface InstrumentMove {
  /** Name as shown, e.g. "Samsung Electronics" (untrusted text: rendered as text only). */
  name: string;
  /** Signed change in percent: +1.95 means the price rose 1.95%. */
  changePct: number;
  /** How the article bounded or rounded the figure ("more than 10 percent": `more_than`); shown beside it. */
  approximate?: MoveApproximation;
}

/** Input of {@link reactionBarsSpec}. */
export interface ReactionBarsInput {
  /** ISO date `YYYY-MM-DD` of the move (the last day, for a move over a longer period); omitted when the article gives none. */
  date?: string;
  /** [period='day'] The span the moves cover: 'day', 'week', 'month', 'year', 'ytd' (year to date) or another word. */
  period?: string;
  stock: InstrumentMove;
  benchmark: InstrumentMove;
  /**
   * Excess return in percentage points (stock − benchmark). Defaults to the difference of
   * the two changes; pass the analysis' value to show exactly that figure.
   */
  excessPp?: number;
  source: ChartSource;
}

/** Name of the third bar: the gap between stock and benchmark. */
const EXCESS_NAME = 'Excess (stock − benchmark)';

/**
 * A bar chart of the stock's and the benchmark's percent change on one day, and a third,
 * floating bar from the benchmark's level to the stock's labelled with the excess in
 * percentage points. The y axis starts at 0 and extends below it when a move is negative.
 *
 * @param input the two moves (percent), the date and the source
 * @returns a vega-lite spec (data inline; render with toSVG/toPNG/toHTML)
 * @throws {ValueError} when a change is not finite, the date is not ISO, or names collide
 * @example
 * const spec = reactionBarsSpec({
 *   date: '2019-08-20',
 *   stock: { name: 'Samsung Electronics', changePct: 1.95 },
 *   benchmark: { name: 'KOSPI', changePct: 1.05 },
 *   source: { source: 'Reuters', published: '2019-08-20' },
 * });
 * spec.title // => { text: 'Samsung Electronics +1.95% vs KOSPI +1.05% on 2019-08-20: excess +0.90 pp', subtitle: ['Source: Reuters, 2019-08-20'] }
 */
export function reactionBarsSpec(input: ReactionBarsInput): ChartSpec {
  expectObject(input, 'input', 'reactionBarsSpec');
  const fn = 'reactionBarsSpec';
  const date = input.date === undefined ? undefined : isoDate(input.date, `${fn}: date`);
  const when = periodPhrase(input.period, date);
  const stockName = shortText(nonEmpty(input.stock?.name, `${fn}: stock.name`), NAME_MAX_CHARS);
  const benchName = shortText(nonEmpty(input.benchmark?.name, `${fn}: benchmark.name`), NAME_MAX_CHARS);
  if (new Set([stockName, benchName, EXCESS_NAME]).size < 3) {
    throw new ValueError(`${fn}: stock and benchmark need different names, got "${stockName}" twice`);
  }
  const stockPct = finite(input.stock.changePct, `${fn}: stock.changePct`);
  const benchPct = finite(input.benchmark.changePct, `${fn}: benchmark.changePct`);
  const excessPp = input.excessPp === undefined ? stockPct - benchPct : finite(input.excessPp, `${fn}: excessPp`);
  // "more than 10 percent" is never drawn as a plain +10%: the figure keeps its wording, and the excess is as rough
  const stockNote = approximationNote({ changePct: stockPct, approximate: input.stock.approximate });
  const benchNote = approximationNote({ changePct: benchPct, approximate: input.benchmark.approximate });
  const excessMark = stockNote || benchNote ? '≈ ' : '';

  const [low, high] = paddedDomain([0, stockPct, benchPct]);
  const labelGap = (high - low) * 0.05;
  // Labels sit beyond the end a bar grows towards: above rising bars, below falling ones.
  const labelAt = (from: number, to: number) => (to >= from ? to + labelGap : to - labelGap);
  const rows = [
    { order: 0, name: stockName, kind: 'stock', from: 0, to: stockPct, label: formatPct(stockPct) + stockNote, labelY: labelAt(0, stockPct), what: 'Change on the day' },
    { order: 1, name: benchName, kind: 'benchmark', from: 0, to: benchPct, label: formatPct(benchPct) + benchNote, labelY: labelAt(0, benchPct), what: 'Change on the day' },
    {
      order: 2,
      name: EXCESS_NAME,
      kind: 'excess',
      from: benchPct,
      to: benchPct + excessPp,
      label: excessMark + formatPp(excessPp),
      labelY: labelAt(benchPct, benchPct + excessPp),
      what: 'Excess return (stock % − benchmark %)',
    },
  ];

  const x = { field: 'name', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: { labelAngle: 0, labelPadding: 6 } };
  const y = { type: 'quantitative', scale: { domain: [low, high], nice: false, zero: true } };
  const tooltip = [
    { field: 'name', type: 'nominal', title: 'Series' },
    { field: 'what', type: 'nominal', title: 'Measure' },
    { field: 'label', type: 'nominal', title: 'Value (% or pp)' },
  ];
  return finishSpec(
    {
      width: Math.max(CHART_SIZE.width, 3 * (approxTextWidth(longestOf([stockName, benchName, EXCESS_NAME]), 11) + 24)),
      height: CHART_SIZE.height,
      data: { values: rows },
      layer: [
        {
          mark: { type: 'rule', strokeDash: [4, 3], color: CHART_COLORS.benchmark },
          encoding: { y: { datum: benchPct, type: 'quantitative' } },
        },
        {
          mark: { type: 'bar' },
          encoding: {
            x,
            y: { ...y, field: 'from', axis: { title: `Change ${when} (%; excess in pp)`, ...signedAxisFor([stockPct, benchPct, benchPct + excessPp]) } },
            y2: { field: 'to' },
            color: {
              field: 'kind',
              type: 'nominal',
              scale: { domain: ['stock', 'benchmark', 'excess'], range: [CHART_COLORS.stock, CHART_COLORS.benchmark, CHART_COLORS.excess] },
              legend: null,
            },
            tooltip,
          },
        },
        {
          mark: { type: 'rule', color: CHART_COLORS.zero },
          encoding: { y: { datum: 0, type: 'quantitative' } },
        },
        {
          mark: { type: 'text', fontSize: 13, fontWeight: 'bold', baseline: 'middle' },
          encoding: { x, y: { ...y, field: 'labelY' }, text: { field: 'label', type: 'nominal' }, tooltip },
        },
      ],
    },
    `${stockName} ${formatPct(stockPct)}${stockNote} vs ${benchName} ${formatPct(benchPct)}${benchNote} ${when}: excess ${excessMark}${formatPp(excessPp)}`,
    input.source,
  );
}

/**
 * A y domain that contains 0 and every value, with 15% headroom for the value labels.
 *
 * @param values numbers in the axis unit
 * @returns [low, high] with low ≤ 0 ≤ high
 */
export function paddedDomain(values: number[]): [number, number] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (high === low) return [0, 1];
  const span = high - low;
  return [low < 0 ? low - span * 0.15 : 0, high > 0 ? high + span * 0.15 : 0];
}


/**
 * When the moves happened, in words: "on 2019-08-20", "in the week to 2019-08-20",
 * "year to date (2019-08-20)"; "on the day" when the article gives no date.
 */
function periodPhrase(period: string | undefined, date: string | undefined): string {
  const day = period === undefined || period === 'day' || period === 'unknown';
  if (date === undefined) {
    if (day) return 'on the day';
    if (period === 'ytd') return 'year to date';
    return period === 'week' || period === 'month' || period === 'year' ? `over the ${period}` : `(${shortText(period, 20)})`;
  }
  if (day) return `on ${date}`;
  if (period === 'ytd') return `year to date (${date})`;
  if (period === 'week' || period === 'month' || period === 'year') return `in the ${period} to ${date}`;
  return `(${shortText(period, 20)}) to ${date}`;
}
