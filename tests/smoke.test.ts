import { describe, expect, it } from 'vitest';
import * as mr from 'market-reaction';

describe('public API', () => {
  it('exports the error classes', () => {
    expect(new mr.InputError('bad', { file: 'a.csv', line: 3 }).message).toBe('a.csv:3: bad');
  });
});
