/** Asides between a subject and its verb: appositives, relative and participle asides, dashed asides, discourse adverbs. */
import type { Token } from './tokenize';
import { verbSign } from './direction';
import { EXTREMES, monthOf } from './period';
import { COMPANY_AGENT_NOUNS, companyHeads } from './subject';

/** How many tokens an appositive or dashed aside may run ("Viacom, owner of MTV Networks, Paramount … channels, rose"). */
export const MAX_ASIDE_TOKENS = 30;

/** A dash that sets off an aside: "--" written as two hyphens, or a spaced en or em dash (not a compound's hyphen). */
export function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'symbol') return false;
  if (t.text === '—' || t.text === '–') return true;
  return t.text === '-' && (tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-');
}

/** Lower-case nouns that open an appositive before "of" ("maker of", "owner of", "parent of"); not "shares of". */
const APPOSITIVE_HEADS = companyHeads([...COMPANY_AGENT_NOUNS, 'distributor', 'publisher', 'seller'], ['parent', 'unit', 'subsidiary', 'division', 'arm', 'one', 'member', 'home', 'rival', 'partner', 'creator', 'owners', 'makers', 'parents', 'units', 'rivals']);

const ARTICLES = new Set(['a', 'an', 'the']);
/**
 * Adverbs a writer sets off by commas between a subject and its verb ("Sterling, meanwhile, was up"). Only
 * "meanwhile": on unlabelled Reuters text ", however," sets off statistics and sales far more often than prices.
 */
export const DISCOURSE_ADVERBS = new Set(['meanwhile']);

/** Whether tokens from..to hold a direction verb used as a verb (not a noun after "a", "the", "its" or a possessive). */
function hasFiniteMoveVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const t = tokens[k];
    if (t.type !== 'word' || verbSign(t.lower) === undefined || !/(?:ed|fell|rose|lost|sank|slid|shed)$/.test(t.lower)) continue;
    const before = tokens[k - 1];
    if (before && (before.type === 'possessive' || DETERMINERS.has(before.lower))) continue;
    return true;
  }
  return false;
}

/** Words that make a comma-set phrase a clause of its own, not a verbless aside ("…, down 2 percent, analysts said, …"). */
const CLAUSE_VERBS = new Set(['said', 'says', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

/**
 * The closing comma of a verbless figure set off by commas after its subject, or -1: "Merrill shares, down 32 percent
 * this year, rose 3.4 percent" (Reuters 20071026), "Thornburg common shares, down 57 percent from their year-high on May
 * 1, surged 8 percent" (20070830). `particle` is the token of "up", "down" or "off" right after the opening comma (or
 * after "also"/"still"), `from` the token after the aside's last figure. The aside describes its subject; the verb
 * after the closing comma is that subject's own move, measured over its own span (the aside's is its own too).
 *
 * @example
 * // tokens of "Merrill shares, down 32 percent this year, rose 3.4 percent": particle 3 ("down"), from 6 → 8 (the comma before "rose")
 */
export function figureAsideClose(tokens: Token[], particle: number, from: number): number {
  const word = tokens[particle]?.lower;
  if (word !== 'up' && word !== 'down' && word !== 'off') return -1;
  const open = tokens[particle - 1]?.lower === 'also' || tokens[particle - 1]?.lower === 'still' ? particle - 2 : particle - 1;
  if (tokens[open]?.text !== ',') return -1;
  for (let k = from; k < Math.min(tokens.length, particle + MAX_ASIDE_TOKENS); k += 1) {
    const t = tokens[k];
    if (t.text === ',') return hasFiniteMoveVerb(tokens, from, k) ? -1 : k;
    if (t.text === ';' || isDash(tokens, k) || CLAUSE_VERBS.has(t.lower)) return -1;
    // "Apple ( AAPL.O ), up 1.1 percent to $127.24 and Research In Motion RIMM.O, up 4 percent": a list of names
    if (t.ticker !== undefined || t.code || ((t.lower === 'and' || t.lower === 'or') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && monthOf(tokens[k + 1].lower) === undefined)) return -1;
  }
  return -1;
}

/** Whether tokens [from, to) hold "from" followed within five words by a peak or trough ("from its November high"). */
function fromExtreme(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    if (tokens[k].lower !== 'from') continue;
    for (let j = k + 1; j < Math.min(to, k + 6); j += 1) if (EXTREMES.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * Whether the words from `at`, set off after a name, open with the particle of a distance from a past level: "down"
 * ("down nearly a third from its November high"), "up", "off", also after "also" or "still" ("still up 40 percent
 * from its March low"). Read here for appositives and by period-window.ts for the asides a period is not read from.
 */
export function opensDistance(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  const particle = first?.lower === 'also' || first?.lower === 'still' ? tokens[at + 1] : first;
  return particle !== undefined && (particle.lower === 'down' || particle.lower === 'up' || particle.lower === 'off');
}

/** Participles that open an aside after a name: "X, based in Toronto, rose". */
const PARTICIPLE_ASIDES = new Set(['based', 'known', 'headquartered', 'controlled', 'owned', 'listed', 'valued']);

/** Whether the words from `at` open an appositive: an article or relative word, a descriptor before "of", or a possessive description. */
export function opensAppositive(tokens: Token[], at: number, end: number): boolean {
  const first = tokens[at];
  if (!first || at >= end) return false;
  // "Against the yen, the dollar fell to 118.29 yen …, down 0.3 percent": a clause with its own verb, not an aside
  if (ARTICLES.has(first.lower)) return !hasFiniteMoveVerb(tokens, at + 1, end);
  if (['which', 'who', 'its', 'whose', 'such', 'including', 'another'].includes(first.lower)) return true;
  // "Shares of Google Inc ( GOOG.O ), down nearly a third from its November high, were up 1.7 percent": a distance
  // from a past extreme set off by commas describes the subject (not "X, down 2 percent, and Y, …")
  if (opensDistance(tokens, at)) return fromExtreme(tokens, at + 1, end);
  // "the Chicago Board Options Exchange Volatility Index .VIX, or Wall Street's \"fear gauge,\" jumped": a second name
  if (first.lower === 'or' && tokens[at + 2]?.type === 'possessive') return true;
  // "maker of the Treo smart phone", "parent of Standard and Poor's", "owner of MTV Networks"
  if (first.type === 'word' && APPOSITIVE_HEADS.test(first.text) && tokens[at + 1]?.lower === 'of') return true;
  // "the package delivery company, closely watched by Wall Street as a proxy …, fell": a participle phrase
  if (first.type === 'word' && ((/[a-z]ly$/.test(first.text) && /[a-z]ed$/.test(tokens[at + 1]?.text ?? '')) || PARTICIPLE_ASIDES.has(first.text))) return true;
  // "Japan's largest trading house", "Europe's biggest bank": a possessive description
  return first.type === 'word' && /^\p{Lu}/u.test(first.text) && tokens[at + 1]?.type === 'possessive' && /^[a-z]/.test(tokens[at + 2]?.text ?? '') && at + 3 < end;
}

/** Words that make the move word after them a noun ("a jump", "its rise"). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that']);
