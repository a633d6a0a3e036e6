// Price-move rules of the s15-moves pass (issue 9 part 2): one test per class of error found on the real
// development set (eval/README.md, "error classes"). Each sentence is a short real quote from a Reuters
// market report used as a rule test (not evaluation text).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';
import { toEvalRecord } from '../../src/extract/eval-record';

const moves = (text: string, published = '2008-06-15') =>
  extractMarketFacts(text, { published }).moves.map((m) => ({ subject: m.subject, change: m.changePct, period: m.period, ...(m.ticker ? { ticker: m.ticker } : {}) }));
const pairs = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct]);

describe('restated figures', () => {
  it('reads "N of a point, or M percent" as the percentage move', () => {
    expect(moves("The Standard & Poor's 500 Index .SPX was up just 0.59 of a point, or 0.04 percent, to finish at 1,377.93.")).toEqual([
      { subject: "Standard & Poor's 500 Index", change: 0.04, period: 'day', ticker: '.SPX' },
    ]);
    expect(pairs("The Standard & Poor's 500 Index .SPX edged down 0.39 of a point, or 0.03 percent, to finish at 1,445.55.")).toEqual([["Standard & Poor's 500 Index", -0.03]]);
  });
});

describe('"unchanged" and "flat"', () => {
  it('are moves without a figure (noFigure), left out of the evaluation record', () => {
    const facts = extractMarketFacts('Sterling was unchanged. U.S. stocks closed flat on Tuesday.', { published: '2007-05-08' });
    expect(facts.moves.map((m) => [m.subject, m.changePct, m.noFigure])).toEqual([['Sterling', 0, true], ['U.S. stocks', 0, true]]);
    expect(toEvalRecord('x', facts).moves).toEqual([]);
  });
});

describe('wire codes and names', () => {
  it('reads two RICs glued together as the first listing', () => {
    expect(moves('Shares of Research in Motion RIM.TORIMM.O soared almost 22 percent.')).toEqual([{ subject: 'Research in Motion', change: 22, period: 'day', ticker: 'RIM.TO' }]);
    expect(moves('After the closing bell, shares of Research In Motion Ltd. RIMM.ORIM.TO jumped 4.8 percent to $140.14.')[0]).toMatchObject({ subject: 'Research In Motion Ltd.', ticker: 'RIMM.O' });
  });
  it('keeps a lower-case "in" between capitalised words inside a name, not after a sentence opener', () => {
    expect(pairs('Shares of Research in Motion rose 2.4 percent.')).toEqual([['Research in Motion', 2.4]]);
    expect(pairs('In Asia, Sony fell 2 percent.')).toEqual([['Sony', -2]]);
  });
});
