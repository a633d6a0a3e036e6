/**
 * Clauses around a move: the subject before a verb group (skipping auxiliaries, appositives and
 * time phrases), the main clause a participle or reduced clause hangs on ("The yen was at 150.2
 * per dollar, having gained 4.6%"), coordinated subjects of "respectively" lists, the market that
 * qualifies a generic index, and the modal words that make a move hypothetical. All look-backs are
 * bounded windows over one sentence's tokens.
 */
import type { Token } from './tokenize';
import { isNeutralVerb, isPareVerb, verbSign } from './direction';
import { isNotTraded, subjectKind } from './kind';
import { type Span, phraseBefore } from './subject';

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'also', 'further', 'already', 'still', 'reportedly', 'set', 'to', 'on', 'track', 'poised', 'having', 'which', 'that',
  // "have more than doubled", "nearly halved"
  'more', 'than', 'nearly', 'almost']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'will', "'ll", 'expected', 'expect', 'expects', 'forecast', 'forecasts', 'projected', 'project', 'projects', 'predicted', 'predict', 'predicts', 'likely', 'unlikely', 'if', 'unless', 'seen', 'estimate', 'estimates', 'target', 'targets', 'aims', 'hopes', 'wants', 'can', 'cannot', 'must', 'plan', 'plans', 'intends']);
const TIME_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|quarter|session|morning|afternoon|trading|\d+)$/;
const OBJECT_PREPOSITIONS = new Set(['in', 'of', 'outside', 'inside', 'excluding', 'ex', 'across', 'among', 'from', 'at', 'against', 'versus', 'vs', 'than', 'like', 'into', 'beyond', 'except']);
/** Heads of "X of the Y" subjects: "the SOFIX index of the Bulgarian Stock Exchange", "share prices on the Paris Bourse". */
const HEAD_NOUNS = new Set(['index', 'shares', 'stocks', 'prices', 'price', 'market', 'futures', 'average']);
/** Other finite verbs that head a main clause a participle clause hangs on ("X led the gainers, rising 3.2%"). */
const CLAUSE_VERBS = new Set(['led', 'leads', 'topped', 'tops', 'headed', 'lagged', 'hit', 'hits', 'reached', 'touched', 'posted', 'recorded', 'marked', 'extended', 'outperformed', 'underperformed', 'became', 'remained', 'stayed', 'continued', 'held', 'hovered',
  'doubled', 'tripled', 'quadrupled', 'halved']);
/** How far back (tokens) the verb of a coordinated clause is looked for. */
const MAX_CLAUSE_LOOKBACK = 25;
const MARKET_HEADS = new Set(['market', 'bourse', 'stocks', 'equities', 'exchange']);

/** A modal or forecast word; "May" and "Will" capitalised mid-sentence are a month and a name. */
function isModal(token: Token): boolean {
  return HYPOTHETICAL.has(token.lower) && !((token.lower === 'may' || token.lower === 'will') && token.text !== token.lower);
}

/** Whether the words between `from` and `to` make the move hypothetical or forecast. */
export function isHypothetical(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k += 1) if (isModal(tokens[k])) return true;
  return false;
}

/**
 * The subject phrase that ends right before token `group`, skipping auxiliaries, appositives and
 * time phrases. After a comma ("…, up 0.5%", "…, having gained 4.6%") the subject is the main
 * clause's (`clause` allows that one step back), unless the phrase before the comma is a statistic.
 */
export function subjectBefore(tokens: Token[], group: number, floor: number, clause = true): { span: Span; scanFrom: number } | undefined {
  let k = group - 1;
  while (k >= floor && (AUXILIARIES.has(tokens[k].lower) || isModal(tokens[k]) || tokens[k].lower === 'not')) k -= 1;
  const scanFrom = k;
  if (k < floor) return { span: { from: k + 1, to: k + 1 }, scanFrom };
  // "The Dow pared gains to end up 0.3%", "erased early losses to trade 1% higher": the subject of the reducing verb
  if (['gains', 'losses', 'gain', 'loss'].includes(tokens[k].lower) && tokens[k + 1]?.lower === 'to') {
    for (let v = k - 1; v >= Math.max(floor, k - 5); v -= 1) {
      if (isPareVerb(tokens[v].lower)) return subjectBefore(tokens, v, floor, clause);
      if (!/^[a-z']+$/.test(tokens[v].lower) && tokens[v].type !== 'possessive') break;
    }
  }
  // "WaMu, whose shares lost 12.4 percent": the antecedent's shares
  if (['shares', 'stock'].includes(tokens[k].lower) && tokens[k - 1]?.lower === 'whose' && tokens[k - 2]?.text === ',' && k - 3 >= floor) {
    const antecedent = nounPhraseBefore(tokens, k - 3, floor);
    if (antecedent.to > antecedent.from) return { span: antecedent, scanFrom };
  }
  // "…the best performer on the DAX, which is up 19%": a relative clause's subject is its antecedent
  if (tokens[k + 1]?.lower === 'which' && tokens[k].text === ',' && k - 1 >= floor) {
    const antecedent = nounPhraseBefore(tokens, k - 1, floor);
    if (antecedent.to > antecedent.from) return { span: antecedent, scanFrom };
  }
  // "X fell 6% before paring losses to close 2.1% lower": a gerund clause's object is no subject; the main clause's is
  for (let g = k; g >= Math.max(floor + 1, k - 3) && tokens[g].type === 'word'; g -= 1) {
    if (!/[a-z]ing$/.test(tokens[g].lower) || !GERUND_LINKS.has(tokens[g - 1].lower) || g === k) continue;
    const main = mainClauseSubject(tokens, g - 2, 0);
    return main ? { span: main, scanFrom } : undefined;
  }
  if (tokens[k].text === ',' && clause && k - 1 >= floor) {
    // "the top drags included the stock of Google Inc. ( GOOG.O ), down 1.5 percent": a coded name with its own figure
    const coded = nounPhraseBefore(tokens, k - 1, floor);
    if (coded.to > coded.from && hasTicker(tokens, coded)) return { span: coded, scanFrom };
  }
  if (tokens[k].text === ',') {
    // "the composite index, a weighted average of 355 listed shares, rising" → skip the appositive
    let appositive = false;
    for (let c = k - 1; c >= Math.max(floor, k - 14); c -= 1) {
      if (tokens[c].text !== ',') continue;
      if (['a', 'an', 'the', 'which', 'who', 'its', 'whose'].includes(tokens[c + 1]?.lower ?? '')) {
        k = c;
        appositive = true;
      }
      break;
    }
    k -= 1;
    if (!appositive && clause && k >= floor) {
      const near = nounPhraseBefore(tokens, k, floor);
      // "led by Apple Inc ( AAPL.O ), up 1.7 percent", "such as Chevron, down 3.4 percent": a name listed with its
      // own figure, written with its code or after a listing word, is the subject, not the main clause's
      if (near.to > near.from && (hasTicker(tokens, near) || (LISTING_WORDS.has(tokens[near.from - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[near.from].text)))) return { span: near, scanFrom };
      // "Mitsubishi Corp ( 8058.T ), Japan's largest trading house, dropped 2.7%": the coded name before an appositive
      if (near.to > near.from && tokens[near.from - 1]?.text === ',' && near.from - 2 >= floor) {
        const named = phraseBefore(tokens, near.from - 2, floor);
        if (named.to > named.from && hasTicker(tokens, named)) return { span: named, scanFrom };
      }
      const nearWords = tokens.slice(near.from, near.to).map((t) => t.text).join(' ');
      if (near.to > near.from && isNotTraded(nearWords)) return { span: near, scanFrom };
      // the main clause may be the previous move's ("The dollar was up 0.1% …, having jumped 1.3%")
      const main = mainClauseSubject(tokens, k, 0);
      // "X posted a net profit of 11.2 billion lira in the quarter, up 31%": the result moved, not X
      if (main && reportsResult(tokens, main.to, k)) return undefined;
      if (main) return { span: main, scanFrom };
    }
  }
  if (k < floor) return undefined;
  if (tokens[k].lower === 'it' || tokens[k].lower === 'they') return { span: { from: k, to: k + 1 }, scanFrom };
  let span = nounPhraseBefore(tokens, k, floor);
  // "the FT-SE index of 100 leading shares": an index described by its members
  if (tokens[span.from - 1]?.type === 'number' && tokens[span.from - 2]?.lower === 'of' && span.from - 3 >= floor) {
    span = phraseBefore(tokens, span.from - 3, floor);
  }
  // "the SOFIX index of the Bulgarian Stock Exchange fell": the index, with what it is of
  if (['the', 'a'].includes(tokens[span.from - 1]?.lower ?? '') && ['of', 'at', 'on'].includes(tokens[span.from - 2]?.lower ?? '') && span.from - 3 >= floor) {
    const head = phraseBefore(tokens, span.from - 3, floor);
    if (head.to > head.from && tokens.slice(head.from, head.to).some((t) => HEAD_NOUNS.has(t.lower))) span = { from: head.from, to: span.to };
  }
  // "Coffee futures in New York slumped", "Copper on the London Metal Exchange climbed": the head before the trading place
  const place = placePreposition(tokens, span);
  if (place !== undefined && place - 1 >= floor && tokens[place - 1].type === 'word') {
    const head = phraseBefore(tokens, place - 1, floor);
    if (head.to > head.from) return { span: head, scanFrom };
  }
  const before = tokens[span.from - 1]?.lower ?? '';
  // "shares in Nvidia": keep the share words so the name is read off the whole phrase
  if ((before === 'in' || before === 'of') && ['shares', 'stock'].includes(tokens[span.from - 2]?.lower ?? '')) span = { from: span.from - 2, to: span.to };
  // "an index of Asia-Pacific shares outside Japan rose": the phrase is a preposition's object, not the subject
  // "crude oil futures for April delivery rose": the head before "for" is the subject
  else if (before === 'for' && span.from - 2 >= floor && tokens[span.from - 2].type === 'word') {
    const head = phraseBefore(tokens, span.from - 2, floor);
    if (head.to > head.from) return { span: head, scanFrom };
    return undefined;
  }
  // "the price of bullion rose": the owner of a price is the subject
  else if (before === 'of' && ['price', 'prices', 'value', 'cost'].includes(tokens[span.from - 2]?.lower ?? '')) return { span, scanFrom };
  // "the Dow Jones index of home builders rose": the index with what it covers
  else if (before === 'of' && GAUGE_HEADS.has(tokens[span.from - 2]?.lower ?? '') && span.from - 2 >= floor) {
    const head = phraseBefore(tokens, span.from - 2, floor);
    return { span: { from: head.from, to: span.to }, scanFrom };
  }
  // "MSCI's broadest index of Asia-Pacific shares outside Japan fell": a gauge named by what it covers
  else if (EXCLUSIONS.has(before)) return gaugeOfCovered(tokens, span, floor, scanFrom);
  else if (OBJECT_PREPOSITIONS.has(before)) return undefined;
  return { span, scanFrom };
}

/** Financial centres and exchange names that locate a traded subject ("in London", "on the LME"). */
const TRADING_PLACES = new Set(('new york|london|tokyo|hong kong|singapore|frankfurt|paris|zurich|chicago|sydney|seoul|shanghai|shenzhen|' +
  'mumbai|toronto|milan|madrid|amsterdam|brussels|stockholm|oslo|copenhagen|helsinki|vienna|warsaw|istanbul|johannesburg|dubai|' +
  'taipei|jakarta|bangkok|manila|kuala lumpur|wellington|sao paulo|lme|nymex|comex|cbot|ice|wall street').split('|'));
const PLACE_HEADS = new Set(['exchange', 'bourse', 'board']);

/**
 * When `span` is a trading place after "in"/"on"/"at" [the] ("in New York", "on the London Metal
 * Exchange"), the index of that preposition; otherwise undefined.
 */
function placePreposition(tokens: Token[], span: Span): number | undefined {
  const words = tokens.slice(span.from, span.to);
  if (words.length === 0 || !words.every((t) => t.type !== 'word' || /^\p{Lu}/u.test(t.text))) return undefined;
  const name = words.filter((t) => t.type === 'word').map((t) => t.lower);
  if (!TRADING_PLACES.has(name.join(' ')) && !PLACE_HEADS.has(name[name.length - 1])) return undefined;
  const at = tokens[span.from - 1]?.lower === 'the' ? span.from - 2 : span.from - 1;
  return ['in', 'on', 'at'].includes(tokens[at]?.lower ?? '') ? at : undefined;
}

const GERUND_LINKS = new Set(['before', 'after', 'while']);
/** Words that introduce names given with their own figures: "led by X, up 2%", "such as X, down 3%". */
const LISTING_WORDS = new Set(['by', 'as', 'including', 'included', 'include', 'includes', 'with', 'from', 'like', 'were', 'was', 'and', 'of']);

/** Whether a phrase carries a ticker or RIC written with it (codes.ts). */
function hasTicker(tokens: Token[], span: Span): boolean {
  for (let k = span.from; k < span.to; k += 1) if (tokens[k].ticker !== undefined) return true;
  return false;
}
const EXCLUSIONS = new Set(['outside', 'excluding', 'ex']);
const GAUGE_HEADS = new Set(['index', 'gauge', 'benchmark', 'indicator']);

/** "<gauge> of <shares> outside <region>" ending at `span` (the region): the whole phrase, else undefined. */
function gaugeOfCovered(tokens: Token[], span: Span, floor: number, scanFrom: number): { span: Span; scanFrom: number } | undefined {
  const covered = phraseBefore(tokens, span.from - 2, floor);
  if (covered.to <= covered.from || tokens[covered.from - 1]?.lower !== 'of' || covered.from - 2 < floor) return undefined;
  const head = phraseBefore(tokens, covered.from - 2, floor);
  if (head.to <= head.from || !GAUGE_HEADS.has(tokens[head.to - 1].lower)) return undefined;
  return { span: { from: head.from, to: span.to }, scanFrom };
}

/** Whether the words from `from` to `to` (a main clause's predicate) name a result or statistic ("a net profit of …"). */
function reportsResult(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k - from < MAX_CLAUSE_LOOKBACK; k += 1) if (RESULT_NOUNS.has(tokens[k].lower)) return true;
  return false;
}
/** Reported results and statistics a trailing ", up N%" may refer to (not "losses", "volume", "demand": market words too). */
const RESULT_NOUNS = new Set(['profit', 'profits', 'earnings', 'income', 'revenue', 'revenues', 'sales', 'turnover', 'loss', 'deficit', 'surplus',
  'ebitda', 'ebit', 'output', 'production', 'exports', 'imports', 'orders', 'dividend', 'inflation', 'gdp']);

/** {@link phraseBefore}, stepping over a time phrase to the noun it follows ("bankruptcies in February"). */
function nounPhraseBefore(tokens: Token[], k: number, floor: number): Span {
  const span = phraseBefore(tokens, k, floor);
  const words = tokens.slice(span.from, span.to);
  if (words.every((t) => TIME_WORDS.test(t.lower) || t.type === 'symbol') && ['in', 'on', 'for', 'during', 'through', 'since', 'last', 'this'].includes(tokens[span.from - 1]?.lower ?? '')) {
    const before = span.from - 2;
    if (before >= floor) return phraseBefore(tokens, before, floor);
  }
  return span;
}

/** The subject of the nearest verb before token `k` ("The yen was last at 150.2 per dollar, …" → "yen"). */
export function mainClauseSubject(tokens: Token[], k: number, floor: number): Span | undefined {
  for (let v = k; v >= Math.max(floor, k - MAX_CLAUSE_LOOKBACK); v -= 1) {
    const word = tokens[v].lower;
    if (verbSign(word) === undefined && !isNeutralVerb(word) && !CLAUSE_VERBS.has(word)) continue;
    const main = subjectBefore(tokens, v, floor, false);
    // "in heavy trading": a verb-like word without a named subject; keep looking left
    if (!main || main.span.to <= main.span.from) continue;
    const words = tokens.slice(main.span.from, main.span.to);
    if (!words.some((t) => /\p{Lu}/u.test(t.text)) && subjectKind(words.map((t) => t.text).join(' ')) === 'other') continue;
    return main.span;
  }
  return undefined;
}

/** The capitalised words naming the market earlier in the sentence ("South Korean" of "The South Korean stock market"). */
export function marketQualifier(text: string, tokens: Token[], before: number): string | undefined {
  for (let k = before - 1; k >= 0; k -= 1) {
    if (!MARKET_HEADS.has(tokens[k].lower)) continue;
    const phrase = phraseBefore(tokens, k);
    const capitalised = tokens.slice(phrase.from, k).filter((t) => /^\p{Lu}/u.test(t.text) && t.lower !== 'the');
    if (capitalised.length === 0) return undefined;
    return text.slice(capitalised[0].start, capitalised[capitalised.length - 1].end);
  }
  return undefined;
}

/** "A, B and C" before a verb: the `count` coordinated subject phrases, in order. */
export function coordinatedSubjects(tokens: Token[], last: Span, count: number, floor: number): Span[] | undefined {
  const spans = [last];
  let k = last.from - 1;
  while (spans.length < count && k >= floor) {
    if (tokens[k].text === ',' || tokens[k].lower === 'and') k -= 1;
    if (tokens[k]?.lower === 'and') k -= 1;
    if (k < floor) return undefined;
    const span = phraseBefore(tokens, k, floor);
    if (span.to <= span.from) return undefined;
    spans.unshift(span);
    k = span.from - 1;
  }
  return spans.length === count ? spans : undefined;
}
