/**
 * The evaluation shape of extracted facts: one JSON line per passage as the extraction scorer
 * (`eval/score-extraction.mjs`) reads it — snake_case `change_pct`, amounts with their text.
 */
import type { MarketFacts } from './extract';

/** One passage's predictions in the scorer's shape. */
export interface EvalRecord {
  id: string;
  moves: { subject: string; kind: string; change_pct: number; period: string; date?: string; ticker?: string; intraday?: boolean; subject_source?: string; confidence?: number; quote: string }[];
  amounts: { value: number; currency: string; text: string }[];
  conversions: { from: { value: number; currency: string }; to: { value: number; currency: string }; text: string }[];
  /** Moves left out because their direction word gives no sign or they are stated as a range (see `MarketFacts.dropped`). */
  dropped_moves?: number;
}

/**
 * Converts extracted facts to the scorer's record shape. Moves worded without a figure ("unchanged",
 * "flat": `noFigure`) are left out: the labelling rules count only moves stated as a
 * percentage.
 *
 * @example
 * toEvalRecord('dev-001', extractMarketFacts('Oil gained 0.58%.')).moves;
 * // => [{ subject: 'Oil', kind: 'commodity', change_pct: 0.58, period: 'day', quote: 'Oil gained 0.58%' }]
 */
export function toEvalRecord(id: string, facts: Pick<MarketFacts, 'moves' | 'amounts' | 'conversions'> & Partial<Pick<MarketFacts, 'dropped'>>): EvalRecord {
  return {
    id,
    moves: facts.moves.filter((m) => !m.noFigure).map((m) => ({
      subject: m.subject,
      kind: m.subjectKind,
      change_pct: m.changePct,
      period: m.period,
      ...(m.date ? { date: m.date } : {}),
      ...(m.ticker ? { ticker: m.ticker } : {}),
      ...(m.intraday ? { intraday: true } : {}),
      ...(m.subjectSource ? { subject_source: m.subjectSource } : {}),
      ...(m.confidence !== undefined ? { confidence: m.confidence } : {}),
      quote: m.quote.text,
    })),
    amounts: facts.amounts.map((a) => ({ value: a.value, currency: a.currency, text: a.quote.text })),
    conversions: facts.conversions.map((c) => ({ from: c.from, to: c.to, text: c.quote.text })),
    ...(facts.dropped ? { dropped_moves: facts.dropped.length } : {}),
  };
}
