// The weekday memo of resolveDates (dates.ts) gives what chrono gives on every call; the full
// 2000-2030 sweep is bench/dates-memo-check.mjs.
import { describe, expect, it } from 'vitest';
import { resolveDates, resolveDatesUncached } from '../../src/extract/dates';

const LEADS = ['', 'on ', 'last ', 'this ', 'next ', 'early ', 'late ', 'in '];
const DAYS = ['Monday', 'tuesday', 'Wednesday', 'thursday', 'Friday', 'saturday', 'Sunday', 'today', 'Yesterday'];

describe('resolveDates weekday memo', () => {
  it('equals chrono on 30 consecutive publication dates across a year end, both rules', () => {
    let cases = 0;
    for (let day = 0; day < 30; day += 1) {
      const published = new Date(Date.UTC(2023, 11, 10 + day)).toISOString().slice(0, 10);
      for (const lead of LEADS) {
        for (const word of DAYS) {
          const text = `Shares rose ${lead}${word}.`;
          for (const past of [true, false]) {
            expect(resolveDates(text, 12, text.length - 1, published, past)).toEqual(resolveDatesUncached(text, 12, text.length - 1, published, past));
            cases += 1;
          }
        }
      }
    }
    expect(cases).toBe(30 * LEADS.length * DAYS.length * 2);
  });

  it('equals chrono for month, year and week forms on every third day of two years', () => {
    const forms = ['February', 'in March', 'by Jan. 9', 'August 31', 'last month', 'next month', 'last year', 'in 2010', '2009', 'October 2009', 'March 5, 2010', 'last week', 'this week'];
    for (let day = 0; day < 730; day += 3) {
      const published = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
      for (const form of forms) {
        for (const past of [true, false]) expect(resolveDates(form, 0, form.length, published, past)).toEqual(resolveDatesUncached(form, 0, form.length, published, past));
      }
    }
  });

  it('resolves "on Tuesday" against the publication week (hand-checked)', () => {
    // 2024-03-14 is a Thursday: the Tuesday before is the 12th; 2019-08-20 is that Tuesday itself
    expect(resolveDates('rose on Tuesday', 5, 15, '2024-03-14')[0]).toEqual({ date: '2024-03-12', precision: 'day', start: 5, end: 15 });
    expect(resolveDates('rose on Tuesday', 5, 15, '2019-08-20')[0].date).toBe('2019-08-20');
    expect(resolveDates('rose yesterday', 5, 14, '2024-03-01')[0].date).toBe('2024-02-29');
  });
});

describe('resolveDates and the machine time zone', () => {
  // Dates are calendar days of the article, not of the reader's clock: a reader in New Zealand
  // (UTC+12/+13) or Kiribati (UTC+14) gets the same days as one in UTC. Node re-reads TZ when it changes.
  const forms = ['on Tuesday', 'yesterday', 'Aug. 19', 'last week', 'in July', 'March 5, 2010', 'today', 'last month'];
  // hand-checked: 2019-08-20 was a Tuesday; months resolve to their first day
  const expected = ['2019-08-20', '2019-08-19', '2019-08-19', '2019-08-13', '2019-07-01', '2010-03-05', '2019-08-20', '2019-07-01'];
  for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Auckland', 'Etc/GMT+12', 'America/New_York']) {
    it(`gives the article's days in ${zone}`, () => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        const days = (resolve: typeof resolveDates) => forms.map((form) => resolve(form, 0, form.length, '2019-08-20')[0]?.date);
        expect(days(resolveDates)).toEqual(expected);
        expect(days(resolveDatesUncached)).toEqual(expected);
      } finally {
        process.env.TZ = before;
      }
    });
  }
});
