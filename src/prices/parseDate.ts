import { InputError } from '../errors';

const MONTHS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

/** Order of day and month in slash dates like 08/20/2019: decided once per column. */
export type SlashOrder = 'month-first' | 'day-first';

/**
 * Parses the date formats found in price files into ISO 'YYYY-MM-DD':
 * 2019-08-20 (with or without a time), 2019/08/20, 2019.08.20, 20190820,
 * "Aug 20, 2019", "20 Aug 2019", "2019년 08월 20일", 20.08.2019 (day first) and
 * 08/20/2019 (month first unless `slashOrder` says day-first).
 * Returns undefined when the text is not a valid calendar date.
 *
 * @param cell text of the date cell
 * @param slashOrder how to read dd/dd/yyyy [slashOrder='month-first']
 * @returns ISO date or undefined
 * @example
 * parsePriceDate('Aug 20, 2019'); // => '2019-08-20'
 */
export function parsePriceDate(cell: string, slashOrder: SlashOrder = 'month-first'): string | undefined {
  // Fast path for the usual cell, exactly YYYY-MM-DD: the same result as the first pattern below, without its regular expressions.
  if (cell.length === 10 && isIsoShape(cell, 0)) return isoDateAt(cell, 0);
  const text = cell.trim().replace(/^"|"$/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/.exec(text);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) return isoDate(+m[3], monthNumber(m[1]), +m[2]);
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4})$/.exec(text);
  if (m) return isoDate(+m[3], monthNumber(m[2]), +m[1]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return isoDate(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(text);
  if (m) return slashOrder === 'month-first' ? isoDate(+m[3], +m[1], +m[2]) : isoDate(+m[3], +m[2], +m[1]);
  return undefined;
}

/**
 * The order of day and month in a column's dd/dd/yyyy dates, decided from its unambiguous rows:
 * 'day-first' when some first part is above 12 (20/08/2019), 'month-first' when some second part
 * is (08/20/2019). `undefined` when the column has no slash dates or only ones that read the same
 * either way (05/05/2019).
 *
 * @param cells the date cells of one column
 * @param where file name for messages
 * @throws {InputError} when slash dates are ambiguous and no row decides (01/02/2019 could be
 *   1 February or January 2), or when rows contradict each other (20/08/2019 and 08/20/2019)
 * @example
 * detectSlashOrder(['01/02/2019', '13/02/2019']); // => 'day-first'
 */
export function detectSlashOrder(cells: string[], where: { file?: string } = {}): SlashOrder | undefined {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let ambiguous: string | undefined;
  for (const cell of cells) {
    if (!cell.includes('/')) continue; // cannot match (most columns hold no slash date)
    const m = /^"?(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(cell.trim());
    if (!m) continue;
    if (+m[1] > 12) dayFirst ??= cell.trim();
    else if (+m[2] > 12) monthFirst ??= cell.trim();
    else if (m[1] !== m[2]) ambiguous ??= cell.trim();
  }
  if (dayFirst && monthFirst) {
    throw new InputError(`dates "${dayFirst}" (day first) and "${monthFirst}" (month first) contradict each other in one column`, { file: where.file, value: dayFirst });
  }
  if (dayFirst) return 'day-first';
  if (monthFirst) return 'month-first';
  if (ambiguous) {
    throw new InputError(
      `date "${ambiguous}" can be read as day/month or month/day and no row decides (no day above 12); write ISO dates (YYYY-MM-DD)`,
      { file: where.file, value: ambiguous },
    );
  }
  return undefined;
}

/**
 * The ten characters `text[from..from + 10)` when they are exactly a valid `YYYY-MM-DD` calendar
 * date (Gregorian leap years), else undefined: what {@link parsePriceDate} gives for such a cell,
 * read in place (a price file's fast reader calls it on the whole file's text).
 *
 * @param text any text
 * @param from where the date would start
 * @returns the date text, or undefined
 * @example
 * isoDateAt('2019-02-29,1', 0); // => undefined (2019 is no leap year)
 */
export function isoDateAt(text: string, from: number): string | undefined {
  if (from + 10 > text.length || !isIsoShape(text, from)) return undefined;
  if (!isCalendarDate(digits(text, from, from + 4), digits(text, from + 5, from + 7), digits(text, from + 8, from + 10))) return undefined;
  return from === 0 && text.length === 10 ? text : text.slice(from, from + 10);
}

/** Whether text[from..from + 10) is digits in the shape 2019-08-20. */
function isIsoShape(text: string, from: number): boolean {
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(from + k);
    if (k === 4 || k === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** The decimal number written by the ASCII digits text[from..to). */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) value = value * 10 + text.charCodeAt(k) - 48;
  return value;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? NaN;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a calendar date (years 1–9999, Gregorian leap years); no Date objects (hot in large files). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** 'YYYY-MM-DD' of a valid calendar date, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
