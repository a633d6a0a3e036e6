import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, excessReturnPp, relativeReturnPct, seedArticle } from 'market-reaction';

// Real closes from ../shared/data/real (see its SOURCES.md); the package never depends on them.
const REAL = join(__dirname, '..', '..', '..', 'shared', 'data', 'real');

/** The Close column of the row dated `date` in a comma-separated file whose header names "Close". */
function close(file: string, date: string): number {
  const [header, ...rows] = readFileSync(join(REAL, file), 'utf8').trim().split(/\r?\n/);
  const column = header.split(',').indexOf('Close');
  const row = rows.find((line) => line.startsWith(`${date},`));
  if (!row || column < 0) throw new Error(`${file}: no Close on ${date}`);
  return Number(row.split(',')[column]);
}

describe.skipIf(!existsSync(REAL))('the seed figures against real market data (../shared/data/real)', () => {
  const analysis = analyzeArticle(seedArticle().text);
  const pct = (file: string) => (close(file, '2019-08-20') / close(file, '2019-08-19') - 1) * 100;

  it('the article rounds the real daily moves: Samsung 43,600 → 44,450, KOSPI 1,939.90 → 1,960.25', () => {
    // SOURCES.md: Samsung +1.9495 %, KOSPI +1.0490 %; the article prints 1.95 and 1.05.
    expect(pct('samsung_005930_KS.csv')).toBeCloseTo(1.9495, 4);
    expect(pct('kospi_KS11.csv')).toBeCloseTo(1.049, 3);
    expect(analysis.moves.map((m) => m.changePct)).toEqual([1.95, 1.05]);
  });

  it('the excess and relative returns from rounded figures are within 0.001 of those from closes', () => {
    const [stock, market] = [pct('samsung_005930_KS.csv'), pct('kospi_KS11.csv')];
    expect(Math.abs(analysis.relativeMoves[0].excessPp - excessReturnPp(stock, market))).toBeLessThan(0.001);
    expect(Math.abs(analysis.relativeMoves[0].relativePct - relativeReturnPct(stock, market))).toBeLessThan(0.001);
  });

  it('the implied 1,206.93 KRW per USD is within 0.1% of the day’s market rate', () => {
    // SOURCES.md: USD/KRW close 2019-08-20 = 1206.40 (investing.com series).
    const market = close('usdkrw.csv', '2019-08-20');
    expect(market).toBe(1206.4);
    const implied = analysis.conversions[0].rate.rate;
    expect(Math.abs(implied / market - 1)).toBeLessThan(0.001);
  });
});
