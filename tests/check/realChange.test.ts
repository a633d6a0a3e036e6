import { describe, expect, it } from 'vitest';
import { parsePriceCsv, previousTradingDay, realChange } from 'market-reaction';

// Closes chosen by hand: Fri 2019-08-02 100, Mon 08-05 110, Tue 08-06 121, Fri 08-09 99, Wed 08-14 88; year end 2018-12-31 80.
const series = parsePriceCsv(
  ['Date,Close', '2018-12-31,80', '2019-07-31,95', '2019-08-02,100', '2019-08-05,110', '2019-08-06,121', '2019-08-09,99', '2019-08-14,88'].join('\n'),
  { file: 'hand.csv' },
);

describe('realChange', () => {
  it('a day is close to close against the previous trading day', () => {
    const day = realChange(series, '2019-08-06', 'day');
    expect(day).toMatchObject({ fromDate: '2019-08-05', toDate: '2019-08-06', fromPrice: 110, toPrice: 121 });
    expect((day as { changePct: number }).changePct).toBeCloseTo(10, 12);
  });
  it('a week runs from the last close before its Monday', () => {
    // week of Mon 08-05: from Fri 08-02 (100) to Fri 08-09 (99) = −1%
    const week = realChange(series, '2019-08-09', 'week');
    expect(week).toMatchObject({ fromDate: '2019-08-02', toDate: '2019-08-09' });
    expect((week as { changePct: number }).changePct).toBeCloseTo(-1, 12);
  });
  it('a month and year to date run from the last close before the 1st', () => {
    expect((realChange(series, '2019-08-14', 'month') as { changePct: number; fromDate: string }).fromDate).toBe('2019-07-31');
    expect((realChange(series, '2019-08-14', 'month') as { changePct: number }).changePct).toBeCloseTo((88 / 95 - 1) * 100, 12);
    expect((realChange(series, '2019-08-14', 'ytd') as { changePct: number }).changePct).toBeCloseTo(10, 12);
  });
  it('says why when it cannot measure', () => {
    expect(realChange(series, '2019-08-07', 'day')).toEqual({ reason: '2019-08-07 is not a trading day in hand' });
    expect(realChange(series, '2020-01-02', 'day')).toEqual({ reason: '2020-01-02 is outside the data (hand: 2018-12-31..2019-08-14)' });
    expect(realChange(series, '2018-12-31', 'day')).toEqual({ reason: 'no close before 2018-12-31 in hand (data from 2018-12-31)' });
    expect(realChange(series, '2019-08-06', 'year')).toEqual({ reason: 'a year period cannot be measured from daily closes' });
  });
  it('previousTradingDay skips non-trading days', () => {
    expect(previousTradingDay(series, '2019-08-05')).toBe('2019-08-02');
    expect(previousTradingDay(series, '2019-08-12')).toBe('2019-08-09');
  });
});
