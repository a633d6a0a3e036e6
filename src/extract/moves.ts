/**
 * The price-move grammar over one sentence's tokens. A move is a percentage (not a percentage
 * point) tied to a direction and a traded subject, in one of these forms:
 *
 *   verb:     SUBJECT [aux] VERB [by] [approx] N%          "Hanwha Ocean lost 0.77 percent"
 *             SUBJECT [aux] VERB X points, or N%           "KOSPI added 90.88 points, or 2.2 percent"
 *             SUBJECT NEUTRAL-VERB N% higher|lower         "sterling edged 0.04% higher"
 *             SUBJECT was up|down N%                       "the Nasdaq was down 0.89%"
 *   nominal:  SUBJECT's NOUN of N%                         "the wider market's gain of 1.05%"
 *             a N% NOUN in SUBJECT                         "a 10% surge in Sony Group"
 *             [the week's] NOUN to N%                      "bringing the week's advance to 4.8%"
 *   zero:     SUBJECT [aux] unchanged | ended flat
 *   lists:    A and B rose N% and M%, respectively
 *
 * A percentage after "to", "at" or "from" is a level; one in a hypothetical ("would have declined")
 * or forecast ("is expected to rise") is no move, nor is one whose subject is a result, statistic,
 * rate or stake (see kind.ts).
 */
import type { Token } from './tokenize';
import type { SubjectKind } from '../article/types';
import { numberValue, scaleFactor } from './numbers';
import { type PercentMention, isPercentUnitAt } from './percent';
import { isNeutralVerb, isPareVerb, nounSign, particleSign, phrasalSign, verbSign } from './direction';
import { type DroppedMove, droppedMove, isUnsignedMoveWord } from './dropped';
import { isDayWord, monthOf } from './period';
import { type Span, isAnaphor, nameSpan, phraseAfter, phraseBefore, spanText } from './subject';
import { isNotTraded, isOtherTraded, subjectKind } from './kind';
import { coordinatedSubjects, isHypothetical, mainClauseSubject, marketQualifier, subjectBefore } from './clause';
import { indexCodeName, isIndexCode } from './codes';
import { lookupTicker } from './entities';

/** A move found in a sentence, before period and date are attached. */
export interface MoveMatch {
  subject: string;
  subjectKind: SubjectKind;
  changePct: number;
  approximate: boolean;
  /** Token index of the percentage number (or of "unchanged"). */
  at: number;
  /** Leftmost and rightmost (exclusive) token of the move's wording, for the quote and period window. */
  from: number;
  to: number;
  /** The subject needs resolving against earlier subjects ("it", "its shares", "the index"). */
  anaphor?: 'any' | 'company' | 'index' | 'previous' | 'generic-index';
  /** The anaphor as written ("The company" of "The company's shares"), the subject when nothing earlier resolves it. */
  written?: string;
  /** A ticker or RIC written with the subject ("BP Plc ( BP.L )", ".SPX"), as written. */
  ticker?: string;
  /** The subject was read off a code alone (".SPX fell" → "S&P 500"). */
  fromCode?: boolean;
  /** How the sign was read: a direction verb ("fell"), a neutral verb with a particle or comparative ("edged up", "closed 1% lower"), a move noun ("a 2% gain"), a "respectively" list, or "unchanged"/"flat". */
  form?: MoveForm;
}

/** The wording a move's sign comes from (see {@link MoveMatch.form}). */
export type MoveForm = 'verb' | 'particle' | 'noun' | 'list' | 'unchanged' | 'pared';

const SKIP_BEFORE_NUMBER = new Set(['by', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'just', 'than', 'more', 'less', 'further', 'another', 'a', 'an', 'additional', 'only', 'barely', 'fully', 'much', 'as', 'close', '~', '≈']);
const AMOUNT_WORDS = new Set(['points', 'point', 'pts', 'cents', 'cent', 'pence', 'yen', 'won', 'dollars', 'dlrs', 'euros', 'basis', 'million', 'billion', 'mln', 'bln', 'bn', 'us', 'a', 'share', 'to']);
/** Comparatives and particles after a percentage that give a neutral verb its sign: "closed 0.8 pct firmer", "closed 1.1% up". */
const COMPARATIVES = new Set(['higher', 'lower', 'firmer', 'weaker', 'stronger', 'softer', 'up', 'down']);
const PERIOD_OWNERS = new Set(['week', 'month', 'year', 'session', 'day', 'quarter', 'weekly', 'monthly', 'daily']);
/** Adjectives between a percentage and its move noun: "a 2.1% weekly gain". */
const MOVE_ADJECTIVES = new Set(['weekly', 'daily', 'monthly', 'annual', 'yearly', 'quarterly', 'intraday', 'sharp', 'steep', 'further', 'modest', 'slight', 'small']);
/** Verbs that take a move noun as object: "posted a 3% gain", "was set for a 2% weekly drop". */
const NOMINAL_VERBS = new Set(['posted', 'posts', 'post', 'recorded', 'records', 'record', 'marked', 'marks', 'logged', 'logs', 'log', 'booked', 'notched', 'registered', 'saw', 'sees', 'suffered', 'suffers', 'extended', 'extends', 'headed', 'heading', 'set', 'for', 'on', 'track', 'poised', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'to']);
/** Time words between a move noun and "to": "gains so far this year to 60%". */
const PERIOD_FILLERS = new Set(['so', 'far', 'this', 'year', 'week', 'month', 'for', 'the', 'in', 'since', 'january', 'december']);
const NOMINAL_LINKS = new Set(['for', 'to', 'on', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been']);
/** Verbs that take a move noun with "of": "posted a weekly gain of 3.1 percent". */
const POSTING_VERBS = new Set(['posted', 'posts', 'recorded', 'records', 'logged', 'logs', 'booked', 'notched', 'registered', 'marked', 'saw', 'suffered', 'extended', 'posting', 'recording', 'logging', 'booking', 'notching', 'marking', 'suffering']);
/** Month, weekday and year tokens: "in December" names a time, not a traded subject. */
function isTimeWord(t: Token): boolean {
  return monthOf(t.lower) !== undefined || isDayWord(t.lower) || (t.type === 'number' && /^(1[89]|20)\d\d$/.test(t.text)) || t.text === '.';
}
/** Longest money or point change a percentage may restate ("rose 1-1/8 to 34-5/8 dlrs, or 3.4 pct"), in tokens. */
const MAX_RESTATED_TOKENS = 14;
/** Longest "respectively" list read. */
const MAX_LIST = 12;
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

function skipBackOver(tokens: Token[], k: number, floor: number, words: Set<string>): number {
  while (k >= floor && (words.has(tokens[k].lower) || /ly$/.test(tokens[k].lower) && tokens[k].lower.length > 4)) k -= 1;
  return k;
}

/** Whether tokens k-1..k read "the week", "the session", "its day": the span a neutral verb closed. */
function spanObjectAt(tokens: Token[], k: number): boolean {
  return PERIOD_OWNERS.has(tokens[k]?.lower ?? '') && ['the', 'its', 'their'].includes(tokens[k - 1]?.lower ?? '');
}

/** The verb or particle that gives a percentage its direction, looking left from the number. */
function verbTrigger(tokens: Token[], start: number, end: number, floor: number): Trigger | undefined {
  let k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  // "fell close to 3%": an approximation; "to close 2.1 percent lower": "close" is the verb
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'close' && k + 1 === start) k = skipBackOver(tokens, k - 2, floor, SKIP_BEFORE_NUMBER);
  else if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'close' && k + 1 < start) k += 1;
  // "added 90.88 points, or 2.2 percent", "were up 23 cents, or 0.3%"
  // …or after a price change restated: "gained 1-1/8 to 83, about 1.4 pct"
  let gap = MAX_TRIGGER_GAP;
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
  if (spanObjectAt(tokens, k) && isNeutralVerb(tokens[k - 2]?.lower ?? '') && k - 2 >= floor) k -= 2;
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
    const verb = spanObjectAt(tokens, k - 1) ? k - 3 : k - 1; // "closed the session down 1%"
    const group = tokens[verb] && verb >= floor && (isNeutralVerb(tokens[verb].lower) || verbSign(tokens[verb].lower) !== undefined) ? verb : k;
    return { sign: particle, form: 'particle', group, to: end };
  }
  const comparative = particleSign(after);
  if (isNeutralVerb(word) && comparative !== undefined && COMPARATIVES.has(after)) return { sign: comparative, form: 'particle', group: k, to: end + 1 };
  return undefined;
}

/** Finds the moves of one sentence; `percents` are its percent mentions. */
export function findSentenceMoves(text: string, tokens: Token[], percents: PercentMention[], dropped?: DroppedMove[]): MoveMatch[] {
  const moves: MoveMatch[] = [];
  const consumed = new Set<number>();
  const hasRespectively = tokens.some((t) => t.lower === 'respectively');
  let floor = 0;
  for (let p = 0; p < percents.length; p += 1) {
    const mention = percents[p];
    if (consumed.has(p) || mention.percentagePoint) continue;
    let start = mention.number;
    // ranges "10 to 15 pct", "2-3%", "between 2 and 3 percent": the first stated figure
    let value = mention.value;
    const link = tokens[start - 1]?.lower;
    if ((link === 'to' || link === '-' || link === '–' || link === 'and') && numberValue(tokens[start - 2]) !== undefined && tokens[start - 2].type === 'number') {
      if (link !== 'and' || tokens[start - 3]?.lower === 'between') {
        value = numberValue(tokens[start - 2])!;
        start = link === 'and' ? start - 3 : start - 2;
      }
    }
    const found = matchAt(text, tokens, start, mention.end, floor);
    if (!found) {
      if (dropped) {
        const unsigned = unsignedMove(tokens, start, floor);
        if (unsigned) dropped.push(droppedMove(text, tokens, unsigned.subjectFrom, unsigned.word, start, mention.end));
      }
      continue;
    }
    // lists: "rose 1.2%, 3.4% and 5%, respectively" (bounded: such lists are short)
    let list = [p];
    for (let q = p + 1; q < percents.length && list.length < MAX_LIST; q += 1) {
      const gap = tokens.slice(percents[list[list.length - 1]].end, percents[q].number);
      if (gap.length > 2 || !gap.every((t) => t.text === ',' || t.lower === 'and')) break;
      list.push(q);
    }
    const end = percents[list[list.length - 1]].end;
    // pairwise only when the sentence says so: "…, respectively", "1.3 percent and 2.4 percent each"
    if (!hasRespectively && tokens[end]?.lower !== 'each') list = [p];
    if (list.length > 1) {
      const subjects = coordinatedSubjects(tokens, found.subjectSpan, list.length, floor);
      if (subjects) {
        list.forEach((q, n) => {
          consumed.add(q);
          const name = nameSpan(tokens, subjects[n]);
          const subject = spanText(text, tokens, name);
          moves.push({ ...found.move, subject, subjectKind: subjectKind(subject), changePct: found.sign * Math.abs(percents[q].value), at: percents[q].number, to: end, approximate: percents[q].approximate, form: 'list', ticker: writtenTicker(tokens, subjects[n], found.move.at) });
        });
        floor = end;
        continue;
      }
    }
    consumed.add(p);
    moves.push({ ...found.move, changePct: found.sign * Math.abs(value), at: mention.number, approximate: mention.approximate });
    floor = found.move.to;
  }
  return moves.concat(findUnchanged(text, tokens));
}

/** A percentage after a direction word with no sign ("Acme moved 2%", "the index closed 1.2 percent"), with a traded subject before it. */
function unsignedMove(tokens: Token[], start: number, floor: number): { word: number; subjectFrom: number } | undefined {
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

interface Found {
  move: MoveMatch;
  sign: 1 | -1;
  subjectSpan: Span;
}

function matchAt(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
  const trigger = verbTrigger(tokens, start, end, floor) ?? pareTrigger(tokens, start, end, floor);
  if (trigger) {
    const subject = subjectBefore(tokens, trigger.group, floor);
    if (!subject) return undefined;
    if (isHypothetical(tokens, Math.min(subject.span.from, subject.scanFrom + 1) - 2, trigger.group)) return undefined;
    return withForm(build(text, tokens, subject.span, trigger.sign, Math.min(subject.span.from, trigger.group), trigger.to, trigger.group), trigger.form);
  }
  return withForm(nominal(text, tokens, start, end, floor), 'noun');
}

function withForm(found: Found | undefined, form: MoveForm): Found | undefined {
  if (found) found.move.form ??= form;
  return found;
}

/** Words between a reducing verb and its gain/loss noun: "pared some of its early gains". */
const PARE_FILLERS = new Set(['its', 'their', 'the', 'some', 'most', 'all', 'much', 'of', 'early', 'earlier', 'initial', 'session', "day's", 'day', 'opening', 'morning', 'steep', 'sharp', 'big', 'previous', 'recent']);

/**
 * "pared gains to 0.4 percent", "trimmed its losses to 1.2%", "extended gains to 2%": the move's
 * sign is the sign of the gain or loss noun, its subject the reducing verb's.
 */
function pareTrigger(tokens: Token[], start: number, end: number, floor: number): Trigger | undefined {
  const k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  if (tokens[k]?.lower !== 'to' || k - 1 < floor) return undefined;
  const noun = tokens[k - 1].lower;
  if (noun !== 'gains' && noun !== 'losses' && noun !== 'gain' && noun !== 'loss') return undefined;
  let v = k - 2;
  while (v >= floor && v > k - 7 && (PARE_FILLERS.has(tokens[v].lower) || tokens[v].type === 'possessive')) v -= 1;
  if (v < floor || !isPareVerb(tokens[v].lower)) return undefined;
  return { sign: nounSign(noun)!, form: 'pared', group: v, to: end };
}

/** "the wider market's gain of 1.05%", "a 10% surge in Sony Group", "the week's advance to 4.8%". */
function nominal(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
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
    if (before === 'of' && tokens[end]?.lower === 'in') {
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
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.text === ',') {
      const main = mainClauseSubject(tokens, k - 4, floor);
      if (main) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    if (owner && PERIOD_OWNERS.has(owner.lower)) return inherit(k - 2, end, sign);
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
      return main ? build(text, tokens, main, sign, main.from, nounAt + 1, nounAt) : undefined;
    }
    return build(text, tokens, owner, sign, owner.from, nounAt + 1, nounAt);
  }
  const left = ['a', 'an', 'the', '~'].includes(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
  if (isHypothetical(tokens, left - 4, left)) return undefined;
  // "a 10% surge in Sony", "the 14 percent gain of the MSCI World Index"
  if (['in', 'for', 'of'].includes(tokens[nounAt + 1]?.lower ?? '')) {
    const span = phraseAfter(tokens, nounAt + 2);
    // "the 2 percent gain in December", "a 4.1 pct rise in U.S. February": a time, not a subject
    if (span.to <= span.from || tokens.slice(span.from, span.to).some((t) => isTimeWord(t) && t.text !== '.')) return undefined;
    return build(text, tokens, span, sign, left, span.to, nounAt);
  }
  if (left === start) return undefined;
  let verb = left - 1;
  while (verb >= floor && verb > left - 6 && NOMINAL_VERBS.has(tokens[verb].lower)) verb -= 1;
  // "posted a 3% gain", "was set for a 2% weekly drop" — not "pointing to a 0.5% decline"
  if (!tokens.slice(verb + 1, left).some((t) => !NOMINAL_LINKS.has(t.lower))) return undefined;
  const subject = subjectBefore(tokens, verb + 1, floor);
  if (!subject || isHypothetical(tokens, subject.span.from - 2, left)) return undefined;
  return build(text, tokens, subject.span, sign, subject.span.from, nounAt + 1, verb + 1);
}

/** A move whose subject is the previous one in the sentence ("bringing the week's advance to 4.8%"). */
function inherit(from: number, to: number, sign: 1 | -1): Found {
  const span = { from, to: from };
  return { move: { subject: '', subjectKind: 'other', changePct: 0, approximate: false, at: from, from, to, anaphor: 'previous' }, sign, subjectSpan: span };
}

function build(text: string, tokens: Token[], span: Span, sign: 1 | -1, from: number, to: number, trigger: number): Found | undefined {
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
    }
    return { move: { ...base, subject: '', subjectKind: 'other', anaphor: 'previous' }, sign, subjectSpan: span };
  }
  if (isAnaphor(tokens, span)) {
    const words = tokens.slice(span.from, span.to).map((t) => t.lower);
    const anaphor = words.some((w) => ['index', 'benchmark', 'gauge'].includes(w)) ? 'index' : words.every((w) => w === 'it' || w === 'they') ? 'any' : 'company';
    const written = anaphorAsWritten(text, tokens, span);
    return { move: { ...base, subject: '', subjectKind: 'other', anaphor, ...(written ? { written } : {}) }, sign, subjectSpan: span };
  }
  const written = writtenTicker(tokens, span, trigger);
  // ".SPX fell 1%": a code alone names its index ("S&P 500"), or stands as written
  if (span.to - span.from === 1 && tokens[span.from].code) {
    const code = tokens[span.from].text;
    const named = indexCodeName(code);
    return { move: { ...base, subject: named ?? code, subjectKind: isIndexCode(code) ? 'index' : 'stock', ticker: code, fromCode: true }, sign, subjectSpan: span };
  }
  const whole = spanText(text, tokens, span);
  if (isNotTraded(whole)) return undefined;
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
  const unitAfterNumber = tokens[span.from - 1]?.type === 'number' && span.to - span.from === 1 && tokens[span.from].text === tokens[span.from].lower;
  if (unitAfterNumber || scaleFactor(tokens[span.from].lower, false) !== undefined) return undefined;
  const name = nameSpan(tokens, span);
  // generic subjects keep their article as written: "the wider market", "the dollar"
  if (tokens[name.from - 1]?.text === 'the' && !tokens.slice(name.from, name.to).some((t) => /\p{Lu}/u.test(t.text))) name.from -= 1;
  const subject = spanText(text, tokens, name);
  if (!/[\p{L}]/u.test(subject)) return undefined;
  const kind = subjectKind(subject);
  if (kind === 'other' && !/\p{Lu}/u.test(subject) && !isOtherTraded(subject)) return undefined;
  // "the semiconductor index .SOXX": an index written with its code is that index, not one named before
  if (kind === 'index' && !/\p{Lu}/u.test(subject) && !written) {
    // "The South Korean stock market soared, with the composite index rising 68.9 pct" → "South Korean composite index"
    const qualifier = marketQualifier(text, tokens, span.from);
    if (qualifier) return { move: { ...base, subject: `${qualifier} ${subject.replace(/^the /i, '')}`, subjectKind: kind }, sign, subjectSpan: span };
    return { move: { ...base, subject, subjectKind: kind, anaphor: 'generic-index' }, sign, subjectSpan: span };
  }
  const codeKind = written && isIndexCode(written) && kind === 'stock' ? 'index' : kind;
  return { move: { ...base, subject, subjectKind: codeKind, ...(written ? { ticker: written } : {}) }, sign, subjectSpan: span };
}

/** Nouns an anaphor names its referent by ("The company", "the lender", "the index"); "it", "its shares" name nothing. */
const NAMING_ANAPHORS = new Set(['company', 'firm', 'group', 'lender', 'carrier', 'automaker', 'chipmaker', 'insurer', 'bank', 'index', 'benchmark', 'gauge']);

/**
 * An anaphor as written, for when nothing earlier resolves it: "The company" of "The company's
 * shares", "the index"; undefined for "it", "its shares", which name nothing.
 */
function anaphorAsWritten(text: string, tokens: Token[], span: Span): string | undefined {
  let { from, to } = span;
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
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

/** "the Dow's biggest gainer", "top percentage loser", "the leading decliners": a rank in a list, not a name. */
const RANKING = /\b(?:biggest|largest|top|best|worst|leading|second-biggest|third-biggest|heaviest|strongest|weakest)\b.*\b(?:boost|advancers?|gainers?|decliners?|drags?|losers?|performers?|percentage|weights?|movers?)\b/i;

const GROWTH_VERBS = new Set(['grew', 'grow', 'grows', 'growing', 'increased', 'increase', 'increases', 'increasing', 'expanded', 'expands', 'contracted', 'shrank', 'shrinks', 'decreased', 'decreases']);
const TRADED_WORDS = new Set(['shares', 'share', 'stock', 'stocks', 'index', 'price', 'prices', 'futures', 'market', 'currency']);

/** The code written with the subject phrase (on its last name token, or on "Inc" of "Inc.( WMT.N )"), before the verb. */
function writtenTicker(tokens: Token[], span: Span, trigger: number): string | undefined {
  const stop = Math.min(trigger > span.from ? Math.min(span.to + 2, trigger) : span.to + 2, tokens.length);
  for (let k = span.from; k < stop; k += 1) if (tokens[k].ticker !== undefined) return tokens[k].ticker;
  return undefined;
}

const FLAT_VERBS = new Set(['ended', 'closed', 'finished', 'ends', 'closes', 'was', 'were', 'traded', 'remained', 'remaining', 'stayed', 'staying', 'held', 'holding']);

/** "Samsung was unchanged", "the index ended flat", "X remaining flat": a 0% move. */
function findUnchanged(text: string, tokens: Token[]): MoveMatch[] {
  const moves: MoveMatch[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const word = tokens[k].lower;
    const flat = word === 'flat' && FLAT_VERBS.has(tokens[k - 1]?.lower ?? '');
    if (word !== 'unchanged' && !flat) continue;
    // "unchanged at 7.9 pct" is the level of a rate; "unchanged at 201,000 won" is a price that did not move
    if (tokens[k + 1]?.lower === 'at' && tokens[k + 2]?.type === 'number' && isPercentUnitAt(tokens, k + 3)) continue;
    const group = flat || FLAT_VERBS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
    const subject = subjectBefore(tokens, group, 0);
    if (!subject || isHypothetical(tokens, subject.span.from - 2, group)) continue;
    const found = build(text, tokens, subject.span, 1, subject.span.from, k + 1, k);
    // "its shares were flat": a company anaphor, resolved like any other move's
    if (found && (found.move.anaphor === 'company' || (found.move.subjectKind !== 'other' && !found.move.anaphor))) moves.push({ ...found.move, changePct: 0, at: k, form: 'unchanged' });
  }
  return moves;
}
