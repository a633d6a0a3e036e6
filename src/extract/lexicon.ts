/**
 * Word classes looked up once per word token: each grammar registers the word lists it scans every token
 * of a sentence for (legal forms, number words, date cues, currency qualifiers…) as one bit, and the
 * tokenizer stores the bits of each word in `Token.lex`. A per-token scan then tests a bit instead of
 * hashing the word into a Set again: on wire text the same word was looked up in six or more sets, one
 * pass after another, and those look-ups were a large share of the extractor's time.
 */

/** Shape of a word token's text (tokenize.ts): a registered word of any other shape could never match one. */
const WORD_SHAPE = /^\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}[\p{L}\p{M}\p{N}]*)*$/u;

const classes: (() => Iterable<string>)[] = [];
let table: Map<string, number> | undefined;

/**
 * Registers a word class and returns its bit. `words` is called when the lexicon is first needed (so a
 * list read from a data file is read only then); every word must be lower case and a single word token.
 * Register at module load, before any text is tokenised: a class registered later recompiles the table,
 * but tokens made before it do not carry its bit.
 *
 * @example
 * const LEGAL_FORM = wordClass(() => ['inc', 'corp']); // at module load
 * hasClass(tokenize('Acme Inc')[1], LEGAL_FORM); // => true
 */
export function wordClass(words: () => Iterable<string>): number {
  if (classes.length >= 31) throw new Error('wordClass: at most 31 word classes');
  classes.push(words);
  table = undefined;
  return 1 << (classes.length - 1);
}

/**
 * The table of word → class bits, class n (0-based) giving bit `1 << n`.
 *
 * @throws {Error} when a word is not lower case or not the shape of one word token ("per cent").
 * @example
 * buildLexicon([['inc', 'corp'], ['inc']]).get('inc'); // => 3
 */
export function buildLexicon(lists: Iterable<string>[]): Map<string, number> {
  const compiled = new Map<string, number>();
  lists.forEach((words, n) => {
    for (const word of words) {
      if (word !== word.toLowerCase() || !WORD_SHAPE.test(word)) throw new Error(`wordClass: "${word}" is not one lower-case word token`);
      compiled.set(word, (compiled.get(word) ?? 0) | (1 << n));
    }
  });
  return compiled;
}

/** The class bits of a lower-cased word (0 when it is in no class). */
export function lexiconBits(lower: string): number {
  table ??= buildLexicon(classes.map((words) => words()));
  return table.get(lower) ?? 0;
}

/** Whether a token's word is in the class `bit`; tokens made without bits (`lex` undefined) are looked up. */
export function hasClass(token: { type: string; lower: string; lex?: number }, bit: number): boolean {
  if (token.lex !== undefined) return (token.lex & bit) !== 0;
  return token.type === 'word' && (lexiconBits(token.lower) & bit) !== 0;
}
