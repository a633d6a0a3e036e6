/**
 * How an approximate or bounded move is shown in text next to its figure, so that no table or summary prints
 * "more than 10 percent" as a plain +10%: "+10% (>10%)", "-2% (~2%)", "+5% (nearly 5%)", "-1% (<1%)".
 */
import type { MoveApproximation } from './types';

const MARKS: Record<MoveApproximation, string> = { about: '~', nearly: 'nearly ', more_than: '>', less_than: '<' };

/**
 * The wording note of a move's figure, with a leading space, or '' when the figure is exact.
 *
 * @example
 * approximationNote({ changePct: -10, approximate: 'more_than' }); // => ' (>10%)'
 * approximationNote({ changePct: 1.95 }); // => ''
 */
export function approximationNote(move: { changePct: number; approximate?: MoveApproximation }): string {
  return move.approximate ? ` (${MARKS[move.approximate]}${Math.abs(move.changePct)}%)` : '';
}
