import { expectObject } from '../errors';
import type { DataFrame } from './danfo';
import type { ArticleAnalysis } from '../analysis/types';
import { amountsTable, datesTable, entitiesTable, movesTable } from './facts';
import { betaSensitivityTable, conversionSpreadTable, conversionsTable, relativeMovesTable } from './derived';
import { tableToFrame, type Table } from './table';

/** The names of the tables of an analysis, in the order they are written (file names of `analyze --out`). */
export const ANALYSIS_TABLE_NAMES = ['moves', 'relative_moves', 'beta_sensitivity', 'amounts', 'conversions', 'conversion_spread', 'dates', 'entities'] as const;
/** One of {@link ANALYSIS_TABLE_NAMES}. */
export type AnalysisTableName = (typeof ANALYSIS_TABLE_NAMES)[number];

/**
 * Every table of an analysis, by name: moves, relative_moves, beta_sensitivity, amounts,
 * conversions, conversion_spread, dates, entities.
 *
 * @param analysis - the result of `analyzeArticle`.
 * @example
 * analysisTables(analyzeArticle(seedArticle().text)).moves.rows.length; // => 2
 */
export function analysisTables(analysis: ArticleAnalysis): Record<AnalysisTableName, Table> {
  expectObject(analysis, 'analysis', 'analysisTables');
  return {
    moves: movesTable(analysis.moves),
    relative_moves: relativeMovesTable(analysis.relativeMoves),
    beta_sensitivity: betaSensitivityTable(analysis.relativeMoves),
    amounts: amountsTable(analysis.amounts),
    conversions: conversionsTable(analysis.conversions),
    conversion_spread: conversionSpreadTable(analysis.conversions),
    dates: datesTable(analysis.dates),
    entities: entitiesTable(analysis.entities),
  };
}

/**
 * Every table of an analysis as a danfojs-node DataFrame, by name (see {@link analysisTables}).
 *
 * @example
 * analysisFrames(analyzeArticle(seedArticle().text)).relative_moves['excess_pp'].values; // => [0.9]
 */
export function analysisFrames(analysis: ArticleAnalysis): Record<AnalysisTableName, DataFrame> {
  const tables = analysisTables(analysis);
  return Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, tableToFrame(table)])) as Record<AnalysisTableName, DataFrame>;
}
