/** Coordinated subjects: names sharing one figure ("BP and Shell both adding 1%") and "A, B and C … respectively" lists. */
import { LEGAL_FORMS } from './legal-forms';
import type { Token } from './tokenize';
import { isNotTraded } from './kind';
import { type Span, isRegionWord, phraseBefore } from './subject';
import { hasTicker } from './clause';
import { GAUGE_HEADS } from './place';

/**
 * Names coordinated with a move's subject that share its one figure: "BP ( BP.L ) and Shell ( RDSa.L ) both
 * adding about 1 percent", "Citigroup, JPMorgan Chase & Co and Bank of America Corp jumped 13 percent".
 * Returns the other names' spans, in order (empty when the subject stands alone). Every conjunct must be a
 * capitalised name or carry a code; a lower-case conjunct ("sales and profit") ends the search with nothing.
 */
export function sharedFigureSubjects(tokens: Token[], last: Span, floor: number): Span[] {
  if (last.to <= last.from || !/^\p{Lu}/u.test(tokens[last.from].text) && !hasTicker(tokens, last)) return [];
  const spans: Span[] = [];
  let k = last.from - 1;
  // "the French CAC 40 .FCHI and Germany's DAX .GDAXI rose 0.6 percent": a coded index after its country's possessive
  if (tokens[k]?.type === 'possessive' && hasTicker(tokens, last) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) k -= 2;
  if (tokens[k]?.lower === 'the') k -= 1;
  // a lower-case "and" only ("P&G AND MICROSOFT" is a headline); "X and Y, which slid 3%": the relative clause is Y's alone
  // …but "insurers, such as Prudential ( PRU.L ) and Old Mutual ( OML.L ), dropping about 2 percent": a participle after a
  // list opened by "such as"/"including" is the list's (checked below, once the first name is known)
  // (and "shares of Chevron ( CVX.N ) and Exxon Mobil ( XOM.N ), both down 1 percent": "both" after the comma)
  const participle = tokens[last.to]?.text === ',' && /[a-z]ing$/.test(tokens[last.to + 1]?.text ?? '');
  const bothAfterComma = tokens[last.to]?.text === ',' && (tokens[last.to + 1]?.lower === 'both' || tokens[last.to + 1]?.lower === 'each');
  if (tokens[k]?.text !== 'and' || k - 1 < floor || (tokens[last.to]?.text === ',' && !participle && !bothAfterComma)) return [];
  k -= 1;
  while (k >= floor && spans.length < MAX_SHARED_SUBJECTS) {
    let span = phraseBefore(tokens, k, floor);
    // "the broad KBW index of bank stocks .BKX": the index with what it covers
    if (tokens[span.from - 1]?.lower === 'of' && GAUGE_HEADS.has(tokens[span.from - 2]?.lower ?? '') && span.from - 2 >= floor) span = { from: phraseBefore(tokens, span.from - 2, floor).from, to: span.to };
    // "Around Europe, London's FTSE 100 .FTSE , Paris's CAC 40 …": a place opening the sentence is no conjunct
    if (spans.length > 0 && PLACE_PREPOSITIONS.has(tokens[span.from - 1]?.lower ?? '') && !hasTicker(tokens, span)) break;
    // "the French CAC 40 .FCHI": a coded name after its country's adjective
    if (span.to - span.from >= 2 && isRegionWord(tokens[span.from].text) && hasTicker(tokens, span)) span = { from: span.from + 1, to: span.to };
    if (span.to <= span.from || isRegionWord(tokens[span.from].text) || !(/^\p{Lu}/u.test(tokens[span.from].text) || hasTicker(tokens, span))) return [];
    if (isNotTraded(tokens.slice(span.from, span.to).map((t) => t.text).join(' '))) return [];
    spans.unshift(span);
    k = span.from - 1;
    if (tokens[k]?.lower === 'the') k -= 1;
    if (tokens[k]?.text !== ',') break;
    k -= 1;
  }
  if (participle && !LISTED_BY.test(tokenWords(tokens, (spans[0]?.from ?? last.from) - 2))) return [];
  // separate names, not one name with "and" in it ("APN News and Media", "Marks and Spencer"): "both"/"each", three or
  // more names, or every name written with a code or a legal form
  const all = [...spans, last];
  const both = ['both', 'each', 'all'].includes(tokens[last.to]?.lower ?? '') || /^(?:both|each)$/.test(tokens[last.to + 1]?.lower ?? '') || bothAfterComma;
  const marked = all.every((span) => hasTicker(tokens, span) || LEGAL_FORM_WORDS.has(tokens[span.to - 1].lower) || (tokens[span.to - 1].text === '.' && LEGAL_FORM_WORDS.has(tokens[span.to - 2]?.lower ?? '')));
  return both || all.length >= 3 || marked ? spans : [];
}
const PLACE_PREPOSITIONS = new Set(['around', 'across', 'throughout', 'in']);
/** The words opening a list of examples: "such as", "including", "like" (two tokens before the first name, lower-cased and joined). */
const LISTED_BY = /(?:^| )(?:such as|including|like)$/;

/** The lower-cased words of tokens at..at+1 joined by a space (for two-word openers such as "such as"). */
function tokenWords(tokens: Token[], at: number): string {
  return `${tokens[at]?.lower ?? ''} ${tokens[at + 1]?.lower ?? ''}`;
}
const LEGAL_FORM_WORDS = new Set([...LEGAL_FORMS, 'index']);
const MAX_SHARED_SUBJECTS = 4;

/** U.S. states, lower case: "Santa Monica, California's Fremont General Corp." places a company by city and state. */
const US_STATES = new Set(('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
  'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska ' +
  'nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming').split(' '));

/**
 * One before the city of a "City, State's" owner opening `span` ("Santa Monica, California's Fremont General Corp."),
 * else one before `span`: the city and state place the company and are no coordinated name of their own.
 */
function beforePlaceOwner(tokens: Token[], span: Span, floor: number): number {
  let state = span.from;
  if (tokens[state]?.lower === 'new' || tokens[state]?.lower === 'north' || tokens[state]?.lower === 'south' || tokens[state]?.lower === 'west' || tokens[state]?.lower === 'rhode') state += 1;
  const named = US_STATES.has(tokens[state]?.lower ?? '') || ['york', 'jersey', 'mexico', 'hampshire', 'carolina', 'dakota', 'island'].includes(tokens[state]?.lower ?? '');
  if (!named || tokens[state + 1]?.type !== 'possessive' || tokens[span.from - 1]?.text !== ',') return span.from - 1;
  const city = phraseBefore(tokens, span.from - 2, floor);
  return city.to > city.from && /^\p{Lu}/u.test(tokens[city.from].text) && city.to - city.from <= 3 ? city.from - 1 : span.from - 1;
}

/** "A, B and C" before a verb: the `count` coordinated subject phrases, in order. */
export function coordinatedSubjects(tokens: Token[], last: Span, count: number, floor: number): Span[] | undefined {
  const spans = [last];
  let k = beforePlaceOwner(tokens, last, floor);
  while (spans.length < count && k >= floor) {
    if (tokens[k].text === ',' || tokens[k].lower === 'and') k -= 1;
    if (tokens[k]?.lower === 'and') k -= 1;
    if (k < floor) return undefined;
    const span = phraseBefore(tokens, k, floor);
    if (span.to <= span.from) return undefined;
    spans.unshift(span);
    k = beforePlaceOwner(tokens, span, floor);
  }
  return spans.length === count ? spans : undefined;
}
