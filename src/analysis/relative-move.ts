import type { PriceMove } from '../article/types';
import { sentenceIndexAt, sentenceStarts } from '../article/provenance';
import { ValueError, expectArray, expectObject } from '../errors';
import { benchmarkOf, lookupTickerSymbol } from '../extract/entities';
import { betaSensitivity, excessReturnPp, moveMultiple, relativeReturnPct } from '../returns/relative';
import type { BetaSensitivityOptions } from '../returns/types';
import type { RelativeMove } from './types';

/**
 * Compares a stock's move with a benchmark's over the same period: excess return (pp),
 * relative return (%), move multiple and the abnormal return for a grid of assumed betas.
 *
 * @param stock - the stock's move (changePct in percent).
 * @param benchmark - the benchmark's move over the same period (changePct in percent).
 * @param options - the beta grid `[from=0.5, to=1.5, step=0.1]` and `[alphaPct=0]`.
 * @throws {ValueError} when a change is not finite or the periods differ.
 * @example
 * const r = relativeMove(samsungMove, kospiMove); // +1.95% vs +1.05%
 * [r.excessPp, r.relativePct, r.multiple]; // => [0.9, 0.8906…, 1.857…] (approximately)
 */
export function relativeMove(stock: PriceMove, benchmark: PriceMove, options: BetaSensitivityOptions = {}): RelativeMove {
  expectObject(stock, 'stock', 'relativeMove');
  expectObject(benchmark, 'benchmark', 'relativeMove');
  if (stock.period !== benchmark.period) {
    throw new ValueError(`relativeMove: "${stock.id}" is a ${stock.period} move but "${benchmark.id}" a ${benchmark.period} move; compare moves over the same period`);
  }
  return {
    stock,
    benchmark,
    excessPp: excessReturnPp(stock.changePct, benchmark.changePct),
    relativePct: relativeReturnPct(stock.changePct, benchmark.changePct),
    multiple: moveMultiple(stock.changePct, benchmark.changePct),
    betaSensitivity: betaSensitivity(stock.changePct, benchmark.changePct, options),
  };
}

/** Where a stock's benchmark came from, or why it has none. */
export interface BenchmarkPairing {
  stock: PriceMove;
  benchmark?: PriceMove;
  /** 'sentence': the benchmark move stated in the stock's own sentence; 'market': the benchmark index of the stock's exchange, stated elsewhere in the article. */
  basis?: 'sentence' | 'market';
  /** Why there is no benchmark (when `benchmark` is absent). */
  reason?: string;
}

/** Options of {@link pairBenchmarks}. */
export interface PairingOptions {
  /** The article text the moves' quotes point into: decides which moves share a sentence. Without it, only the stock's own market pairs. */
  text?: string;
}

/**
 * Pairs each stock move with its benchmark, never with an unrelated one: the index or market
 * move of the same period (and date, when both are dated) stated in the stock's own sentence —
 * the nearest one when the sentence states several; else the move of the benchmark index of the
 * stock's own exchange (its ticker's market, e.g. KOSPI for 005930.KS) stated elsewhere; else none,
 * with the reason. "Sony rose 3%, while the Nikkei gained 2%. Samsung rose 1%, while the KOSPI fell
 * 1%" pairs Samsung with the KOSPI, never with the Nikkei.
 *
 * @param moves - the moves of one article.
 * @param options - the article text (for sentences).
 * @returns one pairing per stock move, in article order.
 * @example
 * pairBenchmarks([samsungMove, kospiMove], { text })[0].benchmark?.name; // => 'KOSPI'
 */
export function pairBenchmarks(moves: PriceMove[], options: PairingOptions = {}): BenchmarkPairing[] {
  expectArray(moves, 'moves', 'pairBenchmarks');
  const benchmarks = moves.filter((m) => m.subjectKind === 'index' || m.subjectKind === 'market');
  const starts = options.text === undefined ? undefined : sentenceStarts(options.text);
  const sentenceOf = (m: PriceMove) => (starts ? sentenceIndexAt(starts, m.quote.start) : -1);
  const bySentence = new Map<number, PriceMove[]>();
  for (const b of benchmarks) {
    const k = sentenceOf(b);
    bySentence.set(k, [...(bySentence.get(k) ?? []), b]);
  }
  const comparable = (stock: PriceMove, b: PriceMove) => b.period === stock.period && (!b.date || !stock.date || b.date === stock.date);
  const nearest = (stock: PriceMove, list: PriceMove[]) =>
    list.reduce<PriceMove | undefined>((best, b) => (best === undefined || Math.abs(b.quote.start - stock.quote.start) < Math.abs(best.quote.start - stock.quote.start) ? b : best), undefined);
  return moves
    .filter((m) => m.subjectKind === 'stock')
    .map((stock): BenchmarkPairing => {
      if (starts) {
        const own = (bySentence.get(sentenceOf(stock)) ?? []).filter((b) => comparable(stock, b));
        if (own.length > 0) return { stock, benchmark: nearest(stock, own), basis: 'sentence' };
      }
      const exchange = stock.ticker ? lookupTickerSymbol(stock.ticker)?.exchange : undefined;
      const index = exchange ? benchmarkOf(exchange) : undefined;
      if (index) {
        const market = benchmarks.filter((b) => b.ticker === index.ticker && comparable(stock, b));
        if (market.length > 0) return { stock, benchmark: nearest(stock, market), basis: 'market' };
      }
      const subject = stock.name ?? stock.subject;
      const why = index
        ? `no ${index.name} move of the same ${stock.period === 'day' ? 'day' : 'period'} is stated${starts ? ' and its sentence states no benchmark move' : ''}`
        : `its sentence states no benchmark move of the same ${stock.period === 'day' ? 'day' : 'period'} and its market is not known${stock.ticker ? ` (ticker ${stock.ticker})` : ' (no ticker)'}`;
      return { stock, reason: `${subject}: no benchmark to compare with: ${why}` };
    });
}

/**
 * Compares each stock move with its own benchmark (see {@link pairBenchmarks}: same sentence,
 * else the index of the stock's market, else none) with {@link relativeMove}.
 *
 * @param moves - the moves of one article.
 * @param options - the beta grid for the sensitivity tables.
 * @param text - the article text, which decides what shares a sentence.
 * @returns one comparison per stock move that has a benchmark; none when the article states no benchmark move.
 * @example
 * relativeMoves([samsungMove, kospiMove]).length; // => 1
 */
export function relativeMoves(moves: PriceMove[], options: BetaSensitivityOptions = {}, text?: string): RelativeMove[] {
  return pairBenchmarks(moves, { text }).flatMap((p) => (p.benchmark ? [relativeMove(p.stock, p.benchmark, options)] : []));
}
