/** Verb triggers of a move: the direction verb, particle, comparative or reducing verb ("pared gains to") that signs a percentage, looking left from its number. */
import type { Token } from './tokenize';
import type { MoveForm } from './moves';
import { isNeutralVerb, isPareVerb, nounSign, particleSign, phrasalSign, verbSign } from './direction';
import { isUnsignedMoveWord } from './dropped';
import { isAnaphor } from './subject';
import { isNotTraded, subjectKind } from './kind';
import { subjectBefore } from './clause';
import { EXTREMES, WEEKDAYS } from './period';
import { CLOSING_VERBS, sessionObjectStart } from './session-object';

export const SKIP_BEFORE_NUMBER = new Set(['still', 'now', 'by', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'just', 'than', 'more', 'less', 'further', 'another', 'a', 'an', 'additional', 'only', 'barely', 'fully', 'much', 'as', 'close', '~', '≈',
  // "For the week, AIG's stock was up a whopping 53 percent" ("fell a record 22 percent" is not skipped: on unlabelled
  // Reuters text it was statistics far more often than prices — exports, housing completions, CPI gasoline)
  'whopping']);
const AMOUNT_WORDS = new Set(['points', 'point', 'of', 'pts', 'cents', 'cent', 'pence', 'yen', 'won', 'dollars', 'dlrs', 'euros', 'basis', 'million', 'billion', 'mln', 'bln', 'bn', 'us', 'a', 'share', 'to']);
/** Comparatives and particles after a percentage that give a neutral verb its sign: "closed 0.8 pct firmer", "closed 1.1% up". */
const COMPARATIVES = new Set(['higher', 'lower', 'firmer', 'weaker', 'stronger', 'softer', 'up', 'down']);
export const PERIOD_OWNERS = new Set(['week', 'month', 'year', 'session', 'day', 'quarter', 'weekly', 'monthly', 'daily']);
/** Longest money or point change a percentage may restate ("rose 1-1/8 to 34-5/8 dlrs, or 3.4 pct"), in tokens. */
const MAX_RESTATED_TOKENS = 14;
/** How far back (tokens) a verb may stand from its number ("rose by about 2%", "added 90.88 points, or 2.2%"). */
const MAX_TRIGGER_GAP = 12;

interface Trigger {
  sign: 1 | -1;
  form: MoveForm;
  /** First token of the verb group ("ended" in "ended up", "was" in "was down"). */
  group: number;
  /** Index one past the move's wording after the number ("higher"). */
  to: number;
}

/** Whether "(its|their|the) … high|peak|low|record" follows at `k` within five words. */
export function extremeWithin(tokens: Token[], k: number): boolean {
  if (!['its', 'their', 'the', 'a'].includes(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < k + 6 && j < tokens.length; j += 1) if (EXTREMES.has(tokens[j].lower)) return true;
  return false;
}

export function skipBackOver(tokens: Token[], k: number, floor: number, words: Set<string>): number {
  // adverbs in -ly of five letters or more ("sharply") are skipped too; endsWith, not a regular expression, on this hot path
  while (k >= floor && (words.has(tokens[k].lower) || (tokens[k].lower.length > 4 && tokens[k].lower.endsWith('ly')))) k -= 1;
  return k;
}

/**
 * How many tokens end at k as the span a neutral verb closed: 2 for "the session", 3 for "the regular session"
 * ("finished the regular session down 4.2 percent", "ended the regular session up 1.9 percent"), else 0.
 */
function spanObjectLength(tokens: Token[], k: number): number {
  // "The stock had ended regular Nasdaq trading up 1.1 percent", "ended the regular session down 2%": the session, not a subject
  const session = sessionObjectStart(tokens, k);
  if (session >= 0) return k - session + 1;
  // "its shares close Friday down 5.2 percent", "the stock ended Monday up 15.5 percent": a weekday after a closing verb
  if (WEEKDAYS.has(tokens[k]?.lower ?? '') && CLOSING_VERBS.has(tokens[k - 1]?.lower ?? '')) return 1;
  // "ended the week 0.9 pct lower"
  if (!PERIOD_OWNERS.has(tokens[k]?.lower ?? '')) return 0;
  const before = tokens[k - 1]?.lower ?? '';
  return before === 'the' || before === 'its' || before === 'their' ? 2 : 0;
}


/** The verb or particle that gives a percentage its direction, looking left from the number. */
export function verbTrigger(tokens: Token[], start: number, end: number, floor: number): Trigger | undefined {
  let k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  // "fell close to 3%": an approximation; "to close 2.1 percent lower": "close" is the verb
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'close' && k + 1 === start) k = skipBackOver(tokens, k - 2, floor, SKIP_BEFORE_NUMBER);
  else if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'close' && k + 1 < start) k += 1;
  // "added 90.88 points, or 2.2 percent", "were up 23 cents, or 0.3%"
  // …or after a price change restated: "gained 1-1/8 to 83, about 1.4 pct"
  let gap = MAX_TRIGGER_GAP;
  // "down $1.22, or off 1.5 percent": "off" restates the change's direction after "or"
  if (tokens[k]?.lower === 'off' && tokens[k - 1]?.lower === 'or' && k + 1 === start) k -= 1;
  if (tokens[k]?.lower === 'or' || tokens[k]?.text === ',') {
    let j = k - 1;
    if (tokens[k].lower === 'or' && tokens[j]?.text === ',') j -= 1;
    // fractional quotes take five tokens each: "climbed 1-1/8 to 34-5/8 dlrs, or 3.4 pct"
    const stop = Math.max(floor, j - MAX_RESTATED_TOKENS);
    while (j >= stop && (tokens[j].type === 'number' || AMOUNT_WORDS.has(tokens[j].lower) || tokens[j].type === 'symbol' && tokens[j].text !== ',')) j -= 1;
    if (j < k - 2) {
      k = skipBackOver(tokens, j, floor, SKIP_BEFORE_NUMBER);
      gap += MAX_RESTATED_TOKENS;
    }
  }
  // "ended the week 0.9 pct lower": a neutral verb whose object is the span it closed
  const spanLength = spanObjectLength(tokens, k);
  if (spanLength > 0 && isNeutralVerb(tokens[k - spanLength]?.lower ?? '') && k - spanLength >= floor) k -= spanLength;
  if (k < floor || start - k > gap) return undefined;
  const word = tokens[k].lower;
  const after = tokens[end]?.lower ?? '';
  // "gave up 34.71 points, or 1.54 percent", "gave back 2%": a fall, whatever "up" says alone
  const phrasal = k - 1 >= floor ? phrasalSign(tokens[k - 1].lower, word) : undefined;
  if (phrasal !== undefined) return { sign: phrasal, form: 'verb', group: k - 1, to: end };
  const sign = verbSign(word);
  if (sign !== undefined) return { sign, form: 'verb', group: k, to: end };
  const particle = particleSign(word);
  if (particle !== undefined && (word === 'up' || word === 'down' || word === 'off')) {
    const verb = k - 1 - spanObjectLength(tokens, k - 1); // "closed the session down 1%"
    // ("shed early gains to trade down 0.25 percent": the infinitive "to trade" too)
    const group = tokens[verb] && verb >= floor && (isNeutralVerb(tokens[verb].lower) || verbSign(tokens[verb].lower) !== undefined || (tokens[verb].lower === 'trade' && tokens[verb - 1]?.lower === 'to')) ? verb : k;
    // "closed off more than 70 percent higher": the comparative after the figure gives the sign of "off" (finished);
    // "up 2% lower" contradicts itself — no sign is guessed
    const comparative = COMPARATIVES.has(after) && after !== 'up' && after !== 'down' ? particleSign(after) : undefined;
    if (comparative !== undefined && comparative !== particle) return word === 'off' ? { sign: comparative, form: 'particle', group, to: end + 1 } : undefined;
    return { sign: particle, form: 'particle', group, to: end };
  }
  const comparative = particleSign(after);
  if (isNeutralVerb(word) && comparative !== undefined && COMPARATIVES.has(after)) return { sign: comparative, form: 'particle', group: k, to: end + 1 };
  // "The S&P closed 20 percent below its all-time high", "Oil prices are 25 percent below their peak": a drawdown (or a
  // rebound "above its March low") from a peak or trough; its span is read at "below" (period.ts)
  if (isNeutralVerb(word) && (after === 'below' || after === 'above') && extremeWithin(tokens, end + 1)) return { sign: after === 'below' ? -1 : 1, form: 'particle', group: k, to: end + 1 };
  return undefined;
}

/** A percentage after a direction word with no sign ("Acme moved 2%", "the index closed 1.2 percent"), with a traded subject before it. */
export function unsignedMove(tokens: Token[], start: number, floor: number): { word: number; subjectFrom: number } | undefined {
  const k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  if (k < floor || start - k > 4 || !isUnsignedMoveWord(tokens[k].lower)) return undefined;
  // "closed at 1.2%", "closed the week 1%": handled or levels; only a percentage right after the verb counts
  if (particleSign(tokens[start + 2]?.lower ?? '') !== undefined && COMPARATIVES.has(tokens[start + 2]?.lower ?? '')) return undefined;
  const subject = subjectBefore(tokens, k, floor);
  if (!subject || subject.span.to <= subject.span.from) return undefined;
  const words = tokens.slice(subject.span.from, subject.span.to);
  const name = words.map((t) => t.text).join(' ');
  if (isNotTraded(name) || (subjectKind(name) === 'other' && !words.some((t) => /\p{Lu}/u.test(t.text)) && !isAnaphor(tokens, subject.span))) return undefined;
  return { word: k, subjectFrom: subject.span.from };
}

/** Words between a reducing verb and its gain/loss noun: "pared some of its early gains". */
const PARE_FILLERS = new Set(['its', 'their', 'the', 'some', 'most', 'all', 'much', 'of', 'early', 'earlier', 'initial', 'session', "day's", 'day', 'opening', 'morning', 'steep', 'sharp', 'big', 'previous', 'recent']);

/**
 * "pared gains to 0.4 percent", "trimmed its losses to 1.2%", "extended gains to 2%": the move's
 * sign is the sign of the gain or loss noun, its subject the reducing verb's.
 */
export function pareTrigger(tokens: Token[], start: number, end: number, floor: number): Trigger | undefined {
  const k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  if (tokens[k]?.lower !== 'to' || k - 1 < floor) return undefined;
  const noun = tokens[k - 1].lower;
  if (noun !== 'gains' && noun !== 'losses' && noun !== 'gain' && noun !== 'loss') return undefined;
  let v = k - 2;
  while (v >= floor && v > k - 7 && (PARE_FILLERS.has(tokens[v].lower) || tokens[v].type === 'possessive')) v -= 1;
  if (v < floor || !isPareVerb(tokens[v].lower)) return undefined;
  return { sign: nounSign(noun)!, form: 'pared', group: v, to: end };
}
