/**
 * Chart builders: typed vega-lite specs for market reactions. Data in, spec out; render
 * them with `toSVG`, `toPNG`, `toHTML` or `toJSON`.
 */
export { reactionBarsSpec } from './reactionBars';
export type { ReactionBarsInput, InstrumentMove } from './reactionBars';
export { betaSensitivitySpec } from './betaSensitivity';
export type { BetaSensitivityInput, BetaPoint } from './betaSensitivity';
export { conversionSpec } from './conversion';
export type { ConversionInput, ConversionItem, ChartMoney } from './conversion';
export { investmentSpreadSpec } from './investmentSpread';
export type { InvestmentSpreadInput, SpreadYear } from './investmentSpread';
export { priceTimelineSpec } from './priceTimeline';
export type { PriceTimelineInput, TimelineSeries, ClosePoint, TimelineEvent } from './priceTimeline';
export { abnormalReturnsSpec } from './abnormalReturns';
export type { AbnormalReturnsInput, AbnormalReturnPoint } from './abnormalReturns';
export { caarSpec } from './caar';
export type { CaarInput, CaarPoint } from './caar';
export { claimCheckSpec, CLAIM_CHART_MAX } from './claimCheck';
export type { ClaimCheckInput, CheckedClaim } from './claimCheck';
export { isBuiltSpec, unsafeSpecContent } from './spec';
export type { ChartSpec, ChartConfig, ChartTitle } from './spec';
export { chartConfig, CHART_FONT, CHART_COLORS, CHART_SIZE } from './theme';
export type { ChartSource } from './theme';
export { ANALYSIS_CHART_LIMIT, analysisCharts, analysisSource, omittedCharts } from './fromAnalysis';
export type { AnalysisChartsOptions, NamedChart } from './fromAnalysis';
export { abnormalReturnsChart, caarChart } from './fromEventStudy';
export type { EventChartOptions } from './fromEventStudy';
