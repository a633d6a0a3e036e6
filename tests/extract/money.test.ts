// Money grammar, currency words and conversions, one sentence of our own per rule.
// Expected values: the written number times its scale word (mln 1e6, bn 1e9, trillion 1e12; cents 0.01).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from 'market-reaction';

const amounts = (text: string, published?: string) => extractMarketFacts(text, { published }).amounts.map((a) => [a.value, a.currency, a.quote.text]);
const conversions = (text: string, published?: string) => extractMarketFacts(text, { published }).conversions.map((c) => [c.from.value, c.from.currency, c.to.value, c.to.currency]);

describe('numbers and scale words', () => {
  it.each([
    ['The plant cost 2 trillion won.', 2e12, 'KRW', '2 trillion won'],
    ['The bid was raised to $3tn.', 3e12, 'USD', '$3tn'],
    ['Orders reached 612.4 mln dlrs.', 612.4e6, 'USD', '612.4 mln dlrs'],
    ['It sold the unit for €1.5bn.', 1.5e9, 'EUR', '€1.5bn'],
    ['Tickets cost 2,350 yen each.', 2350, 'JPY', '2,350 yen'],
    ['Fees rose to £45m.', 45e6, 'GBP', '£45m'],
    ['The fine was 7.5 billion-won.', 7.5e9, 'KRW', '7.5 billion-won'],
    ['A share fetched 85 cents.', 0.85, 'USD', '85 cents'],
    ['It is valued at Rs 7.7 lakh crore.', 7.7e12, 'INR', 'Rs 7.7 lakh crore'],
    ['They signed a 5-billion-dollar deal.', 5e9, 'USD', '5-billion-dollar'],
  ])('%s', (sentence, value, currency, quote) => {
    expect(amounts(sentence)).toEqual([[value, currency, quote]]);
  });
  it('drops approximation words from the quote but keeps the figure', () => {
    expect(amounts('It raised nearly 40 million euros.')).toEqual([[40e6, 'EUR', '40 million euros']]);
  });
  it('does not read share counts, index levels or percentages as money', () => {
    expect(amounts('Volume was 310 million shares and the index closed at 2,410.5, up 2 percent.')).toEqual([]);
  });
});

describe('currencies', () => {
  it.each([
    ['US$12 million', 'USD'], ['HK$12 million', 'HKD'], ['S$12 million', 'SGD'], ['A$12 million', 'AUD'], ['C$12 million', 'CAD'],
    ['12 mln dlrs', 'USD'], ['12 mln Canadian dlrs', 'CAD'], ['12 mln stg', 'GBP'], ['12 mln crowns', 'SEK'], ['12 mln riyals', 'SAR'],
    ['₩12 million', 'KRW'], ['¥12 million', 'JPY'], ['€12 million', 'EUR'], ['£12 million', 'GBP'], ['KRW 12 million', 'KRW'],
    ['12 million yuan', 'CNY'], ['12 million Swiss francs', 'CHF'], ['12 million Hong Kong dollars', 'HKD'], ['12 million sterling', 'GBP'],
  ])('"%s" is %s', (written, code) => {
    expect(amounts(`The deal is worth ${written} in total.`)).toEqual([[12e6, code, written]]);
  });
  it('reads unqualified francs from context: earlier "Swiss francs", else FRF before the euro', () => {
    expect(amounts('Sales were 3 billion Swiss francs, against 2.8 billion francs.').map((a) => a[1])).toEqual(['CHF', 'CHF']);
    expect(amounts('The state will spend 900 mln francs.', '1991-05-02').map((a) => a[1])).toEqual(['FRF']);
  });
  it('reads "pounds of" as a weight', () => {
    expect(amounts('It shipped 5 million pounds of beef.')).toEqual([]);
  });
});

describe('ranges', () => {
  it('shares scale and currency across a range', () => {
    expect(amounts('It expects a loss of A$5-7 million.')).toEqual([[5e6, 'AUD', 'A$5'], [7e6, 'AUD', '7 million']]);
    expect(amounts('Costs of $2 to 3 billion are likely.')).toEqual([[2e9, 'USD', '$2'], [3e9, 'USD', '3 billion']]);
  });
});

describe('conversions', () => {
  it.each([
    ['bracketed', 'The group will invest 3 trillion won [$2.5 billion] in chips.', [3e12, 'KRW', 2.5e9, 'USD']],
    ['parenthesised', 'Its profit was 410 billion yen ($2.7 billion) last year.', [410e9, 'JPY', 2.7e9, 'USD']],
    ['with "about"', 'A ticket costs 4,500 yen (about $30).', [4500, 'JPY', 30, 'USD']],
    ['with "or"', 'The bid was 8.1 billion crowns, or 1.2 billion dlrs, in cash.', [8.1e9, 'SEK', 1.2e9, 'USD']],
    ['with "equivalent to"', 'It paid $9.5 billion, equivalent to 13 trillion won.', [9.5e9, 'USD', 13e12, 'KRW']],
  ])('%s', (_what, sentence, expected) => {
    expect(conversions(sentence)).toEqual([expected]);
  });
  it('gives a bare amount the currency of an earlier pair by ellipsis', () => {
    expect(conversions('Debt was 12.5 billion crowns, or 1.9 billion dlrs, down from 14.1 billion, or 2.1 billion dlrs.')).toEqual([
      [12.5e9, 'SEK', 1.9e9, 'USD'],
      [14.1e9, 'SEK', 2.1e9, 'USD'],
    ]);
  });
  it('does not pair a change with its percentage or a sum with a per-share figure', () => {
    expect(conversions('Profit rose 40 mln dlrs, or 12 pct, to 370 mln dlrs, or 1.10 dlrs a share.')).toEqual([]);
  });
  it('quotes the whole pair with its closing bracket', () => {
    const [c] = extractMarketFacts('They agreed on 50 billion won ($37 million) for the site.').conversions;
    expect(c.quote.text).toBe('50 billion won ($37 million)');
  });
});

describe('more currency rules', () => {
  it('reads qualified cents', () => {
    expect(amounts('The Canadian dollar fell to 72.40 U.S. cents.')).toEqual([[0.724, 'USD', '72.40 U.S. cents']]);
  });
  it('carries the currency to a bare amount after "from"', () => {
    expect(amounts('Revenue rose to 3.4 billion dlrs from 3.1 billion.')).toEqual([[3.4e9, 'USD', '3.4 billion dlrs'], [3.1e9, 'USD', '3.1 billion']]);
  });
  it('leaves a bare amount without ellipsis out', () => {
    expect(amounts('Volume rose to 3.4 billion from 3.1 billion shares.')).toEqual([]);
  });
});

describe('article context for currencies', () => {
  it('reads "cts" as cents', () => {
    expect(amounts('Earnings were 38 cts a share.')).toEqual([[0.38, 'USD', '38 cts']]);
  });
  it('learns a qualified currency named without an amount ("the Mexican peso")', () => {
    expect(amounts('The Mexican peso firmed. It closed at 17.2 pesos per dollar.')).toEqual([[17.2, 'MXN', '17.2 pesos']]);
    expect(amounts('The Chilean peso firmed. It closed at 940 pesos per dollar.')).toEqual([[940, 'CLP', '940 pesos']]);
  });
  it('pairs a sum restated after a comma and "roughly"', () => {
    expect(conversions('The plant costs ₩800 billion, roughly $580 million.')).toEqual([[800e9, 'KRW', 580e6, 'USD']]);
  });
});

describe('what is not money', () => {
  it.each([
    ['a temperature', 'The temperature hit 30C on Monday.'],
    ['code-like words', 'ALL 10 stocks rose and TOP 5 traders gained.'],
    ['pre-euro currency words after the euro', 'The horse won by 3 marks.'],
  ])('%s', (_what, sentence) => {
    expect(amounts(sentence, '2024-06-07')).toEqual([]);
  });
  it('reads marks as Deutsche marks in pre-euro text', () => {
    expect(amounts('The Bundesbank bought 25 mln marks.', '1987-06-01')).toEqual([[25e6, 'DEM', '25 mln marks']]);
  });
});

describe('country-qualified currency words', () => {
  it('lets the country name the currency: "Saudi riyals", "Egyptian pounds", "Aust dlrs"', () => {
    expect(amounts('It earned 5 mln Saudi riyals, 3 mln Egyptian pounds and 12.5 mln Aust dlrs.', '1987-06-01').map((a) => a[1])).toEqual(['SAR', 'EGP', 'AUD']);
  });
  it('ignores a nationality before a word that is not a currency', () => {
    expect(amounts('5 mln Japanese investors bought shares.')).toEqual([]);
  });
});

describe('slash-separated restatements', () => {
  it('pairs the first amount with each amount after a slash', () => {
    expect(conversions('Turnover was 12.3 million lei (2.47 million euro/$2.57 million).')).toEqual([
      [12.3e6, 'RON', 2.47e6, 'EUR'],
      [12.3e6, 'RON', 2.57e6, 'USD'],
    ]);
  });
});


describe('wire-text money forms (issue 9)', () => {
  it('reads a bid/offer quote as its bid, and a bare quote after it in the same currency', () => {
    expect(amounts('The dollar opened at 1.6120/30 marks after 1.6150/60 on Friday.', '1990-03-05')).toEqual([
      [1.612, 'DEM', '1.6120/30 marks'],
      [1.615, 'DEM', '1.6150/60'],
    ]);
    expect(amounts('Gold was fixed at $412.50/413.00 an ounce.')).toEqual([[412.5, 'USD', '$412.50/413.00']]);
  });
  it('does not read a fraction, a date or a bare slash pair as a quote', () => {
    expect(amounts('Bonds rose 1/4 point on 3/4 and the ratio was 12.5/13.')).toEqual([]);
  });
  it('reads codes glued to digits only with a scale, and decimals after a stray space', () => {
    expect(amounts('Sales were EUR310m and profit EUR17 .4 m; the EURO 25mn note and euro120 million bond.')).toEqual([
      [310e6, 'EUR', 'EUR310m'],
      [17.4e6, 'EUR', 'EUR17 .4 m'],
      [25e6, 'EUR', 'EURO 25mn'],
      [120e6, 'EUR', 'euro120 million'],
    ]);
    expect(amounts('The index CLF7 was quoted.')).toEqual([]);
  });
  it('reads a spaced "m" after a currency code and lower-case "eur" after the figure', () => {
    expect(amounts('Net sales rose to USD 41.2 m in the year, or 30.5 mln eur.')).toEqual([
      [41.2e6, 'USD', 'USD 41.2 m'],
      [30.5e6, 'EUR', '30.5 mln eur'],
    ]);
  });
  it('reads a number glued to the word before it, never its tail as zero', () => {
    expect(amounts('Shares traded as low as412,000 won.')).toEqual([[412000, 'KRW', 'as412,000 won']]);
  });
  it('reads number words with a currency word, but not "won" or a bare number word', () => {
    expect(amounts('Futures rose one ct, then eight cents, and two dlrs later; three won the race; four stg.')).toEqual([
      [0.01, 'USD', 'one ct'],
      [0.08, 'USD', 'eight cents'],
      [2, 'USD', 'two dlrs'],
      [4, 'GBP', 'four stg'],
    ]);
    expect(amounts('Wheat was a cent higher.')).toEqual([[0.01, 'USD', 'a cent']]);
  });
  it('carries the currency by ellipsis after "from" and "compared with", unscaled only after an unscaled amount', () => {
    expect(amounts('The price was raised to 215 dlrs from 210.')).toEqual([[215, 'USD', '215 dlrs'], [210, 'USD', '210']]);
    expect(amounts('Profit was 612 mln stg compared with 580 mln.')).toEqual([[612e6, 'GBP', '612 mln stg'], [580e6, 'GBP', '580 mln']]);
    expect(amounts('Exports fell to 2.1 billion dlrs in the first 10 days of May from 2.4 billion.')).toEqual([[2.1e9, 'USD', '2.1 billion dlrs'], [2.4e9, 'USD', '2.4 billion']]);
    expect(amounts('Revenue rose to 3 mln dlrs from 12 a year ago and 40 shares.')).toEqual([[3e6, 'USD', '3 mln dlrs']]);
    expect(amounts('The fee rose to 30 dlrs from 25 shares.')).toEqual([[30, 'USD', '30 dlrs']]);
  });
});

describe('wire-text conversions (issue 9)', () => {
  it('pairs a range restated as a range in order', () => {
    expect(conversions('Costs may reach 300-400 billion euro ($450-600 billion) by 2030.')).toEqual([
      [300e9, 'EUR', 450e9, 'USD'],
      [400e9, 'EUR', 600e9, 'USD'],
    ]);
    expect(conversions('Cars are priced between 200,000 yuan and 300,000 yuan ($29,000-$43,500).')).toEqual([
      [200000, 'CNY', 29000, 'USD'],
      [300000, 'CNY', 43500, 'USD'],
    ]);
  });
  it('does not read alternatives ("either X or Y") as a conversion', () => {
    expect(conversions('Options were struck at either 150.50 marks or 120.25 yen.', '1987-01-01')).toEqual([]);
  });
  it('pairs a restatement without brackets: nothing before a symbol, "and the … equivalent", "USD$"', () => {
    expect(conversions('Costs will be 3.0 mln euro $ 4.1 mln this year.')).toEqual([[3e6, 'EUR', 4.1e6, 'USD']]);
    expect(conversions('Bids reached 410 stg and the 650 dlrs equivalent.')).toEqual([[410, 'GBP', 650, 'USD']]);
    expect(conversions('Loans stood at 800 trillion won (USD$550 billion).')).toEqual([[800e12, 'KRW', 550e9, 'USD']]);
  });
  it('pairs "USD x m" with its scale: never a value off by a million', () => {
    expect(conversions('The loss narrowed to EUR 3 million USD 4.2 m in the year.')).toEqual([[3e6, 'EUR', 4.2e6, 'USD']]);
  });
});

describe('a change then a price is no range', () => {
  it('leaves "slipped 0.3 to $7.76" as one amount', () => {
    expect(amounts('Shares slipped 0.3 to $7.76.')).toEqual([[7.76, 'USD', '$7.76']]);
  });
});

describe('currency families named by a country adjective', () => {
  it('reads pesos as the country the article names, unless a qualified use came first', () => {
    expect(amounts('Philippine shares rallied. Turnover was 120 million pesos.')).toEqual([[120e6, 'PHP', '120 million pesos']]);
    expect(amounts('The Chilean peso fell. Philippine shares rallied on 120 million pesos.')).toEqual([[120e6, 'CLP', '120 million pesos']]);
    expect(amounts('Turnover was 120 million pesos.')).toEqual([[120e6, 'MXN', '120 million pesos']]);
  });
  it('keeps unqualified dollars as U.S. dollars whatever country the article names', () => {
    expect(amounts('Canadian money supply rose 592 mln dlrs.')).toEqual([[592e6, 'USD', '592 mln dlrs']]);
  });
});

describe('more restatement links', () => {
  it('pairs across the first amount\'s unit and an equals sign', () => {
    expect(conversions('Copper ended at 850 stg per tonne, equivalent to 1,370 dlrs.')).toEqual([[850, 'GBP', 1370, 'USD']]);
    expect(conversions('Rates used: 1.0 euro = $ 1.45.')).toEqual([[1, 'EUR', 1.45, 'USD']]);
  });
});
