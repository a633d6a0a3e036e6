import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFacts, checkArticle, PriceLibrary, type PriceMove } from 'market-reaction';

// Hand-made closes of an index file "acme.csv": Fri 08-02 100, Mon 08-05 102, Tue 08-06 101.49, Wed 08-07 103.52.
const dir = mkdtempSync(join(tmpdir(), 'mr-check-article-'));
writeFileSync(join(dir, 'acme.csv'), 'Date,Close\n2019-08-02,100\n2019-08-05,102\n2019-08-06,101.49\n2019-08-07,103.52\n');
const library = PriceLibrary.from([`ACME=${join(dir, 'acme.csv')}`]);

function move(id: string, quote: string, changePct: number, extra: Partial<PriceMove> = {}): PriceMove {
  return { kind: 'price_move', id, subject: 'Acme', subjectKind: 'stock', changePct, period: 'day', quote: { text: quote, start: 0, end: quote.length }, ...extra };
}
const check = (moves: PriceMove[], published = '2019-08-07') => checkArticle(analyzeFacts(moves, { factsOrigin: 'facts_file', published }), library, { abnormal: false });

describe('checkArticle verdicts', () => {
  it('confirms a day move within the stated precision (102 → 101.49 = −0.50%)', () => {
    const [m] = check([move('a', 'Acme fell 0.50 percent on Tuesday', -0.5, { date: '2019-08-06' })]).moves;
    expect(m).toMatchObject({ verdict: 'confirmed', fromDate: '2019-08-05', toDate: '2019-08-06', dateSource: 'stated' });
    expect(m.realPct).toBeCloseTo(-0.5, 12);
  });
  it('contradicts a wrong figure and gives the real one', () => {
    const [m] = check([move('a', 'Acme rose 0.50 percent on Tuesday', 0.5, { date: '2019-08-06' })]).moves;
    expect(m.verdict).toBe('contradicted');
    expect(m.differencePp).toBeCloseTo(-1, 12);
  });
  it('a morning-after story (date from publication) matching the previous session is confirmed there, and says so', () => {
    // published Wed 08-07; Wed's change is +2.00%; Tue's is −0.50%
    const [m] = check([move('a', 'Acme fell 0.50 percent', -0.5)]).moves;
    expect(m).toMatchObject({ verdict: 'confirmed', date: '2019-08-06', dateSource: 'previous_session' });
  });
  it('a figure matching another period is not checkable, never contradicted', () => {
    // week to Wed 08-07: 100 → 103.52 = +3.52%
    const [m] = check([move('a', 'Acme rose 3.52 percent', 3.52, { date: '2019-08-07' })]).moves;
    expect(m.verdict).toBe('not_checkable');
    expect(m.reason).toMatch(/the week's \(\+3\.52%\) matches the stated figure: the period is uncertain/);
  });
  it("a second figure for a series whose other figure is confirmed is not contradicted (likely misattributed)", () => {
    const moves = check([move('a', 'Acme rose 2.00 percent', 2, { date: '2019-08-07' }), move('b', 'rose 0.7 percent', 0.7, { date: '2019-08-07' })]).moves;
    expect(moves.map((m) => m.verdict)).toEqual(['confirmed', 'not_checkable']);
    expect(moves[1].reason).toMatch(/other figure for Acme over the same span \(\+2\.00%\) is confirmed/);
  });
  it('an intraday level is not checkable', () => {
    const [m] = check([move('a', 'Acme rose as much as 3 percent', 3, { date: '2019-08-07' })]).moves;
    expect(m).toMatchObject({ verdict: 'not_checkable', intraday: true });
  });
});
