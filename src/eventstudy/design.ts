// Study-design checks: measured events that are not independent (a stock-day repeated, many stocks on one day 0), reported as warnings beside the tests.
import { rowsOfResults, type EventRows } from './rows';
import type { AggregateResult } from './types';
import type { StudyWriter } from './output/writers';

/** A warning about the design of a study: its events are not independent, so some tests overstate significance. */
export interface DesignWarning {
  /** 'repeated_events': the same stock and day 0 more than once; 'calendar_clustering': many events of different stocks share their day 0. */
  kind: 'repeated_events' | 'calendar_clustering';
  /** Measured events concerned: the repeats (beyond the first of each stock-day), or the events on a day 0 shared with another stock. */
  affectedEvents: number;
  /** Measured (status ok) events of the study. */
  nEvents: number;
  /** One line for people, naming the tests that stay valid. */
  message: string;
}

/**
 * Share of measured events on a day 0 shared with another stock from which calendar clustering is
 * reported: 10%. Below it the variance the independent tests leave out, r̄·m (m = events of other stocks
 * sharing an event's day 0, on average; r̄ their abnormal returns' correlation), is small next to the
 * sampling error of the tests themselves.
 */
export const CALENDAR_CLUSTERING_SHARE = 0.1;

/**
 * Fewest measured events on shared days 0 from which calendar clustering is reported: 5, whatever the
 * share. In a small study the 10% share is a single pair: 2 of 20 events, one day holding two stocks,
 * gives m = 2/20 = 0.1, so the variance the independent tests leave out is at most 10% (r̄ = 1) and a
 * few percent for the cross-correlations of abnormal returns seen in practice — far inside the sampling
 * error of the tests' own variance estimate, √(2/(N − 1)) = 32% at N = 20. Five events are at least
 * two shared days, or three stocks on one.
 */
export const CALENDAR_CLUSTERING_MIN_EVENTS = 5;

/** Tests whose variance assumes independent events (named in the warnings, as in the output). */
const INDEPENDENT = 'cross_sectional_t, skewness_corrected_t, brown_warner_1980, patell, bmp, sign, generalized_sign, wilcoxon';
/** Tests that allow for correlated events. */
const ROBUST = 'kolari_pynnonen and adjusted_patell (Kolari & Pynnönen 2010: r̄ correction) and brown_warner (Brown & Warner 1985: variance from the AAR time series, the crude dependence adjustment)';

/**
 * Measured events by day 0 and stock (day 0 → stock → events): all the design warnings are computed
 * from, so a partial carries it and a merge adds the counts up (`StudyPartial.stockDays`).
 */
export type StockDayCounts = Map<string, Map<string, number>>;

/** Per day 0: events, distinct stocks, Σ over stocks of (events of that stock)², and the events per stock. */
interface DayCount {
  events: number;
  stocks: number;
  sumSquares: number;
  /** The day's first stock and its events: most days hold one stock, counted without a map. */
  first: string;
  firstEvents: number;
  /** Events of the other stocks of the day, when there are any. */
  others?: Map<string, number>;
}

/**
 * Counts the measured events by stock-day and by day 0, in O(N) time and O(distinct stock-days)
 * memory (a hash of the days 0, each counting its stocks), and says when they are not independent:
 * - **repeated events**: the same stock and day 0 more than once — the same abnormal return counted
 *   again (e.g. 100,000 events of one stock on 996 dates: a cross-sectional t of −5.6 that means nothing);
 * - **calendar clustering**: at least {@link CALENDAR_CLUSTERING_SHARE} of the events, and at least
 *   {@link CALENDAR_CLUSTERING_MIN_EVENTS}, share their day 0 with events of other stocks. Their abnormal returns are cross-correlated, and the tests that take
 *   the events as independent understate the variance of the mean by the factor 1 + r̄·m (Brown &
 *   Warner 1985 §5; Kolari & Pynnönen 2010, "Event study testing with cross-sectional correlation of
 *   abnormal returns", Review of Financial Studies 23(11), 3996–4025, for m + 1 = N, all on one day).
 * Event windows that overlap on different days 0 are not counted (a lower bound on the clustering).
 * The clustering warning names the tests that allow for cross-correlated events: kolari_pynnonen and
 * adjusted_patell (KP's r̄ correction) and brown_warner (Brown & Warner's crude dependence adjustment).
 * No test corrects for a repeated stock-day: on 100,000 events of AAPL on 973 days (vs the S&P 500,
 * market model, [-1, +1]) cross_sectional_t gave −10.0, kolari_pynnonen −3.97 and brown_warner −3.61,
 * where the 973 distinct stock-days hold about 1/103 of the information the t statistics assume.
 *
 * @example
 * const tally = new StudyDesignTally();
 * for (let k = 0; k < 3; k++) tally.add('AAPL', '2014-04-24');
 * tally.warnings()[0].affectedEvents; // => 2 (two repeats of one stock-day)
 */
export class StudyDesignTally {
  private distinctStockDays = 0;
  private readonly days = new Map<string, DayCount>();
  private n = 0;

  /**
   * Counts measured events of one stock-day: one, or a partial's count of them.
   *
   * @param stock its stock (ticker or name)
   * @param day0 its day 0 (ISO date of the trading day the event is measured on)
   * @param events how many (a positive integer)
   */
  add(stock: string, day0: string, events = 1): void {
    this.n += events;
    // One hash look-up per event (the day); its stocks are counted beside it.
    let day = this.days.get(day0);
    if (!day) this.days.set(day0, (day = { events: 0, stocks: 0, sumSquares: 0, first: stock, firstEvents: 0 }));
    let before: number;
    if (stock === day.first) {
      before = day.firstEvents;
      day.firstEvents += events;
    } else {
      day.others ??= new Map();
      before = day.others.get(stock) ?? 0;
      day.others.set(stock, before + events);
    }
    day.events += events;
    day.sumSquares += events * (2 * before + events); // (c + k)² − c²
    if (before === 0) {
      day.stocks++;
      this.distinctStockDays++;
    }
  }

  /**
   * Adds counts of other events (another shard's): the tally then warns as for all the events together.
   *
   * @param counts day 0 → stock → measured events
   */
  addCounts(counts: StockDayCounts): void {
    for (const [day0, stocks] of counts) for (const [stock, events] of stocks) this.add(stock, day0, events);
  }

  /** The events counted so far by day 0 (in the order first seen) and stock. */
  counts(): StockDayCounts {
    const out: StockDayCounts = new Map();
    for (const [day0, day] of this.days) out.set(day0, new Map([[day.first, day.firstEvents], ...(day.others ?? [])]));
    return out;
  }

  /** The stock-day with the most events: the earliest day, then the first stock by name, of equals (the same in any order of the events). */
  private busiestStockDay(): { stock: string; day0: string; events: number } {
    let top = { stock: '', day0: '', events: 0 };
    const consider = (stock: string, day0: string, events: number) => {
      if (events > top.events || (events === top.events && (day0 < top.day0 || (day0 === top.day0 && stock < top.stock)))) top = { stock, day0, events };
    };
    for (const [day0, day] of this.days) {
      if (day.events === day.stocks) continue; // no stock twice on this day
      consider(day.first, day0, day.firstEvents);
      for (const [stock, events] of day.others ?? []) consider(stock, day0, events);
    }
    return top;
  }

  /**
   * Counts the measured (status ok) events of `rows` from `from` to `to − 1`.
   *
   * @param rows a batch's events
   */
  addRows(rows: EventRows, from = 0, to = rows.count): void {
    for (let i = from; i < to; i++) {
      if (rows.status(i) !== 'ok') continue;
      const day0 = rows.day0Date(i);
      if (day0 !== undefined) this.add(rows.stock(i), day0);
    }
  }

  /** The warnings the events counted so far call for (none for independent events). */
  warnings(): DesignWarning[] {
    const n = this.n;
    const out: DesignWarning[] = [];
    const repeated = n - this.distinctStockDays;
    if (repeated > 0) {
      const top = this.busiestStockDay();
      const { stock, day0 } = top;
      out.push({
        kind: 'repeated_events',
        affectedEvents: repeated,
        nEvents: n,
        message:
          `${count(repeated)} of ${count(n)} measured events repeat the stock and day 0 of another (${count(this.distinctStockDays)} distinct stock-days; ${stock} on ${day0} ${count(top.events)} times): ` +
          `a repeat is the same abnormal return counted again, so the tests overstate significance, and none corrects for it (kolari_pynnonen's r̄ and brown_warner's AAR series come from the estimation windows); ` +
          'keep one event per stock and day 0',
      });
    }
    let clustered = 0;
    let sharedDays = 0;
    let otherStockPairs = 0;
    let busiest: [string, DayCount] | undefined;
    for (const entry of this.days) {
      const day = entry[1];
      if (day.stocks < 2) continue;
      clustered += day.events;
      sharedDays++;
      otherStockPairs += day.events * day.events - day.sumSquares;
      // The busiest day, the earliest of equals: the same whatever order the events came in (shards merge in any).
      if (!busiest || day.events > busiest[1].events || (day.events === busiest[1].events && entry[0] < busiest[0])) busiest = entry;
    }
    if (busiest && clustered >= CALENDAR_CLUSTERING_MIN_EVENTS && clustered >= CALENDAR_CLUSTERING_SHARE * n) {
      const [date, day] = busiest;
      out.push({
        kind: 'calendar_clustering',
        affectedEvents: clustered,
        nEvents: n,
        message:
          `${count(clustered)} of ${count(n)} measured events (${Math.round((100 * clustered) / n)}%) share their day 0 with events of other stocks ` +
          `(${count(sharedDays)} such day${sharedDays === 1 ? '' : 's'}, the most on ${date}: ${count(day.events)} events of ${count(day.stocks)} stocks; on average an event shares its day 0 with ${(otherStockPairs / n).toFixed(1)} events of other stocks): ` +
          `their abnormal returns are cross-correlated, so the tests that assume independent events (${INDEPENDENT}) overstate significance; ${ROBUST} allow for it`,
      });
    }
    return out;
  }
}

/** An integer with thousands separators ("99,004"), without Intl: its first use costs ~0.1 s of start-up. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Sets `aggregate.warnings` from the measured events of `rows` (left unset when there is nothing to say).
 *
 * @param aggregate the study's aggregate
 * @param rows its events
 * @returns the aggregate
 */
export function withDesignWarnings(aggregate: AggregateResult, rows: EventRows | undefined): AggregateResult {
  if (!rows) return aggregate;
  const tally = new StudyDesignTally();
  tally.addRows(rows);
  const warnings = tally.warnings();
  if (warnings.length > 0) aggregate.warnings = warnings;
  return aggregate;
}

/**
 * A writer that counts the events streaming past (before the other writers of a `teeWriter`) and, at the
 * end, sets `aggregate.warnings` for the writers after it and hands each warning to `warn` once.
 *
 * @param warn receives each warning's message (the CLI: one stderr line; nothing with --quiet)
 * @returns the writer
 */
export function designWriter(warn?: (message: string) => void): StudyWriter {
  const tally = new StudyDesignTally();
  return {
    begin() {},
    events: (events) => tally.addRows(rowsOfResults(events)),
    rows: (rows, from, to) => tally.addRows(rows, from, to),
    end(aggregate) {
      const warnings = tally.warnings();
      if (warnings.length === 0) return;
      aggregate.warnings = warnings;
      for (const w of warnings) warn?.(w.message);
    },
    abort() {},
  };
}

/**
 * The warnings as JSON (snake_case), for the aggregate's `warnings`.
 *
 * @param warnings `aggregate.warnings`
 * @returns [{kind, affected_events, n_events, message}]
 */
export function designWarningsJson(warnings: DesignWarning[]) {
  return warnings.map((w) => ({ kind: w.kind, affected_events: w.affectedEvents, n_events: w.nEvents, message: w.message }));
}

/**
 * Stock-day counts as JSON, for a partial's `stock_days`: { day0: { stock: events } }, days in date order.
 *
 * @example
 * stockDaysJson(new Map([['2019-08-20', new Map([['AAPL', 2]])]])); // => { '2019-08-20': { AAPL: 2 } }
 */
export function stockDaysJson(counts: StockDayCounts): Record<string, Record<string, number>> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day0, stocks]) => [day0, Object.fromEntries(stocks)]));
}

/**
 * Reads `stock_days` of a partial: { day0: { stock: events } }, every count a positive integer, adding up to `events_ok`.
 *
 * @param value the parsed JSON value
 * @param eventsOk the partial's `events_ok`
 * @returns the counts, or a description of what is wrong (for the partial's "damaged" message)
 */
export function stockDaysFromJson(value: unknown, eventsOk: number): StockDayCounts | string {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value)) return 'stock_days is not an object';
  const counts: StockDayCounts = new Map();
  let total = 0;
  for (const [day0, stocks] of Object.entries(value)) {
    if (!isObject(stocks)) return `stock_days["${day0}"] is not an object`;
    const day = new Map<string, number>();
    for (const [stock, events] of Object.entries(stocks)) {
      if (!(typeof events === 'number' && Number.isInteger(events) && events > 0)) return `stock_days["${day0}"]["${stock}"] is ${JSON.stringify(events)}, not a count`;
      day.set(stock, events);
      total += events;
    }
    counts.set(day0, day);
  }
  if (total !== eventsOk) return `stock_days count ${total} events, events_ok ${eventsOk}`;
  return counts;
}
