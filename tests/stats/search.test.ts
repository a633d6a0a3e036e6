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
});
