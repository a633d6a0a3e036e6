/** Adapters: the charts of an article's analysis (`analyzeArticle`), each as a named spec. */
import type { ChartSpec } from './spec';
import type { ArticleAnalysis, ConversionAnalysis, RelativeMove } from '../analysis/types';
import { betaSensitivitySpec } from './betaSensitivity';
import { conversionSpec } from './conversion';
import { investmentSpreadSpec } from './investmentSpread';
import { reactionBarsSpec } from './reactionBars';
import type { ChartSource } from './theme';

/** A chart with a file-name-safe name, e.g. `reaction` or `spread-2`. */
export interface NamedChart {
  /** Lower-case letters, digits and dashes: used as the file name. */
  name: string;
  spec: ChartSpec;
}

/**
 * Where an analysis' numbers come from, for chart subtitles: the article's source and
 * publication date, and its headline.
 *
 * @example
 * analysisSource(analyzeArticle(seedArticle().text)) // => { source: 'Reuters', published: '2019-08-20', headline: 'Japan Allows …' }
 */
export function analysisSource(analysis: ArticleAnalysis): ChartSource {
  const { meta } = analysis;
  return { source: meta.source ?? meta.file ?? 'the article', published: meta.published, headline: meta.headline };
}

/**
 * Most charts of one kind drawn for an article (reaction and beta charts per comparison, spread
 * charts per dated conversion): an article listing hundreds of moves must not write hundreds of
 * chart files. Every comparison stays in the tables (relative_moves, beta_sensitivity).
 */
export const ANALYSIS_CHART_LIMIT = 5;

/** Options of {@link analysisCharts}. */
export interface AnalysisChartsOptions {
  /** [limit=ANALYSIS_CHART_LIMIT (5)] Most charts of each kind, the first ones in the article; `Infinity` for all. */
  limit?: number;
}

/**
 * Every chart an analysis supports, up to `limit` of each kind: for each stock-vs-benchmark
 * comparison a reaction bar chart and a beta-sensitivity chart; one conversion chart for all
 * conversions; and for each conversion with a timeframe its per-year spread. Names get a suffix
 * (-2, -3) when there are several of a kind. {@link omittedCharts} says how many were left out.
 *
 * @param analysis the result of `analyzeArticle` or `analyzeFacts`
 * @param options [limit=5] most charts of each kind
 * @returns the charts in that order; empty when the article states no moves or conversions
 * @example
 * analysisCharts(analyzeArticle(seedArticle().text)).map((c) => c.name)
 * // => ['reaction', 'beta', 'conversion', 'spread']
 */
export function analysisCharts(analysis: ArticleAnalysis, options: AnalysisChartsOptions = {}): NamedChart[] {
  const limit = options.limit ?? ANALYSIS_CHART_LIMIT;
  const source = analysisSource(analysis);
  const charts: NamedChart[] = [];
  analysis.relativeMoves.slice(0, limit).forEach((move, i) => {
    const suffix = i === 0 ? '' : `-${i + 1}`;
    charts.push({ name: `reaction${suffix}`, spec: reactionBarsSpec(reactionInput(move, analysis, source)) });
    charts.push({ name: `beta${suffix}`, spec: betaSensitivitySpec(betaInput(move, analysis, source)) });
  });
  if (analysis.conversions.length > 0) {
    charts.push({
      name: 'conversion',
      spec: conversionSpec({ conversions: analysis.conversions.map((c) => ({ label: c.label, from: c.from, to: c.to })), source }),
    });
  }
  analysis.conversions
    .filter((c) => c.spread !== null && c.spread.years.length > 0)
    .slice(0, limit)
    .forEach((c, i) => charts.push({ name: i === 0 ? 'spread' : `spread-${i + 1}`, spec: investmentSpreadSpec(spreadInput(c, source)) }));
  return charts;
}

/**
 * How many comparisons and dated conversions {@link analysisCharts} leaves undrawn at `limit`.
 *
 * @example
 * omittedCharts(analysis, 5); // => { comparisons: 0, spreads: 0 } for the seed article
 */
export function omittedCharts(analysis: ArticleAnalysis, limit = ANALYSIS_CHART_LIMIT): { comparisons: number; spreads: number } {
  const spreads = analysis.conversions.filter((c) => c.spread !== null && c.spread.years.length > 0).length;
  return { comparisons: Math.max(0, analysis.relativeMoves.length - limit), spreads: Math.max(0, spreads - limit) };
}

/** The date of a comparison: the stock move's date, else the article's publication date. */
function moveDate(move: RelativeMove, analysis: ArticleAnalysis): string | undefined {
  return move.stock.date ?? move.benchmark.date ?? analysis.meta.published;
}

function reactionInput(move: RelativeMove, analysis: ArticleAnalysis, source: ChartSource) {
  return {
    date: moveDate(move, analysis),
    period: move.stock.period,
    stock: { name: move.stock.name ?? move.stock.subject, changePct: move.stock.changePct, approximate: move.stock.approximate },
    benchmark: { name: move.benchmark.name ?? move.benchmark.subject, changePct: move.benchmark.changePct, approximate: move.benchmark.approximate },
    excessPp: move.excessPp,
    source,
  };
}

function betaInput(move: RelativeMove, analysis: ArticleAnalysis, source: ChartSource) {
  return {
    stockName: move.stock.name ?? move.stock.subject,
    benchmarkName: move.benchmark.name ?? move.benchmark.subject,
    stockChangePct: move.stock.changePct,
    benchmarkChangePct: move.benchmark.changePct,
    date: moveDate(move, analysis),
    rows: move.betaSensitivity.map((row) => ({ beta: row.beta, abnormalPct: row.abnormalPct })),
    source,
  };
}

function spreadInput(conversion: ConversionAnalysis, source: ChartSource) {
  const spread = conversion.spread!;
  return {
    label: conversion.label,
    from: conversion.from,
    to: conversion.to,
    convention: spread.convention,
    years: spread.years.map((y) => ({ year: y.year, share: y.share, fromValue: y.from.value, toValue: y.to.value, start: y.start, end: y.end })),
    source,
  };
}
