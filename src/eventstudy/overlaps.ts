import type { ResolvedOptions } from './types';

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
 * d' ∈ [d + e₁ − w₂, d + e₂ − w₁]; each is a range count by binary search over the
 * series' sorted day-0 positions.
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
  const sorted = [...events].sort((a, b) => a.series - b.series || a.day0 - b.day0);
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end].series === sorted[start].series) end++;
    const days = Int32Array.from(sorted.slice(start, end), (e) => e.day0);
    // Events in [lo, hi] (inclusive) of this series, minus the event itself when it is in range.
    const inRange = (lo: number, hi: number, self: number) => upperBound(days, hi) - lowerBound(days, lo) - (self >= lo && self <= hi ? 1 : 0);
    for (let k = start; k < end; k++) {
      const { index, day0: d } = sorted[k];
      eventWindows[index] = inRange(d - (w2 - w1), d + (w2 - w1), d);
      inEstimation[index] = inRange(d + e1 - w2, d + e2 - w1, d);
      inOthersEstimation[index] = inRange(d - e2 + w1, d - e1 + w2, d);
    }
    start = end;
  }
  return { eventWindows, inEstimation, inOthersEstimation };
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Int32Array, value: number): number {
  return lowerBound(sorted, value + 1);
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
  const sorted = [...events].sort((a, b) => a.series - b.series || a.day0 - b.day0);
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

function intersects(a1: number, a2: number, b1: number, b2: number): boolean {
  return a1 <= b2 && b1 <= a2;
}

/**
 * For each 'in-estimation' overlap, adds the intruding event's window positions to
 * the estimating event's `exclude` list (used with excludeOtherEvents).
 *
 * @param events events with day-0 positions; their `exclude` lists are extended in place
 * @param overlaps from {@link findOverlaps}
 * @param window event window offsets
 */
export function excludeOverlappingWindows(
  events: { day0: number; exclude?: number[] }[],
  overlaps: Iterable<PositionOverlap>,
  window: [number, number],
): void {
  const sets = new Map<number, Set<number>>();
  for (const o of overlaps) {
    if (o.kind !== 'in-estimation') continue;
    let days = sets.get(o.event);
    if (!days) sets.set(o.event, (days = new Set(events[o.event].exclude ?? [])));
    for (let t = events[o.other].day0 + window[0]; t <= events[o.other].day0 + window[1]; t++) days.add(t);
  }
  for (const [event, days] of sets) events[event].exclude = [...days];
}
