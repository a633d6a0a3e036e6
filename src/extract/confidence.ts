/**
 * How much an extracted price move can be trusted: a score in (0, 1] the CLI filters on
 * (`facts --min-confidence`). It is a product of factors, one per way the move's reading can go
 * wrong, each below 1 where the extractor relied on a weaker cue:
 *
 *   confidence = sign × subject × period × kind
 *
 * - sign: a direction verb ("fell", "gave up") 1.00; a neutral verb with a particle or comparative
 *   ("edged up", "closed 1% lower") 0.97; "unchanged"/"flat" 0.97; a move noun ("a 2% gain",
 *   "the market's gain of 1.05%") 0.92; a "respectively" list 0.90; a pared/trimmed move read from
 *   its gains/losses noun ("pared gains to 0.4%") 0.85.
 * - subject: a name written in the sentence, found in the ticker table or written with its code
 *   1.00, other names 0.95; a ticker/RIC code alone (".SPX" → S&P 500) 0.95 when the code is in
 *   the index-code table, else 0.80; an anaphor resolved to an earlier subject ("its shares") 0.85;
 *   an anaphor left as written ("The company", no company named before) 0.60.
 * - period: stated in the clause ("on Tuesday", "this week", "as much as") 1.00; carried from the
 *   previous move 0.95; none stated (the move is taken as the day's) 0.90.
 * - kind: `other` subjects 0.85; the rest 1.00.
 *
 * It is a ranking, not a calibrated probability: the eval README reports precision by confidence
 * band on the real development set. Moves whose direction word is unknown are never emitted at any
 * confidence (they are counted in `dropped`).
 */
import type { MoveSubjectSource, SubjectKind } from '../article/types';
import type { MoveForm } from './moves';

/** Sign factors by the wording the sign was read from. */
const SIGN: Record<MoveForm, number> = { verb: 1, particle: 0.97, unchanged: 0.97, noun: 0.92, list: 0.9, pared: 0.85 };

/** What a move's confidence is computed from. */
export interface ConfidenceInputs {
  form: MoveForm;
  subjectSource: MoveSubjectSource;
  /** The subject is in the ticker table, or was written with a ticker (name), or its code is a known index code (ticker). */
  known: boolean;
  period: 'stated' | 'carried' | 'default';
  subjectKind: SubjectKind;
}

/**
 * The confidence of a move (see the module comment for the factors), rounded to 3 decimals.
 *
 * @example
 * moveConfidence({ form: 'verb', subjectSource: 'name', known: true, period: 'stated', subjectKind: 'stock' }); // => 1
 * moveConfidence({ form: 'noun', subjectSource: 'anaphor', known: true, period: 'default', subjectKind: 'stock' }); // => 0.704
 */
export function moveConfidence(inputs: ConfidenceInputs): number {
  const sign = SIGN[inputs.form];
  const subject =
    inputs.subjectSource === 'name' ? (inputs.known ? 1 : 0.95)
    : inputs.subjectSource === 'ticker' ? (inputs.known ? 0.95 : 0.8)
    : inputs.subjectSource === 'anaphor' ? 0.85
    : 0.6;
  const period = inputs.period === 'stated' ? 1 : inputs.period === 'carried' ? 0.95 : 0.9;
  const kind = inputs.subjectKind === 'other' ? 0.85 : 1;
  return Math.round(sign * subject * period * kind * 1000) / 1000;
}
