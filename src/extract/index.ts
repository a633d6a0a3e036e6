import type { Fact } from '../article/types';

/** Options for {@link extractFacts}. */
export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, used to resolve "on Tuesday". */
  published?: string;
}

/**
 * Finds the market facts (price moves, money amounts, conversions, dates, entities) in any article text.
 * Placeholder until the extractor lands: finds nothing.
 */
export function extractFacts(_text: string, _options: ExtractOptions = {}): Fact[] {
  return [];
}
