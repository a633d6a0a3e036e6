/**
 * Restatements: a market report gives many moves twice — rounded in the lead ("Stocks rallied more than 2
 * percent", "the Dow industrials fell more than 1 percent") and exactly further down ("The Dow Jones industrial
 * average .DJI fell 105.04 points, or 1.24 percent"). The labelling rules keep the exact figure once; so do we.
 */
import type { PriceMove } from '../article/types';
import { canonicalTicker } from './codes';
import { LEGAL_FORMS } from './legal-forms';

/** How many earlier moves a move is compared with when looking for restatements (bounds the work on long texts). */
const RESTATEMENT_WINDOW = 64;

/**
 * Drops a move the article restates: the same subject and period given again with the same
 * figure, or once rounded with "about"/"more than" and once exactly (the exact figure is kept).
 * Each move is compared with the {@link RESTATEMENT_WINDOW} moves around it.
 */
/** A subject's words without articles, legal forms and share words: "Hoya Corp" → [hoya], "the Kyocera Corp. shares" → [kyocera]. */
function nameWords(subject: string): string[] {
  let found = nameWordsCache.get(subject);
  if (found === undefined) {
    if (nameWordsCache.size >= NAME_WORDS_CACHE_LIMIT) nameWordsCache.clear();
    found = subject.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !NAME_NOISE.has(w));
    nameWordsCache.set(subject, found);
  }
  return found;
}
/** Name words of subjects split before, memoised: each move is compared with dozens around it, and subjects repeat. Read only. */
const nameWordsCache = new Map<string, string[]>();
const NAME_WORDS_CACHE_LIMIT = 4096;
// "Bancorp" stays a name word: "U.S. Bancorp" would be [u] and begin "U.S. Steel" ([u, steel]).
const NAME_NOISE = new Set(['the', ...[...LEGAL_FORMS].filter((w) => w !== 'bancorp'), 'shares', 'stock', 's']);

/** Whether two subjects name the same thing as a report writes it twice: one's words begin the other's ("Mitsubishi UFJ", "Mitsubishi UFJ Financial Group"). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w, k) => long[k] === w);
}

/** The place a quote's shares are listed in ("Hong Kong-listed shares" → "kong"), else undefined. */
function listing(quote: string): string | undefined {
  return /(\S+)[- ]listed\b/i.exec(quote)?.[1].toLowerCase();
}

/**
 * Whether `lead`, a move that names no session and no close, may be the rounded form of `exact`, an after-hours or
 * intraday move: an earnings story's lead "its shares fell nearly 3 percent" rounds "Dell shares fell 2.8 percent to
 * $25.04 in extended trading" further down, or gives it whole ("The news sent Microsoft shares down 8 percent" above
 * "Microsoft's shares fell 8 percent to $23.44 in extended trading"). Kept, the lead would be checked against the day's
 * close. (A lead that says "closed", "ended" or "regular" is the close.)
 */
/** Words of a lead that place it at the regular session's close: "closed", "ended regular trading at $40.16, up almost 1 percent". */
const SESSION_CLOSE_WORDS = /\b(?:clos(?:e|ed|es|ing)|end(?:ed|ing)?|finish(?:ed|ing)?|settl(?:ed|ing)|regular)\b/i;

function roundedLeadOf(lead: PriceMove, exact: PriceMove): boolean {
  // (not "Nordstrom shares, which gained over 3 percent in regular trading, added another 3 percent": one quote holds the other)
  const apart = lead.quote.end <= exact.quote.start || exact.quote.end <= lead.quote.start;
  return apart && !lead.intraday && exact.intraday === true && !SESSION_CLOSE_WORDS.test(lead.quote.text);
}

export function dropRestatedMoves(moves: PriceMove[], approximate: Set<PriceMove>): PriceMove[] {
  // only moves with the same subject and period can restate each other: compare within those groups
  const groups = new Map<string, number[]>();
  moves.forEach((m, i) => {
    const key = `${nameWords(m.subject)[0] ?? ''}|${m.period}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const dropped = new Set<number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((i, gi) => {
      const m = moves[i];
      // group positions are sorted text positions: the window's moves are at most RESTATEMENT_WINDOW positions away
      for (let gj = Math.max(0, gi - RESTATEMENT_WINDOW); gj < Math.min(group.length, gi + RESTATEMENT_WINDOW); gj += 1) {
        const j = group[gj];
        if (j === i || j < i - RESTATEMENT_WINDOW || j >= i + RESTATEMENT_WINDOW) continue;
        const other = moves[j];
        // an after-hours move and the close of the same stock are two moves, even with one figure
        // (but a rounded lead that names no session, "its shares fell nearly 3 percent", may round the after-hours figure
        // given below, "Dell shares fell 2.8 percent to $25.04 in extended trading": see roundedLeadOf)
        if (Math.sign(other.changePct) !== Math.sign(m.changePct) || !sameName(m.subject, other.subject)) continue;
        const sessions = !m.intraday === !other.intraday;
        if (!sessions && !roundedLeadOf(m, other)) continue;
        if (other.changePct === m.changePct) {
          // "The news sent Microsoft shares down 8 percent" above "Microsoft's shares fell 8 percent to $23.44 in extended
          // trading": the lead is the after-hours move, not the close
          if (!sessions) {
            dropped.add(i);
            return;
          }
          if (j < i) {
            dropped.add(i);
            return;
          }
          continue;
        }
        // "Mitsubishi UFJ Financial Group shares surged 14 percent" and "… ended at 810 yen, a gain of 14.1 percent": a
        // whole figure restated with its decimals, the same day
        // (not shares of another listing: "Its Hong Kong-listed shares closed down 2 percent" beside London's 2.4)
        if (Number.isInteger(m.changePct) && !Number.isInteger(other.changePct) && Math.abs(other.changePct - m.changePct) < 0.5 && !approximate.has(other) && m.date === other.date && listing(m.quote.text) === listing(other.quote.text)) {
          dropped.add(i);
          return;
        }
        if (approximate.has(m) && !approximate.has(other) && Math.abs(other.changePct - m.changePct) < 1) {
          dropped.add(i);
          return;
        }
      }
    });
  }
  return dropped.size === 0 ? moves : moves.filter((_, i) => !dropped.has(i));
}


/** Subjects that stand for the whole market: "Stocks", "European stocks", "Major indexes", "all three averages". */
const WHOLE_MARKET = /\b(?:indexes|indices|averages|benchmarks)$/i;

/** The range of exact figures an approximate one allows: "more than 2" → [2, 3], "nearly 2" → [1, 2], "about 2" → [1.5, 2.5]; a tenth of the figure above 10 ("more than 70" → [70, 77]). */
function allowedRange(quote: string, value: number): [number, number] | undefined {
  const v = Math.abs(value);
  // a round figure rounds more the larger it is: "more than 70 percent" for 75.7
  const step = Math.max(1, v / 10);
  if (/\b(?:more than|over|above)\s+[\d.]+\s*(?:percent|pct|%|per cent)/i.test(quote)) return [v, v + step];
  if (/\b(?:nearly|almost|close to|just under)\s+[\d.]+\s*(?:percent|pct|%|per cent)/i.test(quote)) return [v - step, v];
  if (/\b(?:about|around|roughly|some|approximately)\s+[\d.]+\s*(?:percent|pct|%|per cent)/i.test(quote)) return [v - step / 2, v + step / 2];
  return undefined;
}

/**
 * Drops a rounded lead that the article restates exactly under another wording: an approximate day move of a
 * market or index ("Stocks rallied more than 2 percent", "Britain's FTSE 100 share index sank nearly 2 percent")
 * when an exact move of the same ticker — or, for a whole market ("Stocks", "European stocks"), of any index or
 * market — with the same sign and period lies in the range the approximation allows. Intraday moves ("fell more
 * than 1 percent to session lows") are not leads and stay.
 */
export function dropRestatedLeads(moves: PriceMove[], approximate: Set<PriceMove>): PriceMove[] {
  const exact = moves.filter((m) => !approximate.has(m) && !m.intraday && !m.noFigure && (m.subjectKind === 'index' || m.subjectKind === 'market'));
  if (exact.length === 0) return moves;
  const kept = moves.filter((m) => {
    if (m.intraday || (m.subjectKind !== 'index' && m.subjectKind !== 'market')) return true;
    // "the S&P 500 and Nasdaq dropped 4 percent" with "The Nasdaq … fell 92.68 points, or 4.48 percent" below: a whole
    // figure is the rounded lead of the same index's exact move (one index has one close a day); only the same ticker
    const rounded = !approximate.has(m) && Number.isInteger(m.changePct) && m.changePct !== 0 && m.ticker !== undefined && m.period === 'day';
    if (!approximate.has(m) && !rounded) return true;
    const v = Math.abs(m.changePct);
    const range = rounded ? [v - 0.5, v + 0.5] : allowedRange(m.quote.text, m.changePct);
    if (!range) return true;
    return !exact.some((e) => e !== m && e.period === m.period && Math.sign(e.changePct) === Math.sign(m.changePct) &&
      Math.abs(e.changePct) >= range[0] && Math.abs(e.changePct) <= range[1] && (!rounded || !Number.isInteger(e.changePct)) &&
      ((m.ticker !== undefined && e.ticker !== undefined && canonicalTicker(e.ticker) === canonicalTicker(m.ticker)) || (!rounded && (!m.ticker && WHOLE_MARKET.test(m.subject) || m.subjectKind === 'market' && !m.ticker))));
  });
  return kept.length === moves.length ? moves : kept;
}

/** A quote written in capitals ("S&P DOWN 40 PERCENT", "INDEXES UP 4 PCT"): a Reuters subhead, glued to the next sentence. */
function isSubhead(quote: string): boolean {
  let words = 0;
  for (const w of quote.split(/\s+/)) {
    if (!/\p{L}/u.test(w)) continue;
    if (/\p{Ll}/u.test(w)) return false;
    if (/\p{L}{2}/u.test(w)) words += 1;
  }
  return words >= 2;
}

/** Subjects of subheads that stand for several indexes or the market: "INDEXES", "STOCKS", "WALL STREET". */
const SUBHEAD_MARKET = /\b(?:indexes|indices|averages|stocks|shares|markets|wall street|blue chips)$/i;

/**
 * Drops a move read from an all-capitals subhead ("S&P DOWN 40 PERCENT FOR YEAR", "INDEXES UP 4 PCT FOR THE WEEK")
 * when the body restates it: a move of the same name (any name for a market-wide subject such as "INDEXES") with
 * the same sign and period whose figure the subhead's rounds (within 1 above or 0.5 below). The labelling rules keep
 * the body's figure once; the subhead's period words ("FOR YEAR") are also less exact than the body's.
 */
export function dropSubheadMoves(moves: PriceMove[]): PriceMove[] {
  if (!moves.some((m) => isSubhead(m.quote.text))) return moves;
  const kept = moves.filter((m) => {
    if (!isSubhead(m.quote.text)) return true;
    const v = Math.abs(m.changePct);
    const market = SUBHEAD_MARKET.test(m.subject);
    return !moves.some((e) => e !== m && !isSubhead(e.quote.text) && Math.sign(e.changePct) === Math.sign(m.changePct) &&
      Math.abs(e.changePct) >= v - 0.5 && Math.abs(e.changePct) < v + 1 && (market || sameName(m.subject, e.subject)) && e.quote.start > m.quote.start);
  });
  return kept.length === moves.length ? moves : kept;
}
