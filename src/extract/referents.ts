/** Anaphora: what "it", "its shares", "the index" and "the company" refer to, from earlier moves, names and sentence openers. */
import type { PriceMove } from '../article/types';
import type { Token } from './tokenize';
import type { MoveMatch } from './moves';
import { lookupTicker } from './entities';
import { type Span, headingEnd, isAnaphor, nameSpan, openingName, opensWithPlace, phraseAfter, spanText } from './subject';
import { opensAppositive } from './aside';
import { isNotTraded, subjectKind } from './kind';
import { isNeutralVerb, verbSign } from './direction';
import type { Referent, State } from './state';
import { CAUSATIVE_PARTICIPLES } from './causative-verbs';

/** Capitalised sentence openers that name no company ("Analysts said …, sending its shares up"). */
const COMMON_OPENERS = new Set(['analysts', 'investors', 'traders', 'officials', 'dealers', 'brokers', 'economists', 'shares', 'stocks', 'markets', 'prices', 'sources', 'executives', 'regulators', 'shareholders', 'it', 'they', 'he', 'she', 'we',
  // sentence adverbs: "Earlier, the stock surged 3.8 percent", "Initially the stock rose" name no company
  'earlier', 'later', 'initially', 'previously', 'subsequently', 'meanwhile', 'separately', 'elsewhere', 'overall', 'still', 'also', 'instead', 'then', 'afterwards', 'afterward', 'recently', 'currently', 'finally', 'however', 'ultimately', 'additionally',
  // time zones ending a clock time cut from the sentence before ("… 10:02 a.m. EDT, its shares were up 2.8 percent")
  'edt', 'est', 'gmt', 'bst', 'cet', 'cest', 'jst', 'kst', 'pst', 'pdt', 'cst', 'cdt', 'utc']);

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

/** Words between a sentence's subject and its verb, or auxiliaries: "The dollar also surrendered", "The yen was …". */
const OPENING_VERB_LINKS = new Set(['also', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'still', 'briefly', 'then', 'later', 'initially']);

/** The currency, index or commodity a sentence opens with ("The dollar also surrendered …" → "dollar"), else undefined. */
function openingMarketSubject(state: State, tokens: Token[]): Referent | undefined {
  const span = phraseAfter(tokens, 0);
  // the whole subject: a verb or an adverb follows it ("The dollar also surrendered"), not a noun ("Oil refiners and …"),
  const next = tokens[span.to];
  // …or its possessive ("The dollar's fall versus the yen was the largest daily drop")
  if (span.to <= span.from || !next || (next.type !== 'possessive' && (next.type !== 'word' || !(verbSign(next.lower) !== undefined || isNeutralVerb(next.lower) || OPENING_VERB_LINKS.has(next.lower) || next.lower.endsWith('ed'))))) return undefined;
  const subject = spanText(state.text, tokens, span);
  const kind = subjectKind(subject);
  if (kind !== 'currency' && kind !== 'index' && kind !== 'commodity') return undefined;
  return { subject, subjectKind: kind, offset: tokens[span.from].start };
}

/** Past tenses not in -ed a company's news opens with ("TI cut its forecast", "Lehman sold …"); not move verbs ("Sales rose"). */
const IRREGULAR_PAST = new Set(['cut', 'set', 'put', 'won', 'made', 'sold', 'bought', 'took', 'struck', 'beat', 'hit', 'paid', 'sought', 'spun', 'broke']);

/** Words opening a fronted time phrase: "In December,", "On Monday,", "Last week,", "After the bell,". */
const FRONTED_TIME = new Set(['in', 'on', 'last', 'earlier', 'late', 'early', 'after']);

/** Whether tokens from..to hold an after-hours phrase: "after the bell", "after hours", "after-hours", "extended trade". */
function afterHoursWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const w = tokens[k].lower;
    if (w === 'after' && ((tokens[k + 1]?.lower === 'the' && (tokens[k + 2]?.lower === 'bell' || tokens[k + 2]?.lower === 'close')) || tokens[k + 1]?.lower === 'hours' || (tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'hours'))) return true;
    if (w === 'extended' && (tokens[k + 1]?.lower === 'trade' || tokens[k + 1]?.lower === 'trading')) return true;
  }
  return false;
}

/**
 * Whether the previous sentence opens (after a glued heading) with an after-hours phrase: "After the bell, Washington
 * Mutual … posted a $3.3 billion second-quarter loss." The next sentence's "its stock" is that company's, after hours.
 */
export function previousOpensAfterHours(state: State): boolean {
  const tokens = state.previousTokens;
  if (!tokens || tokens.length === 0) return false;
  const start = headingEnd(tokens);
  const comma = tokens.findIndex((t, i) => i >= start && i < start + 7 && t.text === ',');
  return comma > start && afterHoursWithin(tokens, start, comma);
}

/** Verbs of speech and thought after an opening name: "John Smith said" names a person, not the company. */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'wrote', 'declined', 'believes', 'thinks', 'expects', 'estimated', 'warned', 'cautioned', 'argued', 'predicted', 'forecast', 'recommended', 'rated', 'upgraded', 'downgraded']);

/**
 * The company the previous sentence opens with when a past-tense verb follows it directly ("Lehman filed for
 * bankruptcy protection"; not "John Smith said", not a descriptor or dateline opener), else undefined.
 */
function previousSubject(state: State): Referent | undefined {
  let tokens = state.previousTokens;
  if (!tokens) return undefined;
  // "WAMU AND YAHOO UP LATE After the bell, Washington Mutual …": a heading glued to the sentence opens nothing
  const heading = headingEnd(tokens);
  if (heading > 0) tokens = tokens.slice(heading);
  // "In December, TI cut its forecast …": a fronted time phrase before the name ("In after-hours trading," runs to 6 tokens)
  const second = tokens[1]?.lower;
  const reach = second === 'after' || second === 'extended' ? 7 : 5;
  const comma = FRONTED_TIME.has(tokens[0]?.lower ?? '') ? tokens.findIndex((t, i) => i < reach && t.text === ',') : -1;
  if (comma > 0) tokens = tokens.slice(comma + 1);
  const span = openingName(tokens);
  let verb: Token | undefined = tokens[span?.to ?? 0];
  // "After the bell, Washington Mutual, the largest U.S. savings and loan posted a $3.3 billion second-quarter loss":
  // an appositive between the name and its verb (its closing comma often missing in wire copy)
  if (span && verb?.text === ',' && opensAppositive(tokens, span.to + 1, tokens.length)) verb = appositiveVerb(tokens, span.to + 2);
  if (!span || span.from !== 0 || span.to - span.from > 3 || !verb || verb.type !== 'word' || verb.text !== verb.lower || !(verb.lower.endsWith('ed') || IRREGULAR_PAST.has(verb.lower)) || SPEECH_VERBS.has(verb.lower)) return undefined;
  const found = openingCompany(state, tokens);
  return found && !isNotTraded(found.subject) ? found : undefined;
}

/** Most words an appositive before its verb may run ("the largest U.S. savings and loan posted"). */
const MAX_APPOSITIVE_WORDS = 12;

/** The first past-tense verb after an appositive opening at `from` (a lower-case word after a noun, not after a determiner), else undefined. */
function appositiveVerb(tokens: Token[], from: number): Token | undefined {
  let commas = 0;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_APPOSITIVE_WORDS; k += 1) {
    const t = tokens[k];
    // "Merrill, the world's largest brokerage, reported a quarterly net loss": the verb right after the comma closing it
    if (t.text === ',') commas += 1;
    const closing = tokens[k - 1].text === ',' && commas === 1;
    if (t.type !== 'word' || t.text !== t.lower || (tokens[k - 1].text === ',' && !closing) || tokens[k - 1].type === 'possessive') continue;
    if ((t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)) && !['the', 'a', 'an', 'its', 'their'].includes(tokens[k - 1].lower)) return t;
  }
  return undefined;
}

export function resolveAnaphor(state: State, match: MoveMatch, previousInSentence: PriceMove | undefined, tokens: Token[]): Referent | undefined {
  switch (match.anaphor) {
    case 'previous':
      if (previousInSentence) return { ...previousInSentence, offset: 0 };
      // no earlier move in this sentence: its own subject, not the last sentence's move ("The Nasdaq gave its best
      // performance in two months, with a weekly gain of 2.53 percent" after an S&P 500 move)
      return sentenceSubject(state, match, tokens);
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
      // the sentence's names are read before its moves: a company named after "its shares" ("Its shares gained 4.4 percent
      // … after analysts at UBS AG said") is not its referent; the one named before this sentence may be
      // (only one named in the sentence before: an older name has lost the thread to the moves since)
      const previousStart = state.previousTokens?.[0]?.start ?? 0;
      const named = state.companyBeforeSentence && state.companyBeforeSentence.offset >= previousStart ? state.companyBeforeSentence : undefined;
      const company = state.lastCompany && state.lastCompany.offset > at ? named : state.lastCompany;
      // "Lehman filed for bankruptcy protection …. Its shares plummeted more than 80 percent": a sentence opening with
      // "its shares" continues the previous sentence's subject when that sentence opened with a name and its verb
      // (also after a conjunction: "But its stock rose 3.1 percent after it said …")
      const opensSentence = opensWithAnaphor(match, tokens);
      const carried = opensSentence ? previousSubject(state) : undefined;
      // "After the bell, Washington Mutual, … posted a … loss. But its stock rose 3.1 percent": after hours, "its stock"
      // is the company of that paragraph; without it, an older name (Caterpillar, moved in the regular session) is a
      // guess, and the move is left out (not "The stock had ended regular Nasdaq trading up 1.1 percent": the session)
      if (opensSentence && previousOpensAfterHours(state) && !namesRegularSession(tokens, match)) return carried ? { ...carried, afterHours: true } : undefined;
      const candidates = [state.lastStock, company, opening && opening.offset < at ? opening : undefined, carried].filter((r): r is Referent => r !== undefined && r.offset <= at);
      // "Baidu's U.S.-listed shares fell 3.6%": the name the anaphor itself opens with
      if (candidates.length === 0) return opening && opening.offset <= at ? opening : undefined;
      const nearest = candidates.reduce((best, r) => (r.offset > best.offset ? r : best));
      // "…, such as American Express, suffered. The credit card company's stock … plunged 7.1 percent": a company
      // described by what it does may be one we did not read as a name; a name older than the previous sentence is
      // then a guess (here Apple, two sentences back), so the subject stays as written
      return nearest.offset < previousStart && describesCompany(match.written) ? undefined : nearest;
    }
    case 'any': {
      // "it" after a sentence opening with a currency, index or commodity that made no move we read is that subject,
      // not an older move ("The dollar also surrendered … against the yen, …. Against the Swiss franc, it was 1.9 percent weaker")
      const last = state.lastMove ?? state.lastCompany;
      const opening = state.previousTokens && tokens[match.from]?.lower === 'it' ? openingMarketSubject(state, state.previousTokens) : undefined;
      return opening && (!last || opening.offset > last.offset) ? opening : last;
    }
    case 'generic-index': {
      // "the composite index" after "KOSPI" is the KOSPI; with no index named before, it stays as written
      // …but "the overall index" after "the Labor Department's Producer Price Index" is that statistic
      const at = tokens[match.from]?.start ?? 0;
      const statistic = state.lastIndexMention?.statistic && state.lastIndexMention.offset < at && state.lastIndexMention.offset > (state.lastIndex?.offset ?? -1) ? state.lastIndexMention : undefined;
      return statistic ?? state.lastIndex ?? { subject: match.subject, subjectKind: 'index', offset: 0 };
    }
    default:
      return undefined;
  }
}

/** Conjunctions opening a sentence before its subject ("But its stock rose …"). */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'still']);

/** Whether a move's anaphor opens its sentence, maybe after a conjunction ("Its shares …", "But its stock …"). */
function opensWithAnaphor(match: MoveMatch, tokens: Token[]): boolean {
  return match.from <= 1 || (match.from <= 2 && SENTENCE_CONJUNCTIONS.has(tokens[0].lower));
}

/** Verbs and words that place a move in the regular session ("ended regular Nasdaq trading up", "closed down"). */
const REGULAR_SESSION_WORDS = new Set(['regular', 'ended', 'closed', 'finished', 'settled', 'close', 'closing']);

function namesRegularSession(tokens: Token[], match: MoveMatch): boolean {
  for (let k = match.from; k < match.to && k < tokens.length; k += 1) if (REGULAR_SESSION_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Whether a company anaphor opening its sentence is left out because the sentence before opens an after-hours
 * paragraph whose company we could not read ("In after-hours action, its shares rose …. The shares are up 14 percent"):
 * the move is then counted in `dropped` (reason `unsure_subject`), not given to an older name.
 */
export function leftOutAfterHours(state: State, match: MoveMatch, tokens: Token[]): boolean {
  return match.anaphor === 'company' && opensWithAnaphor(match, tokens) && previousOpensAfterHours(state) && !namesRegularSession(tokens, match) && previousSubject(state) === undefined;
}

const DESCRIPTION_FILLERS = new Set(['the', 'company', 'firm', 'group', 'largest', 'biggest', 'top', 'leading', 'second-largest', 'third-largest']);

/** Whether an anaphor as written describes its company ("the credit card company"), not just names its kind ("The company"). */
function describesCompany(written: string | undefined): boolean {
  if (!written) return false;
  const words = written.split(/[\s'’]+/);
  return words.slice(0, -1).some((w) => w.length > 2 && w === w.toLowerCase() && /^[a-z-]+$/.test(w) && !DESCRIPTION_FILLERS.has(w));
}

/** Words opening a fronted phrase set off by a comma before a sentence's subject ("For the week, the Nasdaq …"). */
const FRONTED_OPENERS = new Set(['for', 'in', 'on', 'at', 'by', 'after', 'since', 'among', 'besides', 'with', 'during', 'earlier', 'later', 'meanwhile', 'overall', 'also', 'elsewhere', 'separately', 'still', 'but', 'and', 'yet', 'however']);
const SHARE_OPENERS = new Set(['shares', 'stock', 'stocks']);
/** Most tokens a fronted phrase runs before its comma ("In after-hours trading on Nasdaq,"). */
const MAX_FRONTED_TOKENS = 10;

/**
 * The subject a move with no subject of its own belongs to when no earlier move of its sentence gives one: the
 * sentence's opening subject ("The Nasdaq gave its best performance in two months, with a weekly gain of 2.53
 * percent" → Nasdaq; "Shares of Research in Motion RIM.TORIMM.O reversed an earlier slide … and ended the session
 * up 4.4 percent" → Research in Motion), an anaphor opening it resolved as such, or the last move when the sentence
 * opens with the move itself. A sentence whose opening subject cannot be read as traded gives undefined: the last
 * sentence's move would be a guess (the move is counted as dropped, `unsure_subject`).
 */
function sentenceSubject(state: State, match: MoveMatch, tokens: Token[]): Referent | undefined {
  let first = headingEnd(tokens);
  if (FRONTED_OPENERS.has(tokens[first]?.lower ?? '')) {
    const comma = tokens.findIndex((t, i) => i > first && i <= first + MAX_FRONTED_TOKENS && t.text === ',');
    if (comma > 0) first = comma + 1;
    else if (SENTENCE_CONJUNCTIONS.has(tokens[first].lower)) first += 1;
  }
  // the move opens the sentence, or the sentence is the rest of one cut at a line break ("… opened up as much as 4.1
  // percent, but then\nreversed their gains and traded off 2.4 percent")
  if (first >= match.from || (first === 0 && tokens[0].type === 'word' && tokens[0].text === tokens[0].lower)) return state.lastMove;
  let phrase = phraseAfter(tokens, first);
  // "Shares of Research in Motion …": the company the shares are of
  if (phrase.to - phrase.from === 1 && SHARE_OPENERS.has(tokens[phrase.from].lower) && (tokens[phrase.to]?.lower === 'of' || tokens[phrase.to]?.lower === 'in')) phrase = phraseAfter(tokens, phrase.to + 1);
  if (phrase.to <= phrase.from || phrase.to > match.from) return undefined;
  if (isAnaphor(tokens, phrase)) {
    const words = tokens.slice(phrase.from, phrase.to).map((t) => t.lower);
    const anaphor = words.some((w) => w === 'index' || w === 'benchmark' || w === 'gauge') ? 'index' : words.every((w) => w === 'it' || w === 'they') ? 'any' : 'company';
    return resolveAnaphor(state, { ...match, anaphor, from: phrase.from }, undefined, tokens);
  }
  const span = nameSpan(tokens, phrase);
  // "The broad S&P 500 racked up its fifth consecutive weekly advance and is up …": the name after its adjectives
  while (span.from < span.to - 1 && tokens[span.from].type === 'word' && tokens[span.from].text === tokens[span.from].lower) span.from += 1;
  if (span.to <= span.from || !/^\p{Lu}/u.test(tokens[span.from].text) || opensWithPlace(tokens, span)) return undefined;
  const subject = spanText(state.text, tokens, span);
  const kind = subjectKind(subject);
  if (isNotTraded(subject) || COMMON_OPENERS.has(tokens[span.from].lower)) return undefined;
  const entry = lookupTicker(subject);
  const ticker = entry?.ticker ?? writtenCode(tokens, span);
  const last = state.lastMove;
  // the same name as the last move, maybe shortened ("Barclays Plc" … "Barclays"): that move's referent, ticker and all
  if (last && (last.subject === subject || last.subject.startsWith(`${subject} `) || (ticker !== undefined && last.ticker === ticker))) return last;
  // a name read as traded only when it says so: an index, currency or commodity, a mapped or coded name, or shares
  // ("Shares of X", "X shares"); a bare capitalised opener ("Commerce Department", "Membership") is no subject
  const traded = kind !== 'stock' || ticker !== undefined || tokens.slice(phrase.from, phrase.to).some((t) => SHARE_OPENERS.has(t.lower)) || SHARE_OPENERS.has(tokens[phrase.from - 2]?.lower ?? '');
  if (!traded || kind === 'other') return undefined;
  return { subject, subjectKind: entry?.entityType === 'index' && kind === 'stock' ? 'index' : kind, ticker, exchange: entry?.exchange, offset: tokens[span.from].start };
}

/** The code written on a name's last token or right after it ("Research in Motion RIM.TORIMM.O"). */
function writtenCode(tokens: Token[], span: Span): string | undefined {
  for (let k = span.to - 1; k <= span.to && k < tokens.length; k += 1) if (tokens[k].ticker !== undefined) return tokens[k].ticker;
  return undefined;
}
