#!/usr/bin/env node
// Exhaustive check of the weekday memo in src/extract/dates.ts (not a benchmark: no .bench suffix):
// every "[lead] day-word" form, capitalised and not, past and not, on every publication date from
// 2000-01-01 to 2030-12-31 (11,323 days), memoised resolveDates against chrono on each call.
// Usage: npm run build && node bench/dates-memo-check.mjs [first-year] [last-year]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { resolveDates, resolveDatesUncached } = require('../dist/extract/dates.js');
const [first = 2000, last = 2030] = process.argv.slice(2).map(Number);
const LEADS = ['', 'on ', 'early ', 'mid ', 'late ', 'last ', 'this ', 'next ', 'in ', 'by ', 'earlier ', 'later '];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'];
const forms = LEADS.flatMap((lead) => DAYS.flatMap((day) => [`${lead}${day}`, `${lead}${day[0].toUpperCase()}${day.slice(1)}`]));
let checked = 0;
let differ = 0;
for (let t = Date.UTC(first, 0, 1); t <= Date.UTC(last, 11, 31); t += 86_400_000) {
  const published = new Date(t).toISOString().slice(0, 10);
  for (const form of forms) {
    const text = `Shares rose ${form}.`;
    for (const past of [true, false]) {
      const a = JSON.stringify(resolveDates(text, 12, 12 + form.length, published, past));
      const b = JSON.stringify(resolveDatesUncached(text, 12, 12 + form.length, published, past));
      checked += 1;
      if (a !== b && differ++ < 10) console.log(`DIFFERS ${published} "${form}" past=${past}: memo ${a} chrono ${b}`);
    }
  }
}
console.log(`${checked} (date, form, rule) cases, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
