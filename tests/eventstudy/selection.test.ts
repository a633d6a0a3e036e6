import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runCli } from '../../src/cli/main';
import { eventStudyPanel, OptionError, TEST_NAMES } from 'market-reaction';
import { resolveEventStudyOptions } from '../../src/eventstudy/options';
import { aggregatePartial, mergePartials, partialFromCore, partialFromJson, partialToJson } from '../../src/eventstudy/partial';
import { syntheticPanel } from './synthetic';

const panel = syntheticPanel(6, 900, 4242);
const events = Array.from({ length: 24 }, (_, k) => ({ stock: k % 6, day: 300 + 23 * k }));
const base = { estimation: [-250, -11] as [number, number], window: [-2, 2] as [number, number] };
/** The tests the numpy peer of `npm run bench` computes. */
const PEER = ['cross_sectional_t', 'brown_warner', 'patell', 'bmp', 'kolari_pynnonen', 'corrado_rank', 'sign', 'generalized_sign', 'wilcoxon'];

describe('tests option: only the asked tests, with the full run numbers', () => {
  for (const conventions of ['default', 'estudy2'] as const) {
    const full = eventStudyPanel(panel, events, { ...base, conventions });
    const pick = (tests: { name: string }[], names: string[]) => tests.filter((t) => names.includes(t.name));

    it(`${conventions}: each test alone gives the same bits as in the full battery, for the window and each day`, () => {
      for (const name of TEST_NAMES) {
        const one = eventStudyPanel(panel, events, { ...base, conventions, tests: [name] });
        expect(one.aggregate.tests).toEqual(pick(full.aggregate.tests, [name]));
        expect(one.aggregate.testsByDay).toEqual(full.aggregate.testsByDay.map((d) => ({ day: d.day, tests: pick(d.tests, [name]) })));
        expect(one.aggregate.aar).toEqual(full.aggregate.aar);
        expect(one.aggregate.caar).toBe(full.aggregate.caar);
      }
    });

    it(`${conventions}: the numpy peer's nine, in report order whatever the order asked, without per-day tests`, () => {
      const nine = eventStudyPanel(panel, events, { ...base, conventions, tests: [...PEER].reverse(), testsByDay: false });
      expect(nine.aggregate.tests.map((t) => t.name)).toEqual(PEER);
      expect(nine.aggregate.tests).toEqual(pick(full.aggregate.tests, PEER));
      expect(nine.aggregate.testsByDay).toEqual([]);
      expect(nine.aggregate.averageCorrelation).toBe(full.aggregate.averageCorrelation);
      // Per-event outputs do not depend on the tests asked.
      for (const field of ['alpha', 'beta', 'sigma', 'car', 'scar', 'ar', 'sar', 'bhar', 'pCar'] as const) expect(nine.output[field]).toEqual(full.output[field]);
    });
  }

  it('skips the work no asked test reads: no sort, no GRANK order, no correlation sums', () => {
    const r = eventStudyPanel(panel, events, { ...base, tests: ['cross_sectional_t', 'bmp'] });
    expect(r.aggregate.tests.map((t) => t.name)).toEqual(['cross_sectional_t', 'bmp']);
    expect(r.output.rankU.every(Number.isNaN)).toBe(true);
    expect(r.output.estimationRankSum.every((v) => v === 0)).toBe(true);
    expect(r.output.correlationSum.every((v) => v === 0)).toBe(true);
    expect(r.output.estimationOrder).toBeUndefined();
    // r̄ is not computed without a test that reads it.
    expect(r.aggregate.averageCorrelation).toBeNaN();
    // Hand check of the cross-sectional t: mean CAR / (sd / √N) over the 24 events, Student t with 23 dof.
    const cars = Array.from(r.output.car);
    const mean = cars.reduce((a, b) => a + b, 0) / 24;
    const sd = Math.sqrt(cars.reduce((a, b) => a + (b - mean) ** 2, 0) / 23);
    expect(r.aggregate.tests[0].statistic).toBeCloseTo(mean / (sd / Math.sqrt(24)), 12);
    expect(r.aggregate.tests[0].df).toBe(23);
  });

  it('an unknown test name, an empty list or a non-boolean testsByDay is an OptionError naming it', () => {
    expect(() => eventStudyPanel(panel, events, { tests: ['bmp', 'patel'] })).toThrow(OptionError);
    expect(() => eventStudyPanel(panel, events, { tests: ['patel'] })).toThrow(/unknown test "patel" in tests: expected some of cross_sectional_t, .*wilcoxon/);
    expect(() => eventStudyPanel(panel, events, { tests: [] })).toThrow(/at least one test/);
    expect(() => eventStudyPanel(panel, events, { testsByDay: 'no' as unknown as boolean })).toThrow(/testsByDay must be true or false/);
  });

  it('a default run resolves its options as before (no tests or testsByDay keys)', () => {
    const resolved = resolveEventStudyOptions({});
    expect('tests' in resolved).toBe(false);
    expect('testsByDay' in resolved).toBe(false);
    expect(resolveEventStudyOptions({ tests: ['sign', 'bmp', 'sign'], testsByDay: false })).toMatchObject({ tests: ['bmp', 'sign'], testsByDay: false });
  });
});

describe('partials with a test subset, and partials of the earlier format', () => {
  it('shards run with a subset merge to the subset of one run (no GRANK residuals carried)', () => {
    const options = { ...base, tests: ['corrado_rank', 'kolari_pynnonen'] };
    const resolved = resolveEventStudyOptions(options);
    const one = eventStudyPanel(panel, events, options);
    const parts = [events.slice(0, 10), events.slice(10)].map((e) => partialFromCore(eventStudyPanel(panel, e, options).output, resolved));
    expect(parts[0].perEvent.estimationSar).toBeUndefined();
    const merged = aggregatePartial(mergePartials(parts));
    expect(merged.tests.map((t) => t.name)).toEqual(['kolari_pynnonen', 'corrado_rank']);
    merged.tests.forEach((t, k) => expect(Math.abs(t.statistic - one.aggregate.tests[k].statistic)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(t.statistic))));
  });

  it('reads a partial that still carries estimationRankCount and merges it with a new one', () => {
    const resolved = resolveEventStudyOptions(base);
    const [a, b] = [events.slice(0, 12), events.slice(12)].map((e) => partialFromCore(eventStudyPanel(panel, e, base).output, resolved));
    const old = JSON.parse(partialToJson(a));
    old.sums.estimationRankCount = old.sums.estimationArCount;
    const read = partialFromJson(JSON.stringify(old), 'old.json').partial;
    const merged = aggregatePartial(mergePartials([read, b]));
    const direct = aggregatePartial(mergePartials([a, b]));
    expect(merged).toEqual(direct);
  });
});

describe('event-study --tests / --no-by-day', () => {
  const real = '../shared/data/real';
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['event-study', '--stock', `${real}/samsung_005930_KS.csv`, '--market', `${real}/kospi_KS11.csv`, '--event', '2019-08-20', '--event', '2020-03-20', ...args], {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it.skipIf(!existsSync(real))('reports only the asked tests, the same numbers as the full run', async () => {
    const full = JSON.parse((await run(['--format', 'json'])).out);
    const some = await run(['--format', 'json', '--tests', 'corrado_rank,bmp', '--no-by-day']);
    expect(some.code).toBe(0);
    const json = JSON.parse(some.out);
    expect(json.aggregate.tests).toEqual(full.aggregate.tests.filter((t: { name: string }) => ['bmp', 'corrado_rank'].includes(t.name)));
    expect(json.aggregate.tests_by_day).toEqual([]);
  });

  it.skipIf(!existsSync(real))('an unknown test name: one line naming it, exit 2, nothing on stdout', async () => {
    const bad = await run(['--tests', 'bmp,patel']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/unknown test "patel"/);
  });
});
