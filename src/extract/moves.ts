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
 * rate or stake (see kind.ts). Verb triggers live in trigger.ts, move nouns in nominal.ts, causative
 * frames in causative.ts; this module ties them to subjects, lists and "unchanged".
 */
import type { Token } from './tokenize';
import type { SubjectKind } from '../article/types';
import { isYearText, numberValue } from './numbers';
import { type PercentMention, isPercentUnitAt } from './percent';
import { isNeutralVerb, nounSign, verbSign } from './direction';
import { type DroppedMove, droppedMove, droppedRange } from './dropped';
import { periodMarkerAt } from './period';
import { nameSpan, spanText } from './subject';
import { subjectKind } from './kind';
import { MOVE_ADJECTIVES, type SubjectFound, isHypothetical, subjectBefore } from './clause';
import { figureAsideClose } from './aside';
import { namesMarketValue, portionAfter, quantityAfter } from './quantity';
import { coordinatedSubjects, sharedFigureSubjects } from './coordination';
import { isIndexCode } from './codes';
import { type Found, build, writtenTicker } from './build';
import { pareTrigger, unsignedMove, verbTrigger } from './trigger';
import { nominal } from './nominal';
import { withGappedItems } from './gapping';
import { causedMove } from './causative';
import { CAUSATIVE_VERBS, OBJECT_MOVING_VERBS } from './causative-verbs';

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
  /** The kind was read from the words around the name ("Dow Jones shares" → stock), not from the name: a look-up by name does not overrule it. */
  kindFromWords?: boolean;
  /** The subject was read off a code alone (".SPX fell" → "S&P 500"). */
  fromCode?: boolean;
  /** First token a period may be read from (the causative verb of "helped to lift Nokia 2.6 percent higher": what comes before is the cause). */
  periodFrom?: number;
  /** How the sign was read: a direction verb ("fell"), a neutral verb with a particle or comparative ("edged up", "closed 1% lower"), a move noun ("a 2% gain"), a "respectively" list, or "unchanged"/"flat". */
  form?: MoveForm;
}

/** The wording a move's sign comes from (see {@link MoveMatch.form}). */
export type MoveForm = 'verb' | 'particle' | 'noun' | 'list' | 'unchanged' | 'pared';

/** Longest "respectively" list read. */
const MAX_LIST = 12;
/** Finds the moves of one sentence; `percents` are its percent mentions. */
export function findSentenceMoves(text: string, tokens: Token[], percents: PercentMention[], dropped?: DroppedMove[]): MoveMatch[] {
  // no percentage: only "unchanged"/"flat" can make a move, so the percentage grammar is skipped
  if (percents.length === 0) return findUnchanged(text, tokens);
  const moves: MoveMatch[] = [];
  const consumed = new Set<number>();
  const hasRespectively = tokens.some((t) => t.lower === 'respectively');
  let floor = 0;
  // the subject of a verbless figure set off by commas ("Merrill shares, down 32 percent this year, rose …"), for the verb after it
  let carried: CarriedSubject | undefined;
  for (let p = 0; p < percents.length; p += 1) {
    const mention = percents[p];
    if (consumed.has(p) || mention.percentagePoint) continue;
    const carry = carried;
    carried = undefined;
    let start = mention.number;
    // ranges "10 to 15 pct", "2-3%", "between 2 and 3 percent" give no one figure: a move worded so is
    // dropped and counted (printing either end would be a guess; several names may share the range)
    const link = tokens[start - 1]?.lower;
    let rangeFrom = -1;
    if ((link === 'to' || link === '-' || link === '–' || link === 'and') && numberValue(tokens[start - 2]) !== undefined && tokens[start - 2].type === 'number') {
      if (link !== 'and' || tokens[start - 3]?.lower === 'between') {
        start = link === 'and' ? start - 3 : start - 2;
        rangeFrom = start;
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
    const found = matchAt(text, tokens, start, mention.end, floor, carry);
    // "Viagra rose 6 percent to $450 million": a quantity's change (sales, revenue, deliveries), no price move
    // "make up around 80 percent of the credit card industry": a portion, no change at all
    if (found && ((quantityAfter(tokens, mention.end) && !namesMarketValue(tokens, found.move.from, start)) || portionAfter(tokens, mention.end))) {
      floor = mention.end;
      continue;
    }
    if (found && rangeFrom >= 0) {
      dropped?.push(droppedRange(text, tokens, found.subjectSpan.from, rangeFrom, mention.end));
      floor = mention.end;
      continue;
    }
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
    move.changePct = found.sign * Math.abs(mention.value);
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
      // "rose 2 percent on Monday, after a 5 percent fall last week": a move noun of the other direction names its own
      // move (whose sign is the noun's); "fell 3.9 percent month-to-date after a 5.3 percent fall in November" joins
      const noun = nounSign(tokens[MOVE_ADJECTIVES.has(tokens[next.end]?.lower ?? '') ? next.end + 1 : next.end]?.lower ?? '');
      if (noun !== undefined && noun !== found.sign) break;
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
    if (move.form === 'particle' && shared.length === 0 && found.subjectSpan.to > found.subjectSpan.from) {
      const close = figureAsideClose(tokens, trigger, floor);
      if (close >= 0) carried = { span: found.subjectSpan, close };
    }
  }
  // "Countrywide fell 4.7 percent, …, JPMorgan 4.4 percent and Washington Mutual 5 percent": names sharing the verb
  return withGappedItems(text, tokens, percents, moves).concat(findUnchanged(text, tokens));
}

/** Words that may stand between two figures of one move given for several spans ("…, and nearly 75 percent"). */
const SPAN_LIST_JOINERS = new Set([',', 'and', 'while', 'nearly', 'almost', 'about', 'around', 'more', 'than', 'over', 'some', 'roughly']);

/** Words between two figures that make the second another subject's: a comparison. */
const NOT_SPAN_LIST = new Set(['compared', 'versus', 'vs', 'against']);

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
    // "fell 2 percent, compared with a 3 percent drop in the index": another subject's figure
    else if (NOT_SPAN_LIST.has(tokens[k].lower)) return false;
    // "it fell 66.5 percent last year, but returned 83.4 percent from January to June": a contrast or another verb
    // ("returned" is in no verb list) starts another move, whose direction is its own
    else if (tokens[k].lower === 'but' || (tokens[k].lower.endsWith('ed') && tokens[k].lower !== 'ended')) return false;
    else if (!SPAN_LIST_JOINERS.has(tokens[k].lower) && (tokens[k].type !== 'word' || tokens[k].text !== tokens[k].lower || verbSign(tokens[k].lower) !== undefined || isNeutralVerb(tokens[k].lower)) && tokens[k].text !== '-' && !(tokens[k].type === 'number' && isYearText(tokens[k].text))) return false;
  }
  if (!marker) return false;
  for (let k = end; k < Math.min(tokens.length, end + 5); k += 1) if (periodMarkerAt(tokens, k) !== undefined) return true;
  return false;
}

/**
 * Direction verbs in their base form: after "to" or a forecast's object ("expects X to decline", "could see its stock
 * rise") they name a move that has not happened. A reported move is written in the past ("rose") or with a particle.
 */
const FORECAST_FORMS = new Set(['rise', 'fall', 'drop', 'decline', 'gain', 'climb', 'jump', 'slip', 'surge', 'plunge', 'tumble', 'slide', 'sink', 'soar',
  'rally', 'advance', 'increase', 'decrease', 'lose', 'dip', 'ease', 'retreat', 'rebound', 'grow', 'slump', 'shrink', 'double', 'halve']);
/** How far back (tokens) a forecast word may stand before the subject of a base-form verb. */
const FORECAST_LOOKBACK = 20;

/**
 * Whether a modal or forecast word stands in tokens [from, to), not counting a perfect "has seen" ("the bear market
 * rally, which has seen the pan-European FTSEurofirst 300 gain around 10 percent": what happened, Reuters 20080421).
 */
function forecastBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    if (tokens[k].lower === 'seen' && ['has', 'have', 'had'].includes(tokens[k - 1]?.lower ?? '')) continue;
    if (isHypothetical(tokens, k, k + 1)) return true;
  }
  return false;
}

/** A subject described by a verbless figure aside, and the aside's closing comma (see {@link figureAsideClose}). */
interface CarriedSubject {
  span: { from: number; to: number };
  close: number;
}

/** The carried subject when only auxiliaries stand between the aside's closing comma and the verb group at `group`. */
function subjectAfterAside(tokens: Token[], group: number, carry: CarriedSubject | undefined): SubjectFound | undefined {
  if (!carry || group <= carry.close) return undefined;
  const between = subjectBefore(tokens, group, carry.close + 1);
  if (!between || between.span.to !== between.span.from || between.span.from !== carry.close + 1) return undefined;
  return { span: carry.span, scanFrom: carry.close, aside: true };
}

function matchAt(text: string, tokens: Token[], start: number, end: number, floor: number, carry?: CarriedSubject): Found | undefined {
  if (tokens[end]?.lower === 'from' && fromEarlierOffer(tokens, end + 1)) return undefined;
  const trigger = verbTrigger(tokens, start, end, floor) ?? pareTrigger(tokens, start, end, floor);
  if (trigger) {
    const afterAside = subjectAfterAside(tokens, trigger.group, carry);
    const subject = afterAside ?? subjectBefore(tokens, trigger.group, floor);
    if (!subject) return undefined;
    // "moves that could drive the medical device maker's shares up 25 percent": a forecast through a causative verb
    const causative = tokens[subject.span.from - 1]?.lower === 'the' ? subject.span.from - 2 : subject.span.from - 1;
    if (CAUSATIVE_VERBS.has(tokens[causative]?.lower ?? '') && isHypothetical(tokens, causative - 3, causative)) return undefined;
    // a modal inside a skipped aside ("Nestle, which analysts believe might be drawn in …, was up 1.2%") is not the move's
    // …nor is a noun ending the aside ("Shares of Humana ( HUM.N ), one of the biggest Medicare plan providers, plummeted"):
    // before the verb only the words after the aside's closing comma are read
    // "expected same-store sales at the largest U.S. warehouse club to fall 1.7 percent", "could see its stock rise more
    // than 40 percent": a verb in its base form is a forecast when a forecast word stands anywhere earlier in its clause
    if (FORECAST_FORMS.has(tokens[trigger.group].lower) && forecastBefore(tokens, Math.max(floor, subject.span.from - FORECAST_LOOKBACK), subject.span.from)) return undefined;
    if (subject.aside ? isHypothetical(tokens, subject.span.from - 2, subject.span.to) || isHypothetical(tokens, afterComma(tokens, trigger.group - 3, trigger.group), trigger.group) : isHypothetical(tokens, Math.min(subject.span.from, subject.scanFrom + 1) - 2, trigger.group)) return undefined;
    const viaVerb = withForm(build(text, tokens, subject.span, trigger.sign, Math.min(subject.span.from, trigger.group), trigger.to, trigger.group), trigger.form);
    // "a forecast of lower gross margins this quarter sent its shares down 3 percent": the cause before the causative
    // verb gives the move no period
    const determiner = ['its', 'the', 'their'].includes(tokens[subject.span.from - 1]?.lower ?? '') ? subject.span.from - 2 : subject.span.from - 1;
    if (viaVerb && determiner >= floor && OBJECT_MOVING_VERBS.has(tokens[determiner]?.lower ?? '')) viaVerb.move.periodFrom = determiner;
    // the aside's time words ("down 32 percent this year") are the aside's figure's
    if (viaVerb && afterAside && carry) viaVerb.move.periodFrom = carry.close + 1;
    // "weighed down by a 5.1 percent drop in the stock of X": a particle with no traded subject may precede a move noun
    if (viaVerb || trigger.form !== 'particle' || nounSign(tokens[end]?.lower ?? '') === undefined) return viaVerb;
  } else {
    const caused = causedMove(text, tokens, start, end, floor);
    if (caused) return withForm(caused, 'particle');
  }
  return withForm(nominal(text, tokens, start, end, floor), 'noun');
}

/** Adjectives of an earlier offer: "up 15 percent from a previous offer", "from its initial bid". */
const EARLIER = new Set(['previous', 'earlier', 'initial', 'original', 'first', 'prior', 'last', 'old', 'existing', 'rejected']);
const OFFER_NOUNS = new Set(['offer', 'offers', 'bid', 'bids', 'proposal', 'approach']);

/**
 * Whether the words from `k` read "(a|an|its|the|their) [earlier] offer|bid" (not "offer price"): a figure measured from
 * an earlier offer is how much the offer was raised ("is offering 265 Swedish crowns … per share, up 15 percent from
 * a previous offer of 230 crowns"), not a price move. "from its IPO price" or "from the offer price" stays a move.
 */
function fromEarlierOffer(tokens: Token[], k: number): boolean {
  if (!['a', 'an', 'its', 'the', 'their', 'his', 'our'].includes(tokens[k]?.lower ?? '')) return false;
  let j = k + 1;
  while (j < k + 3 && EARLIER.has(tokens[j]?.lower ?? '')) j += 1;
  return j > k + 1 && OFFER_NOUNS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower !== 'price';
}

/** One past the last comma in tokens from..to, else `from`. */
function afterComma(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= Math.max(0, from); k -= 1) if (tokens[k].text === ',') return k + 1;
  return from;
}

/** Verbs whose object's price moved, the figure and a comparative written after the object. */
function withForm(found: Found | undefined, form: MoveForm): Found | undefined {
  if (found) found.move.form ??= form;
  return found;
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
