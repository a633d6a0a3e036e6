/**
 * Clauses around a move: the subject before a verb group (skipping auxiliaries, asides (aside.ts) and
 * time phrases, and stepping off places and descriptions (place.ts)), the main clause a participle or
 * reduced clause hangs on ("The yen was at 150.2 per dollar, having gained 4.6%"), the market that
 * qualifies a generic index, and the modal words that make a move hypothetical. All look-backs are
 * bounded windows over one sentence's tokens.
 */
import { type Token, writtenText } from './tokenize';
import { isNeutralVerb, isPareVerb, verbSign } from './direction';
import { isNotTraded, subjectKind } from './kind';
import { type Span, phraseBefore } from './subject';
import { DETERMINERS, DISCOURSE_ADVERBS, MAX_ASIDE_TOKENS, isDash, opensAppositive } from './aside';
import { COVER_ADJECTIVES, EXCLUSIONS, GAUGE_HEADS, describedByProduct, gaugeOfCovered, isExchangeName, placePreposition } from './place';

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'also', 'further', 'already', 'still', 'reportedly', 'set', 'to', 'on', 'track', 'poised', 'having', 'which', 'that',
  // "have more than doubled", "nearly halved"
  'more', 'than', 'nearly', 'almost',
  // "BP and Shell both adding about 1 percent", "The S&P 500 is now up 51.7 percent"
  'both', 'each', 'now', 'currently', 'again']);
/** Adverbs between a subject and its verb ("Wachovia initially dropped more than 10 percent"); not after "after" ("after initially falling"). */
const VERB_ADVERBS = new Set(['initially', 'briefly', 'eventually', 'sharply', 'slightly', 'quickly', 'immediately', 'subsequently', 'ultimately', 'temporarily']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'will', "'ll", 'expected', 'expect', 'expects', 'expecting', 'forecast', 'forecasts', 'forecasting', 'predicting', 'projected', 'project', 'projects', 'predicted', 'predict', 'predicts', 'likely', 'unlikely', 'if', 'unless', 'seen', 'estimate', 'estimates', 'target', 'targets', 'aims', 'hopes', 'wants', 'can', 'cannot', 'must', 'plan', 'plans', 'intends']);
const TIME_WORDS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|quarter|session|morning|afternoon|trading|\d+)$/;
const COUNTER_PREPOSITIONS = new Set(['against', 'versus', 'vs']);
const OBJECT_PREPOSITIONS = new Set(['in', 'of', 'to', 'outside', 'inside', 'excluding', 'ex', 'across', 'among', 'from', 'at', 'against', 'versus', 'vs', 'than', 'like', 'into', 'beyond', 'except']);
/** Heads of "X of the Y" subjects: "the SOFIX index of the Bulgarian Stock Exchange", "share prices on the Paris Bourse". */
const HEAD_NOUNS = new Set(['index', 'shares', 'stocks', 'prices', 'price', 'market', 'futures', 'average']);
/** Other finite verbs that head a main clause a participle clause hangs on ("X led the gainers, rising 3.2%"). */
const CLAUSE_VERBS = new Set(['led', 'leads', 'topped', 'tops', 'headed', 'lagged', 'hit', 'hits', 'reached', 'touched', 'posted', 'recorded', 'marked', 'extended', 'outperformed', 'underperformed', 'became', 'remained', 'stayed', 'continued', 'held', 'hovered',
  'doubled', 'tripled', 'quadrupled', 'halved', 'bottomed', 'peaked', 'ranked', 'provided', 'gave']);
/** How far back (tokens) the verb of a coordinated clause is looked for. */
const MAX_CLAUSE_LOOKBACK = 25;
const MARKET_HEADS = new Set(['market', 'bourse', 'stocks', 'equities', 'exchange']);

/** A modal or forecast word; "May", "Will" and "Target" capitalised are a month and names. */
function isModal(token: Token): boolean {
  // "Target Corp ( TGT.N ), up 3 percent", "Target's shares are up about 6 percent": capitalised, a name
  return HYPOTHETICAL.has(token.lower) && !((token.lower === 'may' || token.lower === 'will' || token.lower === 'target') && token.text !== token.lower);
}

/** Whether the words between `from` and `to` make the move hypothetical or forecast. */
export function isHypothetical(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k += 1) if (isModal(tokens[k])) return true;
  return false;
}

/** A subject phrase; `aside` when an appositive, relative clause or dashed aside stood between it and the verb. */
export interface SubjectFound {
  span: Span;
  scanFrom: number;
  aside?: boolean;
}

/** Percent units ending a listed figure before the next listed name ("…, down 2.63 percent, Samsung Biologics Co., down 0.29 percent"). */
const PERCENT_WORDS = new Set(['percent', 'pct', '%', 'per', 'cent']);

/**
 * The subject phrase that ends right before token `group`, skipping auxiliaries, appositives and
 * time phrases. After a comma ("…, up 0.5%", "…, having gained 4.6%") the subject is the main
 * clause's (`clause` allows that one step back), unless the phrase before the comma is a statistic.
 */
export function subjectBefore(tokens: Token[], group: number, floor: number, clause = true): SubjectFound | undefined {
  let k = group - 1;
  while (k >= floor && (AUXILIARIES.has(tokens[k].lower) || isModal(tokens[k]) || tokens[k].lower === 'not' || (VERB_ADVERBS.has(tokens[k].lower) && !GERUND_LINKS.has(tokens[k - 1]?.lower ?? '')))) k -= 1;
  const scanFrom = k;
  let skipped = false;
  if (k < floor) return { span: { from: k + 1, to: k + 1 }, scanFrom };
  // "The Dow pared gains to end up 0.3%", "erased early losses to trade 1% higher": the subject of the reducing verb
  if (['gains', 'losses', 'gain', 'loss'].includes(tokens[k].lower) && tokens[k + 1]?.lower === 'to') {
    for (let v = k - 1; v >= Math.max(floor, k - 5); v -= 1) {
      // "Shares in Iberia shed early gains to trade down 0.25 percent": a fall verb that gave the gains back
      if (isPareVerb(tokens[v].lower) || (GAVE_BACK_VERBS.has(tokens[v].lower) && (tokens[k].lower === 'gains' || tokens[k].lower === 'gain'))) return subjectBefore(tokens, v, floor, clause);
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
    if (coded.to > coded.from && hasTicker(tokens, coded) && !rankedIn(tokens, coded)) return { span: coded, scanFrom };
  }
  // "Sterling, meanwhile, was up 0.1 percent": a discourse adverb set off by commas stands between subject and verb
  if (tokens[k].text === ',' && tokens[k - 2]?.text === ',' && DISCOURSE_ADVERBS.has(tokens[k - 1].lower) && k - 3 >= floor) {
    k -= 3;
    // "Shares of Goldman Sachs, the world's largest securities firm by market value, meanwhile, ended down 3.4 percent":
    // an appositive before the adverb; its closing comma is read as usual below
    for (let c = k - 1; c >= Math.max(floor, k - MAX_ASIDE_TOKENS); c -= 1) {
      if (tokens[c].text === ',' && opensAppositive(tokens, c + 1, k + 1)) {
        k += 1;
        break;
      }
    }
  }
  // "United Technologies Corp ( UTX.N ) -- another big manufacturer -- up 2.2 percent": a dashed aside is skipped
  if (isDash(tokens, k)) {
    let open = k - (tokens[k].text === '-' ? 2 : 1);
    while (open >= Math.max(floor, k - MAX_ASIDE_TOKENS) && !isDash(tokens, open)) open -= 1;
    k = open >= Math.max(floor, k - MAX_ASIDE_TOKENS) ? open - (tokens[open].text === '-' ? 2 : 1) : k - (tokens[k].text === '-' ? 2 : 1);
    skipped = true;
    if (k < floor) return undefined;
  }
  // "Exxon Mobil Corp. ( XOM.N ), which reversed earlier losses and rose 0.7 percent": the relative clause's antecedent
  if (tokens[k].lower === 'and') {
    for (let w = k - 1; w >= Math.max(floor + 2, k - MAX_CLAUSE_LOOKBACK); w -= 1) {
      if (tokens[w].text === ',' || tokens[w].text === ';') break;
      if ((tokens[w].lower === 'which' || tokens[w].lower === 'who') && tokens[w - 1].text === ',') {
        const antecedent = nounPhraseBefore(tokens, w - 2, floor);
        if (antecedent.to > antecedent.from && /\p{Lu}/u.test(tokens[antecedent.from].text)) return { span: antecedent, scanFrom, aside: true };
        break;
      }
    }
  }
  if (tokens[k].text === ',') {
    // "the composite index, a weighted average of 355 listed shares, rising" → skip the appositive;
    // "Palm Inc PALM.O, maker of the Treo smart phone, fell", "Viacom, owner of MTV Networks, Paramount movie studios
    // and Nickelodeon cable channels, rose", "Mitsubishi Corp ( 8058.T ), Japan's largest trading house, dropped"
    let appositive = false;
    // "including LG Energy Solution Ltd., down 2.63 percent, Samsung Biologics Co., down 0.29 percent": a verbless
    // figure right after a listed name is that name's, whatever aside the list sits in
    if (k === group - 1 && ['up', 'down', 'off'].includes(tokens[group]?.lower ?? '') && clause && k - 1 >= floor) {
      const listed = nounPhraseBefore(tokens, k - 1, floor);
      const opener = tokens[listed.from - 1];
      if (listed.to > listed.from && /^\p{Lu}/u.test(tokens[listed.from].text) && (hasTicker(tokens, listed) || (opener && (LISTING_WORDS.has(opener.lower) || (opener.text === ',' && tokens[listed.from - 2]?.type === 'word' && PERCENT_WORDS.has(tokens[listed.from - 2].lower)))))) return { span: listed, scanFrom, aside: false };
    }
    for (let c = k - 1; c >= Math.max(floor, k - MAX_ASIDE_TOKENS); c -= 1) {
      if (tokens[c].text !== ',') continue;
      if (opensAppositive(tokens, c + 1, k)) {
        k = c;
        appositive = true;
        break;
      }
      // a capitalised list item inside the appositive ("…, Paramount movie studios and …"): look further back
      if (/^\p{Lu}/u.test(tokens[c + 1]?.text ?? '') && k - c < MAX_ASIDE_TOKENS && !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) continue;
      break;
    }
    if (appositive) skipped = true;
    k -= 1;
    if (!appositive && clause && k >= floor) {
      const near = nounPhraseBefore(tokens, k, floor);
      // "led by Apple Inc ( AAPL.O ), up 1.7 percent", "such as Chevron, down 3.4 percent": a name listed with its
      // own figure, written with its code or after a listing word, is the subject, not the main clause's
      if (near.to > near.from && !rankedIn(tokens, near) && (hasTicker(tokens, near) || (LISTING_WORDS.has(tokens[near.from - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[near.from].text)))) return { span: near, scanFrom, aside: skipped };
      // "Mitsubishi Corp ( 8058.T ), Japan's largest trading house, dropped 2.7%": the coded name before an appositive
      if (near.to > near.from && tokens[near.from - 1]?.text === ',' && near.from - 2 >= floor) {
        const named = phraseBefore(tokens, near.from - 2, floor);
        if (named.to > named.from && hasTicker(tokens, named)) return { span: named, scanFrom, aside: skipped };
      }
      const nearWords = tokens.slice(near.from, near.to).map((t) => t.text).join(' ');
      if (near.to > near.from && isNotTraded(nearWords)) return { span: near, scanFrom, aside: skipped };
      // the main clause may be the previous move's ("The dollar was up 0.1% …, having jumped 1.3%")
      const main = mainClauseSubject(tokens, k, 0);
      // "X posted a net profit of 11.2 billion lira in the quarter, up 31%": the result moved, not X
      if (main && reportsResult(tokens, main.to, k)) return undefined;
      if (main) return { span: main, scanFrom, aside: skipped };
    }
  }
  if (k < floor) return undefined;
  if (tokens[k].lower === 'it' || tokens[k].lower === 'they') return { span: { from: k, to: k + 1 }, scanFrom, aside: skipped };
  let span = nounPhraseBefore(tokens, k, floor);
  // "the FT-SE index of 100 leading shares": an index described by its members
  if (tokens[span.from - 1]?.type === 'number' && tokens[span.from - 2]?.lower === 'of' && span.from - 3 >= floor) {
    span = phraseBefore(tokens, span.from - 3, floor);
  }
  // "The FTSEurofirst 300 index .FTEU3 of leading European shares ended 3.4 percent higher": the index, with what it covers
  if (COVER_ADJECTIVES.has(tokens[span.from - 1]?.lower ?? '') && tokens[span.from - 2]?.lower === 'of' && GAUGE_HEADS.has(tokens[span.from - 3]?.lower ?? '') && span.from - 3 >= floor) {
    const head = phraseBefore(tokens, span.from - 3, floor);
    if (head.to > head.from) span = head;
  }
  // "the SOFIX index of the Bulgarian Stock Exchange fell": the index, with what it is of
  if (['the', 'a'].includes(tokens[span.from - 1]?.lower ?? '') && ['of', 'at', 'on'].includes(tokens[span.from - 2]?.lower ?? '') && span.from - 3 >= floor) {
    const head = phraseBefore(tokens, span.from - 3, floor);
    if (head.to > head.from && tokens.slice(head.from, head.to).some((t) => HEAD_NOUNS.has(t.lower))) span = { from: head.from, to: span.to };
  }
  // "Gold futures for April delivery on the COMEX division of the New York Mercantile Exchange settled up": an exchange
  // (and the division or delivery month before it) locates the subject; the head is further left
  for (let hop = 0; hop < 3 && isExchangeName(tokens, span) && span.from - 3 >= floor; hop += 1) {
    const the = tokens[span.from - 1]?.lower === 'the' ? span.from - 1 : span.from;
    if (!['of', 'on', 'at', 'in'].includes(tokens[the - 1]?.lower ?? '')) break;
    let head = phraseBefore(tokens, the - 2, floor);
    // "… on the COMEX division of …": step over the division to what it trades
    if (head.to > head.from && /^(?:division|unit|arm|floor|market)$/.test(tokens[head.to - 1].lower)) {
      const of = tokens[head.from - 1]?.lower === 'the' ? head.from - 1 : head.from;
      if (!['of', 'on', 'at', 'in'].includes(tokens[of - 1]?.lower ?? '')) return undefined;
      head = phraseBefore(tokens, of - 2, floor);
    }
    if (head.to <= head.from) return undefined;
    // "… for April delivery": the contract's head before "for"
    if (tokens[head.from - 1]?.lower === 'for' && head.from - 2 >= floor) head = phraseBefore(tokens, head.from - 2, floor);
    if (head.to <= head.from) return undefined;
    span = head;
  }
  if (isExchangeName(tokens, span)) return undefined;
  // "Coffee futures in New York slumped", "Copper on the London Metal Exchange climbed": the head before the trading place
  const place = placePreposition(tokens, span);
  if (place !== undefined && place - 1 >= floor && tokens[place - 1].type === 'word') {
    // "Kraft shares traded in Frankfurt were down 1.8 percent": the participle locates the shares
    const participle = ['traded', 'listed', 'quoted', 'dealt'].includes(tokens[place - 1].lower) && place - 2 >= floor;
    const head = phraseBefore(tokens, participle ? place - 2 : place - 1, floor);
    if (head.to > head.from) return { span: head, scanFrom, aside: skipped };
  }
  // "shares in the maker of the Barbie doll slid 16.1 percent": a company described by what it makes, named before
  const described = describedByProduct(tokens, span, floor);
  if (described) return { span: described, scanFrom, aside: skipped };
  const before = tokens[span.from - 1]?.lower ?? '';
  // "shares in Nvidia": keep the share words so the name is read off the whole phrase
  if ((before === 'in' || before === 'of') && ['shares', 'stock'].includes(tokens[span.from - 2]?.lower ?? '')) span = { from: span.from - 2, to: span.to };
  // "an index of Asia-Pacific shares outside Japan rose": the phrase is a preposition's object, not the subject
  // "crude oil futures for April delivery rose": the head before "for" is the subject
  else if (before === 'for' && span.from - 2 >= floor && tokens[span.from - 2].type === 'word') {
    const head = phraseBefore(tokens, span.from - 2, floor);
    if (head.to > head.from) return { span: head, scanFrom, aside: skipped };
    return undefined;
  }
  // "the price of bullion rose": the owner of a price is the subject
  else if (before === 'of' && ['price', 'prices', 'value', 'cost'].includes(tokens[span.from - 2]?.lower ?? '')) return { span, scanFrom, aside: skipped };
  // "Boeing shares fell $1.07, …, while shares of GE slipped 24 cents, … and those of 3M dropped 79 cents": "those" stands
  // for the shares named before
  else if (before === 'of' && tokens[span.from - 2]?.lower === 'those' && THOSE_OPENERS.has(tokens[span.from - 3]?.lower ?? '') && /^\p{Lu}|^\d/u.test(tokens[span.from].text)) return { span, scanFrom, aside: skipped };
  // "the Dow Jones index of home builders rose": the index with what it covers
  else if (before === 'of' && GAUGE_HEADS.has(tokens[span.from - 2]?.lower ?? '') && span.from - 2 >= floor) {
    const head = phraseBefore(tokens, span.from - 2, floor);
    return { span: { from: head.from, to: span.to }, scanFrom, aside: skipped };
  }
  // "MSCI's broadest index of Asia-Pacific shares outside Japan fell": a gauge named by what it covers
  else if (EXCLUSIONS.has(before)) return gaugeOfCovered(tokens, span, floor, scanFrom);
  else if (OBJECT_PREPOSITIONS.has(before)) return undefined;
  // "… gains against the yen, falling 1.6 percent": the currency a move is measured against is not its subject
  else if (before === 'the' && COUNTER_PREPOSITIONS.has(tokens[span.from - 2]?.lower ?? '')) return undefined;
  return { span, scanFrom, aside: skipped };
}

const GERUND_LINKS = new Set(['before', 'after', 'while']);
/** Fall verbs that give gains back before a reduced move: "shed early gains to trade down", "lost early gains to close lower". */
const GAVE_BACK_VERBS = new Set(['shed', 'sheds', 'lost', 'loses', 'surrendered', 'reversed', 'reverses']);
/** Words before "those of X" when "those" stands for shares named earlier: ", while those of Celanese fell". */
const THOSE_OPENERS = new Set(['and', 'while', 'whereas', 'but', ',']);
/** Words that introduce names given with their own figures: "led by X, up 2%", "such as X, down 3%". */
const LISTING_WORDS = new Set(['by', 'as', 'including', 'included', 'include', 'includes', 'with', 'from', 'like', 'were', 'was', 'and', 'of']);

/** Ranking nouns: "the top gainer on the Nasdaq 100", "one of the biggest drags on the Dow". */
const RANK_NOUNS = new Set(['gainer', 'gainers', 'loser', 'losers', 'decliner', 'decliners', 'advancer', 'advancers', 'drag', 'drags', 'boost', 'boosts', 'performer', 'performers', 'weight', 'weights', 'mover', 'movers', 'laggard', 'laggards', 'percentage']);

/**
 * Whether a phrase is the index a ranking is taken in ("Qualcomm ( QCOM.O ) was the top gainer on the Nasdaq 100 .NDX,
 * rising 3.1 percent"): the figure after it is the ranked stock's, not the index's.
 */
function rankedIn(tokens: Token[], span: Span): boolean {
  const preposition = tokens[span.from - 1]?.lower === 'the' ? span.from - 2 : span.from - 1;
  return ['on', 'in', 'of', 'among'].includes(tokens[preposition]?.lower ?? '') && RANK_NOUNS.has(tokens[preposition - 1]?.lower ?? '');
}

/** Whether a phrase carries a ticker or RIC written with it (codes.ts). */
export function hasTicker(tokens: Token[], span: Span): boolean {
  for (let k = span.from; k < span.to; k += 1) if (tokens[k].ticker !== undefined) return true;
  return false;
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

/**
 * Adjectives of a move noun, before or after its figure: "the Dow's slight advance", "posted a modest 0.3 percent rise",
 * "a 2.1% weekly gain", "posted a weekly gain of 3.1 percent" (one list for clause.ts, nominal.ts and moves.ts).
 */
export const MOVE_ADJECTIVES = new Set(['slight', 'modest', 'sharp', 'steep', 'strong', 'big', 'small', 'early', 'late', 'broad', 'further', 'biggest', 'largest', 'steady',
  'hefty', 'solid', 'healthy', 'whopping', 'record', 'weekly', 'daily', 'monthly', 'annual', 'yearly', 'quarterly', 'intraday']);

/** The subject of the nearest verb before token `k` ("The yen was last at 150.2 per dollar, …" → "yen"). */
export function mainClauseSubject(tokens: Token[], k: number, floor: number): Span | undefined {
  for (let v = k; v >= Math.max(floor, k - MAX_CLAUSE_LOOKBACK); v -= 1) {
    const word = tokens[v].lower;
    if (verbSign(word) === undefined && !isNeutralVerb(word) && !CLAUSE_VERBS.has(word)) continue;
    // "the Dow's slight advance", "a jump": a move word after a determiner or possessive is a noun, not the clause's verb
    const noun = (t: Token | undefined) => !!t && (t.type === 'possessive' || DETERMINERS.has(t.lower));
    if (noun(tokens[v - 1]) || (MOVE_ADJECTIVES.has(tokens[v - 1]?.lower ?? '') && noun(tokens[v - 2]))) continue;
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
    return writtenText(text, capitalised[0].start, capitalised[capitalised.length - 1].end);
  }
  return undefined;
}
