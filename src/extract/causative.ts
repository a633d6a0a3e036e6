/** Causative frames: "pushed X 3 percent lower", "could drive X's shares up 25%" (a forecast, no move). */
import type { Token } from './tokenize';
import { phraseBefore } from './subject';
import { isHypothetical } from './clause';
import { type Found, build } from './build';
import { SKIP_BEFORE_NUMBER, skipBackOver } from './trigger';
import { OBJECT_MOVING_VERBS } from './causative-verbs';


/**
 * "pushed Credit Agricole ( CAGR.PA ) 3 percent lower", "lifted rival UPS ( UPS.N ) 3.6 percent higher", "helped to lift
 * Nokia NOK1V.DE 2.6 percent higher", ", sending its shares 3.5 percent lower": the object of a causative verb moved,
 * with the sign of the comparative after the figure. Lower-case descriptors may stand between verb and object.
 */
export function causedMove(text: string, tokens: Token[], start: number, end: number, floor: number): Found | undefined {
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
