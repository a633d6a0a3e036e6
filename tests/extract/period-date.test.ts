// Periods and dates of moves. Dates are checked against a calendar: 2019-08-20 was a Tuesday,
// 2024-03-14 a Thursday (so the Tuesday before is 2024-03-12), 2024-06-07 a Friday.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from 'market-reaction';

const first = (text: string, published?: string) => extractMarketFacts(text, { published }).moves[0];

describe('move dates resolved against the publication date (chrono-node)', () => {
  it('"on Tuesday" published on Tuesday 2019-08-20 is that day', () => {
    expect(first('Orchid Telecom shares ended up 2.4% on Tuesday.', '2019-08-20').date).toBe('2019-08-20');
  });
  it('"on Tuesday" published on Thursday 2024-03-14 is 2024-03-12', () => {
    expect(first('Orchid Telecom shares ended up 2.4% on Tuesday.', '2024-03-14').date).toBe('2024-03-12');
  });
  it('a weekday after the publication weekday is the previous week (moves are reported after they happen)', () => {
    // published Thursday 2024-03-14; "Friday" → Friday 2024-03-08
    expect(first('Vega Pharma fell 3% on Friday.', '2024-03-14').date).toBe('2024-03-08');
  });
  it('an explicit date resolves without a weekday', () => {
    expect(first('Vega Pharma fell 3% on March 11.', '2024-03-14').date).toBe('2024-03-11');
  });
  it('leaves the date out without a publication date or a date word', () => {
    expect(first('Vega Pharma fell 3% on Friday.').date).toBeUndefined();
    expect(first('Vega Pharma fell 3%.', '2024-03-14').date).toBeUndefined();
  });
  it('quotes the date written right after the move', () => {
    expect(first('Orchid Telecom shares ended up 2.4% on Tuesday, analysts said.', '2019-08-20').quote.text).toBe('Orchid Telecom shares ended up 2.4% on Tuesday');
  });
});

describe('periods', () => {
  it.each([
    ['Lumen Grid rose 2% by the midday break.', '2024-06-07', 'day'],
    ['Lumen Grid rose 2% for the week.', '2024-06-07', 'week'],
    ['Lumen Grid rose 2% this month.', '2024-06-07', 'month'],
    ['Lumen Grid rose 6% in May.', '2024-06-07', 'month'],
    ['Lumen Grid rose 12% last year.', '2024-06-07', 'year'],
    ['Lumen Grid rose 12% in the past 12 months.', '2024-06-07', 'year'],
    ['Lumen Grid rose 12% in 2023.', '2024-06-07', 'year'],
    ['Lumen Grid has risen 12% in 2024.', '2024-06-07', 'ytd'],
    ['Lumen Grid is up 12% so far this year.', '2024-06-07', 'ytd'],
    ['Lumen Grid has gained 12% since January 2.', '2024-06-07', 'ytd'],
    ['Lumen Grid has gained 12% since March 2022.', '2024-06-07', 'other'],
    ['Lumen Grid has risen 80% over the past five years.', '2024-06-07', 'other'],
  ])('%s → %s', (sentence, published, period) => {
    expect(first(sentence, published).period).toBe(period);
  });
  it('ignores record phrases: "three-year high", "biggest gain since"', () => {
    expect(first('Lumen Grid jumped 5% to a three-year high, its biggest daily gain since October.', '2024-06-07').period).toBe('day');
  });
  it('gives each move of a sentence its own period', () => {
    const moves = extractMarketFacts('The Taiex slipped 0.4% in early trade but was set for a 2.1% weekly gain.', { published: '2024-06-07' }).moves;
    expect(moves.map((m) => [m.subject, m.changePct, m.period])).toEqual([['Taiex', -0.4, 'day'], ['Taiex', 2.1, 'week']]);
  });
  it('"in the same period" takes the previous move\'s period', () => {
    const moves = extractMarketFacts('Pixel Dynamics is up 9% YTD versus a 4% gain in the Nasdaq in the same period.', { published: '2024-06-07' }).moves;
    expect(moves.map((m) => [m.subject, m.period])).toEqual([['Pixel Dynamics', 'ytd'], ['Nasdaq', 'ytd']]);
  });
});

describe('date facts', () => {
  it('resolves weekdays, "early July" and explicit dates with their precision', () => {
    const dates = extractMarketFacts('In early July, the ministry tightened rules. Ministers meet on Wednesday. The plant opened on May 3, 2021.', { published: '2019-08-20' }).dates;
    expect(dates.map((d) => [d.date, d.endDate, d.precision, d.quote.text])).toEqual([
      ['2019-07-01', '2019-07-10', 'part_of_month', 'early July'],
      ['2019-08-21', undefined, 'day', 'on Wednesday'],
      ['2021-05-03', undefined, 'day', 'May 3, 2021'],
    ]);
  });
});
