/** Words around a subject phrase that locate or describe it: trading places, exchange names, "the maker of X", "index of shares outside Japan". */
import type { Token } from './tokenize';
import { type Span, phraseBefore } from './subject';

/** Heads of "the maker of X" descriptions. */
const PRODUCT_HEADS = /^(?:[a-z]*maker|owner|parent|operator|producer|manufacturer|publisher|developer|seller|retailer)$/;

/**
 * "(shares in) the maker of the Barbie doll": when `span` is the object of "the <maker> of [the]", the span of the
 * description ("shares in the maker", or "maker" after "the"), which reads as a company anaphor; else undefined.
 */
export function describedByProduct(tokens: Token[], span: Span, floor: number): Span | undefined {
  const of = tokens[span.from - 1]?.lower === 'the' ? span.from - 2 : span.from - 1;
  const head = of - 1;
  if (tokens[of]?.lower !== 'of' || head - 1 < floor || !PRODUCT_HEADS.test(tokens[head].text) || tokens[head - 1].lower !== 'the') return undefined;
  const shares = head - 3;
  if (shares >= floor && ['shares', 'stock'].includes(tokens[shares].lower) && ['of', 'in'].includes(tokens[shares + 1].lower)) return { from: shares, to: head + 1 };
  // "The maker of motor homes rose 5.2%" opens its clause; "Revenue at the maker of motor homes rose" is revenue's move
  const opener = tokens[head - 2];
  return !opener || opener.text === ',' || ['and', 'but', 'while'].includes(opener.lower) ? { from: head, to: head + 1 } : undefined;
}

/**
 * An exchange named as a place ("the New York Mercantile Exchange", "Chicago Mercantile Exchange (CME)"), which is
 * no price subject; "London Stock Exchange shares" (the listed company's shares) is not one.
 */
export function isExchangeName(tokens: Token[], span: Span): boolean {
  let to = span.to;
  if (tokens[to - 1]?.text === ')') while (to > span.from && tokens[to - 1].text !== '(') to -= 1;
  if (tokens[to - 1]?.text === '(') to -= 1;
  const last = tokens[to - 1];
  if (!last || !/^(?:Exchange|Bourse|Trade)$/.test(last.text)) return false;
  // "The BIRS index of the Banja Luka Stock Exchange": an index of the exchange is a subject
  if (tokens.slice(span.from, to).some((t) => GAUGE_HEADS.has(t.lower) || t.lower === 'shares')) return false;
  return !['shares', 'stock', 'stocks'].includes(tokens[span.to]?.lower ?? '');
}

/** Adjectives between an index and the shares it covers: "index of leading European shares". */
export const COVER_ADJECTIVES = new Set(['top', 'leading', 'major', 'biggest', 'largest', 'main', 'key', 'blue-chip', 'select']);

/** Financial centres and exchange names that locate a traded subject ("in London", "on the LME"). */
const TRADING_PLACES = new Set(('new york|london|tokyo|hong kong|singapore|frankfurt|paris|zurich|chicago|sydney|seoul|shanghai|shenzhen|' +
  'mumbai|toronto|milan|madrid|amsterdam|brussels|stockholm|oslo|copenhagen|helsinki|vienna|warsaw|istanbul|johannesburg|dubai|' +
  'taipei|jakarta|bangkok|manila|kuala lumpur|wellington|sao paulo|lme|nymex|comex|cbot|ice|wall street').split('|'));
const PLACE_HEADS = new Set(['exchange', 'bourse', 'board']);

/**
 * When `span` is a trading place after "in"/"on"/"at" [the] ("in New York", "on the London Metal
 * Exchange"), the index of that preposition; otherwise undefined.
 */
export function placePreposition(tokens: Token[], span: Span): number | undefined {
  const words = tokens.slice(span.from, span.to);
  if (words.length === 0 || !words.every((t) => t.type !== 'word' || /^\p{Lu}/u.test(t.text))) return undefined;
  const name = words.filter((t) => t.type === 'word').map((t) => t.lower);
  if (!TRADING_PLACES.has(name.join(' ')) && !PLACE_HEADS.has(name[name.length - 1])) return undefined;
  const at = tokens[span.from - 1]?.lower === 'the' ? span.from - 2 : span.from - 1;
  return ['in', 'on', 'at'].includes(tokens[at]?.lower ?? '') ? at : undefined;
}

export const EXCLUSIONS = new Set(['outside', 'excluding', 'ex']);
export const GAUGE_HEADS = new Set(['index', 'gauge', 'benchmark', 'indicator', 'measure']);

/** "<gauge> of <shares> outside <region>" ending at `span` (the region): the whole phrase, else undefined. */
export function gaugeOfCovered(tokens: Token[], span: Span, floor: number, scanFrom: number): { span: Span; scanFrom: number } | undefined {
  const covered = phraseBefore(tokens, span.from - 2, floor);
  if (covered.to <= covered.from || tokens[covered.from - 1]?.lower !== 'of' || covered.from - 2 < floor) return undefined;
  const head = phraseBefore(tokens, covered.from - 2, floor);
  if (head.to <= head.from || !GAUGE_HEADS.has(tokens[head.to - 1].lower)) return undefined;
  return { span: { from: head.from, to: span.to }, scanFrom };
}
