/**
 * The layers shared by the event-window charts (one event's AR and CAR, many events'
 * AAR and CAAR): a confidence band and line for the cumulative measure, bars with error
 * rules for the daily one, a rule at 0 and a marked day 0.
 */
import { ValueError } from '../errors';
import { formatPct } from './format';
import { CHART_COLORS, CHART_SIZE, signedAxisFor } from './theme';
import { atLeast, finite } from './validate';

/** One day of an event window, all in percent. */
export interface WindowDay {
  /** Trading day relative to the event (day 0). */
  day: number;
  /** ISO date of the trading day, when known (tooltip). */
  date?: string;
  /** Daily measure (AR or AAR), percent; omitted to draw the cumulative line only. */
  dailyPct?: number;
  dailyLowPct?: number;
  dailyHighPct?: number;
  /** Cumulative measure (CAR or CAAR) from the window start to this day, percent. */
  cumulativePct: number;
  cumulativeLowPct: number;
  cumulativeHighPct: number;
}

/** Names and wording of one event-window chart. */
export interface WindowLabels {
  /** Builder name for error messages. */
  fn: string;
  /** Short names of the two measures: "AR" and "CAR", or "AAR" and "CAAR". */
  daily: string;
  cumulative: string;
  /** Confidence level of the bands as a fraction, e.g. 0.95. */
  confidence: number;
  /** "day 0 = 2019-08-20" or "day 0 = each event's date". */
  dayZero: string;
}

/**
 * Checks the days of a window and returns the body of a layered spec (without title).
 *
 * @throws {ValueError} on fewer than one day, duplicate days, non-finite values or a band
 *   that does not contain its value
 */
export function eventWindowBody(days: readonly WindowDay[], labels: WindowLabels): Record<string, unknown> {
  const { fn } = labels;
  const level = `${Math.round(labels.confidence * 1000) / 10}%`;
  const rows = atLeast(days, 1, `${fn}: days`).map((d, i) => checkDay(d, `${fn}: days[${i}]`, level));
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.day)) throw new ValueError(`${fn}: day ${row.day} appears twice`);
    seen.add(row.day);
  }
  rows.sort((a, b) => a.day - b.day);
  const hasDaily = rows.some((row) => row.dailyPct !== null);
  const hasDailyBand = rows.some((row) => row.dailyLowPct !== null && row.dailyHighPct !== null);
  const firstDay = rows[0].day;
  const lastDay = rows[rows.length - 1].day;
  const x = {
    field: 'day',
    type: 'quantitative',
    scale: { domain: [firstDay - 0.6, lastDay + 0.6], nice: false, zero: false },
    axis: { title: `Trading day relative to the event (${labels.dayZero})`, format: 'd', tickMinStep: 1, values: dayTicks(firstDay, lastDay) },
  };
  const drawn = rows.flatMap((row) => [row.dailyPct, row.dailyLowPct, row.dailyHighPct, row.cumulativePct, row.cumulativeLowPct, row.cumulativeHighPct]);
  const yAxis = { title: `Return (%): ${labels.daily} and ${labels.cumulative}, ${level} bands`, ...signedAxisFor(drawn.filter((v): v is number => v !== null)) };
  const y = (field: string) => ({ field, type: 'quantitative', scale: { zero: true }, axis: yAxis });
  // The series name is one of our own constants (AR, CAR, AAR, CAAR), never user text.
  const seriesName = (name: string) => ({ calculate: JSON.stringify(name), as: 'series' });
  const seriesColor = {
    field: 'series',
    type: 'nominal',
    scale: {
      domain: hasDaily ? [labels.daily, labels.cumulative] : [labels.cumulative],
      range: hasDaily ? [CHART_COLORS.abnormal, CHART_COLORS.cumulative] : [CHART_COLORS.cumulative],
    },
    legend: { title: null },
  };
  const tooltip = [
    { field: 'dayText', type: 'nominal', title: 'Day' },
    ...(hasDaily ? [{ field: 'dailyText', type: 'nominal', title: `${labels.daily} (%)` }] : []),
    { field: 'cumulativeText', type: 'nominal', title: `${labels.cumulative} (%)` },
  ];
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'area', color: CHART_COLORS.band, opacity: 0.45 },
      encoding: { x, y: y('cumulativeLowPct'), y2: { field: 'cumulativeHighPct' }, tooltip },
    },
    { mark: { type: 'rule', color: CHART_COLORS.zero }, encoding: { y: { datum: 0, type: 'quantitative' } } },
    { mark: { type: 'rule', color: CHART_COLORS.event, strokeDash: [5, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
  ];
  if (hasDaily) {
    layers.push({
      transform: [{ filter: { field: 'dailyPct', valid: true } }, seriesName(labels.daily)],
      mark: { type: 'bar', opacity: 0.85, size: Math.max(4, Math.min(26, (CHART_SIZE.width / (lastDay - firstDay + 2)) * 0.45)) },
      encoding: { x, y: y('dailyPct'), color: seriesColor, tooltip },
    });
  }
  if (hasDailyBand) {
    layers.push({
      transform: [{ filter: { field: 'dailyLowPct', valid: true } }, { filter: { field: 'dailyHighPct', valid: true } }],
      mark: { type: 'rule', color: '#7a3a0a', strokeWidth: 1.2 },
      encoding: { x, y: y('dailyLowPct'), y2: { field: 'dailyHighPct' }, tooltip },
    });
  }
  layers.push(
    {
      transform: [seriesName(labels.cumulative)],
      mark: { type: 'line', point: { filled: true, size: 36 } },
      encoding: { x, y: y('cumulativePct'), color: seriesColor, tooltip },
    },
    {
      data: { values: [{ day: 0, label: 'day 0' }] },
      mark: { type: 'text', align: 'left', dx: 4, baseline: 'top', y: 4, color: CHART_COLORS.event, fontWeight: 'bold' },
      encoding: { x: { field: 'day', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
    },
  );
  return { width: CHART_SIZE.width, height: CHART_SIZE.height, data: { values: rows }, layer: layers };
}

/** Integer ticks from first to last day, thinned to at most ~12. */
function dayTicks(first: number, last: number): number[] {
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  const ticks: number[] = [];
  for (let day = Math.ceil(first / step) * step; day <= last; day += step) ticks.push(day);
  return ticks;
}

function checkDay(d: WindowDay, what: string, level: string) {
  const day = finite(d.day, `${what}.day`);
  if (!Number.isInteger(day)) throw new ValueError(`${what}.day must be a whole trading day, got ${day}`);
  const optional = (value: number | undefined, name: string) => (value === undefined ? null : finite(value, `${what}.${name}`));
  const dailyPct = optional(d.dailyPct, 'dailyPct');
  const dailyLowPct = optional(d.dailyLowPct, 'dailyLowPct');
  const dailyHighPct = optional(d.dailyHighPct, 'dailyHighPct');
  const cumulativePct = finite(d.cumulativePct, `${what}.cumulativePct`);
  const cumulativeLowPct = finite(d.cumulativeLowPct, `${what}.cumulativeLowPct`);
  const cumulativeHighPct = finite(d.cumulativeHighPct, `${what}.cumulativeHighPct`);
  if (!(cumulativeLowPct <= cumulativePct && cumulativePct <= cumulativeHighPct)) {
    throw new ValueError(`${what}: the band ${cumulativeLowPct}..${cumulativeHighPct} does not contain cumulativePct ${cumulativePct}`);
  }
  const interval = (low: number | null, high: number | null) => (low === null || high === null ? '' : ` (${level}: ${formatPct(low)} to ${formatPct(high)})`);
  return {
    day,
    dayText: d.date ? `${day} (${d.date})` : String(day),
    dailyPct,
    dailyLowPct,
    dailyHighPct,
    cumulativePct,
    cumulativeLowPct,
    cumulativeHighPct,
    dailyText: dailyPct === null ? '' : `${formatPct(dailyPct)}${interval(dailyLowPct, dailyHighPct)}`,
    cumulativeText: `${formatPct(cumulativePct)}${interval(cumulativeLowPct, cumulativeHighPct)}`,
  };
}
