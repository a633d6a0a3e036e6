import type { Fact } from '../article/types';
import { type ExtractOptions, extractMarketFacts } from './extract';

export { extractMarketFacts } from './extract';
export type { ExtractOptions, MarketFacts } from './extract';
export { toEvalRecord } from './eval-record';
export type { EvalRecord } from './eval-record';
export { lookupTicker } from './entities';
export { directionOf, verbSign, nounSign, particleSign, phrasalSign } from './direction';
export { indexCodeName } from './codes';
export { moveConfidence } from './confidence';
export type { ConfidenceInputs } from './confidence';
export type { DroppedMove } from './dropped';
export type { TickerEntry } from './entities';

/**
 * Finds the market facts (price moves, money amounts, conversions, dates, entities) in any
 * article text, each with its quote and offsets. Linear in the text's length; never throws on text.
 *
 * @param text - article text.
 * @param options - `published` (`YYYY-MM-DD`) resolves "on Tuesday" and year periods.
 * @returns moves, then amounts, conversions, dates and entities, as one list.
 * @throws {ValueError} when `text` is not a string or `published` is not an ISO date.
 * @example
 * extractFacts('Hanwha Ocean lost 0.77 percent to 115,600 won.').map((f) => f.kind);
 * // => ['price_move', 'money_amount']
 */
export function extractFacts(text: string, options: ExtractOptions = {}): Fact[] {
  const facts = extractMarketFacts(text, options);
  return [...facts.moves, ...facts.amounts, ...facts.conversions, ...facts.dates, ...facts.entities];
}
