import { describe, expect, it } from 'vitest';
import { UnknownCurrencyError, ValueError, convert, crossRate, formatRate, impliedRate, invertRate } from 'market-reaction';

const KRW_1TN = { value: 1e12, currency: 'KRW' };
const USD_828M = { value: 828_550_000, currency: 'USD' };

describe('impliedRate', () => {
  it('gives KRW per USD from the seed conversion', () => {
    // 1e12 / 828.55e6 = 1206.92776537… by long division.
    const rate = impliedRate(KRW_1TN, USD_828M);
    expect(rate.base).toBe('USD');
    expect(rate.quote).toBe('KRW');
    expect(rate.rate).toBeCloseTo(1206.9277654, 6);
    expect(formatRate(rate)).toBe('1,206.93 KRW per USD');
  });

  it('inverts to USD per KRW', () => {
    // 828.55e6 / 1e12 = 0.00082855 exactly in decimal.
    const inverse = invertRate(impliedRate(KRW_1TN, USD_828M));
    expect(inverse).toMatchObject({ base: 'KRW', quote: 'USD' });
    expect(inverse.rate).toBeCloseTo(0.00082855, 14);
    expect(formatRate(inverse)).toBe('0.00082855 USD per KRW');
  });

  it('refuses zero, negative, NaN, same-currency and unknown amounts', () => {
    expect(() => impliedRate({ value: 0, currency: 'KRW' }, USD_828M)).toThrow('impliedRate: amounts must be greater than 0');
    expect(() => impliedRate({ value: -1, currency: 'KRW' }, USD_828M)).toThrow('impliedRate: amount must not be negative, got -1 KRW');
    expect(() => impliedRate({ value: Number.NaN, currency: 'KRW' }, USD_828M)).toThrow(ValueError);
    expect(() => impliedRate(USD_828M, USD_828M)).toThrow('both amounts are in USD');
    expect(() => impliedRate({ value: 1, currency: 'XYZ' }, USD_828M)).toThrow(UnknownCurrencyError);
  });
});

describe('convert', () => {
  const krwPerUsd = impliedRate(KRW_1TN, USD_828M);

  it('converts both ways, rounded to minor units', () => {
    // 1e12 KRW / 1206.9277… = 828,550,000 USD: the stated amount back.
    expect(convert(KRW_1TN, krwPerUsd)).toEqual(USD_828M);
    // 1,000,000 USD × 1206.92776537… = 1,206,927,765.37 → 1,206,927,765 KRW (0 decimals).
    expect(convert({ value: 1_000_000, currency: 'USD' }, krwPerUsd)).toEqual({ value: 1_206_927_765, currency: 'KRW' });
    // 100 billion KRW / 1206.9277… = 82,855,000.00 USD (a tenth of the total).
    expect(convert({ value: 1e11, currency: 'KRW' }, krwPerUsd)).toEqual({ value: 82_855_000, currency: 'USD' });
    // 1,000 KRW × 0.00082855 = 0.82855 → 0.83 USD (2 decimals).
    expect(convert({ value: 1000, currency: 'KRW' }, krwPerUsd)).toEqual({ value: 0.83, currency: 'USD' });
  });

  it('keeps full precision with round: false', () => {
    expect(convert({ value: 1000, currency: 'KRW' }, krwPerUsd, { round: false }).value).toBeCloseTo(0.82855, 12);
  });

  it('refuses an amount in a third currency, a bad rate or a negative amount', () => {
    expect(() => convert({ value: 1, currency: 'EUR' }, krwPerUsd)).toThrow('convert: the amount is in EUR but the rate converts USD and KRW');
    expect(() => convert(USD_828M, { rate: 0, base: 'USD', quote: 'KRW' })).toThrow('convert: rate must be a positive finite number, got 0');
    expect(() => convert({ value: -5, currency: 'USD' }, krwPerUsd)).toThrow('convert: amount must not be negative, got -5 USD');
    expect(() => convert(USD_828M, { rate: 1, base: 'USD', quote: 'QQQ' })).toThrow(UnknownCurrencyError);
  });
});

describe('formatRate', () => {
  it('formats in other locales and with more digits', () => {
    expect(formatRate({ rate: 1206.9277653732, base: 'USD', quote: 'KRW' }, { digits: 4 })).toBe('1,206.9278 KRW per USD');
    expect(formatRate({ rate: 1.0856, base: 'EUR', quote: 'USD' }, { locale: 'de-DE' })).toBe('1,09 USD per EUR');
  });
});

describe('crossRate', () => {
  it('derives KRW per JPY from KRW per USD and JPY per USD', () => {
    // 1200 KRW per USD / 150 JPY per USD = 8 KRW per JPY, by hand.
    expect(crossRate({ rate: 1200, base: 'USD', quote: 'KRW' }, { rate: 150, base: 'USD', quote: 'JPY' })).toEqual({ rate: 8, base: 'JPY', quote: 'KRW' });
    // Same with the second rate given as USD per JPY (1/150).
    expect(crossRate({ rate: 1200, base: 'USD', quote: 'KRW' }, { rate: 1 / 150, base: 'JPY', quote: 'USD' }).rate).toBeCloseTo(8, 12);
  });

  it('needs exactly one shared currency', () => {
    expect(() => crossRate({ rate: 1200, base: 'USD', quote: 'KRW' }, { rate: 1.1, base: 'EUR', quote: 'GBP' })).toThrow('crossRate: the rates must share exactly one currency');
  });
});
