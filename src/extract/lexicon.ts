/**
 * Word classes looked up once per word token: each grammar registers the word lists it scans every token
 * of a sentence for (legal forms, number words, date cues, currency qualifiers…) as one bit, and the
 * tokenizer stores the bits of each word in `Token.lex`. A per-token scan then tests a bit instead of
 * hashing the word into a Set again: on wire text the same word was looked up in six or more sets, one
 * pass after another, and those look-ups were a large share of the extractor's time.
 */

/** Shape of a word token's text (tokenize.ts): a registered word of any other shape could never match one. */
const WORD_SHAPE = /^\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}[\p{L}\p{M}\p{N}]*)*$/u;

/** Whether `text` has the shape of one word token ("dlrs", "S&P"; not "per cent", "US$", "u.s."). */
export function isWordShaped(text: string): boolean {
  return WORD_SHAPE.test(text);
}

const classes: (() => Iterable<string>)[] = [];
let table: Map<string, number> | undefined;
/**
 * One byte per value of {@link lexiconHash} modulo its size, set for every word of the table: an ASCII word whose
 * slot is 0 is in no class, known without hashing the string into the Map (most words of running text are in none).
 */
let filter: Uint8Array | undefined;
const FILTER_MASK = 4095;

/** The filter hash of a lower-cased word: h = h × 31 + code, over its UTF-16 code units, in 32 bits. */
export function lexiconHash(lower: string): number {
  let h = 0;
  for (let k = 0; k < lower.length; k += 1) h = (Math.imul(h, 31) + lower.charCodeAt(k)) | 0;
  return h;
}

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
  return (table ?? compile()).get(lower) ?? 0;
}

/**
 * {@link lexiconBits} of a lower-cased ASCII word (the tokenizer knows which words are): 0 at once when no word
 * of the table shares its {@link lexiconHash} filter slot, most words of running text, without the Map look-up.
 */
export function lexiconBitsOfAscii(lower: string): number {
  if (!table) compile();
  return filter![lexiconHash(lower) & FILTER_MASK] === 0 ? 0 : table!.get(lower) ?? 0;
}

function compile(): Map<string, number> {
  const compiled = buildLexicon(classes.map((words) => words()));
  filter = new Uint8Array(FILTER_MASK + 1);
  for (const word of compiled.keys()) filter[lexiconHash(word) & FILTER_MASK] = 1;
  table = compiled;
  return compiled;
}

/**
 * The (first code unit, length) pairs of a word list, one byte each: {@link mayBeIn} rules most other words out
 * without hashing them into a Set or Map (where a word's first look-up costs the most). Exact by construction:
 * every listed word's pair is marked.
 *
 * @example
 * const MONTHS = wordShapes(['may', 'june']);
 * mayBeIn(MONTHS, 'mine'); // => false ("m", 4 is not marked); mayBeIn(MONTHS, 'jump') => true (then look it up)
 */
export function wordShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(128 * 16);
  for (const word of words) shapes[shapeOf(word)] = 1;
  return shapes;
}

/** False when `word` is certainly not one of the words `shapes` was made from. */
export function mayBeIn(shapes: Uint8Array, word: string): boolean {
  return shapes[shapeOf(word)] === 1;
}

function shapeOf(word: string): number {
  return (word.charCodeAt(0) & 127) * 16 + Math.min(word.length, 15);
}

/** Whether a token's word is in the class `bit` (every token carries its bits: `makeToken` of tokenize.ts sets them). */
export function hasClass(token: { lex: number }, bit: number): boolean {
  return (token.lex & bit) !== 0;
}
