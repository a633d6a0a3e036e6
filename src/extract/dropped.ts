/**
 * Moves the extractor will not print: a percentage worded as a move ("Acme moved 2%", "the index
 * swung 3 percent", "X trimmed 0.5 percent") whose direction word gives no sign, and moves stated as
 * a range ("were down between 2.7 and 5.4 percent", "rose 3-4%"), which give no one figure. A wrong
 * sign or a guessed figure is the worst number this tool could print, so such a move is dropped and
 * counted, with its quote.
 */
import type { Quote } from '../article/types';
import type { Token } from './tokenize';
import { isNeutralVerb } from './direction';

/** A move left out because its direction is unknown. */
export interface DroppedMove {
  /**
   * `unknown_direction`: no sign; `range`: a range, not one figure; `unsure_subject`: "its shares" in an after-hours
   * paragraph whose company was not read, or a move with no subject of its own in a sentence that opens with a subject
   * not read as traded ("Excluding software, capital spending fell … and was down 10.2 percent"): giving it an older
   * name would be a guess.
   */
  reason: 'unknown_direction' | 'range' | 'unsure_subject';
  /** The word that would have given the sign ("moved", "swung", "closed"); for a range, the word joining its ends ("to", "-", "and"). */
  word: string;
  /** The percentage as written. */
  changeText: string;
  quote: Quote;
}

/** Verbs of movement without a sign ("moved 2%", "swung 3%") and reducing verbs whose sign depends on what they reduce ("pared 2%"). */
const UNSIGNED_VERBS = new Set([
  'moved', 'moves', 'moving', 'swung', 'swings', 'swinging', 'fluctuated', 'fluctuates', 'fluctuating', 'changed', 'changes', 'varied', 'oscillated',
  'pared', 'pares', 'paring', 'trimmed', 'trims', 'trimming', 'narrowed', 'narrows', 'narrowing', 'reversed', 'reverses', 'reversing',
]);
/** Neutral verbs that never take a bare percentage as a move on their own: levels and states ("was 2%", "stood at"). */
const LEVEL_VERBS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'remained', 'remains', 'remaining', 'stayed', 'stays', 'staying', 'stood', 'last', 'went', 'goes', 'going', 'came', 'come', 'comes', 'headed', 'turned', 'marked', 'picked', 'trades', 'trading', 'traded']);

/**
 * Whether the word right before a percentage is a direction word with no sign: an unsigned movement
 * verb, or a neutral verb such as "edged" or "closed" with no particle or comparative.
 *
 * @example
 * isUnsignedMoveWord('swung'); // => true
 * isUnsignedMoveWord('was'); // => false
 */
export function isUnsignedMoveWord(word: string): boolean {
  return UNSIGNED_VERBS.has(word) || (isNeutralVerb(word) && !LEVEL_VERBS.has(word));
}

/** The dropped-move record for the percentage at tokens `numberFrom`..`numberTo` and the word at `wordAt`. */
export function droppedMove(text: string, tokens: Token[], subjectFrom: number, wordAt: number, numberFrom: number, numberTo: number): DroppedMove {
  const start = tokens[subjectFrom].start;
  const end = tokens[numberTo - 1].end;
  return {
    reason: 'unknown_direction',
    word: tokens[wordAt].text,
    changeText: text.slice(tokens[numberFrom].start, end),
    quote: { text: text.slice(start, end), start, end },
  };
}

/**
 * The dropped-move record for a range: its subject starts at `subjectFrom`, the range runs from the low
 * figure at `rangeFrom` to the unit before `numberTo`.
 *
 * @example
 * // "Alpha and Beta were down between 2.7 and 5.4 percent" → { reason: 'range', word: 'and', changeText: 'between 2.7 and 5.4 percent', … }
 */
export function droppedRange(text: string, tokens: Token[], subjectFrom: number, rangeFrom: number, numberTo: number): DroppedMove {
  const start = tokens[subjectFrom].start;
  const end = tokens[numberTo - 1].end;
  const linkAt = tokens[rangeFrom].lower === 'between' ? rangeFrom + 2 : rangeFrom + 1;
  return { reason: 'range', word: tokens[linkAt].text, changeText: text.slice(tokens[rangeFrom].start, end), quote: { text: text.slice(start, end), start, end } };
}

/** The dropped-move record for a move whose subject is left unresolved (tokens `from`..`to`, the figure at `at`). */
export function droppedUnsureSubject(text: string, tokens: Token[], from: number, at: number, to: number): DroppedMove {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { reason: 'unsure_subject', word: tokens[from].text, changeText: text.slice(tokens[at].start, end), quote: { text: text.slice(start, end), start, end } };
}
