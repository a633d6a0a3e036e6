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
import { numberValue } from './numbers';
import { type PercentMention, isPercentUnitAt } from './percent';
import { isNeutralVerb, isPareVerb, nounSign, particleSign, phrasalSign, verbSign } from './direction';
import { type DroppedMove, droppedMove, isUnsignedMoveWord } from './dropped';
import { periodMarkerAt } from './period';
import { isAnaphor, nameSpan, phraseAfter, phraseBefore, spanText } from './subject';
import { isNotTraded, subjectKind } from './kind';
import { isHypothetical, mainClauseSubject, subjectBefore } from './clause';
import { coordinatedSubjects, sharedFigureSubjects } from './coordination';
import { isIndexCode } from './codes';
import { type Found, build, inherit, isTimeWord, writtenTicker } from './build';

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
  /** First token a period may be read from (the causative verb of "helped to lift Nokia 2.6 percent higher": what comes before is the cause). */
  periodFrom?: number;
  /** How the sign was read: a direction verb ("fell"), a neutral verb with a particle or comparative ("edged up", "closed 1% lower"), a move noun ("a 2% gain"), a "respectively" list, or "unchanged"/"flat". */
  form?: MoveForm;
}

/** The wording a move's sign comes from (see {@link MoveMatch.form}). */
export type MoveForm = 'verb' | 'particle' | 'noun' | 'list' | 'unchanged' | 'pared';

const SKIP_BEFORE_NUMBER = new Set(['still', 'now', 'by', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'just', 'than', 'more', 'less', 'further', 'another', 'a', 'an', 'additional', 'only', 'barely', 'fully', 'much', 'as', 'close', '~', '≈']);
const AMOUNT_WORDS = new Set(['points', 'point', 'of', 'pts', 'cents', 'cent', 'pence', 'yen', 'won', 'dollars', 'dlrs', 'euros', 'basis', 'million', 'billion', 'mln', 'bln', 'bn', 'us', 'a', 'share', 'to']);
/** Comparatives and particles after a percentage that give a neutral verb its sign: "closed 0.8 pct firmer", "closed 1.1% up". */
const COMPARATIVES = new Set(['higher', 'lower', 'firmer', 'weaker', 'stronger', 'softer', 'up', 'down']);
const PERIOD_OWNERS = new Set(['week', 'month', 'year', 'session', 'day', 'quarter', 'weekly', 'monthly', 'daily']);
/** Adjectives between a percentage and its move noun: "a 2.1% weekly gain". */
const MOVE_ADJECTIVES = new Set(['weekly', 'daily', 'monthly', 'annual', 'yearly', 'quarterly', 'intraday', 'sharp', 'steep', 'further', 'modest', 'slight', 'small']);
/** Verbs that take a move noun as object: "posted a 3% gain", "was set for a 2% weekly drop". */
const NOMINAL_VERBS = new Set(['posted', 'posts', 'post', 'recorded', 'records', 'record', 'marked', 'marks', 'logged', 'logs', 'log', 'booked', 'notched', 'registered', 'saw', 'sees', 'suffered', 'suffers', 'extended', 'extends', 'headed', 'heading', 'set', 'for', 'on', 'track', 'poised', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'to',
  // "…, marking a 75.6 percent gain", "showing a 0.1 percent loss on the day"
  'marking', 'posting', 'recording', 'logging', 'booking', 'notching', 'registering', 'suffering', 'showing', 'chalking']);
/** Time words between a move noun and "to": "gains so far this year to 60%". */
const PERIOD_FILLERS = new Set(['so', 'far', 'this', 'year', 'week', 'month', 'for', 'the', 'in', 'since', 'january', 'december']);
const NOMINAL_LINKS = new Set(['for', 'to', 'on', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been']);
/** Verbs that take a move noun with "of": "posted a weekly gain of 3.1 percent". */
const POSTING_VERBS = new Set(['posted', 'posts', 'recorded', 'records', 'logged', 'logs', 'booked', 'notched', 'registered', 'marked', 'saw', 'suffered', 'extended', 'posting', 'recording', 'logging', 'booking', 'notching', 'marking', 'suffering']);
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
  // adverbs in -ly of five letters or more ("sharply") are skipped too; endsWith, not a regular expression, on this hot path
  while (k >= floor && (words.has(tokens[k].lower) || (tokens[k].lower.length > 4 && tokens[k].lower.endsWith('ly')))) k -= 1;
  return k;
}

/**
 * How many tokens end at k as the span a neutral verb closed: 2 for "the session", 3 for "the regular session"
 * ("finished the regular session down 4.2 percent", "ended the regular session up 1.9 percent"), else 0.
 */
function spanObjectLength(tokens: Token[], k: number): number {
  if (!PERIOD_OWNERS.has(tokens[k]?.lower ?? '')) return 0;
  const before = tokens[k - 1]?.lower ?? '';
  if (before === 'the' || before === 'its' || before === 'their') return 2;
  return (before === 'regular' || before === 'trading') && ['the', 'its', 'their'].includes(tokens[k - 2]?.lower ?? '') ? 3 : 0;
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
    const group = tokens[verb] && verb >= floor && (isNeutralVerb(tokens[verb].lower) || verbSign(tokens[verb].lower) !== undefined) ? verb : k;
    // "closed off more than 70 percent higher": the comparative after the figure gives the sign of "off" (finished);
    // "up 2% lower" contradicts itself — no sign is guessed
    const comparative = COMPARATIVES.has(after) && after !== 'up' && after !== 'down' ? particleSign(after) : undefined;
    if (comparative !== undefined && comparative !== particle) return word === 'off' ? { sign: comparative, form: 'particle', group, to: end + 1 } : undefined;
    return { sign: particle, form: 'particle', group, to: end };
  }
  const comparative = particleSign(after);
  if (isNeutralVerb(word) && comparative !== undefined && COMPARATIVES.has(after)) return { sign: comparative, form: 'particle', group: k, to: end + 1 };
  return undefined;
}

/** Finds the moves of one sentence; `percents` are its percent mentions. */
export function findSentenceMoves(text: string, tokens: Token[], percents: PercentMention[], dropped?: DroppedMove[]): MoveMatch[] {
  // no percentage: only "unchanged"/"flat" can make a move, so the percentage grammar is skipped
  if (percents.length === 0) return findUnchanged(text, tokens);
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
    // "Gilead Sciences and Amgen …, falling 5 and 9.4 percent, respectively": a bare figure shares the unit after "and"
    if (hasRespectively && link === 'and' && tokens[start - 2]?.type === 'number' && tokens[start - 3]?.lower !== 'between' && tokens[start - 3]?.type !== 'number') {
      const first = numberValue(tokens[start - 2]);
      const pair = first === undefined ? undefined : matchAt(text, tokens, start - 2, mention.end, floor);
      const subjects = pair && !pair.move.anaphor ? coordinatedSubjects(tokens, pair.subjectSpan, 2, floor) : undefined;
      if (pair && subjects && first !== undefined) {
        consumed.add(p);
        [first, mention.value].forEach((figure, n) => {
          const subject = spanText(text, tokens, nameSpan(tokens, subjects[n]));
          moves.push({ ...pair.move, subject, subjectKind: subjectKind(subject), changePct: pair.sign * Math.abs(figure), at: n === 0 ? start - 2 : start, to: mention.end, approximate: false, form: 'list', ticker: writtenTicker(tokens, subjects[n], pair.move.at) });
        });
        floor = mention.end;
        continue;
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
    // pairwise when the sentence says so ("…, respectively", "1.3 percent and 2.4 percent each"), or when as many
    // names joined by "and" stand before the verb as figures after it ("Sony Corp and Honda Motor Co rose 2 percent
    // and 3 percent"): giving the last name the first figure would print a wrong number
    const implicit = list.length === 2 && tokens[percents[list[1]].number - 1]?.lower === 'and' && tokens[found.subjectSpan.from - 1]?.lower === 'and' && coordinatedSubjects(tokens, found.subjectSpan, 2, floor) !== undefined;
    if (!hasRespectively && tokens[end]?.lower !== 'each' && !implicit) list = [p];
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
    // the match is this call's own object (matchAt builds it fresh): completed in place, not copied
    const trigger = found.move.at;
    const move: MoveMatch = found.move;
    move.changePct = found.sign * Math.abs(value);
    move.at = mention.number;
    move.approximate = mention.approximate;
    // "BP and Shell both adding about 1 percent": one move per coordinated name, with the shared figure
    // only for a subject right before its verb ("A and B both rose"), not one found back across a clause
    const adjacentSubject = found.subjectSpan.to > found.subjectSpan.from && trigger - found.subjectSpan.to <= 3 && trigger >= found.subjectSpan.to;
    const shared = !move.anaphor && !move.fromCode && adjacentSubject ? sharedFigureSubjects(tokens, found.subjectSpan, floor) : [];
    for (const span of shared) {
      const name = nameSpan(tokens, span);
      const subject = spanText(text, tokens, name);
      const ticker = writtenTicker(tokens, span, trigger);
      moves.push({ ...move, subject, subjectKind: ticker && isIndexCode(ticker) ? 'index' : subjectKind(subject), form: 'list', from: Math.min(move.from, span.from), ...(ticker ? { ticker } : { ticker: undefined }) });
    }
    moves.push(move);
    floor = found.move.to;
    // "The Dow is down 10.2 percent for the month and 18.2 percent year-to-date", "has jumped 22 percent this month,
    // 38 percent so far in 2008 and nearly 75 percent in the past 12 months": figures of one move, each with its own span
    for (let q = p + 1, last = mention.end; q < percents.length && !hasRespectively && shared.length === 0; q += 1) {
      const next = percents[q];
      if (next.percentagePoint || !spanFigure(tokens, last, next.number, next.end)) break;
      consumed.add(q);
      // the previous figure's wording ends before the joiners: each figure's period is read after it, not before
      let joined = next.number;
      while (joined > last && SPAN_LIST_JOINERS.has(tokens[joined - 1].lower)) joined -= 1;
      const previous = moves[moves.length - 1];
      previous.to = Math.max(previous.to, joined);
      moves.push({ ...move, changePct: found.sign * Math.abs(next.value), at: next.number, from: next.number, to: next.end, approximate: next.approximate, form: 'list' });
      last = next.end;
      floor = next.end;
    }
  }
  return moves.concat(findUnchanged(text, tokens));
}

/** Verbs whose object's price moves: "could drive X's shares up 25%", "would send the stock down". */
const CAUSATIVE_VERBS = new Set(['drive', 'send', 'push', 'lift', 'boost', 'pull', 'drag', 'knock', 'take']);

/** Words that may stand between two figures of one move given for several spans ("…, and nearly 75 percent"). */
const SPAN_LIST_JOINERS = new Set([',', 'and', 'while', 'nearly', 'almost', 'about', 'around', 'more', 'than', 'over', 'some', 'roughly']);

/**
 * Whether the percentage at `number`..`end` continues a move given for several spans: a period phrase follows the
 * previous figure (within the gap) and one follows this figure, and the gap holds nothing but that phrase and joiners.
 */
function spanFigure(tokens: Token[], previousEnd: number, number: number, end: number): boolean {
  if (number - previousEnd > 10 || number <= previousEnd) return false;
  let marker = false;
  for (let k = previousEnd; k < number; k += 1) {
    if (periodMarkerAt(tokens, k) !== undefined) marker = true;
    // only a time phrase and joiners: no verb, no name, no other figure
    else if (!SPAN_LIST_JOINERS.has(tokens[k].lower) && (tokens[k].type !== 'word' || tokens[k].text !== tokens[k].lower || verbSign(tokens[k].lower) !== undefined || isNeutralVerb(tokens[k].lower)) && tokens[k].text !== '-' && !(tokens[k].type === 'number' && /^(?:1[89]|20)\d\d$/.test(tokens[k].text))) return false;
  }
  if (!marker) return false;
  for (let k = end; k < Math.min(tokens.length, end + 5); k += 1) if (periodMarkerAt(tokens, k) !== undefined) return true;
  return false;
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


function matchAt(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
  const trigger = verbTrigger(tokens, start, end, floor) ?? pareTrigger(tokens, start, end, floor);
  if (trigger) {
    const subject = subjectBefore(tokens, trigger.group, floor);
    if (!subject) return undefined;
    // "moves that could drive the medical device maker's shares up 25 percent": a forecast through a causative verb
    const causative = tokens[subject.span.from - 1]?.lower === 'the' ? subject.span.from - 2 : subject.span.from - 1;
    if (CAUSATIVE_VERBS.has(tokens[causative]?.lower ?? '') && isHypothetical(tokens, causative - 3, causative)) return undefined;
    // a modal inside a skipped aside ("Nestle, which analysts believe might be drawn in …, was up 1.2%") is not the move's
    if (subject.aside ? isHypothetical(tokens, subject.span.from - 2, subject.span.to) || isHypothetical(tokens, trigger.group - 3, trigger.group) : isHypothetical(tokens, Math.min(subject.span.from, subject.scanFrom + 1) - 2, trigger.group)) return undefined;
    const viaVerb = withForm(build(text, tokens, subject.span, trigger.sign, Math.min(subject.span.from, trigger.group), trigger.to, trigger.group), trigger.form);
    // "a forecast of lower gross margins this quarter sent its shares down 3 percent": the cause before the causative
    // verb gives the move no period
    const determiner = ['its', 'the', 'their'].includes(tokens[subject.span.from - 1]?.lower ?? '') ? subject.span.from - 2 : subject.span.from - 1;
    if (viaVerb && determiner >= floor && OBJECT_MOVING_VERBS.has(tokens[determiner]?.lower ?? '')) viaVerb.move.periodFrom = determiner;
    // "weighed down by a 5.1 percent drop in the stock of X": a particle with no traded subject may precede a move noun
    if (viaVerb || trigger.form !== 'particle' || nounSign(tokens[end]?.lower ?? '') === undefined) return viaVerb;
  } else {
    const caused = causedMove(text, tokens, start, end, floor);
    if (caused) return withForm(caused, 'particle');
  }
  return withForm(nominal(text, tokens, start, end, floor), 'noun');
}

/** Verbs whose object's price moved, the figure and a comparative written after the object. */
const OBJECT_MOVING_VERBS = new Set(['pushed', 'pushing', 'push', 'pushes', 'lifted', 'lifting', 'lift', 'lifts', 'sent', 'sending', 'send', 'sends', 'drove', 'driving', 'drive', 'drives',
  'dragged', 'dragging', 'drag', 'drags', 'knocked', 'knocking', 'knock', 'knocks', 'powered', 'powering', 'boosted', 'boosting', 'boost', 'boosts', 'pulled', 'pulling', 'pull', 'pulls', 'propelled', 'propelling', 'leaving', 'left']);

/**
 * "pushed Credit Agricole ( CAGR.PA ) 3 percent lower", "lifted rival UPS ( UPS.N ) 3.6 percent higher", "helped to lift
 * Nokia NOK1V.DE 2.6 percent higher", ", sending its shares 3.5 percent lower": the object of a causative verb moved,
 * with the sign of the comparative after the figure. Lower-case descriptors may stand between verb and object.
 */
function causedMove(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
  const comparative = tokens[end]?.lower;
  if (comparative !== 'higher' && comparative !== 'lower') return undefined;
  const k = skipBackOver(tokens, start - 1, floor, SKIP_BEFORE_NUMBER);
  if (k < floor) return undefined;
  const span = phraseBefore(tokens, k, floor);
  if (span.to <= span.from) return undefined;
  let v = span.from - 1;
  // "energy stocks Total ( TOTF.PA ) and BP ( BP.L ) 1 percent higher": names sharing the figure (moves.ts splits them)
  for (let names = 0; names < 3 && (tokens[v]?.lower === 'and' || tokens[v]?.text === ',') && v - 1 >= floor; names += 1) {
    const conjunct = phraseBefore(tokens, v - 1, floor);
    if (conjunct.to <= conjunct.from || !/^\p{Lu}/u.test(tokens[conjunct.from].text)) return undefined;
    v = conjunct.from - 1;
  }
  const object = v + 1;
  while (v >= floor && v > object - 5 && tokens[v].type === 'word' && tokens[v].text === tokens[v].lower && !OBJECT_MOVING_VERBS.has(tokens[v].lower)) v -= 1;
  if (v < floor || !OBJECT_MOVING_VERBS.has(tokens[v].lower) || isHypothetical(tokens, v - 3, v)) return undefined;
  const found = build(text, tokens, span, comparative === 'higher' ? 1 : -1, span.from, end + 1, start);
  if (found) found.move.periodFrom = v;
  return found;
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
      if (main) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    // "… topped the losers column with a loss of 1.2 percent", "… was among the top advancers with a gain of 10.4
    // percent": without a comma too, but not "compared with a rise of 3.9 percent" (another subject's figure)
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.lower === 'with' && k - 4 >= floor && tokens[k - 4].type === 'word' && !/^compar/.test(tokens[k - 4].lower)) {
      const main = mainClauseSubject(tokens, k - 4, floor);
      // one clause only: not "Financial stocks stood out, with JPMorgan … among the Dow's top advancers with a gain of 10.4 percent"
      if (main && !isHypothetical(tokens, main.from - 2, k - 3) && !tokens.slice(main.to, k - 3).some((t) => t.text === ',')) return build(text, tokens, main, sign, main.from, end, k - 1);
    }
    if (owner && ['a', 'an'].includes(owner.lower) && tokens[k - 3]?.text === ',') {
      const main = mainClauseSubject(tokens, k - 4, floor);
      if (main) return build(text, tokens, main, sign, main.from, end, k - 1);
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
  const left = ['a', 'an', 'the', '~'].includes(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
  if (isHypothetical(tokens, left - 4, left)) return undefined;
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
