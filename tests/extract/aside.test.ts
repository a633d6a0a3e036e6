// Asides between a subject and its verb (src/extract/aside.ts): the particle of a distance from a past level, read once for aside.ts and period-window.ts.
import { describe, expect, it } from 'vitest';
import { opensAppositive, opensDistance } from '../../src/extract/aside';
import { asideBefore } from '../../src/extract/period-window';
import { tokenize } from '../../src/extract/tokenize';

const GOOGLE = 'Shares of Google Inc, down nearly a third from its November high, were up 1.7 percent';
const SONY = 'Sony shares, down 30 percent from January, rose 4 percent';
const word = (tokens: ReturnType<typeof tokenize>, text: string) => tokens.findIndex((t) => t.text === text);

describe('a distance from a past level set off by commas', () => {
  it('opens with "down", "up" or "off", also after "also" or "still"', () => {
    const google = tokenize(GOOGLE);
    expect(opensDistance(google, word(google, 'down'))).toBe(true);
    const still = tokenize('Acme, still up 40 percent from its March low, fell');
    expect(opensDistance(still, word(still, 'still'))).toBe(true);
    expect(opensDistance(still, word(still, 'fell'))).toBe(false);
  });

  it('is an appositive (aside.ts) from a peak or trough only; an aside the period is not read from (period-window.ts) from any level', () => {
    const google = tokenize(GOOGLE);
    expect(opensAppositive(google, word(google, 'down'), google.length)).toBe(true);
    const sony = tokenize(SONY);
    expect(opensAppositive(sony, word(sony, 'down'), sony.length)).toBe(false);
    const text = (tokens: ReturnType<typeof tokenize>, span: [number, number] | undefined) => span && tokens.slice(span[0], span[1]).map((t) => t.text).join(' ');
    expect(text(google, asideBefore(google, 0, word(google, '1.7')))).toBe(', down nearly a third from its November high ,');
    expect(text(sony, asideBefore(sony, 0, word(sony, '4')))).toBe(', down 30 percent from January ,');
    // no "from": no aside
    const plain = tokenize('Sony shares, down 30 percent, rose 4 percent');
    expect(asideBefore(plain, 0, word(plain, '4'))).toBeUndefined();
  });
});
