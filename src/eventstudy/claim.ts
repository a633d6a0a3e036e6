import { InputError, ValueError } from '../errors';
import { isNeutralVerb, nounSign, particleSign, verbSign } from '../extract/direction';
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
 * 2019-08-20", "SK Hynix tumbled 2.3% on 2019-07-01", "Samsung was down 1.2% on …" or
 * "KOSPI closed 1.05% higher on …". Direction words come from the extractor's one vocabulary
 * (`verbSign`, `particleSign`, `nounSign` in src/extract/direction.ts), so the claim checker and
 * the extractor always agree on what "tumbled" means. A word before the figure that is not in
 * that vocabulary leaves the direction unknown and the claim is refused: it is never read as a rise.
 *
 * @param text the claim
 * @returns subject, changePct (percent), ISO date and stated decimals
 * @throws {InputError} when no percentage, no ISO date or no subject is found, when the direction
 *   is unknown ("Samsung zigzagged 1.95%"), or when a sign contradicts the verb ("fell +2%")
 * @example
 * parseMoveClaim('Samsung +1.95% on 2019-08-20'); // => { subject: 'Samsung', changePct: 1.95, date: '2019-08-20', decimals: 2 }
 * parseMoveClaim('KOSPI tumbled 1.05% on 2019-08-20').changePct; // => -1.05
 */
export function parseMoveClaim(text: string): MoveClaim {
  if (typeof text !== 'string') throw new ValueError(`parseMoveClaim: text must be a string such as "Samsung +1.95% on 2019-08-20", got ${typeof text}`);
  const example = 'expected e.g. "Samsung +1.95% on 2019-08-20"';
  const pct = /([+\-−]?)\s*(\d+(?:\.(\d+))?)\s*(?:%|percent\b|per\s+cent\b|pct\b)/i.exec(text);
  if (!pct) throw new InputError(`claim "${text}" has no percentage: ${example}`, { value: text });
  const date = MONTH_DAY.exec(text);
  if (!date) throw new InputError(`claim "${text}" has no ISO date: ${example}`, { value: text });
  const words = [...text.slice(0, pct.index).matchAll(/[\p{L}\p{N}&'’.-]+/gu)];
  const after = /^\s*([\p{L}]+)/u.exec(text.slice(pct.index + pct[0].length))?.[1]?.toLowerCase();
  // Lower-case words right before the figure are the verb phrase ("rose", "was up", "ended down"); the subject comes before them.
  let cut = words.length;
  let sign: 1 | -1 | undefined;
  let unknown: string | undefined;
  let neutral = false;
  while (cut > 0 && /^\p{Ll}/u.test(words[cut - 1][0]) && !SUBJECT_WORDS.has(words[cut - 1][0])) {
    const word = words[cut - 1][0].toLowerCase();
    const wordSign = verbSign(word) ?? particleSign(word) ?? nounSign(word);
    if (wordSign !== undefined) sign ??= wordSign;
    else if (isNeutralVerb(word) || FILLERS.has(word)) neutral = true;
    else if (cut === words.length && sign === undefined && !pct[1] && cut > 1) unknown = word; // the verb right before the figure (a signed figure needs none; a lone word is the subject)
    else break; // a lower-case word of the subject ("the won")
    cut--;
  }
  if (sign === undefined && after !== undefined) {
    const trailing = particleSign(after);
    if (trailing !== undefined) sign = trailing;
  }
  const subject = cut === 0 ? '' : text.slice(0, (words[cut - 1].index ?? 0) + words[cut - 1][0].length).trim().replace(/[,:]$/, '');
  if (!subject) throw new InputError(`claim "${text}" names no subject before the percentage`, { value: text });
  const written = pct[1] === '-' || pct[1] === '−' ? -1 : pct[1] === '+' ? 1 : undefined;
  if (written !== undefined && sign !== undefined && written !== sign) {
    throw new InputError(`claim "${text}": the sign ${pct[1]} contradicts the direction word (${sign > 0 ? 'a rise' : 'a fall'}); write one of them`, { value: text });
  }
  if (written === undefined && sign === undefined && (unknown !== undefined || neutral)) {
    const why = unknown !== undefined ? `"${unknown}" is not a known rise or fall word` : 'the verb says no direction';
    throw new InputError(`claim "${text}": direction unknown (${why}); write the sign, e.g. "${subject} -${pct[2]}% on ${date[1]}", or a verb such as rose/fell`, { value: text });
  }
  const direction = written ?? sign ?? 1;
  return { subject, changePct: direction * Number(pct[2]), date: date[1], decimals: pct[3]?.length ?? 0 };
}

/** Lower-case words that belong to the subject, not to the verb phrase ("Samsung shares rose"). */
const SUBJECT_WORDS = new Set(['shares', 'stock', 'stocks', 'index', 'market', 'benchmark', 'composite', 'average']);
/** Words of a verb phrase that carry no direction ("has", "had", "by", "sharply"). */
const FILLERS = new Set(['has', 'have', 'had', 'by', 'sharply', 'slightly', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'just', 'over', 'more', 'than', 'a', 'further']);

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
