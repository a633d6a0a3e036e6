import { describe, expect, it } from 'vitest';
import { eventStudyPanel } from 'market-reaction';
import { surelyPlausible } from '../../src/eventstudy/suspect';
import { syntheticPanel } from './synthetic';

// The straight path (events without gaps or excluded days, on module buffers) against the general
// path: a study started from another study's progress callback finds the buffers taken and runs every
// event on the general path, so the two runs of one study must agree bit for bit.
const panel = syntheticPanel(8, 1200, 99);
// Ties (returns on a 0.5% grid) and gaps on two stocks, so both paths meet ties and the gap handling.
for (let t = 0; t < 1200; t++) panel.returns[3 * 1200 + t] = Math.round(panel.returns[3 * 1200 + t] * 200) / 200;
for (let t = 40; t < 1200; t += 97) panel.returns[5 * 1200 + t] = NaN;
// A volatile stock (Σy² over a window beyond the straight path's quick bound, no return beyond ±90%)
// and implausible returns scattered over another (some in the days between estimation and event windows).
for (let t = 0; t < 1200; t++) panel.returns[6 * 1200 + t] = Math.max(-0.85, Math.min(0.85, panel.returns[6 * 1200 + t] * 8));
for (let t = 300; t < 1200; t += 131) panel.returns[7 * 1200 + t] = t % 2 ? 0.95 : -0.93;
const events = Array.from({ length: 4100 }, (_, k) => ({ stock: k % 8, day: 270 + ((k * 37) % 900) }));
const small = events.slice(0, 300);

/** Every per-event and summed array of the output, and the aggregate tests. */
const snapshot = (result: ReturnType<typeof eventStudyPanel>) => {
  const arrays: Record<string, number[]> = {};
  for (const [key, value] of Object.entries(result.output)) if (value instanceof Float64Array) arrays[key] = Array.from(value);
  return { arrays, tests: result.aggregate.tests, byDay: result.aggregate.testsByDay };
};

describe('straight path', () => {
  const cases = [
    { tests: undefined, model: 'market' },
    { tests: ['corrado_rank', 'kolari_pynnonen', 'bmp'], model: 'market' },
    { tests: ['grank', 'corrado_sign'], model: 'market' },
    // Mean-adjusted residuals of the rounded stock tie: the rank walk over runs of equal values.
    { tests: ['corrado_rank'], model: 'mean-adjusted' },
    { tests: undefined, model: 'market-adjusted' },
  ] as const;
  for (const { tests, model } of cases) {
    it(`gives the general path's bits (${model}, tests: ${tests?.join(', ') ?? 'all'})`, () => {
      const options = { model, ...(tests ? { tests: [...tests] } : {}) };
      let nested: ReturnType<typeof eventStudyPanel> | undefined;
      eventStudyPanel(panel, events, {
        onProgress: (done) => {
          if (done === 4096) nested = eventStudyPanel(panel, small, options); // the buffers are taken: general path
        },
      });
      const straight = eventStudyPanel(panel, small, options);
      expect(nested).toBeDefined();
      // Object.is-equal arrays (toEqual treats NaN = NaN and tells −0 from +0).
      expect(snapshot(nested!)).toEqual(snapshot(straight));
      expect(straight.output.reason).toEqual(nested!.output.reason);
      expect(straight.output.status.filter((s) => s === 0).length).toBeGreaterThan(200);
      expect(straight.output.reason.filter((r) => r?.includes('implausible daily return')).length).toBeGreaterThan(10);
    });
  }

  it('rules out implausible returns from Σy² only when it bounds every return, checking the days outside the estimation window', () => {
    const y = Float64Array.of(0.01, -0.02, 0.03, 0.5, NaN, -0.89);
    const range = { lo: -0.9, hi: 0.9 };
    expect(surelyPlausible(y, range, 0.0014, 0, 2, 0, 5)).toBe(true); // 0.5, NaN, −0.89 checked one by one
    expect(surelyPlausible(Float64Array.of(0.01, 0.95), range, 0.0001, 0, 0, 0, 1)).toBe(false); // 0.95 outside e1..e2
    expect(surelyPlausible(y, range, 0.81, 0, 2, 0, 2)).toBe(false); // Σy² too large to bound: scan to know
    expect(surelyPlausible(y, range, 0, 3, 2, 0, 5)).toBe(true); // empty estimation window (clipped): every day checked
  });

  it('runs an estimation window longer than its buffers on the general path', () => {
    const long = syntheticPanel(2, 4600, 7);
    const result = eventStudyPanel(long, [{ stock: 1, day: 4550 }], { estimation: [-4500, -11], window: [-1, 1], tests: ['corrado_rank'] });
    expect(result.output.status[0]).toBe(0);
    expect(result.output.n[0]).toBe(4490);
    // Ranks among 4,493 values: the mean rank deviation over all of them is 0.
    const sum = result.output.estimationRankSum.reduce((a, b) => a + b, 0) + result.output.rankU.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum)).toBeLessThan(1e-9);
  });
});
