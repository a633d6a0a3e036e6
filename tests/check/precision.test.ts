import { describe, expect, it } from 'vitest';
import { claimHolds, claimInterval, statedPrecision } from 'market-reaction';

describe('statedPrecision', () => {
  it('reads the decimals of the written figure, not of the number', () => {
    expect(statedPrecision('shares ended up 1.95% on Tuesday', 1.95)).toEqual({ decimals: 2, qualifier: 'exact' });
    expect(statedPrecision('fell 1.50 percent', -1.5)).toEqual({ decimals: 2, qualifier: 'exact' });
    expect(statedPrecision('gained 2 percent', 2)).toEqual({ decimals: 0, qualifier: 'exact' });
    expect(statedPrecision('rose 1,250.5 percent', 1250.5)).toEqual({ decimals: 1, qualifier: 'exact' });
  });
  it('finds the qualifier just before the figure', () => {
    expect(statedPrecision('fell nearly 3 percent', -3).qualifier).toBe('nearly');
    expect(statedPrecision('rose about 2.5%', 2.5).qualifier).toBe('about');
    expect(statedPrecision('jumped more than 10 percent', 10).qualifier).toBe('more_than');
    expect(statedPrecision('slipped less than 1 percent', -1).qualifier).toBe('less_than');
    expect(statedPrecision('were flat', 0).qualifier).toBe('flat');
  });
});

describe('claimInterval', () => {
  it('an exact figure holds within half a unit of its last digit, plus 0.015 pp for revised closes', () => {
    const i = claimInterval(1.95, { decimals: 2, qualifier: 'exact' });
    expect(i.low).toBeCloseTo(1.945 - 0.015, 12);
    expect(i.high).toBeCloseTo(1.955 + 0.015, 12);
    expect(i.tolerancePp).toBeCloseTo(0.005, 12);
    expect(claimHolds(1.9495, i)).toBe(true); // Samsung 2019-08-20: 43600 → 44450
    expect(claimHolds(4.2507, claimInterval(4.24, { decimals: 2, qualifier: 'exact' }))).toBe(true); // S&P 500 2008-10-16, Reuters vs final close
    expect(claimHolds(1.92, i)).toBe(false);
    const two = claimInterval(2, { decimals: 0, qualifier: 'exact' });
    expect([two.low, two.high]).toEqual([1.485, 2.515]);
  });
  it('keeps the sign of a fall', () => {
    const i = claimInterval(-1.72, { decimals: 2, qualifier: 'exact' });
    expect(claimHolds(-1.7249, i)).toBe(true);
    expect(claimHolds(1.72, i)).toBe(false);
  });
  it('about widens to 10%, nearly reaches 15% below, more/less than are one-sided', () => {
    // about 10%: 9..11
    const about = claimInterval(10, { decimals: 0, qualifier: 'about' });
    expect([about.low, about.high]).toEqual([8.985, 11.015]);
    // nearly 3%: 3 − max(1, 0.45) = 2 .. 3.5 (± 0.015)
    const nearly = claimInterval(-3, { decimals: 0, qualifier: 'nearly' });
    expect([nearly.low, nearly.high]).toEqual([-3.515, -1.985]);
    const more = claimInterval(2, { decimals: 0, qualifier: 'more_than' });
    expect([more.low, more.high]).toEqual([1.485, Infinity]);
    const less = claimInterval(1, { decimals: 0, qualifier: 'less_than' });
    expect([less.low, less.high]).toEqual([0, 1.515]);
  });
  it('flat allows ±0.1 pp', () => {
    const flat = claimInterval(0, { decimals: 0, qualifier: 'flat' });
    expect(claimHolds(0.08, flat)).toBe(true);
    expect(claimHolds(-0.2, flat)).toBe(false);
  });
});
