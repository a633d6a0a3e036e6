/**
 * A trading session as the object of a closing verb, read the same way when looking left from a figure for its verb
 * (trigger.ts) and when a subject phrase turns out to be the session (build.ts): "ended the regular session up 1.9
 * percent", "The stock had ended regular Nasdaq trading up 1.1 percent", "closed Tuesday down 45 percent".
 */
import type { Token } from './tokenize';

/** Verbs that close a session and take it, or its weekday, as their object. */
export const CLOSING_VERBS: ReadonlySet<string> = new Set(['close', 'closed', 'closes', 'closing', 'end', 'ended', 'ends', 'ending', 'finish', 'finished', 'finishes', 'finishing']);

/** Nouns naming the session. */
const SESSION_NOUNS = new Set(['trading', 'session', 'trade']);

/** Whether a (lower-case) word names the session: "trading", "session", "trade". */
export function isSessionNoun(word: string): boolean {
  return SESSION_NOUNS.has(word);
}

/** Words of a session object before its noun: "the regular session", "its trading session", "regular Nasdaq trading", "normal trading". */
const SESSION_QUALIFIERS = new Set(['the', 'its', 'their', 'regular', 'normal', 'official', 'trading', 'nasdaq', 'nyse', 'amex']);

/**
 * Where the qualifiers of a session object end going left from `k`: the index of the first qualifier, or k + 1 when
 * tokens[k] is none.
 */
export function sessionQualifiersStart(tokens: Token[], k: number): number {
  let from = k + 1;
  while (from > 0 && SESSION_QUALIFIERS.has(tokens[from - 1].lower)) from -= 1;
  return from;
}

/**
 * The first token of the session object ending at `last` with at least one qualifier ("the session", "regular Nasdaq
 * trading"), or -1.
 *
 * @example
 * sessionObjectStart(tokenize('ended the regular session'), 3); // => 1
 */
export function sessionObjectStart(tokens: Token[], last: number): number {
  if (!isSessionNoun(tokens[last]?.lower ?? '')) return -1;
  const from = sessionQualifiersStart(tokens, last - 1);
  return from < last ? from : -1;
}
