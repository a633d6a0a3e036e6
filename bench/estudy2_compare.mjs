// Compares the engine with R's estudy2 0.10.0 (tests/eventstudy/fixtures/estudy2-aapl.json,
// written by bench/estudy2_reference.sh) in both conventions and prints the largest
// differences and the share of identical significance stars. Run after `npm run build`:
//   node bench/estudy2_compare.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)('../dist/index.js');
const fixture = JSON.parse(readFileSync(new URL('../tests/eventstudy/fixtures/estudy2-aapl.json', import.meta.url), 'utf8'));
const aapl = m.readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv', { name: 'AAPL' });
const sp500 = m.readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv', { name: 'SP500' });
for (const conventions of ['estudy2', 'default']) {
  let figures = 0;
  let max = 0;
  let worst = '';
  let stars = 0;
  let same = 0;
  const compare = (label, test, statistic, significance, checkStars) => {
    const diff = Math.abs(test.statistic - statistic);
    figures++;
    if (diff > max) [max, worst] = [diff, label];
    if (checkStars) {
      stars++;
      if (m.significanceStars(test.pValue) === significance) same++;
    }
  };
  for (const s of fixture.scenarios) {
    const r = m.eventStudy({ market: sp500, events: fixture.dates.map((date) => ({ stock: aapl, date })) }, { model: s.model, window: s.window, conventions });
    for (const [name, daily] of Object.entries(s.days)) {
      const significance = [].concat(daily.significance);
      [].concat(daily.statistic).forEach((v, d) => {
        if (v !== null) compare(`${s.model} [${s.window}] ${name} day ${d}`, r.aggregate.testsByDay[d].tests.find((t) => t.name === name), v, significance[d], name !== 'wilcoxon');
      });
    }
    for (const car of s.car) {
      for (const name of ['brown_warner', 'lamb', 'corrado_rank']) {
        if (car[name]) compare(`${s.model} [${s.window}] CAR ${name}`, r.aggregate.tests.find((t) => t.name === name), car[name].statistic, car[name].significance, true);
      }
    }
  }
  console.log(`${conventions} conventions: ${figures} estudy2 statistics, max |engine − estudy2| ${max.toExponential(2)} (${worst}); stars identical ${same}/${stars}`);
}
