// Hard-wrapped text: a line break inside a wrapped paragraph is a space, not a sentence end. The excerpts are real
// Reuters bodies of the corpus mirror (duynht/financial-news-dataset, ReutersNews106521/<folder>/<file>), with their
// line breaks and the space the wrapper left before each break.
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/article/provenance';
import { extractMarketFacts } from '../../src/index';
import { splitSentences, writtenText } from '../../src/extract/tokenize';
import { softLineBreaks } from '../../src/extract/wrap';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
/** Lines as the corpus wraps them: each but the last ends with a space before its line break. */
const wrapped = (...lines: string[]) => lines.join(' \n');

// 20070409/businesspro-alcoa-aluminum-outlook-dc-idUSN0933961320070409, headline from its "-- " title line
const ALCOA = [
  'Positive outlook buoys Alcoa day before earnings',
  wrapped(
    ' NEW YORK  (Reuters) - One day before Alcoa Inc. ( AA.N ) kicks',
    'off the new earnings season with its first-quarter results,',
    "Bear Stearns on Monday raised its forecasts for the world's",
    'largest aluminum company and the industry in general.',
    '',
    '  The upbeat report came after another investment bank, JP',
    "Morgan, lowered Alcoa's first-quarter earnings estimate last",
    'week because of unusual costs and currency fluctuations that',
    'would likely offset higher aluminum prices.',
  ),
].join('\n');

// 20061205/businesspro-bandag-bridgestone-dc-idUSN0527526520061205, headline from its "-- " title line
const BANDAG = [
  'Bridgestone to buy Bandag',
  wrapped(
    '  Shares of Bandag, which would become a subsidiary of',
    'Bridgestone Americas, jumped 12 percent, approaching the',
    'proposed purchase price of $50.75 per share.',
  ),
].join('\n');

// 20061205/businesspro-bandag-bridgestone-dc-idUSN0527526520061205, lines 36-39
const BRIDGESTONE = wrapped(
  "Firestone-brand tires in 2000.  Bridgestone's North American tire unit last year settled a",
  'dispute with Ford Motor Co. ( F.N ) over the tire recall, after',
  "defective tires were blamed for hundreds of deaths.  Before Tuesday's announcement, Bridgestone shares fell 0.8",
  'percent to 2,465 yen in Tokyo trading.',
);

// 20080122/us-markets-selloff-global-idUSN2247714820080122, lines 19-24: wrapped prose, then a table
const TABLE = wrapped(
  'pneumonia, but it certainly will cause a lot more than just the',
  'sniffles." Below is the price-only percentage change of 52 global',
  'markets through the close of local markets on January 21,',
  'calculated in U.S. dollar terms. S&P/Citigroup Global Equity Indices. YTD stock change through January 21:',
  'REGION               YTD          REGION               YTD',
  'World             -12.40          Emerging Markets  -13.90',
  'Australia         -13.67          Argentina         -17.99',
);

describe('softLineBreaks', () => {
  it('finds the breaks of a hard-wrapped paragraph and none in text without line breaks', () => {
    const text = 'NEW YORK (Reuters) - One day before Alcoa Inc. kicks \noff the new earnings season with its results, \nBear Stearns raised its forecasts.';
    expect([...(softLineBreaks(text) ?? [])]).toEqual([53, 100]);
    expect(softLineBreaks('Shares rose 2 percent. Oil fell.')).toBeUndefined();
  });
  it('leaves one paragraph per line, and a list of headlines, as they are', () => {
    expect(softLineBreaks('Shares rose 2 percent on Monday.\nOil fell 1 percent.\nGold was flat.')).toBeUndefined();
    expect(softLineBreaks('Stocks to watch\nApple gains 2 percent\nOil falls on supply\nGold steady')).toBeUndefined();
    expect(softLineBreaks('Apple 2.1\nOil -1.0\ngold 0.5\ncopper 1.2')).toBeUndefined();
  });
  it('reads a very long line in linear time (the end-of-line patterns read its tail only)', () => {
    // before the tail limit a 200,000-letter run ending in a digit took minutes (each letter rescanned): the test
    // timeout catches a return of that
    const line = 'Shares of the company rose in early trade';
    const text = `${line}\n${'a'.repeat(200_000)}1\nBut ${line}\nand more`;
    expect([...(softLineBreaks(text) ?? [])]).toEqual([41, 200_043, 200_089]);
  });
  it('does not join one lower-case line to a paragraph of long unwrapped lines', () => {
    const long = 'Shares of Acme rose 2 percent on Monday after the company said profit beat forecasts by a wide margin, traders said, and the broader market index gained 0.5 percent in thin trade ahead of a holiday';
    expect(softLineBreaks(`${long}\n${long}\nand then fell back.`)).toBeUndefined();
  });
});

describe('splitSentences on hard-wrapped text', () => {
  it('joins the lines of a wrapped sentence ("JP \\nMorgan") and keeps the headline before a dateline apart', () => {
    expect(texts(ALCOA)).toEqual([
      'Positive outlook buoys Alcoa day before earnings',
      "NEW YORK (Reuters) - One day before Alcoa Inc. ( AA.N ) kicks off the new earnings season with its first-quarter results, Bear Stearns on Monday raised its forecasts for the world's largest aluminum company and the industry in general.",
      "The upbeat report came after another investment bank, JP Morgan, lowered Alcoa's first-quarter earnings estimate last week because of unusual costs and currency fluctuations that would likely offset higher aluminum prices.",
    ]);
  });
  it('keeps a short headline without a full stop apart from the wrapped body under it', () => {
    expect(texts(BANDAG)).toEqual([
      'Bridgestone to buy Bandag',
      'Shares of Bandag, which would become a subsidiary of Bridgestone Americas, jumped 12 percent, approaching the proposed purchase price of $50.75 per share.',
    ]);
  });
  it("keeps the text's first line apart as its headline when the body under it opens without a dateline", () => {
    // the same article's title over its second paragraph: the title is as long as a wrapped line
    const text = ['Positive outlook buoys Alcoa day before earnings', ALCOA.slice(ALCOA.indexOf('  The upbeat'))].join('\n');
    expect(texts(text)).toEqual([
      'Positive outlook buoys Alcoa day before earnings',
      "The upbeat report came after another investment bank, JP Morgan, lowered Alcoa's first-quarter earnings estimate last week because of unusual costs and currency fluctuations that would likely offset higher aluminum prices.",
    ]);
  });
  it('keeps every row of a table-like block apart, and the wrapped prose above it joined', () => {
    expect(texts(TABLE)).toEqual([
      // the splitter's rule for a closing quote after a full stop, as on one line
      'pneumonia, but it certainly will cause a lot more than just the sniffles.',
      '" Below is the price-only percentage change of 52 global markets through the close of local markets on January 21, calculated in U.S. dollar terms.',
      'S&P/Citigroup Global Equity Indices.',
      'YTD stock change through January 21:',
      'REGION YTD REGION YTD',
      'World -12.40 Emerging Markets -13.90',
      'Australia -13.67 Argentina -17.99',
    ]);
  });
  it('reads CRLF line ends like LF', () => {
    expect(texts(ALCOA.replace(/\n/g, '\r\n'))).toEqual(texts(ALCOA));
  });
});

describe('extractMarketFacts on hard-wrapped text', () => {
  it('reads "fell 0.8 \\npercent" with the quote and offsets of the original text', () => {
    const moves = extractMarketFacts(BRIDGESTONE, { published: '2006-12-05' }).moves;
    expect(moves.map((m) => [m.subject, m.changePct, m.quote.text])).toEqual([['Bridgestone', -0.8, 'Bridgestone shares fell 0.8 \npercent']]);
    expect(BRIDGESTONE.slice(moves[0].quote.start, moves[0].quote.end)).toBe(moves[0].quote.text);
  });
  it("shows the move's whole sentence as its context (sentenceAround reads the same soft breaks)", () => {
    const [move] = extractMarketFacts(BRIDGESTONE, { published: '2006-12-05' }).moves;
    expect(sentenceAround(BRIDGESTONE, move.quote).text).toBe("Before Tuesday's announcement, Bridgestone shares fell 0.8 \npercent to 2,465 yen in Tokyo trading.");
  });
  it('lets a lead-in reach the wrapped line: "For the week, … the S&P 500 \ndipped …, but the Nasdaq gained …"', () => {
    // 20061125/businesspro-markets-stocks-dc-idUSN2433222220061125, lines 30-31
    const text = wrapped(
      'Thanksgiving, closed early at 1 p.m. (1800 GMT) on Friday.  For the week, the Dow fell 0.51 percent and the S&P 500',
      "dipped 0.02 percent, but the Nasdaq gained 0.59 percent.  Traders said the dollar's fall on Friday also made foreign",
    );
    const moves = extractMarketFacts(text, { published: '2006-11-25' }).moves;
    expect(moves.map((m) => [m.subject, m.changePct, m.period])).toEqual([
      ['Dow', -0.51, 'week'],
      ['S&P 500', -0.02, 'week'],
      ['Nasdaq', 0.59, 'week'],
    ]);
  });
  it('gives the same moves as the text with its wrapped line breaks as spaces', () => {
    const joined = BRIDGESTONE.replace(/\n/g, ' ');
    const strip = (text: string) => extractMarketFacts(text, { published: '2006-12-05' }).moves.map((m) => ({ ...m, quote: { ...m.quote, text: m.quote.text.replace(/\s+/g, ' ') } }));
    expect(strip(BRIDGESTONE)).toEqual(strip(joined));
  });
});

describe('writtenText', () => {
  it('reads a line break with the spaces around it as one space', () => {
    expect(writtenText('JP \nMorgan rose', 0, 10)).toBe('JP Morgan');
    expect(writtenText('KBW \r\n Capital', 0, 14)).toBe('KBW Capital');
    expect(writtenText('GMC  Sierra', 0, 11)).toBe('GMC  Sierra');
  });
});
