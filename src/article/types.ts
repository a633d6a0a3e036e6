/**
 * The facts of a news article, each traceable to its quote.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the article
 * text: `text.slice(quote.start, quote.end) === quote.text`.
 */

/** An exact span of the article. */
export interface Quote {
  /** The quoted text, verbatim. */
  text: string;
  /** Start offset (inclusive) into the article text. */
  start: number;
  /** End offset (exclusive) into the article text. */
  end: number;
}

/** What a price move is the move of. */
export type SubjectKind = 'stock' | 'index' | 'market' | 'commodity' | 'currency' | 'other';

/** The span a price move covers. */
export type MovePeriod = 'day' | 'week' | 'month' | 'year' | 'ytd' | 'other' | 'unknown';

/** How a move's subject was found: a name written in the clause, a ticker/RIC code alone (".SPX"), an anaphor resolved to an earlier subject ("its shares"), or an anaphor kept as written ("The company", nothing named before). */
export type MoveSubjectSource = 'name' | 'ticker' | 'anaphor' | 'as_written';

/**
 * How a move's figure was qualified: `about` ("about", "around", "roughly", "some", "~": the real move is near the
 * figure), `more_than` ("more than", "over": the real move is larger than the figure), `less_than` ("nearly",
 * "almost", "less than": smaller). `changePct` stays the stated figure, as the labelling rules have it.
 */
export type MoveApproximation = 'about' | 'more_than' | 'less_than';

/** A percentage change in the price or level of something traded. */
export interface PriceMove {
  kind: 'price_move';
  /** Stable id within the article, e.g. "move-samsung". */
  id: string;
  /** The subject as written ("Samsung Electronics", "the wider market"). */
  subject: string;
  subjectKind: SubjectKind;
  /** Ticker where known, e.g. "005930.KS"; benchmark index symbol, e.g. "^KS11". */
  ticker?: string;
  /** Canonical name of the subject when resolved, e.g. "KOSPI" for "the wider market". */
  name?: string;
  /** Signed change in percent: +1.95 means the price rose 1.95%. */
  changePct: number;
  /** The figure was stated as a bound or an approximation ("fell more than 10 percent" → `more_than`); absent when exact. */
  approximate?: MoveApproximation;
  period: MovePeriod;
  /** ISO date `YYYY-MM-DD` the move happened on, when it can be resolved. */
  date?: string;
  /** `dateline`: `date` was resolved against the date the text carries at its head, no publication date being given. */
  dateBasis?: 'dateline';
  /** A move within the session, not at its close ("as much as", "at one point", "intraday"); period stays `day`. */
  intraday?: boolean;
  /**
   * The move is worded without a figure ("was unchanged", "closed flat"): `changePct` 0 is read from the
   * word, not stated. The labelling rules count only stated percentages, so the evaluation record
   * (`facts --jsonl`) leaves such moves out; `check` verifies them as "flat" (|real| ≤ 0.1).
   */
  noFigure?: boolean;
  /** How the subject was found (extracted moves; see {@link MoveSubjectSource}). */
  subjectSource?: MoveSubjectSource;
  /** 0..1, how much the extraction can be trusted (extracted moves; see src/extract/confidence.ts). */
  confidence?: number;
  quote: Quote;
}

/** An ISO 4217 money amount in currency units (1 trillion won = 1e12 KRW). */
export interface Money {
  /** Amount in units of the currency (not millions). */
  value: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

/** A money amount stated in the article. */
export interface MoneyAmount extends Money {
  kind: 'money_amount';
  id: string;
  /** What the amount is ("Hyosung Advanced Materials carbon-fiber investment"). */
  label?: string;
  /** The period the amount is spent or earned over, when the article states one ("by 2028"). */
  timeframe?: DateSpan;
  quote: Quote;
}

/** An inclusive span of days, ISO `YYYY-MM-DD` both ends. */
export interface DateSpan {
  start: string;
  end: string;
}

/** Two amounts the article states as the same sum in two currencies. */
export interface Conversion {
  kind: 'conversion';
  id: string;
  /** The amount written first. */
  from: Money;
  /** The amount written second (usually bracketed). */
  to: Money;
  label?: string;
  /** The period the amount is spent or earned over, when the article states one ("by 2028"). */
  timeframe?: DateSpan;
  quote: Quote;
}

/** How precisely a date fact is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'part_of_month';

/** A dated event mentioned in the article. */
export interface DateFact {
  kind: 'date';
  id: string;
  /** ISO date of the (start of the) event: `YYYY-MM-DD`. For coarser precision, the first day of the span. */
  date: string;
  /** ISO date of the end of the span when the precision is coarser than a day. */
  endDate?: string;
  precision: DatePrecision;
  /** `dateline`: resolved against the date the text carries at its head, no publication date being given. */
  dateBasis?: 'dateline';
  /** What happens on that date. */
  event: string;
  quote: Quote;
}

/** What an entity is. */
export type EntityType = 'company' | 'index' | 'person' | 'organization' | 'place';

/** A named entity; companies and indices carry a ticker where known. */
export interface Entity {
  kind: 'entity';
  id: string;
  name: string;
  entityType: EntityType;
  ticker?: string;
  exchange?: string;
  quote: Quote;
}

/** Any fact. */
export type Fact = PriceMove | MoneyAmount | Conversion | DateFact | Entity;

/** The article a set of facts was taken from. */
export interface ArticleMeta {
  headline: string;
  source: string;
  dateline?: string;
  /** ISO date `YYYY-MM-DD`. */
  published: string;
}

/** An article's text with its metadata and facts. */
export interface ArticleFacts {
  meta: ArticleMeta;
  text: string;
  facts: Fact[];
}
