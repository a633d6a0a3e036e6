import { expectArray } from '../errors';
import type { DataFrame } from './danfo';
import type { DateFact, Entity, Fact, MoneyAmount, PriceMove, Quote } from '../article/types';
import { formatMoney } from '../money/format';
import { tableToFrame, type Cell, type ColumnSpec, type Table } from './table';

/** The quote columns every fact frame ends with: the quoted text and its offsets into the article. */
export const QUOTE_COLUMNS: ColumnSpec[] = [
  { name: 'quote', dtype: 'string' },
  { name: 'quote_start', dtype: 'int32' },
  { name: 'quote_end', dtype: 'int32' },
];

/**
 * The cells of {@link QUOTE_COLUMNS} for one quote.
 *
 * @example
 * quoteCells({ text: 'up 1.95%', start: 10, end: 18 }); // => ['up 1.95%', 10, 18]
 */
export const quoteCells = (quote: Quote): Cell[] => [quote.text, quote.start, quote.end];
const opt = <T extends Cell>(value: T | undefined): Cell => (value === undefined ? null : value);

/** Facts of one kind out of a mixed list (frames accept either). */
const ofKind = <K extends Fact['kind']>(facts: readonly Fact[], kind: K) => facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

/**
 * The price moves as a table: id, subject, name, subject_kind, ticker, change_pct (percent),
 * period, date (ISO), approximate (`about`, `more_than`, `less_than` for "about 2%", "more than 10%", "nearly 5%";
 * empty when the figure is exact), quote, quote_start, quote_end.
 *
 * @param facts - facts of an article (other kinds are ignored) or price moves.
 * @example
 * movesTable(seedArticle().facts).rows[0].slice(0, 6); // => ['move-samsung', 'Samsung Electronics', 'Samsung Electronics', 'stock', '005930.KS', 1.95]
 */
export function movesTable(facts: readonly Fact[]): Table {
  expectArray(facts, 'facts', 'movesTable');
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'subject', dtype: 'string' }, { name: 'name', dtype: 'string' },
      { name: 'subject_kind', dtype: 'string' }, { name: 'ticker', dtype: 'string' }, { name: 'change_pct', dtype: 'float32' },
      { name: 'period', dtype: 'string' }, { name: 'date', dtype: 'string' }, { name: 'approximate', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: ofKind(facts, 'price_move').map((m: PriceMove) => [
      m.id, m.subject, m.name ?? m.subject, m.subjectKind, opt(m.ticker), m.changePct, m.period, opt(m.date), opt(m.approximate), ...quoteCells(m.quote),
    ]),
  };
}

/**
 * The money amounts as a table: id, label, value (currency units), currency, formatted (en-US, the
 * currency's minor units), timeframe_start, timeframe_end (ISO), quote, quote_start, quote_end.
 *
 * @param facts - facts of an article or money amounts.
 * @example
 * amountsTable(seedArticle().facts).rows[1].slice(2, 5); // => [828550000, 'USD', '$828,550,000.00']
 */
export function amountsTable(facts: readonly Fact[]): Table {
  expectArray(facts, 'facts', 'amountsTable');
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'label', dtype: 'string' }, { name: 'value', dtype: 'float32' },
      { name: 'currency', dtype: 'string' }, { name: 'formatted', dtype: 'string' },
      { name: 'timeframe_start', dtype: 'string' }, { name: 'timeframe_end', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: ofKind(facts, 'money_amount').map((a: MoneyAmount) => [
      a.id, opt(a.label), a.value, a.currency, formatMoney(a), opt(a.timeframe?.start), opt(a.timeframe?.end), ...quoteCells(a.quote),
    ]),
  };
}

/**
 * The dated events as a table: id, date, end_date (ISO), precision, event, quote, quote_start, quote_end.
 *
 * @param facts - facts of an article or date facts.
 * @example
 * datesTable(seedArticle().facts).rows.find((r) => r[0] === 'date-kono-kang-meeting')?.[1]; // => '2019-08-21'
 */
export function datesTable(facts: readonly Fact[]): Table {
  expectArray(facts, 'facts', 'datesTable');
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'date', dtype: 'string' }, { name: 'end_date', dtype: 'string' },
      { name: 'precision', dtype: 'string' }, { name: 'event', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: ofKind(facts, 'date').map((d: DateFact) => [d.id, d.date, d.endDate ?? d.date, d.precision, d.event, ...quoteCells(d.quote)]),
  };
}

/**
 * The named entities as a table: id, name, entity_type, ticker, exchange, quote, quote_start, quote_end.
 *
 * @param facts - facts of an article or entities.
 * @example
 * entitiesTable(seedArticle().facts).rows[0].slice(0, 4); // => ['entity-samsung', 'Samsung Electronics', 'company', '005930.KS']
 */
export function entitiesTable(facts: readonly Fact[]): Table {
  expectArray(facts, 'facts', 'entitiesTable');
  return {
    columns: [
      { name: 'id', dtype: 'string' }, { name: 'name', dtype: 'string' }, { name: 'entity_type', dtype: 'string' },
      { name: 'ticker', dtype: 'string' }, { name: 'exchange', dtype: 'string' }, ...QUOTE_COLUMNS,
    ],
    rows: ofKind(facts, 'entity').map((e: Entity) => [e.id, e.name, e.entityType, opt(e.ticker), opt(e.exchange), ...quoteCells(e.quote)]),
  };
}

/**
 * The price moves as a danfojs-node DataFrame (columns of {@link movesTable}).
 *
 * @param facts - facts of an article (other kinds are ignored) or price moves.
 * @example
 * movesFrame(seedArticle().facts)['change_pct'].values; // => [1.95, 1.05]
 */
export function movesFrame(facts: readonly Fact[]): DataFrame {
  return tableToFrame(movesTable(facts));
}

/**
 * The money amounts as a DataFrame (columns of {@link amountsTable}).
 *
 * @example
 * amountsFrame(seedArticle().facts)['value'].values; // => [1000000000000, 828550000]
 */
export function amountsFrame(facts: readonly Fact[]): DataFrame {
  return tableToFrame(amountsTable(facts));
}

/**
 * The dated events as a DataFrame (columns of {@link datesTable}; dates stay ISO strings: danfojs has no date dtype).
 *
 * @example
 * datesFrame(seedArticle().facts).dtypes[1]; // => 'string'
 */
export function datesFrame(facts: readonly Fact[]): DataFrame {
  return tableToFrame(datesTable(facts));
}

/**
 * The named entities as a DataFrame (columns of {@link entitiesTable}).
 *
 * @example
 * entitiesFrame(seedArticle().facts)['ticker'].values[0]; // => '005930.KS'
 */
export function entitiesFrame(facts: readonly Fact[]): DataFrame {
  return tableToFrame(entitiesTable(facts));
}
