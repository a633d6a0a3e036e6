import { describe, expect, it } from 'vitest';
import { ValueError, spreadEvenly } from 'market-reaction';

const KRW_1TN = { value: 1e12, currency: 'KRW' };
const PERIOD = { from: '2019-08-20', to: '2028-12-31' };

describe('spreadEvenly', () => {
  it('gives each calendar year an equal part by default', () => {
    // 2019 … 2028 inclusive = 10 years; 1e12 / 10 = 1e11 KRW each.
    const years = spreadEvenly(KRW_1TN, PERIOD);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(years.every((y) => y.amount.value === 1e11 && y.share === 0.1)).toBe(true);
    expect(years[0]).toMatchObject({ start: '2019-08-20', end: '2019-12-31' });
    expect(years[9]).toMatchObject({ start: '2028-01-01', end: '2028-12-31' });
  });

  it('spreads pro rata by days when asked', () => {
    // Days 2019-08-20 … 2028-12-31: 134 (2019) + 3 × 366 (2020, 2024, 2028) + 6 × 365 = 3422.
    const years = spreadEvenly({ value: 828_550_000, currency: 'USD' }, { ...PERIOD, convention: 'pro_rata_days' });
    expect(years[0].share).toBeCloseTo(134 / 3422, 15);
    expect(years[1].share).toBeCloseTo(366 / 3422, 15);
    // 828,550,000 × 134 / 3422 = 32,444,681.4728… → 32,444,681.47 USD.
    expect(years[0].amount.value).toBe(32_444_681.47);
    // The cents add up to the total exactly.
    const cents = years.reduce((sum, y) => sum + Math.round(y.amount.value * 100), 0);
    expect(cents).toBe(82_855_000_000);
  });

  it('allocates indivisible minor units to the earliest years', () => {
    // 100 KRW over 3 years: 33.33… each; the spare won goes to the first year: 34, 33, 33.
    const years = spreadEvenly({ value: 100, currency: 'KRW' }, { from: '2020-01-01', to: '2022-12-31' });
    expect(years.map((y) => y.amount.value)).toEqual([34, 33, 33]);
  });

  it('refuses bad periods and amounts', () => {
    expect(() => spreadEvenly(KRW_1TN, { from: '2028-12-31', to: '2019-08-20' })).toThrow('spreadEvenly: to (2019-08-20) is before from (2028-12-31)');
    expect(() => spreadEvenly(KRW_1TN, { from: '2019-8-20', to: '2028-12-31' })).toThrow('expected an ISO date YYYY-MM-DD, got "2019-8-20"');
    expect(() => spreadEvenly({ value: -1, currency: 'KRW' }, PERIOD)).toThrow(ValueError);
    // @ts-expect-error: an unknown convention is refused at run time too.
    expect(() => spreadEvenly(KRW_1TN, { ...PERIOD, convention: 'weekly' })).toThrow('unknown convention "weekly"');
  });
});
