/**
 * Adapters from an event study (`eventStudy`) to the AR/CAR and CAAR charts, with the
 * confidence bands computed here from the study's residual standard deviations.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ValueError } from '../errors';
import type { EventResult, EventStudyResult, ModelName, ResolvedOptions } from '../eventstudy/types';
import { studentTCdf } from '../stats/studentT';
import { abnormalReturnsSpec, checkConfidence, type AbnormalReturnPoint } from './abnormalReturns';
import { caarSpec, type CaarPoint } from './caar';
import type { ChartSource } from './theme';

/** Options of the event-study chart adapters. */
export interface EventChartOptions {
  /** [confidence=0.95] Confidence level of the bands, as a fraction. */
  confidence?: number;
  /** [source={ source: 'daily closing prices' }] Where the prices come from (subtitle). */
  source?: ChartSource;
}

const MODEL_WORDS: Record<ModelName, string> = {
  market: 'market model (OLS α, β)',
  'market-adjusted': 'market-adjusted model (α = 0, β = 1)',
  'mean-adjusted': 'mean-adjusted model',
  factor: 'factor model',
};

/**
 * The AR/CAR chart of one event of a study: AR(t) with the band AR ± t·σ and CAR(t) with
 * CAR ± t·σ·√k (k = days cumulated), σ the event's residual standard deviation over the
 * estimation window and t the Student-t quantile with the fit's degrees of freedom
 * (MacKinlay 1997, eqs. 9–13, ignoring the prediction-error term).
 *
 * @param study the result of `eventStudy`
 * @param [eventId] which event (by id); default the first event with status 'ok'
 * @param [options] confidence level and source
 * @throws {ValueError} when the event is unknown or has no results (status not 'ok')
 * @example
 * abnormalReturnsChart(eventStudy({ market, events: [{ stock: samsung, date: '2019-08-20' }] }))
 * // => a vega-lite spec titled 'Abnormal return of … around 2019-08-20 (%)'
 */
export function abnormalReturnsChart(study: EventStudyResult, eventId?: string, options: EventChartOptions = {}): TopLevelSpec {
  const fn = 'abnormalReturnsChart';
  const confidence = checkConfidence(options.confidence, fn);
  const event = eventId === undefined ? study.events.find((e) => e.status === 'ok') : study.events.find((e) => e.id === eventId);
  if (!event) throw new ValueError(eventId === undefined ? `${fn}: no event of the study has results` : `${fn}: no event "${eventId}" (events: ${study.events.map((e) => e.id).join(', ')})`);
  if (event.status !== 'ok') throw new ValueError(`${fn}: event "${event.id}" has no results (${event.status}${event.reason ? `: ${event.reason}` : ''})`);
  const t = tQuantile(confidence, Math.max(1, event.n - parameterCount(study.options)));
  let car = 0;
  const days: AbnormalReturnPoint[] = event.ar.map((d, i) => {
    car += d.ar;
    const arBand = t * event.sigma;
    const carBand = t * event.sigma * Math.sqrt(i + 1);
    return { day: d.day, date: d.date, arPct: 100 * d.ar, arLowPct: 100 * (d.ar - arBand), arHighPct: 100 * (d.ar + arBand), carPct: 100 * car, carLowPct: 100 * (car - carBand), carHighPct: 100 * (car + carBand) };
  });
  return abnormalReturnsSpec({
    stockName: event.stock,
    eventDate: event.day0Date ?? event.eventDate,
    study: studyLine(study, `${event.stock} vs ${benchmarkName(study)}`),
    confidence,
    days,
    source: options.source ?? { source: 'daily closing prices' },
  });
}

/**
 * The CAAR chart of a study: AAR(t) as bars and CAAR(t) with the cross-sectional band
 * CAAR ± t₍N−1₎·s/√N, s the standard deviation of the events' CAR(t) (Campbell, Lo &
 * MacKinlay 1997, ch. 4). With one event the band is that event's CAR ± t·σ·√k.
 *
 * @param study the result of `eventStudy`
 * @param [options] confidence level, source and a label for the events
 * @throws {ValueError} when no event has status 'ok'
 * @example
 * caarChart(eventStudy({ market, events })) // => a vega-lite spec titled 'Cumulative average abnormal return of N events (%)'
 */
export function caarChart(study: EventStudyResult, options: EventChartOptions & { label?: string } = {}): TopLevelSpec {
  const fn = 'caarChart';
  const confidence = checkConfidence(options.confidence, fn);
  const ok = study.events.filter((e) => e.status === 'ok');
  if (ok.length === 0) throw new ValueError(`${fn}: no event of the study has results`);
  const [first, last] = study.options.window;
  const cumulative = ok.map((event) => cumulativeByDay(event));
  const days: CaarPoint[] = [];
  for (let day = first; day <= last; day += 1) {
    const cars = cumulative.map((byDay) => byDay.get(day)).filter((v): v is number => v !== undefined);
    if (cars.length === 0) continue;
    const mean = cars.reduce((a, b) => a + b, 0) / cars.length;
    const aar = study.aggregate.aar.find((d) => d.day === day)?.aar;
    let half: number;
    if (cars.length >= 2) {
      const sd = Math.sqrt(cars.reduce((a, b) => a + (b - mean) ** 2, 0) / (cars.length - 1));
      half = (tQuantile(confidence, cars.length - 1) * sd) / Math.sqrt(cars.length);
    } else {
      const only = ok.find((_, i) => cumulative[i].has(day))!;
      half = tQuantile(confidence, Math.max(1, only.n - parameterCount(study.options))) * only.sigma * Math.sqrt(day - first + 1);
    }
    days.push({ day, aarPct: aar === undefined ? undefined : 100 * aar, caarPct: 100 * mean, lowPct: 100 * (mean - half), highPct: 100 * (mean + half) });
  }
  return caarSpec({ eventCount: ok.length, label: options.label, study: studyLine(study, sampleWords(study)), confidence, days, source: options.source ?? { source: 'daily closing prices' } });
}

/** What was compared with what: the market's name (as the user gave it) or the factor columns. */
function benchmarkName(study: EventStudyResult): string {
  if (study.options.model === 'factor') return `factors ${study.options.factorColumns.join(', ')}`;
  return study.alignment[0]?.market ?? 'the market';
}

/** "5 events of AAPL vs S&P 500" or "8 events of 2 stocks vs KOSPI". */
function sampleWords(study: EventStudyResult): string {
  const ok = study.events.filter((e) => e.status === 'ok');
  const stocks = [...new Set(ok.map((e) => e.stock))];
  const of = stocks.length === 1 ? stocks[0] : `${stocks.length} stocks`;
  return `${ok.length} event${ok.length === 1 ? '' : 's'} of ${of} vs ${benchmarkName(study)}`;
}

/** The subtitle lines every event-study chart carries: the sample, then model, estimation and event windows. */
function studyLine(study: EventStudyResult, sample: string): string[] {
  const { model, estimation, window } = study.options;
  const days = ([a, b]: [number, number]) => `[${a > 0 ? '+' : ''}${a}, ${b > 0 ? '+' : ''}${b}]`;
  return [sample, `${MODEL_WORDS[model]} · estimation ${days(estimation)} · event window ${days(window)}`];
}

/** CAR of one event by event-window day (fractions). */
function cumulativeByDay(event: EventResult): Map<number, number> {
  let car = 0;
  return new Map(event.ar.map((d) => [d.day, (car += d.ar)]));
}

/** Parameters the expected-return model estimates (for the residual degrees of freedom). */
function parameterCount(options: ResolvedOptions): number {
  if (options.model === 'market') return 2;
  if (options.model === 'mean-adjusted') return 1;
  if (options.model === 'factor') return 1 + options.factorColumns.length;
  return 0;
}

/**
 * The two-sided Student-t critical value: t with P(|T| ≤ t) = confidence, found by
 * bisection on the t CDF (accurate to 1e-10).
 */
function tQuantile(confidence: number, df: number): number {
  const target = 0.5 + confidence / 2;
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < target) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-10; i += 1) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
