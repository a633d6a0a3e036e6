import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FactProvenanceError,
  InputError,
  curatedFacts,
  factsForArticle,
  loadFactsFor,
  readFactsFile,
  seedArticle,
  sentenceAround,
  validateFacts,
  verifyQuotes,
  type Fact,
  type PriceMove,
} from 'market-reaction';

const SEED_FACTS = join(__dirname, '..', '..', 'data', 'articles', '000_fbcb48a8abd69ce1.facts.json');
const tmp = mkdtempSync(join(tmpdir(), 'mr-facts-'));
const writeJson = (name: string, value: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('seedArticle', () => {
  const seed = seedArticle();

  it('carries the metadata of the Reuters story', () => {
    expect(seed.meta).toEqual({
      headline: 'Japan Allows Further Exports of High-Tech Material to S.Korea',
      source: 'Reuters',
      dateline: 'Seoul',
      published: '2019-08-20',
    });
  });

  it('has the two moves stated in the article', () => {
    // "Samsung Electronics shares ended up 1.95% on Tuesday, leading the wider market’s gain of 1.05%."
    const moves = seed.facts.filter((f): f is PriceMove => f.kind === 'price_move');
    expect(moves.map((m) => [m.name, m.ticker, m.changePct, m.date])).toEqual([
      ['Samsung Electronics', '005930.KS', 1.95, '2019-08-20'],
      ['KOSPI', '^KS11', 1.05, '2019-08-20'],
    ]);
  });

  it('has the conversion 1 trillion won = $828.55 million', () => {
    const conversion = seed.facts.find((f) => f.kind === 'conversion');
    expect(conversion).toMatchObject({
      from: { value: 1e12, currency: 'KRW' },
      to: { value: 828_550_000, currency: 'USD' },
      quote: { text: '1 trillion won [$828.55 million]' },
    });
  });

  it('has every quote at its offsets in the text', () => {
    for (const fact of seed.facts) expect(seed.text.slice(fact.quote.start, fact.quote.end)).toBe(fact.quote.text);
  });

  it('dates the curbs, the meeting and the 2028 target', () => {
    const byId = new Map(seed.facts.map((f) => [f.id, f]));
    expect(byId.get('date-curbs-tightened')).toMatchObject({ date: '2019-07-01', precision: 'part_of_month' });
    expect(byId.get('date-kono-kang-meeting')).toMatchObject({ date: '2019-08-21', precision: 'day' });
    expect(byId.get('date-investment-target')).toMatchObject({ date: '2028-01-01', endDate: '2028-12-31', precision: 'year' });
  });
});

describe('seeds/ metadata', () => {
  it('agrees with the facts file and the text', () => {
    const meta = JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', '000_fbcb48a8abd69ce1.meta.json'), 'utf8'));
    const seed = seedArticle();
    expect({ headline: meta.headline, source: meta.source, dateline: meta.dateline, published: meta.published }).toEqual(seed.meta);
    expect(meta.textSha256).toBe(createHash('sha256').update(seed.text).digest('hex'));
    // 2019-08-20 was a Tuesday ("on Tuesday" in the article).
    expect(new Date(`${meta.published}T00:00:00Z`).getUTCDay()).toBe(2);
  });
});

describe('factsForArticle and curatedFacts', () => {
  it('recognises the seed text and returns its curated facts', () => {
    expect(factsForArticle(seedArticle().text)).toHaveLength(28);
  });

  it('falls back to the extractor for other texts', () => {
    expect(curatedFacts('Some other story.')).toBeUndefined();
    expect(Array.isArray(factsForArticle('Some other story.', { published: '2020-01-01' }))).toBe(true);
  });
});

describe('verifyQuotes', () => {
  const fact: Fact = { kind: 'entity', id: 'e-kospi', name: 'KOSPI', entityType: 'index', quote: { text: 'KOSPI', start: 0, end: 5 } };

  it('accepts a quote that matches', () => {
    expect(verifyQuotes('KOSPI rose 1%', [fact])).toEqual([fact]);
  });

  it('names the fact, the expected and the found text on a mismatch', () => {
    expect(() => verifyQuotes('The KOSPI rose', [fact], 'f.json')).toThrow(FactProvenanceError);
    expect(() => verifyQuotes('The KOSPI rose', [fact], 'f.json')).toThrow(
      'f.json: fact "e-kospi": quote at 0..5 expected "KOSPI" but the article has "The K" there',
    );
  });
});

describe('readFactsFile / loadFactsFor', () => {
  const seed = seedArticle();

  it('loads the seed facts file and checks its quotes', () => {
    expect(loadFactsFor(seed.text, SEED_FACTS).facts[0].id).toBe('move-samsung');
  });

  it('rejects a fact whose offset is wrong, naming it', () => {
    const doc = readFactsFile(SEED_FACTS);
    doc.facts[1] = { ...doc.facts[1], quote: { ...doc.facts[1].quote, start: doc.facts[1].quote.start + 1, end: doc.facts[1].quote.end + 1 } };
    const path = writeJson('shifted.json', doc);
    expect(() => loadFactsFor(seed.text, path)).toThrow(/fact "move-kospi": quote at 2092\.\.2124 expected "the wider market’s gain of 1.05%"/);
  });

  it.each([
    ['a field of the wrong type', { facts: [{ kind: 'price_move', id: 'm', subject: 'X', subjectKind: 'stock', changePct: '1.95', period: 'day', quote: { text: 'X', start: 0, end: 1 } }] }, /facts\[0\] "m"\.changePct: expected a finite number, got "1\.95"/],
    ['an unknown kind', { facts: [{ kind: 'rumour', id: 'r', quote: { text: 'X', start: 0, end: 1 } }] }, /facts\[0\] "r"\.kind: expected one of price_move, money_amount, conversion, date, entity, got "rumour"/],
    ['a negative amount', { facts: [{ kind: 'money_amount', id: 'a', value: -5, currency: 'USD', quote: { text: 'X', start: 0, end: 1 } }] }, /facts\[0\] "a"\.value: expected a non-negative finite number of currency units, got -5/],
    ['an unknown currency', { facts: [{ kind: 'conversion', id: 'c', from: { value: 1, currency: 'XYZ' }, to: { value: 1, currency: 'USD' }, quote: { text: 'X', start: 0, end: 1 } }] }, /facts\[0\] "c"\.from\.currency: expected an ISO 4217 currency code \(unknown currency code\), got "XYZ"/],
    ['a missing quote offset', { facts: [{ kind: 'entity', id: 'e', name: 'X', entityType: 'place', quote: { text: 'X' } }] }, /facts\[0\] "e"\.quote\.start: expected a character offset/],
    ['an impossible date', { facts: [{ kind: 'date', id: 'd', date: '2019-02-30', precision: 'day', event: 'x', quote: { text: 'X', start: 0, end: 1 } }] }, /facts\[0\] "d"\.date: expected an ISO date YYYY-MM-DD, got "2019-02-30"/],
    ['a duplicate id', { facts: [
      { kind: 'entity', id: 'e', name: 'X', entityType: 'place', quote: { text: 'X', start: 0, end: 1 } },
      { kind: 'entity', id: 'e', name: 'Y', entityType: 'place', quote: { text: 'Y', start: 1, end: 2 } },
    ] }, /facts\[1\] "e"\.id: expected an id used by no other fact/],
    ['no facts array', { meta: { headline: 'h', source: 's', published: '2019-08-20' } }, /"facts" must be an array/],
    ['a bad published date', { meta: { headline: 'h', source: 's', published: 'Tuesday' }, facts: [] }, /meta\.published: expected an ISO date YYYY-MM-DD, got "Tuesday"/],
  ])('rejects %s with an InputError naming the field', (_, doc, message) => {
    const path = writeJson('bad.json', doc);
    expect(() => readFactsFile(path)).toThrow(InputError);
    expect(() => readFactsFile(path)).toThrow(message);
  });

  it('reports invalid JSON with the file and line', () => {
    const path = writeJson('syntax.json', '{\n  "facts": [\n    {,}\n  ]\n}');
    expect(() => readFactsFile(path)).toThrow(/syntax\.json:3: invalid JSON/);
  });

  it('validateFacts accepts the seed facts unchanged', () => {
    expect(validateFacts(seed.facts, 'seed')).toBe(seed.facts);
  });
});

describe('sentenceAround', () => {
  it('returns the whole sentence a quote sits in', () => {
    // Hand-checked on the example in the JSDoc: "Two up 2%." spans offsets 5..15.
    expect(sentenceAround('One. Two up 2%. Three.', { text: 'up 2%', start: 9, end: 14 })).toEqual({ text: 'Two up 2%.', start: 5, end: 15 });
  });

  it('does not split after "Co. Ltd." and keeps both moves of the seed in one sentence', () => {
    const seed = seedArticle();
    const samsung = seed.facts.find((f) => f.id === 'entity-samsung')!;
    expect(sentenceAround(seed.text, samsung.quote).text).toMatch(/^The material cleared .* said on Tuesday\.$/);
    const kospi = seed.facts.find((f) => f.id === 'move-kospi')!;
    expect(sentenceAround(seed.text, kospi.quote).text).toBe(
      'Samsung Electronics shares ended up 1.95% on Tuesday, leading the wider market’s gain of 1.05%.',
    );
  });
});
