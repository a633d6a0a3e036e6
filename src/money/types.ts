/** Types of the money functions. Amounts are in currency units (1 trillion won = 1e12 KRW). */

/**
 * An exchange rate: `rate` units of `quote` buy one unit of `base`
 * (base USD, quote KRW, rate 1206.93 = "1,206.93 KRW per USD").
 */
export interface ExchangeRate {
  /** Units of the quote currency per one unit of the base currency (> 0). */
  rate: number;
  /** ISO 4217 code of the currency one unit of which is priced. */
  base: string;
  /** ISO 4217 code of the currency the price is stated in. */
  quote: string;
}

/** One row of the ISO 4217 table in `data/iso4217.json`. */
export interface CurrencyInfo {
  /** Alphabetic code, e.g. "KRW". */
  code: string;
  /** English name, e.g. "Won". */
  name: string;
  /** Decimal places of the minor unit (KRW 0, USD 2, BHD 3); null where ISO says "N.A." (gold XAU, SDR XDR). */
  minorUnits: number | null;
  /** ISO numeric code as three digits, e.g. "410". */
  numeric: string;
}

/**
 * How {@link spreadEvenly} divides a total over a period:
 * - `calendar_years`: equal parts for each calendar year the period touches
 *   (2019-08-20 → 2028-12-31: 10 parts, 2019 … 2028 inclusive);
 * - `pro_rata_days`: parts proportional to the days of the period in each year
 *   (2019 gets 134 of 3,422 days).
 */
export type SpreadConvention = 'calendar_years' | 'pro_rata_days';

/** Options of {@link spreadEvenly}. */
export interface SpreadOptions {
  /** First day of the period, ISO `YYYY-MM-DD` (inclusive). */
  from: string;
  /** Last day of the period, ISO `YYYY-MM-DD` (inclusive). */
  to: string;
  /** [convention='calendar_years'] How the total is divided. */
  convention?: SpreadConvention;
}

/** One year's part of a spread total. */
export interface SpreadShare {
  year: number;
  /** First day counted in this year, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day counted in this year (inclusive), ISO `YYYY-MM-DD`. */
  end: string;
  /** Fraction 0..1 of the total falling in this year. */
  share: number;
  /** The year's amount, rounded to the currency's minor units; the years sum exactly to the total. */
  amount: { value: number; currency: string };
}

/** Options of {@link parseMoney}. */
export interface ParseMoneyOptions {
  /** [currency] Currency to assume when the text names none (e.g. "1.5 million"); otherwise a bare number is an error. */
  defaultCurrency?: string;
  /**
   * [words] Extra currency words → ISO code, checked before the built-in ones: for words whose
   * currency depends on context ("crowns", "francs", "pesos"), e.g. `{ crowns: 'SEK' }`.
   */
  words?: Record<string, string>;
}

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** [locale='en-US'] A BCP 47 locale, e.g. "ko-KR". */
  locale?: string;
  /** [display='symbol'] How the currency is shown: "$", "USD" or "US dollars". */
  display?: 'symbol' | 'code' | 'name';
  /** [notation='standard'] "compact" prints "$828.55M"-style figures (still no float drift). */
  notation?: 'standard' | 'compact';
}
