// Number helpers of the money grammar.
import { describe, expect, it } from 'vitest';
import { cleanFloat } from '../../src/extract/numbers';

describe('cleanFloat', () => {
  it('removes binary noise from scaled values and keeps integers as they are', () => {
    expect(cleanFloat(828.55 * 1e6)).toBe(828_550_000);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(115_600)).toBe(115_600);
    expect(cleanFloat(999_999_999_999)).toBe(999_999_999_999);
    // past 12 digits the 12-digit form rounds, as it always did
    expect(cleanFloat(1_234_567_890_123)).toBe(1_234_567_890_120);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });
});
