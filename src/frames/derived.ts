import type { DataFrame } from './danfo';
import type { Fact, PriceMove } from '../article/types';
import { analyzeConversion } from '../analysis/conversion';
import { relativeMoves } from '../analysis/relative-move';
import type { ConversionAnalysis, RelativeMove } from '../analysis/types';
import { formatRate } from '../money/rate';
import { QUOTE_COLUMNS, quoteCells } from './facts';
import { tableToFrame, tidyNumber, type ColumnSpec, type Table } from './table';

/** Relative moves given directly, or the facts of an article to pair (see `relativeMoves`). */
export type RelativeMovesInput = readonly RelativeMove[] | readonly Fact[];
/** Analysed conversions, or the facts of an article whose conversions to analyse. */
export type ConversionsInput = readonly ConversionAnalysis[] | readonly Fact[];

const isFacts = (items: readonly object[]): items is readonly Fact[] => items.length > 0 && 'kind' in items[0];

function toRelativeMoves(input: RelativeMovesInput): readonly RelativeMove[] {
  return isFacts(input) ? relativeMoves(input.filter((f): f is PriceMove => f.kind === 'price_move')) : (input as readonly RelativeMove[]);
}

function toConversions(input: ConversionsInput): readonly ConversionAnalysis[] {
  if (!isFacts(input)) return input as readonly ConversionAnalysis[];
  return input.flatMap((f) => (f.kind === 'conversion' ? [analyzeConversion(f)] : []));
}

const PAIR_COLUMNS: ColumnSpec[] = [
  { name: 'stock_id', dtype: 'string' }, { name: 'stock', dtype: 'string' }, { name: 'stock_ticker', dtype: 'string' },
  { name: 'stock_change_pct', dtype: 'float32' }, { name: 'benchmark_id', dtype: 'string' }, { name: 'benchmark', dtype: 'string' },
  { name: 'benchmark_ticker', dtype: 'string' }, { name: 'benchmark_change_pct', dtype: 'float32' },
];
const QUOTE_PAIR_COLUMNS: ColumnSpec[] = ['stock', 'benchmark'].flatMap((side) => QUOTE_COLUMNS.map((c) => ({ ...c, name: `${side}_${c.name}` })));
const pairCells = ({ stock, benchmark }: RelativeMove) => [
  stock.id, stock.name ?? stock.subject, stock.ticker ?? null, stock.changePct,
  benchmark.id, benchmark.name ?? benchmark.subject, benchmark.ticker ?? null, benchmark.changePct,
];
const pairQuoteCells = ({ stock, benchmark }: RelativeMove) => [...quoteCells(stock.quote), ...quoteCells(benchmark.quote)];
/**
 * How each side's figure was worded (`about`, `more_than`, `nearly`, `less_than`; empty when exact), as in the moves
 * table: a figure derived from "more than 10 percent" is no more exact than it.
 */
const APPROXIMATE_PAIR_COLUMNS: ColumnSpec[] = [{ name: 'stock_approximate', dtype: 'string' }, { name: 'benchmark_approximate', dtype: 'string' }];
const pairApproximateCells = ({ stock, benchmark }: RelativeMove) => [stock.approximate ?? null, benchmark.approximate ?? null];

/**
 * Each stock move against its benchmark: the pair, `excess_pp` (percentage points), `relative_pct`
 * (percent), `multiple` (null when the benchmark was flat), period, date, how each figure was worded
 * (`stock_approximate`, `benchmark_approximate`: `more_than` for "more than 10 percent"), and both quotes.
 * Derived figures are rounded to 12 significant digits (0.9, not 0.8999999999999999).
 *
 * @param input - relative moves, or an article's facts to pair.
 * @example
 * relativeMovesTable(seedArticle().facts).rows[0].slice(8, 11); // => [0.9, 0.890648193963, 1.85714285714]
 */
export function relativeMovesTable(input: RelativeMovesInput): Table {
  return {
    columns: [
      ...PAIR_COLUMNS, { name: 'excess_pp', dtype: 'float32' }, { name: 'relative_pct', dtype: 'float32' }, { name: 'multiple', dtype: 'float32' },
      { name: 'period', dtype: 'string' }, { name: 'date', dtype: 'string' }, ...APPROXIMATE_PAIR_COLUMNS, ...QUOTE_PAIR_COLUMNS,
    ],
    rows: toRelativeMoves(input).map((r) => [
      ...pairCells(r), tidyNumber(r.excessPp), tidyNumber(r.relativePct), tidyNumber(r.multiple), r.stock.period, r.stock.date ?? null, ...pairApproximateCells(r), ...pairQuoteCells(r),
    ]),
  };
}

/**
 * The abnormal return AR = r − β·r_m for each assumed beta, one row per (pair, beta): the pair,
 * `beta`, `abnormal_pct` (percent), how each figure was worded (`stock_approximate`, `benchmark_approximate`), and both quotes.
 *
 * @param input - relative moves, or an article's facts to pair.
 * @example
 * betaSensitivityTable(seedArticle().facts).rows.map((r) => r[9]); // => [1.425, 1.32, …, 0.375]
 */
export function betaSensitivityTable(input: RelativeMovesInput): Table {
  return {
    columns: [...PAIR_COLUMNS, { name: 'beta', dtype: 'float32' }, { name: 'abnormal_pct', dtype: 'float32' }, ...APPROXIMATE_PAIR_COLUMNS, ...QUOTE_PAIR_COLUMNS],
    rows: toRelativeMoves(input).flatMap((r) => r.betaSensitivity.map((b) => [...pairCells(r), b.beta, tidyNumber(b.abnormalPct), ...pairApproximateCells(r), ...pairQuoteCells(r)])),
  };
}

/**
 * The stated conversions with their implied rates: the two amounts, `rate` (units of
 * `quote_currency` per `base_currency`, ≥ 1), `inverse_rate`, `rate_text` ("1,206.93 KRW per USD"),
 * timeframe, and the quote.
 *
 * @param input - analysed conversions, or an article's facts.
 * @example
 * conversionsTable(seedArticle().facts).rows[0].slice(6, 10); // => [1206.92776537, 'USD', 'KRW', 0.00082855]
 */
export function conversionsTable(input: ConversionsInput): Table {
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'label', dtype: 'string' },
      { name: 'from_value', dtype: 'float32' }, { name: 'from_currency', dtype: 'string' },
      { name: 'to_value', dtype: 'float32' }, { name: 'to_currency', dtype: 'string' },
      { name: 'rate', dtype: 'float32' }, { name: 'base_currency', dtype: 'string' }, { name: 'quote_currency', dtype: 'string' },
      { name: 'inverse_rate', dtype: 'float32' }, { name: 'rate_text', dtype: 'string' },
      { name: 'timeframe_start', dtype: 'string' }, { name: 'timeframe_end', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: toConversions(input).map((c) => [
      c.id, c.label ?? null, c.from.value, c.from.currency, c.to.value, c.to.currency,
      tidyNumber(c.rate.rate), c.rate.base, c.rate.quote, tidyNumber(c.inverse.rate), formatRate(c.rate),
      c.spread?.start ?? null, c.spread?.end ?? null, ...quoteCells(c.quote),
    ]),
  };
}

/**
 * Each dated conversion spread over its years: conversion id, `year`, start, end (ISO), `share`
 * (fraction 0..1), both amounts for the year (rounded to minor units; they sum to the totals), the
 * convention, and the quote.
 *
 * @param input - analysed conversions, or an article's facts.
 * @example
 * conversionSpreadTable(seedArticle().facts).rows[0].slice(1, 9); // => [2019, '2019-08-20', '2019-12-31', 0.1, 100000000000, 'KRW', 82855000, 'USD']
 */
export function conversionSpreadTable(input: ConversionsInput): Table {
  return {
    columns: [
      { name: 'conversion_id', dtype: 'string' }, { name: 'year', dtype: 'int32' }, { name: 'start', dtype: 'string' }, { name: 'end', dtype: 'string' },
      { name: 'share', dtype: 'float32' }, { name: 'from_value', dtype: 'float32' }, { name: 'from_currency', dtype: 'string' },
      { name: 'to_value', dtype: 'float32' }, { name: 'to_currency', dtype: 'string' }, { name: 'convention', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: toConversions(input).flatMap((c) =>
      (c.spread?.years ?? []).map((y) => [
        c.id, y.year, y.start, y.end, tidyNumber(y.share), y.from.value, y.from.currency, y.to.value, y.to.currency, c.spread!.convention, ...quoteCells(c.quote),
      ]),
    ),
  };
}

/**
 * The table of {@link relativeMovesTable} as a danfojs-node DataFrame.
 *
 * @example
 * relativeMovesFrame(seedArticle().facts)['excess_pp'].values; // => [0.9]
 */
export function relativeMovesFrame(input: RelativeMovesInput): DataFrame {
  return tableToFrame(relativeMovesTable(input));
}

/**
 * The table of {@link betaSensitivityTable} as a danfojs-node DataFrame.
 *
 * @example
 * betaSensitivityFrame(seedArticle().facts).shape; // => [11, 16]
 */
export function betaSensitivityFrame(input: RelativeMovesInput): DataFrame {
  return tableToFrame(betaSensitivityTable(input));
}

/**
 * The table of {@link conversionsTable} as a danfojs-node DataFrame.
 *
 * @example
 * conversionsFrame(seedArticle().facts)['rate'].values; // => [1206.92776537]
 */
export function conversionsFrame(input: ConversionsInput): DataFrame {
  return tableToFrame(conversionsTable(input));
}

/**
 * The table of {@link conversionSpreadTable} as a danfojs-node DataFrame.
 *
 * @example
 * conversionSpreadFrame(seedArticle().facts).shape[0]; // => 10
 */
export function conversionSpreadFrame(input: ConversionsInput): DataFrame {
  return tableToFrame(conversionSpreadTable(input));
}
