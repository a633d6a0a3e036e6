/**
 * Date resolution with chrono-node against the publication date: "on Tuesday" in an article
 * published on Tuesday 2019-08-20 is 2019-08-20; published on Thursday 2024-03-14 it is 2024-03-12.
 * Market moves are reported after they happen, so a weekday that chrono places after the
 * publication date is taken from the week before.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../article/types';
import type { Token } from './tokenize';
import { isDayWord, monthOf } from './period';

/** A date chrono found in a short span of text. */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  /** Offsets of the date expression in the article. */
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
/** Resolved expressions by (publication date, past rule, expression text); cleared when full. */
/** A date chrono found, relative to the expression it was found in. */
type FoundDate = Omit<ResolvedDate, 'start' | 'end'> & { offset: number; length: number };
const cache = new Map<string, FoundDate[]>();
const CACHE_LIMIT = 2000;
/** Words before a date cue that belong to the expression ("on Tuesday", "early July", "last month"). */
const LEAD_WORDS = new Set(['on', 'early', 'mid', 'late', 'last', 'this', 'next', 'in', 'by', 'earlier', 'later']);

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Noon UTC of `published`, the reference instant for chrono. */
function referenceOf(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const ref = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(ref.getTime()) ? undefined : ref;
}

function parseWithChrono(expression: string, published: string | undefined, past: boolean): FoundDate[] {
  const ref = referenceOf(published);
  const results = chrono.parse(expression, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  const resolved: FoundDate[] = [];
  for (const r of results) {
    const known = (component: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(component);
    if (!ref && !known('year')) continue;
    let date = r.start.date();
    if (past && ref && known('weekday') && !known('day') && date.getTime() > ref.getTime() + DAY_MS / 2) {
      date = new Date(date.getTime() - 7 * DAY_MS);
    }
    const precision: DatePrecision = known('day') || known('weekday') ? 'day' : known('month') ? 'month' : 'year';
    // chrono dates are in its reference zone; read the calendar day in UTC at noon
    const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), precision === 'day' ? date.getDate() : 1, 12));
    const written = r.text.replace(/[\s,.;:]+$/u, '');
    resolved.push({ date: iso(day), precision, offset: r.index, length: written.length });
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
  const key = `${published ?? ''}|${past ? 1 : 0}|${expression}`;
  let resolved = cache.get(key);
  if (!resolved) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    resolved = parseWithChrono(expression, published, past);
    cache.set(key, resolved);
  }
  // explicit fields, not a rest/spread copy: this runs for every date expression of every sentence
  const out: ResolvedDate[] = [];
  for (const r of resolved) out.push({ date: r.date, precision: r.precision, start: start + r.offset, end: start + r.offset + r.length });
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

/**
 * The date a day move happened on: the first weekday, "today"/"yesterday" or month-and-day
 * expression between tokens `from` and `to`, resolved against `published`.
 *
 * @example
 * // "Samsung shares ended up 1.95% on Tuesday", published 2019-08-20 → '2019-08-20'
 */
export function moveDate(text: string, tokens: Token[], from: number, to: number, published?: string): string | undefined {
  for (let k = from; k < to; k += 1) {
    const word = tokens[k].lower;
    if (!isDayWord(word) && !(monthOf(word) !== undefined && tokens[k + 1]?.type === 'number') && !(monthOf(word) !== undefined && tokens[k + 2]?.type === 'number' && tokens[k + 1].text === '.')) continue;
    if (tokens[k - 1]?.lower === 'since' || tokens[k - 2]?.lower === 'since') return undefined;
    const span = dateExpressionSpan(tokens, k);
    const found = resolveDates(text, tokens[span.from].start, tokens[span.to - 1].end, published).find((d) => d.precision === 'day');
    if (found) return found.date;
  }
  return undefined;
}
