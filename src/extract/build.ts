/**
 * From a subject phrase to a move's subject: the name as written, an anaphor to resolve ("its shares", "the
 * index"), a code alone (".SPX" → S&P 500), a sector index kept as written, or nothing when the phrase names a
 * statistic, a date, a ranking or an amount. Shared by the verb, noun and list forms of moves.ts.
 */
import { type Token, writtenText } from './tokenize';
import type { MoveMatch } from './moves';
import { isYearText, scaleFactor } from './numbers';
import { isDayWord, monthOf } from './period';
import { type Span, afterLegalDot, headingEnd, isAnaphor, nameSpan, spanText } from './subject';
import { isNotTraded, isOtherTraded, isPlaceOnly, subjectKind } from './kind';
import { mainClauseSubject, marketQualifier, subjectBefore } from './clause';
import { indexCodeName, isIndexCode } from './codes';
import { lookupTicker } from './entities';
import { kindFromShareWords } from './share-kind';
import { ownedByStatistic, untradedHead } from './untraded-head';
import { CLOSING_VERBS, isSessionNoun, sessionQualifiersStart } from './session-object';

/** A move read off a sentence with the token span of its subject. */
export interface Found {
  move: MoveMatch;
  sign: 1 | -1;
  subjectSpan: Span;
}

/** Month, weekday and year tokens: "in December" names a time, not a traded subject. */
export function isTimeWord(t: Token): boolean {
  return monthOf(t.lower) !== undefined || isDayWord(t.lower) || (t.type === 'number' && isYearText(t.text)) || t.text === '.';
}


/** A move whose subject is the previous one in the sentence ("bringing the week's advance to 4.8%"). */
export function inherit(from: number, to: number, sign: 1 | -1): Found {
  const span = { from, to: from };
  return { move: { subject: '', subjectKind: 'other', changePct: 0, approximate: false, at: from, from, to, anaphor: 'previous' }, sign, subjectSpan: span };
}

/**
 * The move a subject phrase makes with a sign: the name read off the phrase (anaphors, codes, generic indexes
 * and the words that make no subject are settled here), or undefined when the phrase is no traded subject.
 */
export function build(text: string, tokens: Token[], span: Span, sign: 1 | -1, from: number, to: number, trigger: number): Found | undefined {
  const base = { changePct: 0, approximate: false, at: trigger, from: Math.min(from, span.from, tokens[span.from - 1]?.text === 'the' ? span.from - 1 : span.from), to };
  if (span.to <= span.from) {
    // "…, but was set to rise 1.7%": the subject of the previous clause
    const joiner = tokens[trigger - 1]?.lower;
    const previous = tokens[from - 1]?.lower ?? '';
    // "…, but was set to rise", "…, after losing 9.6 percent in 2024"
    if (!['but', 'and', 'then', ',', 'while', 'after', 'before', 'despite', 'having'].includes(previous) && joiner !== 'but') return undefined;
    // "Sterling firmed to 1.6025 dlrs and was up 0.3 pct": the subject of the verb before the conjunction
    const clause = mainClauseSubject(tokens, from - 2, 0);
    if (clause) {
      const found = build(text, tokens, clause, sign, from, to, trigger);
      if (found) return { ...found, move: { ...found.move, from: Math.min(from, trigger) } };
      // "U.S. home foreclosures rose 9 percent in July … and soared 93 percent from a year earlier": the clause's
      // subject is a statistic, so is the second verb's (not the move before the sentence)
      if (isNotTraded(spanText(text, tokens, clause))) return undefined;
    }
    return { move: { ...base, subject: '', subjectKind: 'other', anaphor: 'previous' }, sign, subjectSpan: span };
  }
  if (ownedByStatistic(tokens, span)) return undefined;
  // "…, causing shares to fall 50 percent": a participle before the share words is the clause's verb, not a name
  if (span.to - span.from >= 2 && /^[a-z]+ing$/.test(tokens[span.from].text) && tokens.slice(span.from + 1, span.to).every((t) => t.lower === 'shares' || t.lower === 'stock' || t.lower === 'its' || t.lower === 'their')) {
    return build(text, tokens, { from: span.from + 1, to: span.to }, sign, Math.max(from, span.from + 1), to, trigger);
  }
  if (isAnaphor(tokens, span)) {
    const words = tokens.slice(span.from, span.to).map((t) => t.lower);
    const anaphor = words.some((w) => ['index', 'benchmark', 'gauge'].includes(w)) ? 'index' : words.every((w) => w === 'it' || w === 'they') ? 'any' : 'company';
    const written = anaphorAsWritten(text, tokens, span);
    // built in place, not spread from `base` (the same keys in the same order)
    const move: MoveMatch = { changePct: base.changePct, approximate: base.approximate, at: base.at, from: base.from, to: base.to, subject: '', subjectKind: 'other', anaphor };
    if (written) move.written = written;
    return { move, sign, subjectSpan: span };
  }
  // "Capital One's stock ended Tuesday's session up 2.6 percent": the session is the verb's object; the subject is before it
  if (isDayWord(tokens[span.from].lower) && tokens[span.from + 1]?.type === 'possessive' && CLOSING_VERBS.has(tokens[span.from - 1]?.lower ?? '')) {
    const subject = mainClauseSubject(tokens, span.from - 1, 0);
    return subject && subject.to < span.from ? build(text, tokens, subject, sign, Math.min(from, subject.from), to, trigger) : undefined;
  }
  // "The stock had ended regular Nasdaq trading up 1.1 percent": the session traded in is the verb's object too
  // (…and so is it when "trading" is read as the verb of "Nasdaq trading up 1.1 percent")
  if ((isSessionNoun(tokens[span.to - 1].lower) || (trigger === span.to && tokens[trigger].lower === 'trading')) && span.to - span.from <= 3) {
    const verb = sessionQualifiersStart(tokens, span.from - 1) - 1;
    if (CLOSING_VERBS.has(tokens[verb]?.lower ?? '')) {
      // the verb's own subject, an anaphor included ("The stock had ended …")
      const subject = subjectBefore(tokens, verb, 0, false)?.span;
      return subject && subject.to > subject.from && subject.to <= verb ? build(text, tokens, subject, sign, Math.min(from, subject.from), to, trigger) : undefined;
    }
  }
  // "SHORT-SALE RULE HELPS FINANCIALS Wachovia initially dropped …": a heading glued to the sentence is no part of the name
  if (span.from < 16 && tokens[0].type === 'word') {
    const heading = headingEnd(tokens);
    if (heading > span.from && heading < span.to) return build(text, tokens, { from: heading, to: span.to }, sign, Math.max(from, heading), to, trigger);
  }
  // "…, reversed course after the Geithner news to end up 3.4 percent": the object of a preposition before an
  // infinitive is no subject; the move is the clause's subject's (the sentence's earlier move or opening subject)
  if (tokens[span.to]?.lower === 'to' && OBJECT_OPENERS.has(tokens[tokens[span.from - 1]?.lower === 'the' ? span.from - 2 : span.from - 1]?.lower ?? '')) {
    return { move: { ...base, from: span.to, subject: '', subjectKind: 'other', anaphor: 'previous' }, sign, subjectSpan: { from: span.to, to: span.to } };
  }
  const written = writtenTicker(tokens, span, trigger);
  // ".SPX fell 1%": a code alone names its index ("S&P 500"), or stands as written
  if (span.to - span.from === 1 && tokens[span.from].code) {
    const code = tokens[span.from].text;
    const named = indexCodeName(code);
    return { move: { ...base, subject: named ?? code, subjectKind: isIndexCode(code) ? 'index' : 'stock', ticker: code, fromCode: true }, sign, subjectSpan: span };
  }
  const whole = spanText(text, tokens, span);
  // "Credit Agricole ( CAGR.PA )": a name written with its equity RIC is traded, whatever its words suggest
  // (not "Chevron Corp's ( CVX.N ) third-quarter earnings": the code's name owns the statistic after it)
  if (isNotTraded(whole) && !(written && EQUITY_RIC.test(written) && codeEndsName(tokens, span))) return undefined;
  // "Sales for the period to February 28 were up 9.6 pct": a date is no subject
  if (tokens.slice(span.from, span.to).every((t) => isTimeWord(t) || t.type === 'number' || t.type === 'symbol')) return undefined;
  // "the Dow's second-biggest advancer, surging 25.1%": a ranking names a stock without naming it
  if (RANKING.test(whole)) return undefined;
  // "(US$8.69 billion), up 121 billion won": a bracketed amount is no subject
  if (tokens[span.from].text === '(' || tokens[span.from].text === '[') return undefined;
  // "Prices had risen 0.3 pct": prices of what is not said (consumer prices, most often)
  if (/^(?:the )?prices?$/i.test(whole)) return undefined;
  // "the Machine Shop division increased by 16.4%", "buying power grew 2.9%": growth verbs describe quantities;
  // with them a subject counts only when it is explicitly traded (shares, an index, a mapped or coded name)
  if (GROWTH_VERBS.has(tokens[trigger]?.lower ?? '') && !written && !tokens.slice(span.from, span.to).some((t) => TRADED_WORDS.has(t.lower)) && !lookupTicker(whole) && subjectKind(whole) === 'stock') return undefined;
  // "25.4 trillion won, up 9.6 percent": the unit of a quantity is not a subject
  // …nor is it with the amount restated in brackets: "324,000 won ($225), down 36 percent"
  const unitAfterNumber = tokens[span.from - 1]?.type === 'number' && (span.to - span.from === 1 || tokens[span.from + 1].text === '(' || tokens[span.from + 1].text === '[') && tokens[span.from].text === tokens[span.from].lower;
  if (unitAfterNumber || scaleFactor(tokens[span.from].lower, false) !== undefined) return undefined;
  const name = nameSpan(tokens, span);
  // generic subjects keep their article as written: "the wider market", "the dollar"
  if (tokens[name.from - 1]?.text === 'the' && !tokens.slice(name.from, name.to).some((t) => /\p{Lu}/u.test(t.text))) name.from -= 1;
  const subject = spanText(text, tokens, name);
  if (!/[\p{L}]/u.test(subject)) return undefined;
  // "a 1-percent decline in the United States", "Germany posted an 18 percent decline": a place's statistic
  // (not "Shares in Midwest lost 7 percent": shares named are traded, Midwest Air Group's)
  if (!written && isPlaceOnly(subject) && !tokens.slice(span.from, span.to).some((t) => TRADED_WORDS.has(t.lower))) return undefined;
  const kind = subjectKind(subject);
  if (kind === 'other' && !/\p{Lu}/u.test(subject) && !isOtherTraded(subject)) return undefined;
  // "the semiconductor index .SOXX": an index written with its code is that index, not one named before
  if (kind === 'index' && !/\p{Lu}/u.test(subject) && !written) {
    // "The South Korean stock market soared, with the composite index rising 68.9 pct" → "South Korean composite index"
    const qualifier = marketQualifier(text, tokens, span.from);
    if (qualifier) return { move: { ...base, subject: `${qualifier} ${subject.replace(/^the /i, '')}`, subjectKind: kind }, sign, subjectSpan: span };
    // "the airline stock index", "The banking index", "An index of retail shares": a sector's index is not the benchmark named before
    if (tokens.slice(name.from, name.to).some((t) => t.type === 'word' && !GENERIC_INDEX_WORDS.has(t.lower))) return { move: { ...base, subject, subjectKind: kind }, sign, subjectSpan: span };
    return { move: { ...base, subject, subjectKind: kind, anaphor: 'generic-index' }, sign, subjectSpan: span };
  }
  // "Palm Inc PALM.O": a name written with an equity RIC is a stock, whatever its words suggest ("palm" oil)
  // "Dow Jones shares", "Shares in OMX", "… at $56.45": a company's stock; "Sydney shares": a city's market
  const worded = kindFromShareWords(tokens, span, name, kind, to);
  // "Exxon Mobil Corp ( XOM.N ) Chief Executive Rex Tillerson's compensation rose nearly 18 percent": pay, not shares
  // …"the shares of Japan's largest drug maker": the company named before, as for "the German chipmaker"
  const head = worded === 'stock' ? untradedHead(tokens, span) : undefined;
  if (head === 'untraded') return undefined;
  if (head === 'descriptor') return { move: { changePct: 0, approximate: false, at: base.at, from: base.from, to, subject: '', subjectKind: 'other', anaphor: 'company', written: subject }, sign, subjectSpan: span };
  const codeKind = written && isIndexCode(written) && worded === 'stock' ? 'index' : written && EQUITY_RIC.test(written) && worded === 'commodity' ? 'stock' : worded;
  // built in place, not spread from `base`: this is the common end of every named move
  // the quote starts at the name when a sentence the splitter joined ran into it ("… Co Inc. Shares of Microsoft Corp rose")
  const cut = afterLegalDot(tokens, span.from, span.to);
  const move: MoveMatch = { changePct: 0, approximate: false, at: base.at, from: cut > span.from ? Math.max(base.from, cut) : base.from, to, subject: worded === 'market' && kind !== 'market' ? `${subject} shares` : subject, subjectKind: codeKind };
  if (written) move.ticker = written;
  if (worded !== kind) move.kindFromWords = true;
  return { move, sign, subjectSpan: span };
}

/** Prepositions whose object an infinitive move may follow ("after the Geithner news to end up 3.4 percent"). */
const OBJECT_OPENERS = new Set(['after', 'before', 'on', 'following', 'despite', 'amid', 'with', 'by', 'from', 'over']);

/** Whether the code of a subject phrase sits on its last word, or only share words and legal forms follow it. */
function codeEndsName(tokens: Token[], span: Span): boolean {
  let k = span.to - 1;
  while (k > span.from && (tokens[k].lower === 'shares' || tokens[k].lower === 'stock' || tokens[k].text === '.')) k -= 1;
  return tokens[k].ticker !== undefined;
}

/** Words of an index phrase that name no sector ("the broader composite index", "the tech-heavy index", "the 225-share index"). */
const GENERIC_INDEX_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'benchmark', 'main', 'key', 'broader', 'broad', 'wider', 'composite', 'share', 'shares', 'stock', 'stocks',
  'index', 'indexes', 'indices', 'gauge', 'market', 'blue', 'chip', 'blue-chip', 'leading', 'overall', 'general', 'tech', 'heavy', 'technology', 'laden', 'weighted', 'all',
  'price', 'capitalisation', 'capitalization', 'average', 'measure', 'local', 'domestic', 'bourse', 'exchange', 'top', 'major', 'of', 'its', 'their', 'same', 'other', 'equity', 'equities']);

/** An equity RIC with its exchange suffix ("PALM.O", "BP.L", "005930.KS"). */
const EQUITY_RIC = /^[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}$/;

/** Nouns an anaphor names its referent by ("The company", "the lender", "the index"); "it", "its shares" name nothing. */
const NAMING_ANAPHORS = new Set(['company', 'firm', 'group', 'lender', 'carrier', 'automaker', 'chipmaker', 'insurer', 'bank', 'index', 'benchmark', 'gauge']);

/**
 * An anaphor as written, for when nothing earlier resolves it: "The company" of "The company's
 * shares", "the index"; undefined for "it", "its shares", which name nothing.
 */
function anaphorAsWritten(text: string, tokens: Token[], span: Span): string | undefined {
  let { from, to } = span;
  // "Shares of the bank": the bank
  if (to - from > 3 && ['shares', 'stock'].includes(tokens[from].lower) && ['of', 'in'].includes(tokens[from + 1].lower) && tokens[from + 2].lower === 'the') from += 3;
  // "The company's shares": the owner of the shares
  if (tokens[from - 1]?.type === 'possessive' && NAMING_ANAPHORS.has(tokens[from - 2]?.lower ?? '')) {
    to = from - 1;
    from = from - 2;
  } else {
    const possessive = tokens.slice(from, to).findIndex((t) => t.type === 'possessive');
    if (possessive > 0) to = from + possessive;
  }
  if (to <= from || !tokens.slice(from, to).some((t) => NAMING_ANAPHORS.has(t.lower))) return undefined;
  if (['the', 'The'].includes(tokens[from - 1]?.text ?? '')) from -= 1;
  return writtenText(text, tokens[from].start, tokens[to - 1].end);
}

/** "the Dow's biggest gainer", "top percentage loser", "the leading decliners": a rank in a list, not a name. */
const RANKING = /\b(?:biggest|largest|top|best|worst|leading|second-biggest|third-biggest|heaviest|strongest|weakest)\b.*\b(?:boost|advancers?|gainers?|decliners?|drags?|losers?|performers?|percentage|weights?|movers?)\b/i;

const GROWTH_VERBS = new Set(['grew', 'grow', 'grows', 'growing', 'increased', 'increase', 'increases', 'increasing', 'expanded', 'expands', 'contracted', 'shrank', 'shrinks', 'decreased', 'decreases']);
const TRADED_WORDS = new Set(['shares', 'share', 'stock', 'stocks', 'index', 'price', 'prices', 'futures', 'market', 'currency']);

/** The code written with the subject phrase (on its last name token, or on "Inc" of "Inc.( WMT.N )"), before the verb. */
export function writtenTicker(tokens: Token[], span: Span, trigger: number): string | undefined {
  const stop = Math.min(trigger > span.from ? Math.min(span.to + 2, trigger) : span.to + 2, tokens.length);
  for (let k = span.from; k < stop; k += 1) if (tokens[k].ticker !== undefined) return tokens[k].ticker;
  return undefined;
}
