/** Many events' cumulative average abnormal return (CAAR) with its confidence band. */
import { ValueError, expectObject } from '../errors';
import { checkConfidence } from './abnormalReturns';
import { eventWindowBody } from './eventWindow';
import { formatPct, shortText } from './format';
import { finishSpec, type ChartSpec } from './spec';
import { type ChartSource } from './theme';
import { finite } from './validate';

/** One day of the event window averaged over events (percent). */
export interface CaarPoint {
  /** Trading day relative to each event (day 0). */
  day: number;
  /** Average abnormal return that day, percent (bars; optional). */
  aarPct?: number;
  /** CAAR from the window start to this day, percent. */
  caarPct: number;
  /** Band of the CAAR, percent (e.g. CAAR ± t·s/√N, s the cross-sectional sd of CAR). */
  lowPct: number;
  highPct: number;
}

/** Input of {@link caarSpec}. */
export interface CaarInput {
  /** Number of events averaged. */
  eventCount: number;
  /** What the events are, e.g. "Samsung export-control news" (untrusted text). */
  label?: string;
  /** Expected-return model, e.g. "market model". */
  model?: string;
  /** [confidence=0.95] Confidence level of the band, as a fraction. */
  confidence?: number;
  /** Lines naming the sample, model and windows, e.g. ["5 events of AAPL vs S&P 500", "market model · estimation [-260, -11] · window [-1, +1]"] (untrusted text; first subtitle lines). */
  study?: string[];
  days: readonly CaarPoint[];
  source: ChartSource;
}

/**
 * A line of the cumulative average abnormal return over the event window with its
 * shaded confidence band (and the daily AAR as bars when given), day 0 marked and 0 on
 * the y axis.
 *
 * @param input the window's days (percent, with band), the number of events and the source
 * @returns a vega-lite spec
 * @throws {ValueError} when eventCount is not a positive whole number, or on bad days
 * @example
 * const spec = caarSpec({ eventCount: 12, days: [{ day: 0, caarPct: 0.4, lowPct: -0.1, highPct: 0.9 }], source: { source: 'Yahoo Finance' } });
 * spec.title.text // => 'Cumulative average abnormal return of 12 events (%)'
 */
export function caarSpec(input: CaarInput): ChartSpec {
  expectObject(input, 'input', 'caarSpec');
  const fn = 'caarSpec';
  const count = finite(input.eventCount, `${fn}: eventCount`);
  if (!Number.isInteger(count) || count < 1) throw new ValueError(`${fn}: eventCount must be a whole number ≥ 1, got ${count}`);
  const confidence = checkConfidence(input.confidence, fn);
  const days = (input.days ?? []).map((d) => ({
    day: d.day,
    dailyPct: d.aarPct,
    cumulativePct: d.caarPct,
    cumulativeLowPct: d.lowPct,
    cumulativeHighPct: d.highPct,
  }));
  const body = eventWindowBody(days, { fn, daily: 'AAR', cumulative: 'CAAR', confidence, dayZero: "day 0 = each event's date" });
  const last = [...(input.days ?? [])].sort((a, b) => a.day - b.day).at(-1);
  const what = input.label ? `${shortText(input.label, 60)}; ` : '';
  const model = input.model ? `${shortText(input.model, 40)}; ` : '';
  return finishSpec(
    body,
    `Cumulative average abnormal return of ${count} event${count === 1 ? '' : 's'} (%)`,
    input.source,
    [...(input.study ?? []), `${what}${model}CAAR over the window ${last ? formatPct(last.caarPct) : ''}; band: ${Math.round(confidence * 1000) / 10}% confidence interval`],
  );
}
