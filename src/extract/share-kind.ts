/**
 * A subject's kind from the words around its name, where the name alone misleads: shares and share prices belong to
 * companies, so "Dow Jones shares", "Shares in OMX" and "Dow Jones closed down about 1 percent at $56.45" are stocks
 * (Dow Jones & Co, OMX AB), not the indexes their names recall; "Sydney shares" and "Tokyo shares" are a city's
 * market, not a company named Sydney.
 */
import type { SubjectKind } from '../article/types';
import type { Token } from './tokenize';
import type { Span } from './subject';
import { isRegionWord } from './subject';

const SHARE_WORDS = new Set(['shares', 'share', 'stock']);
/** Words that make an index name an index whatever follows ("S&P 500 index", "Nikkei average"). */
const INDEX_HEADS = new Set(['index', 'indexes', 'indices', 'average', 'averages', 'composite', 'gauge', 'benchmark']);
/** Currency signs and words a share price is written in ("at $56.45", "to 4.58 euros", "at 932 pence"). */
const MONEY_SIGNS = new Set(['$', '€', '£', '¥', 'us$', 'a$', 'c$', 'hk$', 's$', 'nz$']);
const MONEY_WORDS = new Set(['dollars', 'dlrs', 'cents', 'euros', 'euro', 'pence', 'yen', 'won', 'francs', 'crowns', 'rupees', 'yuan', 'pounds']);

/**
 * Cities whose name before "shares"/"stocks" means their stock market ("Sydney shares slipped 0.2 percent"), the
 * financial centres of the wire's market reports; lower case.
 */
const MARKET_CITIES = new Set(
  ('tokyo london paris frankfurt sydney seoul mumbai bombay shanghai shenzhen singapore taipei jakarta manila bangkok ' +
    'kuala lumpur wellington milan madrid zurich amsterdam brussels stockholm oslo helsinki copenhagen vienna warsaw ' +
    'moscow istanbul johannesburg toronto athens dublin lisbon prague budapest karachi dubai riyadh cairo').split(' '),
);

/**
 * The kind of a named subject given the words of its phrase: `stock` for an index-like name whose shares are named
 * ("Dow Jones shares", "Shares in OMX", "Shares of Nasdaq OMX") or whose move ends at a price in money ("closed down
 * about 1 percent at $56.45": an index has no price in dollars); `market` for a city or region before "shares"
 * ("Sydney shares"); else `kind` unchanged.
 *
 * @param span - the subject phrase as read ("Dow Jones shares").
 * @param name - the name within it ("Dow Jones").
 * @param moveEnd - one past the move's last token (its percentage).
 * @example
 * // "Dow Jones shares were flat at $36", kind 'index' → 'stock'
 */
export function kindFromShareWords(tokens: Token[], span: Span, name: Span, kind: SubjectKind, moveEnd: number): SubjectKind {
  const nameWords = tokens.slice(name.from, name.to).filter((t) => t.type === 'word' || t.type === 'number');
  const sharesNamed = tokens.slice(name.to, span.to).some((t) => SHARE_WORDS.has(t.lower)) || (SHARE_WORDS.has(tokens[span.from]?.lower ?? '') && ['of', 'in'].includes(tokens[span.from + 1]?.lower ?? ''));
  if (kind === 'index') {
    // "the S&P 500 index", "FTSE 100 shares" (its member shares), "Nikkei average": an index still
    if (nameWords.some((t) => t.type === 'number' || INDEX_HEADS.has(t.lower))) return kind;
    if (sharesNamed || priceInMoneyAfter(tokens, moveEnd)) return 'stock';
    return kind;
  }
  if (kind === 'stock' && tokens.slice(name.to, span.to).some((t) => t.lower === 'shares' || t.lower === 'stocks')) {
    const words = nameWords.filter((t) => t.type === 'word');
    if (words.length > 0 && words.every((t) => isRegionWord(t.text) || MARKET_CITIES.has(t.lower))) return 'market';
  }
  return kind;
}

/** Whether "at|to <price in money>" follows the move's figure: "closed down about 1 percent at $56.45". */
function priceInMoneyAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'at' && tokens[end]?.lower !== 'to') return false;
  const next = tokens[end + 1];
  if (!next) return false;
  if (MONEY_SIGNS.has(next.lower)) return true;
  return next.type === 'number' && MONEY_WORDS.has(tokens[end + 2]?.lower ?? '');
}
