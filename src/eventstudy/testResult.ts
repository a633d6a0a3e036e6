import { normalTwoSidedPValue } from '../stats/normal';
import { studentTTwoSidedPValue } from '../stats/studentT';
import type { TestResult } from './types';

/** A test read from Student's t with `df` degrees of freedom (two-sided p); NaN statistic → NaN p and the note. */
export function tResult(name: string, statistic: number, df: number, n: number, note?: string): TestResult {
  const ok = Number.isFinite(statistic) && df > 0;
  return { name, statistic, pValue: ok ? studentTTwoSidedPValue(statistic, df) : NaN, distribution: 't', df, n, ...(ok ? {} : { note }) };
}

/** A test read from the standard normal (two-sided p); NaN statistic → NaN p and the note. */
export function zResult(name: string, statistic: number, n: number, note?: string): TestResult {
  const ok = Number.isFinite(statistic);
  return { name, statistic, pValue: ok ? normalTwoSidedPValue(statistic) : NaN, distribution: 'normal', n, ...(ok ? {} : { note }) };
}

/**
 * The same statistic read from another distribution (a convention change, e.g. estudy2's
 * N(0,1) for `car_brown_warner_1985`): `df` given → Student t, else standard normal.
 *
 * @example
 * rereadAs(tResult('x', 1.96, 10, 5), undefined).distribution; // => 'normal'
 */
export function rereadAs(test: TestResult, df: number | undefined, extra: Partial<TestResult> = {}): TestResult {
  const { name, statistic, n, note } = test;
  const base = df === undefined ? zResult(name, statistic, n, note) : tResult(name, statistic, df, n, note);
  return { ...base, ...(test.days !== undefined ? { days: test.days } : {}), ...extra };
}

/**
 * Significance stars of a two-sided p-value: *** p < 0.01, ** p < 0.05, * p < 0.10, '' otherwise
 * (and for NaN). The legend is {@link SIGNIFICANCE_LEGEND}.
 *
 * @example
 * significanceStars(0.03); // => '**'
 */
export function significanceStars(pValue: number): string {
  if (!Number.isFinite(pValue)) return '';
  return pValue < 0.01 ? '***' : pValue < 0.05 ? '**' : pValue < 0.1 ? '*' : '';
}

/** The legend printed under every table with stars. */
export const SIGNIFICANCE_LEGEND = '*** p < 0.01, ** p < 0.05, * p < 0.10 (two-sided)';
