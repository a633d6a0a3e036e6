/**
 * Abbreviations whose period does not end a sentence ("Nov.", "U.S.", "Co."): read by the sentence splitter
 * (tokenize.ts) and by the hard-wrap reader (wrap.ts), which must agree on where a sentence can end.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd',
  'bhd', 'plc', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'u.s', 'u.k',
  'e.g', 'i.e', 'p.m', 'a.m', 'rs', 'fig', 'mt', 'ft', 'cos', 'bros', 'hldgs', 'intl',
]);

const LETTER_OR_DOT = /[\p{L}.]/u;

/** Initials joined by dots, lower-cased, without the last dot ("j.p", "a.g"). */
const DOTTED_INITIALS = /^(?:[a-z]\.)+[a-z]$/;

/** Whether the period at `dot` ends an abbreviation ("Nov.", "U.S.", "Co.") rather than a sentence. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && dot - wordStart < 8) {
    // ASCII letters and "." by code; any other character by the Unicode class
    const code = text.charCodeAt(wordStart - 1);
    if (code < 128 ? !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46) : !LETTER_OR_DOT.test(text[wordStart - 1])) break;
    wordStart -= 1;
  }
  const word = text.slice(wordStart, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "J. Smith", "U.S."
  // dotted initials: "analysts at J.P. Morgan Securities raised …" (a cut there made "Morgan Securities" open a sentence)
  return ABBREVIATIONS.has(word) || DOTTED_INITIALS.test(word);
}
