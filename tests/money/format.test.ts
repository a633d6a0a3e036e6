import { describe, expect, it } from 'vitest';
import { UnknownCurrencyError, ValueError, formatMoney } from 'market-reaction';

describe('formatMoney', () => {
  it('prints exactly the ISO minor units', () => {
    expect(formatMoney({ value: 828_550_000, currency: 'USD' })).toBe('$828,550,000.00');
    expect(formatMoney({ value: 1e12, currency: 'KRW' })).toBe('₩1,000,000,000,000');
    // BHD has 3 minor units. Intl puts a no-break space (U+00A0) after a code.
    expect(formatMoney({ value: 1.5, currency: 'BHD' })).toBe('BHD\u00a01.500');
    // ISO gives IDR 2 minor units where CLDR (Intl) prints 0: the ISO table wins.
    expect(formatMoney({ value: 1500.5, currency: 'IDR' })).toBe('IDR\u00a01,500.50');
  });

  it('never prints float drift', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in floats.
    expect(formatMoney({ value: 0.1 + 0.2, currency: 'USD' })).toBe('$0.30');
    expect(formatMoney({ value: 828.55 * 1e6, currency: 'USD' })).toBe('$828,550,000.00');
  });

  it('formats for Korean readers and with codes, names and compact notation', () => {
    expect(formatMoney({ value: 1e12, currency: 'KRW' }, { locale: 'ko-KR' })).toBe('₩1,000,000,000,000');
    expect(formatMoney({ value: 828_550_000, currency: 'USD' }, { locale: 'ko-KR' })).toBe('US$828,550,000.00');
    expect(formatMoney({ value: 1e12, currency: 'KRW' }, { display: 'code' })).toBe('KRW\u00a01,000,000,000,000');
    expect(formatMoney({ value: 828_550_000, currency: 'USD' }, { notation: 'compact' })).toBe('$828.55M');
    expect(formatMoney({ value: 2, currency: 'USD' }, { display: 'name' })).toBe('2.00 US dollars');
  });

  it('refuses negative, NaN and unknown-currency amounts', () => {
    expect(() => formatMoney({ value: -1, currency: 'USD' })).toThrow('formatMoney: amount must not be negative, got -1 USD');
    expect(() => formatMoney({ value: Number.NaN, currency: 'USD' })).toThrow(ValueError);
    expect(() => formatMoney({ value: 1, currency: 'ZZZ' })).toThrow(UnknownCurrencyError);
  });
});
