/** Plausibility checks on daily returns: the days an event's windows must not touch (status 'suspect_data'). */
import type { CoreSeries } from './core';
import { lowerBound } from '../stats/search';

/** Positions (ascending, into a return series) of implausible returns, each with what is wrong. */
export type SuspectDays = NonNullable<CoreSeries['suspect']>;

const percent = (r: number) => `${r >= 0 ? '+' : ''}${Number((r * 100).toPrecision(4))}%`;
const bound = (maxAbsReturn: number) => `±${Number((maxAbsReturn * 100).toPrecision(6))}%`;

/**
 * Return positions (index into the returns, dated by the later price) where a simple daily return
 * of any of the price series lies beyond ±maxAbsReturn, each with a reason naming the series, the
 * two days and prices: a misplaced decimal, a 1e-300 or 1e308 price, a split not adjusted.
 *
 * @param dates the price dates (common to every series)
 * @param series [name, prices] pairs on those dates
 * @param maxAbsReturn the bound, a fraction (0.9 = ±90%); Infinity turns the check off
 * @returns the suspect return positions and their reasons
 * @example
 * implausibleReturns(['2024-01-02', '2024-01-03'], [['X', Float64Array.of(10, 100)]], 0.9).positions; // => Int32Array [0]
 */
export function implausibleReturns(dates: string[], series: [string, Float64Array][], maxAbsReturn: number): SuspectDays {
  const positions: number[] = [];
  const reasons: string[] = [];
  if (!Number.isFinite(maxAbsReturn)) return { positions: Int32Array.from(positions), reasons };
  for (let t = 1; t < dates.length; t++) {
    for (const [name, prices] of series) {
      const r = prices[t] / prices[t - 1] - 1;
      if (Math.abs(r) > maxAbsReturn || !Number.isFinite(r)) {
        positions.push(t - 1);
        reasons.push(
          `${name}: implausible daily return ${percent(r)} from ${dates[t - 1]} (${prices[t - 1]}) to ${dates[t]} (${prices[t]}), beyond the ${bound(maxAbsReturn)} bound (maxAbsReturn): check the price file`,
        );
        break;
      }
    }
  }
  return { positions: Int32Array.from(positions), reasons };
}

/** Where a return panel's days come from, for messages. */
export interface ReturnLabels {
  /** Series name, for messages. */
  name: string;
  /** ISO date of each return (optional: day indices otherwise). */
  dates?: string[];
}

/**
 * The same check on returns given directly (a returns panel): a return beyond ±maxAbsReturn as a
 * simple return (log returns are converted, e^r − 1) or infinite is suspect; NaN is a missing day,
 * not a suspect one.
 *
 * @param returns the daily returns (fractions)
 * @param labels the series' name and dates, for the reasons
 * @param maxAbsReturn the bound, a fraction; Infinity turns the check off
 * @param kind whether `returns` are simple or log returns
 * @param [from] first position checked (default 0)
 * @param [to] last position checked (default the last)
 * @returns the suspect positions and their reasons; undefined when there are none
 * @example
 * suspectReturns(Float64Array.of(0.01, 4.5), { name: 'AAPL' }, 0.9, 'simple')?.positions; // => Int32Array [1]
 */
export function suspectReturns(returns: Float64Array, labels: ReturnLabels, maxAbsReturn: number, kind: 'simple' | 'log', from = 0, to = returns.length - 1): SuspectDays | undefined {
  if (!Number.isFinite(maxAbsReturn)) return undefined;
  let positions: number[] | undefined;
  let reasons: string[] | undefined;
  // Bounds on the stored value, so the common case is two comparisons per day.
  const { lo, hi } = plausibleRange(maxAbsReturn, kind);
  const end = Math.min(to, returns.length - 1);
  for (let t = Math.max(0, from); t <= end; t++) {
    // Four plausible returns at a time, the usual case (measured ≈4× faster than one at a time on a
    // 2,500 × 3,000 panel); a block holding anything else is looked at one return at a time.
    while (t + 3 <= end) {
      const r0 = returns[t];
      const r1 = returns[t + 1];
      const r2 = returns[t + 2];
      const r3 = returns[t + 3];
      if (!(r0 <= hi && r0 >= lo && r1 <= hi && r1 >= lo && r2 <= hi && r2 >= lo && r3 <= hi && r3 >= lo)) break;
      t += 4;
    }
    if (t > end) break;
    const r = returns[t];
    if (r <= hi && r >= lo) continue;
    if (Number.isNaN(r)) continue;
    const simple = kind === 'log' ? Math.expm1(r) : r;
    if (Math.abs(simple) <= maxAbsReturn && Number.isFinite(simple)) continue;
    (positions ??= []).push(t);
    const day = labels.dates?.[t] ?? `day ${t}`;
    (reasons ??= []).push(`${labels.name}: implausible daily return ${percent(simple)} on ${day}, beyond the ${bound(maxAbsReturn)} bound (maxAbsReturn): check the data`);
  }
  return positions ? { positions: Int32Array.from(positions), reasons: reasons! } : undefined;
}

/**
 * The stored returns (simple, or log) that are surely plausible under the bound: lo ≤ r ≤ hi. A
 * return outside may still pass by a rounding of log1p (see {@link suspectReturns}).
 *
 * @param maxAbsReturn the bound on a simple return, a fraction
 * @param kind whether the returns are simple or log returns
 * @returns the range [lo, hi] of stored values
 * @example
 * plausibleRange(0.9, 'simple'); // => { lo: -0.9, hi: 0.9 }
 */
export function plausibleRange(maxAbsReturn: number, kind: 'simple' | 'log'): { lo: number; hi: number } {
  const hi = kind === 'log' ? Math.log1p(maxAbsReturn) : maxAbsReturn;
  const lo = kind === 'log' ? (maxAbsReturn >= 1 ? -Infinity : Math.log1p(-maxAbsReturn)) : -maxAbsReturn;
  return { lo, hi };
}

/**
 * The reason of the first suspect day at positions from..to of a list, if any (binary search).
 *
 * @example
 * firstSuspect({ positions: Int32Array.of(4, 9), reasons: ['a', 'b'] }, 5, 20); // => 'b'
 */
export function firstSuspect(days: SuspectDays | undefined, from: number, to: number): string | undefined {
  if (!days || days.positions.length === 0) return undefined;
  const { positions, reasons } = days;
  const lo = lowerBound(positions, from);
  return lo < positions.length && positions[lo] <= to ? reasons[lo] : undefined;
}

/**
 * The straight path's plausibility check of a panel stock at positions from..to, where e1..e2 hold
 * returns all present with Σy² = `syy`: true when no return there can be suspect — Σy² ≤ 0.99·min(lo², hi²)
 * bounds every |y| inside the range (rounded squares and sums only grow by less than 1%), and each
 * position outside e1..e2 is checked itself. False means "scan to know" (`plausible.scan`), not "suspect".
 *
 * @param y the stock's returns
 * @param range the plausible stored values (`plausibleRange`)
 * @param syy Σ y_t² over e1..e2
 * @example
 * surelyPlausible(Float64Array.of(0.01, -0.02, 0.5), { lo: -0.9, hi: 0.9 }, 0.0005, 0, 1, 0, 2); // => true (0.5 checked alone)
 */
export function surelyPlausible(y: Float64Array, range: { lo: number; hi: number }, syy: number, e1: number, e2: number, from: number, to: number): boolean {
  const { lo, hi } = range;
  if (!(syy <= 0.99 * Math.min(lo * lo, hi * hi))) return false;
  return withinRange(y, lo, hi, from, Math.min(to, e1 - 1)) && withinRange(y, lo, hi, Math.max(from, e2 + 1), to);
}

/** Whether every return at positions a..b lies within [lo, hi] or is missing (NaN). */
function withinRange(y: Float64Array, lo: number, hi: number, a: number, b: number): boolean {
  for (let t = a; t <= b; t++) {
    const r = y[t];
    if (!(r <= hi && r >= lo) && !Number.isNaN(r)) return false;
  }
  return true;
}

/**
 * Merges two series' suspect days (a stock's and its market's) in position order; at a day both
 * hold, the first's reason is kept.
 *
 * @example
 * mergeSuspects({ positions: Int32Array.of(3), reasons: ['a'] }, { positions: Int32Array.of(1, 3), reasons: ['m', 'n'] })?.reasons; // => ['m', 'a']
 */
export function mergeSuspects(a: SuspectDays | undefined, b: SuspectDays | undefined): SuspectDays | undefined {
  if (!a || a.positions.length === 0) return b;
  if (!b || b.positions.length === 0) return a;
  const positions: number[] = [];
  const reasons: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.positions.length || j < b.positions.length) {
    const pa = i < a.positions.length ? a.positions[i] : Infinity;
    const pb = j < b.positions.length ? b.positions[j] : Infinity;
    if (pa <= pb) {
      positions.push(pa);
      reasons.push(a.reasons[i++]);
      if (pa === pb) j++;
    } else {
      positions.push(pb);
      reasons.push(b.reasons[j++]);
    }
  }
  return { positions: Int32Array.from(positions), reasons };
}
