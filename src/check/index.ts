/** Checking an article's stated price moves against real prices: `market-reaction check`. */
export { checkArticle } from './checkArticle';
export type { CheckOptions } from './checkArticle';
export { PriceLibrary } from './priceLibrary';
export type { PriceMapRow, ResolvedBy, ResolvedSeries, UnresolvedSeries } from './priceLibrary';
export { claimHolds, claimInterval, statedPrecision, CLOSE_SLACK_PP, FLAT_TOLERANCE_PP } from './precision';
export type { ClaimInterval, Qualifier, StatedPrecision } from './precision';
export { realChange, previousTradingDay, CHECKABLE_PERIODS } from './realChange';
export type { NoRealChange, RealChange } from './realChange';
export { checkMovesTable, checkRelativeTable, checkDocument, summarizeCheck } from './tables';
export { checkReportHtml } from './reportHtml';
export type { CheckReportOptions } from './reportHtml';
export type { ArticleCheck, CheckableMove, CheckCounts, DateSource, MoveCheck, RelativeCheck, Verdict } from './types';
