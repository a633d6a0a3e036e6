/**
 * Dated events of an article: each weekday, "today"/"yesterday", month or year expression that
 * chrono-node resolves against the publication date, with the sentence it occurs in as the event.
 * "early/mid/late July" give the part of the month (days 1-10, 11-20, 21-end).
 */
import type { DateFact, DatePrecision } from '../article/types';
import { type Sentence, writtenText } from './tokenize';
import { isYearText } from './numbers';
import { isDayWord, monthOf } from './period';
import { dateExpressionSpan, resolveDates } from './dates';
import { hasClass, wordClass } from './lexicon';

const MAX_EVENT_CHARS = 200;
/** Words that can start a date expression; other words are skipped with one look-up. */
const CUE_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday today yesterday month week year january february march april may june ' +
    'july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);
const CUE_WORD = wordClass(() => CUE_WORDS);
const PARTS = new Map<string, [number, number]>([['early', [1, 10]], ['mid', [11, 20]], ['late', [21, 31]]]);

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date facts of one sentence.
 *
 * @param published - publication date `YYYY-MM-DD`; without it only expressions with a year resolve.
 * @example
 * // "Kang met Kono in Beijing on Wednesday." published 2019-08-20 → [{ date: '2019-08-21', precision: 'day', … }]
 */
export function findDates(text: string, sentence: Sentence, published?: string): Omit<DateFact, 'id'>[] {
  const { tokens } = sentence;
  const facts: Omit<DateFact, 'id'>[] = [];
  let covered = -1;
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k].lower;
    if (tokens[k].type === 'symbol' || (tokens[k].type === 'word' && !hasClass(tokens[k], CUE_WORD))) continue;
    // a number is a cue only as a four-digit year ("in 2024"): most numbers are skipped before the look-ups below
    if (tokens[k].type === 'number' && word.length !== 4) continue;
    const month = monthOf(word);
    const cue = isDayWord(word) || (['month', 'week', 'year'].includes(word) && ['last', 'this', 'next'].includes(tokens[k - 1]?.lower ?? '')) || (month !== undefined && /^\p{Lu}/u.test(tokens[k].text)) || (isYearText(word) && ['in', 'by', 'since', 'until', 'through'].includes(tokens[k - 1]?.lower ?? ''));
    if (!cue || tokens[k].start < covered) continue;
    const span = dateExpressionSpan(tokens, k);
    for (const found of resolveDates(text, tokens[span.from].start, tokens[span.to - 1].end, published, false)) {
      if (found.start < covered) continue;
      covered = found.end;
      let precision: DatePrecision = found.precision;
      let date = found.date;
      let endDate: string | undefined;
      const year = Number(date.slice(0, 4));
      const m = Number(date.slice(5, 7));
      const part = PARTS.get(tokens[k - 1]?.lower ?? '');
      if (precision === 'month') {
        if (part) {
          precision = 'part_of_month';
          date = `${date.slice(0, 8)}${String(part[0]).padStart(2, '0')}`;
          endDate = `${date.slice(0, 8)}${String(Math.min(part[1], lastDayOfMonth(year, m))).padStart(2, '0')}`;
        } else endDate = `${date.slice(0, 8)}${String(lastDayOfMonth(year, m)).padStart(2, '0')}`;
      } else if (precision === 'year') {
        date = `${year}-01-01`;
        endDate = `${year}-12-31`;
      }
      const start = part && precision === 'part_of_month' ? tokens[k - 1].start : found.start;
      // keys in this order, endDate only when set (assigned, not spread: this runs for every date expression)
      const fact = { kind: 'date', date } as Omit<DateFact, 'id'>;
      if (endDate) fact.endDate = endDate;
      fact.precision = precision;
      // the sentence as one line: a hard-wrapped paragraph's line breaks read as spaces
      fact.event = writtenText(text, sentence.start, Math.min(sentence.end, sentence.start + MAX_EVENT_CHARS));
      fact.quote = { text: text.slice(start, found.end), start, end: found.end };
      facts.push(fact);
    }
  }
  return facts;
}
