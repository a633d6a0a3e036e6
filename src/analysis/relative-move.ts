import type { PriceMove } from '../article/types';
import { ValueError } from '../errors';
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

/**
 * Pairs each stock move with the first index or market move of the same period (and the same
 * date when both are dated), and compares them with {@link relativeMove}.
 *
 * @param moves - the moves of one article.
 * @param options - the beta grid for the sensitivity tables.
 * @returns one comparison per stock move that has a benchmark; none when the article states no benchmark move.
 * @example
 * relativeMoves([samsungMove, kospiMove]).length; // => 1
 */
export function relativeMoves(moves: PriceMove[], options: BetaSensitivityOptions = {}): RelativeMove[] {
  const benchmarks = moves.filter((m) => m.subjectKind === 'index' || m.subjectKind === 'market');
  return moves
    .filter((m) => m.subjectKind === 'stock')
    .flatMap((stock) => {
      const benchmark = benchmarks.find((b) => b.period === stock.period && (!b.date || !stock.date || b.date === stock.date));
      return benchmark ? [relativeMove(stock, benchmark, options)] : [];
    });
}
