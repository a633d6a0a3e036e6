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

/**
 * Finds, among events on the same series, (a) pairs whose event windows share
 * days and (b) events whose event window falls inside another's estimation
 * window. Events are sorted by series and day 0 and only neighbours within reach
 * are compared, so the cost is O(N log N + overlaps).
 *
 * @param events placed events (day0 ≥ 0)
 * @param options windows
 * @param limit [Infinity] most overlaps recorded (many events of one stock on few dates overlap pairwise,
 *   N² pairs); `total` on the result counts them all
 * @returns the overlaps, each 'in-estimation' pair oriented (estimating event, intruding event)
 */
export function findOverlaps(events: PlacedEvent[], options: ResolvedOptions, limit = Infinity): PositionOverlap[] & { total?: number } {
  const [e1, e2] = options.estimation;
  const [w1, w2] = options.window;
  const reach = Math.max(Math.abs(e1), Math.abs(e2), Math.abs(w1), Math.abs(w2)) * 2 + 1;
  const sorted = [...events].sort((a, b) => a.series - b.series || a.day0 - b.day0);
  const overlaps: PositionOverlap[] & { total?: number } = [];
  let total = 0;
  const push = (o: PositionOverlap) => {
    if (++total <= limit) overlaps.push(o);
  };
  for (let a = 0; a < sorted.length; a++) {
    for (let b = a + 1; b < sorted.length; b++) {
      const x = sorted[a];
      const y = sorted[b];
      if (y.series !== x.series || y.day0 - x.day0 > reach) break;
      if (x.day0 + w2 >= y.day0 + w1) push({ event: x.index, other: y.index, kind: 'event-windows' });
      if (intersects(x.day0 + e1, x.day0 + e2, y.day0 + w1, y.day0 + w2)) push({ event: x.index, other: y.index, kind: 'in-estimation' });
      if (intersects(y.day0 + e1, y.day0 + e2, x.day0 + w1, x.day0 + w2)) push({ event: y.index, other: x.index, kind: 'in-estimation' });
    }
  }
  if (total > overlaps.length) overlaps.total = total; // only when some were left out
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
  overlaps: PositionOverlap[],
  window: [number, number],
): void {
  for (const o of overlaps) {
    if (o.kind !== 'in-estimation') continue;
    const target = events[o.event];
    const days = target.exclude ?? (target.exclude = []);
    for (let t = events[o.other].day0 + window[0]; t <= events[o.other].day0 + window[1]; t++) if (!days.includes(t)) days.push(t);
  }
}
