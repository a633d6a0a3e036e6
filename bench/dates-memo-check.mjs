#!/usr/bin/env node
// Exhaustive check of the date memos in src/extract/dates.ts (not a benchmark: no .bench suffix),
// memoised resolveDates against chrono on every call:
//   1. every "[lead] day-word" form ("on Tuesday", "last friday", "Yesterday") and "last week",
//      past rule on and off, on every publication date from 2000-01-01 to 2030-12-31 (the weekday memo);
//   2. every date expression the extractor meets in the labelled sets (eval/real, ../shared/eval
//      when present) and every month name with and without a lead word and a day, on every day of
//      2023-2025 and the first and last day of each month 2000-2030 (the whole-date, year and month memos).
// Usage: npm run build && node bench/dates-memo-check.mjs [first-year last-year]   (~10 min for all)
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const dates = require('../dist/extract/dates.js');
const { resolveDates, resolveDatesUncached } = dates;
const { extractFacts } = require('../dist/index.js');
const [first = 2000, last = 2030] = process.argv.slice(2).map(Number);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
let checked = 0;
let differ = 0;
function compare(text, start, end, published, past, label) {
  const a = JSON.stringify(resolveDates(text, start, end, published, past));
  const b = JSON.stringify(resolveDatesUncached(text, start, end, published, past));
  checked += 1;
  if (a !== b && differ++ < 10) console.log(`DIFFERS ${published} ${label} past=${past}: memo ${a} chrono ${b}`);
}

const LEADS = ['', 'on ', 'early ', 'mid ', 'late ', 'last ', 'this ', 'next ', 'in ', 'by ', 'earlier ', 'later '];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'];
const forms = LEADS.flatMap((lead) => DAYS.flatMap((day) => [`${lead}${day}`, `${lead}${day[0].toUpperCase()}${day.slice(1)}`]))
  .concat(['last week', 'this week', 'next week', 'past week', 'Last week']);
for (let t = Date.UTC(first, 0, 1); t <= Date.UTC(last, 11, 31); t += 86_400_000) {
  for (const form of forms) for (const past of [true, false]) compare(`Shares rose ${form}.`, 12, 12 + form.length, iso(t), past, `"${form}"`);
}
console.log(`1. weekday forms: ${checked} (date, form, rule) cases, ${differ} differ`);

// the expressions the extractor passes to resolveDates on the labelled sets, collected by wrapping it
const expressions = new Map();
dates.resolveDates = (text, start, end, published, past = true) => {
  expressions.set(`${past ? 1 : 0}|${text.slice(start, end)}`, [text.slice(start, end), past]);
  return resolveDates(text, start, end, published, past);
};
const files = [];
const walk = (dir) => existsSync(dir) && readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.jsonl') && files.push(join(dir, e.name))));
walk(join(here, '..', 'eval'));
walk(join(here, '..', '..', 'shared', 'eval'));
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const passage = JSON.parse(line);
    if (typeof passage.text === 'string') extractFacts(passage.text, /^\d{4}-\d{2}-\d{2}$/.test(passage.published ?? '') ? { published: passage.published } : {});
  }
}
dates.resolveDates = resolveDates;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
for (const lead of ['', 'in ', 'by ', 'early ']) {
  for (const month of MONTHS) for (const day of ['', ' 1', ' 31']) for (const past of [true, false]) expressions.set(`${past ? 1 : 0}|${lead}${month}${day}`, [`${lead}${month}${day}`, past]);
}
for (const form of ['last month', 'this month', 'next month']) for (const past of [true, false]) expressions.set(`${past ? 1 : 0}|${form}`, [form, past]);
const days = [];
for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) days.push(iso(t));
for (let y = first; y <= last; y += 1) for (let m = 0; m < 12; m += 1) days.push(iso(Date.UTC(y, m, 1)), iso(Date.UTC(y, m + 1, 0)));
const before = checked;
for (const published of days) for (const [expression, past] of expressions.values()) compare(expression, 0, expression.length, published, past, `"${expression}"`);
console.log(`2. ${expressions.size} expressions from ${files.length} labelled files on ${days.length} publication dates: ${checked - before} cases, ${differ} differ in all`);
process.exitCode = differ ? 1 : 0;
