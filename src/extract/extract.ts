/**
 * The extractor: one pass over an article's sentences, running the money, conversion, move,
 * date and entity grammars on each and resolving what needs context from earlier sentences
 * ("its shares", "francs" after "Swiss francs", "the wider market" of a Korean stock). The running
 * state is in state.ts, entity facts in entity-facts.ts, anaphora in referents.ts and a move's
 * period window in period-window.ts.
 */
import type { Conversion, DateFact, Entity, MoneyAmount, MovePeriod, MoveSubjectSource, PriceMove } from '../article/types';
import { ValueError } from '../errors';
import { FACTS_HEAP_BYTES_PER_BYTE, expectTextFitsHeap } from '../io/memory';
import { type Sentence, type Token, forEachSentenceSpan, tokenize } from './tokenize';
import { attachCodes, indexCodeName } from './codes';
import { moveConfidence } from './confidence';
import { type DroppedMove, droppedUnsureSubject } from './dropped';
import { learnQualifiedCurrencies, mayNameCurrency, newCurrencyContext } from './currency';
import { type AmountMatch, findAmounts } from './money';
import { carryCurrencyAfterFrom } from './ellipsis';
import { pairConversions } from './conversions';
import { wrappedTail } from './wrapped';
import { approximationAt, findPercents } from './percent';
import { findSentenceMoves } from './moves';
import { isDayWord, nearestPeriod } from './period';
import { leadInPeriod, levelDayMarker } from './lead-in';
import { isIntraday } from './intraday';
import { moveDate } from './move-date';
import { benchmarkOf, lookupTicker } from './entities';
import { findDates } from './date-facts';
import { datelineDate } from './dateline';
import { dropRestatedLeads, dropRestatedMoves, dropSubheadMoves } from './restated';
import { type Referent, type State, quoteOf, slug, uniqueId } from './state';
import { noteMoveEntity, readEntities } from './entity-facts';
import { leftOutAfterHours, resolveAnaphor } from './referents';
import { OWN_PERIOD_TOKENS, asideBefore, clauseEnd, clauseStart } from './period-window';
import { hasClass, wordClass } from './lexicon';
import { afterFrontedFromToSpan, isPerfectMove, namedSpanBefore, refersToNamedSpan } from './aspect';
import { pronounForUntraded } from './untraded-head';

/** Options for {@link extractFacts} and {@link extractMarketFacts}. */
export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, used to resolve "on Tuesday", "in 2024", "since January 2". */
  published?: string;
}

/** The facts of an article, by kind, each with its quote. */
export interface MarketFacts {
  moves: PriceMove[];
  amounts: MoneyAmount[];
  conversions: Conversion[];
  dates: DateFact[];
  entities: Entity[];
  /**
   * Percentages worded as moves whose sign the extractor cannot read ("X moved 2%", "X swung 3%"),
   * left out of `moves` (never printed with a guessed sign) and listed here with their quote.
   */
  dropped: DroppedMove[];
}

const NUMBER_OR_ZERO_WORDS = new Set('unchanged flat cent million billion trillion one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred'.split(' '));
const NUMBER_OR_ZERO_WORD = wordClass(() => NUMBER_OR_ZERO_WORDS);

/** Whether a sentence can hold a move or an amount: a number token, a number word, "a cent", "a billion dollars", "unchanged"/"flat", or digits glued to letters ("EUR655m"). */
function mayHoldFigures(tokens: Token[]): boolean {
  for (const t of tokens) if (t.type === 'number' || (t.type === 'word' && (hasClass(t, NUMBER_OR_ZERO_WORD) || gluedDigit(t.text)))) return true;
  return false;
}

/** Digits glued after 2 to 4 letters ("EUR655m", "as635"), checked by position: this runs on every word. */
function gluedDigit(text: string): boolean {
  for (let k = 2; k <= 4 && k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function checkOptions(text: unknown, options: ExtractOptions): void {
  if (typeof text !== 'string') throw new ValueError(`extractFacts: text must be a string, got ${typeof text}`);
  const { published } = options;
  if (published !== undefined && (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new ValueError(`extractFacts: published must be an ISO date YYYY-MM-DD, got "${String(published)}"`);
  }
}

/**
 * Finds the market facts of an article: price moves, money amounts, conversions, dates and
 * entities, each with its quote and offsets (`text.slice(quote.start, quote.end) === quote.text`).
 * Runs in time linear in the text's length and never throws on any string.
 *
 * @param text - article text (any string; offsets are JS string indices).
 * @param options - `published` (`YYYY-MM-DD`) resolves relative dates and year periods.
 * @throws {ValueError} when `text` is not a string or `published` is not an ISO date.
 * @throws {ArticleMemoryError} when the text is expected to need more heap than the process can hold (24 bytes per byte of text).
 * @example
 * extractMarketFacts('Samsung Electronics shares ended up 1.95% on Tuesday.', { published: '2019-08-20' }).moves[0];
 * // => { kind: 'price_move', subject: 'Samsung Electronics', subjectKind: 'stock', ticker: '005930.KS',
 * //      changePct: 1.95, period: 'day', date: '2019-08-20', quote: { text: 'Samsung Electronics shares ended up 1.95% on Tuesday', … } }
 */
export function extractMarketFacts(text: string, options: ExtractOptions = {}): MarketFacts {
  checkOptions(text, options);
  expectTextFitsHeap('extractMarketFacts', text, FACTS_HEAP_BYTES_PER_BYTE);
  // no publication date: the date the story carries at its head, else none (relative dates then stay unresolved)
  const dateline = options.published === undefined ? datelineDate(text) : undefined;
  const published = options.published ?? dateline?.date;
  const state: State = {
    text,
    published,
    currency: newCurrencyContext(published ? Number(published.slice(0, 4)) : undefined, text),
    facts: { moves: [], amounts: [], conversions: [], dates: [], entities: [], dropped: [] },
    entityNames: new Set(),
    ids: new Map(),
    approximate: new Set(),
  };
  forEachSentenceSpan(text, (start, end) => {
    const sentence: Sentence = { start, end, tokens: attachCodes(tokenize(text, start, end)) };
    state.companyBeforeSentence = state.lastCompany;
    readEntities(state, sentence.tokens);
    learnQualifiedCurrencies(sentence.tokens, state.currency);
    if (mayHoldFigures(sentence.tokens)) {
      // a hard-wrapped line: "$2.2 \nbillion" is read with the next line's first words (see wrapped.ts)
      const tail = wrappedTail(text, sentence.tokens);
      const moneyTokens = tail?.length ? sentence.tokens.concat(tail) : sentence.tokens;
      // no currency sign, word or code in the sentence: the money grammar could find nothing (see mayNameCurrency)
      if (mayNameCurrency(moneyTokens)) readMoney(state, moneyTokens, sentence.tokens.length);
      readMoves(state, sentence.tokens);
    }
    for (const date of findDates(text, sentence, published)) state.facts.dates.push(withId(date, uniqueId(state, `date-${date.date}`)));
    state.previousTokens = sentence.tokens;
  });
  state.facts.moves = dropRestatedLeads(dropRestatedMoves(dropSubheadMoves(state.facts.moves), state.approximate), state.approximate);
  if (dateline) markDatelineBasis(state.facts);
  return state.facts;
}

/** Says on each dated fact that its date was resolved against the text's own dateline (no publication date given). */
function markDatelineBasis(facts: MarketFacts): void {
  for (const move of facts.moves) if (move.date) move.dateBasis = 'dateline';
  for (const date of facts.dates) date.dateBasis = 'dateline';
}

/**
 * `{ ...date, id }` written out: the same keys in the same order (`endDate` only when present), without the
 * generic object spread, which cost 1.7% of the extractor's time on wire text.
 */
function withId(date: Omit<DateFact, 'id'>, id: string): DateFact {
  const fact = { kind: date.kind, date: date.date } as DateFact;
  if ('endDate' in date) fact.endDate = date.endDate;
  fact.precision = date.precision;
  fact.event = date.event;
  fact.quote = date.quote;
  fact.id = id;
  return fact;
}

function pushAmount(state: State, tokens: Token[], a: AmountMatch): MoneyAmount {
  const amount: MoneyAmount = {
    kind: 'money_amount',
    id: uniqueId(state, `amount-${a.currency!.toLowerCase()}`),
    value: a.value,
    currency: a.currency!,
    quote: quoteOf(state.text, tokens[a.from].start, tokens[a.to - 1].end),
  };
  state.facts.amounts.push(amount);
  return amount;
}

/**
 * Reads the money amounts and conversions of a sentence. `tokens` may run past the sentence into a wrapped line's
 * head (see wrapped.ts): only amounts starting in its first `own` tokens are kept; the next sentence reads the rest.
 */
function readMoney(state: State, tokens: Token[], own = tokens.length): void {
  const amounts = findAmounts(tokens, state.currency);
  const pairs = pairConversions(tokens, amounts);
  carryCurrencyAfterFrom(tokens, amounts);
  for (const a of amounts) if (a.currency && a.from < own) pushAmount(state, tokens, a);
  for (const p of pairs) {
    const from = amounts[p.first];
    const to = amounts[p.second];
    if (to.from >= own) continue;
    state.facts.conversions.push({
      kind: 'conversion',
      id: uniqueId(state, `conversion-${from.currency!.toLowerCase()}-${to.currency!.toLowerCase()}`),
      from: { value: from.value, currency: from.currency! },
      to: { value: to.value, currency: to.currency! },
      quote: quoteOf(state.text, tokens[p.from].start, tokens[p.to - 1].end),
    });
  }
}

function readMoves(state: State, tokens: Token[]): void {
  const matches = findSentenceMoves(state.text, tokens, findPercents(tokens), state.facts.dropped);
  // "For the week, the Dow fell 0.51 percent …, but the Nasdaq gained 0.59 percent": the sentence's span (its own only)
  const lead = matches.length > 0 ? leadInPeriod(tokens, state.published) : undefined;
  matches.sort((a, b) => a.at - b.at);
  let previous: PriceMove | undefined;
  let previousExplicit = false;
  let unresolvedPeriod: MovePeriod | undefined;
  matches.forEach((match, n) => {
    // A price can fall at most 100%: "fell 150%" is not a price move (a misreading or a typo); left out rather than reported wrong.
    if (match.changePct < -100) return;
    let { subject, subjectKind } = match;
    let ticker: string | undefined = match.ticker;
    let exchange: string | undefined;
    let subjectSource: MoveSubjectSource = match.fromCode ? 'ticker' : 'name';
    let known = match.ticker !== undefined && (!match.fromCode || indexCodeName(match.ticker) !== undefined);
    let afterHours = false;
    // "… to offset sluggish regional volumes. They fell 2.3 percent": the volumes fell, not a stock
    if (pronounForUntraded(tokens, match, state.previousTokens)) return;
    if (match.anaphor) {
      const ref = resolveAnaphor(state, match, previous, tokens);
      // "the index" after a price statistic named as an index is that statistic: no price move, and no older index either
      if (ref?.statistic) return;
      if (ref) {
        afterHours = ref.afterHours === true;
        ({ subject, subjectKind } = ref);
        ticker = ref.ticker;
        exchange = ref.exchange;
        subjectSource = 'anaphor';
        known = true;
      } else if (match.written) {
        // "The company's shares slid 9%" with no company named before: the subject as written
        subject = match.written;
        subjectKind = match.anaphor === 'index' || match.anaphor === 'generic-index' ? 'index' : 'stock';
        subjectSource = 'as_written';
      } else {
        // a move whose sentence opens with a subject we could not read as traded is left out, not given to the last move
        if (leftOutAfterHours(state, match, tokens) || (match.anaphor === 'previous' && !previous)) state.facts.dropped.push(droppedUnsureSubject(state.text, tokens, match.from, match.at, match.to));
        // "Its stock is up 15 percent this year, while Target … is up 7 percent": a move left out for want of a
        // referent still gives the next name of the sentence its period
        const own = nearestPeriod(tokens, match.at, match.at, Math.min(tokens.length, match.to + OWN_PERIOD_TOKENS), state.published);
        if (own && own !== 'same' && !previous) unresolvedPeriod = own;
        return;
      }
    } else {
      // "Dow Jones shares": the company, not the index its name looks up to ("Dow Chemical shares" looks up to the company)
      const found = lookupTicker(subject);
      const entry = match.kindFromWords && found?.entityType !== 'company' ? undefined : found;
      if (entry) {
        ticker ??= entry.ticker;
        exchange = entry.exchange;
        known = true;
        if (entry.entityType === 'index' && subjectKind === 'stock') subjectKind = 'index';
        // "Dow Chemical shares fell 2.8 percent": a mapped company whose name opens with an index word is a stock
        else if (entry.entityType === 'company' && subjectKind === 'index' && !/\b(?:index|indexes|indices|average|composite)\b/i.test(subject)) subjectKind = 'stock';
      } else if (subjectKind === 'market') {
        const home = state.lastStock?.exchange ?? state.lastCompany?.exchange;
        const benchmark = home && !/\p{Lu}/u.test(subject) ? benchmarkOf(home) : undefined;
        ticker = benchmark?.ticker;
      }
    }
    const segmentFrom = n > 0 ? matches[n - 1].to : 0;
    // "JetBlue shares, which have fallen about 30 percent over the last four months, rose 4.7 percent": a move inside
    // the next move's aside reads its period up to that move's figure, not just to the next move's first word
    const next = matches[n + 1];
    const segmentTo = next ? (next.from > match.to ? next.from : next.at) : tokens.length;
    const clauseFrom = Math.max(clauseStart(tokens, match.from, Math.min(segmentFrom, match.from)), match.periodFrom ?? 0);
    const clauseTo = clauseEnd(tokens, match.to, Math.max(segmentTo, match.to));
    // time words inside a ", which … ," aside between the name and the verb are the aside's ("Maruha, which posted a
    // net profit … in the year ended March 2006, soared 6.4 percent")
    const aside = asideBefore(tokens, match.from, match.at);
    // a later move of the sentence: a period phrase right after its own figure wins over the previous move's before it
    // ("has risen 6.5 percent … so far this year and is up 18 percent over the past 12 months")
    const where = { at: -1 };
    let marker = nearestPeriod(tokens, match.at, clauseFrom, clauseTo, state.published, aside, where);
    if (n > 0 && marker !== undefined && where.at < match.at) {
      const own = { at: -1 };
      const ownMarker = nearestPeriod(tokens, match.at, match.at, Math.min(clauseTo, match.to + OWN_PERIOD_TOKENS), state.published, undefined, own);
      if (ownMarker !== undefined) {
        marker = ownMarker;
        where.at = own.at;
      }
    }
    // under a lead-in, a day that only dates a level or another event is no span of the move's ("as of Tuesday", "to end
    // Friday at 12,280.17", "thanks to Tuesday's huge rally"); nor is a lead-in's own word read as the first clause's only
    if (lead && marker === 'day' && isDayWord(tokens[where.at]?.lower ?? '') && levelDayMarker(tokens, where.at)) marker = undefined;
    if (lead && marker === undefined) marker = lead;
    // the previous move sat inside this one's aside ("JetBlue shares, which have fallen 30 percent over …, rose 4.7
    // percent"): its period is not carried over
    if (n > 0 && matches[n - 1].from >= match.from) previousExplicit = false;
    // "From its intraday high on October 11 to Friday's close, the S&P 500 index has fallen 15.5 percent": a span
    // between two points, whatever day words name them; "rose 22 percent during that period": the span named before
    if (afterFrontedFromToSpan(tokens, match.from)) marker = 'other';
    else if (marker === undefined && refersToNamedSpan(tokens, clauseFrom, clauseTo)) marker = namedSpanBefore(state.previousTokens, state.published);
    let period: MovePeriod;
    if (marker === 'same') period = previous?.period ?? state.facts.moves[state.facts.moves.length - 1]?.period ?? 'unknown';
    else if (marker) period = marker;
    // no time words: one session ("Ford shares fell 3 percent") — but a move in the perfect ("has fallen 45 percent")
    // spans some stretch up to now that the clause does not name, so it stays unknown rather than a guessed day
    else period = previous && previousExplicit ? previous.period : !previous && unresolvedPeriod ? unresolvedPeriod : isPerfectMove(tokens, match.from, match.at) ? 'unknown' : 'day';
    const explicit = marker !== undefined;
    // "For the week, the Dow rose 0.93 percent, the S&P 500 advanced 0.94 percent and the Nasdaq was up 1 percent":
    // a carried period carries on to the next name of the list
    const carried = !explicit && (previous !== undefined ? previousExplicit : unresolvedPeriod !== undefined);
    const intraday = period === 'day' && (afterHours || isIntraday(tokens, match.at, clauseFrom, clauseTo, match.to + 4, match.from));
    let to = match.to;
    let date: string | undefined;
    if (period === 'day') {
      date = moveDate(state.text, tokens, { at: match.at, from: match.from, clauseTo, clauseFrom, segmentFrom, segmentTo, aside }, state.published);
      // keep a date written right after the move in its quote: "ended up 1.95% on Tuesday"
      const next = tokens[to]?.lower === 'on' ? to + 1 : to;
      if (date && tokens[next] && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(tokens[next].lower)) to = next + 1;
    }
    const confidence = moveConfidence({
      form: match.form ?? 'verb',
      subjectSource,
      known,
      period: explicit ? 'stated' : previous && previousExplicit ? 'carried' : 'default',
      subjectKind,
    });
    // keys in this order, the optional ones only when set (assigned, not spread: this runs for every move)
    const move = { kind: 'price_move', id: uniqueId(state, `move-${slug(subject)}`), subject, subjectKind } as PriceMove;
    if (ticker) move.ticker = ticker;
    move.changePct = match.changePct;
    if (match.approximate) move.approximate = approximationAt(tokens, match.at);
    move.period = period;
    if (date) move.date = date;
    if (intraday) move.intraday = true;
    if (match.form === 'unchanged') move.noFigure = true;
    move.subjectSource = subjectSource;
    move.confidence = confidence;
    move.quote = quoteOf(state.text, tokens[match.from].start, tokens[to - 1].end);
    if (match.approximate) state.approximate.add(move);
    state.facts.moves.push(move);
    if (ticker) noteMoveEntity(state, move, ticker);
    const ref: Referent = { subject, subjectKind, ticker, exchange, offset: tokens[match.from].start };
    state.lastMove = ref;
    if (subjectKind === 'stock') state.lastStock = ref;
    if (subjectKind === 'index') state.lastIndex = ref;
    previous = move;
    previousExplicit = explicit || carried;
  });
}
