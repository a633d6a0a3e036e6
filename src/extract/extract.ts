/**
 * The extractor: one pass over an article's sentences, running the money, conversion, move,
 * date and entity grammars on each and resolving what needs context from earlier sentences
 * ("its shares", "francs" after "Swiss francs", "the wider market" of a Korean stock).
 */
import type { Conversion, DateFact, Entity, MoneyAmount, MovePeriod, MoveSubjectSource, PriceMove, Quote } from '../article/types';
import { ValueError } from '../errors';
import { type Sentence, type Token, forEachSentenceSpan, tokenize } from './tokenize';
import { attachCodes, indexCodeName } from './codes';
import { moveConfidence } from './confidence';
import type { DroppedMove } from './dropped';
import { learnQualifiedCurrencies, newCurrencyContext } from './currency';
import { type AmountMatch, findAmounts } from './money';
import { carryCurrencyAfterFrom } from './ellipsis';
import { pairConversions } from './conversions';
import { findPercents } from './percent';
import { type MoveMatch, findSentenceMoves } from './moves';
import { isIntraday, nearestPeriod } from './period';
import { moveDate } from './dates';
import { benchmarkOf, findTickers, lookupTicker, lookupTickerSymbol, type TickerEntry } from './entities';
import { findDates } from './date-facts';
import { dropRestatedLeads, dropRestatedMoves } from './restated';
import { openingName, phraseBefore, spanText } from './subject';
import { subjectKind } from './kind';
import { hasClass, wordClass } from './lexicon';

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

interface Referent {
  /** A sentence opener that may name a sector rather than a company ("Technology shares"). */
  unsure?: boolean;
  subject: string;
  subjectKind: PriceMove['subjectKind'];
  ticker?: string;
  exchange?: string;
  offset: number;
}

interface State {
  text: string;
  published?: string;
  currency: ReturnType<typeof newCurrencyContext>;
  lastMove?: Referent;
  lastStock?: Referent;
  lastIndex?: Referent;
  /** The last index named, moved or not ("The Russell 2000 index dropped to a level …"): "the index" may refer to it. */
  lastIndexMention?: Referent;
  lastCompany?: Referent;
  facts: MarketFacts;
  entityNames: Set<string>;
  ids: Map<string, number>;
  /** Moves written with "about", "more than"…: a restatement with the exact figure replaces them. */
  approximate: Set<PriceMove>;
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

const slugs = new Map<string, string>();
const SLUG_CACHE_LIMIT = 4096;

/** An id-safe form of a name ("S&P 500" → "s-p-500"), memoised: names repeat across an article. */
function slug(text: string): string {
  let found = slugs.get(text);
  if (found === undefined) {
    if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
    found = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'x';
    slugs.set(text, found);
  }
  return found;
}

function uniqueId(state: State, base: string): string {
  const n = (state.ids.get(base) ?? 0) + 1;
  state.ids.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

function quoteOf(text: string, start: number, end: number): Quote {
  return { text: text.slice(start, end), start, end };
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
 * @example
 * extractMarketFacts('Samsung Electronics shares ended up 1.95% on Tuesday.', { published: '2019-08-20' }).moves[0];
 * // => { kind: 'price_move', subject: 'Samsung Electronics', subjectKind: 'stock', ticker: '005930.KS',
 * //      changePct: 1.95, period: 'day', date: '2019-08-20', quote: { text: 'Samsung Electronics shares ended up 1.95% on Tuesday', … } }
 */
export function extractMarketFacts(text: string, options: ExtractOptions = {}): MarketFacts {
  checkOptions(text, options);
  const published = options.published;
  const state: State = {
    text,
    published,
    currency: newCurrencyContext(published ? Number(published.slice(0, 4)) : undefined),
    facts: { moves: [], amounts: [], conversions: [], dates: [], entities: [], dropped: [] },
    entityNames: new Set(),
    ids: new Map(),
    approximate: new Set(),
  };
  forEachSentenceSpan(text, (start, end) => {
    const sentence: Sentence = { start, end, tokens: attachCodes(tokenize(text, start, end)) };
    readEntities(state, sentence.tokens);
    learnQualifiedCurrencies(sentence.tokens, state.currency);
    if (mayHoldFigures(sentence.tokens)) {
      readMoney(state, sentence.tokens);
      readMoves(state, sentence.tokens);
    }
    for (const date of findDates(text, sentence, published)) state.facts.dates.push(withId(date, uniqueId(state, `date-${date.date}`)));
  });
  state.facts.moves = dropRestatedLeads(dropRestatedMoves(state.facts.moves, state.approximate), state.approximate);
  return state.facts;
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

/** Records a known company or index as an entity quoted at `start`..`end`. */
function pushEntity(state: State, entry: TickerEntry, start: number, end: number): void {
  state.facts.entities.push({
    kind: 'entity',
    id: uniqueId(state, `entity-${slug(entry.name)}`),
    name: entry.name,
    entityType: entry.entityType,
    ticker: entry.ticker,
    exchange: entry.exchange,
    quote: quoteOf(state.text, start, end),
  });
}

function remember(state: State, entry: TickerEntry, written: string, offset: number): void {
  const ref: Referent = { subject: written, subjectKind: entry.entityType === 'index' ? 'index' : 'stock', ticker: entry.ticker, exchange: entry.exchange, offset };
  if (entry.entityType === 'company') state.lastCompany = ref;
  else state.lastIndexMention = ref;
}

function readEntities(state: State, tokens: Token[]): void {
  for (const match of findTickers(tokens)) {
    const { entry } = match;
    remember(state, entry, state.text.slice(tokens[match.from].start, tokens[match.to - 1].end), tokens[match.from].start);
    if (state.entityNames.has(entry.name)) continue;
    state.entityNames.add(entry.name);
    let to = match.to;
    // "Samsung Electronics Co. Ltd.": keep the legal suffix in the quote
    while (/^(co|corp|inc|ltd|plc|ag|sa|nv|se)$/.test(tokens[to]?.lower ?? '') ) to += tokens[to + 1]?.text === '.' ? 2 : 1;
    pushEntity(state, entry, tokens[match.from].start, tokens[to - 1].end);
  }
  // "Koncar [ZSE:KOEI]", "Apple (AAPL.O)": a company named before its ticker (codes.ts attached it to the name's last token);
  // "Fifth Third Bancorp", "Acme Corp": a company named with its legal form
  for (let k = 1; k < tokens.length; k += 1) {
    // "The Russell 2000 index dropped to a level …": an index named by its own words, for a later "the index"
    if (((tokens[k].lower === 'index' || tokens[k].lower === 'average') && (/^\p{Lu}/u.test(tokens[k - 1].text) || tokens[k - 1].type === 'number')) || (tokens[k].code && tokens[k].text.startsWith('.'))) {
      const span = phraseBefore(tokens, k);
      if (span.to > span.from && /^\p{Lu}/u.test(tokens[span.from].text)) {
        const name = spanText(state.text, tokens, span);
        state.lastIndexMention = { subject: tokens[k].code ? indexCodeName(tokens[k].text) ?? name : name, subjectKind: 'index', ticker: tokens[k].ticker, offset: tokens[span.from].start };
      }
    }
    // "eBay Inc", "iRobot Corp": a capital inside the word before the legal form will do
    if (tokens[k].ticker === undefined && hasClass(tokens[k], LEGAL_FORM) && tokens[k].text !== tokens[k].lower && /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(tokens[k - 1].text)) {
      const span = phraseBefore(tokens, k);
      if (span.to - span.from >= 2) state.lastCompany = { subject: spanText(state.text, tokens, { from: span.from, to: k + 1 }), subjectKind: 'stock', offset: tokens[k].start };
      continue;
    }
    if (tokens[k].ticker === undefined || tokens[k].code) continue;
    const span = phraseBefore(tokens, k);
    const name = spanText(state.text, tokens, span);
    if (name && subjectKind(name) !== 'index') state.lastCompany = { subject: name, subjectKind: 'stock', ticker: tokens[k].ticker, offset: tokens[k].start };
  }
}

/** Participles whose object is the main clause subject's stock: ", sending its shares down 4.8%". */
const CAUSATIVE_PARTICIPLES = new Set(['sending', 'driving', 'pushing', 'lifting', 'dragging', 'pulling', 'knocking', 'boosting', 'helping', 'leaving', 'taking']);

/** Capitalised sentence openers that name no company ("Analysts said …, sending its shares up"). */
const COMMON_OPENERS = new Set(['analysts', 'investors', 'traders', 'officials', 'dealers', 'brokers', 'economists', 'shares', 'stocks', 'markets', 'prices', 'sources', 'executives', 'regulators', 'shareholders', 'it', 'they', 'he', 'she', 'we']);

/** Legal forms that mark a company name ("Acme Corp", "Fifth Third Bancorp"). */
const LEGAL_FORMS = new Set(['corp', 'inc', 'plc', 'ltd', 'co', 'ag', 'sa', 'nv', 'bancorp', 'llc', 'spa', 'bhd', 'oyj', 'asa']);
const LEGAL_FORM = wordClass(() => LEGAL_FORMS);

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

function readMoney(state: State, tokens: Token[]): void {
  const amounts = findAmounts(tokens, state.currency);
  const pairs = pairConversions(tokens, amounts);
  carryCurrencyAfterFrom(tokens, amounts);
  for (const a of amounts) if (a.currency) pushAmount(state, tokens, a);
  for (const p of pairs) {
    const from = amounts[p.first];
    const to = amounts[p.second];
    state.facts.conversions.push({
      kind: 'conversion',
      id: uniqueId(state, `conversion-${from.currency!.toLowerCase()}-${to.currency!.toLowerCase()}`),
      from: { value: from.value, currency: from.currency! },
      to: { value: to.value, currency: to.currency! },
      quote: quoteOf(state.text, tokens[p.from].start, tokens[p.to - 1].end),
    });
  }
}

/** The company a sentence opens with, when it reads as a stock ("Fiat said …, sending its shares down 2.4 pct"). */
function openingCompany(state: State, tokens: Token[]): Referent | undefined {
  const span = openingName(tokens);
  if (!span) return undefined;
  const subject = spanText(state.text, tokens, span);
  if (subjectKind(subject) !== 'stock' || (span.to - span.from === 1 && COMMON_OPENERS.has(tokens[span.from].lower))) return undefined;
  const entry = lookupTicker(subject);
  // "Technology shares …": one sentence-initial word before a share word may be a sector; unsure unless mapped or coded
  const sector = span.from === 0 && span.to === 1 && !entry && tokens[0].ticker === undefined && ['shares', 'stocks', 'stock', 'sector'].includes(tokens[1]?.lower ?? '');
  return { subject, subjectKind: 'stock', ticker: entry?.ticker ?? tokens[span.to - 1].ticker, exchange: entry?.exchange, offset: tokens[span.from].start, ...(sector ? { unsure: true } : {}) };
}

function resolveAnaphor(state: State, match: MoveMatch, previousInSentence: PriceMove | undefined, tokens: Token[]): Referent | undefined {
  switch (match.anaphor) {
    case 'previous':
      return previousInSentence ? { ...previousInSentence, offset: 0 } : state.lastMove;
    case 'index': {
      // the nearest index before the anaphor, named with a move or without one
      const at = tokens[match.from]?.start ?? 0;
      const named = state.lastIndexMention && state.lastIndexMention.offset < at ? state.lastIndexMention : undefined;
      return named && (!state.lastIndex || named.offset > state.lastIndex.offset) ? named : state.lastIndex;
    }
    case 'company': {
      // the nearest company before the anaphor: a stock moved earlier, a company named earlier, or the one
      // this sentence opens with ("Computer maker Sun Microsystems posted a profit, driving its shares up 8.7%")
      const at = tokens[match.from]?.start ?? 0;
      const opening = openingCompany(state, tokens);
      // "PNC … projected lower losses from its purchase of National City Corp, sending its shares soaring 37%": the shares
      // of a participle clause belong to the main clause's subject, the company the sentence opens with
      // (not "sending the stock up", which is the stock just named: "HSBC raised its target on Verizon, sending the stock up")
      const before = ['its', 'their'].includes(tokens[match.from - 1]?.lower ?? '') ? match.from - 2 : -1;
      if (opening && !opening.unsure && opening.offset < at && CAUSATIVE_PARTICIPLES.has(tokens[before]?.lower ?? '')) return opening;
      const candidates = [state.lastStock, state.lastCompany, opening && opening.offset < at ? opening : undefined].filter((r): r is Referent => r !== undefined && r.offset <= at);
      if (candidates.length === 0) return state.lastStock ?? state.lastCompany ?? opening;
      return candidates.reduce((best, r) => (r.offset > best.offset ? r : best));
    }
    case 'any':
      return state.lastMove ?? state.lastCompany;
    case 'generic-index':
      // "the composite index" after "KOSPI" is the KOSPI; with no index named before, it stays as written
      return state.lastIndex ?? { subject: match.subject, subjectKind: 'index', offset: 0 };
    default:
      return undefined;
  }
}

function readMoves(state: State, tokens: Token[]): void {
  const matches = findSentenceMoves(state.text, tokens, findPercents(tokens), state.facts.dropped);
  matches.sort((a, b) => a.at - b.at);
  let previous: PriceMove | undefined;
  let previousExplicit = false;
  matches.forEach((match, n) => {
    // A price can fall at most 100%: "fell 150%" is not a price move (a misreading or a typo); left out rather than reported wrong.
    if (match.changePct < -100) return;
    let { subject, subjectKind } = match;
    let ticker: string | undefined = match.ticker;
    let exchange: string | undefined;
    let subjectSource: MoveSubjectSource = match.fromCode ? 'ticker' : 'name';
    let known = match.ticker !== undefined && (!match.fromCode || indexCodeName(match.ticker) !== undefined);
    if (match.anaphor) {
      const ref = resolveAnaphor(state, match, previous, tokens);
      if (ref) {
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
      } else return;
    } else {
      const entry = lookupTicker(subject);
      if (entry) {
        ticker ??= entry.ticker;
        exchange = entry.exchange;
        known = true;
        if (entry.entityType === 'index' && subjectKind === 'stock') subjectKind = 'index';
      } else if (subjectKind === 'market') {
        const home = state.lastStock?.exchange ?? state.lastCompany?.exchange;
        const benchmark = home && !/\p{Lu}/u.test(subject) ? benchmarkOf(home) : undefined;
        ticker = benchmark?.ticker;
      }
    }
    const segmentFrom = n > 0 ? matches[n - 1].to : 0;
    const segmentTo = n + 1 < matches.length ? matches[n + 1].from : tokens.length;
    const clauseFrom = clauseStart(tokens, match.from, Math.min(segmentFrom, match.from));
    const clauseTo = clauseEnd(tokens, match.to, Math.max(segmentTo, match.to));
    const marker = nearestPeriod(tokens, match.at, clauseFrom, clauseTo, state.published);
    let period: MovePeriod;
    if (marker === 'same') period = previous?.period ?? state.facts.moves[state.facts.moves.length - 1]?.period ?? 'unknown';
    else if (marker) period = marker;
    else period = previous && previousExplicit ? previous.period : 'day';
    const explicit = marker !== undefined;
    const intraday = period === 'day' && isIntraday(tokens, match.at, clauseFrom, Math.min(clauseTo, match.to + 4));
    let to = match.to;
    let date: string | undefined;
    if (period === 'day') {
      date = moveDate(state.text, tokens, Math.min(segmentFrom, match.from), Math.max(segmentTo, match.to), state.published);
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
    previousExplicit = explicit;
  });
}

/** Words that open a new clause after a comma (", and its shares sank", ", sending its shares up"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'sending', 'pushing', 'driving', 'lifting', 'dragging', 'pulling']);

/**
 * Where the clause of a move starting at token `from` begins, looking back no further than `floor`:
 * a period phrase of an earlier clause ("net loss widened in the second quarter, and its shares
 * sank 4%") does not give the move its period.
 */
function clauseStart(tokens: Token[], from: number, floor: number): number {
  for (let k = from - 1; k > floor; k -= 1) {
    if (tokens[k - 1].text === ',' && CLAUSE_OPENERS.has(tokens[k].lower)) return k;
  }
  return floor;
}


/** Words that open a new clause after a comma that follows a move (", after last week reaching …", ", while …"). */
const RIGHT_CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'whereas', 'but', 'as', 'when', 'which', 'who', 'despite', 'though', 'although']);

/**
 * Where the clause of a move ending at token `to` ends, looking no further than `limit`: a period
 * phrase in a following clause ("closed up 17.6 percent, after last week reaching their lowest level")
 * does not give the move its period.
 */
function clauseEnd(tokens: Token[], to: number, limit: number): number {
  for (let k = to; k < limit - 1; k += 1) {
    if (tokens[k].text === ',' && RIGHT_CLAUSE_OPENERS.has(tokens[k + 1].lower)) return k;
  }
  return limit;
}

/** A mapped company or index first met as a move subject ("the wider market" → KOSPI) becomes an entity quoting the subject. */
function noteMoveEntity(state: State, move: PriceMove, ticker: string): void {
  const entry = lookupTickerSymbol(ticker);
  if (!entry || state.entityNames.has(entry.name)) return;
  state.entityNames.add(entry.name);
  const start = move.quote.start;
  const end = state.text.startsWith(move.subject, start) ? start + move.subject.length : move.quote.end;
  pushEntity(state, entry, start, end);
}
