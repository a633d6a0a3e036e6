/** The date a story carries at its head (a wire header or dateline with its year): the reference for "on Monday" and "last week" when no publication date is given. */
import type { Quote } from '../article/types';

/** How far into a text its header or dateline may run (characters). */
const HEAD_CHARS = 400;
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** "Jul 22, 2008", "July 22 2008", "Aug. 20, 2019" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "22 July 2008" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** "2008-07-22" */
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

/** A story's own date read off its head. */
export interface Dateline {
  /** `YYYY-MM-DD`. */
  date: string;
  quote: Quote;
}

/**
 * The first full date (with its year) in the first 400 characters of a text — the wire header ("-- Tue Jul 22,
 * 2008 5:26pm EDT") or a dateline ("SEOUL, Aug. 20, 2019 (Yonhap) --") — else undefined. A dateline without a year
 * ("NEW YORK, July 22 (Reuters)") gives none: its year would be a guess.
 *
 * @example
 * datelineDate('-- Tue Jul 22, 2008 5:26pm EDT\nNEW YORK (Reuters) - Stocks rose …')?.date; // => '2008-07-22'
 */
export function datelineDate(text: string): Dateline | undefined {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const found: { at: number; length: number; y: number; m: number; d: number }[] = [];
  let match = MONTH_DAY_YEAR.exec(head);
  if (match) found.push({ at: match.index, length: match[0].length, y: Number(match[3]), m: monthIndex(match[1]), d: Number(match[2]) });
  match = DAY_MONTH_YEAR.exec(head);
  if (match) found.push({ at: match.index, length: match[0].length, y: Number(match[3]), m: monthIndex(match[2]), d: Number(match[1]) });
  match = ISO_DATE.exec(head);
  if (match) found.push({ at: match.index, length: match[0].length, y: Number(match[1]), m: Number(match[2]) - 1, d: Number(match[3]) });
  found.sort((a, b) => a.at - b.at);
  for (const f of found) {
    const day = new Date(Date.UTC(f.y, f.m, f.d));
    if (f.m < 0 || day.getUTCMonth() !== f.m || day.getUTCDate() !== f.d || !atHead(head, f.at, f.at + f.length)) continue;
    const date = `${f.y}-${String(f.m + 1).padStart(2, '0')}-${String(f.d).padStart(2, '0')}`;
    return { date, quote: { text: text.slice(f.at, f.at + f.length), start: f.at, end: f.at + f.length } };
  }
  return undefined;
}

/**
 * Whether a date at head[from, to) is the story's own, not one its first sentence mentions ("between March 31, 1987
 * and …"): on a short line of its own among the first five (a wire header "-- Tue Jul 22, 2008 5:26pm EDT"), right
 * before an agency in brackets ("Aug. 20, 2019 (Yonhap)"), or right after a capitalised place and a comma
 * ("SEOUL, Aug. 20, 2019").
 */
function atHead(head: string, from: number, to: number): boolean {
  const lineStart = head.lastIndexOf('\n', from - 1) + 1;
  const newline = head.indexOf('\n', to);
  const lineEnd = newline < 0 ? head.length : newline;
  const lineNumber = head.slice(0, lineStart).split('\n').length;
  if (lineNumber <= 5 && newline >= 0 && lineEnd - lineStart <= MAX_HEADER_LINE) return true;
  if (AGENCY_AFTER.test(head.slice(to, to + 40))) return true;
  return PLACE_BEFORE.test(head.slice(lineStart, from));
}
/** Longest header line holding the date ("-- Tue Jul 22, 2008 5:26pm EDT"). */
const MAX_HEADER_LINE = 100;
const AGENCY_AFTER = /^\s*\((?:Reuters|Yonhap|AP|AFP|Bloomberg|Dow Jones|Xinhua|Kyodo|SeeNews|IFR|UPI)\)/;
const PLACE_BEFORE = /^\s*[A-Z][A-Z .'-]+,\s*$/;

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}
