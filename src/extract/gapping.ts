/**
 * Verb-gapped lists: after a move with its verb, further names with their own figures and no verb of their own take
 * that verb's direction — "Countrywide fell 4.7 percent, Bear Stearns fell 6.65 percent, Friedman Billings Ramsey
 * Group Inc. ( FBR.N ) 16.25 percent, JPMorgan 4.4 percent, Lehman Brothers Holdings Inc. LEH.N 5.9 percent and
 * Washington Mutual 5 percent". Each item is `, NAME [approx] N percent` or `and NAME [approx] N percent` right after the
 * previous item's figure; a name that is no traded subject (build.ts) or a figure with anything else around it ends
 * the list.
 */
import type { Token } from './tokenize';
import type { PercentMention } from './percent';
import type { MoveMatch } from './moves';
import { build } from './build';
import { phraseBefore } from './subject';
import { particleSign } from './direction';

/** Approximation words between a gapped name and its figure ("JPMorgan about 4 percent"). */
const APPROXIMATIONS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'some', 'over', 'than', 'more', 'less', 'just', 'by']);
/** Longest name read in a gapped item (tokens). */
const MAX_NAME = 10;

/**
 * The moves of `moves` plus one per gapped item after them, in figure order.
 *
 * @param percents - the sentence's percent mentions.
 * @param moves - the moves read so far, each with `at` on its figure.
 * @example
 * // "Countrywide fell 4.7 percent, JPMorgan 4.4 percent and Washington Mutual 5 percent" → Countrywide −4.7,
 * // JPMorgan −4.4, Washington Mutual −5
 */
export function withGappedItems(text: string, tokens: Token[], percents: PercentMention[], moves: MoveMatch[]): MoveMatch[] {
  if (moves.length === 0 || percents.length < 2) return moves;
  const byFigure = new Map(moves.map((m) => [m.at, m]));
  const added: MoveMatch[] = [];
  let previous: { move: MoveMatch; end: number } | undefined;
  for (const mention of percents) {
    const own = byFigure.get(mention.number);
    if (own) {
      previous = own.form === 'verb' || own.form === 'particle' || own.form === 'list' ? { move: own, end: mention.end } : undefined;
      continue;
    }
    if (!previous || mention.percentagePoint || previous.move.changePct === 0) {
      previous = undefined;
      continue;
    }
    const item = gappedItem(text, tokens, mention, previous.move, previous.end);
    if (!item) {
      previous = undefined;
      continue;
    }
    added.push(item);
    previous = { move: item, end: mention.end };
  }
  return added.length === 0 ? moves : [...moves, ...added].sort((a, b) => a.at - b.at);
}

/** The gapped item whose figure is `mention`, right after the previous item ending at `previousEnd`, or undefined. */
function gappedItem(text: string, tokens: Token[], mention: PercentMention, previous: MoveMatch, previousEnd: number): MoveMatch | undefined {
  let nameEnd = mention.number;
  while (nameEnd > previousEnd && APPROXIMATIONS.has(tokens[nameEnd - 1].lower)) nameEnd -= 1;
  if (nameEnd <= previousEnd + 1) return undefined;
  // the separator right after the previous figure: ", NAME", "and NAME", ", and NAME"
  let first = previousEnd;
  if (tokens[first]?.text === ',') first += 1;
  if (tokens[first]?.lower === 'and') first += 1;
  const separated = first > previousEnd;
  // "the S&P 500 1.2 percent"
  if (tokens[first]?.lower === 'the') first += 1;
  if (!separated || first >= nameEnd || nameEnd - first > MAX_NAME) return undefined;
  const span = phraseBefore(tokens, nameEnd - 1, first);
  // the whole gap is the name: nothing else (a verb, a preposition, another clause) stands between
  if (span.from !== first || span.to !== nameEnd || !/^\p{Lu}/u.test(tokens[first].text)) return undefined;
  // "with Infineon down 6.6 percent and STMicro 5 percent lower": a comparative after the figure gives the item's own sign
  const sign = particleSign(tokens[mention.end]?.lower ?? '') ?? (previous.changePct > 0 ? 1 : -1);
  const found = build(text, tokens, span, sign, first, mention.end, mention.number);
  if (!found || found.move.anaphor || found.move.subjectKind !== previous.subjectKind) return undefined;
  const move = found.move;
  move.changePct = sign * Math.abs(mention.value);
  move.at = mention.number;
  move.approximate = mention.approximate;
  move.form = 'list';
  return move;
}
