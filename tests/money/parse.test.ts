import { describe, expect, it } from 'vitest';
import { UnknownCurrencyError, ValueError, parseConversion, parseMoney } from 'market-reaction';

describe('parseMoney', () => {
  it.each([
    // value = number × 10^scale, read off the text by hand.
    ['1 trillion won', 1e12, 'KRW'],
    ['$828.55 million', 828_550_000, 'USD'],
    ['US$828.55 mln', 828_550_000, 'USD'],
    ['₩1tn', 1e12, 'KRW'],
    ['KRW 1,000bn', 1e12, 'KRW'],
    ['828.55 mln dlrs', 828_550_000, 'USD'],
    ['[$828.55 million]', 828_550_000, 'USD'],
    ['5 million U.S. dollars', 5_000_000, 'USD'],
    ['$5m', 5_000_000, 'USD'],
    ['$2.5bn', 2_500_000_000, 'USD'],
    ['1.5 bln yen', 1_500_000_000, 'JPY'],
    ['¥300 billion', 300_000_000_000, 'JPY'],
    ['€1.2345 thousand', 1234.5, 'EUR'],
    ['0.5 billion euros', 500_000_000, 'EUR'],
    ['HK$3.2 billion', 3_200_000_000, 'HKD'],
    ['£12.75', 12.75, 'GBP'],
    ['$0.07', 0.07, 'USD'],
    ['12 usd', 12, 'USD'],
    ['2 tln won', 2e12, 'KRW'],
    ['7 trillion Korean won', 7e12, 'KRW'],
    ['$5MM', 5_000_000, 'USD'],
    // Old Reuters style: "dlrs" = USD unless qualified, "stg" = GBP; cents scale by 10^-2.
    ['1.2 mln Canadian dlrs', 1_200_000, 'CAD'],
    ['371.1 mln dlrs', 371_100_000, 'USD'],
    ['45 mln stg', 45_000_000, 'GBP'],
    ['2.53 billion Swedish crowns', 2_530_000_000, 'SEK'],
    ['7.75 cents', 0.0775, 'USD'],
    ['50 pence', 0.5, 'GBP'],
    ['3 Hong Kong dollars', 3, 'HKD'],
    ['1.5 bln Swiss francs', 1_500_000_000, 'CHF'],
    ['103.3 billion-won', 103_300_000_000, 'KRW'],
    ['$5-billion', 5_000_000_000, 'USD'],
    ['152.1 mln riyals', 152_100_000, 'SAR'],
    // 1 crore = 10^7 and 1 lakh = 10^5 (Indian numbering): 500 × 10^7 = 5e9.
    ['Rs 500 crore', 5e9, 'INR'],
    ['₹2.5 lakh', 250_000, 'INR'],
  ])('%s → %d %s', (text, value, currency) => {
    expect(parseMoney(text)).toEqual({ value, currency });
  });

  it('is exact where float arithmetic drifts', () => {
    // In floats 8.2855 * 1e8 = 828550000.0000001 (checked in node);
    // the decimal-string scaling gives the exact figures.
    expect(8.2855 * 1e8).not.toBe(828_550_000);
    expect(parseMoney('$828.55 million').value).toBe(828_550_000);
    expect(parseMoney('0.82855 billion dollars').value).toBe(828_550_000);
    expect(parseMoney('4.35 thousand won').value).toBe(4350);
  });

  it('reads ambiguous words as the caller says', () => {
    expect(() => parseMoney('183 mln crowns')).toThrow('"crowns" in "183 mln crowns" is not a currency symbol, code or word');
    expect(parseMoney('183 mln crowns', { words: { crowns: 'SEK' } })).toEqual({ value: 183_000_000, currency: 'SEK' });
  });

  it('assumes the default currency only when asked', () => {
    expect(parseMoney('1.5 million', { defaultCurrency: 'krw' })).toEqual({ value: 1_500_000, currency: 'KRW' });
    expect(() => parseMoney('1.5 million')).toThrow('parseMoney: "1.5 million" names no currency; pass { defaultCurrency } to assume one');
  });

  it.each([
    ['-$5 million', ValueError, 'parseMoney: amount must not be negative, got "-$5 million"'],
    ['NaN won', ValueError, 'parseMoney: "NaN won" is not a money amount'],
    ['a lot of money', ValueError, 'is not a money amount'],
    ['$5 million won', ValueError, 'names two currencies (USD and KRW)'],
    ['5 million gizmos', ValueError, '"gizmos" in "5 million gizmos" is not a currency symbol, code or word'],
    ['XYZ 5 million', UnknownCurrencyError, 'unknown currency code "XYZ"'],
    ['5 million ABC', UnknownCurrencyError, 'unknown currency code "ABC"'],
  ])('rejects bad text #%#', (text, type, message) => {
    expect(() => parseMoney(text)).toThrow(type);
    expect(() => parseMoney(text)).toThrow(message);
  });
});

describe('parseMoney hedges', () => {
  it('parses the stated figure after "about", "nearly", "more than"', () => {
    expect(parseMoney('about $5 million')).toEqual({ value: 5_000_000, currency: 'USD' });
    expect(parseMoney('more than 1 trillion won')).toEqual({ value: 1e12, currency: 'KRW' });
  });
});

describe('parseConversion', () => {
  it('reads the amount and the bracketed equivalent', () => {
    // The seed's "1 trillion won [$828.55 million]".
    expect(parseConversion('1 trillion won [$828.55 million]')).toEqual({ from: { value: 1e12, currency: 'KRW' }, to: { value: 828_550_000, currency: 'USD' } });
    expect(parseConversion('$828.55 million (1 trillion won)')).toEqual({ from: { value: 828_550_000, currency: 'USD' }, to: { value: 1e12, currency: 'KRW' } });
  });

  it('reads amounts joined by "or", "equivalent to"', () => {
    // Conversion styles of the extraction guide (shared/eval/README.md).
    expect(parseConversion('2.53 billion Swedish crowns, or 371.1 mln dlrs')).toEqual({ from: { value: 2_530_000_000, currency: 'SEK' }, to: { value: 371_100_000, currency: 'USD' } });
    expect(parseConversion('$14.53 billion, equivalent to 21 trillion won')).toEqual({ from: { value: 14_530_000_000, currency: 'USD' }, to: { value: 21e12, currency: 'KRW' } });
    expect(parseConversion('1 trillion won (about $828.55 million)').to).toEqual({ value: 828_550_000, currency: 'USD' });
  });

  it('refuses other shapes and same-currency pairs', () => {
    expect(() => parseConversion('1 trillion won')).toThrow(ValueError);
    expect(() => parseConversion('$5 million ($5 million)')).toThrow('both amounts in "$5 million ($5 million)" are in USD');
  });
});
