export type {
  AbnormalReturnDay,
  AggregateResult,
  CarWindowResult,
  Conventions,
  AverageAbnormalReturnDay,
  EventOverlap,
  EventResult,
  EventStatus,
  EventStudyOptions,
  EventStudyResult,
  ModelName,
  NonTradingDayPolicy,
  ResolvedOptions,
  TestResult,
} from './types';
export { eventStudy, eventStudyBatch, studyResult, MAX_LISTED_OVERLAPS } from './eventStudy';
export type { EventSpec, EventStudyInput, EventStudyBatch } from './eventStudy';
export { resolveEventStudyOptions, DEFAULT_ESTIMATION, DEFAULT_WINDOW } from './options';
export { locateDay0 } from './day0';
export { olsFit, invertSymmetricPositiveDefinite } from './ols';
export type { OlsFit } from './ols';
export { crossSectionalTTest, brownWarnerTest, patellTest, bmpTest, kolariPynnonenTest, brownWarner1980Test, lambTest, skewnessCorrectedTTest, adjustedPatellTest } from './parametricTests';
export { corradoRankTest, signTest, generalizedSignTest, wilcoxonTest } from './nonparametricTests';
export { scaledSumTest, carRankTest, grankTest, estimationRanks } from './rankTests';
export type { DaySum, ScaledSumOptions } from './rankTests';
export { significanceStars, SIGNIFICANCE_LEGEND } from './testResult';
export { TEST_NAMES, ESTUDY2_COVERAGE_PERCENT } from './battery';
export { TEST_CONVENTIONS, testConvention } from './conventions';
export type { TestConvention } from './conventions';
export { eventStudyJson, eventJson, eventRowJson, aggregateJson, optionsJson, alignmentJson, testJson } from './json';
export { eventFrame, arEventFrame, aggregateFrame, testsFrame } from './frames';
export { eventStudyPanel } from './panel';
export type { ReturnPanel, PanelEventStudyResult } from './panel';
export type { PositionOverlap, OverlapCounts } from './overlaps';
export { countOverlaps, overlapPairs } from './overlaps';
export { partialFromCore, mergePartials, aggregatePartial, emptyPartial, partialToJson, partialFromJson, shardOf, type StudyIdentity } from './partial';
export { checkShardSet, studyIdentity, type ShardFile } from './shardSet';
export type { StudyPartial } from './partial';
export * from './output/index';
export { rowsOfResults } from './rows';
export type { EventRows } from './rows';
export type { CoreOutput, ProgressCallback } from './core';
export { SUMMED_OUTPUT_FIELDS } from './core';
export { parseMoveClaim, checkMoveClaim } from './claim';
export type { MoveClaim, ClaimCheck } from './claim';
