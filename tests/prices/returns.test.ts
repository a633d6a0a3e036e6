import { describe, expect, it } from 'vitest';
import { alignPriceSeries, priceFrame, priceReturns, returnFrame, parsePriceCsv, ValueError } from 'market-reaction';

const stock = parsePriceCsv('date,close\n2019-08-16,43900\n2019-08-19,43600\n2019-08-20,44450\n2019-08-21,44500\n', { name: 'S' });
const market = parsePriceCsv('date,close\n2019-08-15,1930\n2019-08-19,1939.90\n2019-08-20,1960.25\n2019-08-21,1964.65\n', { name: 'M' });

describe('priceReturns', () => {
  it('simple and log returns by hand', () => {
    const simple = priceReturns(stock);
    expect(simple.dates).toEqual(['2019-08-19', '2019-08-20', '2019-08-21']);
    expect(simple.returns[1]).toBeCloseTo(44450 / 43600 - 1, 15); // +1.9495%
    expect(priceReturns(stock, 'log').returns[1]).toBeCloseTo(Math.log(44450 / 43600), 15);
  });
  it('needs two prices', () => {
    expect(() => priceReturns(parsePriceCsv('date,close\n2019-01-02,1\n'))).toThrow(ValueError);
  });
});

describe('alignPriceSeries', () => {
  it('keeps common dates and reports what each side lost', () => {
    const aligned = alignPriceSeries(stock, market);
    expect(aligned.dates).toEqual(['2019-08-19', '2019-08-20', '2019-08-21']);
    expect(aligned.droppedFromFirst).toEqual(['2019-08-16']);
    expect(aligned.droppedFromSecond).toEqual(['2019-08-15']);
    expect(Array.from(aligned.second)).toEqual([1939.9, 1960.25, 1964.65]);
  });
});

describe('frames', () => {
  it('price and return DataFrames keep ISO dates', () => {
    const frame = priceFrame(stock);
    expect(frame.columns).toEqual(['date', 'price']);
    expect(frame['date'].values[0]).toBe('2019-08-16');
    expect(returnFrame(priceReturns(stock)).shape).toEqual([3, 2]);
  });
});
