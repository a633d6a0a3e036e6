/**
 * How precisely a move was stated, and whether a real figure agrees with it.
 *
 * A stated percentage is a rounded figure: "1.95%" means anything in [1.945, 1.955), "2%" anything
 * in [1.5, 2.5). Qualifiers widen or bound that interval. The rules, in percent of the price:
 *
 * | wording                                   | the claim holds when                                   |
 * |-------------------------------------------|--------------------------------------------------------|
 * | exact ("1.95%")                           | abs(real − stated) ≤ ½·10^(−d) (d = decimals written)   |
 * | about, around, roughly, some, approximately | abs(real − stated) ≤ max(½·10^(−d), 10% of abs(stated)) |
 * | nearly, almost, close to, just under      | abs(stated) − max(10^(−d), 15% of abs(stated)) ≤ abs(real) ≤ abs(stated) + ½·10^(−d) |
 * | more than, over, above, at least, just over | abs(real) ≥ abs(stated) − ½·10^(−d)                    |
 * | less than, under, below, up to            | abs(real) ≤ abs(stated) + ½·10^(−d)                    |
 * | flat, unchanged, steady (no figure)       | abs(real) ≤ 0.1                                         |
 *
 * Outside "flat", a non-zero real figure must also have the stated sign, and every bound is widened
 * by {@link CLOSE_SLACK_PP}: wire reports compute a move from the closes known minutes after the
 * bell, and the final closes a price file holds can differ by about 0.01 pp (measured: up to 0.0107 pp
 * on the 38 S&P 500 day moves of the labelled Reuters U.S. closing reports, eval/real/reports-us).
 */

/** Percentage points every bound is widened by for revised closes (see the module comment). */
export const CLOSE_SLACK_PP = 0.015;

/** A stated figure's qualifier. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'more_than' | 'less_than' | 'flat';

/** How a move was stated: its decimals and its qualifier. */
export interface StatedPrecision {
  /** Decimals written ("1.95" → 2, "2" → 0). */
  decimals: number;
  qualifier: Qualifier;
}

/** Half-width, in percentage points, that "flat"/"unchanged" without a figure allows. */
export const FLAT_TOLERANCE_PP = 0.1;

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:about|around|roughly|approximately|some|an estimated|circa|~)\s*$/i, 'about'],
  [/\b(?:nearly|almost|close to|just under|just shy of|a shade under)\s*$/i, 'nearly'],
  [/\b(?:more than|over|above|at least|just over|in excess of|upwards of)\s*$/i, 'more_than'],
  [/\b(?:less than|under|below|up to|no more than|at most)\s*$/i, 'less_than'],
];

/**
 * Reads the precision of a stated move from its quote: the decimals of the written figure
 * that equals `abs(changePct)`, and a qualifier in the few words before it.
 *
 * @param quote the move's quote ("shares ended up 1.95%")
 * @param changePct the stated change in percent
 * @example
 * statedPrecision('shares ended up 1.95%', 1.95); // => { decimals: 2, qualifier: 'exact' }
 * statedPrecision('fell nearly 3 percent', -3); // => { decimals: 0, qualifier: 'nearly' }
 */
export function statedPrecision(quote: string, changePct: number): StatedPrecision {
  const target = Math.abs(changePct);
  for (const match of quote.matchAll(/(\d[\d,]*)(?:\.(\d+))?/g)) {
    const value = Number(`${match[1].replace(/,/g, '')}.${match[2] ?? '0'}`);
    if (Math.abs(value - target) > 1e-9) continue;
    const before = quote.slice(Math.max(0, (match.index ?? 0) - 24), match.index);
    const qualifier = QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact';
    return { decimals: match[2]?.length ?? 0, qualifier };
  }
  if (target === 0 && /\b(?:flat|unchanged|steady|little changed)\b/i.test(quote)) return { decimals: 0, qualifier: 'flat' };
  // No written figure equals the value (a word number, a fraction): its JavaScript form is all we know.
  return { decimals: (String(target).split('.')[1] ?? '').length, qualifier: 'exact' };
}

/** The interval of real changes, in percent, for which a stated figure holds. */
export interface ClaimInterval {
  /** Lowest real change (percent) that agrees; -Infinity when unbounded. */
  low: number;
  /** Highest real change (percent) that agrees; Infinity when unbounded. */
  high: number;
  /** Half-width of the rounding interval, percentage points (0.005 for "1.95%"), before the close slack. */
  tolerancePp: number;
}

/**
 * The real changes that agree with a stated change (see the table at the top of this module).
 *
 * @param statedPct stated change in percent, signed
 * @param precision its decimals and qualifier
 * @example
 * claimInterval(1.95, { decimals: 2, qualifier: 'exact' }); // => { low: 1.93, high: 1.97, tolerancePp: 0.005 } (±0.005 rounding, ±0.015 close slack)
 */
export function claimInterval(statedPct: number, precision: StatedPrecision): ClaimInterval {
  const half = 0.5 * 10 ** -precision.decimals;
  const unit = 10 ** -precision.decimals;
  const size = Math.abs(statedPct);
  const sign = statedPct < 0 ? -1 : 1;
  // [lowMagnitude, highMagnitude] of |real| with the stated sign.
  let range: [number, number];
  switch (precision.qualifier) {
    case 'flat':
      return { low: -FLAT_TOLERANCE_PP, high: FLAT_TOLERANCE_PP, tolerancePp: FLAT_TOLERANCE_PP };
    case 'about': {
      const width = Math.max(half, 0.1 * size);
      range = [size - width, size + width];
      break;
    }
    case 'nearly':
      range = [size - Math.max(unit, 0.15 * size), size + half];
      break;
    case 'more_than':
      range = [size - half, Infinity];
      break;
    case 'less_than':
      range = [0, size + half];
      break;
    default:
      range = [size - half, size + half];
  }
  if (size === 0) return { low: -half - CLOSE_SLACK_PP, high: half + CLOSE_SLACK_PP, tolerancePp: half };
  const low = Math.max(0, range[0] - CLOSE_SLACK_PP);
  const high = range[1] + CLOSE_SLACK_PP;
  const bounds = sign > 0 ? [low, high] : [-high, -low];
  return { low: bounds[0], high: bounds[1], tolerancePp: half };
}

/**
 * Whether a real change agrees with the stated one (1e-9 slack for floating point).
 *
 * @example
 * claimHolds(1.9495, claimInterval(1.95, { decimals: 2, qualifier: 'exact' })); // => true
 */
export function claimHolds(realPct: number, interval: ClaimInterval): boolean {
  return realPct >= interval.low - 1e-9 && realPct <= interval.high + 1e-9;
}
