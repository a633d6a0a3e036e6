/**
 * The subject of a move: the noun phrase before the verb ("Chip giant SK hynix jumped" → "SK hynix"),
 * or after "in" in a nominal move ("a 10% surge in Sony Group" → "Sony Group").
 *
 * Noun phrases are read over tokens within a bounded window. Walking back from the verb, lower-case
 * words belong to the phrase until a capitalised word is seen; after that only capitalised words,
 * numbers of names ("S&P 500"), bracketed tickers ("(KOSPI)", "[ZSE:KOEI]") and "of"/"&" between
 * capitalised words do — so descriptors such as "Chip giant" or "Market bellwether" are left out.
 */
import { LEGAL_FORMS } from './legal-forms';
import { type Token, writtenText } from './tokenize';
import { adjacent } from './numbers';
import { isNeutralVerb, nounSign, verbSign } from './direction';
import { hasClass, wordClass } from './lexicon';

/** Longest noun phrase, in tokens. */
export const MAX_PHRASE_TOKENS = 10;
const MAX_BRACKET_TOKENS = 6;

/** Function words that end a noun phrase. */
const BOUNDARY = new Set(
  ('the a an this that these those and or but nor while whereas although though as if when after before since because ' +
    'with without in on at by for from to against into onto over under through between among amid amidst during despite ' +
    'following including like than said says say told which who whose where whom its their his her our your my it they he she ' +
    'we you i meanwhile however also led has have had having was were is are be been being would could should may ' +
    'might will can must do does did not no vs versus per via about around nearly almost some more most less least while ' +
    'then so yet still only even just both either neither each every all any other such what there here now today yesterday ' +
    'tomorrow again up down off out ytd sending pushing driving lifting dragging pulling taking leaving knocking').split(' '),
);

/** Words that refer back to a company or index named earlier ("the company", "its shares", "Co"). */
const ANAPHORS = new Set(['it', 'they', 'its', 'their', 'company', 'firm', 'group', 'co', 'stock', 'shares', 'share', 'index', 'benchmark', 'gauge', 'lender', 'carrier', 'automaker', 'chipmaker', 'insurer', 'bank']);

/** Words a name is allowed to continue through between capitalised words ("Bank of America", "Procter & Gamble"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'du', 'la', 'van', 'von', 'der']);
/** Lower-case particles inside Italian, Spanish and Portuguese names ("Monte dei Paschi di Siena", "Banco do Brasil"); capitalised they are a name's own word ("Del Monte"). */
const LOWER_NAME_CONNECTORS = new Set(['di', 'dei', 'del', 'della', 'do', 'da', 'dos']);

/** Whether a token joins two capitalised parts of one name. */
function isNameConnector(t: Token): boolean {
  return hasClass(t, NAME_CONNECTOR) && (NAME_CONNECTORS.has(t.lower) || t.text === t.lower);
}
const NAME_CONNECTOR = wordClass(() => [...NAME_CONNECTORS, ...LOWER_NAME_CONNECTORS]);

/** Whether a token has an upper-case letter: ASCII text by its codes, other text by the Unicode class (this runs on every word of a phrase). */
function hasUpper(t: Token): boolean {
  const text = t.text;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return UPPER.test(text);
  }
  return false;
}
const UPPER = /\p{Lu}/u;

/** A token range [from, to). */
export interface Span {
  from: number;
  to: number;
}

function matchingOpen(tokens: Token[], close: number, floor: number): number | undefined {
  const open = tokens[close].text === ')' ? '(' : '[';
  for (let k = close - 1; k >= Math.max(floor, close - MAX_BRACKET_TOKENS - 1); k -= 1) {
    if (tokens[k].text === open) return k;
    if (tokens[k].text === ')' || tokens[k].text === ']') return undefined;
  }
  return undefined;
}

/** Whether tokens [from, to) are all legal suffixes or dots ("Corp", "Co ."); true when empty. */
function onlyLegalSuffix(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (!LEGAL_FORMS.has(tokens[k].lower) && tokens[k].text !== '.') return false;
  return true;
}

function isWordLike(t: Token | undefined): boolean {
  return !!t && (t.type === 'word' || t.type === 'number');
}

/**
 * Reads the noun phrase that ends at token `last` (inclusive), walking back no further than `floor`.
 *
 * @returns the phrase's token span (empty when `last` is a boundary word).
 * @example
 * // tokens of "Chip giant SK hynix" with last = 3 → { from: 2, to: 4 } ("SK hynix")
 */
export function phraseBefore(tokens: Token[], last: number, floor = 0): Span {
  let i = last;
  let sawUpper = false;
  while (i >= floor && last - i < MAX_PHRASE_TOKENS) {
    const t = tokens[i];
    if (t.text === ')' || t.text === ']') {
      const open = matchingOpen(tokens, i, floor);
      if (open === undefined) break;
      // "[ID:nBNG511551] Black & Decker shares surged": a Reuters cross-reference ends the sentence before it
      if (tokens[open + 1]?.text === 'ID' && tokens[open + 2]?.text === ':') break;
      if (tokens.slice(open, i).some(hasUpper)) sawUpper = true;
      i = open - 1;
      continue;
    }
    // currency pairs: "EUR/USD"; names joined by a slash: "IAC/InterActiveCorp."
    if (t.text === '/' && adjacent(tokens[i - 1], t) && adjacent(t, tokens[i + 1]) && ((/^[A-Z]{3}$/.test(tokens[i - 1].text) && /^[A-Z]{3}$/.test(tokens[i + 1]?.text ?? '')) || (sawUpper && /^[A-Z]{2,}$/.test(tokens[i - 1].text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')))) {
      i -= 1;
      continue;
    }
    // "U.S.-listed": a hyphen after an abbreviation's closing dot
    const afterAbbreviation = t.text === '-' && tokens[i - 1]?.text === '.' && adjacent(tokens[i - 1], t) && tokens[i - 2]?.text.length === 1 && adjacent(tokens[i - 2], tokens[i - 1]);
    if ((t.text === '-' || t.text === '&' || t.text === '.') && adjacent(tokens[i - 1], t) && (isWordLike(tokens[i - 1]) || afterAbbreviation)) {
      // joined compounds: "FT-SE", "U.S."; a dot only after a one-letter word or a legal suffix ("Corp.")
      if (t.text === '.' && tokens[i - 1].text.length > 1 && !LEGAL_FORMS.has(tokens[i - 1].lower)) break;
      if (t.text !== '.' && !adjacent(t, tokens[i + 1])) break;
      i -= 1;
      continue;
    }
    if (t.type === 'possessive') {
      i -= 1;
      continue;
    }
    // "Merck & Co", "Standard & Poor's": a spaced ampersand between capitalised words
    if (t.text === '&' && sawUpper && tokens[i - 1]?.type === 'word' && hasUpper(tokens[i - 1])) {
      i -= 1;
      continue;
    }
    if (t.type === 'number') {
      const previous = tokens[i - 1];
      // "225-share index": a number joined by a hyphen belongs to its compound
      // …and so does one joined to the word before it: "Top-40", "CAC-40"
      const compound = (tokens[i + 1]?.text === '-' && adjacent(t, tokens[i + 1])) || (previous?.text === '-' && adjacent(previous, t) && adjacent(tokens[i - 2], previous) && tokens[i - 2]?.type === 'word');
      // "Russell 2000 Index", "Standard & Poor's 500 Index": a number between a name's capitalised words
      const inName = previous && ((previous.type === 'word' && hasUpper(previous) && !BOUNDARY.has(previous.lower)) || (previous.type === 'possessive' && tokens[i - 2] && hasUpper(tokens[i - 2])));
      // (before a lower-case head too: "the broad Standard & Poor's 500 index .SPX gained 1.61 percent")
      const namedBefore = previous !== undefined && ((previous.type === 'word' && hasUpper(previous)) || (previous.type === 'possessive' && tokens[i - 2] !== undefined && hasUpper(tokens[i - 2])));
      if (!compound && (sawUpper ? !inName || !tokens.slice(i + 1, last + 1).some(hasUpper) : !namedBefore)) break;
      i -= 1;
      continue;
    }
    if (t.type !== 'word') break;
    // "3M", "7UP": digits written against a capitalised word belong to the name
    if (hasUpper(t) && tokens[i - 1]?.type === 'number' && adjacent(tokens[i - 1], t) && i - 1 >= floor && !BOUNDARY.has(t.lower)) {
      sawUpper = true;
      i -= 2;
      continue;
    }
    // "Research in Motion": a lower-case "in" between capitalised words inside a name (not after a sentence's first word: "Shares in Sony")
    if (t.lower === 'in' && i > 0 && sawUpper && i - 1 > floor && i - 1 > 0 && tokens[i - 1].type === 'word' && /^\p{Lu}/u.test(tokens[i - 1].text) && !BOUNDARY.has(tokens[i - 1].lower) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      i -= 1;
      continue;
    }
    if (isNameConnector(t)) {
      if (sawUpper && tokens[i - 1] && hasUpper(tokens[i - 1])) {
        i -= 1;
        continue;
      }
      break;
    }
    // "All Ordinaries": a capitalised "All" inside an index name; "May", "Will": a month, a name
    // "Seven & I Holdings": a capital "I" after an ampersand is a name's letter, not the pronoun
    // "Ping An Insurance": a capitalised "An" between capitalised words is a name's word, not the article
    const nameAn = t.text === 'An' && sawUpper && tokens[i - 1]?.type === 'word' && /^\p{Lu}/u.test(tokens[i - 1].text) && i - 1 >= floor;
    if (BOUNDARY.has(t.lower) && !(t.text === 'All' && sawUpper) && t.text !== 'May' && t.text !== 'Will' && !(t.text === 'I' && sawUpper && tokens[i - 1]?.text === '&') && !nameAn) break;
    if (verbSign(t.lower) !== undefined || isNeutralVerb(t.lower)) break;
    const upper = hasUpper(t);
    // "K mart Corp": a lower-case word inside a name is kept when only a legal suffix would be left
    const onlySuffix = onlyLegalSuffix(tokens, i + 1, last + 1);
    if (sawUpper && !upper && !onlySuffix) break;
    sawUpper ||= upper;
    i -= 1;
  }
  let from = i + 1;
  // never start on a connector, hyphen or dot
  while (from <= last && (isNameConnector(tokens[from]) || tokens[from].type === 'symbol' && tokens[from].text !== '(' && tokens[from].text !== '[')) from += 1;
  return { from, to: last + 1 };
}

/**
 * Reads the noun phrase that starts at token `first` and runs forward ("the Nasdaq in the same period" → "Nasdaq").
 *
 * @example
 * // tokens of "Sony Group , which" with first = 0 → { from: 0, to: 2 }
 */
export function phraseAfter(tokens: Token[], first: number): Span {
  let i = first;
  while (i < tokens.length && ['the', 'a', 'an'].includes(tokens[i].lower)) i += 1;
  const from = i;
  let sawUpper = false;
  while (i < tokens.length && i - from < MAX_PHRASE_TOKENS) {
    const t = tokens[i];
    // joined compounds ("S&P", "U.S."), but not a sentence's closing period
    if ((t.text === '-' || t.text === '&' || t.text === '.') && adjacent(tokens[i - 1], t) && i > from && (adjacent(t, tokens[i + 1]) || (t.text === '.' && tokens[i - 1].text.length === 1))) {
      i += 1;
      continue;
    }
    if (t.text === '(' || t.text === '[') {
      let close = i + 1;
      while (close < tokens.length && close - i <= MAX_BRACKET_TOKENS && tokens[close].text !== ')' && tokens[close].text !== ']') close += 1;
      if (close >= tokens.length || close - i > MAX_BRACKET_TOKENS || !sawUpper) break;
      i = close + 1;
      continue;
    }
    if (t.type === 'number') {
      // "3M Co", "7UP": digits written against a capitalised word open the name
      if (!sawUpper && !(adjacent(t, tokens[i + 1]) && tokens[i + 1]?.type === 'word' && /^\p{Lu}/u.test(tokens[i + 1].text))) break;
      i += 1;
      continue;
    }
    // "a 10 percent rise in the Standard & Poor's 500 Index": a spaced ampersand between capitalised words, and the
    // possessive of such an "X & Y" name before a number or a capitalised word
    if (t.text === '&' && sawUpper && tokens[i + 1]?.type === 'word' && hasUpper(tokens[i + 1])) {
      i += 1;
      continue;
    }
    // (…and before a sector word of an index: "the Standard & Poor's insurance index")
    if (t.type === 'possessive' && tokens[i - 2]?.text === '&' && (tokens[i + 1]?.type === 'number' || hasUpper(tokens[i + 1] ?? t) || tokens[i + 2]?.lower === 'index')) {
      i += 1;
      continue;
    }
    if (t.type === 'possessive') break;
    if (t.type !== 'word') break;
    // "Research In Motion": "in" between capitalised words inside a name
    const innerIn = t.lower === 'in' && sawUpper && i > from && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1].text);
    if (BOUNDARY.has(t.lower) && !innerIn && !(isNameConnector(t) && sawUpper && tokens[i + 1] && hasUpper(tokens[i + 1]))) break;
    // "Advanced Micro Devices": a capitalised direction word followed by a capitalised word is part of a name
    if ((verbSign(t.lower) !== undefined || isNeutralVerb(t.lower) || nounSign(t.lower) !== undefined) && !(t.text !== t.lower && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) break;
    const upper = hasUpper(t);
    // "Research in Motion", "Bank of America": a connector between capitalised words stays in the name
    if (sawUpper && !upper && (innerIn || (isNameConnector(t) && hasUpper(tokens[i + 1] ?? EMPTY_TOKEN)))) {
      i += 1;
      continue;
    }
    if (sawUpper && !upper) {
      // "a 3 percent fall in the French overall market": a nationality, an adjective of extent, then the market
      // "a 2.3 percent fall in the UK mining index": a sector word before the index it qualifies
      const sectorOfIndex = tokens[i + 1]?.lower === 'index' && tokens[i + 1].type === 'word' && t.type === 'word';
      if (!GENERIC_TAIL.has(t.lower) && !sectorOfIndex && !(MARKET_EXTENT.has(t.lower) && GENERIC_TAIL.has(tokens[i + 1]?.lower ?? '') && tokens.slice(from, i).every((w) => isRegionWord(w.text)))) break;
    }
    sawUpper ||= upper;
    i += 1;
  }
  return { from, to: i };
}

/** Adjectives of extent between a nationality and its market ("the French overall market", "the German broader market"). */
const MARKET_EXTENT = new Set(['overall', 'broader', 'wider', 'broad', 'wide', 'whole', 'entire']);

/** Lower-case words that may end a capitalised name ("Sony shares", "TSE gold index", "Brent futures"). */
const GENERIC_TAIL = new Set(['shares', 'share', 'stock', 'stocks', 'index', 'futures', 'crude', 'composite', 'average', 'market', 'dollar', 'price', 'prices']);

/**
 * One past a listing qualifier that opens tokens from..to ("Hong Kong-listed", "U.S.-traded"), else `from`:
 * "its Hong Kong-listed shares" are the company's shares.
 */
function afterListing(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k += 1) {
    if (['listed', 'traded', 'quoted'].includes(tokens[k].lower) && tokens[k - 1].text === '-' && adjacent(tokens[k - 1], tokens[k])) return k + 1;
  }
  return from;
}

/** Whether the phrase is a word that refers back ("it", "the company", "its shares", "its Seoul-listed shares", "Co"). */
export function isAnaphor(tokens: Token[], span: Span): boolean {
  // "Shares of the chipmaker", "shares of the health insurer": the shares of a company referred to by description
  if (span.to - span.from > 3 && SHARE_WORDS.has(tokens[span.from].lower) && (tokens[span.from + 1].lower === 'of' || tokens[span.from + 1].lower === 'in') && tokens[span.from + 2].lower === 'the') {
    return isAnaphor(tokens, { from: span.from + 3, to: span.to });
  }
  const previous = tokens[span.from - 1]?.lower;
  let from = afterListing(tokens, span.from, span.to);
  // "DaimlerChrysler's U.S.-listed shares were up 4.4 percent": the shares of the name that owns them, not an anaphor
  if (from > span.from && tokens.slice(span.from, from).some((t) => t.type === 'possessive')) return false;
  // "its Madrid shares", "their Hong Kong stock": a place of listing before the share word
  if ((previous === 'its' || previous === 'their') && SHARE_WORDS.has(tokens[span.to - 1].lower)) {
    while (from < span.to - 1 && hasUpper(tokens[from]) && from - span.from < 3) from += 1;
  }
  const words = tokens.slice(from, span.to).filter((t) => t.type === 'word').map((t) => t.lower);
  if (words.length === 0) return false;
  if (words.length === 1 && words[0] === 'co') return true;
  const determined = previous === 'the' || previous === 'its' || previous === 'their' || previous === 'it' || previous === undefined;
  // "the share price", "its stock price": the company's price
  const sharePrice = (w: string) => (w === 'price' || w === 'prices') && words.some((x) => SHARE_WORDS.has(x));
  if (words.every((w) => ANAPHORS.has(w) || sharePrice(w)) && (determined || words.every((w) => w === 'shares' || w === 'it' || w === 'they'))) return true;
  return describedAnaphor(tokens, span);
}

/**
 * "the German chipmaker", "the U.S. phone company", "New Jersey-based company('s shares)": a company
 * referred to by description — a descriptor noun after "the" (or after an "X-based" compound), the
 * other words lower-case or place words.
 */
function describedAnaphor(tokens: Token[], span: Span): boolean {
  let to = span.to;
  while (to - span.from > 1 && SHARE_WORDS.has(tokens[to - 1].lower)) to -= 1;
  if (tokens[to - 1]?.type === 'possessive') to -= 1;
  const head = tokens[to - 1];
  if (!head || head.type !== 'word' || !DESCRIPTOR.test(head.lower) || head.text !== head.lower) return false;
  const inner = tokens.slice(span.from, to - 1);
  const based = inner.some((t, k) => t.lower === 'based' && inner[k - 1]?.text === '-');
  // "the top U.S. phone company", "the No. 2 U.S. bank": a rank between "the" and the description
  const the = RANK_WORDS.has(tokens[span.from - 1]?.lower ?? '') ? span.from - 2 : span.from - 1;
  if (tokens[the]?.lower !== 'the' && !based) return false;
  // "the world's No. 2 personal computer maker", "the nation's largest lender": a rank in the world or nation
  const ranked = (t: Token, k: number) => (t.text === 'No' && inner[k + 1]?.text === '.') || (WORLD_WORDS.has(t.lower) && inner[k + 1]?.type === 'possessive');
  return inner.every((t, k) => t.type !== 'word' || t.text === t.lower || isRegionWord(t.text) || /^(?:U|S|K|New|North|South|West|East|[A-Z][a-z]+)$/.test(t.text) && based || t.text.length <= 2 || ranked(t, k));
}

/** Whether a lower-case word is a company descriptor noun ("chipmaker", "lender", "operator"): see describedAnaphor. */
export function isDescriptorWord(word: string): boolean {
  return DESCRIPTOR.test(word);
}

const RANK_WORDS = new Set(['top', 'largest', 'biggest', 'leading', 'second-largest', 'third-largest', 'no']);
const WORLD_WORDS = new Set(['world', 'nation', 'country', 'industry']);

/** The phrase's text as written in the article (a hard-wrapped line break read as a space: see {@link writtenText}). */
export function spanText(text: string, tokens: Token[], span: Span): string {
  if (span.to <= span.from) return '';
  return writtenText(text, tokens[span.from].start, tokens[span.to - 1].end);
}

const SHARE_WORDS = new Set(['shares', 'share', 'stock']);
/** What a company's possessive may own and still mean its stock: "Apple's market value", "Sony's share price". */
const OWNED_VALUE_WORDS = new Set(['price', 'prices', 'market', 'value', 'capitalization', 'capitalisation', 'cap', 'valuation',
  // share classes: "Petrobras' preferred shares"
  'preferred', 'preference', 'common', 'ordinary', 'voting', 'class']);

/** Nationality and region words ("Korean", "European", "Dutch", "U.S.") that describe a market, not a company. */
export function isRegionWord(word: string): boolean {
  return REGION_WORDS.has(word.toLowerCase());
}

/**
 * Whether the phrase opening at `span.from` is a place, not a name: a region word first, unless it opens a company's
 * name — a nationality adjective followed by a capitalised word that is no region or institution word ("American
 * Express", "British Airways", "Swiss Re"; not "European shares", "European Central Bank", "U.S. Treasury").
 *
 * @example
 * // tokens of "American Express" → false; of "European Union" → true; of "Korean shares" → true
 */
export function opensWithPlace(tokens: Token[], span: Span): boolean {
  const first = tokens[span.from];
  if (!first || !isRegionWord(first.text)) return false;
  const next = tokens[span.from + 1];
  if (span.to - span.from < 2 || !NATIONALITY.test(first.lower) || !next || next.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(next.text)) return true;
  return tokens.slice(span.from + 1, span.to).some((t) => isRegionWord(t.text) || INSTITUTION_WORDS.has(t.lower));
}

/** Nationality adjectives ("American", "British", "Swiss", "Japanese", "Dutch"), not "U.S.", "Wall Street", "South". */
const NATIONALITY = /^[a-z]+(?:an|ish|ese|ch|ss|ic)$/;
/** Words of public bodies and events that follow a nationality ("European Central Bank", "British Open"). */
const INSTITUTION_WORDS = new Set(['union', 'commission', 'central', 'government', 'parliament', 'council', 'ministry', 'minister', 'department', 'court', 'authority',
  'agency', 'federal', 'treasury', 'congress', 'senate', 'president', 'prime', 'league', 'cup', 'open', 'championship', 'bankers', 'banking', 'association', 'federation', 'institute', 'society', 'chamber', 'army', 'navy', 'embassy', 'economy', 'people', 'state']);

const REGION_WORDS = new Set(
  ('u s us uk k gulf wall street emerging asia-pacific asian european african american latin nordic scandinavian baltic arab ' +
    'korean japanese chinese taiwanese indian indonesian malaysian thai vietnamese philippine singaporean australian ' +
    'british english french german dutch belgian swiss austrian italian spanish portuguese irish greek turkish russian polish ' +
    'czech hungarian romanian bulgarian croatian serbian slovenian ukrainian swedish danish norwegian finnish icelandic ' +
    'canadian mexican brazilian argentine chilean colombian peruvian israeli saudi emirati qatari kuwaiti egyptian ' +
    'nigerian kenyan south north east west central hong kong mainland domestic global world regional overseas').split(' '),
);

/** Nouns for what a company does, taken with any lower-case prefix ("chipmaker", "oil-producer", "health insurer"). */
export const COMPANY_AGENT_NOUNS = ['maker', 'builder', 'producer', 'manufacturer', 'retailer', 'lender', 'carrier', 'insurer', 'operator', 'miner', 'refiner', 'developer', 'owner', 'supplier', 'provider', 'brewer', 'issuer'];

/**
 * A whole-word pattern for company description heads: any of `agents` after a lower-case prefix, or one of `words`.
 *
 * @example
 * companyHeads(['maker'], ['firm']).test('chipmaker'); // => true
 */
export function companyHeads(agents: string[], words: string[]): RegExp {
  return new RegExp(`^(?:[a-z-]*(?:${agents.join('|')})|${words.join('|')})$`);
}

/** Heads of a description standing for a company ("the German chipmaker", "Computer maker Sun Microsystems"). */
const DESCRIPTOR = companyHeads([...COMPANY_AGENT_NOUNS, 'auctioneer'], ['giant', 'company', 'firm', 'conglomerate', 'bellwether', 'heavyweight', 'airline', 'broker', 'chain', 'group', 'leader',
  // "pushing shares in the Italian bank 2 percent higher": the bank named before, not a company called "Italian bank"
  'bank']);

/**
 * Where a name starts in tokens from..to when a sentence the splitter did not cut after a legal form's dot runs into
 * it ("… a larger-than-expected loss by Merrill Lynch & Co Inc. Shares of Microsoft Corp rose 1.1 percent" → the
 * index of "Shares"): one past the last such dot followed by a capitalised word that is no legal form or code, else `from`.
 *
 * @example
 * // tokens of "Merrill Lynch & Co Inc . Shares of Microsoft Corp", from 0 → 6
 */
export function afterLegalDot(tokens: Token[], from: number, to: number): number {
  for (let k = to - 2; k > from; k -= 1) {
    const next = tokens[k + 1];
    if (tokens[k].text === '.' && LEGAL_FORMS.has(tokens[k - 1].lower) && next.type === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text) && !LEGAL_FORMS.has(next.lower) && next.ticker === undefined) return k + 1;
  }
  return from;
}

/**
 * Narrows a subject phrase to the name: drops a trailing "shares"/"stock" after a name
 * ("Samsung Electronics shares" → "Samsung Electronics") and chooses the owner or the owned
 * side of a possessive ("Samsung's shares" → "Samsung", "Japan's Nikkei" → "Nikkei").
 */
export function nameSpan(tokens: Token[], span: Span): Span {
  let { from, to } = span;
  from = afterLegalDot(tokens, from, to);
  // "Shares of Naver", "stock in Vega Pharma"
  if (to - from > 2 && SHARE_WORDS.has(tokens[from].lower) && (tokens[from + 1].lower === 'of' || tokens[from + 1].lower === 'in')) from += 2;
  const possessive = tokens.slice(from, to).findIndex((t) => t.type === 'possessive');
  if (possessive >= 0) {
    const at = from + possessive;
    const after = tokens.slice(afterListing(tokens, at + 1, to), to).filter((t) => t.type === 'word');
    // "Standard & Poor's 500 Index", "Marks & Spencer's": the possessive of an "X & Y" name is part of it
    // …and so is that of "McDonald's Corp.": only a legal form follows it
    // (also with share words after the legal form: "McDonald's Corp.( MCD.N ) stock")
    // (…and so is it before a number: "the benchmark Standard & Poor's 500 down 2.2 percent")
    const ampersandName = (tokens[at - 2]?.text === '&' && (after.some(hasUpper) || tokens[at + 1]?.type === 'number' || after[after.length - 1]?.lower === 'index')) || (after.length > 0 && LEGAL_FORMS.has(after[0].lower) && after.every((t) => LEGAL_FORMS.has(t.lower) || SHARE_WORDS.has(t.lower)));
    if (ampersandName) {
      // keep the whole name
    } else if (after.length > 0 && !after.every((t) => SHARE_WORDS.has(t.lower) || OWNED_VALUE_WORDS.has(t.lower))) {
      // "Japan's Nikkei" → "Nikkei"; "the Tokyo market's 225-share index" stays whole (a generic owned part)
      // …but "MSCI's measure of Asia Pacific stocks", "MSCI's broadest index of …" keep their owner
      if (after.some(hasUpper) && !['measure', 'index', 'gauge'].includes(after[0].text)) from = at + 1;
    } else to = at;
  }
  // "Podravka [ZSE:PODR]": a trailing exchange ticker is not part of the name; "(WTI)" is
  const close = tokens[to - 1];
  if (to - from > 2 && (close.text === ']' || close.text === ')')) {
    let open = to - 2;
    while (open > from && tokens[open].text !== '[' && tokens[open].text !== '(') open -= 1;
    if (open > from && tokens.slice(open + 1, to - 1).some((t) => t.text === ':' || t.text === '.' || t.text === '$')) to = open;
  }
  // "Steelmaker Ferro Nordic", "Carmaker Kia": a descriptor capitalised only because it opens the sentence
  // …and a plural one: "Retailers Seven & I Holdings Co Ltd rose"
  if (from === 0 && to - from > 1 && (DESCRIPTOR.test(tokens[0].lower) || (tokens[0].lower.endsWith('s') && DESCRIPTOR.test(tokens[0].lower.slice(0, -1)))) && /^\p{Lu}/u.test(tokens[1].text)) from = 1;
  // "Samsung Electronics shares" → "Samsung Electronics"; "European shares" stays (a market)
  // …but "the S&P index of financial shares" keeps what the index covers
  while (to - from > 1 && SHARE_WORDS.has(tokens[to - 1].lower) && tokens.slice(from, to - 1).some((t) => hasUpper(t) && !isRegionWord(t.text)) && !tokens.slice(from, to).some((t) => t.lower === 'index')) to -= 1;
  if (to - from > 1 && tokens[to - 1].lower === 'price' && SHARE_WORDS.has(tokens[to - 2].lower)) to -= 2;
  return { from, to };
}

/**
 * The capitalised name a sentence opens with ("Fiat said …", "Unilever's sales grew …" → "Fiat",
 * "Unilever"): the company "its shares" refers to when no company was named before.
 *
 * @example
 * // tokens of "Fiat said it would set aside $1.2 bln, sending its shares down 2.4 pct" → { from: 0, to: 1 }
 */
export function openingName(tokens: Token[]): Span | undefined {
  // "SAN FRANCISCO (Reuters) - U.S. chip maker Advanced Micro Devices …": the dateline names no company
  // (nor does a section heading glued to the sentence: "WAMU AND YAHOO UP LATE After the bell, …")
  let first = headingEnd(tokens);
  for (let k = 1; k < Math.min(tokens.length - 2, 8); k += 1) {
    if (tokens[k].text === 'Reuters' && tokens[k - 1].text === '(' && tokens[k + 1].text === ')') {
      first = tokens[k + 2]?.text === '-' ? k + 3 : k + 2;
      break;
    }
  }
  let span = nameSpan(tokens, phraseAfter(tokens, first));
  // "Computer maker Sun Microsystems", "Internet media company Yahoo", "Diversified manufacturer United Technologies":
  // a capitalised opener with lower-case words up to a descriptor noun describes the name after it
  let d = span.to;
  while (d < tokens.length && d - span.to < 3 && tokens[d].type === 'word' && tokens[d].text === tokens[d].lower && !DESCRIPTOR.test(tokens[d].text)) d += 1;
  // ("Diversified manufacturer 3M Co": a name may open with digits)
  const nameOpens = /^\p{Lu}/u.test(tokens[d + 1]?.text ?? '') || (tokens[d + 1]?.type === 'number' && adjacent(tokens[d + 1], tokens[d + 2]) && /^\p{Lu}/u.test(tokens[d + 2]?.text ?? ''));
  if (span.to > span.from && DESCRIPTOR.test(tokens[d]?.text ?? '') && nameOpens) span = nameSpan(tokens, phraseAfter(tokens, d + 1));
  // "Brazil's Petrobras will …": the owned name, when a whole name stands there (not "X's Hong Kong-listed shares")
  if (tokens[span.to]?.type === 'possessive') {
    const owned = phraseAfter(tokens, span.to + 1);
    const next = tokens[owned.to];
    const wholeName = owned.to > owned.from && tokens.slice(owned.from, owned.to).every((t) => t.type === 'word' && hasUpper(t));
    if (wholeName && (!next || next.text === ',' || BOUNDARY.has(next.lower) || verbSign(next.lower) !== undefined || isNeutralVerb(next.lower))) span = owned;
  }
  if (span.to <= span.from || !hasUpper(tokens[span.from]) || opensWithPlace(tokens, span)) return undefined;
  return span;
}

/** Whether a word is written in capitals with at least two letters ("WAMU", "SHORT"), checked by character codes. */
function isCapitalsWord(t: Token): boolean {
  if (t.type !== 'word' || t.text.length < 2) return false;
  for (let k = 0; k < t.text.length; k += 1) {
    const c = t.text.charCodeAt(k);
    if (!(c >= 65 && c <= 90) && c !== 38 && c !== 39) return false;
  }
  return true;
}

/**
 * Where a sentence starts after an all-capitals section heading glued to it ("SHORT-SALE RULE HELPS FINANCIALS
 * Wachovia initially dropped …", "WAMU AND YAHOO UP LATE After the bell, …"): the index of the first word written in
 * mixed case after at least three capitalised words opening the sentence, else 0. Reuters wraps set such headings
 * as their own lines; the text we get often joins them to the paragraph after. Two capitalised words ("ABN AMRO
 * Holding", "NEW YORK (Reuters)") are no heading.
 *
 * @example
 * // tokens of "OIL BELOW $128 A BARREL Oil prices fell" → 6 (the index of "Oil")
 */
export function headingEnd(tokens: Token[]): number {
  if (!isCapitalsWord(tokens[0] ?? EMPTY_TOKEN)) return 0;
  let words = 0;
  for (let k = 0; k < tokens.length && k < 16; k += 1) {
    const t = tokens[k];
    if (isCapitalsWord(t)) words += 1;
    else if (t.type === 'word' && t.text.length > 1 && /^\p{Lu}\p{Ll}/u.test(t.text)) return words >= 3 ? k : 0;
    // one-letter words, figures and joiners inside a heading ("OIL BELOW $128 A BARREL", "SHORT-SALE")
    else if (!(t.type === 'number' || t.text === '-' || t.text === '$' || t.text === '&' || t.text === '.' || t.text === "'" || (t.type === 'word' && t.text.length === 1 && t.text !== t.lower))) return 0;
  }
  return 0;
}
const EMPTY_TOKEN: Token = { type: 'symbol', text: '', lower: '', start: 0, end: 0, lex: 0 };
