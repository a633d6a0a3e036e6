/**
 * Whether a day move happened within the session or outside it rather than at its close: "as much as 5 percent",
 * "intraday", "at one point", "after the bell", "in after-hours trade", "in extended(-hours) trading". Such a move
 * keeps period `day` and is flagged `intraday` (daily closes cannot confirm it).
 */
import type { Token } from './tokenize';

/** Words between "as much as" and the figure: "as much as nearly 5%". */
const BEFORE_FIGURE = new Set(['by', 'nearly', 'almost', 'about', 'around', 'roughly', 'more', 'than']);
const AS_MUCH = new Set(['much', 'high', 'low', 'far']);
/**
 * Words that end the stretch after a figure its session words are read from: another verb phrase follows ("closed down
 * 1.8 percent … and were unchanged in after-hours trading", "closed down 2.34 percent … before rising … in after-hours
 * trading", "fell 1.5 percent, but rose 2.9 percent after-hours", "rose 2.4 percent … ahead of the Web search leader's results after
 * the close").
 */
const STOPS_AFTER = new Set(['and', 'but', 'before', 'ahead', 'due', 'while', 'whereas', 'then', 'though', 'although', 'when', 'until', ';', '--', ':']);
/** Verbs that word a move as the regular session's close ("closed up 1.66 percent", "ended 2 percent lower"). */
const CLOSE_VERBS = new Set(['closed', 'closing', 'ended', 'finished']);
/** How far before its figure (tokens) a move's close verb is looked for: "closing down 88 cents, or 6.38 percent". */
const CLOSE_VERB_WINDOW = 6;

/**
 * Whether a {@link CLOSE_VERBS} verb words the move whose figure is token `at`: within {@link CLOSE_VERB_WINDOW} tokens
 * before it and after `moveFrom`, not across a comma other than ", or" ("Baidu shares, which ended down 0.5 percent in
 * New York at $334.30, fell more than 4 percent": the aside's verb is not the move's).
 */
function wordedAsClose(tokens: Token[], at: number, moveFrom: number): boolean {
  for (let j = at - 1; j >= Math.max(0, moveFrom, at - CLOSE_VERB_WINDOW); j -= 1) {
    if (CLOSE_VERBS.has(tokens[j].lower)) return true;
    if (tokens[j].text === ',' && tokens[j + 1]?.lower !== 'or') return false;
  }
  return false;
}

/**
 * Words that end the stretch before a figure its session words are read from: "rose to $40.35 in extended trading after
 * closing up 0.9 percent" — the close came before, in the regular session. ("and", "while", "before" are no stops
 * before a figure: "In extended trading, Dell and HP fell 2 percent", "Intel shares rose 0.4 percent to $21.07 after hours
 * while IBM shares fell 0.9 percent", "initially rose to $43.30 in electronic trading before … tumbling 10.4 percent".)
 */
const STOPS_BEFORE = new Set(['but', ';', '--', ':']);

/** "after the close of trading|trade|market": the session's close. */
const TRADING_AFTER_OF = new Set(['trading', 'trade', 'regular', 'market', 'markets']);

/**
 * Whether tokens at `j` open a session word: `'within'` for "intraday", "at one point"; `'outside'` for "after the bell", "After the closing bell",
 * "After the close", "after hours", "after-hours", "extended trading|trade", "extended-hours"; `'regular'` for "regular (session|trading)"
 * (the regular session, said outright), else undefined.
 */
function sessionAt(tokens: Token[], j: number): 'within' | 'outside' | 'regular' | undefined {
  const w = tokens[j].lower;
  const next = tokens[j + 1]?.lower;
  if (w === 'intraday') return 'within';
  if (w === 'point' && tokens[j - 1]?.lower === 'one' && tokens[j - 2]?.lower === 'at') return 'within';
  if (w === 'after' && ((next === 'the' && (tokens[j + 2]?.lower === 'bell' || (tokens[j + 2]?.lower === 'closing' && tokens[j + 3]?.lower === 'bell'))) || next === 'hours' || (tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'hours'))) return 'outside';
  if (w === 'after-hours') return 'outside';
  // "in after-market trading"
  if (w === 'after' && tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'market') return 'outside';
  // "After the close, shares of Dell Inc fell 4.2 percent" (not "after the close of the deal")
  if (w === 'after' && next === 'the' && tokens[j + 2]?.lower === 'close' && (tokens[j + 3]?.lower !== 'of' || TRADING_AFTER_OF.has(tokens[j + 4]?.lower ?? ''))) return 'outside';
  if (w === 'extended' && (next === 'trading' || next === 'trade' || (tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'hours'))) return 'outside';
  // "in extended composite trading", "extended electronic trade", "extended Nasdaq trading" (not "extended the trading")
  if (w === 'extended' && EXTENDED_VENUES.has(next ?? '') && (tokens[j + 2]?.lower === 'trading' || tokens[j + 2]?.lower === 'trade')) return 'outside';
  if (w === 'regular' && (next === 'session' || next === 'trading' || next === 'trade' || (tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'session'))) return 'regular';
  return undefined;
}

/** Words between "extended" and "trading" that name where the after-hours trade happens. */
const EXTENDED_VENUES = new Set(['composite', 'electronic', 'nasdaq', 'market', 'hours']);

/** Whether "after" at `j` is a session word's, not a clause's ("after closing at", "after the results"). */
function sessionAfter(tokens: Token[], j: number): boolean {
  return tokens[j].lower === 'after' && sessionAt(tokens, j) !== undefined;
}

/**
 * Whether the move whose percentage is token `at` happened within the session or outside it rather than at its close:
 * "as much as" right before the figure, or a session word read outwards from the figure inside its clause
 * [`from`, `to`), up to a word that starts another verb phrase (see {@link STOPS_AFTER}, {@link STOPS_BEFORE}; a
 * clause's "after …" also stops the look-back). "in regular trading" met first says the move is the session's.
 * A move worded as the close ({@link wordedAsClose}; `moveFrom` is the move's first word) is the session's unless "as much as" qualifies it. "intraday" and "at one point" after the figure count only before `near` ("rose 0.12 percent to 1,965.27 in a volatile
 * morning that saw shares hit their eighth intraday record": the record's word, not the move's).
 *
 * @example
 * // "Shares of Ford fell as much as 5 percent" → true
 * // "IBM shares fell 5.2 percent to $94.24 in after-hours trade" → true
 * // "HP shares rose to $40.35 in extended trading after closing up 0.9 percent" → false (for the 0.9 percent)
 */
export function isIntraday(tokens: Token[], at: number, from: number, to: number, near = to, moveFrom = at): boolean {
  let k = at - 1;
  while (k >= from && BEFORE_FIGURE.has(tokens[k].lower)) k -= 1;
  if (tokens[k]?.lower === 'as' && AS_MUCH.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'as') return true;
  // "Motorola shares, which closed up 1.66 percent at $9.77, were at around $9.75 in after-hours trade": a move worded
  // as the close is the regular session's
  if (wordedAsClose(tokens, at, moveFrom)) return false;
  const end = Math.min(to, tokens.length);
  for (let j = at + 1; j < end; j += 1) {
    const session = sessionAt(tokens, j);
    if (session && (session !== 'within' || j < near)) return session !== 'regular';
    const w = tokens[j].lower;
    if (STOPS_AFTER.has(w) || (w === 'after' && !sessionAfter(tokens, j))) break;
    // "… or 1.04 percent, at 2,792.67. eBAY BEATS THE STREET …": a sentence end the splitter kept (a lower-case word followed)
    if (w === '.' && tokens[j - 1]?.type === 'number') break;
  }
  for (let j = at - 1; j >= Math.max(0, from); j -= 1) {
    const session = sessionAt(tokens, j);
    if (session) return session !== 'regular';
    const w = tokens[j].lower;
    if (STOPS_BEFORE.has(w) || (w === 'after' && !sessionAfter(tokens, j))) break;
  }
  return false;
}
