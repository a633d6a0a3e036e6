/**
 * Date resolution with chrono-node against the publication date: "on Tuesday" in an article
 * published on Tuesday 2019-08-20 is 2019-08-20; published on Thursday 2024-03-14 it is 2024-03-12.
 * Market moves are reported after they happen, so a weekday that chrono places after the
 * publication date is taken from the week before.
 */
import type * as Chrono from 'chrono-node';
import type { DatePrecision } from '../article/types';
import type { Token } from './tokenize';
import { monthOf } from './period';

/** A date chrono found in a short span of text. */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  /** Offsets of the date expression in the article. */
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
/**
 * A date chrono found, reference to the expression it was found in; `fixed` when chrono was certain
 * of its year, and of its month and day for a day date (the publication date played no part).
 */
type FoundDate = Omit<ResolvedDate, 'start' | 'end'> & { offset: number; length: number; fixed: boolean };
/** Resolved expressions by (publication date, past rule, expression text); cleared when full. */
const cache = new Map<string, FoundDate[]>();
const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
/** A month written with its year, with or without a day: "March 5, 2010", "in October 2009", "Jan. 3 1987". */
const WHOLE_DATE = new RegExp(`^(?:(?:on|early|mid|late|in|by)\\s+)?${MONTH_WORD}\\.?(?:\\s+\\d{1,2})?,?\\s+(?:19|20)\\d\\d$`, 'i');
/** A month without a year ("February", "in January", "March 5", "by Jan. 9") or "last month": see {@link monthKey}. */
const MONTH_ONLY = new RegExp(`^(?:(?:(?:on|early|mid|late|in|by)\\s+)?(${MONTH_WORD})\\.?(?:\\s+\\d{1,2})?|(?:last|this|next)\\s+month)$`, 'i');
/** A year alone: "2010", "in 2010", "by 2030", "last year", "this year", "next year". */
const YEAR_ONLY = /^(?:(?:(?:in|by)\s+)?(?:19|20)\d\d|(?:last|this|next)\s+year)$/i;
/** Month expressions without a year, by (publication month, past rule, expression); see {@link monthKey}. */
const monthCache = new Map<string, FoundDate[]>();
const MONTH_INDEX = new Map<string, number>(
  'january february march april may june july august september october november december'.split(' ').flatMap((m, i) => [[m, i], [m.slice(0, 3), i]] as [string, number][]).concat([['sept', 8]]),
);

/**
 * The publication month that decides a month expression without a year, or undefined when only the
 * whole publication date does. chrono gives "February" or "March 5" the year that puts it nearest the
 * publication date, which changes only about six months away from it: within any other publication
 * month the answer is the same, so three months around that turn (M+5..M+7) keep the exact key.
 * "last month", "next month": the same within a publication month up to its 28th (later days roll
 * over, as in "last year" from February 29).
 */
function monthKey(expression: string, published: string): string | undefined {
  const match = MONTH_ONLY.exec(expression);
  if (!match) return undefined;
  const publishedMonth = Number(published.slice(5, 7)) - 1;
  if (match[1] === undefined) return Number(published.slice(8, 10)) <= 28 ? published.slice(0, 7) : undefined;
  const named = MONTH_INDEX.get(match[1].toLowerCase());
  if (named === undefined) return undefined;
  const away = (publishedMonth - named + 12) % 12;
  return away >= 5 && away <= 7 ? undefined : published.slice(0, 7);
}

/** Expressions whose every date is `fixed` ("March 5, 2010", "October 2009"), by (past rule, expression). */
const fixedCache = new Map<string, FoundDate[]>();
/** Expressions whose every date is a year ("last year", "in 2010"), by (publication month, past rule, expression). */
const yearCache = new Map<string, FoundDate[]>();
const CACHE_LIMIT = 2000;
/** Words before a date cue that belong to the expression ("on Tuesday", "early July", "last month"). */
const LEAD_WORDS = new Set(['on', 'early', 'mid', 'late', 'last', 'this', 'next', 'in', 'by', 'earlier', 'later']);

/** `YYYY-MM-DD` of a date in UTC (toISOString().slice(0, 10) for years 1000-9999, without building the full string). */
function iso(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString().slice(0, 10);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

let lastPublished: string | undefined;
let lastReference: Date | undefined;

/** Noon UTC of `published`, the reference instant for chrono (the last one kept: an article asks for it once per date expression). */
function referenceOf(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  if (published === lastPublished) return lastReference;
  const ref = new Date(`${published}T12:00:00Z`);
  lastPublished = published;
  lastReference = Number.isNaN(ref.getTime()) ? undefined : ref;
  return lastReference;
}

function parseWithChrono(expression: string, published: string | undefined, past: boolean): FoundDate[] {
  const ref = referenceOf(published);
  // chrono-node (0.2 s to load, many locales) only when an article has a date expression.
  const chrono = require('chrono-node') as typeof Chrono;
  // a copy: the reference is shared across calls (referenceOf) and chrono must not be able to change it
  const results = chrono.parse(expression, ref ? { instant: new Date(ref.getTime()), timezone: 0 } : undefined, { forwardDate: false });
  const resolved: FoundDate[] = [];
  for (const r of results) {
    const known = (component: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(component);
    // without a reference only a written year resolves: chrono would read "last week" or "last year" from the
    // machine's clock (and call the year certain), a date the text never gave
    if (!ref && (!known('year') || !/(?:19|20)\d\d/.test(r.text))) continue;
    let date = r.start.date();
    if (past && ref && known('weekday') && !known('day') && date.getTime() > ref.getTime() + DAY_MS / 2) {
      date = new Date(date.getTime() - 7 * DAY_MS);
    }
    const precision: DatePrecision = known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
    // chrono's reference zone is UTC (timezone: 0): read the calendar day with UTC getters, never the
    // machine's local ones (in UTC+12…+14 local noon-UTC is already the next day)
    const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), precision === 'day' ? date.getUTCDate() : 1, 12));
    const written = r.text.replace(/[\s,.;:]+$/u, '');
    const fixed = known('year') && (precision !== 'day' || (known('month') && known('day')));
    resolved.push({ date: iso(day), precision, offset: r.index, length: written.length, fixed });
  }
  return resolved;
}

/**
 * Resolves the date expressions chrono finds in `text.slice(start, end)` against `published`.
 * With `past` (the default, for reported moves) weekday-only dates never fall after the publication
 * date. Without a publication date only expressions with a year are resolved. Results are
 * memoised by expression and publication date, so repeated expressions ("on Tuesday") cost one parse.
 *
 * @param published - publication date `YYYY-MM-DD`.
 * @example
 * resolveDates('shares rose on Tuesday', 0, 22, '2024-03-14')[0].date; // => '2024-03-12'
 */
export function resolveDates(text: string, start: number, end: number, published?: string, past = true): ResolvedDate[] {
  const expression = text.slice(start, end);
  // the reference instant: undefined without a (valid) publication date, when only the exact memo applies
  // (chrono parses in UTC and days are read with UTC getters, so the process's time zone plays no part)
  const reference = published === undefined ? undefined : referenceOf(published);
  const fast = reference && RELATIVE_DAY.test(expression) ? resolveRelativeDay(expression, start, reference, published!, past) : undefined;
  if (fast) return fast;
  const rule = past ? 1 : 0;
  const key = `${published ?? ''}|${rule}|${expression}`;
  let resolved = cache.get(key);
  // beyond the exact key, two memos across publication dates: a month written with its year ("March 5,
  // 2010", "October 2009"), the same for any publication date when chrono is certain of it; a year
  // alone ("in 2010", "last year"), the same within a publication month. Checked against chrono by
  // tests/extract/dates-memo.test.ts and bench/dates-memo-check.mjs (chrono calls "last year" certain
  // too, so the forms are told by their words, not by chrono's certainty)
  const fixedKey = `${rule}|${expression}`;
  // by month, except February 29, from which chrono's "last year" rolls over into March
  const yearKey = reference ? `${published!.endsWith('-02-29') ? published : published!.slice(0, 7)}|${rule}|${expression}` : '';
  const fixedForm = reference !== undefined && WHOLE_DATE.test(expression);
  const yearForm = reference !== undefined && !fixedForm && YEAR_ONLY.test(expression);
  const monthMemoKey = reference !== undefined && !fixedForm && !yearForm ? monthKey(expression, published!) : undefined;
  if (!resolved && monthMemoKey) resolved = monthCache.get(`${monthMemoKey}|${rule}|${expression}`);
  if (!resolved && fixedForm) resolved = fixedCache.get(fixedKey);
  if (!resolved && yearForm) resolved = yearCache.get(yearKey);
  if (!resolved) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    resolved = parseWithChrono(expression, published, past);
    cache.set(key, resolved);
    // (an empty year result is memoised too: chrono reads "in 2010" alone as no date at all)
    if (fixedForm && resolved.length > 0 && resolved.every((r) => r.fixed)) {
      if (fixedCache.size >= CACHE_LIMIT) fixedCache.clear();
      fixedCache.set(fixedKey, resolved);
    } else if (yearForm && resolved.every((r) => r.precision === 'year')) {
      if (yearCache.size >= CACHE_LIMIT) yearCache.clear();
      yearCache.set(yearKey, resolved);
    } else if (monthMemoKey) {
      if (monthCache.size >= CACHE_LIMIT) monthCache.clear();
      monthCache.set(`${monthMemoKey}|${rule}|${expression}`, resolved);
    }
  }
  // explicit fields, not a rest/spread copy: this runs for every date expression of every sentence
  const out: ResolvedDate[] = [];
  for (const r of resolved) out.push({ date: r.date, precision: r.precision, start: start + r.offset, end: start + r.offset + r.length });
  return out;
}

/**
 * {@link resolveDates} without any memo: chrono on every call. The reference the memoised paths are
 * checked against (tests/extract/dates-memo.test.ts, bench/dates-memo-check.mjs).
 */
export function resolveDatesUncached(text: string, start: number, end: number, published?: string, past = true): ResolvedDate[] {
  return parseWithChrono(text.slice(start, end), published, past).map((r) => ({ date: r.date, precision: r.precision, start: start + r.offset, end: start + r.offset + r.length }));
}

/**
 * "on Tuesday", "last Friday", "today", "yesterday" (an optional lead word and one day word), "last
 * week": chrono
 * resolves these by the publication date's weekday alone, so a date a week later is the same number
 * of days away. Memoised by (expression, weekday of `published`) as day offsets: a corpus of articles
 * published on different days still parses each such expression at most seven times (chrono is the
 * extractor's largest cost on wire text). tests/extract/dates-memo.test.ts checks every such form
 * against chrono on consecutive publication dates; bench/dates-memo-check.mjs over 2000-2030.
 */
const RELATIVE_DAY = /^(?:(?:(?:on|early|mid|late|last|this|next|in|by|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)|(?:last|this|next|past)\s+week)$/i;
type RelativeDate = Omit<FoundDate, 'date'> & { days: number };
/** Offsets by (weekday, past rule, expression); `null`: chrono read something other than a day, use the exact cache. */
const relativeCache = new Map<string, RelativeDate[] | null>();

function resolveRelativeDay(expression: string, start: number, ref: Date, published: string, past: boolean): ResolvedDate[] | undefined {
  const noon = ref.getTime();
  const key = `${ref.getUTCDay()}|${past ? 1 : 0}|${expression}`;
  let resolved = relativeCache.get(key);
  if (resolved === undefined) {
    if (relativeCache.size >= CACHE_LIMIT) relativeCache.clear();
    const parsed = parseWithChrono(expression, published, past);
    resolved = parsed.every((r) => r.precision === 'day')
      ? parsed.map((r) => ({ days: Math.round((Date.parse(`${r.date}T12:00:00Z`) - noon) / DAY_MS), precision: r.precision, offset: r.offset, length: r.length, fixed: r.fixed }))
      : null;
    relativeCache.set(key, resolved);
  }
  if (resolved === null) return undefined;
  const out: ResolvedDate[] = [];
  for (const r of resolved) out.push({ date: iso(new Date(noon + r.days * DAY_MS)), precision: r.precision, start: start + r.offset, end: start + r.offset + r.length });
  return out;
}

/**
 * The tokens of the date expression around cue token `k`: a lead word before it ("on", "early",
 * "last") and the day, comma and year after a month ("January 20, 1981", "Nov. 3").
 *
 * @returns the token span [from, to).
 */
export function dateExpressionSpan(tokens: Token[], k: number): { from: number; to: number } {
  const from = LEAD_WORDS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  let to = k + 1;
  if (monthOf(tokens[k].lower) !== undefined) {
    if (tokens[to]?.text === '.') to += 1;
    if (tokens[to]?.type === 'number') to += 1;
    if (tokens[to]?.text === ',' && tokens[to + 1]?.type === 'number') to += 2;
    else if (tokens[to]?.type === 'number') to += 1;
  }
  return { from, to };
}
