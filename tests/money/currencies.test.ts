import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnknownCurrencyError, currencyInfo, isCurrencyCode, listCurrencies, minorUnitDigits, roundToMinorUnits } from 'market-reaction';

describe('the ISO 4217 table', () => {
  it('has the codes of ISO List One with their minor units and numeric codes', () => {
    // Values as published in ISO 4217 List One (2024-06-25).
    expect(currencyInfo('KRW')).toEqual({ code: 'KRW', name: 'Won', minorUnits: 0, numeric: '410' });
    expect(currencyInfo('usd')).toEqual({ code: 'USD', name: 'US Dollar', minorUnits: 2, numeric: '840' });
    expect(currencyInfo('JPY').minorUnits).toBe(0);
    expect(currencyInfo('KWD').minorUnits).toBe(3);
    expect(currencyInfo('CLF').minorUnits).toBe(4);
    expect(currencyInfo('XAU').minorUnits).toBeNull();
    expect(listCurrencies()).toHaveLength(179);
  });

  it('covers every currency Node Intl knows except withdrawn ones and post-2024-06 additions', () => {
    const known = new Set(listCurrencies().map((c) => c.code));
    // Intl.supportedValuesOf is ES2022+ at run time but not in the ES2022 lib typings.
    const intl = Intl as unknown as { supportedValuesOf(key: 'currency'): string[] };
    const missing = intl.supportedValuesOf('currency').filter((code) => !known.has(code));
    // HRK (→ EUR 2023), SLL (→ SLE), ZWL (→ ZWG) are withdrawn; XCG was added after 2024-06-25.
    expect(missing).toEqual(['HRK', 'SLL', 'XCG', 'ZWL']);
  });

  it('is the committed data file', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'iso4217.json'), 'utf8'));
    expect(file.published).toBe('2024-06-25');
    expect(file.currencies).toHaveLength(179);
  });

  it('refuses unknown codes', () => {
    expect(isCurrencyCode('KRW')).toBe(true);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(() => currencyInfo('XYZ')).toThrow(UnknownCurrencyError);
    expect(() => currencyInfo('XYZ')).toThrow('unknown currency code "XYZ"');
  });
});

describe('roundToMinorUnits', () => {
  it('rounds half away from zero at the minor unit', () => {
    // 1.005 is 1.00499999999999989… in binary; cutting at 15 significant digits rounds it to 1.01.
    expect(roundToMinorUnits(1.005, 'USD')).toBe(1.01);
    expect(roundToMinorUnits(1206.5, 'KRW')).toBe(1207);
    expect(roundToMinorUnits(0.1 + 0.2, 'USD')).toBe(0.3);
    expect(minorUnitDigits('XAU')).toBe(2);
  });
});
