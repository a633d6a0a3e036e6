/** The token window a move's period is read from: its own clause, without a ", which …," aside, a cause ("after …", "on concerns …") or a following clause. */
import type { Token } from './tokenize';
import { opensDistance } from './aside';
import { CAUSATIVE_PARTICIPLES } from './causative-verbs';

/** How far after a later move's figure (tokens) its own period phrase is looked for first. */
export const OWN_PERIOD_TOKENS = 6;

const RELATIVE_WORDS = new Set(['which', 'who', 'whose']);

/**
 * The ", which|who … ," aside between a move's first word `from` and its figure `at`, as [from, to), or undefined:
 * its time words belong to the aside, not to the move.
 */
export function asideBefore(tokens: Token[], from: number, at: number): [number, number] | undefined {
  for (let k = from; k < at - 1; k += 1) {
    if (tokens[k].text !== ',') continue;
    if (!RELATIVE_WORDS.has(tokens[k + 1].lower)) {
      // "Shares of Google Inc ( GOOG.O ), down nearly a third from its November high, were up 1.7 percent": the
      // distance from a past level is the aside's span, not the move's (as aside.ts reads it between subject and verb)
      // (from any past level, a date's too: "down 30 percent from January"; aside.ts asks a peak or trough of an appositive)
      if (!opensDistance(tokens, k + 1)) continue;
      let from = false;
      for (let close = k + 2; close < at; close += 1) {
        if (tokens[close].lower === 'from') from = true;
        else if (tokens[close].text === ',') return from ? [k, close + 1] : undefined;
      }
      return undefined;
    }
    for (let close = k + 2; close < at; close += 1) if (tokens[close].text === ',') return [k, close + 1];
    return undefined;
  }
  return undefined;
}

/** Words that open a new clause after a comma (", and its shares sank", ", sending its shares up"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', ...CAUSATIVE_PARTICIPLES]);

/**
 * Where the clause of a move starting at token `from` begins, looking back no further than `floor`:
 * a period phrase of an earlier clause ("net loss widened in the second quarter, and its shares
 * sank 4%") does not give the move its period.
 */
export function clauseStart(tokens: Token[], from: number, floor: number): number {
  for (let k = from - 1; k > floor; k -= 1) {
    if (tokens[k - 1].text === ',' && CLAUSE_OPENERS.has(tokens[k].lower)) return k;
  }
  return floor;
}


/** Words that open a new clause after a comma that follows a move (", after last week reaching …", ", while …"). */
const RIGHT_CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'whereas', 'but', 'as', 'when', 'which', 'who', 'despite', 'though', 'although',
  // "AMR, whose shares fell 2.7 percent, said its profit … compared with …, a year earlier": the main clause resumes
  'said', 'says', 'reported', 'reports']);

/**
 * Where the clause of a move ending at token `to` ends, looking no further than `limit`: a period
 * phrase in a following clause ("closed up 17.6 percent, after last week reaching their lowest level")
 * does not give the move its period.
 */
export function clauseEnd(tokens: Token[], to: number, limit: number): number {
  for (let k = to; k < limit - 1; k += 1) {
    if (tokens[k].text === ',' && RIGHT_CLAUSE_OPENERS.has(tokens[k + 1].lower)) return k;
    // "fell 4 percent, close to the low they hit in January", ", near its March low": the level's time words are the level's
    if (tokens[k].text === ',' && ((tokens[k + 1].lower === 'close' && tokens[k + 2]?.lower === 'to') || tokens[k + 1].lower === 'near' || (tokens[k + 1].lower === 'not' && tokens[k + 2]?.lower === 'far'))) return k;
    // "fell 6.1 percent after the company reported lower revenues per passenger in May": the cause's time words are
    // the cause's, comma or not (not "after hours", "after the bell": still the session)
    // …but "has shed 17.5 percent after hitting a 14-month high two weeks ago" dates the move's start
    // "fell more than 4 percent on investor concerns that a planned increase in capital spending this year …": a cause
    if (tokens[k].lower === 'on' && (CAUSE_NOUNS.has(tokens[k + 1].lower) || (tokens[k + 1].lower === 'investor' && CAUSE_NOUNS.has(tokens[k + 2]?.lower ?? '')))) return k;
    // "sagged 1.1 percent to 3,600 yen despite a 13.8 percent jump in U.S. sales last month": a contrasting cause
    if (tokens[k].lower === 'despite') return k;
    // "settled down 3 percent … as data confirmed crude and refined product inventories rose last week", "fell 1.9
    // percent … on a surprisingly large weekly increase in U.S. inventories": a cause, its time words its own
    if (tokens[k].lower === 'as' && AS_CAUSE_SUBJECTS.has(tokens[k + 1].lower)) return k;
    if (tokens[k].lower === 'on' && (tokens[k + 1].lower === 'a' || tokens[k + 1].lower === 'an') && causeNounWithin(tokens, k + 2, Math.min(limit, k + 7))) return k;
    // ("jumped 9.5 percent after the close on Tuesday", "rose 8.1 percent after the closing bell on Wednesday": the session)
    if (tokens[k].lower === 'after' && !AFTER_SESSION.has(tokens[k + 1].lower) && tokens[k + 1].text !== '-' && !(tokens[k + 1].lower === 'the' && AFTER_THE.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower !== 'of')) {
      if (!LEVEL_GERUNDS.has(tokens[k + 1].lower)) return k;
    }
  }
  return limit;
}

/** Subjects of an "as" clause that gives a cause ("as data showed …", "as investors worried …"). */
const AS_CAUSE_SUBJECTS = new Set(['data', 'figures', 'report', 'reports', 'statistics', 'government', 'investors', 'traders', 'analysts', 'dealers']);
/** Change nouns of a cause after "on a" ("on a surprisingly large weekly increase in U.S. inventories"). */
const CAUSE_CHANGE_NOUNS = new Set(['increase', 'decrease', 'rise', 'fall', 'drop', 'decline', 'jump', 'build', 'draw', 'surge', 'slump', 'gain']);

/** Whether a change noun followed by "in" or "of" stands in tokens [from, to). */
function causeNounWithin(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j += 1) if (CAUSE_CHANGE_NOUNS.has(tokens[j].lower) && (tokens[j + 1]?.lower === 'in' || tokens[j + 1]?.lower === 'of')) return true;
  return false;
}

/** Words after "after the" that still name the session ("after the bell", "after the close", "after the closing bell"). */
const AFTER_THE = new Set(['bell', 'close', 'closing']);
/** Words after "after" that still name the session ("after hours", "after-hours"). */
const AFTER_SESSION = new Set(['hours', 'hour']);
/** Nouns of a cause after "on" ("on concerns that …", "on speculation", "on hopes"). */
const CAUSE_NOUNS = new Set(['concerns', 'concern', 'worries', 'worry', 'fears', 'fear', 'hopes', 'hope', 'news', 'speculation', 'optimism', 'expectations', 'reports', 'talk', 'relief']);
/** Gerunds after "after" that name the level a move is measured from ("after hitting a 14-month high"). */
const LEVEL_GERUNDS = new Set(['hitting', 'reaching', 'touching', 'setting', 'striking', 'peaking', 'bottoming']);
