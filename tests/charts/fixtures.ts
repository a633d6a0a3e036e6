/**
 * Builder inputs shared by the chart tests. Numbers are the seed article's (Reuters,
 * 2019-08-20: Samsung +1.95%, KOSPI +1.05%, 1 trillion won = $828.55 million) or small
 * made-up windows; closes are from data/real/SOURCES.md's checked values.
 */
import type { ChartSpec } from '../../src/charts/spec';
import {
  abnormalReturnsSpec,
  betaSensitivitySpec,
  caarSpec,
  conversionSpec,
  investmentSpreadSpec,
  priceTimelineSpec,
  reactionBarsSpec,
  type ChartSource,
} from 'market-reaction';

export const seedSource: ChartSource = { source: 'Reuters', published: '2019-08-20', headline: 'Japan Allows Further Exports of High-Tech Material to S.Korea' };

/** A headline and names that try to break out of SVG, HTML and vega expressions. */
export const hostile = {
  headline: '<script>alert(1)</script> </script><b>bold</b> & "quotes" \u2028',
  stock: 'Evil "Co" [a.b] \'x\' </script>',
  benchmark: 'datum["x"] + ${1}',
};

const betaRows = Array.from({ length: 11 }, (_, i) => {
  const beta = Math.round((0.5 + i / 10) * 10) / 10;
  return { beta, abnormalPct: 1.95 - beta * 1.05 };
});

/** One spec per builder, built from fixed inputs. */
export function fixtureSpecs(source: ChartSource = seedSource, names = { stock: 'Samsung Electronics', benchmark: 'KOSPI' }): Record<string, ChartSpec> {
  const arDays = [-0.3, 0.2, 0.9, 1.4, -0.5].map((ar, i, all) => {
    const car = all.slice(0, i + 1).reduce((a, b) => a + b, 0);
    const sigma = 1.6;
    return { day: i - 2, arPct: ar, arLowPct: ar - 1.96 * sigma, arHighPct: ar + 1.96 * sigma, carPct: car, carLowPct: car - 1.96 * sigma * Math.sqrt(i + 1), carHighPct: car + 1.96 * sigma * Math.sqrt(i + 1) };
  });
  return {
    reaction: reactionBarsSpec({ date: '2019-08-20', stock: { name: names.stock, changePct: 1.95 }, benchmark: { name: names.benchmark, changePct: 1.05 }, source }),
    beta: betaSensitivitySpec({ stockName: names.stock, benchmarkName: names.benchmark, stockChangePct: 1.95, benchmarkChangePct: 1.05, date: '2019-08-20', rows: betaRows, source }),
    conversion: conversionSpec({ conversions: [{ label: 'Hyosung investment', from: { value: 1e12, currency: 'KRW' }, to: { value: 828.55e6, currency: 'USD' } }], source }),
    spread: investmentSpreadSpec({
      label: 'Hyosung investment',
      from: { value: 1e12, currency: 'KRW' },
      to: { value: 828.55e6, currency: 'USD' },
      convention: 'calendar_years',
      years: [2019, 2020, 2021, 2022].map((year) => ({ year, share: 0.25, fromValue: 0.25e12, toValue: 207.1375e6 })),
      source,
    }),
    timeline: priceTimelineSpec({
      stock: { name: names.stock, closes: [{ date: '2019-08-16', close: 43900 }, { date: '2019-08-19', close: 43600 }, { date: '2019-08-20', close: 44450 }, { date: '2019-08-21', close: 44500 }] },
      benchmark: { name: names.benchmark, closes: [{ date: '2019-08-16', close: 1927.17 }, { date: '2019-08-19', close: 1939.9 }, { date: '2019-08-20', close: 1960.25 }, { date: '2019-08-21', close: 1964.65 }] },
      referenceDate: '2019-08-19',
      events: [{ date: '2019-08-20', label: source.headline ?? 'Export approval' }],
      source,
    }),
    abnormalReturns: abnormalReturnsSpec({ stockName: names.stock, eventDate: '2019-08-20', model: 'market model', days: arDays, source }),
    caar: caarSpec({
      eventCount: 12,
      days: [-2, -1, 0, 1, 2].map((day, i) => ({ day, aarPct: [0.1, -0.05, 0.6, 0.2, -0.1][i], caarPct: [0.1, 0.05, 0.65, 0.85, 0.75][i], lowPct: [0.1, 0.05, 0.65, 0.85, 0.75][i] - 0.3 * Math.sqrt(i + 1), highPct: [0.1, 0.05, 0.65, 0.85, 0.75][i] + 0.3 * Math.sqrt(i + 1) })),
      source,
    }),
  };
}
