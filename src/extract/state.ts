/** The extractor's running state over one article (facts so far, ids, referents for later sentences) and the id and quote helpers every reader uses. */
import type { PriceMove, Quote } from '../article/types';
import type { Token } from './tokenize';
import type { newCurrencyContext } from './currency';
import type { MarketFacts } from './extract';

export interface Referent {
  /** A sentence opener that may name a sector rather than a company ("Technology shares"). */
  unsure?: boolean;
  /** Named in a paragraph opened by "After the bell," or "In extended trade,": a move of it read from there is after hours. */
  afterHours?: boolean;
  /** An index named as a statistic ("the Labor Department's Producer Price Index"): a later "the index" is it, and no price. */
  statistic?: boolean;
  subject: string;
  subjectKind: PriceMove['subjectKind'];
  ticker?: string;
  exchange?: string;
  offset: number;
}

export interface State {
  text: string;
  published?: string;
  currency: ReturnType<typeof newCurrencyContext>;
  lastMove?: Referent;
  lastStock?: Referent;
  lastIndex?: Referent;
  /** The last index named, moved or not ("The Russell 2000 index dropped to a level …"): "the index" may refer to it. */
  lastIndexMention?: Referent;
  lastCompany?: Referent;
  /** `lastCompany` as it was before the current sentence's names were read: "its shares" never refers to a name written after it. */
  companyBeforeSentence?: Referent;
  /** The previous sentence's tokens: "it" may stand for its subject ("The dollar also surrendered … . Against the Swiss franc, it was 1.9 percent weaker"). */
  previousTokens?: Token[];
  facts: MarketFacts;
  entityNames: Set<string>;
  ids: Map<string, number>;
  /** Moves written with "about", "more than"…: a restatement with the exact figure replaces them. */
  approximate: Set<PriceMove>;
}

const slugs = new Map<string, string>();
const SLUG_CACHE_LIMIT = 4096;

/** An id-safe form of a name ("S&P 500" → "s-p-500"), memoised: names repeat across an article. */
export function slug(text: string): string {
  let found = slugs.get(text);
  if (found === undefined) {
    if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
    found = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'x';
    slugs.set(text, found);
  }
  return found;
}

export function uniqueId(state: State, base: string): string {
  const n = (state.ids.get(base) ?? 0) + 1;
  state.ids.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

export function quoteOf(text: string, start: number, end: number): Quote {
  return { text: text.slice(start, end), start, end };
}
