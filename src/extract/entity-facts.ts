/** Entity facts: known companies and indices met in the text or as move subjects, and the names later "its shares" and "the index" refer to. */

import { LEGAL_FORMS } from './legal-forms';
import type { PriceMove } from '../article/types';
import { type Token, writtenText } from './tokenize';
import { indexCodeName } from './codes';
import { findTickers, lookupTicker, lookupTickerSymbol, type TickerEntry } from './entities';
import { afterLegalDot, opensWithPlace, phraseAfter, phraseBefore, spanText } from './subject';
import { isNotTraded, subjectKind } from './kind';
import { isDayWord, monthOf } from './period';
import { isTimeWord } from './build';
import { hasClass, wordClass } from './lexicon';
import { type Referent, type State, quoteOf, slug, uniqueId } from './state';

/** Records a known company or index as an entity quoted at `start`..`end`. */
export function pushEntity(state: State, entry: TickerEntry, start: number, end: number): void {
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

export function readEntities(state: State, tokens: Token[]): void {
  for (const match of findTickers(tokens)) {
    const { entry } = match;
    remember(state, entry, writtenText(state.text, tokens[match.from].start, tokens[match.to - 1].end), tokens[match.from].start);
    if (state.entityNames.has(entry.name)) continue;
    state.entityNames.add(entry.name);
    let to = match.to;
    // "Samsung Electronics Co. Ltd.", "SAP SE": keep the legal forms after a known company's name in its quote
    while (LEGAL_FORMS.has(tokens[to]?.lower ?? '')) to += tokens[to + 1]?.text === '.' ? 2 : 1;
    pushEntity(state, entry, tokens[match.from].start, tokens[to - 1].end);
  }
  // "Koncar [ZSE:KOEI]", "Apple (AAPL.O)": a company named before its ticker (codes.ts attached it to the name's last token);
  // "Fifth Third Bancorp", "Acme Corp": a company named with its legal form
  for (let k = 1; k < tokens.length; k += 1) {
    // names not in the table that later anaphors may refer to: examples of companies, owners of results (one bit
    // test or type test per token)
    if (tokens[k].type === 'possessive') rememberResultsOwner(state, tokens, k);
    else if (hasClass(tokens[k], OF_OR_IN) && SHARE_WORDS.has(tokens[k - 1].lower)) rememberSharesOf(state, tokens, k - 1);
    else if (hasClass(tokens[k], LISTING_CUE)) rememberListedExamples(state, tokens, k);
    // "The Russell 2000 index dropped to a level …": an index named by its own words, for a later "the index"
    if (((tokens[k].lower === 'index' || tokens[k].lower === 'average') && (/^\p{Lu}/u.test(tokens[k - 1].text) || tokens[k - 1].type === 'number')) || (tokens[k].code && tokens[k].text.startsWith('.'))) {
      const span = phraseBefore(tokens, k);
      if (span.to > span.from && /^\p{Lu}/u.test(tokens[span.from].text)) {
        const name = spanText(state.text, tokens, span);
        state.lastIndexMention = { subject: tokens[k].code ? indexCodeName(tokens[k].text) ?? name : name, subjectKind: 'index', ticker: tokens[k].ticker, offset: tokens[span.from].start };
        // "… Producer Price Index … Overall prices in the index were up 2.5 percent": the index is a statistic
        if (!tokens[k].code && isNotTraded(name)) state.lastIndexMention.statistic = true;
      }
    }
    // "eBay Inc", "iRobot Corp": a capital inside the word before the legal form will do
    if (tokens[k].ticker === undefined && hasClass(tokens[k], LEGAL_FORM) && tokens[k].text !== tokens[k].lower && /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(tokens[k - 1].text)) {
      const span = phraseBefore(tokens, k);
      span.from = afterLegalDot(tokens, span.from, span.to);
      if (span.to - span.from >= 2) state.lastCompany = { subject: spanText(state.text, tokens, { from: span.from, to: k + 1 }), subjectKind: 'stock', offset: tokens[k].start };
      continue;
    }
    if (tokens[k].ticker === undefined || tokens[k].code) continue;
    const span = phraseBefore(tokens, k);
    const name = spanText(state.text, tokens, span);
    if (name && subjectKind(name) !== 'index') state.lastCompany = { subject: name, subjectKind: 'stock', ticker: tokens[k].ticker, offset: tokens[k].start };
  }
}

/** Plural nouns whose examples are companies: "companies …, such as American Express", "insurers such as Aviva". */
const COMPANY_PLURALS = new Set(['companies', 'firms', 'stocks', 'names', 'banks', 'lenders', 'insurers', 'retailers', 'airlines', 'carriers', 'automakers', 'carmakers', 'chipmakers', 'miners', 'brokers', 'brokerages', 'producers', 'makers', 'manufacturers', 'exporters', 'groups', 'conglomerates', 'utilities', 'refiners', 'homebuilders', 'builders', 'developers']);

/**
 * "Even companies more dependent on wealthier consumers, such as American Express, suffered.": a capitalised name
 * given as an example of companies is a company, one a later "The credit card company's stock" may refer to, though
 * it has no code, no legal form and is not in the ticker table. Only right after "such as" / "including" within six
 * words of such a plural noun; the last name of the list is kept.
 */
function rememberListedExamples(state: State, tokens: Token[], k: number): void {
  const listed = (tokens[k].lower === 'as' && tokens[k - 1].lower === 'such') || tokens[k].lower === 'including';
  if (!listed) return;
  let plural = false;
  for (let j = k - (tokens[k].lower === 'as' ? 2 : 1); j >= Math.max(0, k - 8) && !plural; j -= 1) plural = COMPANY_PLURALS.has(tokens[j].lower);
  if (!plural) return;
  let at = k + 1;
  while (at < tokens.length) {
    const span = phraseAfter(tokens, at);
    if (span.to <= span.from || !/^\p{Lu}/u.test(tokens[span.from].text)) break;
    const name = spanText(state.text, tokens, span);
    if (subjectKind(name) !== 'stock' || isNotTraded(name)) break;
    state.lastCompany = { subject: name, subjectKind: 'stock', ticker: tokens[span.to - 1].ticker, offset: tokens[span.from].start };
    // "such as Coca-Cola, Pepsi and Wal-Mart"
    if (tokens[span.to]?.text !== ',' && tokens[span.to]?.lower !== 'and') break;
    at = span.to + (tokens[span.to + 1]?.lower === 'and' ? 2 : 1);
  }
}
/** The words that open a list of examples ("such as", "including"), one bit per token. */
const LISTING_CUE = wordClass(() => ['as', 'including']);

/**
 * Nouns of reported company results: their possessive owner is a company ("Google's second quarter results"). Not
 * clause.ts RESULT_NOUNS, which also holds statistics ("exports", "inflation", "gdp") whose owners are countries.
 */
const RESULTS_NOUNS = new Set(['results', 'earnings', 'profit', 'profits', 'revenue', 'revenues']);

/**
 * "…disappointment over Google's second quarter results, …, that saw its shares close Friday down 5.2 percent": the
 * owner of reported results is a company, one "its shares" may refer to, though not in the ticker table. The owner is
 * a capitalised name (not a place word such as "U.S."), the results noun within four lower-case words of its possessive.
 */
function rememberResultsOwner(state: State, tokens: Token[], k: number): void {
  let results = false;
  // "McDermott's 26 percent rise in revenue": a figure may stand between the owner and its results (read further then)
  const figure = tokens[k + 1]?.type === 'number';
  for (let j = k + 1; j < Math.min(tokens.length, k + (figure ? 8 : 5)) && !results; j += 1) {
    if (RESULTS_NOUNS.has(tokens[j].text)) results = true;
    else if (j === k + 1 && figure) continue;
    else if (tokens[j].type === 'word' ? tokens[j].text !== tokens[j].lower : tokens[j].text !== '-') break;
  }
  if (!results) return;
  const span = phraseBefore(tokens, k - 1);
  // not "Friday's results", "January's profit": a day or month owns no shares
  if (span.to <= span.from || !/^\p{Lu}/u.test(tokens[span.from].text) || opensWithPlace(tokens, span) || isDayWord(tokens[span.to - 1].lower) || monthOf(tokens[span.to - 1].lower) !== undefined) return;
  const name = spanText(state.text, tokens, span);
  if (subjectKind(name) !== 'stock' || isNotTraded(name)) return;
  state.lastCompany = { subject: name, subjectKind: 'stock', ticker: tokens[span.to - 1].ticker, offset: tokens[span.from].start };
}

/** The prepositions of "Shares of X", "stock in X", one bit per token. */
const OF_OR_IN = wordClass(() => ['of', 'in']);
const SHARE_WORDS = new Set(['shares', 'stock']);

/**
 * "Shares of Wal-Mart, the world's biggest retailer, fell after it lowered prices …. The stock dropped 1.6 percent":
 * a capitalised name whose shares are named is a company, one a later "the stock" may refer to, though its move has no
 * figure and the name is not in the ticker table. Only "shares|stock of|in X" with X a whole capitalised name (not a
 * place word, not a possessive owner such as "Japan's").
 */
function rememberSharesOf(state: State, tokens: Token[], k: number): void {
  const of = tokens[k + 1]?.lower;
  if (of !== 'of' && of !== 'in') return;
  const span = phraseAfter(tokens, k + 2);
  // not "shares in August 2010": a date
  if (span.to <= span.from || span.from !== k + 2 || !/^\p{Lu}/u.test(tokens[span.from].text) || opensWithPlace(tokens, span) || tokens[span.to]?.type === 'possessive' || tokens.slice(span.from, span.to).some(isTimeWord)) return;
  const name = spanText(state.text, tokens, span);
  if (subjectKind(name) !== 'stock' || isNotTraded(name)) return;
  // "Applied Materials Inc ( AMAT.O ) … Shares in Applied fell": the company named before in full, with its code
  const last = state.lastCompany;
  if (last && last.subject.startsWith(`${name} `)) {
    state.lastCompany = { ...last, offset: tokens[span.from].start };
    return;
  }
  const entry = lookupTicker(name);
  state.lastCompany = { subject: name, subjectKind: 'stock', ticker: entry?.ticker ?? tokens[span.to - 1].ticker, exchange: entry?.exchange, offset: tokens[span.from].start };
}

/** The word class of the legal forms that mark a company name ("Acme Corp", "Fifth Third Bancorp"). */
const LEGAL_FORM = wordClass(() => LEGAL_FORMS);


/** A mapped company or index first met as a move subject ("the wider market" → KOSPI) becomes an entity quoting the subject. */
export function noteMoveEntity(state: State, move: PriceMove, ticker: string): void {
  const entry = lookupTickerSymbol(ticker);
  if (!entry || state.entityNames.has(entry.name)) return;
  state.entityNames.add(entry.name);
  const start = move.quote.start;
  const end = state.text.startsWith(move.subject, start) ? start + move.subject.length : move.quote.end;
  pushEntity(state, entry, start, end);
}
