/**
 * Percent mentions: a number followed by "%", "percent", "per cent" or "pct". A number followed by
 * "percentage point(s)" (or "% point") is a change of a ratio, not a percentage change, and is
 * reported as such so the move grammar can reject it.
 */
import type { Token } from './tokenize';
import type { MoveApproximation } from '../article/types';
import { adjacent, isFractionOrTime, numberValue } from './numbers';

/** A percent mention in a sentence. */
export interface PercentMention {
  value: number;
  /** Token index of the number. */
  number: number;
  /** Index one past the unit's last token. */
  end: number;
  /** "percentage point(s)": a change of a ratio, never a price move. */
  percentagePoint: boolean;
  /** Written with an approximation word: "about", "nearly", "more than", "~". */
  approximate: boolean;
}

const UNITS = new Set(['%', 'percent', 'pct', 'pc', 'percentage']);
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'over', 'than', '~', '≈', 'circa']);

/**
 * How the approximate figure at token `at` is qualified (the word before it is one of the approximation words):
 * "more than"/"over" → `more_than`, "nearly"/"almost"/"less than" → `less_than`, anything else → `about`.
 *
 * @example
 * // "fell more than 10 percent" (at = the "10") → 'more_than'
 */
export function approximationAt(tokens: Token[], at: number): MoveApproximation {
  const word = tokens[at - 1]?.lower;
  if (word === 'over') return 'more_than';
  if (word === 'nearly' || word === 'almost') return 'less_than';
  if (word === 'than') return tokens[at - 2]?.lower === 'less' || tokens[at - 2]?.lower === 'fewer' ? 'less_than' : 'more_than';
  return 'about';
}

/** Number of tokens of the percent unit at `i` ("%" 1, "per cent" 2), or 0 when there is none. */
export function percentUnitLength(tokens: Token[], i: number): number {
  const unit = tokens[i];
  if (!unit) return 0;
  if (unit.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 2;
  if (!UNITS.has(unit.lower)) return 0;
  if (unit.lower === 'pc' && !adjacent(tokens[i - 1], unit) && tokens[i + 1]?.lower === 'of') return 0;
  return 1;
}

/** Whether token `i` starts a percent unit ("%", "percent", "pct", "per cent"). */
export function isPercentUnitAt(tokens: Token[], i: number): boolean {
  return percentUnitLength(tokens, i) > 0;
}

/**
 * Finds every percent mention in a sentence's tokens.
 *
 * @example
 * // "fell 1.4 percentage points to 66.7 pct" → [{ value: 1.4, percentagePoint: true }, { value: 66.7, percentagePoint: false }]
 */
export function findPercents(tokens: Token[]): PercentMention[] {
  const found: PercentMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const value = numberValue(tokens[i]);
    if (value === undefined || isFractionOrTime(tokens, i)) continue;
    // "a 1.5-percent gain": a hyphen written against the number and the unit
    const hyphen = tokens[i + 1]?.text === '-' && adjacent(tokens[i], tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]) ? 1 : 0;
    const unitLength = percentUnitLength(tokens, i + 1 + hyphen);
    if (!unitLength) continue;
    let end = i + 1 + hyphen + unitLength;
    const unit = tokens[i + 1 + hyphen].lower;
    const pointWord = tokens[end]?.lower;
    const percentagePoint = unit === 'percentage' || pointWord === 'point' || pointWord === 'points' || pointWord === 'pts';
    if (percentagePoint && (pointWord === 'point' || pointWord === 'points' || pointWord === 'pts')) end += 1;
    const negative = tokens[i - 1] && (tokens[i - 1].text === '-' || tokens[i - 1].text === '−') && adjacent(tokens[i - 1], tokens[i]) && !/[\p{L}\p{N}]/u.test(tokens[i - 2]?.text.slice(-1) ?? '');
    found.push({
      value: negative ? -value : value,
      number: i,
      end,
      percentagePoint,
      approximate: APPROXIMATE.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.text === '~',
    });
  }
  return found;
}
