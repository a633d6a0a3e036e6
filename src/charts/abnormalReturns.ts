/** One event's abnormal return (AR) and cumulative abnormal return (CAR) over its window. */
import { ValueError, expectObject } from '../errors';
import { eventWindowBody, type WindowDay } from './eventWindow';
import { formatPct, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { NAME_MAX_CHARS, type ChartSource } from './theme';
import { finite, isoDate, nonEmpty } from './validate';

/** One day of an event's window (percent). */
export interface AbnormalReturnPoint {
  /** Trading day relative to the event (day 0). */
  day: number;
  /** ISO date of the trading day, when known. */
  date?: string;
  /** Abnormal return that day, percent. */
  arPct: number;
  /** Band of the AR, percent (e.g. AR ± t·σ). */
  arLowPct: number;
  arHighPct: number;
  /** CAR from the window start to this day, percent. */
  carPct: number;
  /** Band of the CAR, percent (e.g. CAR ± t·σ·√days). */
  carLowPct: number;
  carHighPct: number;
}

/** Input of {@link abnormalReturnsSpec}. */
export interface AbnormalReturnsInput {
  /** The stock, e.g. "Samsung Electronics (005930.KS)" (untrusted text). */
  stockName: string;
  /** ISO date of day 0. */
  eventDate: string;
  /** Expected-return model, e.g. "market model" (shown in the subtitle). */
  model?: string;
  /** [confidence=0.95] Confidence level of the bands, as a fraction. */
  confidence?: number;
  /** Lines naming the sample, model and windows, e.g. ["5 events of AAPL vs S&P 500", "market model · estimation [-260, -11] · window [-1, +1]"] (untrusted text; first subtitle lines). */
  study?: string[];
  days: readonly AbnormalReturnPoint[];
  source: ChartSource;
}

/**
 * Bars of a stock's daily abnormal return with their confidence intervals, and a line of
 * its cumulative abnormal return with a shaded confidence band, over the event window;
 * day 0 is marked and the y axis includes 0.
 *
 * @param input the window's days (percent, with bands), the event date and the source
 * @returns a vega-lite spec
 * @throws {ValueError} on a non-finite value, a duplicate day, or a band not containing its value
 * @example
 * const spec = abnormalReturnsSpec({
 *   stockName: 'Samsung', eventDate: '2019-08-20',
 *   days: [{ day: 0, arPct: 0.9, arLowPct: -2.3, arHighPct: 4.1, carPct: 0.9, carLowPct: -2.3, carHighPct: 4.1 }],
 *   source: { source: 'Yahoo Finance' },
 * });
 * spec.title.text // => 'Abnormal return of Samsung around 2019-08-20 (%)'
 */
export function abnormalReturnsSpec(input: AbnormalReturnsInput): ChartSpec {
  expectObject(input, 'input', 'abnormalReturnsSpec');
  const fn = 'abnormalReturnsSpec';
  const stockName = shortText(nonEmpty(input.stockName, `${fn}: stockName`), NAME_MAX_CHARS);
  const eventDate = isoDate(input.eventDate, `${fn}: eventDate`);
  const confidence = checkConfidence(input.confidence, fn);
  const days: WindowDay[] = (input.days ?? []).map((d) => ({
    day: d.day,
    date: d.date,
    dailyPct: d.arPct,
    dailyLowPct: d.arLowPct,
    dailyHighPct: d.arHighPct,
    cumulativePct: d.carPct,
    cumulativeLowPct: d.carLowPct,
    cumulativeHighPct: d.carHighPct,
  }));
  const body = eventWindowBody(days, { fn, daily: 'AR', cumulative: 'CAR', confidence, dayZero: `day 0 = ${eventDate}` });
  const last = [...(input.days ?? [])].sort((a, b) => a.day - b.day).at(-1);
  const model = input.model ? `${shortText(input.model, 40)}; ` : '';
  return finishSpec(
    body,
    `Abnormal return of ${stockName} around ${eventDate} (%)`,
    input.source,
    [...(input.study ?? []), `${model}CAR over the window ${last ? formatPct(last.carPct) : ''}; bands are ${Math.round(confidence * 1000) / 10}% confidence intervals`],
  );
}

/**
 * Returns a confidence level given as a fraction in (0, 1) (default 0.95).
 *
 * @throws {ValueError} when it is not a fraction strictly between 0 and 1 (95 instead of 0.95 is refused)
 */
export function checkConfidence(confidence: number | undefined, fn: string): number {
  if (confidence === undefined) return 0.95;
  const value = finite(confidence, `${fn}: confidence`);
  if (!(value > 0 && value < 1)) throw new ValueError(`${fn}: confidence must be a fraction between 0 and 1 (0.95 for 95%), got ${value}`);
  return value;
}
