/** Move nouns: a percentage signed by a gain or loss noun ("the market's gain of 1.05%", "a 10% surge in Sony", "posted a 3% drop"). */
import type { Token } from './tokenize';
import { nounSign } from './direction';
import { phraseAfter, phraseBefore } from './subject';
import { MOVE_ADJECTIVES, isHypothetical, mainClauseSubject, subjectBefore } from './clause';
import { type Found, build, inherit, isTimeWord } from './build';
import { PERIOD_OWNERS, SKIP_BEFORE_NUMBER, skipBackOver } from './trigger';
import { isNotTraded } from './kind';
import { clauseStart } from './period-window';

/** How far back (tokens) a modal may stand before a move noun in its clause ("Analysts expect the merger to trigger a 10 percent surge"). */
const MODAL_LOOKBACK = 15;

/** Adjectives between a percentage and its move noun: "a 2.1% weekly gain". */
/** Verbs that take a move noun as object: "posted a 3% gain", "was set for a 2% weekly drop". */
const NOMINAL_VERBS = new Set(['posted', 'posts', 'post', 'recorded', 'records', 'record', 'marked', 'marks', 'logged', 'logs', 'log', 'booked', 'notched', 'registered', 'saw', 'sees', 'suffered', 'suffers', 'extended', 'extends', 'headed', 'heading', 'set', 'for', 'on', 'track', 'poised', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'to',
  // "…, marking a 75.6 percent gain", "showing a 0.1 percent loss on the day"
  'marking', 'posting', 'recording', 'logging', 'booking', 'notching', 'registering', 'suffering', 'showing', 'chalking']);
/** Time words between a move noun and "to": "gains so far this year to 60%". */
const PERIOD_FILLERS = new Set(['so', 'far', 'this', 'year', 'week', 'month', 'for', 'the', 'in', 'since', 'january', 'december']);
const NOMINAL_LINKS = new Set(['for', 'to', 'on', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been']);
/** Verbs that take a move noun with "of": "posted a weekly gain of 3.1 percent". */
const POSTING_VERBS = new Set(['posted', 'posts', 'recorded', 'records', 'logged', 'logs', 'booked', 'notched', 'registered', 'marked', 'saw', 'suffered', 'extended', 'posting', 'recording', 'logging', 'booking', 'notching', 'marking', 'suffering']);

/** Words that end a noun phrase: "… gain in MasterCard shares after the credit card processor …" names no statistic. */
const LINK_WORDS = new Set(['after', 'before', 'the', 'a', 'an', 'on', 'as', 'to', 'from', 'in', 'of', 'and', 'or', 'while', 'which', 'that', 'with', 'at', 'by', 'for', 'since', 'despite', 'amid', 'when']);

/** Whether up to three lower-case words from `k` name a statistic ("… in U.S. industrial production", "… in Samsung profit"). */
function statisticAfter(tokens: Token[], k: number): boolean {
  let to = k;
  while (to < k + 3 && tokens[to]?.type === 'word' && tokens[to].text === tokens[to].lower && !LINK_WORDS.has(tokens[to].lower)) to += 1;
  return to > k && isNotTraded(tokens.slice(k, to).map((t) => t.lower).join(' '));
}

/** Whether up to four words from `k` (any case: "Producer Price Index") name a statistic. */
function ownedStatistic(tokens: Token[], k: number): boolean {
  let to = k;
  while (to < k + 4 && tokens[to]?.type === 'word' && !LINK_WORDS.has(tokens[to].lower)) to += 1;
  return to > k && isNotTraded(tokens.slice(k, to).map((t) => t.lower).join(' '));
}

/** "the wider market's gain of 1.05%", "a 10% surge in Sony Group", "the week's advance to 4.8%". */
export function nominal(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
  const k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  const before = tokens[k]?.lower;
  // "bringing gains so far this year to over 60%": time words may stand between the noun and "to"
  let ownerNoun = k - 1;
  if (before === 'to') while (ownerNoun > k - 6 && ownerNoun > floor && PERIOD_FILLERS.has(tokens[ownerNoun].lower)) ownerNoun -= 1;
  const noun = tokens[ownerNoun]?.lower ?? '';
  if ((before === 'of' || before === 'to') && nounSign(noun) !== undefined && ownerNoun >= floor) {
    const sign = nounSign(noun)!;
    if (ownerNoun !== k - 1) return inherit(ownerNoun, end, sign);
    const owner = tokens[k - 2];
    if (owner?.type === 'possessive') {
      const span = phraseBefore(tokens, k - 3, floor);
      const ownerWords = tokens.slice(span.from, span.to).map((t) => t.lower);
      if (ownerWords.some((w) => PERIOD_OWNERS.has(w))) return inherit(span.from, end, sign);
      return build(text, tokens, span, sign, span.from, end, k - 1);
    }
    // "a gain of 4% in Sony", "gains of 1.4 percent for Samsung Electronics"
    if (before === 'of' && (tokens[end]?.lower === 'in' || (tokens[end]?.lower === 'for' && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')))) {
      const span = phraseAfter(tokens, end + 1);
      return build(text, tokens, span, sign, k - 1, span.to, k - 1);
    }
    // "The KOSPI posted a weekly gain of 3.1 percent": the subject of the verb that takes the noun
    let article = k - 2;
    while (article > floor && (MOVE_ADJECTIVES.has(tokens[article].lower) || PERIOD_OWNERS.has(tokens[article].lower))) article -= 1;
    if (['a', 'an', 'its', 'their'].includes(tokens[article]?.lower ?? '') && POSTING_VERBS.has(tokens[article - 1]?.lower ?? '') && article - 1 > floor) {
      const subject = subjectBefore(tokens, article - 1, floor);
      if (subject && subject.span.to > subject.span.from && !isHypothetical(tokens, subject.span.from - 2, article)) return build(text, tokens, subject.span, sign, subject.span.from, end, k - 1);
    }
    if (owner && ['its', 'their'].includes(owner.lower)) return inherit(k - 2, end, sign);
    // "the FT-SE 100 index ended 14.6 points lower, a fall of 0.7 pct": the main clause's subject
    // "…, with a gain of 4.6 percent to $30.18": the main clause's subject too
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.lower === 'with' && tokens[k - 4]?.text === ',') {
      const main = mainClauseSubject(tokens, k - 5, floor);
      if (main && !isHypothetical(tokens, main.from - 2, k - 4)) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    // "… topped the losers column with a loss of 1.2 percent", "… was among the top advancers with a gain of 10.4
    // percent": without a comma too, but not "compared with a rise of 3.9 percent" (another subject's figure)
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.lower === 'with' && k - 4 >= floor && tokens[k - 4].type === 'word' && !/^compar/.test(tokens[k - 4].lower)) {
      const main = mainClauseSubject(tokens, k - 4, floor);
      // one clause only: not "Financial stocks stood out, with JPMorgan … among the Dow's top advancers with a gain of 10.4 percent"
      if (main && !isHypothetical(tokens, main.from - 2, k - 3) && !tokens.slice(main.to, k - 3).some((t) => t.text === ',')) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    // (each of these three frames: not a main clause that only might move, "could fall sharply, a drop of 30 percent")
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.text === ',') {
      const main = mainClauseSubject(tokens, k - 4, floor);
      if (main && !isHypothetical(tokens, main.from - 2, k - 3)) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    if (owner && PERIOD_OWNERS.has(owner.lower)) return inherit(k - 2, end, sign);
    // "bringing year-to-date losses to more than 13 percent", "cut its year-to-date losses to around 7.6 percent"
    if (owner?.lower === 'date' && tokens[k - 3]?.lower === '-' && tokens[k - 4]?.lower === 'to' && PERIOD_OWNERS.has(tokens[k - 6]?.lower ?? '') && k - 6 >= floor) return inherit(k - 6, end, sign);
    return undefined;
  }
  // "a 10% surge in Sony Group", "a 2.1% weekly gain", "posted a 3% drop"
  const nounAt = MOVE_ADJECTIVES.has(tokens[end]?.lower ?? '') ? end + 1 : end;
  const sign = nounSign(tokens[nounAt]?.lower ?? '');
  if (sign === undefined) return undefined;
  // "the dollar's 30 pct fall against the yen", "Nvidia's 17% plunge"
  if (tokens[start - 1]?.type === 'possessive' && start - 2 >= floor) {
    const owner = phraseBefore(tokens, start - 2, floor);
    if (owner.to <= owner.from || isHypothetical(tokens, owner.from - 4, start)) return undefined;
    // "extending Wednesday's 2.2 percent fall": a day owns no move; the clause's subject made it
    if (tokens.slice(owner.from, owner.to).every((t) => isTimeWord(t) || t.type === 'symbol')) {
      const main = mainClauseSubject(tokens, owner.from - 1, floor);
      if (main) return build(text, tokens, main, sign, main.from, nounAt + 1, nounAt);
      // "Tokyo's Nikkei average had climbed 0.3 percent, following Wednesday's 2.2 percent fall": the move before it in the sentence
      return floor > 0 ? inherit(owner.from, nounAt + 1, sign) : undefined;
    }
    return build(text, tokens, owner, sign, owner.from, nounAt + 1, nounAt);
  }
  // "Amsterdam's blue-chip index .AEX posted a modest 0.3 percent rise": an adjective between the article and the figure
  const adjective = MOVE_ADJECTIVES.has(tokens[start - 1]?.lower ?? '') && (tokens[start - 2]?.lower === 'a' || tokens[start - 2]?.lower === 'an') ? 1 : 0;
  const left = ['a', 'an', 'the', '~'].includes(tokens[start - 1 - adjective]?.lower ?? '') ? start - 1 - adjective : start;
  // a forecast anywhere in the noun's clause: "Analysts expect the merger to trigger a 10 percent surge in Sony shares"
  // (back to a comma or another figure: "trade at 18.5 times earnings estimates …, outperforming a 2.5 percent gain")
  let clause = left - 1;
  for (const stop = clauseStart(tokens, left, Math.max(floor, left - MODAL_LOOKBACK)); clause > stop && tokens[clause - 1].text !== ',' && tokens[clause - 1].type !== 'number'; ) clause -= 1;
  if (isHypothetical(tokens, clause, left)) return undefined;
  // "a 10% surge in Sony", "the 14 percent gain of the MSCI World Index"
  if (['in', 'for', 'of'].includes(tokens[nounAt + 1]?.lower ?? '')) {
    let span = phraseAfter(tokens, nounAt + 2);
    // "a 5.1 percent drop in the stock of BlackBerry maker Research In Motion": the owner of the stock, past its descriptor
    if (span.to > span.from && ['stock', 'shares'].includes(tokens[span.from].lower) && ['of', 'in'].includes(tokens[span.from + 1]?.lower ?? '')) {
      span = phraseAfter(tokens, span.from + 2);
      const descriptor = tokens[span.to];
      if (descriptor && descriptor.text === descriptor.lower && /(?:maker|company|firm|group|giant|retailer|lender|producer)$/.test(descriptor.text) && /^\p{Lu}/u.test(tokens[span.to + 1]?.text ?? '')) span = phraseAfter(tokens, span.to + 1);
    }
    // "the 2 percent gain in December", "a 4.1 pct rise in U.S. February": a time, not a subject
    if (span.to <= span.from || tokens.slice(span.from, span.to).some((t) => isTimeWord(t) && t.text !== '.')) return undefined;
    // "a 0.2 percent decline in U.S. industrial production": the name is a place or owner of a statistic written after it
    if (statisticAfter(tokens, span.to)) return undefined;
    // "The 0.9 percent rise in the Labor Department's Producer Price Index": the owner's statistic, named after it
    if (tokens[span.to]?.type === 'possessive' && ownedStatistic(tokens, span.to + 1)) return undefined;
    return build(text, tokens, span, sign, left, span.to, nounAt);
  }
  if (left === start) return undefined;
  // "Shares of Caterpillar Inc. led the Dow's slight advance with a 1.27 percent rise": the main clause's subject
  if (tokens[left - 1]?.lower === 'with' && tokens[left - 2]?.text !== ',' && left - 2 >= floor) {
    const main = mainClauseSubject(tokens, left - 2, floor);
    if (main && !isHypothetical(tokens, main.from - 2, left)) return build(text, tokens, main, sign, main.from, nounAt + 1, nounAt);
    return undefined;
  }
  let verb = left - 1;
  while (verb >= floor && verb > left - 6 && NOMINAL_VERBS.has(tokens[verb].lower)) verb -= 1;
  // "posted a 3% gain", "was set for a 2% weekly drop" — not "pointing to a 0.5% decline"
  if (!tokens.slice(verb + 1, left).some((t) => !NOMINAL_LINKS.has(t.lower))) return undefined;
  const subject = subjectBefore(tokens, verb + 1, floor);
  if (!subject || isHypothetical(tokens, subject.span.from - 2, left)) return undefined;
  return build(text, tokens, subject.span, sign, subject.span.from, nounAt + 1, verb + 1);
}
