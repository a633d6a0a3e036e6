// The curated seed facts (data/articles/*.facts.json, reviewed by hand) must equal what the
// extractor finds in the seed article: moves, amounts and conversions field by field, the mapped
// companies and indices, and the day-precision dates.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts, seedArticle } from 'market-reaction';
import type { Conversion, DateFact, Entity, MoneyAmount, PriceMove } from 'market-reaction';

const seed = seedArticle();
const curated = <K extends string>(kind: K) => seed.facts.filter((f) => f.kind === kind);
const extracted = extractMarketFacts(seed.text, { published: seed.meta.published });

describe('seed article: curated facts = extracted facts', () => {
  it('price moves', () => {
    const pick = (m: PriceMove) => ({ subject: m.subject, subjectKind: m.subjectKind, ticker: m.ticker, changePct: m.changePct, period: m.period, date: m.date, quote: m.quote });
    expect(extracted.moves.map(pick)).toEqual((curated('price_move') as PriceMove[]).map(pick));
  });
  it('money amounts', () => {
    const pick = (a: MoneyAmount) => ({ value: a.value, currency: a.currency, quote: a.quote });
    expect(extracted.amounts.map(pick)).toEqual((curated('money_amount') as MoneyAmount[]).map(pick));
  });
  it('conversions', () => {
    const pick = (c: Conversion) => ({ from: c.from, to: c.to, quote: c.quote });
    expect(extracted.conversions.map(pick)).toEqual((curated('conversion') as Conversion[]).map(pick));
  });
  it('companies and indices with their tickers', () => {
    const pick = (e: Entity) => ({ name: e.name, entityType: e.entityType, ticker: e.ticker, exchange: e.exchange });
    const mapped = (curated('entity') as Entity[]).filter((e) => e.entityType === 'company' || e.entityType === 'index');
    expect(extracted.entities.map(pick).sort((a, b) => a.name.localeCompare(b.name))).toEqual(mapped.map(pick).sort((a, b) => a.name.localeCompare(b.name)));
  });
  it('every curated day-precision date is found', () => {
    const found = new Set(extracted.dates.filter((d) => d.precision === 'day').map((d) => d.date));
    for (const d of curated('date') as DateFact[]) if (d.precision === 'day') expect(found).toContain(d.date);
  });
});
