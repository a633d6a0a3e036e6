// Which aggregate tests a study computes, and which engine passes those tests need.
import { OptionError } from '../errors';
import type { ResolvedOptions } from './types';

/** Test names in the order they are reported. */
export const TEST_NAMES = [
  'cross_sectional_t',
  'skewness_corrected_t',
  'brown_warner_1980',
  'brown_warner',
  'lamb',
  'patell',
  'adjusted_patell',
  'bmp',
  'kolari_pynnonen',
  'corrado_rank',
  'modified_rank',
  'grank',
  'sign',
  'generalized_sign',
  'corrado_sign',
  'wilcoxon',
] as const;

/** One of {@link TEST_NAMES}. */
export type TestName = (typeof TEST_NAMES)[number];

/**
 * Checks a list of test names (the `tests` option) and returns it in report order, without
 * repeats: the tests a study computes and reports.
 *
 * @param names test names as in the output (e.g. `['bmp', 'corrado_rank']`)
 * @returns the names in {@link TEST_NAMES} order
 * @throws {OptionError} naming the first unknown name and listing the known ones, or when the list is empty
 * @example
 * checkTestNames(['sign', 'bmp']); // => ['bmp', 'sign']
 */
export function checkTestNames(names: readonly string[]): TestName[] {
  if (!Array.isArray(names) || names.length === 0) throw new OptionError(`tests must name at least one test (${TEST_NAMES.join(', ')})`);
  const known = new Set<string>(TEST_NAMES);
  for (const name of names) {
    if (!known.has(name)) throw new OptionError(`unknown test "${String(name)}" in tests: expected some of ${TEST_NAMES.join(', ')}`);
  }
  const wanted = new Set(names);
  return TEST_NAMES.filter((name) => wanted.has(name));
}

/** What the engine's per-event passes must compute for the tests a study asks for. */
export interface EngineNeeds {
  /** Whether a test is computed (and reported). */
  test: (name: TestName) => boolean;
  /** The tests for each event-window day (`testsByDay`), besides the window's. */
  byDay: boolean;
  /** Kolari–Pynnönen's r̄ accumulators (adjusted_patell, kolari_pynnonen). */
  correlation: boolean;
  /** One sort of each event's estimation and window ARs (every rank or median test). */
  ranks: boolean;
  /** estudy2's raw ranks K and K − (T+1)/2 by relative day (corrado_rank). */
  rawRanks: boolean;
  /** Signs about each event's median AR (corrado_sign). */
  signs: boolean;
  /** Ranks among the estimation residuals alone and their order (grank). */
  grank: boolean;
}

/**
 * The engine passes the options' tests need: all of them by default (`tests` absent); a
 * subset skips the sort, GRANK's rank pass and recomputation, the correlation sums or the
 * per-day tests when no asked test reads them. The numbers of the asked tests are the same
 * bits as in a full run.
 *
 * @param options resolved options
 * @returns the needs
 * @example
 * engineNeeds(resolveEventStudyOptions({ tests: ['bmp'] })).ranks; // => false
 */
export function engineNeeds(options: Pick<ResolvedOptions, 'tests' | 'testsByDay'>): EngineNeeds {
  const asked = options.tests ? new Set<TestName>(options.tests) : undefined;
  const test = asked ? (name: TestName) => asked.has(name) : () => true;
  return {
    test,
    byDay: options.testsByDay !== false,
    correlation: test('adjusted_patell') || test('kolari_pynnonen'),
    ranks: test('corrado_rank') || test('modified_rank') || test('grank') || test('corrado_sign'),
    rawRanks: test('corrado_rank'),
    signs: test('corrado_sign'),
    grank: test('grank'),
  };
}
