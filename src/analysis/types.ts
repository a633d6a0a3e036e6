/**
 * The result of analysing one article: its moves, the stock-vs-benchmark
 * comparison, money amounts and the exchange rates they imply, dates and
 * entities. Every figure carries the quote it comes from.
 *
 * Units are in the field names: `changePct` (percent), `excessPp`
 * (percentage points), `share` (fraction 0..1), money in currency units.
 */
import type { ArticleMeta, DateFact, Entity, Money, MoneyAmount, PriceMove, Quote } from '../article/types';
import type { BetaSensitivityRow } from '../returns/types';
import type { ExchangeRate, SpreadConvention } from '../money/types';

/** Where the facts of an analysis came from. */
export type FactsOrigin = 'curated' | 'facts_file' | 'extracted';

/** The article the analysis describes. Fields the article does not state are absent. */
export interface AnalysisMeta extends Partial<ArticleMeta> {
  /** The article file, when read from disk. */
  file?: string;
  factsOrigin: FactsOrigin;
}

/**
 * A stock move compared with a benchmark move over the same period:
 * excess return (pp), relative return (%), move multiple and abnormal
 * returns for a range of assumed betas.
 */
export interface RelativeMove {
  stock: PriceMove;
  benchmark: PriceMove;
  /** stockPct − benchmarkPct, in percentage points (1.95 − 1.05 = 0.90). */
  excessPp: number;
  /** ((1 + s/100) / (1 + b/100) − 1) · 100, in percent (0.8906). */
  relativePct: number;
  /** stockPct / benchmarkPct (1.857…); null when the benchmark did not move. */
  multiple: number | null;
  /** Abnormal return AR = r − α − β·r_m for each assumed β, in percent. */
  betaSensitivity: BetaSensitivityRow[];
}

/** A stated conversion with the rate it implies and, when dated, its spread over the years. */
export interface ConversionAnalysis {
  id: string;
  label?: string;
  /** The amount written first. */
  from: Money;
  /** The amount written second. */
  to: Money;
  quote: Quote;
  /** Implied rate with the rate ≥ 1: quote-currency units per base unit (1206.93 KRW per USD). */
  rate: ExchangeRate;
  /** The same rate the other way round (0.00082855 USD per KRW). */
  inverse: ExchangeRate;
  /** Per-year spread of both amounts over the conversion's timeframe; null when the article states none. */
  spread: ConversionSpread | null;
}

/** A conversion's amounts spread over the years of its timeframe. */
export interface ConversionSpread {
  convention: SpreadConvention;
  /** ISO `YYYY-MM-DD`, inclusive. */
  start: string;
  /** ISO `YYYY-MM-DD`, inclusive. */
  end: string;
  years: ConversionSpreadYear[];
}

/** One year of a spread conversion: its share of the total and the amount in both currencies. */
export interface ConversionSpreadYear {
  year: number;
  /** ISO `YYYY-MM-DD`: first day of the year counted (or the timeframe start). */
  start: string;
  /** ISO `YYYY-MM-DD`: last day counted (inclusive). */
  end: string;
  /** Fraction 0..1 of the total falling in this year. */
  share: number;
  /** This year's part of `from`, rounded to the currency's minor units. */
  from: Money;
  /** This year's part of `to`, rounded to the currency's minor units. */
  to: Money;
}

/** Everything `analyzeArticle` computes for one article. */
export interface ArticleAnalysis {
  meta: AnalysisMeta;
  /** Every price move stated. */
  moves: PriceMove[];
  /** Each stock move against its own benchmark move (same sentence, else its market's index; see `pairBenchmarks`). */
  relativeMoves: RelativeMove[];
  amounts: MoneyAmount[];
  conversions: ConversionAnalysis[];
  dates: DateFact[];
  entities: Entity[];
  /** What was left out and why: a stock with no benchmark of its own, a conversion with a zero amount… (one line each). */
  notes?: string[];
}

