/** Checks each stated move of an analysed article against real prices. */
import type { ArticleAnalysis, RelativeMove } from '../analysis/types';
import { benchmarkOf, lookupTicker, lookupTickerSymbol } from '../extract/entities';
import { eventStudy } from '../eventstudy/eventStudy';
import type { EventStudyOptions } from '../eventstudy/types';
import type { MovePeriod } from '../article/types';
import { claimHolds, claimInterval, statedPrecision, type ClaimInterval, type StatedPrecision } from './precision';
import type { PriceLibrary, ResolvedSeries } from './priceLibrary';
import { CHECKABLE_PERIODS, previousTradingDay, realChange, type RealChange } from './realChange';
import type { ArticleCheck, CheckableMove, CheckCounts, DateSource, MoveCheck, RelativeCheck } from './types';

/** Options of {@link checkArticle}. */
export interface CheckOptions {
  /** Publication date `YYYY-MM-DD`: the date of a move that states none. */
  published?: string;
  /** [0] Moves whose extraction confidence is below this are left out and counted. */
  minConfidence?: number;
  /** [true] Add the market-model abnormal return of the day to each stock's day move. */
  abnormal?: boolean;
  /** Event-study options of the abnormal return (estimation window, model…). */
  eventStudy?: EventStudyOptions;
  /** The article text: lets a contradiction be weighed against its whole sentence (period cues). */
  text?: string;
}

/** Wording that marks a figure as an intraday level rather than a close-to-close change. */
const INTRADAY = /\b(?:as much as|as high as|as low as|at one point|intraday|intra-day|earlier in the session|in early trade|in early trading|in morning trade|at midday|at the open|in afternoon trade|in late trade)\b/i;

/**
 * Wording in a move's sentence that points to a span longer than the session ("has rallied",
 * "since March", "from its low", "for the week", "in 2008"). A figure that disagrees with the
 * session's change in such a sentence is more likely a period misread than a wrong figure.
 */
const OTHER_PERIOD_CUE = /\b(?:(?:has|have|had)\s+(?:\w+\s+){0,2}(?:risen|rallied|gained|climbed|jumped|surged|soared|fallen|dropped|declined|lost|slid|tumbled|plunged|sunk|sank|added|shed|advanced|rebounded|recovered|increased|decreased|doubled|halved|slumped|rocketed|skidded|retreated)|since|so far|year[- ]to[- ]date|(?:this|for the|on the|in the|last|past|previous) (?:week|month|quarter|year|session|sessions|days|weeks|months)|over the (?:past|last)|in the (?:past|last)|from (?:its|the|a|an|their)\b[^.;]{0,40}?\b(?:low|lows|high|highs|peak|trough|bottom|level)|in (?:19|20)\d\d)\b/i;

/** The sentence around a quote, looking at most 400 characters either way (linear in the article). */
function sentenceOf(text: string | undefined, quote: { text: string; start: number; end: number }): string {
  if (text === undefined || text.slice(quote.start, quote.end) !== quote.text) return quote.text;
  const before = text.slice(Math.max(0, quote.start - 400), quote.start);
  const after = text.slice(quote.end, quote.end + 400);
  const starts = [...before.matchAll(/[.!?]["”’)\]]*\s+|\n/g)];
  const head = starts.length ? before.slice((starts[starts.length - 1].index ?? 0) + starts[starts.length - 1][0].length) : before;
  const stop = /[.!?]["”’)\]]*(?:\s|$)|\n/.exec(after);
  return `${head}${quote.text}${stop ? after.slice(0, stop.index + 1) : after}`;
}

/**
 * Checks an article's stated price moves against price files: for each move, the series its
 * subject refers to (see {@link PriceLibrary}), the date (stated, else the publication date), the
 * real change over the stated period, and a verdict — `confirmed` when the real change is within
 * the stated precision (see `precision.ts`), `contradicted` with the real figure and the
 * difference, or `not_checkable` with the reason (intraday figure, no series, date outside the
 * data or not a trading day, a period closes cannot measure). Stock-vs-benchmark pairs are checked
 * on their excess return.
 *
 * A contradiction is reported only when no other reading explains the figure: when the date was
 * taken from the publication date, a figure stated with two or more decimals that agrees with the
 * previous session is confirmed on that session (articles published the next morning), and one that
 * agrees with another period's change (the week's instead of the day's) is `not_checkable` with the
 * reason — a period misread from the text must not become a false contradiction.
 *
 * @param analysis the article's analysis (moves and relative moves), e.g. from `analyzeArticle`
 * @param library the price files
 * @param options publication date, confidence floor, abnormal-return options
 * @example
 * const check = checkArticle(analyzeArticle(seedText), PriceLibrary.from(['samsung.csv', 'kospi_KS11.csv']));
 * check.moves.map((m) => m.verdict); // => ['confirmed', 'confirmed']
 */
export function checkArticle(analysis: ArticleAnalysis, library: PriceLibrary, options: CheckOptions = {}): ArticleCheck {
  const published = options.published ?? analysis.meta.published;
  const counts: CheckCounts = { confirmed: 0, contradicted: 0, not_checkable: 0, below_confidence: 0 };
  const checks: MoveCheck[] = [];
  const seriesOf = new Map<string, ResolvedSeries>();
  for (const move of analysis.moves as CheckableMove[]) {
    if (options.minConfidence !== undefined && move.confidence !== undefined && move.confidence < options.minConfidence) {
      counts.below_confidence++;
      continue;
    }
    const { check, series } = checkMove(move, library, published, options.text);
    if (series) seriesOf.set(move.id, series);
    checks.push(check);
  }
  doubtContradictionsOfConfirmedSeries(checks);
  const relative = analysis.relativeMoves.flatMap((pair) => checkRelative(pair, checks));
  if (options.abnormal !== false) {
    for (const check of checks) addAbnormalReturn(check, seriesOf, analysis.relativeMoves, library, options.eventStudy);
  }
  for (const check of checks) counts[check.verdict]++;
  const { file, headline, source, factsOrigin } = analysis.meta;
  return { meta: { file, published, factsOrigin, headline, source }, moves: checks, relative, counts };
}

function checkMove(move: CheckableMove, library: PriceLibrary, published: string | undefined, text: string | undefined): { check: MoveCheck; series?: ResolvedSeries } {
  const precision = statedPrecision(move.quote.text, move.changePct);
  const intraday = move.intraday ?? INTRADAY.test(move.quote.text);
  const check: MoveCheck = {
    id: move.id,
    subject: move.subject,
    ...(move.name && move.name !== move.subject ? { name: move.name } : {}),
    subjectKind: move.subjectKind,
    ...(move.ticker ? { ticker: move.ticker } : {}),
    period: move.period,
    intraday,
    statedPct: move.changePct,
    precision,
    interval: claimInterval(move.changePct, precision),
    verdict: 'not_checkable',
    quote: move.quote,
  };
  if (intraday) return { check: { ...check, reason: 'intraday figure: daily closes cannot confirm it' } };
  const date = move.date ?? published;
  const dateSource: DateSource = move.date ? 'stated' : 'published';
  if (!date) return { check: { ...check, reason: 'no date: the article states none and no publication date was given (--published)' } };
  const series = library.resolve({ ...move, quote: { text: sentenceOf(text, move.quote) } });
  if ('reason' in series) return { check: { ...check, date, dateSource, reason: series.reason } };
  const located = { ...check, date, dateSource, file: series.file, priceColumn: series.closes.source.priceColumn, resolvedBy: series.resolvedBy };
  let real = realChange(series.closes, date, move.period);
  if ('reason' in real) return { check: { ...located, reason: real.reason }, series };
  let verdict: MoveCheck['verdict'] = claimHolds(real.changePct, located.interval) ? 'confirmed' : 'contradicted';
  let reason: string | undefined;
  let usedDate = date;
  let usedSource: DateSource = dateSource;
  if (verdict === 'contradicted') {
    const other = alternativeReading(series, date, dateSource, move.period, located.interval, precision);
    if (other?.kind === 'previous_session') {
      real = other.real;
      verdict = 'confirmed';
      usedDate = other.real.toDate;
      usedSource = 'previous_session';
      reason = `matches the session of ${usedDate}, before the publication date ${date}`;
    } else if (other?.kind === 'period') {
      verdict = 'not_checkable';
      reason = `the ${move.period}'s change is ${signed(real.changePct)}, but the ${other.period}'s (${signed(other.real.changePct)}) matches the stated figure: the period is uncertain`;
    } else {
      const cue = OTHER_PERIOD_CUE.exec(sentenceOf(text, move.quote));
      if (cue) {
        verdict = 'not_checkable';
        reason = `the ${move.period}'s change is ${signed(real.changePct)}, but the sentence suggests another span ("${cue[0]}"): the period is uncertain`;
      } else if (dateSource === 'published') reason = `date taken from the publication date ${date}`;
    }
  }
  return {
    check: {
      ...located,
      date: usedDate,
      dateSource: usedSource,
      fromDate: real.fromDate,
      fromPrice: real.fromPrice,
      toDate: real.toDate,
      toPrice: real.toPrice,
      realPct: real.changePct,
      differencePp: real.changePct - move.changePct,
      verdict,
      ...(reason ? { reason } : {}),
    },
    series,
  };
}

/**
 * An article rarely states two different changes for one series over one span. When one of them is
 * confirmed, a contradicted other is more likely a move of something else attributed to that series
 * by the extractor ("shares of X ( X.N ), which rose 0.7 percent, lifted the S&P 500") than an error
 * of the article: it becomes not checkable, and says why.
 */
function doubtContradictionsOfConfirmedSeries(checks: MoveCheck[]): void {
  const key = (c: MoveCheck) => `${c.file}\u0000${c.fromDate}\u0000${c.toDate}`;
  const confirmed = new Map(checks.filter((c) => c.verdict === 'confirmed').map((c) => [key(c), c]));
  for (const check of checks) {
    const other = check.verdict === 'contradicted' ? confirmed.get(key(check)) : undefined;
    if (!other) continue;
    check.verdict = 'not_checkable';
    check.reason = `the article's other figure for ${other.subject} over the same span (${signed(other.statedPct)}) is confirmed: this one is likely about something else`;
  }
}

/** A reading of a contradicted move under which the figure agrees: the previous session, or another period. */
type Alternative = { kind: 'previous_session'; real: RealChange } | { kind: 'period'; period: MovePeriod; real: RealChange };

/**
 * Before calling a move contradicted, the readings a wrong period or date would give: a figure
 * that disagrees with the day but matches the week (a period misread from the text) is not a
 * contradiction but an uncertainty. A date taken from the publication date may be one session
 * late; that reading is accepted only for figures stated with two or more decimals, where a
 * chance agreement is unlikely.
 */
function alternativeReading(series: ResolvedSeries, date: string, dateSource: DateSource, period: MovePeriod, interval: ClaimInterval, precision: StatedPrecision): Alternative | undefined {
  if (dateSource === 'published' && period === 'day' && precision.decimals >= 2 && precision.qualifier === 'exact') {
    const previous = previousTradingDay(series.closes, date);
    const earlier = previous ? realChange(series.closes, previous, period) : undefined;
    if (earlier && !('reason' in earlier) && claimHolds(earlier.changePct, interval)) return { kind: 'previous_session', real: earlier };
  }
  for (const other of CHECKABLE_PERIODS) {
    if (other === period) continue;
    const real = realChange(series.closes, date, other);
    if (!('reason' in real) && claimHolds(real.changePct, interval)) return { kind: 'period', period: other, real };
  }
  return undefined;
}

function signed(pct: number): string {
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct).toFixed(2)}%`;
}

function checkRelative(pair: RelativeMove, checks: MoveCheck[]): RelativeCheck[] {
  const stock = checks.find((c) => c.id === pair.stock.id);
  const benchmark = checks.find((c) => c.id === pair.benchmark.id);
  if (!stock || !benchmark) return [];
  const base = { stockId: stock.id, benchmarkId: benchmark.id, stock: stock.subject, benchmark: benchmark.subject, statedExcessPp: pair.excessPp };
  if (stock.realPct === undefined || benchmark.realPct === undefined) {
    const missing = stock.realPct === undefined ? stock : benchmark;
    return [{ ...base, verdict: 'not_checkable', reason: `${missing.subject}: ${missing.reason ?? 'no real figure'}` }];
  }
  if (stock.toDate !== benchmark.toDate || stock.fromDate !== benchmark.fromDate) {
    return [{ ...base, verdict: 'not_checkable', reason: `the two moves were measured over different sessions (${stock.fromDate}..${stock.toDate} vs ${benchmark.fromDate}..${benchmark.toDate})` }];
  }
  const realExcessPp = stock.realPct - benchmark.realPct;
  const tolerance = stock.interval.tolerancePp + benchmark.interval.tolerancePp;
  const directionHolds = Math.sign(realExcessPp) === Math.sign(pair.excessPp) || (pair.excessPp === 0 && Math.abs(realExcessPp) <= tolerance);
  const exact = stock.precision.qualifier === 'exact' && benchmark.precision.qualifier === 'exact';
  const agrees = exact ? Math.abs(realExcessPp - pair.excessPp) <= tolerance + 1e-9 : directionHolds;
  return [{ ...base, realExcessPp, directionHolds, verdict: agrees ? 'confirmed' : 'contradicted' }];
}

/** The benchmark series of a stock move: its stated benchmark's series, else its exchange's benchmark index. */
function benchmarkSeries(check: MoveCheck, seriesOf: Map<string, ResolvedSeries>, pairs: RelativeMove[], library: PriceLibrary): ResolvedSeries | undefined {
  const pair = pairs.find((p) => p.stock.id === check.id);
  if (pair && seriesOf.has(pair.benchmark.id)) return seriesOf.get(pair.benchmark.id);
  const exchange = (check.ticker ? lookupTickerSymbol(check.ticker) : undefined)?.exchange ?? lookupTicker(check.subject)?.exchange;
  const index = exchange ? benchmarkOf(exchange) : undefined;
  if (!index) return undefined;
  const found = library.resolve({ subject: index.name, name: index.name, ticker: index.ticker });
  return 'reason' in found ? undefined : found;
}

function addAbnormalReturn(check: MoveCheck, seriesOf: Map<string, ResolvedSeries>, pairs: RelativeMove[], library: PriceLibrary, options: EventStudyOptions | undefined): void {
  const series = seriesOf.get(check.id);
  if (!series || check.subjectKind !== 'stock' || check.period !== 'day' || check.realPct === undefined || !check.date) return;
  const market = benchmarkSeries(check, seriesOf, pairs, library);
  if (!market || market.file === series.file) return;
  const study = eventStudy({ market: market.returns, events: [{ stock: series.returns, date: check.date }] }, { window: [0, 0], ...options });
  const event = study.events[0];
  const day0 = event.status === 'ok' ? event.ar.find((d) => d.day === 0) : undefined;
  if (!day0 || event.day0Date !== check.date) return;
  check.abnormalPct = day0.ar * 100;
  check.abnormalT = day0.tAr;
  check.benchmark = market.returns.name;
}
