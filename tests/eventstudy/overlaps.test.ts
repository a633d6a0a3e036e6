import { describe, expect, it } from 'vitest';
import { resolveEventStudyOptions } from '../../src/eventstudy/options';
import { countOverlaps, excludeOtherEventWindows, findOverlaps, type PlacedEvent } from '../../src/eventstudy/overlaps';

const options = resolveEventStudyOptions({ estimation: [-60, -6], window: [-2, 3] });

/** The definition, pair by pair: every 'in-estimation' intruder's window days inside the estimation window. */
function bruteExclusions(placed: PlacedEvent[]): Map<number, number[]> {
  const result = new Map<number, Set<number>>();
  for (const o of findOverlaps(placed, options)) {
    if (o.kind !== 'in-estimation') continue;
    const target = placed.find((p) => p.index === o.event)!;
    const other = placed.find((p) => p.index === o.other)!;
    const days = result.get(o.event) ?? new Set<number>();
    for (let t = other.day0 + options.window[0]; t <= other.day0 + options.window[1]; t++) {
      if (t >= target.day0 + options.estimation[0] && t <= target.day0 + options.estimation[1]) days.add(t);
    }
    result.set(o.event, days);
  }
  return new Map([...result].filter(([, d]) => d.size > 0).map(([k, d]) => [k, [...d].sort((a, b) => a - b)]));
}

describe('excludeOtherEventWindows', () => {
  it('gives the days of the pair-by-pair definition, on random clustered events of three series', () => {
    let state = 99;
    const u = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const placed: PlacedEvent[] = Array.from({ length: 60 }, (_, index) => ({ index, series: Math.floor(u() * 3), day0: 100 + Math.floor(u() * 150) }));
      const events = placed.map((p) => ({ day0: p.day0 }) as { day0: number; exclude?: number[] });
      excludeOtherEventWindows(events, placed, options);
      const expected = bruteExclusions(placed);
      events.forEach((e, i) => expect(e.exclude ?? []).toEqual(expected.get(i) ?? []));
    }
  });

  it('stays fast and small where pairs are quadratic: 20,000 events of one stock on 5 dates', () => {
    const placed: PlacedEvent[] = Array.from({ length: 20_000 }, (_, index) => ({ index, series: 0, day0: 1000 + 20 * (index % 5) }));
    const events = placed.map((p) => ({ day0: p.day0 }) as { day0: number; exclude?: number[] });
    excludeOtherEventWindows(events, placed, options);
    // The event at 1080 has the windows of 1020, 1040 and 1060 in its estimation window [1020, 1074]: 6 + 6 + 6 days, clipped at 1074.
    expect(events[4].exclude).toEqual([1018, 1019, 1020, 1021, 1022, 1023, 1038, 1039, 1040, 1041, 1042, 1043, 1058, 1059, 1060, 1061, 1062, 1063].filter((t) => t >= 1020));
    expect(events[9].exclude).toBe(events[4].exclude); // one shared list per (stock, day 0)
    // ≈ 0.2·N² pairs would be 80 million; the counts are still exact.
    expect(countOverlaps(placed, placed.length, options).inEstimation[4]).toBe(3 * 4000);
  });
});

describe('countOverlaps', () => {
  /** The definition, event by event: other events of the same series whose day 0 lies in each range. */
  function bruteCounts(placed: PlacedEvent[], total: number, o: typeof options) {
    const [e1, e2] = o.estimation;
    const [w1, w2] = o.window;
    const counts = { eventWindows: new Int32Array(total), inEstimation: new Int32Array(total), inOthersEstimation: new Int32Array(total) };
    for (const a of placed) {
      for (const b of placed) {
        if (a === b || a.series !== b.series) continue;
        const gap = b.day0 - a.day0;
        if (Math.abs(gap) <= w2 - w1) counts.eventWindows[a.index]++;
        if (gap >= e1 - w2 && gap <= e2 - w1) counts.inEstimation[a.index]++;
        if (gap >= w1 - e2 && gap <= w2 - e1) counts.inOthersEstimation[a.index]++;
      }
    }
    return counts;
  }

  it('counts as the pair-by-pair definition, on random clustered events (repeated days, several series, unplaced events, windows after day 0)', () => {
    let state = 7;
    const u = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const windows: [number, number][][] = [
      [[-60, -6], [-2, 3]],
      [[-250, -11], [0, 0]],
      [[-30, 5], [8, 12]], // estimation past day 0, window after it: ranges without the event itself
    ];
    for (const [estimation, window] of windows) {
      const o = resolveEventStudyOptions({ estimation, window });
      for (let round = 0; round < 10; round++) {
        const total = 80;
        // Every fourth event is not placed (its counts stay 0); day 0s cluster so that ranges hold many events.
        const placed: PlacedEvent[] = Array.from({ length: total }, (_, index) => ({ index, series: Math.floor(u() * 3), day0: 100 + Math.floor(u() * (round < 5 ? 40 : 400)) })).filter((p) => p.index % 4 !== 3);
        expect(countOverlaps(placed, total, o)).toEqual(bruteCounts(placed, total, o));
      }
    }
  });
});
