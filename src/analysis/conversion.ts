import type { Conversion } from '../article/types';
import { impliedRate } from '../money/rate';
import { spreadEvenly } from '../money/spread';
import type { SpreadConvention } from '../money/types';
import type { ConversionAnalysis } from './types';

/** Options of {@link analyzeConversion}. */
export interface ConversionAnalysisOptions {
  /** [spreadConvention='calendar_years'] How a dated amount is spread over its years (see `spreadEvenly`). */
  spreadConvention?: SpreadConvention;
}

/**
 * The rate a stated conversion implies, both ways, and — when the conversion has a timeframe
 * ("by 2028") — both amounts spread over its years. `rate` is the direction whose rate is ≥ 1
 * (1,206.93 KRW per USD rather than 0.00082855 USD per KRW); `inverse` the other, each computed
 * from the two amounts directly.
 *
 * @param conversion - a conversion fact (amounts in currency units).
 * @param options - `[spreadConvention='calendar_years']`.
 * @throws {ValueError} when an amount is zero, negative or NaN, or both are in one currency.
 * @throws {UnknownCurrencyError} when a currency is not in the ISO 4217 table.
 * @example
 * analyzeConversion(hyosung).rate; // => { rate: 1206.9277653732424, base: 'USD', quote: 'KRW' }
 */
export function analyzeConversion(conversion: Conversion, options: ConversionAnalysisOptions = {}): ConversionAnalysis {
  const { spreadConvention = 'calendar_years' } = options;
  const fromPerTo = impliedRate(conversion.from, conversion.to);
  const toPerFrom = impliedRate(conversion.to, conversion.from);
  const [rate, inverse] = fromPerTo.rate >= 1 ? [fromPerTo, toPerFrom] : [toPerFrom, fromPerTo];
  let spread: ConversionAnalysis['spread'] = null;
  if (conversion.timeframe) {
    const period = { from: conversion.timeframe.start, to: conversion.timeframe.end, convention: spreadConvention };
    const fromYears = spreadEvenly(conversion.from, period);
    const toYears = spreadEvenly(conversion.to, period);
    spread = {
      convention: spreadConvention,
      start: period.from,
      end: period.to,
      years: fromYears.map((year, i) => ({ year: year.year, start: year.start, end: year.end, share: year.share, from: year.amount, to: toYears[i].amount })),
    };
  }
  return {
    id: conversion.id,
    ...(conversion.label === undefined ? {} : { label: conversion.label }),
    from: conversion.from,
    to: conversion.to,
    quote: conversion.quote,
    rate,
    inverse,
    spread,
  };
}
