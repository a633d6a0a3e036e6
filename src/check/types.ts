/** What a check of an article's claims reports: one row per stated move, one per relative claim. */
import type { MovePeriod, PriceMove, Quote, SubjectKind } from '../article/types';
import type { FactsOrigin } from '../analysis/types';
import type { ClaimInterval, StatedPrecision } from './precision';
import type { ResolvedBy } from './priceLibrary';

/** The data's verdict on a claim. */
export type Verdict = 'confirmed' | 'contradicted' | 'not_checkable';

/** Where the date a move was checked on came from. */
export type DateSource = 'stated' | 'published' | 'previous_session';

/** One stated move checked against prices. Percent figures are in percent (1.95 = +1.95%). */
export interface MoveCheck {
  /** The move's id in the article's facts. */
  id: string;
  subject: string;
  /** Canonical name when the subject was resolved ("KOSPI" for "the wider market"). */
  name?: string;
  subjectKind: SubjectKind;
  /** Ticker written in the article or known for the subject. */
  ticker?: string;
  period: MovePeriod;
  /** True when the figure is an intraday level ("as much as", "at one point"): not checkable on closes. */
  intraday: boolean;
  /** Stated change, percent. */
  statedPct: number;
  precision: StatedPrecision;
  /** Real changes that agree with the stated one, percent. */
  interval: ClaimInterval;
  /** Date the move was checked on, and where it came from. */
  date?: string;
  dateSource?: DateSource;
  /** Price file and column used; how the subject was matched to it. */
  file?: string;
  priceColumn?: string;
  resolvedBy?: ResolvedBy;
  /** The closes the real change runs between. */
  fromDate?: string;
  fromPrice?: number;
  toDate?: string;
  toPrice?: number;
  /** Real change over the stated period, percent. */
  realPct?: number;
  /** realPct − statedPct, percentage points. */
  differencePp?: number;
  verdict: Verdict;
  /** Why a claim is not checkable, or what was assumed. */
  reason?: string;
  /** Market-model abnormal return on the day (percent) and its t statistic, for a stock's day move when a benchmark series resolves. */
  abnormalPct?: number;
  abnormalT?: number;
  /** The benchmark series the abnormal return was measured against. */
  benchmark?: string;
  quote: Quote;
}

/** A stock-versus-benchmark claim ("leading the wider market's gain") checked against prices. */
export interface RelativeCheck {
  stockId: string;
  benchmarkId: string;
  stock: string;
  benchmark: string;
  /** Stated excess return, percentage points (stock − benchmark). */
  statedExcessPp: number;
  /** Real excess return over the same period, percentage points. */
  realExcessPp?: number;
  /** Whether the real stock move beat (or trailed) the benchmark as stated. */
  directionHolds?: boolean;
  verdict: Verdict;
  reason?: string;
}

/** Counts of the verdicts, and of moves left out before checking. */
export interface CheckCounts {
  confirmed: number;
  contradicted: number;
  not_checkable: number;
  /** Moves below `minConfidence`, not checked. */
  below_confidence: number;
}

/** Everything `checkArticle` reports. */
export interface ArticleCheck {
  meta: { file?: string; published?: string; factsOrigin: FactsOrigin; headline?: string; source?: string };
  moves: MoveCheck[];
  relative: RelativeCheck[];
  counts: CheckCounts;
}

/** A move as the extractor may describe it: the optional fields later extractor versions add. */
export type CheckableMove = PriceMove & { intraday?: boolean; confidence?: number; subjectSource?: string };
