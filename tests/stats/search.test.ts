import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../src/stats/search';

describe('lowerBound / upperBound', () => {
  it('find the first index ≥ and > a value, on plain and typed arrays', () => {
    expect(lowerBound([1, 2, 2, 3], 2)).toBe(1);
    expect(upperBound([1, 2, 2, 3], 2)).toBe(3);
    expect(lowerBound(Int32Array.from([1, 2, 2, 3]), 0)).toBe(0);
    expect(upperBound(Float64Array.from([1, 2, 2, 3]), 3)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
  it('search ISO date strings (day 0 placement)', () => {
    const dates = ['2019-08-15', '2019-08-16', '2019-08-19'];
    expect(lowerBound(dates, '2019-08-17')).toBe(2); // a Saturday: the next trading day is at 2
    expect(lowerBound(dates, '2019-08-16')).toBe(1);
    expect(upperBound(dates, '2019-08-16')).toBe(2);
    expect(lowerBound(dates, '2020-01-01')).toBe(3);
  });
});
