import type { ResolvedOptions } from './types';
import { sortInto } from '../stats/ranks';
import { lowerBound, upperBound } from '../stats/search';

/** An event placed on a series: its index, series and day-0 position. */
export interface PlacedEvent {
  index: number;
  series: number;
  day0: number;
}

/** A pair of events of the same series whose windows share days. */
export interface PositionOverlap {
  event: number;
  other: number;
  kind: 'event-windows' | 'in-estimation';
}

/** How many other events of the same series overlap one event, by kind. */
export interface OverlapCounts {
  /** Other events whose event window shares days with this one's. */
  eventWindows: number;
  /** Other events whose event window lies (partly) in this event's estimation window. */
  inEstimation: number;
  /** Other events whose estimation window contains (part of) this event's event window. */
  inOthersEstimation: number;
}

/**
 * Per-event overlap counts in O(N log N), without listing pairs (a stock with N
 * events close together has ≈ N² overlapping pairs; their counts are linear).
 * For an event at day 0 = d and another at d', the event windows share days when
 * |d' − d| ≤ w₂ − w₁, and the other's window meets this one's estimation window when
 * d' ∈ [d + e₁ − w₂, d + e₂ − w₁]; each is a range count over the series' sorted day-0
 * positions, whose bounds move forward with d (a linear sweep after the sort).
 *
 * @param events placed events (day0 ≥ 0)
 * @param options windows
 * @returns counts indexed like `events[k].index` (events not placed get zeros), in arrays of length `total`
 * @example
 * countOverlaps([{ index: 0, series: 0, day0: 300 }, { index: 1, series: 0, day0: 200 }], 2, options).inEstimation; // => Int32Array [1, 0]
 */
export function countOverlaps(events: PlacedEvent[], total: number, options: ResolvedOptions): { eventWindows: Int32Array; inEstimation: Int32Array; inOthersEstimation: Int32Array } {
  const [e1, e2] = options.estimation;
  const [w1, w2] = options.window;
  const eventWindows = new Int32Array(total);
  const inEstimation = new Int32Array(total);
  const inOthersEstimation = new Int32Array(total);
  // Events ordered by (series, day 0) through one numeric key, series·(last day + 1) + day 0 (exact below 2⁵³).
  const n = events.length;
  let span = 1;
  for (let k = 0; k < n; k++) span = Math.max(span, events[k].day0 + 1);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = events[k].series * span + events[k].day0;
  const sortedKeys = new Float64Array(n);
  const order = new Int32Array(n);
  sortInto(keys, n, sortedKeys, order);
  const sortedDays = new Int32Array(n);
  for (let k = 0; k < n; k++) sortedDays[k] = events[order[k]].day0;
  // Offsets of the three ranges from day 0, [d + from, d + to]; an event lies in its own range when from ≤ 0 ≤ to.
  const windowsFrom = -(w2 - w1);
  const windowsTo = w2 - w1;
  const estimationFrom = e1 - w2;
  const estimationTo = e2 - w1;
  const othersFrom = w1 - e2;
  const othersTo = w2 - e1;
  const self = (from: number, to: number) => (from <= 0 && to >= 0 ? 1 : 0);
  const selfWindows = self(windowsFrom, windowsTo);
  const selfEstimation = self(estimationFrom, estimationTo);
  const selfOthers = self(othersFrom, othersTo);
  for (let start = 0; start < n; ) {
    const series = events[order[start]].series;
    let end = start;
    while (end < n && events[order[end]].series === series) end++;
    // Days are ascending within the series, and so are each range's bounds: each bound's index (the
    // binary searches' lowerBound(lo) and upperBound(hi)) only moves forward, one sweep per bound.
    let windowsLo = start;
    let windowsHi = start;
    let estimationLo = start;
    let estimationHi = start;
    let othersLo = start;
    let othersHi = start;
    for (let k = start; k < end; k++) {
      const index = events[order[k]].index;
      const d = sortedDays[k];
      while (windowsLo < end && sortedDays[windowsLo] < d + windowsFrom) windowsLo++;
      while (windowsHi < end && sortedDays[windowsHi] <= d + windowsTo) windowsHi++;
      while (estimationLo < end && sortedDays[estimationLo] < d + estimationFrom) estimationLo++;
      while (estimationHi < end && sortedDays[estimationHi] <= d + estimationTo) estimationHi++;
      while (othersLo < end && sortedDays[othersLo] < d + othersFrom) othersLo++;
      while (othersHi < end && sortedDays[othersHi] <= d + othersTo) othersHi++;
      eventWindows[index] = windowsHi - windowsLo - selfWindows;
      inEstimation[index] = estimationHi - estimationLo - selfEstimation;
      inOthersEstimation[index] = othersHi - othersLo - selfOthers;
    }
    start = end;
  }
  return { eventWindows, inEstimation, inOthersEstimation };
}

/**
 * Lists, among events on the same series, (a) pairs whose event windows share
 * days and (b) events whose event window falls inside another's estimation
 * window, one pair at a time (a generator: stream them, there can be ≈ N² of them).
 * Events are sorted by series and day 0 and only neighbours within reach
 * are compared, so the cost is O(N log N + overlaps).
 *
 * @param events placed events (day0 ≥ 0)
 * @param options windows
 * @returns the overlaps, each 'in-estimation' pair oriented (estimating event, intruding event)
 */
export function* overlapPairs(events: PlacedEvent[], options: ResolvedOptions): Generator<PositionOverlap> {
  const [e1, e2] = options.estimation;
  const [w1, w2] = options.window;
  const reach = Math.max(Math.abs(e1), Math.abs(e2), Math.abs(w1), Math.abs(w2)) * 2 + 1;
  const sorted = bySeriesAndDay(events);
  for (let a = 0; a < sorted.length; a++) {
    for (let b = a + 1; b < sorted.length; b++) {
      const x = sorted[a];
      const y = sorted[b];
      if (y.series !== x.series || y.day0 - x.day0 > reach) break;
      if (x.day0 + w2 >= y.day0 + w1) yield { event: x.index, other: y.index, kind: 'event-windows' };
      if (intersects(x.day0 + e1, x.day0 + e2, y.day0 + w1, y.day0 + w2)) yield { event: x.index, other: y.index, kind: 'in-estimation' };
      if (intersects(y.day0 + e1, y.day0 + e2, x.day0 + w1, x.day0 + w2)) yield { event: y.index, other: x.index, kind: 'in-estimation' };
    }
  }
}

/**
 * The overlapping pairs as an array (see {@link overlapPairs}), at most `limit` of them;
 * `total` on the result counts them all. Quadratic in the events of one stock that lie
 * close together, so prefer {@link countOverlaps} or the generator at scale.
 *
 * @param events placed events (day0 ≥ 0)
 * @param options windows
 * @param limit [Infinity] most overlaps recorded (many events of one stock on few dates overlap pairwise,
 *   N² pairs); `total` on the result counts them all
 * @returns the overlaps, each 'in-estimation' pair oriented (estimating event, intruding event)
 */
export function findOverlaps(events: PlacedEvent[], options: ResolvedOptions, limit = Infinity): PositionOverlap[] & { total?: number } {
  const overlaps: PositionOverlap[] & { total?: number } = [];
  let total = 0;
  for (const o of overlapPairs(events, options)) if (++total <= limit) overlaps.push(o);
  overlaps.total = total;
  return overlaps;
}

/** A sorted copy of placed events by series, then day 0; events of one series on one day keep their order (a stable sort). */
function bySeriesAndDay(events: PlacedEvent[]): PlacedEvent[] {
  return [...events].sort((a, b) => a.series - b.series || a.day0 - b.day0);
}

function intersects(a1: number, a2: number, b1: number, b2: number): boolean {
  return a1 <= b2 && b1 <= a2;
}

/**
 * With `excludeOtherEvents`: sets each event's `exclude` list to the positions of its estimation
 * window that lie in another event's window (same series), without listing pairs. For an event at
 * day 0 = d, the intruding events are those with d' ∈ [d + e₁ − w₂, d + e₂ − w₁] — a range of the
 * series' sorted distinct day-0 positions found by binary search — and their windows are merged
 * in order, so the cost is O(N log N) plus the length of the lists (at most the estimation
 * window per event); events of one series on the same day share one list. The same days as
 * adding every 'in-estimation' pair's window (the old quadratic way), clipped to the estimation window.
 *
 * @param events the engine's events (day0 −1 = not placed; `exclude` is set on the others)
 * @param placed the placed events (day0 ≥ 0)
 * @param options windows
 * @example
 * const events = [{ series: 0, day0: 300 }, { series: 0, day0: 200 }];
 * excludeOtherEventWindows(events, [{ index: 0, series: 0, day0: 300 }, { index: 1, series: 0, day0: 200 }], options);
 * events[0].exclude; // => [199, 200, 201] (window [-1, 1] of the event at 200, inside [40, 289])
 */
export function excludeOtherEventWindows(events: { day0: number; exclude?: number[] }[], placed: PlacedEvent[], options: ResolvedOptions): void {
  const [e1, e2] = options.estimation;
  const [w1, w2] = options.window;
  const sorted = bySeriesAndDay(placed);
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end].series === sorted[start].series) end++;
    const days: number[] = [];
    for (let k = start; k < end; k++) if (days.length === 0 || days[days.length - 1] !== sorted[k].day0) days.push(sorted[k].day0);
    const distinct = Int32Array.from(days);
    const lists = new Map<number, number[]>();
    for (let k = start; k < end; k++) {
      const d = sorted[k].day0;
      let list = lists.get(d);
      if (!list) {
        list = [];
        const from = d + e1;
        const to = d + e2;
        let next = from; // first position not yet listed
        for (let j = lowerBound(distinct, d + e1 - w2), last = upperBound(distinct, d + e2 - w1); j < last; j++) {
          const lo = Math.max(distinct[j] + w1, next);
          const hi = Math.min(distinct[j] + w2, to);
          for (let t = lo; t <= hi; t++) list.push(t);
          if (hi + 1 > next) next = hi + 1;
        }
        lists.set(d, list);
      }
      if (list.length > 0) events[sorted[k].index].exclude = list;
    }
    start = end;
  }
}
