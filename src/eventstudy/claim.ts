import { InputError } from '../errors';
import type { PriceSeries } from '../prices/types';
import { eventStudy } from './eventStudy';
import type { EventStudyOptions } from './types';

/** A stated one-day price move: "Samsung +1.95% on 2019-08-20". */
export interface MoveClaim {
  /** Who moved, as written. */
  subject: string;
  /** Stated change in percent (1.95 = +1.95%). */
  changePct: number;
  /** ISO date of the move. */
  date: string;
  /** Decimals the percentage was stated with (sets the rounding tolerance). */
  decimals: number;
}

/** The data's verdict on a {@link MoveClaim}. */
export interface ClaimCheck {
  claim: MoveClaim;
  /** 'matches' when the data round to the stated figure, 'differs' otherwise, 'no_data' when the date is not in the file. */
  verdict: 'matches' | 'differs' | 'no_data';
  /** Series used and the price column read. */
  series: string;
  priceColumn: string;
  previousDate?: string;
  previousPrice?: number;
  price?: number;
  /** Close-to-close change from the data, percent. */
  actualPct?: number;
  /** actualPct − claimed changePct, percentage points. */
  differencePp?: number;
  /** Half a unit of the last stated digit, percentage points (±0.005 pp for "1.95%"). */
  tolerancePp: number;
  /** Market index change on the same day, percent (when a market series is given). */
  marketChangePct?: number;
  /** Market-model abnormal return on that day, percent, and its t statistic (when a market series is given). */
  abnormalPct?: number;
  abnormalT?: number;
  /** Why the abnormal return is missing, or how day 0 was placed. */
  note?: string;
}

const MONTH_DAY = /(\d{4}-\d{2}-\d{2})/;

/**
 * Parses a stated move such as "Samsung +1.95% on 2019-08-20", "KOSPI rose 1.05% on
 * 2019-08-20" or "SK Hynix fell 2.3% on 2019-07-01" (rose/gained/up → +,
 * fell/lost/down → −).
 *
 * @param text the claim
 * @returns subject, changePct (percent), ISO date and stated decimals
 * @throws {InputError} when no percentage or no ISO date is found
 * @example
 * parseMoveClaim('Samsung +1.95% on 2019-08-20'); // => { subject: 'Samsung', changePct: 1.95, date: '2019-08-20', decimals: 2 }
 */
export function parseMoveClaim(text: string): MoveClaim {
  const pct = /(rose|gained|climbed|up|jumped|fell|lost|dropped|declined|down|slid)?\s*([+\-−]?)\s*(\d+(?:\.(\d+))?)\s*%/i.exec(text);
  if (!pct) throw new InputError(`claim "${text}" has no percentage: expected e.g. "Samsung +1.95% on 2019-08-20"`, { value: text });
  const date = MONTH_DAY.exec(text);
  if (!date) throw new InputError(`claim "${text}" has no ISO date: expected e.g. "Samsung +1.95% on 2019-08-20"`, { value: text });
  const negative = pct[2] === '-' || pct[2] === '−' || /^(fell|lost|dropped|declined|down|slid)$/i.test(pct[1] ?? '');
  const subject = text.slice(0, pct.index).trim().replace(/[,:]$/, '');
  if (!subject) throw new InputError(`claim "${text}" names no subject before the percentage`, { value: text });
  return { subject, changePct: (negative ? -1 : 1) * Number(pct[3]), date: date[1], decimals: pct[4]?.length ?? 0 };
}

/**
 * Compares a stated one-day move with a price series: the close-to-close change
 * from the previous trading day in the file to the claim's date, the difference
 * in percentage points, and whether it matches within the rounding of the stated
 * figure. With a market series, also the market's move and the market-model
 * abnormal return that day (estimation [-260,-11] by default).
 *
 * @param claim parsed claim (see {@link parseMoveClaim})
 * @param series the subject's prices
 * @param options market series, the series for the abnormal return [returnSeries=series]
 *   (e.g. dividend-adjusted prices while `series` holds the quoted closes) and event-study options
 * @returns the check
 * @example
 * checkMoveClaim(parseMoveClaim('Samsung +1.95% on 2019-08-20'), samsung).actualPct; // => 1.9495412844036664
 */
export function checkMoveClaim(
  claim: MoveClaim,
  series: PriceSeries,
  options: { market?: PriceSeries; returnSeries?: PriceSeries; eventStudy?: EventStudyOptions } = {},
): ClaimCheck {
  const tolerancePp = 0.5 * 10 ** -claim.decimals;
  const base = { claim, series: series.name, priceColumn: series.source.priceColumn, tolerancePp };
  const position = series.dates.indexOf(claim.date);
  if (position < 1) {
    const why = position === 0 ? 'is the first date in the file (no previous close)' : 'is not a date in the file';
    return { ...base, verdict: 'no_data', note: `${claim.date} ${why}` };
  }
  const previousPrice = series.prices[position - 1];
  const price = series.prices[position];
  const actualPct = (price / previousPrice - 1) * 100;
  const differencePp = actualPct - claim.changePct;
  const check: ClaimCheck = {
    ...base,
    verdict: Math.abs(differencePp) <= tolerancePp + 1e-9 ? 'matches' : 'differs',
    previousDate: series.dates[position - 1],
    previousPrice,
    price,
    actualPct,
    differencePp,
  };
  if (!options.market) return check;
  const m = options.market.dates.indexOf(claim.date);
  if (m >= 1) check.marketChangePct = (options.market.prices[m] / options.market.prices[m - 1] - 1) * 100;
  const study = eventStudy({ market: options.market, events: [{ stock: options.returnSeries ?? series, date: claim.date }] }, { window: [0, 0], ...options.eventStudy });
  const event = study.events[0];
  if (event.status === 'ok') {
    const day0 = event.ar.find((d) => d.day === 0);
    if (day0) {
      check.abnormalPct = day0.ar * 100;
      check.abnormalT = day0.tAr;
    }
  } else check.note = `no abnormal return: ${event.reason}`;
  if (event.note) check.note = event.note;
  return check;
}
